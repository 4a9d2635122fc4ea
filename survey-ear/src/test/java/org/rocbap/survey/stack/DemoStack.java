package org.rocbap.survey.stack;

import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The README's run command ({@code ./mvnw -Prun}): starts the whole system with the demo realm and
 * reference data, prints where to go and how to sign in, and stops everything on Ctrl-C or SIGTERM.
 * With {@code --nodes=N} ({@code ./mvnw -Pcluster}: two) it starts N WildFly nodes behind a load
 * balancer on the same address.
 */
public final class DemoStack {

    private DemoStack() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.forRun().withNodes(nodes(args));
        // Demo data go into a fresh data folder only, never over what a user already has.
        boolean fresh = !Files.exists(settings.dataDir().resolve("postgres"));
        SurveyStack stack = SurveyStack.start(settings, DemoStack::say);
        if (fresh) {
            new DemoData(stack, DemoStack::say).load();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> say("Stopping; data kept in " + settings.dataDir())));
        System.out.println(banner(stack));
        // Runs until Ctrl-C; the stack's own shutdown hook then stops the servers.
        new CountDownLatch(1).await();
    }

    private static int nodes(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--nodes=")) {
                int nodes = Integer.parseInt(arg.substring("--nodes=".length()));
                if (nodes < 1 || nodes > 9) {
                    throw new IllegalArgumentException("--nodes must be between 1 and 9, not " + nodes);
                }
                return nodes;
            }
        }
        return 1;
    }

    private static void say(String line) {
        System.out.println("[survey] " + line);
    }

    private static String nodeList(SurveyStack stack) {
        StackSettings s = stack.settings();
        return IntStream.rangeClosed(1, s.nodes())
                .mapToObj(i -> "\n    node" + i + " " + s.nodeUrl(i) + " (pid " + stack.nodePid(i) + ")")
                .collect(Collectors.joining());
    }

    private static String banner(SurveyStack stack) {
        StackSettings s = stack.settings();
        return String.join(
                System.lineSeparator(),
                "",
                "=====================================================================",
                "  ROCB A/P Follow-Up Survey is ready:  " + s.applicationUrl(),
                s.nodes() == 1 ? "" : "  (the load balancer, sticky sessions) in front of" + nodeList(stack) + "\n",
                "  Demo logins (password for all: demo)",
                "    fp.fji      focal point, Fiji (FJI)",
                "    mgr.fji     manager, Fiji (FJI)",
                "    fp.wsm      focal point, Samoa (WSM)",
                "    mgr.wsm     manager, Samoa (WSM)",
                "    rocb.staff  ROCB A/P staff",
                "    rocb.head   head of the ROCB A/P",
                "    rocb.staff.2fa  ROCB A/P staff who, as in production, sets up and gives",
                "                    a one-time password (any authenticator app)",
                "",
                "  Identity provider: " + stack.realmUrl(),
                "  Keycloak admin console: " + s.keycloakUrl() + "admin/  (admin / admin)",
                "  Data kept in " + s.dataDir() + "; logs in " + s.dataDir().resolve("logs"),
                "  Press Ctrl-C to stop"
                        + (s.nodes() == 1 ? "." : "; kill a node to see its users carry on on another."),
                "=====================================================================");
    }
}
