/** REST resources for workshop participants. */
package org.rocbap.survey.api.participation;
