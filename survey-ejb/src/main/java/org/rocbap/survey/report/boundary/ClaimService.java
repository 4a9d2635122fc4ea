package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.report.entity.Association;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The report's section-3 claims tested on a year's data: administrations whose participants held
 * in-house workshops against those that did not, for modernization projects initiated (Q5 yes) and
 * direct effects observed (Q3 yes). The unit is the administration that replied for that year.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ClaimService {

    private static final String REPLYING = "SELECT DISTINCT p.administration FROM Reply r JOIN r.participant p"
            + " JOIN p.workshop w WHERE w.fiscalYear = :fiscalYear"
            + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";

    private static final String IN_HOUSE = "SELECT DISTINCT i.administration FROM InHouseWorkshop i"
            + " WHERE i.regionalWorkshop.fiscalYear = :fiscalYear";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportCache cache;

    /** The two claims for a year. */
    public record Claims(String fiscalYear, Association projects, Association directEffects) {}

    public Claims forFiscalYear(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        return cache.get("claims " + year.label(), () -> test(year));
    }

    private Claims test(FiscalYear year) {
        Set<String> replying = administrations(REPLYING, year);
        Set<String> cascading = administrations(IN_HOUSE, year);
        cascading.retainAll(replying);
        Set<String> projects = administrations(
                REPLYING + " AND r.answers.modernization" + " = org.rocbap.survey.questionnaire.entity.Answer.YES",
                year);
        Set<String> effects = administrations(
                REPLYING + " AND r.answers.directEffects" + " = org.rocbap.survey.questionnaire.entity.Answer.YES",
                year);
        return new Claims(year.label(), table(replying, cascading, projects), table(replying, cascading, effects));
    }

    private Set<String> administrations(String query, FiscalYear year) {
        List<String> codes = em.createQuery(query, String.class)
                .setParameter("fiscalYear", year.label())
                .getResultList();
        return new HashSet<>(codes);
    }

    private static Association table(Set<String> replying, Set<String> exposed, Set<String> outcome) {
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        for (String administration : replying) {
            boolean withOutcome = outcome.contains(administration);
            if (exposed.contains(administration)) {
                a += withOutcome ? 1 : 0;
                b += withOutcome ? 0 : 1;
            } else {
                c += withOutcome ? 1 : 0;
                d += withOutcome ? 0 : 1;
            }
        }
        return new Association(a, b, c, d);
    }
}
