package org.rocbap.survey.round.control;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Where personal links point and how long they last, from the server's environment:
 * {@code SURVEY_PUBLIC_URL} (the application's address as participants reach it), {@code
 * SURVEY_LINK_SECRET} (the key of the links' tokens) and {@code SURVEY_LINK_GRACE_DAYS} (how long after
 * the round closes a link still works, 14 by default).
 */
public final class LinkSettings {

    private static final Logger LOG = Logger.getLogger(LinkSettings.class.getName());
    private static final String DEVELOPMENT_SECRET = "development-only-reply-link-secret";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private LinkSettings() {}

    public static String link(String token) {
        String base = env("SURVEY_PUBLIC_URL", "http://localhost:8080/survey/");
        return (base.endsWith("/") ? base : base + "/") + "answer/questionnaire.xhtml?token=" + token;
    }

    public static byte[] secret() {
        String secret = System.getenv("SURVEY_LINK_SECRET");
        if (secret == null || secret.isBlank()) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.warning("SURVEY_LINK_SECRET is not set: personal links use the development key");
            }
            secret = DEVELOPMENT_SECRET;
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    public static int graceDays() {
        String value = env("SURVEY_LINK_GRACE_DAYS", "14");
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SURVEY_LINK_GRACE_DAYS must be a whole number of days, not " + value, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
