package org.rocbap.survey.health.boundary;

import java.util.List;

/**
 * Whether this server can serve its users now, and which of the parts it depends on answers.
 *
 * @param probes one per part, in a fixed order
 */
public record Readiness(List<Probe> probes) {

    /** The application's database. */
    public static final String DATABASE = "database";

    /** The Keycloak realm that signs users in and issues the API's tokens. */
    public static final String IDENTITY_PROVIDER = "identity-provider";

    /**
     * @param name {@link #DATABASE} or {@link #IDENTITY_PROVIDER}
     * @param up whether it answered within the probe's time limit
     */
    public record Probe(String name, boolean up) {}

    public Readiness {
        probes = List.copyOf(probes);
    }

    /** Ready when every part answers. */
    public boolean ready() {
        return probes.stream().allMatch(Probe::up);
    }
}
