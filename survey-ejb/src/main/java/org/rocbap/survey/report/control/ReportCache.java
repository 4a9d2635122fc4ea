package org.rocbap.survey.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.shared.persistence.DataChanges;

/**
 * The figures the dashboards show, kept between two readers: computing a year's tables reads every
 * reply of it, and twenty readers would each read them again. A figure is recomputed once the records
 * changed on this node, and at the latest after {@code SURVEY_REPORT_CACHE_SECONDS} (60 by default),
 * the longest another node of a cluster shows figures older than its own writes.
 */
@ApplicationScoped
public class ReportCache {

    private Duration ttl;

    @Inject
    private Configuration configuration;

    public ReportCache() {}

    ReportCache(Duration ttl) {
        this.ttl = ttl;
    }

    @PostConstruct
    void configure() {
        ttl = configuration.reportCacheTime();
    }

    private record Entry(Object value, long version, long computedAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The version the entries were computed at; a newer one makes them all stale at once. */
    private volatile long clearedAt;

    /**
     * The cached figure under {@code key} if the records have not changed since it was computed and it
     * is younger than the time to live; otherwise computes it. Callers check access before asking.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        long version = DataChanges.version();
        if (version != clearedAt) {
            // Stale all of them: dropping them keeps entries keyed by a day from piling up.
            entries.clear();
            clearedAt = version;
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.computedAt() < ttl.toNanos()) {
            return (T) entry.value();
        }
        T value = compute.get();
        // A write during the computation may or may not be in the figure: keep it only if there was none.
        if (DataChanges.version() == version) {
            entries.put(key, new Entry(value, version, now));
        }
        return value;
    }
}
