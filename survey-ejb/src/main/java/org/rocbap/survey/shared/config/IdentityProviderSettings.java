package org.rocbap.survey.shared.config;

/** Where the Keycloak realm that signs users in is: the same {@code OIDC_PROVIDER_URL} that oidc.json reads. */
public final class IdentityProviderSettings {

    private static final String DEVELOPMENT_REALM = "http://localhost:8180/realms/rocb";

    private IdentityProviderSettings() {}

    /** The realm's issuer address, without a trailing slash. */
    public static String realmUrl() {
        String value = System.getenv("OIDC_PROVIDER_URL");
        String url = value == null || value.isBlank() ? DEVELOPMENT_REALM : value.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
