/** Rules of mission reports: due dates and what a document really is. */
package org.rocbap.survey.missionreport.control;
