package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.model.Deadline;

/**
 * A finding carries the values its rule reported, unformatted, and the event's day, so that an
 * integrating system reads the deadline without parsing the message.
 */
class FindingValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Checker checker;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().build();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    private static Finding replyFinding(ObjectNode record) throws Exception {
        CheckResult result = checker.check(JSON.writeValueAsString(record), "r.json").get(0);
        assertThat(result.errors()).isEmpty();
        return result.findings().stream().filter(f -> f.ruleId().equals("SUGG-REPLY-001")).findFirst().orElseThrow();
    }

    private static ObjectNode township() throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    @Test
    void aLateReplyCarriesItsAssignmentDayAndTheRolledDeadline() throws Exception {
        ObjectNode r = township();
        // assigned 2024-06-30: three months end on Monday 2024-09-30; answered 2024-10-12, late
        ((ObjectNode) r.withArray("suggestions").get(0)).put("assignedDate", "2024-06-30").put("repliedDate", "2024-10-12");
        Finding f = replyFinding(r);
        assertThat(f.path()).isEqualTo("/suggestions/0");
        assertThat(f.values()).containsEntry("assignedDate", LocalDate.of(2024, 6, 30));
        assertThat(f.values().get("deadline")).isInstanceOf(Deadline.class);
        assertThat(((Deadline) f.values().get("deadline")).date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(f.eventDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThatThrownBy(() -> f.values().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDeadlineOnAHolidayIsReportedWithBothDays() throws Exception {
        ObjectNode r = township();
        // assigned 2024-07-01: three months end on 2024-10-01 (National Day), rolled to 2024-10-08
        ((ObjectNode) r.withArray("suggestions").get(0)).put("assignedDate", "2024-07-01").put("repliedDate", "2024-10-09");
        Finding f = replyFinding(r);
        Deadline d = (Deadline) f.values().get("deadline");
        assertThat(d.nominal()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(d.rolled()).isTrue();
        assertThat(f.eventDate()).isEqualTo(LocalDate.of(2024, 10, 8));
    }
}
