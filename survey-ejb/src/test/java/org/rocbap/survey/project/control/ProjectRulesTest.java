package org.rocbap.survey.project.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.shared.rules.RuleViolation;

class ProjectRulesTest {

    @Test
    void aProjectWithTitleAndStatusBreaksNoRule() {
        assertThat(ProjectRules.check("Advance rulings unit", null, null, ProjectStatus.PLANNED))
                .isEmpty();
    }

    @Test
    void titleAndStatusAreRequiredAndTextsBounded() {
        assertThat(ProjectRules.check(" ", "d".repeat(5_001), "c".repeat(101), null))
                .extracting(RuleViolation::field)
                .containsExactly("title", "description", "category", "status");
    }

    @Test
    void aProjectNamesAtMostAHundredWorkshops() {
        assertThat(ProjectRules.checkWorkshopCount(100)).isEmpty();
        assertThat(ProjectRules.checkWorkshopCount(101))
                .singleElement()
                .extracting(RuleViolation::field)
                .isEqualTo("workshops");
    }

    @Test
    void aProjectNamedAfterAReplyTakesItsFirstLineCutToFit() {
        assertThat(ProjectRules.titleFrom("  Single window\nwith the ports authority"))
                .isEqualTo("Single window");
        assertThat(ProjectRules.titleFrom("x".repeat(400))).hasSize(300).endsWith("…");
    }
}
