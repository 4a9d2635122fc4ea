/** REST resources for survey rounds and the report's tables. */
package org.rocbap.survey.api.report;
