/** REST resources for compliance. */
package org.rocbap.survey.api.compliance;
