/** The audit trail page. */
package org.rocbap.survey.web.audit;
