package org.rocbap.survey.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack's parts live and which ports they use.
 *
 * <p>The demo run and the integration tests use different ports and data folders, so that tests can
 * run while the demo system is up and never touch its data.
 *
 * @param serverDir the provisioned WildFly, with the EAR in its deployments folder
 * @param keycloakDir the unpacked Keycloak distribution
 * @param realmFile the production {@code rocb} realm
 * @param realmOverlay the development overlay imported with it (demo users and secrets)
 * @param mailJar the development SMTP server (GreenMail standalone)
 * @param dataDir where PostgreSQL keeps its data and the stack writes its logs
 * @param databasePort the embedded PostgreSQL's port
 * @param keycloakPort Keycloak's HTTP port
 * @param keycloakManagementPort Keycloak's management (health) port
 * @param smtpPort the development SMTP server's port
 * @param mailApiPort the port of its web API, which lists what it received
 * @param portOffset added to every WildFly port (8080 for HTTP, 9990 for management)
 * @param testClock whether the server's date may be moved (the tests run a round's months in minutes)
 * @param durableDatabase whether PostgreSQL flushes every commit to disk; only the tests' throwaway
 *     database trades that for speed
 * @param environment where an external database ({@code SURVEY_DB_URL}, ...) or identity provider
 *     ({@code OIDC_PROVIDER_URL}) is named; the tests pass an empty map, so they always run hermetic
 * @param nodes how many WildFly nodes: one serves on the application's port itself; more sit behind a
 *     load balancer on that port, node {@code i} on the port offset {@code portOffset + 10 i}
 */
public record StackSettings(
        Path serverDir,
        Path keycloakDir,
        Path realmFile,
        Path realmOverlay,
        Path mailJar,
        Path dataDir,
        int databasePort,
        int keycloakPort,
        int keycloakManagementPort,
        int smtpPort,
        int mailApiPort,
        int portOffset,
        boolean testClock,
        boolean durableDatabase,
        Map<String, String> environment,
        int nodes) {

    /** The same, with a server whose date the API may move (to send a round's invitations on the spot). */
    public StackSettings withTestClock() {
        return copy(true, nodes);
    }

    /** The same, with {@code count} WildFly nodes behind a load balancer. */
    public StackSettings withNodes(int count) {
        return copy(testClock, count);
    }

    private StackSettings copy(boolean withTestClock, int nodeCount) {
        return new StackSettings(
                serverDir,
                keycloakDir,
                realmFile,
                realmOverlay,
                mailJar,
                dataDir,
                databasePort,
                keycloakPort,
                keycloakManagementPort,
                smtpPort,
                mailApiPort,
                portOffset,
                withTestClock,
                durableDatabase,
                environment,
                nodeCount);
    }

    /** The port offset of node {@code index} (1-based) of a cluster; a single node uses the stack's own. */
    public int nodeOffset(int index) {
        return nodes == 1 ? portOffset : portOffset + 10 * index;
    }

    /** The application as node {@code index} (1-based) serves it, bypassing the balancer. */
    public String nodeUrl(int index) {
        return "http://localhost:" + (8080 + nodeOffset(index)) + "/survey/";
    }

    /** The demo system: the usual ports, the environment may name external services. */
    public static StackSettings forRun() {
        return fromSystemProperties(15432, 8180, 9180, new int[] {3025, 8025}, 0, false, System.getenv());
    }

    /** The integration tests: ports of their own, always the embedded services. */
    public static StackSettings forTests() {
        return fromSystemProperties(25432, 28180, 29180, new int[] {23025, 28025}, 20000, true, Map.of());
    }

    private static StackSettings fromSystemProperties(
            int databasePort,
            int keycloakPort,
            int keycloakManagementPort,
            int[] mailPorts,
            int portOffset,
            boolean testClock,
            Map<String, String> env) {
        return new StackSettings(
                path("survey.server.dir"),
                path("survey.keycloak.dir"),
                path("survey.realm.file"),
                path("survey.realm.overlay"),
                path("survey.greenmail.jar"),
                path("survey.data.dir"),
                databasePort,
                keycloakPort,
                keycloakManagementPort,
                mailPorts[0],
                mailPorts[1],
                portOffset,
                testClock,
                !testClock,
                Map.copyOf(env),
                1);
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set; start the stack through Maven (see README.md), which sets it.");
        }
        return Path.of(value).toAbsolutePath();
    }

    public String applicationUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/survey/";
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort + "/";
    }

    /** The embedded Keycloak's {@code rocb} realm. */
    public String realmUrl() {
        return keycloakUrl() + "realms/rocb";
    }

    /** The development SMTP server's web API: {@code api/user/<address>/messages/} lists a mailbox. */
    public String mailApiUrl() {
        return "http://localhost:" + mailApiPort + "/";
    }

    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
