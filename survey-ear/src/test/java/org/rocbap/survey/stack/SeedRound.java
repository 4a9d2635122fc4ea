package org.rocbap.survey.stack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The FY2016/17 round of Good Practice Report No. 17, rebuilt reply by reply as a round import
 * document, so that Tables 1-5 come out as the report printed them: 13 workshops (their real titles
 * and months), 261 participating and 148 replying administrations, 149 replies (workshop 10 had two
 * replies from one administration), the blank answers of Tables 3 and 4, 47 replies cascading in
 * in-house workshops held by 19 administrations. Participants have plausible names; most filed their
 * mission report on time, some late, some not at all. The demo data and the tests use it alike.
 */
public final class SeedRound {

    /** Tables 1-5 of the report, per workshop (1)-(13). */
    public static final int[] PARTICIPATING = {8, 26, 21, 24, 21, 23, 21, 7, 16, 25, 22, 22, 25};

    public static final int[] REPLYING = {5, 12, 8, 19, 13, 11, 7, 3, 13, 14, 10, 18, 15};
    public static final int[] REPLIES = {5, 12, 8, 19, 13, 11, 7, 3, 13, 15, 10, 18, 15};
    /** Table 2: shared materials, mission report, recommendations, in-house workshop, manuals, others. */
    public static final int[][] ACTIONS = {
        {3, 2, 1, 1, 1, 3}, {9, 10, 9, 4, 2, 1}, {5, 4, 3, 2, 2, 1}, {15, 16, 13, 9, 4, 6}, {12, 13, 8, 6, 2, 1},
        {7, 8, 7, 3, 4, 2}, {7, 6, 2, 3, 0, 0}, {2, 3, 2, 1, 3, 0}, {8, 11, 4, 2, 0, 1}, {11, 13, 8, 2, 0, 8},
        {7, 8, 5, 2, 3, 2}, {11, 14, 12, 5, 4, 5}, {12, 12, 9, 7, 2, 4}
    };
    /** Tables 3-5: yes and no per workshop; the rest of the replies left the question blank. */
    public static final int[][] Q3 = {
        {2, 3}, {9, 3}, {7, 1}, {13, 6}, {8, 5}, {5, 6}, {4, 3}, {1, 2}, {8, 5}, {10, 4}, {7, 3}, {12, 6}, {10, 5}
    };

    public static final int[][] Q4 = {
        {4, 1}, {12, 0}, {8, 0}, {19, 0}, {12, 1}, {10, 1}, {7, 0}, {3, 0}, {13, 0}, {13, 1}, {10, 0}, {17, 1}, {14, 0}
    };
    public static final int[][] Q5 = {
        {3, 2}, {9, 3}, {6, 2}, {14, 5}, {6, 7}, {8, 3}, {5, 2}, {2, 1}, {11, 2}, {10, 5}, {7, 3}, {10, 8}, {5, 10}
    };

    /** The 33 members, in the order of DOMAIN.md. */
    public static final List<String> MEMBERS = List.of(
            "AFG", "AUS", "BGD", "BTN", "BRN", "KHM", "CHN", "FJI", "HKG", "IND", "IDN", "IRN", "JPN", "KOR", "LAO",
            "MAC", "MYS", "MDV", "MNG", "MMR", "NPL", "NZL", "PAK", "PNG", "PHL", "WSM", "SGP", "LKA", "THA", "TLS",
            "TON", "VUT", "VNM");

    /** The administrations that held in-house workshops in FY2016/17: 19, as the report counts them. */
    public static final int IN_HOUSE_ADMINISTRATIONS = 19;

    private static final String[] TITLES = {
        "WCO Sub-regional Integrity for the Pacific",
        "WCO Regional Workshop on Non-Intrusive Inspection",
        "WCO Regional Workshop on Digital Customs and E-Commerce",
        "WCO Regional Workshop on Post Clearance Audit",
        "WCO Train-the-trainer Workshop for the WCO Joint Enforcement Action against Counterfeiting and Piracy in the"
                + " Asia/Pacific Region",
        "WCO Regional Workshop on Capacity Building of Customs Laboratories for the Revenue Package Program and Trade"
                + " Facilitation",
        "WCO Regional Workshop on Intelligence-led Risk Management",
        "WCO Sub-regional Workshop on Advance Ruling and Origin Certification for ASEAN Member Customs Administrations",
        "WCO-UNESCAP 3rd UNNExt Masterclass: Digital Customs and Single Window in the Context of WTO TFA",
        "WCO Regional Workshop on Security Program",
        "WCO-UPU Regional Workshop on Postal Items",
        "WCO Follow-Up Workshop for the WCO Joint Enforcement Action against Counterfeiting and Piracy in the Asia/Pacific"
                + " Region",
        "WCO Regional Workshop on Customs Valuation"
    };
    /** As the report prints them, workshops (10)-(13) with its 2016 typo for 2017. */
    private static final String[] MONTHS = {
        "2016-07", "2016-09", "2016-09", "2016-09", "2016-11", "2016-11", "2016-11", "2017-03", "2017-04", "2016-04",
        "2016-05", "2016-05", "2016-06"
    };

    /**
     * The modernization projects of the report's section 2(6): which administrations named them after
     * which workshop (0 is workshop (1)). Their replies answer Q5 "yes" with these words, so the import
     * starts each project from the reply the report quotes.
     */
    private record Example(int workshop, List<String> administrations, String project) {}

    private static final List<Example> EXAMPLES = List.of(
            new Example(
                    1,
                    List.of("MYS", "MDV", "NZL", "WSM", "TON"),
                    "Procurement of new x-ray machines and/or hand-held narcotics analyzers applying the lessons"
                            + " learned from the Workshop"),
            new Example(
                    2,
                    List.of("IDN"),
                    "Consolidating stakeholders to draft regulation in order to properly arrange framework for"
                            + " institutional strengthening, particularly competence of other Government Agencies"
                            + " related to cross border digital trade"),
            new Example(3, List.of("BTN", "IRN"), "Creation of new PCA Unit"),
            new Example(
                    3,
                    List.of("FJI"),
                    "Development of training programs and conduct of workshops thereof for auditors and other"
                            + " officers who could be deployed to PCA section"),
            new Example(
                    3,
                    List.of("IDN"),
                    "Development of segmentation of traders matrix based on its impact to national interest and"
                            + " compliance level"),
            new Example(
                    3, List.of("MMR", "VUT"), "Drafting of the PCA manual or Standard Operational Procedures (SOPs)"),
            new Example(3, List.of("WSM"), "Initiation of the Data Warehousing Project"),
            new Example(
                    4,
                    List.of("THA", "FJI"),
                    "Development of the IPR database, consists of right holder contact address, pattern or picture"
                            + " for identify counterfeit goods"),
            new Example(
                    4,
                    List.of("LAO"),
                    "Establishment of an IPR Regulation Revision Working Group to revise and draft new IPR"
                            + " regulation"),
            new Example(
                    4,
                    List.of("THA"),
                    "Installation of an Anti-Smuggling Intelligence System for risk profiling of baggage goods and"
                            + " containerized cargo"),
            new Example(5, List.of("NPL"), "Improvement in lab management system according to ISO 17025"),
            new Example(
                    5,
                    List.of("THA"),
                    "Provision of information about the method of laboratory analysis, case studies of goods"
                            + " analysis techniques, and HS and chemical aspect via website"),
            new Example(
                    6,
                    List.of("HKG"),
                    "Discussion on a big data system to better manage risks of different commodities"),
            new Example(
                    6,
                    List.of("THA"),
                    "Installation of a new profiling computer system to analyze collected data and improve"
                            + " profiling of risk"),
            new Example(
                    8,
                    List.of("FJI"),
                    "Improvement to digital system to fully automate Customs manual process, including e-payment"),
            new Example(
                    8,
                    List.of("IND"),
                    "Upgrading of the hands-on simulated training for the supporting staff and digital handbooks"
                            + " for field formations"),
            new Example(
                    8,
                    List.of("MDV"),
                    "Integration of electronic air cargo manifest data from cargo agents and airlines"),
            new Example(
                    9,
                    List.of("FJI"),
                    "Installation of the CEN and nCEN so that information is available to Investigation Officers"),
            new Example(
                    9,
                    List.of("PHL", "PNG"),
                    "Computerization program stepped up, additional x-ray machines at seaports and airports"),
            new Example(9, List.of("PAK"), "Developing the API/PNR system"),
            new Example(
                    10,
                    List.of("BTN", "MYS", "MDV", "VNM"),
                    "Study on the possibilities of implementing the Customs Declaration System (CDS)"),
            new Example(
                    10,
                    List.of("MYS"),
                    "Publishing of Technical Services Bulletin regarding the Transfer Pricing Documentation in"
                            + " customs valuation"),
            new Example(
                    11,
                    List.of("BGD"),
                    "Incorporation of the Right Holders' Recordation System in the ASYCUDA World with new IPR"
                            + " rules"),
            new Example(
                    11,
                    List.of("MNG"),
                    "Creation of a post on the Customs homepage in English promoting the traders' registration of"
                            + " their IPR with Customs"),
            new Example(11, List.of("VNM"), "Plan to develop IPR data system"));

    private static final String[] GIVEN = {
        "Mere", "Josefa", "Ana", "Tavita", "Kenji", "Aiko", "Rahul", "Priya", "Nguyen", "Siti", "Ahmad", "Mei", "Bat",
        "Sione", "Lani", "Tashi", "Kiri", "Dewi", "Arjun", "Malia", "Ravi", "Leilani", "Tenzin", "Noor"
    };
    private static final String[] FAMILY = {
        "Vakacegu",
        "Nakauta",
        "Silva",
        "Leavasa",
        "Sato",
        "Tanaka",
        "Sharma",
        "Perera",
        "Van Anh",
        "Rahman",
        "Karimi",
        "Lin",
        "Erdene",
        "Taufa",
        "Kaho",
        "Dorji",
        "Ngata",
        "Lestari",
        "Menon",
        "Faleolo",
        "Kumar",
        "Ioane",
        "Wangchuk",
        "Hassan"
    };

    private SeedRound() {}

    /** The round as the import takes it. */
    public static JsonObject document() {
        JsonArrayBuilder workshops = Json.createArrayBuilder();
        JsonArrayBuilder replies = Json.createArrayBuilder();
        int inHouseCursor = 0;
        int person = 0;
        for (int w = 0; w < TITLES.length; w++) {
            String code = "FY1617-%02d".formatted(w + 1);
            YearMonth month = YearMonth.parse(MONTHS[w]);
            // The replies that cascade come first, from a cycle over 19 administrations.
            List<String> replying = new ArrayList<>();
            for (int i = 0; i < ACTIONS[w][3]; i++) {
                replying.add(MEMBERS.get(inHouseCursor++ % IN_HOUSE_ADMINISTRATIONS));
            }
            Set<String> participating = new LinkedHashSet<>(replying);
            for (int i = 0; participating.size() < PARTICIPATING[w]; i++) {
                String member = MEMBERS.get((w * 5 + i) % MEMBERS.size());
                if (participating.add(member) && replying.size() < REPLYING[w]) {
                    replying.add(member);
                }
            }
            participating = placeExamples(w, replying, participating);
            List<JsonObjectBuilder> q5 = projectAnswers(w, replying);
            JsonArrayBuilder participants = Json.createArrayBuilder();
            List<String> emails = new ArrayList<>();
            int index = 0;
            for (String administration : participating) {
                String email = email(person, administration, code);
                participants.add(participant(administration, name(person++), email, month, index++));
                if (replying.contains(administration)) {
                    emails.add(email);
                }
            }
            // Workshop (10) had a second participant of one administration, who replied too.
            for (int extra = REPLYING[w]; extra < REPLIES[w]; extra++) {
                String email = email(person, replying.get(REPLYING[w] - 1), code);
                participants.add(participant(replying.get(REPLYING[w] - 1), name(person++), email, month, index++));
                emails.add(email);
            }
            workshops.add(Json.createObjectBuilder()
                    .add("code", code)
                    .add("title", TITLES[w])
                    .add("startDate", month.atDay(1).toString())
                    .add("endDate", month.atEndOfMonth().toString())
                    .add("accreditation", false)
                    .add("participants", participants));
            for (int r = 0; r < REPLIES[w]; r++) {
                replies.add(reply(w, r, code, emails.get(r), replying.get(Math.min(r, REPLYING[w] - 1)), q5.get(r)));
            }
        }
        return Json.createObjectBuilder()
                .add("fiscalYear", "2016/17")
                .add("workshops", workshops)
                .add("replies", replies)
                .build();
    }

    /**
     * Makes every administration the report quotes for a workshop one of its replying administrations,
     * taking the place of one that neither held an in-house workshop (the first replies, which Table 2
     * and the 19 adopters rest on) nor is quoted; the counts of Tables 1-5 stay as they were.
     *
     * @return the participating administrations, the replying ones first, in reply order
     */
    private static Set<String> placeExamples(int w, List<String> replying, Set<String> participating) {
        Set<String> quoted = new LinkedHashSet<>();
        EXAMPLES.stream().filter(e -> e.workshop() == w).forEach(e -> quoted.addAll(e.administrations()));
        for (String administration : quoted) {
            if (replying.contains(administration)) {
                continue;
            }
            // The last replying administration of workshop (10) replied twice: it keeps its place.
            int slot = ACTIONS[w][3];
            while (slot < REPLYING[w] - 1 && quoted.contains(replying.get(slot))) {
                slot++;
            }
            if (slot >= REPLYING[w] - 1) {
                throw new IllegalStateException("No reply of workshop " + (w + 1) + " left for " + administration);
            }
            String displaced = replying.set(slot, administration);
            if (!participating.contains(administration)) {
                participating.remove(displaced);
                participating.add(administration);
            }
        }
        Set<String> ordered = new LinkedHashSet<>(replying);
        ordered.addAll(participating);
        return ordered;
    }

    /**
     * Q5 per reply: the quoted administrations' replies say "yes" with the report's words, then the
     * other replies in order until Table 5's yes count, then its no count; the rest left blank.
     */
    private static List<JsonObjectBuilder> projectAnswers(int w, List<String> replying) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < REPLIES[w]; r++) {
            if (example(w, replying.get(Math.min(r, REPLYING[w] - 1))) != null) {
                order.add(r);
            }
        }
        for (int r = 0; r < REPLIES[w]; r++) {
            if (!order.contains(r)) {
                order.add(r);
            }
        }
        List<JsonObjectBuilder> answers = new ArrayList<>(Collections.nCopies(REPLIES[w], null));
        for (int i = 0; i < order.size(); i++) {
            int r = order.get(i);
            String administration = replying.get(Math.min(r, REPLYING[w] - 1));
            String quoted = example(w, administration);
            answers.set(
                    r,
                    answer(
                            i,
                            Q5[w],
                            quoted != null
                                    ? quoted
                                    : "Modernization project of " + administration + " after " + TITLES[w]));
        }
        return answers;
    }

    /** What the report quotes of an administration after a workshop, its projects joined; {@code null} if nothing. */
    private static String example(int w, String administration) {
        List<String> projects = EXAMPLES.stream()
                .filter(e -> e.workshop() == w && e.administrations().contains(administration))
                .map(Example::project)
                .toList();
        return projects.isEmpty() ? null : String.join("; ", projects);
    }

    private static JsonObjectBuilder reply(
            int w, int r, String code, String email, String administration, JsonObjectBuilder q5) {
        int[] act = ACTIONS[w];
        JsonArrayBuilder inHouse = Json.createArrayBuilder();
        if (r < act[3]) {
            inHouse.add(Json.createObjectBuilder()
                    .add("date", "2017-06-%02d".formatted(10 + r))
                    .add("title", "In-house session on the " + TITLES[w].replace("WCO ", ""))
                    .add("attendees", 15 + (w * 7 + r * 5) % 40));
        }
        return Json.createObjectBuilder()
                .add("workshop", code)
                .add("participantEmail", email)
                .add("submittedOn", "2017-12-%02d".formatted(1 + (w + r) % 20))
                .add(
                        "q1",
                        Json.createObjectBuilder()
                                .add("sharedMaterials", r < act[0])
                                .add("colleaguesShared", r < act[0] ? 5 + (w + r) % 30 : 0)
                                .add("submittedReport", r < act[1])
                                .add("recommendations", r < act[2])
                                .add("inHouseWorkshop", r < act[3])
                                .add("manuals", r < act[4])
                                .add("others", r < act[5])
                                .add("othersText", "Briefed the management board of " + administration))
                .add("q1bisColleaguesLearned", r < act[0] ? 3 + (w * 3 + r) % 25 : 0)
                .add("q2", "The lessons of the " + TITLES[w].replace("WCO ", "") + " are used in daily operations.")
                .add("q3", answer(r, Q3[w], "Faster and better targeted examinations"))
                .add("q4", answer(r, Q4[w], "Officers apply the tools learned at the workshop"))
                .add("q5", q5)
                .add("inHouseWorkshops", inHouse);
    }

    /** Yes for the first replies, no for the next, blank for the rest, as the table counts them. */
    private static JsonObjectBuilder answer(int reply, int[] yesNo, String text) {
        if (reply < yesNo[0]) {
            return Json.createObjectBuilder().add("answer", "YES").add("text", text);
        }
        if (reply < yesNo[0] + yesNo[1]) {
            return Json.createObjectBuilder().add("answer", "NO");
        }
        return Json.createObjectBuilder().add("answer", JsonValue.NULL);
    }

    /** Most file their report within the month after the workshop; some file late, some not at all. */
    private static JsonObjectBuilder participant(
            String administration, String name, String email, YearMonth month, int index) {
        LocalDate end = month.atEndOfMonth();
        JsonObjectBuilder participant = Json.createObjectBuilder()
                .add("administration", administration)
                .add("name", name)
                .add("email", email);
        if (index % 7 == 6) {
            return participant.add("missionReport", JsonValue.NULL);
        }
        LocalDate filed = end.plusDays(index % 5 == 4 ? 45 + index % 20 : 5 + index % 20);
        return participant.add("missionReport", Json.createObjectBuilder().add("filedOn", filed.toString()));
    }

    private static String name(int person) {
        return GIVEN[person % GIVEN.length] + " " + FAMILY[(person * 7 + person / GIVEN.length) % FAMILY.length];
    }

    private static String email(int person, String administration, String code) {
        return "participant" + person + "." + code.toLowerCase() + "@customs." + administration.toLowerCase()
                + ".example";
    }
}
