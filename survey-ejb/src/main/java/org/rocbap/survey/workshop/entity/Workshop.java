package org.rocbap.survey.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rocbap.survey.shared.rules.Invariant;

/**
 * A WCO sub-/regional workshop organised by the ROCB A/P in a fiscal year.
 *
 * <p>Its dates may lie outside the fiscal year it is filed under: the source reports contain such
 * typos. The workshop keeps the dates as given and {@link #isOutsideFiscalYear() says so}, so that
 * staff can correct the record rather than have it silently accepted or refused.
 */
@Entity
@NamedQuery(
        name = Workshop.FIND_BY_FISCAL_YEAR,
        query = "SELECT w FROM Workshop w WHERE w.fiscalYear = :fiscalYear ORDER BY w.code")
@NamedQuery(
        name = Workshop.COUNT_BY_FISCAL_YEAR,
        query = "SELECT count(w) FROM Workshop w WHERE w.fiscalYear = :fiscalYear")
@NamedQuery(name = Workshop.COUNT_ALL, query = "SELECT count(w) FROM Workshop w")
@NamedQuery(name = Workshop.FIND_BY_CODE, query = "SELECT w FROM Workshop w WHERE w.code = :code")
@NamedQuery(name = Workshop.FIND_ALL, query = "SELECT w FROM Workshop w ORDER BY w.fiscalYear DESC, w.code")
public class Workshop implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_FISCAL_YEAR = "Workshop.findByFiscalYear";
    public static final String FIND_ALL = "Workshop.findAll";
    public static final String COUNT_ALL = "Workshop.countAll";
    public static final String COUNT_BY_FISCAL_YEAR = "Workshop.countByFiscalYear";
    public static final String FIND_BY_CODE = "Workshop.findByCode";

    @Id
    @SequenceGenerator(name = "workshop_seq", sequenceName = "workshop_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "fiscal_year", nullable = false)
    private String fiscalYear;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    private DatePrecision datePrecision = DatePrecision.DAY;

    private String venue;

    private boolean accreditation;

    @Version
    private long version;

    protected Workshop() {}

    public Workshop(
            String code,
            String title,
            FiscalYear fiscalYear,
            LocalDate startDate,
            LocalDate endDate,
            DatePrecision datePrecision,
            String venue,
            boolean accreditation) {
        Invariant.require(Invariant.present(code), "a workshop has a code");
        this.code = code;
        describe(title, fiscalYear, startDate, endDate, datePrecision, venue, accreditation);
    }

    public void describe(
            String title,
            FiscalYear fiscalYear,
            LocalDate startDate,
            LocalDate endDate,
            DatePrecision datePrecision,
            String venue,
            boolean accreditation) {
        Invariant.require(Invariant.present(title), "a workshop has a title");
        Invariant.require(
                fiscalYear != null && datePrecision != null, "a workshop has a fiscal year and a date precision");
        Invariant.require(
                startDate != null && endDate != null && !endDate.isBefore(startDate),
                "a workshop ends on or after the day it starts");
        this.title = title;
        this.fiscalYear = fiscalYear.label();
        this.startDate = startDate;
        this.endDate = endDate;
        this.datePrecision = datePrecision;
        this.venue = venue;
        this.accreditation = accreditation;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("title", title);
        fields.put("fiscalYear", fiscalYear);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("datePrecision", datePrecision);
        fields.put("venue", venue);
        fields.put("accreditation", accreditation);
        return fields;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public FiscalYear getFiscalYear() {
        return FiscalYear.parse(fiscalYear);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public String getVenue() {
        return venue;
    }

    public boolean isAccreditation() {
        return accreditation;
    }

    /** True when the workshop's dates do not lie within the fiscal year it is filed under. */
    public boolean isOutsideFiscalYear() {
        FiscalYear year = getFiscalYear();
        return !year.contains(startDate) || !year.contains(endDate);
    }
}
