package org.rocbap.survey.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.rocbap.survey.shared.rules.Invariant;

/** Staff's wording of one mail in one language, used instead of the text the product ships with. */
@Entity
@Table(name = "mail_template_text")
public class MailTemplateText {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected MailTemplateText() {}

    public MailTemplateText(String name, String language) {
        Invariant.require(name != null && language != null, "a text is of a mail in a language");
        this.id = id(name, language);
        this.name = name;
        this.language = language;
    }

    public static String id(String name, String language) {
        return name + "." + language;
    }

    public void reword(String subject, String body, String by, OffsetDateTime at) {
        this.subject = subject;
        this.body = body;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
