package org.rocbap.survey.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void onlyTheFieldsThatChangedAreRecordedWithTheirOldAndNewValues() {
        Map<String, Object> before = new HashMap<>(Map.of("title", "Old", "attendees", 10));
        before.put("venue", null);
        Map<String, Object> after = new HashMap<>(Map.of("title", "New", "attendees", 10, "venue", "Suva"));

        assertThat(AuditTrail.differences(before, after)).isEqualTo("title: Old -> New; venue: Suva");
        assertThat(AuditTrail.differences(after, after)).isEmpty();
    }
}
