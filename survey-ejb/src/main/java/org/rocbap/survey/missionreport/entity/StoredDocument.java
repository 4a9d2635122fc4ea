package org.rocbap.survey.missionreport.entity;

/**
 * A document whose type was established from its content, ready to store.
 *
 * @param name the file name as uploaded
 * @param contentType the media type found in the content
 * @param content the bytes
 * @param sha256 the hex SHA-256 of the bytes, to show the file downloaded is the file filed
 */
public record StoredDocument(String name, String contentType, byte[] content, String sha256) {}
