package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.report.entity.Association;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The report's section-3 claims tested on a year's data: those who cascaded what they learned in
 * in-house workshops against those who did not, for modernization projects initiated (Q5 yes) and
 * direct effects observed (Q3 yes). Counted first per submitted reply that answered the question
 * (the participant who ticked "in-house workshop" against those who did not), the level the report's
 * observation is about; and per administration that replied (one that held an in-house workshop that
 * year against one that did not), where nearly every administration has some "yes" and the test can
 * rarely find anything.
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

    /** The two claims counted at one level. */
    public record Level(Association projects, Association directEffects) {}

    /** The two claims for a year, per reply and per administration. */
    public record Claims(String fiscalYear, Level perReply, Level perAdministration) {}

    private static final String PER_REPLY = "SELECT r.answers.inHouseWorkshop, r.answers.%1$s, COUNT(r) FROM Reply r"
            + " JOIN r.participant p JOIN p.workshop w WHERE w.fiscalYear = :fiscalYear"
            + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
            + " AND r.answers.%1$s IS NOT NULL GROUP BY r.answers.inHouseWorkshop, r.answers.%1$s";

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
        return new Claims(
                year.label(),
                new Level(perReply("modernization", year), perReply("directEffects", year)),
                new Level(table(replying, cascading, projects), table(replying, cascading, effects)));
    }

    /** The submitted replies that answered {@code question}, by in-house workshop ticked and answer. */
    private Association perReply(String question, FiscalYear year) {
        int[] cells = new int[4];
        for (Object[] row : em.createQuery(PER_REPLY.formatted(question), Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultList()) {
            boolean exposed = (Boolean) row[0];
            boolean yes = row[1] == Answer.YES;
            cells[(exposed ? 0 : 2) + (yes ? 0 : 1)] += ((Number) row[2]).intValue();
        }
        return new Association(cells[0], cells[1], cells[2], cells[3]);
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
