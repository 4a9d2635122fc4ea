package org.rocbap.survey.shared.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Stops the deployment of a production server that lacks its secrets (see {@link ProductionSecrets}):
 * better no service than one whose links and sessions anyone can forge.
 */
@Singleton
@Startup
public class ProductionGuard {

    @Inject
    private Configuration configuration;

    @PostConstruct
    void check() {
        List<String> problems = configuration.productionProblems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start without production secrets: "
                    + String.join("; ", problems)
                    + ". Set them (docs/operations.md, Configuration), or SURVEY_DEVELOPMENT=true on a"
                    + " development machine only.");
        }
    }
}
