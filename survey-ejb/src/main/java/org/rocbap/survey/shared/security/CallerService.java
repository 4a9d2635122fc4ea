package org.rocbap.survey.shared.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Tells the services who the caller is, from the OIDC token that the web tier authenticated.
 *
 * <p>The administration comes from the token's {@code administration} claim, which Keycloak fills
 * from a user attribute only realm administrators may change; the services trust it for that
 * reason and for no other.
 */
@Stateless
@DeclareRoles({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class CallerService {

    /** The token claim that carries the caller's administration code. */
    public static final String ADMINISTRATION_CLAIM = "administration";

    @Resource
    private SessionContext context;

    @Inject
    private OnBehalf onBehalf;

    @PermitAll
    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        Set<String> roles = Stream.of(Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD)
                .filter(context::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            String name = token.getName();
            String administration = token.getClaimValueAsString(ADMINISTRATION_CLAIM);
            if (administration == null || administration.isBlank()) {
                // A focal point or manager acts for one administration. An account given the role
                // before its administration was set holds neither role, so that no query can take the
                // missing administration for "no restriction".
                administration = null;
                roles = roles.stream()
                        .filter(role -> !role.equals(Roles.FOCAL_POINT) && !role.equals(Roles.MANAGER))
                        .collect(Collectors.toUnmodifiableSet());
            }
            return new Caller(
                    principal.getName(),
                    name == null || name.isBlank() ? principal.getName() : name,
                    administration,
                    roles);
        }
        String name = onBehalf.label() == null ? principal.getName() : onBehalf.label();
        return new Caller(name, name, null, roles);
    }
}
