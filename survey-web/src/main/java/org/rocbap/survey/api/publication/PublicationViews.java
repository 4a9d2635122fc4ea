package org.rocbap.survey.api.publication;

import java.time.OffsetDateTime;
import java.util.List;
import org.rocbap.survey.publication.boundary.ExampleService.Candidate;
import org.rocbap.survey.publication.entity.Consent;
import org.rocbap.survey.publication.entity.ExampleSource;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportEdition;
import org.rocbap.survey.publication.entity.ReportExample;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.publication.entity.ReportText;

/** What the API answers about the report's examples, consents, texts and editions. */
public final class PublicationViews {

    private PublicationViews() {}

    public record CandidateView(
            long replyId,
            QuotedQuestion question,
            String text,
            String administration,
            String workshopCode,
            String workshopTitle,
            Long exampleId) {
        static CandidateView of(Candidate c) {
            return new CandidateView(
                    c.replyId(),
                    c.question(),
                    c.text(),
                    c.administration(),
                    c.workshopCode(),
                    c.workshopTitle(),
                    c.exampleId());
        }
    }

    /** @param approved whether this administration's consent covers the current wording */
    public record SourceView(
            long id,
            long replyId,
            String administration,
            String workshopCode,
            Consent consent,
            boolean approved,
            String comment,
            String decidedBy,
            OffsetDateTime decidedAt) {
        static SourceView of(ExampleSource s) {
            return new SourceView(
                    s.getId(),
                    s.getReply().getId(),
                    s.getAdministration(),
                    s.getWorkshopCode(),
                    s.getConsent(),
                    s.isApproved(),
                    s.getDecisionComment(),
                    s.getDecidedBy(),
                    s.getDecidedAt());
        }
    }

    public record ExampleView(
            long id,
            String fiscalYear,
            QuotedQuestion question,
            int position,
            String wording,
            String editedBy,
            OffsetDateTime editedAt,
            List<SourceView> sources,
            long version) {
        static ExampleView of(ReportExample e) {
            return new ExampleView(
                    e.getId(),
                    e.getFiscalYear(),
                    e.getQuestion(),
                    e.getPosition(),
                    e.getWording(),
                    e.getEditedBy(),
                    e.getEditedAt(),
                    e.getSources().stream().map(SourceView::of).toList(),
                    e.getVersion());
        }
    }

    /** A consent request as the focal point sees it: the exact wording to approve. */
    public record ConsentRequestView(
            long id,
            long exampleId,
            String fiscalYear,
            QuotedQuestion question,
            String wording,
            String answer,
            String administration,
            String workshopCode,
            String workshopTitle,
            Consent consent,
            long exampleVersion) {
        static ConsentRequestView of(ExampleSource s) {
            ReportExample example = s.getExample();
            return new ConsentRequestView(
                    s.getId(),
                    example.getId(),
                    example.getFiscalYear(),
                    example.getQuestion(),
                    example.getWording(),
                    example.getQuestion().answerIn(s.getReply().getAnswers()),
                    s.getAdministration(),
                    s.getWorkshopCode(),
                    s.getWorkshopTitle(),
                    s.getConsent(),
                    example.getVersion());
        }
    }

    public record TextView(
            String fiscalYear, ReportPart part, int draft, String body, String writtenBy, OffsetDateTime writtenAt) {
        static TextView of(ReportText t) {
            return new TextView(
                    t.getFiscalYear(), t.getPart(), t.getDraft(), t.getBody(), t.getWrittenBy(), t.getWrittenAt());
        }
    }

    public record EditionView(
            String fiscalYear, int edition, OffsetDateTime generatedAt, String generatedBy, String pdf, String docx) {
        static EditionView of(ReportEdition e) {
            String base = "rounds/" + e.getFiscalYear().replace('/', '-') + "/report/editions/" + e.getEdition();
            return new EditionView(
                    e.getFiscalYear(),
                    e.getEdition(),
                    e.getGeneratedAt(),
                    e.getGeneratedBy(),
                    base + "/report.pdf",
                    base + "/report.docx");
        }
    }
}
