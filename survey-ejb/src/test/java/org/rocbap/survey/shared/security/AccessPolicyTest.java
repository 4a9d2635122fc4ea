package org.rocbap.survey.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Caller FOCAL_FJI = new Caller("fp.fji", "FP", "FJI", Set.of(Roles.FOCAL_POINT));
    private static final Caller MANAGER_FJI = new Caller("mgr.fji", "M", "FJI", Set.of(Roles.MANAGER));
    private static final Caller STAFF = new Caller("rocb.staff", "S", null, Set.of(Roles.ROCB_STAFF));
    private static final Caller HEAD = new Caller("rocb.head", "H", null, Set.of(Roles.ROCB_HEAD));
    private static final Caller NO_ADMINISTRATION = new Caller("fp.x", "X", null, Set.of(Roles.FOCAL_POINT));

    @Test
    void focalPointsReadAndEditTheirOwnAdministrationOnly() {
        assertThat(AccessPolicy.mayRead(FOCAL_FJI, "FJI")).isTrue();
        assertThat(AccessPolicy.mayEdit(FOCAL_FJI, "FJI")).isTrue();
        assertThat(AccessPolicy.mayRead(FOCAL_FJI, "WSM")).isFalse();
        assertThat(AccessPolicy.mayEdit(FOCAL_FJI, "WSM")).isFalse();
        assertThat(AccessPolicy.mayAcknowledge(FOCAL_FJI, "FJI")).isFalse();
    }

    @Test
    void managersReadAndAcknowledgeButDoNotEdit() {
        assertThat(AccessPolicy.mayRead(MANAGER_FJI, "FJI")).isTrue();
        assertThat(AccessPolicy.mayEdit(MANAGER_FJI, "FJI")).isFalse();
        assertThat(AccessPolicy.mayAcknowledge(MANAGER_FJI, "FJI")).isTrue();
        assertThat(AccessPolicy.mayAcknowledge(MANAGER_FJI, "WSM")).isFalse();
    }

    @Test
    void theRocbReadsEverywhereAndOnlyStaffEdits() {
        assertThat(AccessPolicy.mayRead(STAFF, "WSM")).isTrue();
        assertThat(AccessPolicy.mayEdit(STAFF, "WSM")).isTrue();
        assertThat(AccessPolicy.mayRead(HEAD, "WSM")).isTrue();
        assertThat(AccessPolicy.mayEdit(HEAD, "WSM")).isFalse();
        assertThat(AccessPolicy.mayManageWorkshops(STAFF)).isTrue();
        assertThat(AccessPolicy.mayManageWorkshops(HEAD)).isFalse();
    }

    @Test
    void aUserWithoutAnAdministrationSeesNoAdministration() {
        assertThat(AccessPolicy.mayRead(NO_ADMINISTRATION, "FJI")).isFalse();
        assertThat(AccessPolicy.mayRead(NO_ADMINISTRATION, null)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.requireEdit(NO_ADMINISTRATION, "FJI"))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("FJI");
    }
}
