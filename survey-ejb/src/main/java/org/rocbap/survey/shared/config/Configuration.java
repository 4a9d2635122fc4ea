package org.rocbap.survey.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the application, read through MicroProfile Config (the server's environment
 * variables, its system properties, or a {@code microprofile-config.properties}) under the names of
 * docs/operations.md's table, with the defaults the ROCB A/P works with. A bad value stops the
 * operation that reads it with a sentence that names the setting.
 */
@ApplicationScoped
public class Configuration {

    private static final Logger LOG = Logger.getLogger(Configuration.class.getName());

    private static final String DEVELOPMENT_REALM = "http://localhost:8180/realms/rocb";
    private static final String DEVELOPMENT_LINK_SECRET = "development-only-reply-link-secret";
    private static final AtomicBoolean WARNED_LINK_SECRET = new AtomicBoolean();

    private final Function<String, Optional<String>> lookup;

    /** The server's configuration. */
    public Configuration() {
        this(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }

    private Configuration(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** A configuration of these values alone, for tests. */
    public static Configuration of(Map<String, String> values) {
        return new Configuration(name -> Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank()));
    }

    /** The workflow's periods and limits. */
    @Produces
    public FollowUpSettings followUp() {
        return new FollowUpSettings(
                positive("SURVEY_MISSION_REPORT_DUE_DAYS", FollowUpSettings.DEFAULTS.missionReportDueDays()),
                positive("SURVEY_ACKNOWLEDGEMENT_DAYS", FollowUpSettings.DEFAULTS.acknowledgementDays()),
                positive("SURVEY_REPLY_DUE_DAYS", FollowUpSettings.DEFAULTS.replyDueDays()),
                positive("SURVEY_MAX_DOCUMENT_MB", 20) * 1024L * 1024);
    }

    /** The issuer address of the Keycloak realm that signs users in, without a trailing slash. */
    public String realmUrl() {
        return withoutTrailingSlash(text("OIDC_PROVIDER_URL", DEVELOPMENT_REALM));
    }

    /** The secret of the client the user directory reads Keycloak's users with. */
    public String directoryClientSecret() {
        return text("SURVEY_DIRECTORY_CLIENT_SECRET", "survey-directory-dev-secret");
    }

    /** The application's address as participants reach it, ending with a slash. */
    public String publicUrl() {
        String base = text("SURVEY_PUBLIC_URL", "http://localhost:8080/survey/");
        return base.endsWith("/") ? base : base + "/";
    }

    /** The key of the personal links' tokens. */
    public byte[] linkSecret() {
        Optional<String> secret = lookup.apply("SURVEY_LINK_SECRET").map(String::strip);
        if (secret.isEmpty() && WARNED_LINK_SECRET.compareAndSet(false, true)) {
            LOG.warning("SURVEY_LINK_SECRET is not set: personal links use the development key");
        }
        return secret.orElse(DEVELOPMENT_LINK_SECRET).getBytes(StandardCharsets.UTF_8);
    }

    /** How long after its round closes a personal link still works. */
    public int linkGraceDays() {
        return (int) whole("SURVEY_LINK_GRACE_DAYS", 14, 0);
    }

    /** How long the server waits for the database at start (it may be starting too). */
    public Duration databaseWait() {
        return Duration.ofSeconds(whole("SURVEY_DB_WAIT_SECONDS", 120, 0));
    }

    /** How often the outbox is read for mail to send. */
    public Duration mailPollInterval() {
        return Duration.ofSeconds(whole("SURVEY_MAIL_POLL_SECONDS", 15, 1));
    }

    /** The longest the dashboards' figures are kept (another node's writes show after this at most). */
    public Duration reportCacheTime() {
        return Duration.ofSeconds(whole("SURVEY_REPORT_CACHE_SECONDS", 60, 0));
    }

    /** Whether the test clock may be moved: on the test stack only. */
    public boolean clockAdjustable() {
        return lookup.apply("SURVEY_CLOCK_ADJUSTABLE")
                .map(Boolean::parseBoolean)
                .orElse(false);
    }

    /** What is wrong with a production server's secrets; nothing on a development server. */
    public List<String> productionProblems() {
        Map<String, String> values = Stream.concat(
                        ProductionSecrets.NAMES.stream(), Stream.of(ProductionSecrets.DEVELOPMENT))
                .filter(name -> lookup.apply(name).isPresent())
                .collect(Collectors.toMap(
                        name -> name, name -> lookup.apply(name).orElseThrow()));
        return ProductionSecrets.problems(values);
    }

    private String text(String name, String fallback) {
        return lookup.apply(name).map(String::strip).orElse(fallback);
    }

    private int positive(String name, int fallback) {
        long value = whole(name, fallback, Long.MIN_VALUE);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new IllegalStateException(name + " must be a positive number of days or megabytes, not " + value);
        }
        return (int) value;
    }

    /** A whole number of at least {@code min}; a smaller one is raised to it. */
    private long whole(String name, long fallback, long min) {
        Optional<String> value = lookup.apply(name).map(String::strip);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Math.max(min, Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not '" + value.get() + "'", e);
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
