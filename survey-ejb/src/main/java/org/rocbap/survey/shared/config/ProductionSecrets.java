package org.rocbap.survey.shared.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secrets a production server must be given: without them the server would fall back to the
 * development values, which are public (they are in this repository), so anyone could forge personal
 * links, pose as the application to Keycloak, or sign in to its database. Only a server started by the
 * run command or the tests ({@code SURVEY_DEVELOPMENT=true}) may use them.
 */
public final class ProductionSecrets {

    /** Each secret's variable and the development value it must not be. */
    private static final Map<String, String> DEVELOPMENT_VALUES = Map.of(
            "OIDC_CLIENT_SECRET", "survey-web-dev-secret",
            "SURVEY_DIRECTORY_CLIENT_SECRET", "survey-directory-dev-secret",
            "SURVEY_LINK_SECRET", "development-only-reply-link-secret",
            "SURVEY_DB_PASSWORD", "survey");

    /** The secrets' names. */
    static final Set<String> NAMES = DEVELOPMENT_VALUES.keySet();

    /** The setting that marks a development server, which may use the development values. */
    static final String DEVELOPMENT = "SURVEY_DEVELOPMENT";

    private ProductionSecrets() {}

    /**
     * What is wrong with the environment's secrets, one sentence each; nothing on a development server.
     *
     * @param env the server's environment variables
     */
    public static List<String> problems(Map<String, String> env) {
        if ("true".equalsIgnoreCase(env.get(DEVELOPMENT))) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        DEVELOPMENT_VALUES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String value = env.get(e.getKey());
                    if (value == null || value.isBlank()) {
                        problems.add(e.getKey() + " is not set");
                    } else if (value.equals(e.getValue())) {
                        problems.add(e.getKey() + " is the development value, which is public");
                    } else if (!e.getKey().equals("SURVEY_DB_PASSWORD") && value.length() < 32) {
                        problems.add(e.getKey() + " is shorter than 32 characters");
                    }
                });
        return problems;
    }
}
