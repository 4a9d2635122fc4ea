package org.rocbap.survey.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.rocbap.survey.shared.config.Configuration;

/**
 * Brings the database schema up to date at deployment, before any request is served.
 *
 * <p>The schema is owned by the versioned SQL migrations in {@code db/migration}; the JPA provider
 * never generates DDL. A migration that fails stops the deployment, so the application never runs
 * against a schema it does not expect. On a cluster every node runs this; Flyway's lock on its
 * history table lets only the first one migrate.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    @Inject
    private Configuration configuration;

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SurveyDS")
    private DataSource dataSource;

    /**
     * Migrates, waiting for a database that is not up yet (a server and its database started together,
     * or the database restarting): up to {@code SURVEY_DB_WAIT_SECONDS} (120 by default; WildFly gives a
     * deployment five minutes), trying every five seconds. A migration that fails for any other reason
     * stops the deployment at once.
     */
    @PostConstruct
    void migrate() {
        long deadline = System.nanoTime()
                + TimeUnit.SECONDS.toNanos(configuration.databaseWait().toSeconds());
        while (true) {
            try {
                MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                        + result.migrationsExecuted + " migrations applied now)");
                return;
            } catch (RuntimeException e) {
                if (!PersistenceFailures.databaseUnreachable(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warning(() -> "The database cannot be reached yet (" + e.getMessage() + "); trying again in 5 s");
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", interrupted);
        }
    }
}
