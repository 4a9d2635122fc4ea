package org.rocbap.survey.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.rocbap.survey.shared.rules.Invariant;

/** A manager's request for the weekly mail of their administration's compliance. */
@Entity
@Table(name = "compliance_digest_subscription")
@NamedQuery(
        name = DigestSubscription.FIND_ALL,
        query = "SELECT s FROM DigestSubscription s ORDER BY s.administration, s.username")
public class DigestSubscription {

    public static final String FIND_ALL = "DigestSubscription.findAll";

    @Id
    private String username;

    @Column(nullable = false, length = 3)
    private String administration;

    @Column(name = "subscribed_at", nullable = false)
    private OffsetDateTime subscribedAt;

    @Version
    private long version;

    protected DigestSubscription() {}

    public DigestSubscription(String username, String administration, OffsetDateTime at) {
        Invariant.require(username != null && !username.isBlank(), "a subscription belongs to a user");
        Invariant.require(administration != null, "a digest is of an administration");
        this.username = username;
        this.administration = administration;
        this.subscribedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public String getAdministration() {
        return administration;
    }

    public OffsetDateTime getSubscribedAt() {
        return subscribedAt;
    }
}
