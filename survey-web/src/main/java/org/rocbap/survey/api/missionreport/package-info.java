/** REST resources for mission reports. */
package org.rocbap.survey.api.missionreport;
