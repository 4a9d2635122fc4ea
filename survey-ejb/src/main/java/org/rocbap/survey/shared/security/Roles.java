package org.rocbap.survey.shared.security;

/**
 * The realm roles of the {@code rocb} Keycloak realm, as they reach the application in the token.
 *
 * <p>Role names are used in {@code @RolesAllowed}, which needs compile-time constants, hence
 * strings rather than an enum.
 */
public final class Roles {

    /** Logs the mission reports, replies, in-house workshops and projects of one administration. */
    public static final String FOCAL_POINT = "focal-point";

    /** Reads everything of one administration and checks that mission reports are filed. */
    public static final String MANAGER = "manager";

    /** ROCB A/P staff: runs workshops and survey rounds for every administration. */
    public static final String ROCB_STAFF = "rocb-staff";

    /** Head of the ROCB A/P: reads everything, publishes the Good Practice Report. */
    public static final String ROCB_HEAD = "rocb-head";

    private Roles() {}
}
