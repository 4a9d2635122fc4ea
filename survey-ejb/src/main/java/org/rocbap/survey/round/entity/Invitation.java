package org.rocbap.survey.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * The questionnaire sent to one participant in a round: when it went, when the reply is due (the date
 * {@code Reply.late} is decided against), and the personal link it carries: its token is derived
 * from the nonce kept here and the server's secret, and found again by its SHA-256.
 */
@Entity
@NamedQuery(
        name = Invitation.FIND_BY_TOKEN,
        query = "SELECT i FROM Invitation i JOIN FETCH i.participant WHERE i.tokenSha256 = :hash")
@NamedQuery(
        name = Invitation.FIND_BY_PARTICIPANT,
        query = "SELECT i FROM Invitation i WHERE i.participant = :participant AND i.supersededAt IS NULL")
@NamedQuery(
        name = Invitation.FIND_BY_ROUND,
        query = "SELECT i FROM Invitation i JOIN FETCH i.participant p JOIN FETCH p.workshop"
                + " WHERE i.round = :round ORDER BY p.workshop.code, p.administration, p.name")
@NamedQuery(
        name = Invitation.INVITED_PARTICIPANTS_OF_ROUND,
        query = "SELECT i.participant.id FROM Invitation i WHERE i.round = :round")
public class Invitation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_TOKEN = "Invitation.findByToken";
    public static final String FIND_BY_PARTICIPANT = "Invitation.findByParticipant";
    public static final String FIND_BY_ROUND = "Invitation.findByRound";
    public static final String INVITED_PARTICIPANTS_OF_ROUND = "Invitation.invitedParticipantsOfRound";

    @Id
    @SequenceGenerator(name = "invitation_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private SurveyRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id", updatable = false)
    private Invitation replaces;

    @Column(name = "successor_name", updatable = false)
    private String successorName;

    @Column(name = "successor_email", updatable = false)
    private String successorEmail;

    @Column(name = "successor_language", updatable = false)
    private String successorLanguage;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "link_nonce", nullable = false, updatable = false)
    private String linkNonce;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "link_expires_on", nullable = false)
    private LocalDate linkExpiresOn;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_response")
    private NonResponse nonResponse;

    @Column(name = "non_response_note")
    private String nonResponseNote;

    @Column(name = "non_response_by")
    private String nonResponseBy;

    @Column(name = "non_response_at")
    private OffsetDateTime nonResponseAt;

    @Version
    private long version;

    protected Invitation() {}

    public Invitation(
            SurveyRound round,
            Participant participant,
            LocalDate sentOn,
            LocalDate dueOn,
            String linkNonce,
            String tokenSha256,
            LocalDate linkExpiresOn) {
        Invariant.require(!dueOn.isBefore(sentOn), "a reply is due after the questionnaire is sent");
        Invariant.require(tokenSha256 != null && tokenSha256.length() == 64, "a link is kept as its SHA-256");
        this.round = round;
        this.participant = participant;
        this.sentOn = sentOn;
        this.dueOn = dueOn;
        this.linkNonce = linkNonce;
        this.tokenSha256 = tokenSha256;
        this.linkExpiresOn = linkExpiresOn;
    }

    /**
     * Hands the questionnaire over to the participant's successor: a new invitation for the same
     * participant, to the successor's address, with its own link and due date. This one ends (its link
     * opens nothing) and is kept, with the reason the participant cannot reply, for the record.
     */
    public Invitation handOver(
            String name,
            String email,
            String language,
            LocalDate today,
            LocalDate due,
            String nonce,
            String hash,
            String by,
            OffsetDateTime at) {
        Invariant.require(!isSuperseded(), "an invitation is handed over once");
        Invariant.require(email != null && email.contains("@"), "a successor has an address");
        Invitation successor = new Invitation(round, participant, today, due, nonce, hash, linkExpiresOn);
        successor.replaces = this;
        successor.successorName = name;
        successor.successorEmail = email;
        successor.successorLanguage = language;
        revoke(by, at);
        supersededAt = at;
        return successor;
    }

    /** Whether a successor's invitation replaced this one. */
    public boolean isSuperseded() {
        return supersededAt != null;
    }

    /** The invitation this one replaced, when it went to a successor. */
    public Invitation getReplaces() {
        return replaces;
    }

    /** Who the questionnaire goes to: the successor it was handed over to, or the participant. */
    public String recipientName() {
        return successorName != null ? successorName : participant.getName();
    }

    public String recipientEmail() {
        return successorEmail != null ? successorEmail : participant.getEmail();
    }

    public Locale recipientLocale() {
        return successorLanguage != null ? Locale.forLanguageTag(successorLanguage) : participant.locale();
    }

    /** Ends the personal link: it opens nothing any more. */
    public void revoke(String by, OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /** Records why the participant does not reply ({@code null} when they may after all). */
    public void explainNonResponse(NonResponse reason, String note, String by, OffsetDateTime at) {
        nonResponse = reason;
        nonResponseNote = reason == null ? null : note;
        nonResponseBy = by;
        nonResponseAt = at;
    }

    /** Whether the participant cannot reply, for a reason on record: no reminders, not in the net rate. */
    public boolean isExcused() {
        return nonResponse != null;
    }

    public NonResponse getNonResponse() {
        return nonResponse;
    }

    public String getNonResponseNote() {
        return nonResponseNote;
    }

    public String getNonResponseBy() {
        return nonResponseBy;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether the link has expired on {@code today} (it works through its last day). */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(linkExpiresOn);
    }

    public String getLinkNonce() {
        return linkNonce;
    }

    public Long getId() {
        return id;
    }

    public SurveyRound getRound() {
        return round;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getLinkExpiresOn() {
        return linkExpiresOn;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public long getVersion() {
        return version;
    }
}
