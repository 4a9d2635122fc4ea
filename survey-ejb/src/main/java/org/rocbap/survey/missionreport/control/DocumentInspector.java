package org.rocbap.survey.missionreport.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

    // ODT names its type in a first entry called "mimetype"; DOCX has word/document.xml.
    private static Optional<String> detectPackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (entry.getName().equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return ODT.equals(type) ? Optional.of(ODT) : Optional.empty();
                }
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
