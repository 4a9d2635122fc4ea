package org.rocbap.survey.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.rocbap.survey.stack.SeedRound;

/**
 * Counts made from the seed document's rebuilt replies themselves (FY2016/17, every reply submitted),
 * without the product: what the dashboard's figures are checked against.
 */
final class SeedCounts {

    private SeedCounts() {}

    /**
     * The replies that answered {@code question} ({@code q3}, {@code q5}) by "in-house workshop" ticked
     * and answer: ticked and yes, ticked and no, not ticked and yes, not ticked and no.
     */
    static int[] inHouseAgainst(String question) {
        int[] cells = new int[4];
        for (JsonObject reply : SeedRound.document().getJsonArray("replies").getValuesAs(JsonObject.class)) {
            JsonValue answer = reply.getJsonObject(question).get("answer");
            if (answer == null || answer.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            boolean ticked = reply.getJsonObject("q1").getBoolean("inHouseWorkshop");
            boolean yes = reply.getJsonObject(question).getString("answer").equals("YES");
            cells[(ticked ? 0 : 2) + (yes ? 0 : 1)]++;
        }
        return cells;
    }
}
