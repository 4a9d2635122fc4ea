package org.rocbap.survey.it;

import java.util.Set;

/** The demo users of the development overlay of the realm (survey-ear/src/test/keycloak/rocb-realm-demo.json). */
public enum DemoUser {
    FOCAL_POINT_FJI("fp.fji", "Mere Vakacegu", "FJI", "Fiji", "focal-point"),
    MANAGER_FJI("mgr.fji", "Josefa Nakauta", "FJI", "Fiji", "manager"),
    FOCAL_POINT_WSM("fp.wsm", "Tasi Leavasa", "WSM", "Samoa", "focal-point"),
    MANAGER_WSM("mgr.wsm", "Malia Faleolo", "WSM", "Samoa", "manager"),
    ROCB_STAFF("rocb.staff", "Kenji Sato", null, null, "rocb-staff"),
    ROCB_HEAD("rocb.head", "Aiko Tanaka", null, null, "rocb-head");

    public static final String PASSWORD = "demo";

    public final String username;
    public final String fullName;
    public final String administration;
    public final String administrationName;
    public final Set<String> roles;

    DemoUser(String username, String fullName, String administration, String administrationName, String... roles) {
        this.username = username;
        this.fullName = fullName;
        this.administration = administration;
        this.administrationName = administrationName;
        this.roles = Set.of(roles);
    }

    public boolean seesAllAdministrations() {
        return roles.contains("rocb-staff") || roles.contains("rocb-head");
    }
}
