package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReportCacheTest {

    /** The database's count of changes, as every node reads it. */
    private final AtomicLong changes = new AtomicLong();

    private final ReportCache cache = new ReportCache(Duration.ofSeconds(60), changes::get);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aFigureIsComputedOnceUntilTheRecordsChange() {
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("other", computed::incrementAndGet))
                .as("another key")
                .isEqualTo(2);

        changes.incrementAndGet();

        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(3);
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aFigureComputedWhileTheRecordsChangedIsNotKept() {
        assertThat(cache.get("summary", () -> {
                    changes.incrementAndGet();
                    return computed.incrementAndGet();
                }))
                .isEqualTo(1);
        assertThat(cache.get("summary", computed::incrementAndGet)).isEqualTo(2);
        assertThat(cache.get("summary", computed::incrementAndGet)).isEqualTo(2);
    }
}
