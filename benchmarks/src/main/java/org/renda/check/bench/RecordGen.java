package org.renda.check.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.internal.RecordValidator;

/**
 * A seeded random record builder: mutates the two spec examples' values (counts, dates inside the
 * year, kinds, results, flags, removed or emptied sections, the year itself) and keeps only
 * records that pass the strict reader's validation, so every record it yields is valid input.
 * Deterministic for a seed.
 */
public final class RecordGen {

    /** The spec examples, as rules-core ships them (its fixture bases). */
    public static final String TOWNSHIP = "/org/renda/check/fixtures/township.json";
    public static final String STREET = "/org/renda/check/fixtures/street.json";

    /** The years the random records cover: the packs' whole range (catalogue 1.1) and the holiday file's. */
    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2026;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // The enum values come from the record format; what is data here is how often each is drawn (its
    // weight, 0 = never). weighted() fails when the format gains or loses a value these tables do not name.
    static final String[] SESSION_KINDS = weighted("session", "kind",
            Map.of("REGULAR", 2, "EXTRAORDINARY", 1, "FIRST_OF_TERM", 1));
    static final String[] RESULTS = weighted("agendaItem", "result",
            Map.of("ADOPTED", 3, "REJECTED", 1, "DELIBERATED", 1, "WITHDRAWN", 1));
    static final String[] AGENDA_TYPES = evenly("agendaItem", "type");
    private static final List<String> BUDGET_TYPES = List.of("BUDGET", "BUDGET_EXECUTION_REPORT", "BUDGET_ADJUSTMENT",
            "FINAL_ACCOUNTS");
    static final String[] METHODS = evenly("vote", "method");
    static final String[] ACTIVITY_TYPES = evenly("activity", "type");
    static final String[] ORGANIZERS = evenly("activity", "organizer");
    static final String[] ACCEPTED_BY = evenly("officer", "resignationAcceptedBy");
    static final String[] ORGANS = weighted("post", "organ", Map.of("ADMINISTRATIVE", 1, "PARTY", 1, "CONGRESS", 1,
            "PUBLIC_INSTITUTION", 1, "MASS_ORGANIZATION", 0, "OTHER", 1));
    static final String[] STATUSES = weighted("deputy", "status",
            Map.of("SERVING", 3, "RESIGNED", 1, "RECALLED", 1, "TERMINATED", 0, "DECEASED", 1));
    /** The record's sections, in the format's order. */
    static final List<String> SECTIONS = RecordFormat.get().sections().stream().map(RecordFormat.Field::name).toList();

    /** An enum field's values in the format's order, each once. */
    static String[] evenly(String type, String field) {
        return values(type, field).toArray(String[]::new);
    }

    /**
     * An enum field's values in the format's order, each repeated by its weight.
     *
     * @throws IllegalStateException when the weights do not name exactly the format's values
     */
    static String[] weighted(String type, String field, Map<String, Integer> weights) {
        List<String> values = values(type, field);
        if (!weights.keySet().equals(new HashSet<>(values))) {
            throw new IllegalStateException("RecordGen's weights for " + type + "." + field + " name " + new TreeSet<>(weights.keySet())
                    + ", the record format has " + new TreeSet<>(values));
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (int i = 0; i < weights.get(v); i++) {
                out.add(v);
            }
        }
        return out.toArray(String[]::new);
    }

    private static List<String> values(String type, String field) {
        for (RecordFormat.ObjectType t : RecordFormat.get().types()) {
            if (t.name().equals(type) && t.field(field) != null) {
                return t.field(field).choices().stream().map(RecordFormat.Choice::value).toList();
            }
        }
        throw new IllegalStateException("the record format has no enum field " + type + "." + field);
    }

    private final ObjectNode township;
    private final ObjectNode street;
    private final SplittableRandom rnd;
    private final RecordValidator validator = new RecordValidator();
    private int generated;
    private int rejected;

    public RecordGen(long seed) {
        this.township = load(TOWNSHIP);
        this.street = load(STREET);
        this.rnd = new SplittableRandom(seed);
    }

    /** The spec example (township or street) as JSON bytes. */
    public static byte[] example(String resource) {
        try (InputStream in = RecordGen.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode load(String resource) {
        try {
            return (ObjectNode) JSON.readTree(example(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next valid random record, as a tree. */
    public ObjectNode nextNode() {
        while (true) {
            ObjectNode r = mutate();
            generated++;
            if (validator.validate(r, Language.EN).isEmpty()) {
                return r;
            }
            rejected++;
        }
    }

    /** The next valid random record, as UTF-8 JSON. */
    public byte[] next() {
        try {
            return JSON.writeValueAsBytes(nextNode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Candidates made so far, and how many of them validation rejected (and were skipped). */
    public int generated() {
        return generated;
    }

    public int rejected() {
        return rejected;
    }

    // ---------------------------------------------------------------------------------------------

    private boolean p(double probability) {
        return rnd.nextDouble() < probability;
    }

    private int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private LocalDate dayIn(int year, LocalDate notAfter) {
        LocalDate start = LocalDate.of(year, 1, 1);
        int span = (int) (notAfter.toEpochDay() - start.toEpochDay());
        return start.plusDays(span <= 0 ? 0 : rnd.nextInt(span + 1));
    }

    private static LocalDate date(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : LocalDate.parse(v.textValue());
    }

    /** Sets an optional event date: absent, or a day from {@code from} (clamped into the year) to asOf. */
    private void eventDate(ObjectNode n, String field, LocalDate from, int year, LocalDate asOf, double absent) {
        if (p(absent)) {
            n.remove(field);
            return;
        }
        LocalDate lo = from == null || from.getYear() < year ? LocalDate.of(year, 1, 1) : from;
        if (lo.isAfter(asOf)) {
            n.remove(field);
            return;
        }
        int span = (int) (asOf.toEpochDay() - lo.toEpochDay());
        // mostly soon after `from` (so deadlines are sometimes met, sometimes missed)
        int d = p(0.7) ? rnd.nextInt(Math.min(span, 120) + 1) : rnd.nextInt(span + 1);
        n.put(field, lo.plusDays(d).toString());
    }

    private ObjectNode mutate() {
        ObjectNode r = (p(0.75) ? township : street).deepCopy();
        boolean isTownship = r.get("body").get("kind").textValue().equals("TOWNSHIP");
        // the year: shift every date and fiscal year to a year from 2021 to 2026 (records before 2021
        // are rejected), so every era is exercised: 组织法 2015 before 2022-03-12, 代表法 2015 before
        // 2025-03-11, the Loudi pack from 2025, the holiday calendar's years and 2026's weekends
        int shift = between(FIRST_YEAR, LAST_YEAR) - r.get("year").intValue();
        if (shift != 0) {
            shiftYears(r, shift);
            r.put("year", r.get("year").intValue() + shift);
        }
        int year = r.get("year").intValue();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = yearEnd;
        if (p(0.25)) {
            asOf = LocalDate.of(year, between(3, 12), 1).plusDays(between(0, 27));
            r.put("asOfDate", asOf.toString());
        } else if (p(0.2)) {
            r.put("asOfDate", yearEnd.toString());
        }
        final LocalDate cutoff = asOf;

        if (r.has("term") && p(0.3)) {
            ((ObjectNode) r.get("term")).put("electionCompletedDate",
                    LocalDate.of(year, 1, 1).minusDays(between(0, 120)).toString());
        } else if (r.has("term") && p(0.3)) {
            // an election in the year: its first session is due two months later (SESSION-FIRST-002)
            ((ObjectNode) r.get("term")).put("electionCompletedDate", dayIn(year, cutoff).toString());
        }
        if (isTownship && r.get("officers") instanceof ArrayNode officers && p(0.15)) {
            // one or two more vice-chairmen (CHAIR-COUNT-001 when their periods meet)
            for (int k = between(1, 2); k > 0; k--) {
                ObjectNode v = officers.addObject();
                v.put("id", "OV" + k);
                v.put("role", "VICE_CHAIRMAN");
                v.put("isDeputy", true);
            }
        }
        forEach(r, "officers", o -> mutateOfficer(o, year, isTownship));
        forEach(r, "deputies", d -> mutateDeputy(d));
        List<String> sessionIds = new ArrayList<>();
        forEach(r, "sessions", s -> {
            mutateSession(s, year, cutoff);
            sessionIds.add(s.get("id").textValue());
        });
        if (!isTownship && p(0.2) && !township.get("sessions").isEmpty()) {
            // a street that (wrongly) reports a congress session
            ObjectNode s = (ObjectNode) township.get("sessions").get(0).deepCopy();
            s.remove("absences");
            shiftYears(s, year - township.get("year").intValue());
            mutateSession(s, year, cutoff);
            r.putArray("sessions").add(s);
        }
        forEach(r, "presidiumMeetings", m -> m.put("date", dayIn(year, cutoff).toString()));
        forEach(r, "committeeMeetings", m -> m.put("date", dayIn(year, cutoff).toString()));
        forEach(r, "reportsToCounty", m -> m.put("date", dayIn(year, cutoff).toString()));
        dropSome(r, "presidiumMeetings", 0.3);
        dropSome(r, "committeeMeetings", 0.3);
        dropSome(r, "reportsToCounty", 0.3);
        if (r.get("budget") instanceof ObjectNode b) {
            if (p(0.2)) {
                b.put("earmarkedCongressFunds", false);
            }
            forEach(b, "adjustments", a -> {
                a.put("executedDate", dayIn(year, cutoff).toString());
                if (p(0.3)) {
                    a.remove("approvedAtSession");
                } else if (!sessionIds.isEmpty()) {
                    a.put("approvedAtSession", sessionIds.get(rnd.nextInt(sessionIds.size())));
                }
            });
        }
        List<String> stationIds = new ArrayList<>();
        forEach(r, "stations", st -> {
            stationIds.add(st.get("id").textValue());
            if (p(0.4)) {
                st.put("establishedDate", dayIn(year, cutoff).toString());
            } else if (p(0.2)) {
                st.remove("establishedDate");
            }
        });
        forEach(r, "activities", a -> mutateActivity(a, year, cutoff, stationIds));
        dropSome(r, "activities", 0.15);
        forEach(r, "suggestions", g -> {
            LocalDate submitted = p(0.3) ? LocalDate.of(year, 1, 1).minusDays(between(1, 200)) : dayIn(year, cutoff);
            g.put("submittedDate", submitted.toString());
            eventDate(g, "assignedDate", submitted, year, cutoff, 0.15);
            if (p(0.3)) {
                g.put("complex", !g.path("complex").asBoolean(false));
            }
            LocalDate assigned = date(g, "assignedDate");
            if (assigned == null) {
                g.remove("repliedDate");
            } else {
                eventDate(g, "repliedDate", assigned, year, cutoff, 0.2);
            }
            if (p(0.2)) {
                g.put("deputyContacted", false);
            } else if (p(0.1)) {
                g.remove("deputyContacted");
            }
        });
        if (r.get("livelihoodProjects") instanceof ObjectNode lp) {
            if (p(0.3)) {
                lp.put("candidateCount", between(0, 12));
            }
            if (p(0.3)) {
                lp.put("selectedCount", between(0, 10));
            }
            if (p(0.2)) {
                lp.remove("candidateCount");
            }
            if (p(0.3)) {
                eventDate(lp, "collectionStartDate", null, year, cutoff, 0.3);
            }
            eventDate(lp, "implementationReportDate", null, year, cutoff, 0.2);
            eventDate(lp, "satisfactionEvaluationDate", null, year, cutoff, 0.5);
        }
        forEach(r, "normativeDocuments", d -> {
            LocalDate issued = dayIn(year, cutoff);
            d.put("issuedDate", issued.toString());
            eventDate(d, "filedWithPresidiumDate", issued, year, cutoff, 0.2);
        });
        if (r.get("disclosures") instanceof ObjectNode d) {
            eventDate(d, "deputyInfoPublishedDate", null, year, cutoff, 0.3);
            if (p(0.25)) {
                d.put("performanceRecordsKept", false);
            } else if (p(0.15)) {
                d.remove("performanceRecordsKept");
            }
        }
        if (!isTownship && p(0.2)) {
            r.putArray("residentCouncils");
        }
        // remove or empty whole sections
        for (String section : SECTIONS) {
            if (r.has(section) && p(0.06)) {
                r.remove(section);
            } else if (r.get(section) instanceof ArrayNode a && p(section.equals("sessions") ? 0.08 : 0.04)) {
                a.removeAll();
            }
        }
        clampToAsOf(r, cutoff);
        return r;
    }

    private void mutateOfficer(ObjectNode o, int year, boolean township) {
        if (township && p(0.3)) {
            o.put("role", p(0.3) ? "CHAIRMAN" : "VICE_CHAIRMAN");
        }
        String role = o.get("role").textValue();
        if (role.equals("CHAIRMAN") || role.equals("VICE_CHAIRMAN")) {
            o.put("isDeputy", !p(0.15));
        }
        if (role.equals("CHAIRMAN")) {
            o.put("fullTime", !p(0.2));
        }
        if (p(0.25)) {
            o.put("from", LocalDate.of(year, between(1, 12), between(1, 28)).toString());
        }
        if (p(0.2)) {
            o.put("to", LocalDate.of(year, between(1, 12), between(1, 28)).toString());
            if (o.has("from") && date(o, "from").isAfter(date(o, "to"))) {
                o.remove("from");
            }
            if (p(0.5)) {
                o.put("endReason", "RESIGNED");
                o.put("resignationAcceptedBy", pick(ACCEPTED_BY));
            }
        }
        if (p(0.2)) {
            ArrayNode posts = o.putArray("otherPosts");
            ObjectNode post = posts.addObject();
            post.put("title", "副镇长");
            post.put("organ", pick(ORGANS));
            if (p(0.4)) {
                post.put("from", LocalDate.of(year + between(-1, 1), between(1, 12), 1).toString());
            }
            if (p(0.4)) {
                post.put("to", LocalDate.of(year + between(-1, 1), between(1, 12), 28).toString());
                if (post.has("from") && date(post, "from").isAfter(date(post, "to"))) {
                    post.remove("from");
                }
            }
        }
        if (p(0.15)) {
            o.putArray("governmentPortfolios").add("征地拆迁");
        } else if (p(0.2)) {
            o.remove("governmentPortfolios");
        }
    }

    private void mutateDeputy(ObjectNode d) {
        if (p(0.15)) {
            d.put("status", pick(STATUSES));
        }
        if (p(0.15)) {
            d.put("priorUnexcusedAbsencesInTerm", between(0, 2));
        }
        if (!d.get("status").textValue().equals("SERVING") && p(0.5)) {
            d.put("resignationAcceptedBy", pick(ACCEPTED_BY));
        }
    }

    private void mutateSession(ObjectNode s, int year, LocalDate asOf) {
        if (p(0.3)) {
            s.put("kind", pick(SESSION_KINDS));
        }
        if (p(0.5)) {
            LocalDate start = dayIn(year, asOf);
            LocalDate end = start.plusDays(between(0, 2));
            if (end.isAfter(asOf) || end.getYear() != year) {
                end = start;
            }
            s.put("startDate", start.toString());
            s.put("endDate", end.toString());
            for (String f : new String[] {"scheduleDecidedDate", "schedulePublishedDate", "noticeDate",
                    "documentsDeliveredDate"}) {
                if (p(0.15)) {
                    s.remove(f);
                } else {
                    LocalDate d = start.minusDays(between(0, 12));
                    s.put(f, (d.getYear() == year ? d : start).toString());
                }
            }
        }
        int total = s.get("deputiesTotal").intValue();
        if (p(0.3)) {
            total = between(3, 15);
            s.put("deputiesTotal", total);
        }
        int present = p(0.4) ? between(0, total) : Math.min(total, s.get("deputiesPresent").intValue());
        s.put("deputiesPresent", present);
        if (p(0.4)) {
            s.put("halfDays", between(1, 4));
        }
        if (s.get("kind").textValue().equals("EXTRAORDINARY") && p(0.5)) {
            s.put("proposingDeputies", between(0, total));
        } else {
            s.remove("proposingDeputies");
        }
        if (p(0.1)) {
            s.put("presidiumElected", false);
        }
        forEach(s, "absences", a -> a.put("leaveApproved", !p(0.4)));
        if (s.get("agenda") instanceof ArrayNode agenda) {
            for (Iterator<JsonNode> it = agenda.elements(); it.hasNext(); ) {
                it.next();
                if (p(0.1)) {
                    it.remove();
                }
            }
            int k = 0;
            for (JsonNode n : agenda) {
                mutateItem((ObjectNode) n, year, present, s, k++);
            }
        }
    }

    private void mutateItem(ObjectNode a, int year, int present, ObjectNode session, int k) {
        if (p(0.2)) {
            a.put("type", pick(AGENDA_TYPES));
            a.put("id", "X" + k); // ids stay unique within the session
        }
        String type = a.get("type").textValue();
        if (BUDGET_TYPES.contains(type)) {
            if (!a.has("fiscalYear") || p(0.3)) {
                a.put("fiscalYear", year + between(-1, 0));
            }
        } else {
            a.remove("fiscalYear");
            a.remove("publishedDate");
            a.remove("filedWithUpperGovernmentDate");
        }
        if (p(0.25)) {
            a.put("result", pick(RESULTS));
        }
        if (type.equals("DEPUTY_MOTION")) {
            if (!a.has("signatories") || p(0.4)) {
                a.put("signatories", between(1, 8));
            }
        } else if (type.equals("INQUIRY") && p(0.7)) {
            a.put("signatories", between(6, 14));
        } else {
            a.remove("signatories");
        }
        boolean needsMethod = type.equals("ELECTION") || type.equals("LIVELIHOOD_PROJECTS_VOTE");
        if (a.get("vote") instanceof ObjectNode v || (needsMethod && p(0.7)) || p(0.1)) {
            ObjectNode vote = a.putObject("vote");
            int inFavour = between(0, present);
            vote.put("for", inFavour);
            vote.put("against", between(0, present - inFavour));
            vote.put("abstain", 0);
            if (needsMethod || p(0.5)) {
                vote.put("method", pick(METHODS));
            }
        }
        if (BUDGET_TYPES.contains(type)) {
            LocalDate end = LocalDate.parse(session.get("endDate").textValue());
            LocalDate asOfGuess = LocalDate.of(year, 12, 31);
            eventDate(a, "publishedDate", end, year, asOfGuess, 0.15);
            eventDate(a, "filedWithUpperGovernmentDate", end, year, asOfGuess, 0.15);
        }
    }

    private void mutateActivity(ObjectNode a, int year, LocalDate asOf, List<String> stationIds) {
        if (p(0.25)) {
            String type = pick(ACTIVITY_TYPES);
            if (type.equals("STATION_RECEPTION") && stationIds.isEmpty()) {
                type = "OTHER";
            }
            a.put("type", type);
        }
        String type = a.get("type").textValue();
        if (type.equals("STATION_RECEPTION")) {
            if (!a.has("stationId")) {
                a.put("stationId", stationIds.get(rnd.nextInt(stationIds.size())));
            }
        } else {
            a.remove("stationId");
        }
        LocalDate day = dayIn(year, asOf);
        if (type.equals("BUDGET_CONSULTATION") && p(0.3)) {
            day = LocalDate.of(year - 1, between(10, 12), between(1, 28));
        }
        if (p(0.6)) {
            a.put("date", day.toString());
        }
        if (p(0.25)) {
            a.put("organizer", pick(ORGANIZERS));
        }
        if (p(0.3)) {
            a.put("opinionsCollected", between(0, 3));
        }
        LocalDate date = date(a, "date");
        if (p(0.5)) {
            eventDate(a, "opinionsForwardedDate", date, year, asOf, 0.25);
            eventDate(a, "feedbackDate", date, year, asOf, 0.25);
        }
    }

    private void shiftYears(JsonNode n, int years) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isTextual() && DATE.matcher(v.textValue()).matches()) {
                    e.setValue(TextNode.valueOf(LocalDate.parse(v.textValue()).plusYears(years).toString()));
                } else if (e.getKey().equals("fiscalYear") && v.isInt()) {
                    o.put("fiscalYear", v.intValue() + years);
                } else {
                    shiftYears(v, years);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (JsonNode x : a) {
                shiftYears(x, years);
            }
        }
    }

    /** Removes optional event dates after asOf (a record cannot report the future). */
    private void clampToAsOf(JsonNode n, LocalDate asOf) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                String f = e.getKey();
                if (v.isTextual() && DATE.matcher(v.textValue()).matches() && LocalDate.parse(v.textValue()).isAfter(asOf)
                        && !f.equals("from") && !f.equals("to") && !f.equals("startDate") && !f.equals("endDate")
                        && !f.equals("date") && !f.equals("issuedDate") && !f.equals("submittedDate")
                        && !f.equals("executedDate")) {
                    it.remove();
                } else {
                    clampToAsOf(v, asOf);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
                JsonNode x = it.next();
                if (x instanceof ObjectNode o && (after(o, "date", asOf) || after(o, "startDate", asOf)
                        || after(o, "endDate", asOf) || after(o, "issuedDate", asOf) || after(o, "submittedDate", asOf)
                        || after(o, "executedDate", asOf))) {
                    it.remove();
                } else {
                    clampToAsOf(x, asOf);
                }
            }
        }
    }

    private static boolean after(ObjectNode o, String field, LocalDate asOf) {
        LocalDate d = date(o, field);
        return d != null && d.isAfter(asOf);
    }

    private void dropSome(ObjectNode r, String field, double each) {
        if (r.get(field) instanceof ArrayNode a) {
            for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
                it.next();
                if (p(each)) {
                    it.remove();
                }
            }
        }
    }

    private static void forEach(ObjectNode parent, String field, java.util.function.Consumer<ObjectNode> f) {
        if (parent.get(field) instanceof ArrayNode a) {
            for (JsonNode n : a) {
                if (n instanceof ObjectNode o) {
                    f.accept(o);
                }
            }
        }
    }

    /** UTF-8 text of a tree. */
    public static String text(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
