package org.renda.check.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.renda.check.Checker;
import org.renda.check.DueResult;
import org.renda.check.Duty;
import org.renda.check.Status;

/** The duty list (月初提示) from the bundled rules, on a mid-year 2025 township record built here. */
class DueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The fixture base township-midyear (2024, as of 30 June) moved to 2025 and dated 31 May: the
     * June activity removed, the second-quarter presidium meeting removed, suggestion G1 assigned
     * on 10 March 2025 and not yet answered (reply due 10 June 2025, a Tuesday).
     */
    static String midyear2025() throws Exception {
        String text;
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township-midyear.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        text = text.replace("\"2023-", "\"2024X").replace("\"2024-", "\"2025-").replace("\"2024X", "\"2024-")
                .replace("2024-上半年", "2025-上半年");
        ObjectNode r = (ObjectNode) JSON.readTree(text);
        r.put("year", 2025);
        r.put("asOfDate", "2025-05-31");
        ArrayNode activities = (ArrayNode) r.get("activities");
        for (int i = activities.size() - 1; i >= 0; i--) {
            if (activities.get(i).get("date").asText().compareTo("2025-05-31") > 0) {
                activities.remove(i);
            }
        }
        ArrayNode meetings = (ArrayNode) r.get("presidiumMeetings");
        for (int i = meetings.size() - 1; i >= 0; i--) {
            if (meetings.get(i).get("date").asText().startsWith("2025-04")) {
                meetings.remove(i);
            }
        }
        ObjectNode g1 = (ObjectNode) r.get("suggestions").get(0);
        g1.put("assignedDate", "2025-03-10");
        g1.remove("repliedDate");
        return JSON.writeValueAsString(r);
    }

    private static List<String> ids(List<Duty> duties) {
        return duties.stream().map(d -> d.ruleId() + " " + d.path()).collect(Collectors.toList());
    }

    @Test
    void juneListNamesTheReplyDueOnTenJuneTheQuartersMeetingAndTheOpenYearlyDuties() throws Exception {
        List<DueResult> results = BundledCheckers.zh().due(midyear2025(), "midyear-2025.json", YearMonth.of(2025, 6));
        assertEquals(1, results.size());
        DueResult r = results.get(0);
        assertEquals(Status.CHECKED, r.status(), () -> r.errors().toString());

        Duty reply = r.due().stream().filter(d -> d.ruleId().equals("SUGG-REPLY-001")).findFirst().orElseThrow();
        assertEquals("/suggestions/0", reply.path());
        assertEquals("G1", reply.item());
        assertEquals(LocalDate.of(2025, 6, 10), reply.dueDate());
        assertEquals("《全国人民代表大会和地方各级人民代表大会代表法》(2025)第五十一条第二款",
                reply.basis().get(0).display());
        assertEquals(List.of("SUGG-REPLY-001 /suggestions/0"), ids(r.due()));

        Duty meeting = r.recurring().stream().filter(d -> d.ruleId().equals("HN-PRESIDIUM-MEET-001")).findFirst()
                .orElseThrow();
        assertEquals("/presidiumMeetings", meeting.path());
        assertEquals("2025-Q2", meeting.period());
        assertEquals(LocalDate.of(2025, 6, 30), meeting.dueDate());
        assertEquals(List.of("HN-PRESIDIUM-MEET-001 /presidiumMeetings", "LD-STATION-IDLE-001 /stations/0"),
                ids(r.recurring()));
        Duty station = r.recurring().get(1);
        assertEquals("2025-06", station.period());

        Duty inspect = r.open().stream().filter(d -> d.ruleId().equals("LD-LAW-INSPECT-001")).findFirst().orElseThrow();
        assertEquals(7, inspect.monthsLeft());
        assertEquals(LocalDate.of(2025, 12, 31), inspect.dueDate());
        assertTrue(inspect.basis().stream().anyMatch(c -> c.display().contains("第十九条第二款")), inspect.basis()::toString);
        Duty visits = r.open().stream().filter(d -> d.ruleId().equals("LD-STATION-VISIT-001")).findFirst().orElseThrow();
        assertEquals("/deputies", visits.path());
        assertNull(visits.item());
        assertTrue(visits.count() > 1, visits.paths()::toString);
        assertEquals(13, visits.count()); // no deputy has four receptions yet: counted, not listed
        // the budget items of the base keep fiscalYear 2024, so the 2025 budget and 2024 accounts are open too
        assertEquals(List.of("DEPUTY-REPORT-001 /activities", "LD-LAW-INSPECT-001 /activities",
                "LD-STATION-VISIT-001 /deputies", "LD-MINSHENG-SUPERVISE-001 /livelihoodProjects",
                "BUDGET-APPROVE-001 /sessions", "FINAL-ACCOUNTS-001 /sessions", "SESSION-FREQ-002 /sessions"),
                ids(r.open()));
        // assigned 10 March, 30 days after submission on 17 January: already a finding, not a duty
        assertEquals(List.of("SUGG-ASSIGN-001 /suggestions/0"),
                r.overdue().stream().map(f -> f.ruleId() + " " + f.path()).toList());
    }

    @Test
    void theSameRuleIsAFindingOnTheDeadlineWithNoReplyAndNotTheDayBefore() throws Exception {
        for (String day : new String[] {"2025-06-09", "2025-06-10"}) {
            String json = midyear2025().replace("\"asOfDate\":\"2025-05-31\"", "\"asOfDate\":\"" + day + "\"");
            org.renda.check.CheckResult r = BundledCheckers.zh().check(json, day).get(0);
            assertEquals(Status.CHECKED, r.status(), () -> r.errors().toString());
            List<String> reply = r.findings().stream().filter(f -> f.ruleId().equals("SUGG-REPLY-001"))
                    .map(f -> f.path() + " " + f.basis().get(0).display()).toList();
            assertEquals(day.equals("2025-06-09") ? List.of()
                    : List.of("/suggestions/0 《全国人民代表大会和地方各级人民代表大会代表法》(2025)第五十一条第二款"), reply, day);
        }
    }

    @Test
    void ofTwoNamedDeadlinesTheDutyFallsDueOnTheOneNotMet() throws Exception {
        // A21, the special work report of 16 May: opinions forwarded on 28 May (in time), no feedback
        // yet; the feedback falls due 90 days on, on 14 August (a Thursday)
        DueResult r = BundledCheckers.zh().due(midyear2025(), "m.json", YearMonth.of(2025, 8)).get(0);
        Duty feedback = r.due().stream().filter(d -> d.ruleId().equals("LD-SUPERVISE-FOLLOWUP-001")).findFirst()
                .orElseThrow();
        assertEquals("/activities/6", feedback.path());
        assertEquals(LocalDate.of(2025, 8, 14), feedback.dueDate());
        assertEquals(List.of(), ids(BundledCheckers.zh().due(midyear2025(), "m.json", YearMonth.of(2025, 7)).get(0).due().stream()
                .filter(d -> d.ruleId().equals("LD-SUPERVISE-FOLLOWUP-001")).toList()));
    }

    @Test
    void aSectionNotReportedIsListedAsNotLookedAheadNeverSilentlyDropped() throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(midyear2025());
        r.remove("suggestions");
        DueResult d = BundledCheckers.zh().due(JSON.writeValueAsString(r), "no-suggestions.json", YearMonth.of(2025, 6)).get(0);
        assertEquals(Status.CHECKED, d.status());
        assertEquals(List.of(), ids(d.due()));
        assertEquals(List.of("SUGG-ASSIGN-001", "SUGG-REPLY-001", "SUGG-REPLY-002", "SUGG-REPORT-001"), // those with @due
                d.notChecked().stream().map(n -> n.ruleId()).toList());
    }

    @Test
    void aMonthOutsideTheYearAndARecordDatedAfterTheMonthAreClearErrors() throws Exception {
        DueResult outside = BundledCheckers.zh().due(midyear2025(), "m.json", YearMonth.of(2026, 1)).get(0);
        assertEquals(Status.REJECTED, outside.status());
        assertEquals("/year", outside.errors().get(0).path());
        assertEquals("所选月份 2026-01 不在记录的年度 2025 内（应为 2025-01 至 2025-12）", outside.errors().get(0).message());
        DueResult before = BundledCheckers.zh().due(midyear2025(), "m.json", YearMonth.of(2025, 4)).get(0);
        assertEquals(Status.REJECTED, before.status());
        assertEquals("/asOfDate", before.errors().get(0).path());
        assertEquals("记录的截止日期为 2025-05-31，晚于所选月份 2025-04：月初提示从记录截止日起向后看，应选择 2025-05 或以后的月份",
                before.errors().get(0).message());
    }
}
