package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.RecordFormat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The semantic checks of one record whose structure the schema accepted (the part of
 * {@link RecordValidator} that the schema cannot say): dates that exist and lie in the record's
 * year and not after its {@code asOfDate}, references between items, counts that add up. One
 * instance per record; every problem is collected, in Chinese or English.
 */
final class SemanticChecks {

    private static final Pattern PLANNED_DATE = Pattern.compile("^/officers/\\d+(/otherPosts/\\d+)?/(from|to)$");
    /** The names of the date fields, from the record format (fields of kind DATE in any object). */
    private static final Set<String> DATE_FIELDS = dateFields();

    private static Set<String> dateFields() {
        Set<String> names = new HashSet<>();
        for (RecordFormat.ObjectType t : RecordFormat.get().types()) {
            for (RecordFormat.Field f : t.fields()) {
                if (f.kind() == RecordFormat.Kind.DATE) {
                    names.add(f.name());
                }
            }
        }
        return Set.copyOf(names);
    }

    private final JsonNode r;
    private final Language l;
    private final List<InputError> errors = new ArrayList<>();
    private final int year;
    private LocalDate asOf;

    SemanticChecks(JsonNode record, Language l) {
        this.r = record;
        this.l = l;
        this.year = record.get("year").intValue();
    }

    List<InputError> run() {
        asOf = LocalDate.of(year, 12, 31);
        JsonNode a = value(r, "asOfDate");
        if (a != null) {
            LocalDate d = date(a, "/asOfDate");
            if (d != null) {
                asOf = d;
                if (d.isBefore(LocalDate.of(year, 1, 1))) {
                    add("/asOfDate", "截止日期 " + d + " 早于记录年度 " + year + " 的 1 月 1 日",
                            "asOfDate " + d + " is before 1 January of the record's year " + year);
                }
            }
        }
        walkDates(r, "");
        Set<String> deputies = ids("deputies");
        Set<String> sessions = ids("sessions");
        Set<String> stations = ids("stations");
        duplicates(value(r, "officers"), "/officers");
        duplicates(value(r, "deputies"), "/deputies");
        duplicates(value(r, "stations"), "/stations");
        duplicates(value(r, "sessions"), "/sessions");
        sessions(deputies);
        meetings("presidiumMeetings");
        meetings("committeeMeetings");
        each("reportsToCounty", (n, p) -> inYear(n, p, "date", false));
        duplicates(value(r, "activities"), "/activities");
        each("activities", (n, p) -> {
            inYear(n, p, "date", "BUDGET_CONSULTATION".equals(text(n, "type")));
            ref(n, p + "/stationId", value(n, "stationId"), stations, "stations");
            refs(n, p + "/deputyIds", deputies);
        });
        duplicates(value(r, "suggestions"), "/suggestions");
        each("suggestions", (n, p) -> {
            ref(n, p + "/sessionId", value(n, "sessionId"), sessions, "sessions");
            refs(n, p + "/deputyIds", deputies);
        });
        duplicates(value(r, "normativeDocuments"), "/normativeDocuments");
        each("normativeDocuments", (n, p) -> inYear(n, p, "issuedDate", false));
        JsonNode budget = value(r, "budget");
        if (budget != null) {
            JsonNode adj = value(budget, "adjustments");
            duplicates(adj, "/budget/adjustments");
            if (adj != null) {
                for (int i = 0; i < adj.size(); i++) {
                    ref(adj.get(i), "/budget/adjustments/" + i + "/approvedAtSession",
                            value(adj.get(i), "approvedAtSession"), sessions, "sessions");
                }
            }
        }
        return errors;
    }

    private void sessions(Set<String> deputies) {
        each("sessions", (s, p) -> {
            LocalDate start = date(s.get("startDate"), p + "/startDate");
            LocalDate end = date(s.get("endDate"), p + "/endDate");
            inYear(s, p, "startDate", false);
            if (start != null && end != null && end.isBefore(start)) {
                add(p + "/endDate", "结束日期 " + end + " 早于开始日期 " + start,
                        "endDate " + end + " is before startDate " + start);
            }
            int total = s.get("deputiesTotal").intValue();
            int present = s.get("deputiesPresent").intValue();
            if (present > total) {
                add(p + "/deputiesPresent", "出席代表 " + present + " 人多于“代表总数” " + total + " 人",
                        "deputiesPresent " + present + " is more than deputiesTotal " + total);
            }
            JsonNode absences = value(s, "absences");
            if (absences != null) {
                for (int i = 0; i < absences.size(); i++) {
                    ref(absences.get(i), p + "/absences/" + i + "/deputyId", absences.get(i).get("deputyId"), deputies, "deputies");
                }
            }
            JsonNode agenda = s.get("agenda");
            duplicates(agenda, p + "/agenda");
            for (int j = 0; j < agenda.size(); j++) {
                JsonNode vote = value(agenda.get(j), "vote");
                if (vote != null) {
                    long sum = (long) vote.get("for").intValue() + vote.get("against").intValue() + vote.get("abstain").intValue();
                    if (sum > present) {
                        add(p + "/agenda/" + j + "/vote",
                                "赞成、反对、弃权合计 " + sum + " 票，多于本次会议的“出席代表数” " + present + " 人",
                                "for + against + abstain = " + sum + " is more than the session's deputiesPresent " + present);
                    }
                }
            }
        });
    }

    private void meetings(String section) {
        each(section, (m, p) -> {
            inYear(m, p, "date", false);
            JsonNode total = value(m, "membersTotal");
            JsonNode present = value(m, "membersPresent");
            if (total != null && present != null && present.intValue() > total.intValue()) {
                add(p + "/membersPresent", "出席人数 " + present.intValue() + " 多于“组成人员总数” " + total.intValue(),
                        "membersPresent " + present.intValue() + " is more than membersTotal " + total.intValue());
            }
        });
    }

    private void inYear(JsonNode item, String p, String field, boolean previousYearAllowed) {
        LocalDate d = date(value(item, field), p + "/" + field);
        if (d == null) {
            return;
        }
        boolean ok = d.getYear() == year || (previousYearAllowed && d.getYear() == year - 1);
        if (!ok) {
            String allowed = previousYearAllowed ? (year - 1) + "–" + year : String.valueOf(year);
            add(p + "/" + field, Msg.quotedTitle(p + "/" + field) + " " + d + " 不在记录年度 " + allowed + " 内",
                    field + " " + d + " is outside the record's year " + allowed);
        }
    }

    private void walkDates(JsonNode n, String p) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (DATE_FIELDS.contains(e.getKey()) && v.isTextual()) {
                    String cp = p + "/" + Msg.escape(e.getKey());
                    LocalDate d = date(v, cp);
                    if (d != null && d.isAfter(asOf) && !"/asOfDate".equals(cp) && !PLANNED_DATE.matcher(cp).matches()) {
                        add(cp, "日期 " + d + " 晚于记录的截止日期 " + asOf + "（记录不能报告尚未发生的事）",
                                "date " + d + " is after the record's asOfDate " + asOf + " (a record cannot report what has not happened yet)");
                    }
                } else if (v.isContainerNode()) {
                    walkDates(v, p + "/" + Msg.escape(e.getKey()));
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                JsonNode v = n.get(i);
                if (v.isContainerNode()) {
                    walkDates(v, p + "/" + i);
                }
            }
        }
    }

    /** Ids defined by a section; null when the section is absent. */
    private Set<String> ids(String section) {
        JsonNode arr = value(r, section);
        if (arr == null) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (JsonNode n : arr) {
            String id = text(n, "id");
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private void duplicates(JsonNode arr, String p) {
        if (arr == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < arr.size(); i++) {
            String id = text(arr.get(i), "id");
            if (id == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                add(p + "/" + i + "/id", "重复的编号 \"" + id + "\"（与" + RecordFormat.get().label(p + "/" + first, Language.ZH) + "相同）",
                        "duplicate id \"" + id + "\" (the same as " + p + "/" + first + ")");
            }
        }
    }

    private void refs(JsonNode item, String p, Set<String> defined) {
        JsonNode list = value(item, p.substring(p.lastIndexOf('/') + 1));
        if (list == null) {
            return;
        }
        for (int k = 0; k < list.size(); k++) {
            ref(item, p + "/" + k, list.get(k), defined, "deputies");
        }
    }

    private void ref(JsonNode item, String p, JsonNode idNode, Set<String> defined, String section) {
        if (idNode == null || idNode.isNull()) {
            return;
        }
        String id = idNode.asText();
        if (defined == null) {
            return; // the section was not reported: nothing to verify against (see class doc)
        }
        if (!defined.contains(id)) {
            add(p, "引用了未定义的编号 \"" + id + "\"（" + RecordFormat.get().label("/" + section, Language.ZH) + "中没有此编号）",
                    "refers to undefined id \"" + id + "\" (not in " + section + ")");
        }
    }

    private interface Item {
        void check(JsonNode node, String pointer);
    }

    private void each(String section, Item check) {
        JsonNode arr = value(r, section);
        if (arr == null) {
            return;
        }
        for (int i = 0; i < arr.size(); i++) {
            check.check(arr.get(i), "/" + section + "/" + i);
        }
    }

    private LocalDate date(JsonNode n, String p) {
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return Dates.parse(n.asText());
        } catch (DateTimeParseException e) {
            // the schema already rejects these; kept so that a date is never silently ignored
            add(p, "应为日期 YYYY-MM-DD，实为 " + Msg.shortText(n) + "（不存在的日期）",
                    "expected a date YYYY-MM-DD, found " + Msg.shortText(n) + " (no such date)");
            return null;
        }
    }

    private void add(String p, String zh, String en) {
        InputError e = new InputError(p, Msg.t(l, zh, en));
        if (!errors.contains(e)) {
            errors.add(e);
        }
    }

    /** A field's value, or null when absent or null (rule 7). */
    private static JsonNode value(JsonNode parent, String field) {
        JsonNode v = parent == null ? null : parent.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode v = value(parent, field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }
}
