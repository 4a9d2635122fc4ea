/** The service behind the Good Practice Report's tables. */
package org.rocbap.survey.report.boundary;
