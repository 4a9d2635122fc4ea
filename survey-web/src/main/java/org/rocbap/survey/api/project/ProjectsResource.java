package org.rocbap.survey.api.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.project.boundary.ProjectService.ProjectDetails;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.workshop.entity.Workshop;

/** Modernization projects. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    private ProjectService projects;

    public record ProjectRequest(
            String administration,
            Long version,
            String title,
            String description,
            String category,
            ProjectStatus status,
            LocalDate startDate,
            List<String> workshops) {
        ProjectDetails details() {
            return new ProjectDetails(title, description, category, status, startDate, workshops);
        }
    }

    public record ProjectView(
            Long id,
            String administration,
            String title,
            String description,
            String category,
            ProjectStatus status,
            LocalDate startDate,
            List<String> workshops,
            Long reply,
            long version) {
        static ProjectView of(ModernizationProject p) {
            return new ProjectView(
                    p.getId(),
                    p.getAdministration(),
                    p.getTitle(),
                    p.getDescription(),
                    p.getCategory(),
                    p.getStatus(),
                    p.getStartDate(),
                    p.getWorkshops().stream().map(Workshop::getCode).sorted().toList(),
                    p.getReply() == null ? null : p.getReply().getId(),
                    p.getVersion());
        }
    }

    @Operation(operationId = "listProjects", summary = "An administration's modernization projects, a page at a time")
    @APIResponseSchema(
            value = ProjectView[].class,
            responseCode = "200",
            responseDescription = "OK; the size of the whole list in X-Total-Count")
    @GET
    public Response list(
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return Paging.page(projects.listByAdministration(administration, Paging.slice(offset, limit)), ProjectView::of);
    }

    @Operation(operationId = "getProject", summary = "A modernization project")
    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") Long id) {
        return ProjectView.of(projects.find(id));
    }

    @Operation(operationId = "createProject", summary = "Create a modernization project")
    @APIResponseSchema(value = ProjectView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response create(ProjectRequest request) {
        ModernizationProject p = projects.create(request.administration(), request.details());
        return Response.status(Response.Status.CREATED)
                .entity(ProjectView.of(p))
                .build();
    }

    @Operation(operationId = "updateProject", summary = "Change a modernization project")
    @PUT
    @Path("{id}")
    public ProjectView update(@PathParam("id") Long id, ProjectRequest request) {
        return ProjectView.of(projects.update(id, request.version(), request.details()));
    }
}
