package org.rocbap.survey.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.audit.entity.AuditEntry;

/** Backs {@code audit/trail.xhtml}: the latest changes, for ROCB A/P staff. */
@Named
@RequestScoped
public class AuditTrailView {

    private static final int SHOWN = 500;

    @Inject
    private AuditTrail auditTrail;

    private List<AuditEntry> entries;

    @PostConstruct
    void load() {
        entries = auditTrail.latest(SHOWN);
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }
}
