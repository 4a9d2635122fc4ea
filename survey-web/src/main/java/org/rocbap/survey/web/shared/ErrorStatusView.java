package org.rocbap.survey.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives the access-denied and not-found pages their own status: the container serves a page mapped
 * to an exception with 500, which would tell browsers, proxies and monitors that the server failed.
 */
@Named("errorStatus")
@RequestScoped
public class ErrorStatusView {

    public void apply(int status) {
        HttpServletResponse response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
            response.setStatus(status);
        }
    }
}
