package org.rocbap.survey.web.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.rocbap.survey.publication.boundary.ExampleService;
import org.rocbap.survey.publication.boundary.ExampleService.Candidate;
import org.rocbap.survey.publication.boundary.ExampleService.CandidateFilter;
import org.rocbap.survey.publication.boundary.ReportEditionService;
import org.rocbap.survey.publication.boundary.ReportTextService;
import org.rocbap.survey.publication.entity.QuotedQuestion;
import org.rocbap.survey.publication.entity.ReportEdition;
import org.rocbap.survey.publication.entity.ReportExample;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.publication.entity.ReportText;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.workshop.boundary.WorkshopService;

/**
 * Backs {@code report/publication.xhtml}: staff quote answers and curate the examples, the head
 * writes the report's texts, and either generates an edition and downloads it.
 */
@Named
@ViewScoped
public class PublicationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "publication";

    @Inject
    private ExampleService examples;

    @Inject
    private ReportTextService texts;

    @Inject
    private ReportEditionService editions;

    @Inject
    private WorkshopService workshops;

    private List<String> fiscalYears = List.of();
    private String fiscalYear;
    private QuotedQuestion question = QuotedQuestion.Q5_MODERNIZATION;
    private String workshop;
    private String administration;
    private List<ReportExample> curated = List.of();
    private final Map<Long, String> wordings = new HashMap<>();
    // Ids as text: JSF cannot see a map's value type and would store a String anyway.
    private final Map<Long, String> mergeTargets = new HashMap<>();
    private final Map<ReportPart, String> bodies = new EnumMap<>(ReportPart.class);
    private Map<ReportPart, ReportText> latest = new EnumMap<>(ReportPart.class);
    private List<ReportEdition> generated = List.of();

    private final LazyDataModel<Candidate> candidates = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) read(new Slice(0, 1)).total();
        }

        @Override
        public List<Candidate> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<Candidate> page = read(new Slice(first, Math.max(1, pageSize)));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Candidate candidate) {
            return String.valueOf(candidate.replyId());
        }
    };

    private Page<Candidate> read(Slice slice) {
        if (fiscalYear == null) {
            return new Page<>(List.of(), 0);
        }
        return examples.candidates(new CandidateFilter(fiscalYear, question, workshop, administration), slice);
    }

    /** Opens the {@code fy} parameter's year, or the latest with workshops. */
    public void load() {
        fiscalYears = workshops.fiscalYears();
        if ((fiscalYear == null || fiscalYear.isBlank()) && !fiscalYears.isEmpty()) {
            fiscalYear = fiscalYears.get(0);
        }
        show();
    }

    /** Reads the chosen year's examples, texts and editions. */
    public void show() {
        if (fiscalYear == null) {
            return;
        }
        try {
            curated = examples.examples(fiscalYear);
        } catch (WorkflowException e) {
            // An address with a year that is none: say so, and show no year rather than fail.
            PageMessages.show(e, FORM);
            fiscalYear = null;
            return;
        }
        wordings.clear();
        curated.forEach(e -> wordings.put(e.getId(), e.getWording()));
        latest = texts.latest(fiscalYear);
        bodies.clear();
        for (ReportPart part : ReportPart.values()) {
            ReportText text = latest.get(part);
            bodies.put(part, text == null ? "" : text.getBody());
        }
        generated = editions.editions(fiscalYear);
    }

    public void quote(Candidate candidate) {
        if (PageMessages.attempt(FORM, () -> examples.quote(candidate.replyId(), candidate.question()))) {
            PageMessages.info("publication.quoted", candidate.administration());
            show();
        }
    }

    public void reword(ReportExample example) {
        if (PageMessages.attempt(
                FORM, () -> examples.reword(example.getId(), example.getVersion(), wordings.get(example.getId())))) {
            PageMessages.info("publication.reworded");
            show();
        }
    }

    public void move(ReportExample example, int by) {
        if (PageMessages.attempt(FORM, () -> examples.place(example.getId(), example.getPosition() + by))) {
            show();
        }
    }

    public void merge(ReportExample example) {
        String other = mergeTargets.get(example.getId());
        if (other == null || other.isBlank()) {
            PageMessages.error("publication.chooseMerge");
            return;
        }
        if (PageMessages.attempt(FORM, () -> examples.merge(example.getId(), Long.valueOf(other)))) {
            PageMessages.info("publication.merged");
            show();
        }
    }

    public void remove(ReportExample example) {
        if (PageMessages.attempt(FORM, () -> examples.remove(example.getId()))) {
            PageMessages.info("publication.removed");
            show();
        }
    }

    public void saveText(ReportPart part) {
        if (PageMessages.attempt(FORM, () -> texts.save(fiscalYear, part, bodies.get(part)))) {
            show();
            PageMessages.info("publication.textSaved", latest.get(part).getDraft());
        }
    }

    public void generate() {
        if (PageMessages.attempt(FORM, () -> editions.generate(fiscalYear))) {
            show();
            PageMessages.info("publication.generated", generated.get(0).getEdition());
        }
    }

    /** The examples of one question in print order. */
    public List<ReportExample> examplesOf(QuotedQuestion q) {
        return curated.stream().filter(e -> e.getQuestion() == q).toList();
    }

    /** The other examples of the same question, which this one may be merged with. */
    public List<ReportExample> mergeable(ReportExample example) {
        List<ReportExample> others = new ArrayList<>(examplesOf(example.getQuestion()));
        others.remove(example);
        return others;
    }

    /** The API path an edition's file downloads from; the session cookie signs the request. */
    public String download(ReportEdition edition, String extension) {
        return "/api/v1/rounds/" + edition.getFiscalYear().replace('/', '-') + "/report/editions/"
                + edition.getEdition() + "/report." + extension;
    }

    public LazyDataModel<Candidate> getCandidates() {
        return candidates;
    }

    public QuotedQuestion[] getQuestions() {
        return QuotedQuestion.values();
    }

    public ReportPart[] getParts() {
        return ReportPart.values();
    }

    public List<String> getFiscalYears() {
        return fiscalYears;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public QuotedQuestion getQuestion() {
        return question;
    }

    public void setQuestion(QuotedQuestion question) {
        this.question = question;
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public Map<Long, String> getWordings() {
        return wordings;
    }

    public Map<Long, String> getMergeTargets() {
        return mergeTargets;
    }

    public Map<ReportPart, String> getBodies() {
        return bodies;
    }

    public Map<ReportPart, ReportText> getLatest() {
        return latest;
    }

    public List<ReportEdition> getGenerated() {
        return generated;
    }
}
