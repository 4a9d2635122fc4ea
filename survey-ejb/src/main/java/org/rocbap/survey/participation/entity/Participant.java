package org.rocbap.survey.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rocbap.survey.preference.entity.Languages;
import org.rocbap.survey.shared.rules.Invariant;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * A person an administration sent to a regional workshop. Their e-mail is unique within the workshop;
 * it is how the questionnaire reaches them and how an imported reply finds them.
 */
@Entity
@NamedQuery(
        name = Participant.FIND_BY_WORKSHOP_AND_ADMINISTRATION,
        query =
                "SELECT p FROM Participant p WHERE p.workshop.code = :workshop AND p.administration = :administration ORDER BY p.name")
@NamedQuery(
        name = Participant.FIND_BY_FISCAL_YEAR,
        query = "SELECT p FROM Participant p JOIN FETCH p.workshop WHERE p.workshop.fiscalYear = :fiscalYear")
@NamedQuery(
        name = Participant.FIND_BY_WORKSHOP,
        query = "SELECT p FROM Participant p WHERE p.workshop.code = :workshop ORDER BY p.administration, p.name, p.id")
@NamedQuery(
        name = Participant.COUNT_BY_WORKSHOP,
        query = "SELECT count(p) FROM Participant p WHERE p.workshop.code = :workshop")
@NamedQuery(
        name = Participant.COUNT_BY_WORKSHOP_AND_ADMINISTRATION,
        query =
                "SELECT count(p) FROM Participant p WHERE p.workshop.code = :workshop AND p.administration = :administration")
@NamedQuery(
        name = Participant.FIND_BY_ADMINISTRATION,
        query = "SELECT p FROM Participant p JOIN FETCH p.workshop WHERE p.administration = :administration"
                + " ORDER BY p.workshop.startDate DESC, p.name")
@NamedQuery(
        name = Participant.FIND_ALL,
        query =
                "SELECT p FROM Participant p JOIN FETCH p.workshop ORDER BY p.administration, p.workshop.startDate DESC, p.name")
@NamedQuery(
        name = Participant.FIND_BY_EMAIL,
        query = "SELECT p FROM Participant p WHERE p.workshop = :workshop AND p.email = :email")
@NamedQuery(
        name = Participant.COUNT_BY_EMAIL,
        query = "SELECT count(p) FROM Participant p WHERE p.workshop = :workshop AND p.email = :email")
public class Participant implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_WORKSHOP_AND_ADMINISTRATION = "Participant.findByWorkshopAndAdministration";
    public static final String FIND_BY_ADMINISTRATION = "Participant.findByAdministration";
    public static final String FIND_BY_WORKSHOP = "Participant.findByWorkshop";
    public static final String COUNT_BY_WORKSHOP = "Participant.countByWorkshop";
    public static final String COUNT_BY_WORKSHOP_AND_ADMINISTRATION = "Participant.countByWorkshopAndAdministration";
    public static final String FIND_BY_FISCAL_YEAR = "Participant.findByFiscalYear";
    public static final String FIND_ALL = "Participant.findAll";
    public static final String COUNT_BY_EMAIL = "Participant.countByEmail";
    public static final String FIND_BY_EMAIL = "Participant.findByEmail";

    @Id
    @SequenceGenerator(name = "participant_id", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(name = "administration_code", nullable = false, length = 3)
    private String administration;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    /** The language their mail is written in: en or fr. */
    @Column(nullable = false, length = 8)
    private String language = "en";

    @Version
    private long version;

    protected Participant() {}

    public Participant(Workshop workshop, String administration, String name, String email) {
        Invariant.require(workshop != null, "a participant took part in a workshop");
        Invariant.require(Invariant.present(email) && email.contains("@"), "a participant has an e-mail address");
        this.workshop = workshop;
        this.email = normalise(email);
        correct(administration, name);
    }

    /** Corrects the name or administration (the e-mail identifies the participant in the workshop). */
    public void correct(String administration, String name) {
        Invariant.require(
                administration != null && administration.strip().length() == 3,
                "a participant belongs to an administration, named by its three-letter code");
        Invariant.require(Invariant.present(name), "a participant has a name");
        this.administration = administration.strip();
        this.name = name.strip();
    }

    /** Writes their mail in {@code language} (en or fr). */
    public void speak(String language) {
        Invariant.require(Languages.SUPPORTED.contains(language), "a participant reads one of " + Languages.SUPPORTED);
        this.language = language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** What the audit trail records of a participant. */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("workshop", workshop.getCode());
        fields.put("administration", administration);
        fields.put("name", name);
        fields.put("email", email);
        return fields;
    }

    /** E-mail addresses compare without regard to case or surrounding blanks. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public String getAdministration() {
        return administration;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }
}
