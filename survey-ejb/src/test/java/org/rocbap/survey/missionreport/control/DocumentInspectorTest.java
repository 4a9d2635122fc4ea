package org.rocbap.survey.missionreport.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentInspectorTest {

    @Test
    void recognisesAPdfByItsContent() {
        assertThat(DocumentInspector.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains(DocumentInspector.PDF);
    }

    @Test
    void recognisesWordAndOpenDocumentPackages() throws IOException {
        assertThat(DocumentInspector.detect(
                        zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
                .contains(DocumentInspector.DOCX);
        assertThat(DocumentInspector.detect(zip("mimetype", DocumentInspector.ODT, "content.xml", "<office/>")))
                .contains(DocumentInspector.ODT);
    }

    @Test
    void refusesOtherContentWhateverItIsCalled() throws IOException {
        assertThat(DocumentInspector.detect(
                        "MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(DocumentInspector.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEmpty();
        assertThat(DocumentInspector.detect(zip("xl/workbook.xml", "<workbook/>")))
                .isEmpty();
        assertThat(DocumentInspector.detect(new byte[0])).isEmpty();
    }

    @Test
    void aPackageIsRecognisedWithoutInflatingItsEntries() throws IOException {
        // The first entry's compressed data is garbage: anything that inflated it on the way to the
        // next entry (as ZipInputStream does, which a zip bomb turns into gigabytes) would fail.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            zip.write(new byte[1 << 20]);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] docx = bytes.toByteArray();
        int data = 30 + "bomb.bin".length();
        java.util.Arrays.fill(docx, data, data + 200, (byte) 0xFF);

        assertThat(DocumentInspector.detect(docx)).contains(DocumentInspector.DOCX);
    }

    @Test
    void aTruncatedOrForgedPackageIsNoDocument() throws IOException {
        byte[] docx = zip("word/document.xml", "<w:document/>");
        assertThat(DocumentInspector.detect(java.util.Arrays.copyOf(docx, docx.length - 10)))
                .isEmpty();
        byte[] forged = docx.clone();
        // Point the directory past the end of the file.
        forged[forged.length - 6] = (byte) 0xFF;
        forged[forged.length - 5] = (byte) 0xFF;
        assertThat(DocumentInspector.detect(forged)).isEmpty();
    }

    @Test
    void storesTheSha256OfTheBytes() {
        assertThat(DocumentInspector.store("a.pdf", DocumentInspector.PDF, "abc".getBytes(StandardCharsets.US_ASCII))
                        .sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
