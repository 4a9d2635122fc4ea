package org.rocbap.survey.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The development SMTP server: GreenMail standalone from Maven Central, which accepts mail for any
 * address, keeps it in memory and lists it through a web API (and IMAP, for a mail client). Never
 * used when {@code SURVEY_SMTP_HOST} names a real server.
 */
public final class MailServer implements AutoCloseable {

    private final ManagedProcess process;

    private MailServer(ManagedProcess process) {
        this.process = process;
    }

    public static MailServer start(StackSettings settings) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java()));
        command.addAll(JvmMemory.MAIL_SERVER);
        command.addAll(List.of(
                "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + settings.smtpPort(),
                "-Dgreenmail.imap.port=" + (settings.smtpPort() + 118),
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + settings.mailApiPort(),
                "-jar",
                settings.mailJar().toString()));
        ManagedProcess process = ManagedProcess.start(
                "GreenMail",
                command,
                settings.dataDir(),
                Map.of(),
                settings.dataDir().resolve("logs/greenmail.log"));
        Waiter.until(
                "the development SMTP server",
                Duration.ofMinutes(1),
                process,
                () -> Waiter.status(settings.mailApiUrl() + "api/service/readiness") == 200);
        return new MailServer(process);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
