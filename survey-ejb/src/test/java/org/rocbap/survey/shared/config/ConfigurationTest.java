package org.rocbap.survey.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private static final Configuration NOTHING_SET = Configuration.of(Map.of());

    @Test
    void withNothingSetTheDefaultsAreTheRocbApsOwn() {
        assertThat(NOTHING_SET.followUp()).isEqualTo(FollowUpSettings.DEFAULTS);
        assertThat(FollowUpSettings.DEFAULTS.missionReportDueDays()).isEqualTo(30);
        assertThat(FollowUpSettings.DEFAULTS.acknowledgementDays()).isEqualTo(14);
        assertThat(FollowUpSettings.DEFAULTS.maxDocumentBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(NOTHING_SET.reportCacheTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(NOTHING_SET.mailPollInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(NOTHING_SET.databaseWait()).isEqualTo(Duration.ofSeconds(120));
        assertThat(NOTHING_SET.linkGraceDays()).isEqualTo(14);
        assertThat(NOTHING_SET.clockAdjustable()).isFalse();
        assertThat(NOTHING_SET.realmUrl()).isEqualTo("http://localhost:8180/realms/rocb");
    }

    @Test
    void setValuesAreReadAndTidied() {
        Configuration set = Configuration.of(Map.of(
                "SURVEY_MISSION_REPORT_DUE_DAYS", "45",
                "SURVEY_MAX_DOCUMENT_MB", "5",
                "SURVEY_REPORT_CACHE_SECONDS", " 15 ",
                "SURVEY_MAIL_POLL_SECONDS", "0",
                "SURVEY_PUBLIC_URL", "https://survey.example/app",
                "OIDC_PROVIDER_URL", "https://id.example/realms/rocb/",
                "SURVEY_CLOCK_ADJUSTABLE", "true"));
        assertThat(set.followUp().missionReportDueDays()).isEqualTo(45);
        assertThat(set.followUp().maxDocumentBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(set.reportCacheTime()).isEqualTo(Duration.ofSeconds(15));
        assertThat(set.mailPollInterval()).as("at least a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(set.publicUrl()).isEqualTo("https://survey.example/app/");
        assertThat(set.realmUrl()).isEqualTo("https://id.example/realms/rocb");
        assertThat(set.clockAdjustable()).isTrue();
    }

    @Test
    void aBadValueNamesTheSetting() {
        assertThatThrownBy(() -> Configuration.of(Map.of("SURVEY_ACKNOWLEDGEMENT_DAYS", "two weeks"))
                        .followUp())
                .hasMessageContaining("SURVEY_ACKNOWLEDGEMENT_DAYS");
        assertThatThrownBy(() ->
                        Configuration.of(Map.of("SURVEY_REPLY_DUE_DAYS", "0")).followUp())
                .hasMessageContaining("SURVEY_REPLY_DUE_DAYS must be a positive number");
        assertThatThrownBy(() -> Configuration.of(Map.of("SURVEY_REPORT_CACHE_SECONDS", "a minute"))
                        .reportCacheTime())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SURVEY_REPORT_CACHE_SECONDS");
    }

    @Test
    void productionSecretsAreCheckedFromTheConfiguration() {
        assertThat(NOTHING_SET.productionProblems()).contains("SURVEY_LINK_SECRET is not set");
        assertThat(Configuration.of(Map.of("SURVEY_DEVELOPMENT", "true")).productionProblems())
                .isEmpty();
    }
}
