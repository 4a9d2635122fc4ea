package org.rocbap.survey.web.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.publication.boundary.ConsentService;
import org.rocbap.survey.publication.entity.ExampleSource;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Backs the consent requests on a focal point's to-do: the exact wording the report would print,
 * approved or declined with a comment.
 */
@Named
@ViewScoped
public class ConsentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "consents";

    @Inject
    private ConsentService consents;

    private List<ExampleSource> pending;
    private final Map<Long, String> comments = new HashMap<>();

    public List<ExampleSource> getPending() {
        if (pending == null) {
            pending = consents.pending();
        }
        return pending;
    }

    public void decide(ExampleSource source, boolean approve) {
        if (PageMessages.attempt(
                FORM,
                () -> consents.decide(
                        source.getId(), source.getExample().getVersion(), approve, comments.get(source.getId())))) {
            PageMessages.info(approve ? "consent.approved" : "consent.declined", source.getWorkshopCode());
            pending = null;
        }
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
