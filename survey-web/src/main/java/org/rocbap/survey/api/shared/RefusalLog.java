package org.rocbap.survey.api.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.audit.boundary.AuditTrail;

/** Puts every refused API call in the audit trail: who asked for what, and why it was refused. */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Inject
    private AuditTrail audit;

    public void refused(Request request, UriInfo uri, String reason) {
        try {
            String path = uri.getPath();
            audit.refusal(request.getMethod() + " " + (path.startsWith("/") ? path : "/" + path), reason);
        } catch (RuntimeException e) {
            // The caller still gets their answer; the failure to record it is the server's to report.
            LOG.log(Level.WARNING, "A refused call could not be audited", e);
        }
    }
}
