package org.rocbap.survey.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnPagesTest {

    @Test
    void tryingAgainLeadsOnlyToAPageOfTheApplication() {
        assertThat(OwnPages.isOwnPage("/survey/compliance/overview.xhtml", "/survey/"))
                .isTrue();
        assertThat(OwnPages.isOwnPage("/survey/questionnaire/reply.xhtml?participant=12", "/survey/"))
                .isTrue();

        assertThat(OwnPages.isOwnPage("https://evil.example/survey/", "/survey/"))
                .isFalse();
        assertThat(OwnPages.isOwnPage("//evil.example/survey/", "/survey/")).isFalse();
        assertThat(OwnPages.isOwnPage("/survey//evil.example", "/survey/")).isFalse();
        assertThat(OwnPages.isOwnPage("/survey/\\evil.example", "/survey/")).isFalse();
        assertThat(OwnPages.isOwnPage("/other/page.xhtml", "/survey/")).isFalse();
        assertThat(OwnPages.isOwnPage("javascript:alert(1)", "/survey/")).isFalse();
        assertThat(OwnPages.isOwnPage("/survey/%zz", "/survey/")).isFalse();
    }
}
