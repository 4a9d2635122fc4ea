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
