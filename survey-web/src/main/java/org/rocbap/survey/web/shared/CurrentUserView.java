package org.rocbap.survey.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * The signed-in user as the pages show them: name, administration and which menus they get.
 *
 * <p>Only decides what to show; whether an action is allowed is decided again by the services.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUserView {

    @Inject
    private CallerService callerService;

    @Inject
    private AdministrationService administrationService;

    private Caller caller;
    private Administration administration;

    @PostConstruct
    void load() {
        caller = callerService.current();
        // A signed-in user holding none of the roles may read nothing, not even the administrations;
        // the access-denied page shown to them still names them.
        administration = caller.roles().isEmpty()
                ? null
                : administrationService.find(caller.administration()).orElse(null);
    }

    public Caller getCaller() {
        return caller;
    }

    /** The user's full name (Jakarta EL 5 reads no record components, hence this getter). */
    public String getDisplayName() {
        return caller.displayName();
    }

    /** The user's administration, or {@code null} for ROCB A/P users. */
    public Administration getAdministration() {
        return administration;
    }

    /** The user's roles in words, in the order of the role list. */
    public String getRoleNames() {
        ResourceBundle bundle = FacesContext.getCurrentInstance()
                .getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        return caller.roles().stream()
                .sorted()
                .map(role -> bundle.getString("role." + role))
                .collect(Collectors.joining(", "));
    }

    public boolean isFocalPoint() {
        return caller.hasRole(Roles.FOCAL_POINT);
    }

    public boolean isManager() {
        return caller.hasRole(Roles.MANAGER);
    }

    public boolean isStaff() {
        return caller.hasRole(Roles.ROCB_STAFF);
    }

    public boolean isHead() {
        return caller.hasRole(Roles.ROCB_HEAD);
    }

    public boolean isSeesCompliance() {
        return isManager() || caller.seesAllAdministrations();
    }

    public boolean isSeesDashboard() {
        return caller.seesAllAdministrations();
    }
}
