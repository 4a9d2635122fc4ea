package org.rocbap.survey.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rocbap.survey.shared.rules.Invariant;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The totals a Good Practice Report published for a round whose replies are not recorded here: the
 * earlier rounds, so that the trend reaches back before the product. Shown as published figures,
 * never mixed up with figures counted from replies.
 */
@Entity
@Table(name = "published_round")
@NamedQuery(name = PublishedRound.FIND_ALL, query = "SELECT p FROM PublishedRound p ORDER BY p.fiscalYear")
public class PublishedRound {

    public static final String FIND_ALL = "PublishedRound.findAll";

    @Id
    @Column(name = "fiscal_year")
    private String fiscalYear;

    @Column(name = "reply_rate", nullable = false)
    private BigDecimal replyRate;

    @Column(name = "direct_effects_share")
    private BigDecimal directEffectsShare;

    @Column(name = "in_house_administrations")
    private Integer inHouseAdministrations;

    private String source;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected PublishedRound() {}

    public PublishedRound(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear.label();
    }

    /** Records the published figures; rates are fractions (0.47 for 47 %). */
    public void publish(
            BigDecimal replyRate,
            BigDecimal directEffectsShare,
            Integer inHouseAdministrations,
            String source,
            String recordedBy,
            OffsetDateTime recordedAt) {
        Invariant.require(fraction(replyRate) && replyRate != null, "a published reply rate lies between 0 and 1");
        Invariant.require(fraction(directEffectsShare), "a published share lies between 0 and 1");
        Invariant.require(inHouseAdministrations == null || inHouseAdministrations >= 0, "a count is not negative");
        this.replyRate = replyRate;
        this.directEffectsShare = directEffectsShare;
        this.inHouseAdministrations = inHouseAdministrations;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    private static boolean fraction(BigDecimal value) {
        return value == null || (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fiscalYear", fiscalYear);
        fields.put("replyRate", replyRate);
        fields.put("directEffectsShare", directEffectsShare);
        fields.put("inHouseAdministrations", inHouseAdministrations);
        fields.put("source", source);
        return fields;
    }

    public FiscalYear getFiscalYear() {
        return FiscalYear.parse(fiscalYear);
    }

    public BigDecimal getReplyRate() {
        return replyRate;
    }

    public BigDecimal getDirectEffectsShare() {
        return directEffectsShare;
    }

    public Integer getInHouseAdministrations() {
        return inHouseAdministrations;
    }

    public String getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
