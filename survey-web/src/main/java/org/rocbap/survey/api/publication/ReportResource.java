package org.rocbap.survey.api.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.publication.PublicationViews.CandidateView;
import org.rocbap.survey.api.publication.PublicationViews.EditionView;
import org.rocbap.survey.api.publication.PublicationViews.ExampleView;
import org.rocbap.survey.api.publication.PublicationViews.TextView;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.publication.boundary.ExampleService;
import org.rocbap.survey.publication.boundary.ExampleService.CandidateFilter;
import org.rocbap.survey.publication.boundary.ReportEditionService;
import org.rocbap.survey.publication.boundary.ReportTextService;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportEdition;
import org.rocbap.survey.publication.entity.ReportPart;

/**
 * A round's Good Practice Report: the answers staff may quote, the examples they curate, the head's
 * texts and the generated editions.
 */
@Path("rounds/{fiscalYear}/report")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    private ExampleService examples;

    @Inject
    private ReportTextService texts;

    @Inject
    private ReportEditionService editions;

    public record QuoteRequest(Long replyId, QuotedQuestion question) {}

    public record WordingRequest(Long version, String wording) {}

    public record MergeRequest(Long other) {}

    public record PositionRequest(Integer position) {}

    public record TextRequest(String body) {}

    @Operation(
            operationId = "listQuotableAnswers",
            summary = "The year's submitted answers to one question, to quote in the report (paged)")
    @APIResponseSchema(
            value = CandidateView[].class,
            responseCode = "200",
            responseDescription = "OK; X-Total-Count holds the number of answers")
    @GET
    @Path("candidates")
    public Response candidates(
            @PathParam("fiscalYear") String fiscalYear,
            @QueryParam("question") QuotedQuestion question,
            @QueryParam("workshop") String workshop,
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return Paging.page(
                examples.candidates(
                        new CandidateFilter(fiscalYear, question, workshop, administration),
                        Paging.slice(offset, limit)),
                CandidateView::of);
    }

    @Operation(operationId = "listReportExamples", summary = "The year's examples, by question in print order")
    @GET
    @Path("examples")
    public List<ExampleView> examples(@PathParam("fiscalYear") String fiscalYear) {
        return examples.examples(fiscalYear).stream().map(ExampleView::of).toList();
    }

    @Operation(
            operationId = "quoteAnswer",
            summary = "Quote a reply's answer as an example (ROCB A/P staff); asks the administration's consent")
    @APIResponseSchema(value = ExampleView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("examples")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response quote(@PathParam("fiscalYear") String fiscalYear, QuoteRequest request, @Context UriInfo uri) {
        ExampleView created = ExampleView.of(examples.quote(request.replyId(), request.question()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(
            operationId = "rewordExample",
            summary = "Change the wording to publish (the reply is untouched); asks for consent again")
    @PUT
    @Path("examples/{id}/wording")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExampleView reword(
            @PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id, WordingRequest request) {
        examples.find(fiscalYear, id);
        return ExampleView.of(examples.reword(id, request.version(), request.wording()));
    }

    @Operation(
            operationId = "mergeExamples",
            summary = "Make one line of two examples of the same practice from several administrations")
    @POST
    @Path("examples/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExampleView merge(
            @PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id, MergeRequest request) {
        examples.find(fiscalYear, id);
        return ExampleView.of(examples.merge(id, request.other()));
    }

    @Operation(operationId = "placeExample", summary = "Move an example to a position (1 = first) under its question")
    @PUT
    @Path("examples/{id}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExampleView place(
            @PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id, PositionRequest request) {
        examples.find(fiscalYear, id);
        return ExampleView.of(examples.place(id, request.position() == null ? 1 : request.position()));
    }

    @Operation(operationId = "removeExample", summary = "Take an example out of the report")
    @APIResponse(responseCode = "204", description = "Removed")
    @DELETE
    @Path("examples/{id}")
    public void remove(@PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id) {
        examples.find(fiscalYear, id);
        examples.remove(id);
    }

    @Operation(operationId = "listReportTexts", summary = "The latest draft of each of the head's texts")
    @GET
    @Path("texts")
    public List<TextView> texts(@PathParam("fiscalYear") String fiscalYear) {
        return texts.latest(fiscalYear).values().stream().map(TextView::of).toList();
    }

    @Operation(operationId = "listReportTextDrafts", summary = "Every draft of one text, the latest first")
    @GET
    @Path("texts/{part}/drafts")
    public List<TextView> drafts(@PathParam("fiscalYear") String fiscalYear, @PathParam("part") ReportPart part) {
        return texts.drafts(fiscalYear, part).stream().map(TextView::of).toList();
    }

    @Operation(operationId = "saveReportText", summary = "Save a new draft of one of the head's texts (the head)")
    @PUT
    @Path("texts/{part}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TextView save(
            @PathParam("fiscalYear") String fiscalYear, @PathParam("part") ReportPart part, TextRequest request) {
        return TextView.of(texts.save(fiscalYear, part, request.body()));
    }

    @Operation(operationId = "listReportEditions", summary = "The year's generated editions, the latest first")
    @GET
    @Path("editions")
    public List<EditionView> editions(@PathParam("fiscalYear") String fiscalYear) {
        return editions.editions(fiscalYear).stream().map(EditionView::of).toList();
    }

    @Operation(
            operationId = "generateReport",
            summary = "Generate the next edition of the report as PDF and DOCX from the data as they are now")
    @APIResponseSchema(value = EditionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("editions")
    public Response generate(@PathParam("fiscalYear") String fiscalYear, @Context UriInfo uri) {
        ReportEdition edition = editions.generate(fiscalYear);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(edition.getEdition() + "/report.pdf")
                        .build())
                .entity(EditionView.of(edition))
                .build();
    }

    @Operation(operationId = "downloadReportPdf", summary = "An edition of the report as a tagged PDF")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @GET
    @Path("editions/{edition}/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("fiscalYear") String fiscalYear, @PathParam("edition") int edition) {
        ReportEdition report = editions.edition(fiscalYear, edition);
        return download(report.getPdf(), "application/pdf", fileName(report, "pdf"));
    }

    @Operation(operationId = "downloadReportDocx", summary = "An edition of the report as a Word document")
    @APIResponse(responseCode = "200", description = "The DOCX", content = @Content(mediaType = DOCX))
    @GET
    @Path("editions/{edition}/report.docx")
    @Produces(DOCX)
    public Response docx(@PathParam("fiscalYear") String fiscalYear, @PathParam("edition") int edition) {
        ReportEdition report = editions.edition(fiscalYear, edition);
        return download(report.getDocx(), DOCX, fileName(report, "docx"));
    }

    /** e.g. good-practice-report-FY2016-17-edition-2.pdf */
    static String fileName(ReportEdition report, String extension) {
        return "good-practice-report-FY" + report.getFiscalYear().replace('/', '-') + "-edition-" + report.getEdition()
                + "." + extension;
    }

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
