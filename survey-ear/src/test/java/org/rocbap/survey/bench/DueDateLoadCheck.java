package org.rocbap.survey.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.stack.StackSettings;

/**
 * After {@code DueDateSimulation}: counts the workshop's replies and mission reports through the API
 * and compares each with what its focal point was told was saved last. Every participant must have
 * exactly one reply, submitted, holding the last draft confirmed, and the last mission report
 * confirmed; anything else stops the build.
 */
public final class DueDateLoadCheck {

    private DueDateLoadCheck() {}

    public static void main(String[] args) throws Exception {
        BenchmarkApi api = new BenchmarkApi(StackSettings.forTests());
        List<String> outcomes = Files.readAllLines(DueDateLoadData.directory().resolve("saved.csv"));
        HttpResponse<String> replies = api.get("workshops/" + DueDateLoadData.WORKSHOP + "/replies?limit=1000");
        long stored =
                Long.parseLong(replies.headers().firstValue("X-Total-Count").orElse("-1"));
        List<String> problems = new ArrayList<>();
        if (outcomes.size() != DueDateLoadData.FOCAL_POINTS) {
            problems.add(outcomes.size() + " focal points finished, not " + DueDateLoadData.FOCAL_POINTS);
        }
        if (stored != outcomes.size()) {
            problems.add(stored + " replies stored for " + outcomes.size() + " participants");
        }
        int saves = 0;
        int uploads = 0;
        for (String outcome : outcomes) {
            String[] fields = outcome.split(",");
            long participant = Long.parseLong(fields[0]);
            int saved = Integer.parseInt(fields[1]);
            int uploaded = Integer.parseInt(fields[2]);
            saves += saved;
            uploads += (saved + 2) / 3;
            JsonObject reply = json(api.get("participants/" + participant + "/reply"));
            if (!"SUBMITTED".equals(reply.getString("status", ""))
                    || reply.getJsonObject("answers").getInt("colleaguesShared", -1) != saved) {
                problems.add(
                        "participant " + participant + ": reply " + reply + " is not the submitted draft " + saved);
            }
            JsonObject report = json(api.get("participants/" + participant + "/mission-report"));
            String expected = LoadDocument.sha256(LoadDocument.of(participant, uploaded));
            if (!expected.equals(report.getString("documentSha256", ""))) {
                problems.add("participant " + participant + ": the mission report is not upload " + uploaded);
            }
        }
        System.out.printf(
                "[load] afterwards: %d participants, %d replies stored, all submitted with their last draft: %s;"
                        + " about %d saves and %d uploads confirmed%n",
                outcomes.size(), stored, problems.isEmpty() ? "yes" : "NO", saves, uploads);
        if (!problems.isEmpty()) {
            problems.stream().limit(20).forEach(problem -> System.out.println("[load] " + problem));
            throw new IllegalStateException(problems.size() + " replies or reports lost, duplicated or wrong");
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
