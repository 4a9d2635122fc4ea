package org.rocbap.survey.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.rocbap.survey.stack.StackSettings;
import org.rocbap.survey.stack.SurveyStack;

/**
 * Starts the real stack (PostgreSQL, Keycloak, WildFly with the EAR) once for the whole test run and
 * stops it when the run ends. Test classes that declare a {@link SurveyStack} parameter receive it.
 */
public class StackExtension implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(StackExtension.class);

    /** A stack started outside JUnit's run, which then runs test classes against it ({@link RepeatedRun}). */
    private static volatile SurveyStack shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    static SurveyStack stack(ExtensionContext context) {
        if (shared != null) {
            return shared;
        }
        // The root store outlives every test class and closes what it holds (AutoCloseable) at the end.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SurveyStack.class, key -> start(), SurveyStack.class);
    }

    /** Starts the stack for runs of test classes that follow one another in this JVM; the caller stops it. */
    static SurveyStack startShared() {
        shared = start();
        return shared;
    }

    private static SurveyStack start() {
        // The cluster run (ClusterIT, failsafe's "cluster" execution) asks for two nodes behind a balancer.
        StackSettings settings = StackSettings.forTests().withNodes(Integer.getInteger("survey.nodes", 1));
        try {
            // Every test run starts from an empty database and a freshly imported realm.
            deleteRecursively(settings.dataDir());
            return SurveyStack.start(settings, line -> System.out.println("[stack] " + line));
        } catch (Exception e) {
            throw new IllegalStateException("The test stack did not start: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SurveyStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }
}
