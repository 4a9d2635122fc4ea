/** What every resource shares: the problem details format and the mapping of service exceptions to it. */
package org.rocbap.survey.api.shared;
