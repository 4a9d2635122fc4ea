/** Mission report and reply compliance per administration. */
package org.rocbap.survey.compliance.boundary;
