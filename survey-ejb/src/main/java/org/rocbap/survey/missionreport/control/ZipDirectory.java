package org.rocbap.survey.missionreport.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a zip package (DOCX, ODT) holds, read from its central directory at the end of the file:
 * names and where each entry starts, without inflating anything. Skipping from entry to entry
 * through the data, as {@code ZipInputStream} does, inflates every entry on the way, and one entry
 * of a few kilobytes can inflate to gigabytes.
 */
final class ZipDirectory {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] zip;
    private final Map<String, Integer> localHeaders;

    private ZipDirectory(byte[] zip, Map<String, Integer> localHeaders) {
        this.zip = zip;
        this.localHeaders = localHeaders;
    }

    /** The package's directory, or empty when the bytes are not a well-formed zip. */
    static Optional<ZipDirectory> read(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xFFFF; i--) {
            if (int32(zip, i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int count = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
        Map<String, Integer> headers = new LinkedHashMap<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < count && n < MAX_ENTRIES; n++) {
            if (at < 0 || at + 46 > zip.length || int32(zip, at) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = int16(zip, at + 28);
            int extraLength = int16(zip, at + 30);
            int commentLength = int16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                return Optional.empty();
            }
            headers.putIfAbsent(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8), int32(zip, at + 42));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipDirectory(zip, headers));
    }

    boolean contains(String name) {
        return localHeaders.containsKey(name);
    }

    /** The first {@code max} bytes of an entry (stored or deflated), inflating no more than that. */
    Optional<byte[]> head(String name, int max) {
        Integer header = localHeaders.get(name);
        if (header == null || header < 0 || header + 30 > zip.length || int32(zip, header) != LOCAL_HEADER) {
            return Optional.empty();
        }
        int method = int16(zip, header + 8);
        int start = header + 30 + int16(zip, header + 26) + int16(zip, header + 28);
        if (start > zip.length) {
            return Optional.empty();
        }
        if (method == 0) {
            int length = Math.min(max, zip.length - start);
            byte[] head = new byte[length];
            System.arraycopy(zip, start, head, 0, length);
            return Optional.of(head);
        }
        if (method != 8) {
            return Optional.empty();
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, zip.length - start);
            byte[] head = new byte[max];
            int length = inflater.inflate(head);
            byte[] exact = new byte[length];
            System.arraycopy(head, 0, exact, 0, length);
            return Optional.of(exact);
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
