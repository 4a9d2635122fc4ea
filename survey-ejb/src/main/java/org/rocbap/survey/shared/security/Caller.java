package org.rocbap.survey.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling a service: the signed-in user (or API client) as the identity provider vouches
 * for them.
 *
 * @param username the login name
 * @param displayName the person's full name, or the login name when the token carries none
 * @param administration the ISO 3166-1 alpha-3 code of the caller's administration, or {@code null}
 *     for ROCB A/P users and service accounts, which belong to no member administration
 * @param roles the caller's realm roles (see {@link Roles})
 */
public record Caller(String username, String displayName, String administration, Set<String> roles)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** ROCB A/P staff and head see every administration; everyone else only their own. */
    public boolean seesAllAdministrations() {
        return hasRole(Roles.ROCB_STAFF) || hasRole(Roles.ROCB_HEAD);
    }
}
