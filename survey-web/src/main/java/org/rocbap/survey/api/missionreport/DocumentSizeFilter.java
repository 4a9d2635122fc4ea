package org.rocbap.survey.api.missionreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.missionreport.boundary.DocumentLimit;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.web.shared.Problem;

/**
 * Refuses a mission report body too large for its document before it is read: base64 makes the
 * document a third larger, and the rest of the request is small.
 */
@Provider
@DocumentSizeLimited
public class DocumentSizeFilter implements ContainerRequestFilter {

    private static final long ENVELOPE = 64 * 1024;

    @Inject
    private DocumentLimit limit;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxDocument = limit.maxBytes();
        long length = request.getLength();
        if (length > maxDocument / 3 * 4 + ENVELOPE) {
            List<RuleViolation> refused = limit.check("documentBase64", length / 4 * 3);
            request.abortWith(Problem.response(
                    Problem.PAYLOAD_TOO_LARGE,
                    "Document too large",
                    refused.get(0).message(),
                    List.of(new Problem.Error("/documentBase64", refused.get(0).message()))));
        }
    }
}
