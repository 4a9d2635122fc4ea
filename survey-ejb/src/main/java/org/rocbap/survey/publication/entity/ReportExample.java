package org.rocbap.survey.publication.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.questionnaire.entity.Reply;

/**
 * One line of the report under a question: the wording to publish (edited by staff, the reply itself
 * never changes) and the replies it quotes, one per administration that gave the example.
 */
@Entity
@Table(name = "report_example")
@NamedQuery(
        name = ReportExample.OF_YEAR,
        query = "SELECT e FROM ReportExample e WHERE e.fiscalYear = :fiscalYear ORDER BY e.question, e.position, e.id")
@NamedQuery(
        name = ReportExample.LAST_POSITION,
        query =
                "SELECT MAX(e.position) FROM ReportExample e WHERE e.fiscalYear = :fiscalYear AND e.question = :question")
public class ReportExample implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String OF_YEAR = "ReportExample.ofYear";
    public static final String LAST_POSITION = "ReportExample.lastPosition";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_example_seq")
    @SequenceGenerator(name = "report_example_seq", sequenceName = "report_example_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private String fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private QuotedQuestion question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String wording;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private OffsetDateTime editedAt;

    @OneToMany(mappedBy = "example", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("administration")
    private List<ExampleSource> sources = new ArrayList<>();

    @Version
    private long version;

    protected ReportExample() {}

    public ReportExample(
            String fiscalYear, QuotedQuestion question, int position, Reply reply, String by, OffsetDateTime at) {
        this.fiscalYear = fiscalYear;
        this.question = question;
        this.position = position;
        this.wording = question.answerIn(reply.getAnswers()).strip();
        this.editedBy = by;
        this.editedAt = at;
        sources.add(new ExampleSource(this, reply));
    }

    /** A new wording asks every administration again, even one that had approved the old one. */
    public void reword(String newWording, String by, OffsetDateTime at) {
        wording = newWording;
        editedBy = by;
        editedAt = at;
        sources.forEach(s -> s.askAgainUnlessApproved(newWording));
    }

    /** Takes over the other example's replies: the same practice named by several administrations. */
    public List<ExampleSource> absorb(ReportExample other) {
        List<ExampleSource> moved = new ArrayList<>(other.sources);
        other.sources.clear();
        moved.forEach(s -> s.moveTo(this));
        sources.addAll(moved);
        return moved;
    }

    public void placeAt(int newPosition) {
        position = newPosition;
    }

    /** The administrations that approved this wording, alphabetically; the report names only them. */
    public List<ExampleSource> approvedSources() {
        return sources.stream().filter(ExampleSource::isApproved).toList();
    }

    public boolean quotes(Reply reply) {
        return sources.stream().anyMatch(s -> s.getReply().getId().equals(reply.getId()));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("question", question);
        snapshot.put("position", position);
        snapshot.put("wording", wording);
        snapshot.put(
                "administrations",
                sources.stream().map(ExampleSource::getAdministration).toList());
        return snapshot;
    }

    public Long getId() {
        return id;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public QuotedQuestion getQuestion() {
        return question;
    }

    public int getPosition() {
        return position;
    }

    public String getWording() {
        return wording;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public OffsetDateTime getEditedAt() {
        return editedAt;
    }

    public List<ExampleSource> getSources() {
        return sources;
    }

    public long getVersion() {
        return version;
    }
}
