package org.rocbap.survey.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A round import document of a given size, in the proportions of the seed's FY2016/17 round: four in
 * five participants file a mission report, seven in ten reply, three in five replies cascade in an
 * in-house workshop and more than half start a project; some questions are left blank.
 *
 * @param startYear the fiscal year's first calendar year (2019 for FY2019/20); every date lies in it
 * @param firstWorkshop the number of the document's first workshop, so that several documents can
 *     fill one fiscal year without sharing a workshop
 */
record BenchmarkRound(
        int startYear,
        int firstWorkshop,
        int workshops,
        int participants,
        int missionReports,
        int replies,
        int inHouseWorkshops,
        int projects) {

    static final String[] MEMBERS = {
        "AFG", "AUS", "BGD", "BTN", "BRN", "KHM", "CHN", "FJI", "HKG", "IND", "IDN", "IRN", "JPN", "KOR", "LAO", "MAC",
        "MYS", "MDV", "MNG", "MMR", "NPL", "NZL", "PAK", "PNG", "PHL", "WSM", "SGP", "LKA", "THA", "TLS", "TON", "VUT",
        "VNM"
    };

    /** A round of {@code workshops} workshops and {@code replies} replies, the rest in the seed's proportions. */
    static BenchmarkRound ofReplies(int startYear, int firstWorkshop, int workshops, int replies) {
        return new BenchmarkRound(
                startYear,
                firstWorkshop,
                workshops,
                (int) Math.round(replies * 7_269.0 / 5_084),
                (int) Math.round(replies * 5_852.0 / 5_084),
                replies,
                (int) Math.round(replies * 3_113.0 / 5_084),
                (int) Math.round(replies * 2_865.0 / 5_084));
    }

    /** The fiscal year as the import writes it: 2019/20. */
    String fiscalYear() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    String document() {
        String prefix = "FY%02d%02d-".formatted(startYear % 100, (startYear + 1) % 100);
        JsonArrayBuilder workshopList = Json.createArrayBuilder();
        JsonArrayBuilder replyList = Json.createArrayBuilder();
        int participant = 0;
        int reply = 0;
        for (int w = 0; w < workshops; w++) {
            String code = prefix + "%03d".formatted(firstWorkshop + w);
            int size = participants / workshops + (w < participants % workshops ? 1 : 0);
            JsonArrayBuilder participantList = Json.createArrayBuilder();
            for (int p = 0; p < size; p++, participant++) {
                String email = "p" + p + "@" + code.toLowerCase() + ".example";
                String administration = MEMBERS[(w + p) % MEMBERS.length];
                JsonObjectBuilder entry = Json.createObjectBuilder()
                        .add("administration", administration)
                        .add("name", "Participant " + p)
                        .add("email", email);
                if (spread(participant, missionReports, participants)) {
                    entry.add(
                            "missionReport",
                            Json.createObjectBuilder().add("filedOn", startYear + "-09-0" + (1 + p % 9)));
                }
                participantList.add(entry);
                if (spread(participant, replies, participants)) {
                    replyList.add(reply(code, email, administration, p, reply++));
                }
            }
            workshopList.add(Json.createObjectBuilder()
                    .add("code", code)
                    .add("title", "Benchmark workshop " + (firstWorkshop + w))
                    .add("startDate", startYear + "-08-05")
                    .add("endDate", startYear + "-08-08")
                    .add("accreditation", false)
                    .add("participants", participantList));
        }
        return Json.createObjectBuilder()
                .add("fiscalYear", fiscalYear())
                .add("workshops", workshopList)
                .add("replies", replyList)
                .build()
                .toString();
    }

    /** The {@code r}-th reply; some questions are left blank, as in the seed's round. */
    private JsonObjectBuilder reply(String code, String email, String administration, int p, int r) {
        boolean inHouse = spread(r, inHouseWorkshops, replies);
        boolean project = spread(r, projects, replies);
        JsonObjectBuilder reply = Json.createObjectBuilder()
                .add("workshop", code)
                .add("participantEmail", email)
                .add("submittedOn", (startYear + 1) + "-02-20")
                .add(
                        "q1",
                        Json.createObjectBuilder()
                                .add("sharedMaterials", true)
                                .add("colleaguesShared", p)
                                .add("submittedReport", true)
                                .add("inHouseWorkshop", inHouse)
                                .add("manuals", p % 3 == 0))
                .add("q1bisColleaguesLearned", p * 2)
                .add("q2", "How the lessons are used, reply " + r)
                .add(
                        "q5",
                        project
                                ? Json.createObjectBuilder()
                                        .add("answer", "YES")
                                        .add("text", "Project of " + administration + " " + r)
                                : Json.createObjectBuilder().add("answer", "NO"));
        if (r % 30 != 0) {
            reply.add(
                    "q3",
                    Json.createObjectBuilder()
                            .add("answer", p % 4 == 0 ? "NO" : "YES")
                            .add("text", "Effects"));
        }
        if (r % 50 != 0) {
            reply.add("q4", Json.createObjectBuilder().add("answer", "YES").add("text", "Efficiency"));
        }
        if (inHouse) {
            reply.add(
                    "inHouseWorkshops",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("date", "%d-10-%02d".formatted(startYear, 1 + r % 28))
                                    .add("title", "Cascade " + r)
                                    .add("attendees", 10 + r % 40)));
        }
        return reply;
    }

    /** Whether the {@code i}-th of {@code total} items is one of {@code wanted}, spread evenly. */
    private static boolean spread(int i, int wanted, int total) {
        return (long) i * wanted / total != (long) (i + 1) * wanted / total;
    }
}
