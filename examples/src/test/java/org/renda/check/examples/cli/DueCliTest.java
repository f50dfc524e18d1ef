package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.examples.cli.CliTest.Run;

/**
 * {@code due}: the two mid-year 2025 records of test resources/due (示例镇 as of 31 May with a
 * reply due on 10 June and no presidium meeting in Q2; 二号镇 as of 20 June, replied and met).
 */
class DueCliTest {

    static final String MAY = "src/test/resources/due/township-2025-05-31.json";
    static final String JUNE = "src/test/resources/due/township-2025-06-20.json";

    @Test
    void jsonNamesTheDueReplyTheOverdueFindingAndTheOpenDuties() throws Exception {
        Run r = CliTest.run("due", "--month", "2025-06", "--format", "json", MAY, JUNE);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("month").asText()).isEqualTo("2025-06");
        JsonNode may = json.path("bodies").get(0);
        assertThat(may.path("recordId").asText()).isEqualTo("娄底市/双峰县/示例镇/2025-上半年");
        assertThat(may.path("due")).hasSize(1);
        assertThat(may.path("due").get(0).path("ruleId").asText()).isEqualTo("SUGG-REPLY-001");
        assertThat(may.path("due").get(0).path("path").asText()).isEqualTo("/suggestions/0");
        assertThat(may.path("due").get(0).path("dueDate").asText()).isEqualTo("2025-06-10");
        assertThat(may.path("overdue").get(0).path("ruleId").asText()).isEqualTo("SUGG-ASSIGN-001");
        List<String> open = new ArrayList<>();
        may.path("open").forEach(o -> open.add(o.path("ruleId").asText()));
        assertThat(open).containsExactly("DEPUTY-REPORT-001", "LD-LAW-INSPECT-001", "LD-STATION-VISIT-001",
                "LD-MINSHENG-SUPERVISE-001", "BUDGET-APPROVE-001", "FINAL-ACCOUNTS-001", "SESSION-FREQ-002");
        assertThat(may.path("open").get(1).path("monthsLeft").asInt()).isEqualTo(7);
        assertThat(may.path("open").get(2).path("count").asInt()).isEqualTo(13);
        List<String> recurring = new ArrayList<>();
        may.path("recurring").forEach(o -> recurring.add(o.path("ruleId").asText() + " " + o.path("period").asText()));
        assertThat(recurring).containsExactly("HN-PRESIDIUM-MEET-001 2025-Q2", "LD-STATION-IDLE-001 2025-06");
        // 二号镇 answered on 8 June and met on 5 June: neither is due; its station still has to receive in June
        JsonNode june = json.path("bodies").get(1);
        assertThat(june.path("due")).isEmpty();
        assertThat(june.path("recurring")).hasSize(1);
        assertThat(june.path("recurring").get(0).path("ruleId").asText()).isEqualTo("LD-STATION-IDLE-001");
        JsonNode grid = json.path("counties").get(0).path("grid");
        assertThat(grid.get(0).path("cells").path("SUGG-REPLY-001").asText()).isEqualTo("本月到期");
        assertThat(grid.get(1).path("cells").path("SUGG-REPLY-001").asText()).isEqualTo("已办");
        assertThat(grid.get(0).path("cells").path("SUGG-ASSIGN-001").asText()).isEqualTo("逾期");
    }

    @Test
    void icsRoundTripsThroughIcal4jWithStableUidsAndReminders(@TempDir Path dir) throws Exception {
        Path cal = dir.resolve("county.yaml");
        Files.writeString(cal, "county: 双峰县\nitems:\n  - date: 2025-06-20\n    title: 县人大常委会听取乡镇人大工作汇报\n"
                + "    who: 县人大常委会办公室\n  - date: 2025-07-01\n    title: 七月事项\n");
        Path out = dir.resolve("due.ics");
        Run r = CliTest.run("due", "--month", "2025-06", "--format", "ics", "--alarm-days", "5", "--calendar",
                cal.toString(), "--out", out.toString(), MAY);
        assertThat(r.code()).as(r.err()).isZero();
        Calendar parsed = new CalendarBuilder().build(new StringReader(Files.readString(out)));
        List<VEvent> events = parsed.getComponents("VEVENT");
        List<String> summaries = new ArrayList<>();
        events.forEach(e -> summaries.add(e.getProperty(Property.SUMMARY).orElseThrow().getValue()));
        assertThat(summaries).containsExactly("【到期】示例镇：代表建议未在三个月内答复（G1）",
                "【常规】示例镇：本季度未召开主席团会议",
                "【常规】示例镇：代表联络站重建设轻使用：有月份接待群众不足（ST1 示例镇人大代表联络站）",
                "【县里安排】县人大常委会听取乡镇人大工作汇报");
        VEvent reply = events.get(0);
        assertThat(reply.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20250610");
        assertThat(reply.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(reply.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("SUGG-REPLY-001", "/suggestions/0 G1", "第五十一条第二款");
        List<VAlarm> alarms = reply.getAlarms();
        assertThat(alarms).hasSize(1);
        assertThat(alarms.get(0).getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-P5D");
        assertThat(alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        List<String> uids = uids(events);
        assertThat(uids).doesNotHaveDuplicates().allMatch(u -> u.matches("[0-9a-f]{32}@renda-check"));
        // a second run (other time stamps) gives the same UIDs: a re-import updates the events
        Run again = CliTest.run("due", "--month", "2025-06", "--format", "ics", "--calendar", cal.toString(), MAY);
        List<VEvent> events2 = new CalendarBuilder().build(new StringReader(again.out())).getComponents("VEVENT");
        assertThat(uids(events2)).isEqualTo(uids);
        assertThat(uids.get(0)).isEqualTo(DueIcs.uid("娄底市/双峰县/示例镇/2025-上半年", "SUGG-REPLY-001", "/suggestions/0",
                "2025-06-10"));
    }

    private static List<String> uids(List<VEvent> events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.getProperty(Property.UID).orElseThrow().getValue()));
        return out;
    }

    @Test
    void aMonthBeforeTheRecordsDateIsAClearErrorForThatRecordOnly() throws Exception {
        Run r = CliTest.run("due", "--month", "2025-05", "--format", "json", MAY, JUNE);
        assertThat(r.code()).isEqualTo(1);
        JsonNode bodies = new ObjectMapper().readTree(r.out()).path("bodies");
        assertThat(bodies.get(0).path("status").asText()).isEqualTo("CHECKED");
        assertThat(bodies.get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(bodies.get(1).path("errors").get(0).path("path").asText()).isEqualTo("/asOfDate");
        assertThat(bodies.get(1).path("errors").get(0).path("message").asText())
                .isEqualTo("记录的截止日期为 2025-06-20，晚于所选月份 2025-05：月初提示从记录截止日起向后看，应选择 2025-06 或以后的月份");
        Run other = CliTest.run("due", "--month", "2024-12", MAY);
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.out()).contains("/year 所选月份 2024-12 不在记录的年度 2025 内（应为 2025-01 至 2025-12）");
    }

    @Test
    void anUnknownCalendarKeyIsAClearErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path cal = dir.resolve("county.yaml");
        Files.writeString(cal, "items:\n  - date: 2025-06-20\n    title: 汇报\n  - date: 2025-06-21\n    titel: 错字\n");
        Path out = dir.resolve("due.html");
        Run r = CliTest.run("due", "--month", "2025-06", "--format", "html", "--calendar", cal.toString(), "--out",
                out.toString(), MAY);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("renda-check due: " + cal + ": items[1].titel：未知的键（应为 date、title、who 之一）"
                + System.lineSeparator());
        assertThat(Files.list(dir)).containsExactly(cal);
        Files.writeString(cal, "items:\n  - date: 6月20日\n    title: 汇报\n");
        assertThat(CliTest.run("due", "--month", "2025-06", "--calendar", cal.toString(), MAY).err())
                .contains("items[0].date：应为 YYYY-MM-DD，实为 6月20日");
        assertThat(CliTest.run("due", "--month", "2025-6", MAY).err()).contains("--month 应为 YYYY-MM（如 2025-06），实为 2025-6");
    }

    @Test
    void htmlHasOneSheetPerBodyWithTheFourPartsAndBlankColumnsThenTheGrid() throws Exception {
        Run r = CliTest.run("due", "--month", "2025-06", "--format", "html", MAY, JUNE);
        assertThat(r.code()).as(r.err()).isZero();
        String html = r.out();
        assertThat(html.split("<section class=\"sheet\">", -1)).hasSize(3);
        assertThat(html.split("<section class=\"sheet grid\">", -1)).hasSize(2);
        assertThat(html).contains("<h1>月初提示单</h1>", "一、本月到期", "二、已逾期", "三、年度待办", "四、每月（季）常规",
                "<th class=\"fill\">完成日期</th><th class=\"fill\">台账编号</th>", "双峰县 月初提示汇总表",
                "剩余 7 个月（至 2025-12-31）");
    }
}
