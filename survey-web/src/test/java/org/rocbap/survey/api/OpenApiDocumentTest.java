package org.rocbap.survey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API's own document, read by a standard linter as an API user's tooling would: Redocly CLI with
 * its recommended rules (summaries, operation ids, a security scheme, 4xx answers, valid schemas)
 * must find neither error nor warning. The document is the one the build generated from the code.
 *
 * <p>Redocly runs on Node.js (20.19 or newer) through npx. Without Node.js the test is skipped and
 * says so, unless {@code -Dsurvey.requireNode=true} (CI sets it) makes the absence a failure.
 */
class OpenApiDocumentTest {

    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Path DOCUMENT = Path.of("target/classes/org/rocbap/survey/api/openapi.yaml");

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        assertThat(DOCUMENT).exists();
        boolean node = commandWorks("npx", "--version");
        if (!Boolean.getBoolean("survey.requireNode")) {
            assumeTrue(node, "Node.js with npx is not installed: the OpenAPI lint is skipped");
        }
        assertThat(node)
                .as("Node.js 20.19+ with npx is required to lint the OpenAPI document")
                .isTrue();

        Path output = Files.createTempFile("redocly", ".txt");
        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "--format=stylish", DOCUMENT.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("Redocly finished").isTrue();
        String report = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(lint.exitValue()).as(report).isZero();
        assertThat(report)
                .as(report)
                .contains("Your API description is valid")
                .doesNotContainPattern("You have \\d+ warning");
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command))
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
