/** The Good Practice Report's tables, counted from the submitted replies of a fiscal year. */
package org.rocbap.survey.report.control;
