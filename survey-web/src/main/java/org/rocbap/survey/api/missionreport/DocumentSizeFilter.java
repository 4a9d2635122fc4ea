package org.rocbap.survey.api.missionreport;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.api.shared.Problem;
import org.rocbap.survey.missionreport.control.MissionReportRules;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.RuleViolation;

/**
 * Refuses a mission report body too large for its document before it is read: base64 makes the
 * document a third larger, and the rest of the request is small.
 */
@Provider
@DocumentSizeLimited
public class DocumentSizeFilter implements ContainerRequestFilter {

    private static final long ENVELOPE = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxDocument = FollowUpSettings.current().maxDocumentBytes();
        long length = request.getLength();
        if (length > maxDocument / 3 * 4 + ENVELOPE) {
            List<RuleViolation> refused =
                    MissionReportRules.documentSize("documentBase64", length / 4 * 3, maxDocument);
            request.abortWith(Problem.response(
                    Problem.PAYLOAD_TOO_LARGE,
                    "Document too large",
                    refused.get(0).message(),
                    List.of(new Problem.Error("/documentBase64", refused.get(0).message()))));
        }
    }
}
