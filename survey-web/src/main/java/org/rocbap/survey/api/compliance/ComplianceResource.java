package org.rocbap.survey.api.compliance;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rocbap.survey.compliance.boundary.ComplianceRow;
import org.rocbap.survey.compliance.boundary.ComplianceService;

/** Mission report and reply compliance of each participant. */
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    private ComplianceService compliance;

    /** One administration's participants, or (without the parameter) all the caller may see. */
    @GET
    public List<ComplianceRow> list(@QueryParam("administration") String administration) {
        return administration == null ? compliance.forCaller() : compliance.forAdministration(administration);
    }
}
