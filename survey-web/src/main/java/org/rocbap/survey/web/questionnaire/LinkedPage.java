package org.rocbap.survey.web.questionnaire;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.rocbap.survey.round.boundary.ReplyLinkRefusedException;
import org.rocbap.survey.round.boundary.ReplyLinkService;
import org.rocbap.survey.round.boundary.ReplyLinkService.LinkedQuestionnaire;

/**
 * Backs {@code answer/questionnaire.xhtml}, the page a personal link opens: plain HTML in the
 * participant's language, with who answers for which workshop. The answers themselves go between the
 * page's script, the browser's storage and the API ({@code ReplyLinkResource}), so that the page,
 * kept by a service worker, opens and is filled in without a connection. A link that opens nothing
 * says why, with 404 or 410.
 */
@Named
@RequestScoped
public class LinkedPage {

    @Inject
    private ReplyLinkService links;

    private String token;
    private String language;
    private LinkedQuestionnaire questionnaire;
    private ReplyLinkRefusedException.Reason refusal;

    public void load() {
        try {
            questionnaire = links.open(token);
        } catch (ReplyLinkRefusedException e) {
            refusal = LinkRefusal.answer(e);
        }
    }

    public Locale getLocale() {
        return LinkLanguage.of(language, questionnaire);
    }

    public LinkedQuestionnaire getQuestionnaire() {
        return questionnaire;
    }

    /** Why the link opens nothing, or {@code null}. */
    public ReplyLinkRefusedException.Reason getRefusal() {
        return refusal;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
