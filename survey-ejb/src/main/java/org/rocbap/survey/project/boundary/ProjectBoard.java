package org.rocbap.survey.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * The modernization project board: every administration's projects for the ROCB A/P (one's own for
 * anyone else), filtered and sorted by the database and read a page at a time.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ProjectBoard {

    /** The columns the board may sort by, and what they sort in the query. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "p.title",
            "administration", "p.administration",
            "category", "p.category",
            "status", "p.status",
            "startDate", "p.startDate");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    /** What the board is filtered by; a {@code null} field filters nothing. */
    public record Filter(String administration, String title, String workshop, String category, ProjectStatus status)
            implements Serializable {}

    /**
     * One project on the board.
     *
     * @param workshops the codes of the workshops it came from
     * @param origin the workshop and participant of the reply that declared it, {@code null} if entered by hand
     */
    public record Row(
            Long id,
            String administration,
            String title,
            String category,
            ProjectStatus status,
            LocalDate startDate,
            String workshops,
            String origin)
            implements Serializable {}

    /**
     * @param sortField one of title, administration, category, status, startDate; anything else sorts by title
     */
    public Page<Row> read(Filter filter, Slice slice, String sortField, boolean descending) {
        Caller caller = callerService.current();
        String administration = filter.administration();
        if (!caller.seesAllAdministrations()) {
            // Without a filter, the caller's own administration; a caller without one reads nothing.
            administration = administration == null ? caller.administration() : administration;
            AccessPolicy.requireRead(caller, administration);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (administration != null && !administration.isBlank()) {
            where.append(" AND p.administration = :administration");
            parameters.put("administration", administration.strip().toUpperCase(Locale.ROOT));
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            where.append(" AND LOWER(p.title) LIKE :title");
            parameters.put("title", "%" + filter.title().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.workshop() != null && !filter.workshop().isBlank()) {
            where.append(" AND EXISTS (SELECT w FROM ModernizationProject q JOIN q.workshops w"
                    + " WHERE q = p AND UPPER(w.code) LIKE :workshop)");
            parameters.put("workshop", "%" + filter.workshop().strip().toUpperCase(Locale.ROOT) + "%");
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.append(" AND LOWER(p.category) LIKE :category");
            parameters.put("category", "%" + filter.category().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            parameters.put("status", filter.status());
        }
        String order = (sortField == null ? "p.title" : SORTABLE.getOrDefault(sortField, "p.title"))
                + (descending ? " DESC" : " ASC") + ", p.id";
        TypedQuery<ModernizationProject> items = em.createQuery(
                        "SELECT p FROM ModernizationProject p" + where + " ORDER BY " + order,
                        ModernizationProject.class)
                // Each row names its workshops and the reply it came from: read them for the page at once.
                .setHint("eclipselink.batch", "p.workshops")
                .setHint("eclipselink.batch", "p.reply.participant.workshop")
                .setHint("eclipselink.batch.type", "IN");
        TypedQuery<Long> count = em.createQuery("SELECT count(p) FROM ModernizationProject p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return slice.read(items, count::getSingleResult).map(ProjectBoard::row);
    }

    private static Row row(ModernizationProject p) {
        String origin = p.getReply() == null
                ? null
                : p.getReply().getParticipant().getWorkshop().getCode() + ", "
                        + p.getReply().getParticipant().getName();
        return new Row(
                p.getId(),
                p.getAdministration(),
                p.getTitle(),
                p.getCategory(),
                p.getStatus(),
                p.getStartDate(),
                p.getWorkshops().stream().map(Workshop::getCode).sorted().collect(Collectors.joining(", ")),
                origin);
    }
}
