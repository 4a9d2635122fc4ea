package org.rocbap.survey.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.rocbap.survey.api.audit.AuditResource;
import org.rocbap.survey.api.cascade.InHouseWorkshopsResource;
import org.rocbap.survey.api.compliance.ComplianceResource;
import org.rocbap.survey.api.missionreport.MissionReportsResource;
import org.rocbap.survey.api.participation.ParticipantsResource;
import org.rocbap.survey.api.project.ProjectsResource;
import org.rocbap.survey.api.questionnaire.RepliesResource;
import org.rocbap.survey.api.questionnaire.WorkshopRepliesResource;
import org.rocbap.survey.api.report.RoundImportResource;
import org.rocbap.survey.api.report.RoundsResource;
import org.rocbap.survey.api.shared.AccessRefusedMapper;
import org.rocbap.survey.api.shared.EjbAccessMapper;
import org.rocbap.survey.api.shared.TransactionRolledBackMapper;
import org.rocbap.survey.api.shared.UnexpectedExceptionMapper;
import org.rocbap.survey.api.shared.WorkflowExceptionMapper;
import org.rocbap.survey.api.workshop.WorkshopsResource;

/**
 * The REST API, version 1, under {@code /survey/api/v1}. It calls the same EJB services as the pages,
 * so the same rules and access control apply; callers authenticate with a Keycloak bearer token.
 *
 * <p>The classes are listed rather than scanned: EclipseLink, bundled in the EAR, carries MOXy's
 * JSON provider, which scanning would pick up in place of JSON-B and which cannot read records.
 */
@ApplicationPath("api/v1")
public class SurveyApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ParticipantsResource.class,
                MissionReportsResource.class,
                RepliesResource.class,
                WorkshopRepliesResource.class,
                InHouseWorkshopsResource.class,
                ProjectsResource.class,
                ComplianceResource.class,
                AuditResource.class,
                WorkshopsResource.class,
                RoundsResource.class,
                RoundImportResource.class,
                OpenApiResource.class,
                WorkflowExceptionMapper.class,
                AccessRefusedMapper.class,
                EjbAccessMapper.class,
                TransactionRolledBackMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
