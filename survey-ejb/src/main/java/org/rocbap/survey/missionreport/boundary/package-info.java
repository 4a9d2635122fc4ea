/** The service for filing, acknowledging and downloading mission reports. */
package org.rocbap.survey.missionreport.boundary;
