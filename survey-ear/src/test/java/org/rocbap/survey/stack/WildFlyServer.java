package org.rocbap.survey.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One node of the provisioned WildFly with the EAR in its deployments folder, configured through the
 * environment variables that the server's CLI configuration reads (see survey-ear/src/main/scripts).
 *
 * <p>A single node runs in the provisioned server's own folder. The nodes of a cluster share its
 * modules but each has a folder of its own (configuration, deployments, data, log) under the stack's
 * data folder, a name, a transaction node identifier and ports of its own; they find each other over
 * loopback (JGroups TCPPING).
 */
final class WildFlyServer implements AutoCloseable {

    private static final String DEPLOYMENT = "survey.ear";

    private final ManagedProcess process;

    private WildFlyServer(ManagedProcess process) {
        this.process = process;
    }

    /** Starts node {@code index} (1-based) of the stack and waits until the application is deployed. */
    static WildFlyServer start(StackSettings settings, int index, Map<String, String> environment) throws IOException {
        Path baseDir = baseDir(settings, index);
        Path deployments = baseDir.resolve("deployments");
        if (!Files.exists(deployments.resolve(DEPLOYMENT))) {
            throw new IllegalStateException("No " + DEPLOYMENT + " in " + deployments
                    + ": build the project first (./mvnw -Prun or ./mvnw verify).");
        }
        // The deployment scanner writes these markers; clearing them lets us wait for this boot's verdict.
        for (String marker : List.of(".deployed", ".failed", ".undeployed", ".isdeploying", ".pending")) {
            Files.deleteIfExists(deployments.resolve(DEPLOYMENT + marker));
        }
        String node = "node" + index;
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JBOSS_JAVA_SIZING", System.getenv().getOrDefault("JBOSS_JAVA_SIZING", JvmMemory.WILDFLY));
        env.put("SURVEY_CLUSTER_HOSTS", clusterHosts(settings));
        // Apart from any other stack on this machine (the demo while the tests run).
        env.put("SURVEY_CLUSTER_NAME", "survey-" + settings.portOffset());
        List<String> command = new ArrayList<>(List.of(
                "bash",
                settings.serverDir().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + node,
                "-Djboss.tx.node.id=" + node,
                "-Djboss.socket.binding.port-offset=" + settings.nodeOffset(index)));
        if (settings.env("SURVEY_DEBUG_PORT") != null && index == 1) {
            command.addAll(List.of("--debug", settings.env("SURVEY_DEBUG_PORT")));
        }
        String logName = settings.nodes() == 1 ? "wildfly-console.log" : "wildfly-" + node + "-console.log";
        ManagedProcess process = ManagedProcess.start(
                settings.nodes() == 1 ? "WildFly" : "WildFly " + node,
                command,
                settings.serverDir(),
                env,
                settings.dataDir().resolve("logs").resolve(logName));
        Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
        Path failed = deployments.resolve(DEPLOYMENT + ".failed");
        Waiter.until(
                "WildFly " + node + " and the survey deployment",
                Duration.ofMinutes(4),
                process,
                () -> Files.exists(deployed) || Files.exists(failed));
        if (Files.exists(failed)) {
            String reason = Files.readString(failed, StandardCharsets.UTF_8);
            process.stop(Duration.ofSeconds(20));
            throw new IllegalStateException("The survey application failed to deploy: " + reason + "\nSee "
                    + baseDir.resolve("log/server.log"));
        }
        // Deployed is not yet started: until WildFly's boot has ended it answers 503 to every request.
        Waiter.until("the survey application on " + node, Duration.ofMinutes(1), process, () -> {
            int status = Waiter.status(settings.nodeUrl(index));
            return status > 0 && status != 503;
        });
        return new WildFlyServer(process);
    }

    /** Every node's JGroups address, as TCPPING's initial_hosts lists them. */
    private static String clusterHosts(StackSettings settings) {
        return IntStream.rangeClosed(1, settings.nodes())
                .mapToObj(i -> "127.0.0.1[" + (7600 + settings.nodeOffset(i)) + "]")
                .collect(Collectors.joining(","));
    }

    /**
     * The node's server folder. A cluster node's gets the provisioned configuration and EAR afresh at
     * every start (a rebuilt EAR is what runs) and keeps its data.
     */
    private static Path baseDir(StackSettings settings, int index) throws IOException {
        Path provisioned = settings.serverDir().resolve("standalone");
        if (settings.nodes() == 1) {
            return provisioned;
        }
        Path baseDir = settings.dataDir().resolve("node" + index).resolve("standalone");
        for (String folder : List.of("configuration", "deployments")) {
            copyFolder(provisioned.resolve(folder), baseDir.resolve(folder));
        }
        return baseDir;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().startsWith(DEPLOYMENT + ".")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Kills WildFly with SIGKILL: no shutdown, no transaction completed, nothing flushed. */
    void kill() {
        process.kill();
    }

    /** The node's JVM, the process a SIGKILL must hit. */
    long pid() {
        return process.jvmPid();
    }
}
