package org.rocbap.survey.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The mission report a focal point of the load test uploads: a PDF of 1 MB whose first line names the
 * participant and the upload, so that every upload differs and the last one can be recognised by its
 * SHA-256 afterwards.
 */
public final class LoadDocument {

    public static final int SIZE = 1024 * 1024;

    private LoadDocument() {}

    public static byte[] of(long participant, int upload) {
        byte[] head = ("%PDF-1.4\n% mission report of participant " + participant + ", upload " + upload + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] document = new byte[SIZE];
        Arrays.fill(document, (byte) ' ');
        System.arraycopy(head, 0, document, 0, head.length);
        System.arraycopy(tail, 0, document, SIZE - tail.length, tail.length);
        return document;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
