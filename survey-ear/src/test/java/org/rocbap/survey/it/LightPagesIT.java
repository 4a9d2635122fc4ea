package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * What a slow connection gets: text compressed for a client that accepts it, and the static resources a
 * page links named by their content and kept by the browser for a year, so a later visit fetches none.
 */
@ExtendWith(StackExtension.class)
class LightPagesIT {

    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource[^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndTheirResourcesGoCompressedAndTheResourcesAreKeptAYear(SurveyStack stack) throws Exception {
        URI page = URI.create(stack.settings().applicationUrl() + "answer/questionnaire.xhtml?token=guessed");

        HttpResponse<byte[]> compressed = get(page, "gzip");
        HttpResponse<byte[]> plain = get(page, null);

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding"))
                .as("a client that asks for none")
                .isEmpty();
        String html = gunzip(compressed.body());
        assertThat(compressed.body().length).isLessThan(html.length() / 2);

        List<String> resources = resources(html);
        assertThat(resources).as("the page's style sheets and scripts").isNotEmpty();
        for (String address : resources) {
            assertThat(address).as("named by its content").containsPattern("[?&]v=[0-9a-f]{12}(&|$)");
            HttpResponse<byte[]> resource = get(page.resolve(address), "gzip");
            assertThat(resource.statusCode()).as(address).isEqualTo(200);
            assertThat(resource.headers().firstValue("Cache-Control"))
                    .as(address)
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(resource.headers().firstValue("Content-Encoding"))
                    .as(address)
                    .hasValue("gzip");
        }
    }

    @Test
    void aResourcesNameChangesWithItsContentAndAnOldNameIsNotKeptForever(SurveyStack stack) throws Exception {
        URI page = URI.create(stack.settings().applicationUrl() + "answer/questionnaire.xhtml?token=guessed");
        List<String> resources = resources(gunzip(get(page, "gzip").body()));
        String script =
                resources.stream().filter(r -> r.contains(".js")).findFirst().orElseThrow();

        // The same resource asked for without its version: served, but not as one that never changes.
        HttpResponse<byte[]> unversioned = get(page.resolve(script.replaceAll("[?&]v=[0-9a-f]+", "")), "gzip");

        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
        assertThat(resources(gunzip(get(page, "gzip").body())))
                .as("the same names on every visit")
                .isEqualTo(resources);
    }

    private HttpResponse<byte[]> get(URI uri, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html,*/*");
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    /** The addresses of the resources the page links, as the browser reads them. */
    private static List<String> resources(String html) {
        Matcher found = RESOURCE.matcher(html);
        return found.results()
                .map(m -> m.group(1).replace("&amp;", "&"))
                .distinct()
                .toList();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
