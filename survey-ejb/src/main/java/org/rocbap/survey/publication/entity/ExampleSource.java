package org.rocbap.survey.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rocbap.survey.questionnaire.entity.Reply;

/**
 * A reply an example quotes, with its administration's consent. An approval holds for the wording
 * the focal point saw: a changed wording asks again.
 */
@Entity
@Table(name = "example_source")
@NamedQuery(
        name = ExampleSource.PENDING_FOR,
        query = "SELECT s FROM ExampleSource s WHERE s.administration = :administration"
                + " AND s.consent = org.rocbap.survey.publication.entity.Consent.REQUESTED"
                + " ORDER BY s.example.fiscalYear DESC, s.id")
public class ExampleSource implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String PENDING_FOR = "ExampleSource.pendingFor";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "example_source_seq")
    @SequenceGenerator(name = "example_source_seq", sequenceName = "example_source_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "example_id")
    private ReportExample example;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reply_id", updatable = false)
    private Reply reply;

    @Column(name = "administration_code", nullable = false, updatable = false)
    private String administration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent = Consent.REQUESTED;

    @Column(name = "decided_wording")
    private String decidedWording;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected ExampleSource() {}

    ExampleSource(ReportExample example, Reply reply) {
        this.example = example;
        this.reply = reply;
        this.administration = reply.getParticipant().getAdministration();
    }

    /** The focal point's decision on the example's current wording. */
    public void decide(boolean approve, String comment, String by, OffsetDateTime at) {
        consent = approve ? Consent.APPROVED : Consent.DECLINED;
        decidedWording = example.getWording();
        decisionComment = comment;
        decidedBy = by;
        decidedAt = at;
    }

    /** Asks again unless the administration already approved exactly this wording. */
    void askAgainUnlessApproved(String wording) {
        if (!isApprovedFor(wording)) {
            consent = Consent.REQUESTED;
        }
    }

    private boolean isApprovedFor(String wording) {
        return consent == Consent.APPROVED && Objects.equals(decidedWording, wording);
    }

    /** Whether the report may quote this administration with the example's current wording. */
    public boolean isApproved() {
        return isApprovedFor(example.getWording());
    }

    void moveTo(ReportExample target) {
        example = target;
        askAgainUnlessApproved(target.getWording());
    }

    /** What the audit trail keeps of a consent. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("consent", consent);
        snapshot.put("wording", decidedWording != null ? decidedWording : example.getWording());
        snapshot.put("comment", decisionComment);
        return snapshot;
    }

    public Long getId() {
        return id;
    }

    public ReportExample getExample() {
        return example;
    }

    public Reply getReply() {
        return reply;
    }

    public String getAdministration() {
        return administration;
    }

    public String getWorkshopCode() {
        return reply.getParticipant().getWorkshop().getCode();
    }

    public String getWorkshopTitle() {
        return reply.getParticipant().getWorkshop().getTitle();
    }

    public Consent getConsent() {
        return consent;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
