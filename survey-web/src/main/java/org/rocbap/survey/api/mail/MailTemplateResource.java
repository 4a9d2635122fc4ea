package org.rocbap.survey.api.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.boundary.MailTemplateService.Wording;
import org.rocbap.survey.mail.entity.SubjectAndBody;

/** The words of every mail, in English and French, as ROCB A/P staff reword them. */
@Path("mail-templates")
@Produces(MediaType.APPLICATION_JSON)
public class MailTemplateResource {

    @Inject
    private MailTemplateService templates;

    /**
     * One mail's words in one language.
     *
     * @param placeholders how many placeholders it has: {0} to {placeholders - 1}
     * @param linkPlaceholder the placeholder of the personal link, which the body must keep; -1 if none
     * @param reworded whether staff changed it; otherwise it is the product's text
     * @param version send it back when saving; {@code null} while it is the product's text
     */
    public record WordingView(
            String name,
            String language,
            int placeholders,
            int linkPlaceholder,
            String subject,
            String body,
            String productSubject,
            String productBody,
            boolean reworded,
            String changedBy,
            OffsetDateTime changedAt,
            Long version) {

        static WordingView of(Wording w) {
            return new WordingView(
                    w.template().key(),
                    w.language(),
                    w.template().placeholders(),
                    w.template().linkPlaceholder(),
                    w.text().subject(),
                    w.text().body(),
                    w.shipped().subject(),
                    w.shipped().body(),
                    w.reworded(),
                    w.changedBy(),
                    w.changedAt(),
                    w.version());
        }
    }

    /** A subject and body, in MessageFormat: placeholders as {0}, a straight quote doubled. */
    public record MailText(Long version, String subject, String body) {

        /** The words sent; none (an empty request) is a subject and body missing. */
        static SubjectAndBody of(MailText sent) {
            return sent == null ? new SubjectAndBody(null, null) : new SubjectAndBody(sent.subject(), sent.body());
        }
    }

    @Operation(operationId = "listMailTemplates", summary = "Every mail's words in English and French")
    @GET
    public List<WordingView> list() {
        return templates.list().stream().map(WordingView::of).toList();
    }

    @Operation(operationId = "getMailTemplate", summary = "One mail's words in one language (en, fr)")
    @GET
    @Path("{name}/{language}")
    public WordingView get(@PathParam("name") String name, @PathParam("language") String language) {
        return WordingView.of(templates.get(name, language));
    }

    @Operation(
            operationId = "previewMailTemplate",
            summary = "The mail as a recipient would read it with these words, filled in with example values")
    @POST
    @Path("{name}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public MailText preview(@PathParam("name") String name, @PathParam("language") String language, MailText text) {
        SubjectAndBody shown = templates.preview(name, language, MailText.of(text));
        return new MailText(null, shown.subject(), shown.body());
    }

    @Operation(operationId = "saveMailTemplate", summary = "Reword a mail in one language, for every mail from now on")
    @PUT
    @Path("{name}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WordingView save(@PathParam("name") String name, @PathParam("language") String language, MailText text) {
        return WordingView.of(templates.save(name, language, text == null ? null : text.version(), MailText.of(text)));
    }

    @Operation(operationId = "resetMailTemplate", summary = "Go back to the product's words for a mail in one language")
    @DELETE
    @Path("{name}/{language}")
    public WordingView reset(@PathParam("name") String name, @PathParam("language") String language) {
        return WordingView.of(templates.reset(name, language));
    }
}
