package org.rocbap.survey.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The provisioned WildFly with the EAR in its deployments folder, configured through the environment
 * variables that the server's CLI configuration reads (see survey-ear/src/main/scripts).
 */
final class WildFlyServer implements AutoCloseable {

    private static final String DEPLOYMENT = "survey.ear";

    private final ManagedProcess process;

    private WildFlyServer(ManagedProcess process) {
        this.process = process;
    }

    static WildFlyServer start(StackSettings settings, Map<String, String> environment) throws IOException {
        Path deployments = settings.serverDir().resolve("standalone/deployments");
        if (!Files.exists(deployments.resolve(DEPLOYMENT))) {
            throw new IllegalStateException("No " + DEPLOYMENT + " in " + deployments
                    + ": build the project first (./mvnw -Prun or ./mvnw verify).");
        }
        // The deployment scanner writes these markers; clearing them lets us wait for this boot's verdict.
        for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
            Files.deleteIfExists(deployments.resolve(DEPLOYMENT + marker));
        }
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JBOSS_JAVA_SIZING", System.getenv().getOrDefault("JBOSS_JAVA_SIZING", JvmMemory.WILDFLY));
        List<String> command = new java.util.ArrayList<>(List.of(
                "bash",
                settings.serverDir().resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + settings.portOffset()));
        if (settings.env("SURVEY_DEBUG_PORT") != null) {
            command.addAll(List.of("--debug", settings.env("SURVEY_DEBUG_PORT")));
        }
        ManagedProcess process = ManagedProcess.start(
                "WildFly",
                command,
                settings.serverDir(),
                env,
                settings.dataDir().resolve("logs/wildfly-console.log"));
        Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
        Path failed = deployments.resolve(DEPLOYMENT + ".failed");
        Waiter.until(
                "WildFly and the survey deployment",
                Duration.ofMinutes(4),
                process,
                () -> Files.exists(deployed) || Files.exists(failed));
        if (Files.exists(failed)) {
            String reason = Files.readString(failed, StandardCharsets.UTF_8);
            process.stop(Duration.ofSeconds(20));
            throw new IllegalStateException("The survey application failed to deploy: " + reason + "\nSee "
                    + settings.serverDir().resolve("standalone/log/server.log"));
        }
        Waiter.until(
                "the survey application",
                Duration.ofMinutes(1),
                process,
                () -> Waiter.status(settings.applicationUrl()) > 0);
        return new WildFlyServer(process);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Kills WildFly with SIGKILL: no shutdown, no transaction completed, nothing flushed. */
    void kill() {
        process.kill();
    }
}
