package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What a download of a filed PDF carries whatever was uploaded: its real type, and no way to run in a browser. */
final class Downloads {

    private Downloads() {}

    static void assertSandboxedPdf(HttpResponse<byte[]> download) {
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().allValues("Content-Security-Policy")).contains("sandbox");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
