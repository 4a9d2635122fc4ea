package org.rocbap.survey.web.dashboard;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rocbap.survey.report.boundary.ClaimService;
import org.rocbap.survey.report.entity.Association;

/**
 * One of the report's claims, counted at one level (per reply or per administration), and the plain
 * sentence that says what the counts show: an association or not, never a cause, small counts said
 * as such. The dashboard and its download show the same rows.
 *
 * @param key the claim's message key
 * @param unit {@code replies} or {@code administrations}
 */
public record TestedClaim(String key, String unit, Association data) implements Serializable {

    /** The claims of a year, per reply first (the level the report speaks of), then per administration. */
    public static List<TestedClaim> of(ClaimService.Claims claims) {
        return List.of(
                new TestedClaim(
                        "dashboard.claim.projects", "replies", claims.perReply().projects()),
                new TestedClaim(
                        "dashboard.claim.directEffects",
                        "replies",
                        claims.perReply().directEffects()),
                new TestedClaim(
                        "dashboard.claim.projects",
                        "administrations",
                        claims.perAdministration().projects()),
                new TestedClaim(
                        "dashboard.claim.directEffects",
                        "administrations",
                        claims.perAdministration().directEffects()));
    }

    /** What the data say, in one or two sentences of {@code msg}'s language. */
    public String sentence(ResourceBundle msg, Locale locale) {
        String units = msg.getString("dashboard.claims.unit." + unit);
        String says = new MessageFormat(msg.getString("dashboard.claims.says." + data.verdict()), locale)
                .format(new Object[] {data.total(), units, data.exposedRate(), data.unexposedRate()});
        return data.verdict() != Association.Verdict.TOO_FEW && data.smallCounts()
                ? says + " " + msg.getString("dashboard.claims.small")
                : says;
    }

    public String getKey() {
        return key;
    }

    public String getUnit() {
        return unit;
    }

    public Association getData() {
        return data;
    }
}
