package org.rocbap.survey.shared.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who a call is made for when no one is signed in: a service that vouched for the caller some other
 * way (a personal reply link, the round's timers) names them here, so that the audit trail says who
 * acted rather than "anonymous".
 */
@RequestScoped
public class OnBehalf {

    private String label;

    public void of(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
