package org.rocbap.survey.web.round;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.boundary.MailTemplateService.Wording;
import org.rocbap.survey.mail.entity.MailTemplate;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Staff reword a mail in one language: they edit its subject and text, look at it filled in with
 * example values, save it for every mail from then on, or go back to the product's words.
 */
@Named
@ViewScoped
public class MailTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mail";

    @Inject
    private MailTemplateService templates;

    private MailTemplate template = MailTemplate.INVITATION;
    private String language = "en";
    private String subject;
    private String body;
    private Long version;
    private boolean reworded;
    private String changedBy;
    private OffsetDateTime changedAt;
    private SubjectAndBody preview;

    @PostConstruct
    void init() {
        show();
    }

    /** Loads the chosen mail in the chosen language, dropping unsaved changes. */
    public void show() {
        Wording wording = templates.get(template.key(), language);
        subject = wording.text().subject();
        body = wording.text().body();
        version = wording.version();
        reworded = wording.reworded();
        changedBy = wording.changedBy();
        changedAt = wording.changedAt();
        preview = null;
    }

    public void preview() {
        PageMessages.attempt(
                FORM, () -> preview = templates.preview(template.key(), language, new SubjectAndBody(subject, body)));
    }

    public void save() {
        if (PageMessages.attempt(
                FORM, () -> templates.save(template.key(), language, version, new SubjectAndBody(subject, body)))) {
            show();
            PageMessages.info("mailTemplate.saved");
        }
    }

    public void reset() {
        if (PageMessages.attempt(FORM, () -> templates.reset(template.key(), language))) {
            show();
            PageMessages.info("mailTemplate.resetDone");
        }
    }

    public MailTemplate[] getTemplates() {
        return MailTemplate.values();
    }

    public MailTemplate getTemplate() {
        return template;
    }

    public void setTemplate(MailTemplate template) {
        this.template = template;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isReworded() {
        return reworded;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public SubjectAndBody getPreview() {
        return preview;
    }
}
