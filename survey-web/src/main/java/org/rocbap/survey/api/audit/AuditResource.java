package org.rocbap.survey.api.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.audit.entity.AuditEntry;

/** The audit trail, for ROCB A/P staff. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail audit;

    public record AuditView(
            OffsetDateTime at,
            String actor,
            String administration,
            String subject,
            Long subjectId,
            String action,
            String changes) {
        static AuditView of(AuditEntry e) {
            return new AuditView(
                    e.getAt(),
                    e.getActor(),
                    e.getAdministration(),
                    e.getSubject(),
                    e.getSubjectId(),
                    e.getAction(),
                    e.getChanges());
        }
    }

    @Operation(operationId = "listAuditEntries", summary = "The latest changes of the audit trail (ROCB A/P staff)")
    @GET
    public List<AuditView> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return audit.latest(Math.max(1, Math.min(max, 1000))).stream()
                .map(AuditView::of)
                .toList();
    }
}
