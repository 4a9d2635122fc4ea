package org.rocbap.survey.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.shared.persistence.DataChanges;

/**
 * The figures the dashboards show, kept between two readers: computing a year's tables reads every
 * reply of it, and twenty readers would each read them again. Each node keeps its own figures, and
 * recomputes them once the records changed on any node ({@link DataChanges}, counted in the database),
 * and at the latest after {@code SURVEY_REPORT_CACHE_SECONDS} (60 by default).
 */
@ApplicationScoped
public class ReportCache {

    private Duration ttl;

    private LongSupplier changes;

    @Inject
    private Configuration configuration;

    @Inject
    private DataChanges dataChanges;

    public ReportCache() {}

    ReportCache(Duration ttl, LongSupplier changes) {
        this.ttl = ttl;
        this.changes = changes;
    }

    @PostConstruct
    void configure() {
        ttl = configuration.reportCacheTime();
        changes = dataChanges::version;
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
        long version = changes.getAsLong();
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
        if (changes.getAsLong() == version) {
            entries.put(key, new Entry(value, version, now));
        }
        return value;
    }
}
