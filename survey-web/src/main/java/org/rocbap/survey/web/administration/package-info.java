/** Pages about the member administrations. */
package org.rocbap.survey.web.administration;
