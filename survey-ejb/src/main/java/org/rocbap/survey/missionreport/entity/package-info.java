/** Mission reports and their documents. */
package org.rocbap.survey.missionreport.entity;
