package org.rocbap.survey.publication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.publication.control.DocxReportLayout;
import org.rocbap.survey.publication.control.GoodPracticeReport;
import org.rocbap.survey.publication.control.PdfReportLayout;
import org.rocbap.survey.publication.control.ReportContent;
import org.rocbap.survey.publication.control.ReportContent.Quote;
import org.rocbap.survey.publication.control.ReportContent.Source;
import org.rocbap.survey.publication.entity.ExampleSource;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportEdition;
import org.rocbap.survey.publication.entity.ReportExample;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Generating the Good Practice Report of a round, as PDF and DOCX, and keeping each edition as it was
 * generated: a published edition never changes, generating again makes the next one.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ReportEditionService {

    private static final String LANGUAGE = "en";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private RoundReportService rounds;

    @Inject
    private TrendService trends;

    @Inject
    private ExampleService examples;

    @Inject
    private ReportTextService texts;

    @Inject
    private AdministrationService administrations;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Generates the next edition of the year's report from the data as they are now.
     *
     * @throws WorkflowException if the year has no submitted reply to report on
     */
    public ReportEdition generate(String fiscalYear) {
        String year = FiscalYear.parseOrRefuse(fiscalYear).label();
        RoundSummary summary = rounds.summary(year);
        if (summary.totals().replies() == 0) {
            throw new WorkflowException(RuleViolation.of("fiscalYear", "report.noReplies", year));
        }
        Integer last = em.createNamedQuery(ReportEdition.LAST_NUMBER, Integer.class)
                .setParameter("fiscalYear", year)
                .getSingleResult();
        int number = last == null ? 1 : last + 1;
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        ReportContent content = new ReportContent(
                year,
                number,
                LocalDate.now(clock),
                summary,
                trends.trend().stream()
                        .filter(p -> p.fiscalYear().compareTo(year) <= 0)
                        .toList(),
                headsTexts(year),
                quotes(year));
        byte[] pdf = GoodPracticeReport.write(content, new PdfReportLayout(LANGUAGE));
        byte[] docx = GoodPracticeReport.write(content, new DocxReportLayout(LANGUAGE));
        ReportEdition edition =
                new ReportEdition(year, number, now, callerService.current().username(), pdf, docx);
        em.persist(edition);
        em.flush();
        audit.record(
                "ReportEdition",
                edition.getId(),
                null,
                "generated",
                Map.of(),
                Map.of("fiscalYear", year, "edition", number));
        return edition;
    }

    /** The year's editions, the latest first. */
    public List<ReportEdition> editions(String fiscalYear) {
        return em.createNamedQuery(ReportEdition.OF_YEAR, ReportEdition.class)
                .setParameter("fiscalYear", FiscalYear.parseOrRefuse(fiscalYear).label())
                .getResultList();
    }

    public ReportEdition edition(String fiscalYear, int number) {
        return em.createNamedQuery(ReportEdition.BY_NUMBER, ReportEdition.class)
                .setParameter("fiscalYear", FiscalYear.parseOrRefuse(fiscalYear).label())
                .setParameter("edition", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("report edition", fiscalYear + " #" + number));
    }

    private Map<ReportPart, String> headsTexts(String year) {
        Map<ReportPart, String> bodies = new EnumMap<>(ReportPart.class);
        texts.latest(year).forEach((part, text) -> bodies.put(part, text.getBody()));
        return bodies;
    }

    /** The approved examples under each question, each naming only the administrations that approved. */
    private Map<QuotedQuestion, List<Quote>> quotes(String year) {
        Map<String, String> names = administrations.listAll().stream()
                .collect(Collectors.toMap(Administration::getCode, Administration::getName));
        Map<QuotedQuestion, List<Quote>> quotes = new EnumMap<>(QuotedQuestion.class);
        for (ReportExample example : examples.examples(year)) {
            List<ExampleSource> approved = example.approvedSources();
            if (!approved.isEmpty()) {
                quotes.computeIfAbsent(example.getQuestion(), q -> new ArrayList<>())
                        .add(new Quote(example.getWording(), sources(approved, names)));
            }
        }
        return quotes;
    }

    private static List<Source> sources(List<ExampleSource> approved, Map<String, String> names) {
        Map<String, List<String>> byWorkshop = new LinkedHashMap<>();
        approved.forEach(s -> byWorkshop
                .computeIfAbsent(s.getWorkshopTitle(), w -> new ArrayList<>())
                .add(names.getOrDefault(s.getAdministration(), s.getAdministration())));
        return byWorkshop.entrySet().stream()
                .map(e -> new Source(e.getValue().stream().sorted().toList(), e.getKey()))
                .toList();
    }
}
