package org.rocbap.survey.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.mail.control.MailTemplates;
import org.rocbap.survey.mail.entity.MailTemplate;
import org.rocbap.survey.mail.entity.MailTemplateText;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * The words of every mail, in English and French: the product's own, or staff's where they reworded
 * them. Staff preview a wording with example values before saving it, and may go back to the
 * product's text; every change is in the audit trail.
 */
@Stateless
public class MailTemplateService {

    private static final String SUBJECT = "MailTemplate";
    private static final List<String> LANGUAGES = List.of("en", "fr");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * One mail's wording in one language.
     *
     * @param reworded whether staff changed it (otherwise it is the product's)
     * @param version the version to send back when saving; {@code null} while it is the product's
     */
    public record Wording(
            MailTemplate template,
            String language,
            SubjectAndBody text,
            SubjectAndBody shipped,
            boolean reworded,
            String changedBy,
            OffsetDateTime changedAt,
            Long version) {}

    /** The mail {@code name} in the recipient's language, placeholders filled in. */
    @PermitAll
    public SubjectAndBody render(String name, Locale locale, Object... arguments) {
        MailTemplateText reworded = em.find(MailTemplateText.class, MailTemplateText.id(name, language(locale)));
        return reworded == null
                ? MailTemplates.render(name, locale, arguments)
                : MailTemplates.render(
                        new SubjectAndBody(reworded.getSubject(), reworded.getBody()), locale, arguments);
    }

    /** Every mail in both languages, in the order of the round's calendar. */
    @RolesAllowed(Roles.ROCB_STAFF)
    public List<Wording> list() {
        return Arrays.stream(MailTemplate.values())
                .flatMap(t -> LANGUAGES.stream().map(language -> wording(t, language)))
                .toList();
    }

    @RolesAllowed(Roles.ROCB_STAFF)
    public Wording get(String name, String language) {
        return wording(template(name), known(language));
    }

    /**
     * The mail as a recipient would read it with {@code patterns}, filled in with example values.
     *
     * @throws WorkflowException naming what is wrong with the wording
     */
    @RolesAllowed(Roles.ROCB_STAFF)
    public SubjectAndBody preview(String name, String language, SubjectAndBody patterns) {
        MailTemplate template = template(name);
        Locale locale = Locale.forLanguageTag(known(language));
        WorkflowException.throwIfAny(MailTemplates.check(template, patterns, locale));
        return MailTemplates.render(patterns, locale, template.samples());
    }

    /**
     * Makes {@code patterns} the mail's wording in that language, for every mail written from now on.
     *
     * @param loadedVersion the version read, {@code null} when changing the product's text
     * @throws WorkflowException naming what is wrong, or when someone else changed it meanwhile
     */
    @RolesAllowed(Roles.ROCB_STAFF)
    public Wording save(String name, String language, Long loadedVersion, SubjectAndBody patterns) {
        MailTemplate template = template(name);
        String lang = known(language);
        WorkflowException.throwIfAny(MailTemplates.check(template, patterns, Locale.forLanguageTag(lang)));
        MailTemplateText existing = em.find(MailTemplateText.class, MailTemplateText.id(template.key(), lang));
        ConcurrentChangeException.check("mail text", loadedVersion, existing == null ? null : existing.getVersion());
        Wording before = wording(template, lang);
        MailTemplateText text = existing != null ? existing : new MailTemplateText(template.key(), lang);
        text.reword(
                patterns.subject().strip(),
                patterns.body().strip(),
                callerService.current().username(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        if (existing == null) {
            em.persist(text);
        }
        em.flush();
        Wording after = wording(template, lang);
        audit.record(SUBJECT, null, null, "reworded", snapshot(before), snapshot(after));
        return after;
    }

    /** Goes back to the product's text for that mail and language. */
    @RolesAllowed(Roles.ROCB_STAFF)
    public Wording reset(String name, String language) {
        MailTemplate template = template(name);
        String lang = known(language);
        MailTemplateText existing = em.find(MailTemplateText.class, MailTemplateText.id(template.key(), lang));
        if (existing != null) {
            Wording before = wording(template, lang);
            em.remove(existing);
            em.flush();
            audit.record(SUBJECT, null, null, "reset", snapshot(before), snapshot(wording(template, lang)));
        }
        return wording(template, lang);
    }

    private Wording wording(MailTemplate template, String language) {
        SubjectAndBody shipped = MailTemplates.shipped(template.key(), Locale.forLanguageTag(language));
        MailTemplateText reworded = em.find(MailTemplateText.class, MailTemplateText.id(template.key(), language));
        return reworded == null
                ? new Wording(template, language, shipped, shipped, false, null, null, null)
                : new Wording(
                        template,
                        language,
                        new SubjectAndBody(reworded.getSubject(), reworded.getBody()),
                        shipped,
                        true,
                        reworded.getChangedBy(),
                        reworded.getChangedAt(),
                        reworded.getVersion());
    }

    private static Map<String, Object> snapshot(Wording wording) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mail", wording.template().key() + " (" + wording.language() + ")");
        fields.put("subject", wording.text().subject());
        fields.put("body", wording.text().body());
        return fields;
    }

    private static MailTemplate template(String name) {
        return MailTemplate.byKey(name).orElseThrow(() -> new NotFoundException("mail", name));
    }

    private static String known(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new NotFoundException("mail language", language);
        }
        return language;
    }

    private static String language(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }
}
