package org.rocbap.survey.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * A modernization project an administration initiated as a result of regional workshops, often
 * declared in a questionnaire reply (Q5) and kept up to date afterwards.
 */
@Entity
@Table(name = "modernization_project")
@NamedQuery(
        name = ModernizationProject.FIND_BY_ADMINISTRATION,
        query = "SELECT p FROM ModernizationProject p WHERE p.administration = :administration ORDER BY p.title, p.id")
@NamedQuery(
        name = ModernizationProject.COUNT_BY_ADMINISTRATION,
        query = "SELECT count(p) FROM ModernizationProject p WHERE p.administration = :administration")
@NamedQuery(
        name = ModernizationProject.FIND_BY_REPLY,
        query = "SELECT p FROM ModernizationProject p WHERE p.reply = :reply")
public class ModernizationProject implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ADMINISTRATION = "ModernizationProject.findByAdministration";
    public static final String COUNT_BY_ADMINISTRATION = "ModernizationProject.countByAdministration";
    public static final String FIND_BY_REPLY = "ModernizationProject.findByReply";

    @Id
    @SequenceGenerator(name = "project_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_id")
    private Long id;

    @Column(name = "administration_code", nullable = false, length = 3)
    private String administration;

    @Column(nullable = false)
    private String title;

    private String description;

    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Column(name = "start_date")
    private LocalDate startDate;

    @ManyToOne
    @JoinColumn(name = "reply_id")
    private Reply reply;

    @ManyToMany
    @JoinTable(
            name = "project_workshop",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "workshop_id"))
    private Set<Workshop> workshops = new LinkedHashSet<>();

    @Version
    private long version;

    protected ModernizationProject() {}

    public ModernizationProject(String administration, Reply reply) {
        this.administration = administration;
        this.reply = reply;
    }

    public void describe(
            String title,
            String description,
            String category,
            ProjectStatus status,
            LocalDate startDate,
            Set<Workshop> workshops) {
        this.title = title;
        this.description = description;
        this.category = category;
        this.status = status;
        this.startDate = startDate;
        this.workshops.clear();
        this.workshops.addAll(workshops);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("category", category);
        fields.put("status", status);
        fields.put("startDate", startDate);
        fields.put(
                "workshops", workshops.stream().map(Workshop::getCode).sorted().collect(Collectors.joining(",")));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getAdministration() {
        return administration;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Reply getReply() {
        return reply;
    }

    public Set<Workshop> getWorkshops() {
        return Set.copyOf(workshops);
    }

    public long getVersion() {
        return version;
    }
}
