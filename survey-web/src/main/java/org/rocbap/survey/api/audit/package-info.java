/** REST resources for the audit trail. */
package org.rocbap.survey.api.audit;
