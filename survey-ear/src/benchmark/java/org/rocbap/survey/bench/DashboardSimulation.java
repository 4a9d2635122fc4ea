package org.rocbap.survey.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * After a warm-up (one reader, fifty pages, reported apart), twenty ROCB A/P users sign in through
 * Keycloak's login form (the real OpenID Connect code flow) and read the dashboard of the latest
 * fiscal year again and again, each pausing 0.5 to 1.5 s between two pages as a reader would, for two
 * minutes. Gatling reports the dashboard page's response times apart
 * from the sign-in requests and checks the target: 95th percentile under 300 ms, no failed page.
 *
 * <p>Run by {@code ./mvnw -Pbenchmark} against the stack {@code DashboardBenchmarkData} loads;
 * {@code -Dsurvey.users}, {@code -Dsurvey.seconds} and {@code -Dsurvey.app} change the load and target.
 */
public class DashboardSimulation extends Simulation {

    private static final String APP = System.getProperty("survey.app", "http://localhost:28080/survey/");
    private static final int USERS = Integer.getInteger("survey.users", 20);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("survey.seconds", 120));

    /** The head and a staff member in turn; every demo user's password is "demo". */
    private static final Iterator<Map<String, Object>> ACCOUNTS = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("username", i % 2 == 0 ? "rocb.head" : "rocb.staff"))
            .iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(APP)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("Gatling benchmark");

    /** Keycloak's login form, the real OpenID Connect code flow, for the account the feeder gave. */
    private final ChainBuilder signIn = exec(http("sign in: Keycloak's form")
                    .get("dashboard/overview.xhtml")
                    .check(css("#kc-form-login", "action").saveAs("loginAction")))
            .exec(http("sign in: credentials")
                    .post("#{loginAction}")
                    .formParam("username", "#{username}")
                    .formParam("password", "demo")
                    .formParam("credentialId", "")
                    .check(status().is(200), substring("dashboard:table1")));

    // The server in its steady state, its code compiled and the year's figures computed, as after the
    // first minutes of a working day: one reader opens the dashboard fifty times before the measure.
    private final ScenarioBuilder warmUp = scenario("warm-up")
            .feed(ACCOUNTS)
            .exec(signIn)
            .repeat(50)
            .on(exec(http("dashboard (warm-up)").get("dashboard/overview.xhtml").check(status().is(200))));

    private final ScenarioBuilder reader = scenario("ROCB A/P reads the dashboard")
            .feed(ACCOUNTS)
            .exec(signIn)
            .during(DURATION)
            .on(pause(Duration.ofMillis(500), Duration.ofMillis(1500))
                    .exec(http("dashboard")
                            .get("dashboard/overview.xhtml")
                            .check(status().is(200), substring("dashboard:table1"))));

    {
        setUp(warmUp.injectOpen(atOnceUsers(1))
                        .andThen(reader.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(20)))))
                .protocols(protocol)
                .assertions(
                        details("dashboard").responseTime().percentile(95.0).lt(300),
                        details("dashboard").failedRequests().count().is(0L));
    }
}
