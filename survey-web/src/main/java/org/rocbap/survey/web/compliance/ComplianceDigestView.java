package org.rocbap.survey.web.compliance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rocbap.survey.round.boundary.ComplianceDigest;
import org.rocbap.survey.web.shared.CurrentUserView;
import org.rocbap.survey.web.shared.PageMessages;

/** A manager's choice, on the compliance page, to receive its weekly digest by mail. */
@Named
@ViewScoped
public class ComplianceDigestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceDigest digests;

    @Inject
    private CurrentUserView currentUser;

    private boolean subscribed;

    @PostConstruct
    void load() {
        subscribed = currentUser.isManager() && digests.isSubscribed();
    }

    /** Saves the choice as soon as the box is ticked or unticked. */
    public void save() {
        if (PageMessages.attempt("digest", () -> digests.subscribe(subscribed))) {
            PageMessages.info(subscribed ? "digest.subscribed" : "digest.unsubscribed");
        }
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public void setSubscribed(boolean subscribed) {
        this.subscribed = subscribed;
    }
}
