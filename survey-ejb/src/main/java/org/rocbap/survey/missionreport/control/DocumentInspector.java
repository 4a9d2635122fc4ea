package org.rocbap.survey.missionreport.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.rocbap.survey.missionreport.entity.StoredDocument;

/**
 * Tells what a document is from its bytes, not from its name: a renamed executable is not a PDF.
 * Accepts PDF, Word (DOCX) and OpenDocument text (ODT).
 */
public final class DocumentInspector {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DocumentInspector() {}

    /** The media type of an accepted document, or empty if the content is none of PDF, DOCX, ODT. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return detectPackage(content);
        }
        return Optional.empty();
    }

    public static StoredDocument store(String name, String contentType, byte[] content) {
        return new StoredDocument(name, contentType, content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    // ODT names its type in an entry called "mimetype"; DOCX has word/document.xml. Nothing is
    // inflated but the first hundred bytes of "mimetype".
    private static Optional<String> detectPackage(byte[] content) {
        Optional<ZipDirectory> directory = ZipDirectory.read(content);
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        if (directory.get().contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        return directory
                .get()
                .head("mimetype", 100)
                .map(head -> new String(head, StandardCharsets.US_ASCII).strip())
                .filter(ODT::equals);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
