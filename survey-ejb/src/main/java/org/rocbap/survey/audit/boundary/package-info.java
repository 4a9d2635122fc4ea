/** Writing and reading the audit trail. */
package org.rocbap.survey.audit.boundary;
