package org.rocbap.survey.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.rocbap.survey.api.audit.AuditResource;
import org.rocbap.survey.api.cascade.InHouseWorkshopsResource;
import org.rocbap.survey.api.compliance.ComplianceResource;
import org.rocbap.survey.api.health.HealthResource;
import org.rocbap.survey.api.mail.MailTemplateResource;
import org.rocbap.survey.api.missionreport.DocumentSizeFilter;
import org.rocbap.survey.api.missionreport.MissionReportsResource;
import org.rocbap.survey.api.participation.ParticipantsResource;
import org.rocbap.survey.api.project.ProjectsResource;
import org.rocbap.survey.api.publication.ConsentsResource;
import org.rocbap.survey.api.publication.ReportResource;
import org.rocbap.survey.api.questionnaire.RepliesResource;
import org.rocbap.survey.api.questionnaire.WorkshopRepliesResource;
import org.rocbap.survey.api.report.RoundsResource;
import org.rocbap.survey.api.report.TrendResource;
import org.rocbap.survey.api.round.InvitationResource;
import org.rocbap.survey.api.round.ReplyLinkResource;
import org.rocbap.survey.api.round.RoundImportResource;
import org.rocbap.survey.api.round.RoundScheduleResource;
import org.rocbap.survey.api.round.SurveyRoundResource;
import org.rocbap.survey.api.round.TestClockResource;
import org.rocbap.survey.api.shared.AccessRefusedMapper;
import org.rocbap.survey.api.shared.BearerForChanges;
import org.rocbap.survey.api.shared.EjbAccessMapper;
import org.rocbap.survey.api.shared.EjbFailureMapper;
import org.rocbap.survey.api.shared.StrictJsonb;
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
@OpenAPIDefinition(
        info =
                @Info(
                        title = "ROCB A/P Follow-Up Survey API",
                        version = "1",
                        description =
                                "Import survey rounds, read the Good Practice Report's tables and the follow-up of each"
                                        + " administration. Bearer tokens from the rocb Keycloak realm; errors as"
                                        + " application/problem+json with a JSON pointer per problem. See docs/api.md.",
                        license =
                                @License(
                                        name = "Proprietary: World Customs Organization, ROCB A/P",
                                        url = "https://www.wcoomd.org/")),
        security = @SecurityRequirement(name = SurveyApi.BEARER))
@SecurityScheme(
        securitySchemeName = SurveyApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the rocb Keycloak realm: a user's (authorization code flow) or the survey-api"
                + " service account's (client credentials). See docs/api.md.")
public class SurveyApi extends Application {

    static final String BEARER = "keycloak";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ParticipantsResource.class,
                MissionReportsResource.class,
                DocumentSizeFilter.class,
                RepliesResource.class,
                WorkshopRepliesResource.class,
                InHouseWorkshopsResource.class,
                ProjectsResource.class,
                ComplianceResource.class,
                AuditResource.class,
                WorkshopsResource.class,
                RoundsResource.class,
                TrendResource.class,
                RoundImportResource.class,
                SurveyRoundResource.class,
                MailTemplateResource.class,
                InvitationResource.class,
                ReplyLinkResource.class,
                ReportResource.class,
                ConsentsResource.class,
                RoundScheduleResource.class,
                TestClockResource.class,
                OpenApiResource.class,
                HealthResource.class,
                BearerForChanges.class,
                WorkflowExceptionMapper.class,
                AccessRefusedMapper.class,
                EjbAccessMapper.class,
                EjbFailureMapper.class,
                UnexpectedExceptionMapper.class,
                StrictJsonb.class);
    }
}
