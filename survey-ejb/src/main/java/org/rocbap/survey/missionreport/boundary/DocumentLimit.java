package org.rocbap.survey.missionreport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.rocbap.survey.missionreport.control.MissionReportRules;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.RuleViolation;

/**
 * The configured size limit of a mission report's document, in one place: the pages and the API check
 * an upload's declared size before they read it, the service the document it is given.
 */
@ApplicationScoped
public class DocumentLimit {

    @Inject
    private FollowUpSettings settings;

    /** The largest document accepted, in bytes. */
    public long maxBytes() {
        return settings.maxDocumentBytes();
    }

    /** What is wrong with a document called {@code name} of {@code size} bytes: empty, or over the limit. */
    public List<RuleViolation> check(String name, long size) {
        return MissionReportRules.documentSize(name, size, settings.maxDocumentBytes());
    }
}
