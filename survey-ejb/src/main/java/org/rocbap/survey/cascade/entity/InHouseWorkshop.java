package org.rocbap.survey.cascade.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rocbap.survey.shared.rules.Invariant;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * A workshop an administration held at home to cascade what its participants learned at a regional
 * workshop. It is held after the regional workshop it cascades.
 */
@Entity
@Table(name = "in_house_workshop")
@NamedQuery(
        name = InHouseWorkshop.FIND_BY_ADMINISTRATION,
        query = "SELECT i FROM InHouseWorkshop i JOIN FETCH i.regionalWorkshop WHERE i.administration = :administration"
                + " ORDER BY i.heldOn DESC, i.id")
@NamedQuery(
        name = InHouseWorkshop.COUNT_BY_ADMINISTRATION,
        query = "SELECT count(i) FROM InHouseWorkshop i WHERE i.administration = :administration")
@NamedQuery(
        name = InHouseWorkshop.FIND_BY_FISCAL_YEAR,
        query = "SELECT i FROM InHouseWorkshop i WHERE i.regionalWorkshop.fiscalYear = :fiscalYear")
@NamedQuery(
        name = InHouseWorkshop.FIND_SAME,
        query = "SELECT i FROM InHouseWorkshop i WHERE i.administration = :administration"
                + " AND i.regionalWorkshop = :regional AND i.heldOn = :heldOn AND i.title = :title")
public class InHouseWorkshop implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** More attendees than this at one in-house workshop is taken for a typing error. */
    public static final int MAX_ATTENDEES = 5_000;

    public static final String FIND_SAME = "InHouseWorkshop.findSame";

    public static final String FIND_BY_ADMINISTRATION = "InHouseWorkshop.findByAdministration";
    public static final String COUNT_BY_ADMINISTRATION = "InHouseWorkshop.countByAdministration";
    public static final String FIND_BY_FISCAL_YEAR = "InHouseWorkshop.findByFiscalYear";

    @Id
    @SequenceGenerator(name = "in_house_workshop_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "in_house_workshop_id")
    private Long id;

    @Column(name = "administration_code", nullable = false, length = 3)
    private String administration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "regional_workshop_id")
    private Workshop regionalWorkshop;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String title;

    private int attendees;

    private String organiser;

    private String materials;

    @Version
    private long version;

    protected InHouseWorkshop() {}

    public InHouseWorkshop(
            String administration,
            Workshop regionalWorkshop,
            LocalDate heldOn,
            String title,
            int attendees,
            String organiser,
            String materials) {
        Invariant.require(
                administration != null && administration.length() == 3,
                "an in-house workshop is held by an administration, named by its three-letter code");
        Invariant.require(regionalWorkshop != null, "an in-house workshop cascades a regional workshop");
        Invariant.require(
                heldOn != null && heldOn.isAfter(regionalWorkshop.getEndDate()),
                "an in-house workshop is held after the regional workshop it cascades");
        Invariant.require(Invariant.present(title), "an in-house workshop has a title");
        requirePlausible(attendees);
        this.administration = administration;
        this.regionalWorkshop = regionalWorkshop;
        this.heldOn = heldOn;
        this.title = title;
        this.attendees = attendees;
        this.organiser = organiser;
        this.materials = materials;
    }

    /** Corrects the number of attendees. */
    public void recount(int attendees) {
        requirePlausible(attendees);
        this.attendees = attendees;
    }

    private static void requirePlausible(int attendees) {
        Invariant.require(
                attendees >= 0 && attendees <= MAX_ATTENDEES,
                "an in-house workshop has between 0 and " + MAX_ATTENDEES + " attendees");
    }

    /** What the audit trail records of an in-house workshop. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("regionalWorkshop", regionalWorkshop.getCode());
        fields.put("heldOn", heldOn);
        fields.put("title", title);
        fields.put("attendees", attendees);
        fields.put("organiser", organiser);
        fields.put("materials", materials);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getAdministration() {
        return administration;
    }

    public Workshop getRegionalWorkshop() {
        return regionalWorkshop;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public int getAttendees() {
        return attendees;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getMaterials() {
        return materials;
    }

    public long getVersion() {
        return version;
    }
}
