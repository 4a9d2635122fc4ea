/**
 * Publishing the Good Practice Report: staff curate examples from the replies, focal points consent
 * to their administration being quoted, the head writes the report's texts, and an edition is
 * generated as PDF and DOCX and kept.
 */
package org.rocbap.survey.publication.boundary;
