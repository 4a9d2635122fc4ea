package org.rocbap.survey.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.entity.Participant;

/**
 * A participant's reply to the follow-up questionnaire of their workshop: one per participant. It
 * starts as a draft; once submitted it counts in the tables and stays submitted, even when edited.
 */
@Entity
@NamedQuery(name = Reply.FIND_BY_PARTICIPANT, query = "SELECT r FROM Reply r WHERE r.participant = :participant")
@NamedQuery(
        name = Reply.FIND_SUBMITTED_BY_FISCAL_YEAR,
        query =
                "SELECT r FROM Reply r JOIN FETCH r.participant p JOIN FETCH p.workshop w"
                        + " WHERE w.fiscalYear = :fiscalYear AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED")
public class Reply implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_PARTICIPANT = "Reply.findByParticipant";
    public static final String FIND_SUBMITTED_BY_FISCAL_YEAR = "Reply.findSubmittedByFiscalYear";

    @Id
    @SequenceGenerator(name = "reply_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_id")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyStatus status = ReplyStatus.DRAFT;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    private boolean late;

    @Embedded
    private ReplyAnswers answers = new ReplyAnswers();

    @ManyToMany
    @JoinTable(
            name = "reply_in_house_workshop",
            joinColumns = @JoinColumn(name = "reply_id"),
            inverseJoinColumns = @JoinColumn(name = "in_house_workshop_id"))
    private Set<InHouseWorkshop> inHouseWorkshops = new LinkedHashSet<>();

    @Version
    private long version;

    protected Reply() {}

    public Reply(Participant participant) {
        this.participant = participant;
    }

    public void answer(ReplyAnswers given, Set<InHouseWorkshop> linked) {
        answers = given.copy();
        inHouseWorkshops.clear();
        inHouseWorkshops.addAll(linked);
    }

    /** Submits the reply on that day; a reply already submitted keeps its first submission date. */
    public void submit(LocalDate on, LocalDate due) {
        if (status == ReplyStatus.SUBMITTED) {
            return;
        }
        status = ReplyStatus.SUBMITTED;
        submittedOn = on;
        late = on.isAfter(due);
    }

    /** Records a submission whose date is known from elsewhere (an imported round). */
    public void submittedOn(LocalDate on, LocalDate due) {
        status = ReplyStatus.SUBMITTED;
        submittedOn = on;
        late = on.isAfter(due);
    }

    /** A copy: the answers change through {@link #answer} only. */
    public ReplyAnswers getAnswers() {
        return answers == null ? new ReplyAnswers() : answers.copy();
    }

    /** What the audit trail records: the status and every answer under its own name. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("submittedOn", submittedOn);
        fields.putAll(getAnswers().fields());
        fields.put(
                "inHouseWorkshops",
                inHouseWorkshops.stream()
                        .map(InHouseWorkshop::getId)
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ReplyStatus getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return status == ReplyStatus.SUBMITTED;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public boolean isLate() {
        return late;
    }

    public Set<InHouseWorkshop> getInHouseWorkshops() {
        return Set.copyOf(inHouseWorkshops);
    }

    public long getVersion() {
        return version;
    }
}
