/** Pages for mission reports. */
package org.rocbap.survey.web.missionreport;
