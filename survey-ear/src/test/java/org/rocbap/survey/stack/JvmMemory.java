package org.rocbap.survey.stack;

import java.util.List;

/**
 * How the stack's JVMs use memory. The largest heaps stay what the due-date load needs (WildFly 512 MB,
 * Keycloak 384 MB, see docs/operations.md), but a JVM keeps what it once used unless told otherwise: a
 * collection every 15 s once the JVM is idle, and a heap that may hold at most 30 % free, give the
 * memory back to the system when the work is done; so does trimming the C library's heap every 10 s
 * (a JDK 17.0.9 or later has the option; an older one ignores it).
 */
final class JvmMemory {

    static final String GIVE_BACK = "-XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"
            + " -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=10000";

    static final String WILDFLY = "-Xms64m -Xmx512m " + GIVE_BACK;

    static final String KEYCLOAK = "-Xms64m -Xmx384m " + GIVE_BACK;

    /** The development mail server holds a few hundred small messages. */
    static final List<String> MAIL_SERVER = List.of(
            "-Xms16m",
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TrimNativeHeapInterval=10000");

    /**
     * glibc gives each thread that allocates its own arena of native memory; the JVM's threads keep
     * them. Two arenas are plenty for a JVM, whose objects live in its heap anyway.
     */
    static final String MALLOC_ARENA_MAX = "2";

    private JvmMemory() {}
}
