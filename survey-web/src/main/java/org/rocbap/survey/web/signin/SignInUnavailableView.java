package org.rocbap.survey.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The "Try again" of the page shown while Keycloak does not answer: back to the page the user asked for. */
@Named
@RequestScoped
public class SignInUnavailableView {

    /** The page asked for, if it is one of this application's; else its home page. */
    public String getRetryUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String home = external.getRequestContextPath() + "/";
        String asked = external.getRequestParameterMap().get("to");
        return asked != null && OwnPages.isOwnPage(asked, home) ? asked : home;
    }
}
