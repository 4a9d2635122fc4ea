package org.rocbap.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rocbap.survey.stack.SurveyStack;

/**
 * The demo system's backup as docs/operations.md describes it: with PostgreSQL stopped, a copy of
 * its data folder; restored by putting the copy back before PostgreSQL starts. What was saved before
 * the backup is there again, what was saved after it is not, and the running application works on the
 * restored database without a restart.
 */
@ExtendWith(StackExtension.class)
class BackupRestoreIT {

    @Test
    void aCopyOfTheStoppedDatabaseRestoresWhatWasSavedBeforeIt(SurveyStack stack) throws Exception {
        ApiClient staff = ApiClient.as(stack, DemoUser.ROCB_STAFF);
        String before = workshop(staff, "Kept by the backup");
        Path data = stack.settings().dataDir().resolve("postgres");
        Path folder = Files.createTempDirectory("survey-backup-");
        Path backup = folder.resolve("postgres");
        try {
            stack.stopDatabase();
            copy(data, backup);
            stack.restartDatabase();
            HealthChecks.awaitKeycloak(stack);
            String after = workshop(staff, "Saved after the backup");

            stack.stopDatabase();
            delete(data);
            copy(backup, data);
            stack.restartDatabase();
            HealthChecks.awaitKeycloak(stack);

            assertThat(HealthChecks.awaitReady(stack).status()).isEqualTo(200);
            assertThat(staff.get("workshops/" + before).statusCode()).isEqualTo(200);
            assertThat(staff.get("workshops/" + after).statusCode()).isEqualTo(404);
        } finally {
            delete(folder);
        }
    }

    private static String workshop(ApiClient staff, String title) {
        String code =
                "IT-BACKUP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpResponse<String> created = staff.post("workshops", """
                {"code": "%s", "title": "%s", "fiscalYear": "2031/32", "startDate": "2031-08-04",
                 "endDate": "2031-08-08", "venue": "Nuku'alofa", "accreditation": false}""".formatted(code, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    // With their permissions: PostgreSQL refuses a data folder others may read.
                    Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
