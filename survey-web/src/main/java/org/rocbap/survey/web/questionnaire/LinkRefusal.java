package org.rocbap.survey.web.questionnaire;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.rocbap.survey.round.boundary.ReplyLinkRefusedException;

/** A personal link's page that opens nothing: the page says why, with a status caches and monitoring read. */
final class LinkRefusal {

    private LinkRefusal() {}

    /** Answers 410 for a link that ended, 404 for one that never opened anything; returns the reason. */
    static ReplyLinkRefusedException.Reason answer(ReplyLinkRefusedException e) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .setResponseStatus(e.reason().ended() ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
        return e.reason();
    }
}
