package org.rocbap.survey.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change to a follow-up record: who, when, what. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";

    @Id
    @SequenceGenerator(name = "audit_entry_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(name = "administration_code", length = 3)
    private String administration;

    @Column(nullable = false)
    private String subject;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String changes;

    protected AuditEntry() {}

    public AuditEntry(
            OffsetDateTime at,
            String actor,
            String administration,
            String subject,
            Long subjectId,
            String action,
            String changes) {
        this.at = at;
        this.actor = actor;
        this.administration = administration;
        this.subject = subject;
        this.subjectId = subjectId;
        this.action = action;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAdministration() {
        return administration;
    }

    public String getSubject() {
        return subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
