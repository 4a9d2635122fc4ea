package org.rocbap.survey.api.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * How a stored file is offered for download (RFC 6266): always as an attachment, under the name its
 * uploader gave it but with the extension of the type its content was found to be (a PDF named
 * {@code report.html} downloads as {@code report.pdf}), in UTF-8 for browsers that read
 * {@code filename*} and in plain ASCII for those that do not.
 */
public final class Attachment {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.oasis.opendocument.text", "odt");

    // RFC 5987 attr-char besides letters and digits: what may stand unencoded in filename*.
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {}

    /** The {@code Content-Disposition} value for a file of that name and media type. */
    public static String disposition(String name, String contentType) {
        String base =
                name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "document";
        }
        String file = base + "." + EXTENSIONS.getOrDefault(contentType, "bin");
        return "attachment; filename=\"" + ascii(file) + "\"; filename*=UTF-8''" + encoded(file);
    }

    private static String ascii(String file) {
        return Normalizer.normalize(file, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    private static String encoded(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
