package org.rocbap.survey.shared.persistence;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of the writes this node has made to the records, so that what was computed from them
 * (the dashboard's figures) can tell whether it is still current. Per node: a cluster's other nodes
 * see another node's writes only once their cached figures expire.
 */
public final class DataChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    private DataChanges() {}

    /** How many times the records changed on this node so far. */
    public static long version() {
        return VERSION.get();
    }

    /** Counts a change; the {@link ChangeListener} calls it for every write. */
    public static void changed() {
        VERSION.incrementAndGet();
    }
}
