package org.rocbap.survey.stack;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole system on one machine: PostgreSQL, Keycloak and WildFly with the application, started in
 * that order and stopped in the reverse one; with several WildFly nodes, a load balancer in front of
 * them. The demo run ({@link DemoStack}) and the integration tests start it the same way, so the tests
 * exercise what a user runs.
 */
public final class SurveyStack implements AutoCloseable {

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Consumer<String> progress;
    private String jdbcUrl;
    private String realmUrl;
    private MailServer mailServer;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private KeycloakServer.Database keycloakDb;
    /** The nodes by index (1-based); a node killed and not restarted is absent. */
    private final Map<Integer, WildFlyServer> nodes = new java.util.TreeMap<>();

    private Map<String, String> serverEnv;

    private SurveyStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts every part; on a failure stops what was started and rethrows. */
    public static SurveyStack start(StackSettings settings, Consumer<String> progress) throws Exception {
        SurveyStack stack = new SurveyStack(settings, progress);
        // Also stop the servers when the JVM ends without close(): Ctrl-C, or a test run that is killed.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "survey-stack-shutdown"));
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Map<String, String> serverEnv = new HashMap<>();
        if (settings.env("SURVEY_DB_URL") != null) {
            jdbcUrl = settings.env("SURVEY_DB_URL");
            progress.accept("Using the PostgreSQL database at " + jdbcUrl);
            for (String name : new String[] {"SURVEY_DB_URL", "SURVEY_DB_USER", "SURVEY_DB_PASSWORD"}) {
                if (settings.env(name) != null) {
                    serverEnv.put(name, settings.env(name));
                }
            }
            keycloakDb = externalKeycloakDatabase();
        } else {
            long t = System.nanoTime();
            progress.accept("Starting PostgreSQL on port " + settings.databasePort() + " (data in "
                    + settings.dataDir().resolve("postgres") + ") ...");
            database = EmbeddedDatabase.start(settings.dataDir(), settings.databasePort(), settings.durableDatabase());
            started.push(() -> {
                if (database != null) {
                    database.close();
                }
            });
            jdbcUrl = database.jdbcUrl(EmbeddedDatabase.APPLICATION);
            serverEnv.put("SURVEY_DB_URL", jdbcUrl);
            serverEnv.put("SURVEY_DB_USER", EmbeddedDatabase.APPLICATION);
            serverEnv.put("SURVEY_DB_PASSWORD", EmbeddedDatabase.APPLICATION);
            keycloakDb = new KeycloakServer.Database(
                    database.jdbcUrl(EmbeddedDatabase.KEYCLOAK), EmbeddedDatabase.KEYCLOAK, EmbeddedDatabase.KEYCLOAK);
            progress.accept("PostgreSQL is up (" + seconds(t) + ")");
        }

        if (settings.env("OIDC_PROVIDER_URL") != null) {
            realmUrl = settings.env("OIDC_PROVIDER_URL");
            progress.accept("Using the identity provider at " + realmUrl);
        } else {
            long t = System.nanoTime();
            progress.accept("Starting Keycloak on port " + settings.keycloakPort()
                    + " (the first start imports the realm and takes a minute or two) ...");
            keycloak = KeycloakServer.start(settings, keycloakDb);
            started.push(() -> {
                if (keycloak != null) {
                    keycloak.close();
                }
            });
            realmUrl = KeycloakServer.realmUrl(settings);
            progress.accept("Keycloak is up (" + seconds(t) + ")");
        }
        serverEnv.put("OIDC_PROVIDER_URL", realmUrl);
        // The demo and the tests run with the repository's development secrets, which a production
        // server refuses (ProductionGuard).
        serverEnv.put("SURVEY_DEVELOPMENT", "true");
        for (String secret : new String[] {"OIDC_CLIENT_SECRET", "SURVEY_DIRECTORY_CLIENT_SECRET"}) {
            if (settings.env(secret) != null) {
                serverEnv.put(secret, settings.env(secret));
            }
        }

        startMail(serverEnv);

        this.serverEnv = Map.copyOf(serverEnv);
        started.push(() -> {
            for (int index : List.copyOf(nodes.keySet())) {
                stopNode(index);
            }
        });
        for (int index = 1; index <= settings.nodes(); index++) {
            long t = System.nanoTime();
            progress.accept(
                    settings.nodes() == 1
                            ? "Starting WildFly and deploying the application ..."
                            : "Starting WildFly node" + index + " on " + settings.nodeUrl(index) + " ...");
            startNode(index);
            progress.accept((settings.nodes() == 1 ? "WildFly" : "node" + index) + " is up (" + seconds(t) + ")");
        }
        if (settings.nodes() > 1) {
            Map<String, URI> routes = new LinkedHashMap<>();
            for (int index = 1; index <= settings.nodes(); index++) {
                routes.put("node" + index, URI.create(settings.nodeUrl(index)).resolve("/"));
            }
            Balancer balancer =
                    Balancer.start(URI.create(settings.applicationUrl()).getPort(), routes);
            started.push(balancer);
            progress.accept("The load balancer (sticky sessions) is up on " + settings.applicationUrl());
        }
    }

    /**
     * The mail settings of the server: a real SMTP server named in the environment, or else the
     * development one, started here. Personal links point at this stack's address.
     */
    private void startMail(Map<String, String> serverEnv) throws IOException {
        for (String name : new String[] {
            "SURVEY_SMTP_HOST",
            "SURVEY_SMTP_PORT",
            "SURVEY_SMTP_TLS",
            "SURVEY_MAIL_FROM",
            "SURVEY_PUBLIC_URL",
            "SURVEY_LINK_SECRET"
        }) {
            if (settings.env(name) != null) {
                serverEnv.put(name, settings.env(name));
            }
        }
        serverEnv.putIfAbsent("SURVEY_PUBLIC_URL", settings.applicationUrl());
        serverEnv.put("SURVEY_MAIL_POLL_SECONDS", settings.testClock() ? "2" : "5");
        if (settings.testClock()) {
            serverEnv.put("SURVEY_CLOCK_ADJUSTABLE", "true");
            // The tests play the TLS proxy of a production server, sending its X-Forwarded-* headers.
            serverEnv.put("SURVEY_BEHIND_PROXY", "true");
        }
        if (settings.env("SURVEY_SMTP_HOST") != null) {
            progress.accept("Using the SMTP server at " + settings.env("SURVEY_SMTP_HOST"));
            return;
        }
        progress.accept("Starting the development SMTP server on port " + settings.smtpPort() + " ...");
        mailServer = MailServer.start(settings);
        started.push(() -> {
            if (mailServer != null) {
                mailServer.close();
            }
        });
        serverEnv.put("SURVEY_SMTP_HOST", "127.0.0.1");
        serverEnv.put("SURVEY_SMTP_PORT", String.valueOf(settings.smtpPort()));
        progress.accept("Mail sent by the application: " + settings.mailApiUrl() + "api/user/<address>/messages/");
    }

    /** Stops the embedded PostgreSQL under the running system (for the fault tests); its data stays. */
    public synchronized void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Starts the embedded PostgreSQL again on its port and data. */
    public synchronized void restartDatabase() throws IOException, java.sql.SQLException {
        if (database == null) {
            database = EmbeddedDatabase.start(settings.dataDir(), settings.databasePort(), settings.durableDatabase());
        }
    }

    /** Stops the stack's own Keycloak under the running system (for the fault tests); its data stays. */
    public synchronized void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }

    /** Starts the stack's own Keycloak again on its port and data, and waits until it serves the realm. */
    public synchronized void restartKeycloak() throws IOException {
        if (keycloak == null && keycloakDb != null) {
            keycloak = KeycloakServer.start(settings, keycloakDb);
        }
    }

    /** Kills WildFly with SIGKILL under load (for the fault tests); the database and Keycloak stay up. */
    public void killServer() {
        killNode(1);
    }

    /** Starts WildFly again with the same settings and waits until the application is deployed. */
    public void restartServer() throws IOException {
        restartNode(1);
    }

    /** Kills node {@code index} (1-based) with SIGKILL: no shutdown, nothing flushed, nothing handed over. */
    public void killNode(int index) {
        takeNode(index).ifPresent(WildFlyServer::kill);
    }

    /** The process id of node {@code index}'s JVM, or -1 when it is down. */
    public synchronized long nodePid(int index) {
        WildFlyServer node = nodes.get(index);
        return node == null ? -1 : node.pid();
    }

    /** Whether node {@code index} (1-based) runs: not killed, or started again since. */
    public synchronized boolean nodeUp(int index) {
        return nodes.containsKey(index);
    }

    /** Starts node {@code index} again, if it is down, and waits until the application is deployed. */
    public void restartNode(int index) throws IOException {
        synchronized (this) {
            if (nodes.containsKey(index)) {
                return;
            }
        }
        startNode(index);
    }

    private void startNode(int index) throws IOException {
        WildFlyServer node = WildFlyServer.start(settings, index, serverEnv);
        synchronized (this) {
            nodes.put(index, node);
        }
    }

    private void stopNode(int index) {
        takeNode(index).ifPresent(WildFlyServer::close);
    }

    /** Takes the node out of the running ones; stopping it happens outside the lock, it takes seconds. */
    private synchronized Optional<WildFlyServer> takeNode(int index) {
        return Optional.ofNullable(nodes.remove(index));
    }

    /** Stops the development SMTP server, as if the real one were down; the application keeps its mail. */
    public synchronized void stopMail() {
        if (mailServer != null) {
            mailServer.close();
            mailServer = null;
        }
    }

    /** Starts the development SMTP server again (empty). */
    public synchronized void restartMail() throws IOException {
        if (mailServer == null) {
            mailServer = MailServer.start(settings);
        }
    }

    private KeycloakServer.Database externalKeycloakDatabase() {
        if (settings.env("OIDC_PROVIDER_URL") != null) {
            return null;
        }
        String url = settings.env("KC_DB_URL");
        if (url == null) {
            throw new IllegalStateException(
                    "SURVEY_DB_URL names an external database, so Keycloak needs one too:"
                            + " set KC_DB_URL, KC_DB_USERNAME and KC_DB_PASSWORD (or OIDC_PROVIDER_URL for an existing Keycloak).");
        }
        return new KeycloakServer.Database(url, settings.env("KC_DB_USERNAME"), settings.env("KC_DB_PASSWORD"));
    }

    private static String seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds() + " s";
    }

    public StackSettings settings() {
        return settings;
    }

    /** The application's JDBC URL, for tests that check what reached the database. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The OIDC issuer, {@code http://host:port/realms/rocb}. */
    public String realmUrl() {
        return realmUrl;
    }

    /** Stops what was started, in the reverse order; safe to call more than once. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                progress.accept("Could not stop " + part.getClass().getSimpleName() + " cleanly: " + e.getMessage());
            }
        }
    }
}
