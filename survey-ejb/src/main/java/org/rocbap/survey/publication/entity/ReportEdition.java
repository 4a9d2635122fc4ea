package org.rocbap.survey.publication.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A generated report kept as it was published: its PDF and DOCX stay the same even when the data
 * change later; generating again makes the next edition.
 */
@Entity
@Table(name = "report_edition")
@NamedQuery(
        name = ReportEdition.OF_YEAR,
        query = "SELECT e FROM ReportEdition e WHERE e.fiscalYear = :fiscalYear ORDER BY e.edition DESC")
@NamedQuery(
        name = ReportEdition.BY_NUMBER,
        query = "SELECT e FROM ReportEdition e WHERE e.fiscalYear = :fiscalYear AND e.edition = :edition")
@NamedQuery(
        name = ReportEdition.LAST_NUMBER,
        query = "SELECT MAX(e.edition) FROM ReportEdition e WHERE e.fiscalYear = :fiscalYear")
public class ReportEdition implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String OF_YEAR = "ReportEdition.ofYear";
    public static final String BY_NUMBER = "ReportEdition.byNumber";
    public static final String LAST_NUMBER = "ReportEdition.lastNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_edition_seq")
    @SequenceGenerator(name = "report_edition_seq", sequenceName = "report_edition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private String fiscalYear;

    @Column(nullable = false, updatable = false)
    private int edition;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private OffsetDateTime generatedAt;

    @Column(name = "generated_by", nullable = false, updatable = false)
    private String generatedBy;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] docx;

    protected ReportEdition() {}

    public ReportEdition(String fiscalYear, int edition, OffsetDateTime at, String by, byte[] pdf, byte[] docx) {
        this.fiscalYear = fiscalYear;
        this.edition = edition;
        this.generatedAt = at;
        this.generatedBy = by;
        this.pdf = pdf;
        this.docx = docx;
    }

    public Long getId() {
        return id;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public int getEdition() {
        return edition;
    }

    public OffsetDateTime getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public byte[] getDocx() {
        return docx;
    }
}
