-- Staff's own wording of a mail in one language; without a row the text of mail.properties (or
-- mail_fr.properties) goes out.
CREATE TABLE mail_template_text (
    id         VARCHAR(60)              PRIMARY KEY,
    name       VARCHAR(40)              NOT NULL,
    language   VARCHAR(8)               NOT NULL CONSTRAINT mail_template_language CHECK (language IN ('en', 'fr')),
    subject    VARCHAR(300)             NOT NULL,
    body       VARCHAR(20000)           NOT NULL,
    changed_by VARCHAR(255)             NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT mail_template_text_one_per_language UNIQUE (name, language)
);
