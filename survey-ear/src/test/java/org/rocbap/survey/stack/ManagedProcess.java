package org.rocbap.survey.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server process the stack started, with its output in a log file, stopped with its children.
 *
 * <p>Both launch scripts (standalone.sh, kc.sh) start the real JVM as a child; stopping only the
 * script would leave that JVM running and holding its ports, so {@link #stop()} ends the whole tree.
 */
final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", JvmMemory.MALLOC_ARENA_MAX);
        builder.environment().putAll(env);
        return new ManagedProcess(name, builder.start(), log);
    }

    /** The JVM's process id: the launch script's java child, or the process itself when it is the JVM. */
    long jvmPid() {
        return process.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(process.pid());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Fails with the end of the log if the process has died, e.g. while the caller waits for it. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " stopped with exit code " + process.exitValue()
                    + ". The end of its log (" + log + "):\n" + tail(40));
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** Asks the process tree to stop, then forces it after the grace period. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            waitFor(handle, deadline);
        }
        try {
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the process tree at once (SIGKILL), as a power cut or the OOM killer would, and waits until it is gone. */
    void kill() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle handle : tree) {
            waitFor(handle, deadline);
        }
        waitFor(process.toHandle(), deadline);
    }

    private static void waitFor(ProcessHandle handle, long deadline) {
        try {
            handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}
