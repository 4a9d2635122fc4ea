package org.rocbap.survey.questionnaire.boundary;

import org.rocbap.survey.questionnaire.entity.Reply;

/**
 * A reply was submitted, or a submitted reply saved again: fired inside the saving transaction, so
 * that what a capability above the questionnaire makes of it (the modernization project of a Q5 "yes")
 * is written with the reply or not at all. An observer that links a project names it here, for the
 * page or the API to tell the focal point.
 */
public final class ReplySubmitted {

    private final Reply reply;
    private LinkedProject project;

    /** The project a reply's Q5 "yes" is linked to. */
    public record LinkedProject(Long id, String title) {}

    ReplySubmitted(Reply reply) {
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }

    public void linkProject(Long id, String title) {
        this.project = new LinkedProject(id, title);
    }

    LinkedProject project() {
        return project;
    }
}
