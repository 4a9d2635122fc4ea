package org.rocbap.survey.web.signin;

import java.net.URI;
import java.net.URISyntaxException;

/** Addresses the sign-in may lead back to: pages of this application, never another site (no open redirect). */
final class OwnPages {

    private OwnPages() {}

    /** A path on this server under the application's {@code home} ({@code /survey/}), with or without a query. */
    static boolean isOwnPage(String address, String home) {
        try {
            URI uri = new URI(address);
            return uri.getScheme() == null
                    && uri.getRawAuthority() == null
                    && uri.getRawPath() != null
                    && uri.getRawPath().startsWith(home)
                    && !uri.getRawPath().contains("//")
                    && !address.contains("\\");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
