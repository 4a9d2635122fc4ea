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
 * @param realmFile the {@code rocb} realm to import on first start
 * @param dataDir where PostgreSQL keeps its data and the stack writes its logs
 * @param databasePort the embedded PostgreSQL's port
 * @param keycloakPort Keycloak's HTTP port
 * @param keycloakManagementPort Keycloak's management (health) port
 * @param portOffset added to every WildFly port (8080 for HTTP, 9990 for management)
 * @param environment where an external database ({@code SURVEY_DB_URL}, ...) or identity provider
 *     ({@code OIDC_PROVIDER_URL}) is named; the tests pass an empty map, so they always run hermetic
 */
public record StackSettings(
        Path serverDir,
        Path keycloakDir,
        Path realmFile,
        Path dataDir,
        int databasePort,
        int keycloakPort,
        int keycloakManagementPort,
        int portOffset,
        Map<String, String> environment) {

    /** The demo system: the usual ports, the environment may name external services. */
    public static StackSettings forRun() {
        return fromSystemProperties(15432, 8180, 9180, 0, System.getenv());
    }

    /** The integration tests: ports of their own, always the embedded services. */
    public static StackSettings forTests() {
        return fromSystemProperties(25432, 28180, 29180, 20000, Map.of());
    }

    private static StackSettings fromSystemProperties(
            int databasePort, int keycloakPort, int keycloakManagementPort, int portOffset, Map<String, String> env) {
        return new StackSettings(
                path("survey.server.dir"),
                path("survey.keycloak.dir"),
                path("survey.realm.file"),
                path("survey.data.dir"),
                databasePort,
                keycloakPort,
                keycloakManagementPort,
                portOffset,
                Map.copyOf(env));
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

    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
