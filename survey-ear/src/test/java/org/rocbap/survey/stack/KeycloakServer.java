package org.rocbap.survey.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution, in development mode on plain HTTP, storing its data in
 * PostgreSQL. The {@code rocb} realm, with the demo users ({@link DemoRealm}), is imported on the first
 * start; later starts keep what is there.
 */
final class KeycloakServer implements AutoCloseable {

    private final ManagedProcess process;

    private KeycloakServer(ManagedProcess process) {
        this.process = process;
    }

    static KeycloakServer start(StackSettings settings, Database database) throws IOException {
        Path importDir = Files.createDirectories(settings.keycloakDir().resolve("data/import"));
        Files.writeString(
                importDir.resolve("rocb-realm.json"),
                DemoRealm.merged(settings.realmFile(), settings.realmOverlay(), settings.applicationUrl()));
        List<String> command = List.of(
                "bash",
                settings.keycloakDir().resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--import-realm",
                "--db=postgres",
                "--db-url=" + database.url(),
                "--db-username=" + database.user(),
                "--db-password=" + database.password());
        ManagedProcess process = ManagedProcess.start(
                "Keycloak",
                command,
                settings.keycloakDir(),
                Map.of(
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        "admin",
                        "JAVA_OPTS_KC_HEAP",
                        System.getenv().getOrDefault("JAVA_OPTS_KC_HEAP", JvmMemory.KEYCLOAK)),
                settings.dataDir().resolve("logs/keycloak.log"));
        String discovery = realmUrl(settings) + "/.well-known/openid-configuration";
        Waiter.until("Keycloak", Duration.ofMinutes(5), process, () -> Waiter.status(discovery) == 200);
        return new KeycloakServer(process);
    }

    static String realmUrl(StackSettings settings) {
        return settings.realmUrl();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Where Keycloak keeps its own data. */
    record Database(String url, String user, String password) {}
}
