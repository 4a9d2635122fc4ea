/** Laying out the Good Practice Report: its content in print order, charts, PDF and DOCX writers. */
package org.rocbap.survey.publication.control;
