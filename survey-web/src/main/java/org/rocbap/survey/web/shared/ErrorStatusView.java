package org.rocbap.survey.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.shared.security.HiddenRecordException;

/**
 * Gives the access-denied and not-found pages their own status: the container serves a page mapped
 * to an exception with 500, which would tell browsers, proxies and monitors that the server failed.
 * A refusal (access denied, or another administration's record shown as not found) goes into the
 * audit trail.
 */
@Named("errorStatus")
@RequestScoped
public class ErrorStatusView {

    private static final Logger LOG = Logger.getLogger(ErrorStatusView.class.getName());

    @Inject
    private AuditTrail audit;

    public void apply(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        if (!response.isCommitted()) {
            response.setStatus(status);
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable hidden = hiddenRecord(error);
        if ((status == HttpServletResponse.SC_FORBIDDEN || hidden != null) && request.getUserPrincipal() != null) {
            try {
                audit.refusal(
                        "page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        hidden != null ? "another administration's " + hidden.getMessage() : "access denied");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A refused page could not be audited", e);
            }
        }
    }

    private static Throwable hiddenRecord(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HiddenRecordException) {
                return t;
            }
        }
        return null;
    }
}
