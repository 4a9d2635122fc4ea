package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.persistence.DataChanges;

class ReportCacheTest {

    private final ReportCache cache = new ReportCache(Duration.ofSeconds(60));
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aFigureIsComputedOnceUntilTheRecordsChange() {
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("other", computed::incrementAndGet))
                .as("another key")
                .isEqualTo(2);

        DataChanges.changed();

        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(3);
        assertThat(cache.get("trend", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aFigureComputedWhileTheRecordsChangedIsNotKept() {
        assertThat(cache.get("summary", () -> {
                    DataChanges.changed();
                    return computed.incrementAndGet();
                }))
                .isEqualTo(1);
        assertThat(cache.get("summary", computed::incrementAndGet)).isEqualTo(2);
        assertThat(cache.get("summary", computed::incrementAndGet)).isEqualTo(2);
    }
}
