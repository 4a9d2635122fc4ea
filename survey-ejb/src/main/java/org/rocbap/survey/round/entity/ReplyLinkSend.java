package org.rocbap.survey.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * A send from a personal link's page that the server took, under the idempotency key the page chose
 * for it, with what it answered. The page sends again until it hears back; the same key then gets
 * this receipt, and the reply is not saved a second time.
 */
@Entity
@Table(name = "reply_link_send")
public class ReplyLinkSend {

    /** Keys the page makes (a UUID) and a little room; never the reply's content. */
    public static final int KEY_LENGTH = 64;

    @Id
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Column(name = "reply_version", nullable = false, updatable = false)
    private long replyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_status", nullable = false, updatable = false)
    private ReplyStatus replyStatus;

    @Column(name = "submitted_on", updatable = false)
    private LocalDate submittedOn;

    @Column(name = "late", nullable = false, updatable = false)
    private boolean late;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Version
    private long version;

    protected ReplyLinkSend() {}

    /** The receipt of a send that saved {@code reply} as it now stands. */
    public ReplyLinkSend(String idempotencyKey, Reply reply, OffsetDateTime receivedAt) {
        Invariant.require(
                idempotencyKey != null && !idempotencyKey.isBlank() && idempotencyKey.length() <= KEY_LENGTH,
                "an idempotency key has 1 to 64 characters");
        this.idempotencyKey = idempotencyKey;
        this.participant = reply.getParticipant();
        this.replyVersion = reply.getVersion();
        this.replyStatus = reply.getStatus();
        this.submittedOn = reply.getSubmittedOn();
        this.late = reply.isLate();
        this.receivedAt = receivedAt;
    }

    /** Whether this send came through {@code participant}'s link (a key is only ever theirs). */
    public boolean isFrom(Participant other) {
        return participant.getId().equals(other.getId());
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public long getReplyVersion() {
        return replyVersion;
    }

    public ReplyStatus getReplyStatus() {
        return replyStatus;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public boolean isLate() {
        return late;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }
}
