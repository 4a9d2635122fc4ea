/** The ROCB A/P's region-wide dashboards. */
package org.rocbap.survey.web.dashboard;
