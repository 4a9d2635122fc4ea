package org.rocbap.survey.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * One mail to one recipient, written in the transaction of the event that causes it (an invitation,
 * a reminder, a round closed) and delivered afterwards. Its event key is unique, so that an event
 * handled twice (a timer that fires twice, on one node or two) writes one mail.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "SELECT m.id FROM OutboxMessage m WHERE m.state = org.rocbap.survey.mail.entity.MailState.PENDING"
                + " AND m.nextAttemptAt <= :now AND NOT EXISTS (SELECT r FROM SurveyRound r"
                + " WHERE r.id = m.roundId AND r.mailPaused = TRUE) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMessage.COUNT_BY_KEY, query = "SELECT count(m) FROM OutboxMessage m WHERE m.eventKey = :key")
@NamedQuery(
        name = OutboxMessage.FIND_BY_ROUND,
        query = "SELECT m FROM OutboxMessage m WHERE m.roundId = :round ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMessage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String DUE = "OutboxMessage.due";
    public static final String COUNT_BY_KEY = "OutboxMessage.countByKey";
    public static final String FIND_BY_ROUND = "OutboxMessage.findByRound";

    /** After this many failed attempts a message is given up and shown to staff, who may resend it. */
    public static final int MAX_ATTEMPTS = 10;

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(2);

    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    private Long id;

    @Column(name = "event_key", nullable = false, updatable = false)
    private String eventKey;

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "workshop_id", updatable = false)
    private Long workshopId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailState state = MailState.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", updatable = false)
    private String attachmentType;

    // Read only when the message is sent; the lists of a round's mail never load it.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment", updatable = false)
    private byte[] attachment;

    @Version
    private long version;

    protected OutboxMessage() {}

    public OutboxMessage(
            String eventKey,
            Long roundId,
            Long workshopId,
            String kind,
            String recipient,
            String subject,
            String body,
            OffsetDateTime now,
            OffsetDateTime firstAttempt) {
        Invariant.require(eventKey != null && !eventKey.isBlank(), "a message says which event it is for");
        Invariant.require(recipient != null && recipient.contains("@"), "a message goes to an address");
        this.eventKey = eventKey;
        this.roundId = roundId;
        this.workshopId = workshopId;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        Invariant.require(!firstAttempt.isBefore(now), "a message is sent once it is written, or later");
        this.createdAt = now;
        this.nextAttemptAt = firstAttempt;
    }

    /** Attaches a file (set before the message is first written). */
    public void attach(String name, String type, byte[] content) {
        Invariant.require(
                name != null && type != null && content != null, "an attachment has a name, a type and content");
        attachmentName = name;
        attachmentType = type;
        attachment = content.clone();
    }

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    public void delivered(OffsetDateTime at) {
        state = MailState.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /**
     * A failed attempt: the next one waits twice as long as the last (1, 2, 4 ... minutes, at most two
     * hours), and after {@link #MAX_ATTEMPTS} the message is given up.
     */
    public void failed(String error, OffsetDateTime at) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            state = MailState.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /**
     * The recipient's server refused the address for good: trying again would bring the same answer,
     * so the message is given up at once (staff may still resend it, once the address is corrected).
     */
    public void bounced(String error, OffsetDateTime at) {
        attempts++;
        lastError =
                "Bounced: " + (error == null ? "address refused" : error.substring(0, Math.min(error.length(), 990)));
        state = MailState.FAILED;
        nextAttemptAt = at;
    }

    /** Staff send a given-up message again (or hurry a waiting one): it goes at the next delivery. */
    public void resend(OffsetDateTime at) {
        if (isResendable()) {
            state = MailState.PENDING;
            nextAttemptAt = at;
        }
    }

    /** Whether staff may send it again: any message not delivered yet. */
    public boolean isResendable() {
        return state != MailState.SENT;
    }

    /** When it was delivered, or, until then, when the next attempt is due. */
    public OffsetDateTime getSentOrNextAttemptAt() {
        return state == MailState.SENT ? sentAt : nextAttemptAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventKey() {
        return eventKey;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getVersion() {
        return version;
    }
}
