package org.rocbap.survey.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One draft of one of the head's texts; drafts are never changed, a new save is a new draft. */
@Entity
@Table(name = "report_text")
@NamedQuery(
        name = ReportText.DRAFTS,
        query = "SELECT t FROM ReportText t WHERE t.fiscalYear = :fiscalYear ORDER BY t.part, t.draft DESC")
public class ReportText implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String DRAFTS = "ReportText.drafts";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_text_seq")
    @SequenceGenerator(name = "report_text_seq", sequenceName = "report_text_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private String fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportPart part;

    @Column(nullable = false, updatable = false)
    private int draft;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    protected ReportText() {}

    public ReportText(String fiscalYear, ReportPart part, int draft, String body, String by, OffsetDateTime at) {
        this.fiscalYear = fiscalYear;
        this.part = part;
        this.draft = draft;
        this.body = body;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public ReportPart getPart() {
        return part;
    }

    public int getDraft() {
        return draft;
    }

    public String getBody() {
        return body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
