package org.rocbap.survey.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final String STRONG = "k7Vq2mXr9Lp4Ts8Wz1Nb6Hc3Jd5Fg0Ya";

    @Test
    void aProductionServerWithoutSecretsIsRefusedNamingEachOne() {
        assertThat(ProductionSecrets.problems(Map.of()))
                .containsExactly(
                        "OIDC_CLIENT_SECRET is not set",
                        "SURVEY_DB_PASSWORD is not set",
                        "SURVEY_DIRECTORY_CLIENT_SECRET is not set",
                        "SURVEY_LINK_SECRET is not set");
    }

    @Test
    void theRepositorysDevelopmentValuesAndShortSecretsAreRefused() {
        assertThat(ProductionSecrets.problems(Map.of(
                        "OIDC_CLIENT_SECRET", "survey-web-dev-secret",
                        "SURVEY_DB_PASSWORD", "survey",
                        "SURVEY_DIRECTORY_CLIENT_SECRET", "short",
                        "SURVEY_LINK_SECRET", STRONG)))
                .containsExactly(
                        "OIDC_CLIENT_SECRET is the development value, which is public",
                        "SURVEY_DB_PASSWORD is the development value, which is public",
                        "SURVEY_DIRECTORY_CLIENT_SECRET is shorter than 32 characters");
    }

    @Test
    void realSecretsPass() {
        assertThat(ProductionSecrets.problems(Map.of(
                        "OIDC_CLIENT_SECRET",
                        STRONG,
                        "SURVEY_DB_PASSWORD",
                        "a database password",
                        "SURVEY_DIRECTORY_CLIENT_SECRET",
                        STRONG + "x",
                        "SURVEY_LINK_SECRET",
                        STRONG + "y")))
                .isEmpty();
    }

    @Test
    void aDevelopmentServerMayUseTheDevelopmentValues() {
        assertThat(ProductionSecrets.problems(Map.of("SURVEY_DEVELOPMENT", "true")))
                .isEmpty();
    }
}
