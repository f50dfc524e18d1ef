package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.renda.check.model.AcceptingBody;
import org.renda.check.model.Absence;
import org.renda.check.model.Activity;
import org.renda.check.model.ActivityType;
import org.renda.check.model.AgendaItem;
import org.renda.check.model.AgendaType;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.BodyKind;
import org.renda.check.model.Budget;
import org.renda.check.model.BudgetAdjustment;
import org.renda.check.model.CountyReport;
import org.renda.check.model.Deputy;
import org.renda.check.model.DeputyLevel;
import org.renda.check.model.DeputyStatus;
import org.renda.check.model.Disclosures;
import org.renda.check.model.EndReason;
import org.renda.check.model.ItemResult;
import org.renda.check.model.LivelihoodProjects;
import org.renda.check.model.Meeting;
import org.renda.check.model.MeetingKind;
import org.renda.check.model.NormativeDocument;
import org.renda.check.model.Officer;
import org.renda.check.model.OfficerRole;
import org.renda.check.model.Organ;
import org.renda.check.model.Organizer;
import org.renda.check.model.Post;
import org.renda.check.model.ResidentCouncil;
import org.renda.check.model.Section;
import org.renda.check.model.Session;
import org.renda.check.model.SessionKind;
import org.renda.check.model.Station;
import org.renda.check.model.Suggestion;
import org.renda.check.model.Term;
import org.renda.check.model.Vote;
import org.renda.check.model.VoteMethod;

/**
 * Maps a record whose structure the schema accepted to the fact model, in one walk of the tree.
 * It trusts the schema: types, enums and required fields are as the format says, so this class
 * only reads. {@code null} reads as absent everywhere (record format rule 7).
 *
 * <p>The walk also keeps what the semantic checks ({@link SemanticChecks}) need and the model does
 * not say: every date it read with its JSON Pointer, and every date string that does not exist
 * (the schema's {@code date} format already rejects those; kept so that a date is never silently
 * read as absent). Positions in lists are the model's {@code index} fields.
 */
public final class RecordMapper {

    /** A date the walk read: the item's pointer ("" for the root, "/sessions/0") and the field's name. */
    record Dated(String item, String field, LocalDate date) {
        String pointer() {
            return item + "/" + field;
        }
    }

    /** A date string that is not a date, with its pointer. */
    record BadDate(String pointer, JsonNode value) {
    }

    /** The facts of one record and what the walk saw on the way. */
    record Mapping(AnnualRecord record, List<Dated> dates, List<BadDate> badDates) {
    }

    private final List<Dated> dates = new ArrayList<>();
    private final List<BadDate> badDates = new ArrayList<>(0);

    private RecordMapper() {
    }

    /** The record's facts. The node must have passed validation. */
    public static AnnualRecord map(JsonNode r) {
        return new RecordMapper().record(r);
    }

    /** The record's facts with the dates read and the bad ones; the structure must have passed the schema. */
    static Mapping read(JsonNode r) {
        RecordMapper m = new RecordMapper();
        AnnualRecord record = m.record(r);
        return new Mapping(record, m.dates, m.badDates);
    }

    private AnnualRecord record(JsonNode r) {
        JsonNode body = r.get("body");
        int year = r.get("year").intValue();
        LocalDate asOf = date(r, "", "asOfDate");
        if (asOf == null) {
            asOf = LocalDate.of(year, 12, 31);
        }
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Section s : Section.values()) {
            if (present(r, s.jsonName())) {
                sections.add(s);
            }
        }
        JsonNode termNode = r.get("term");
        Term term = present(termNode) ? new Term(integer(termNode, "number"),
                date(termNode, "/term", "electionCompletedDate")) : null;
        JsonNode budgetNode = r.get("budget");
        Budget budget = present(budgetNode)
                ? new Budget(bool(budgetNode, "earmarkedCongressFunds", false),
                        list(budgetNode.get("adjustments"), "/budget/adjustments", this::adjustment))
                : null;
        JsonNode lp = r.get("livelihoodProjects");
        String lpAt = "/livelihoodProjects";
        LivelihoodProjects livelihood = present(lp)
                ? new LivelihoodProjects(date(lp, lpAt, "collectionStartDate"), integer(lp, "candidateCount"),
                        integer(lp, "selectedCount"), date(lp, lpAt, "implementationReportDate"),
                        date(lp, lpAt, "satisfactionEvaluationDate"))
                : null;
        JsonNode dn = r.get("disclosures");
        Disclosures disclosures = present(dn)
                ? new Disclosures(date(dn, "/disclosures", "deputyInfoPublishedDate"), boolOrNull(dn, "performanceRecordsKept"))
                : null;
        return new AnnualRecord(text(r, "recordId"), BodyKind.valueOf(text(body, "kind")), text(body, "name"),
                text(body, "county"), text(body, "city"), text(body, "province"), year, asOf, sections, term,
                list(r.get("officers"), "/officers", this::officer),
                list(r.get("deputies"), "/deputies", this::deputy),
                list(r.get("sessions"), "/sessions", this::session),
                list(r.get("presidiumMeetings"), "/presidiumMeetings", (n, i, p) -> meeting(MeetingKind.PRESIDIUM, n, i, p)),
                list(r.get("committeeMeetings"), "/committeeMeetings", (n, i, p) -> meeting(MeetingKind.COMMITTEE, n, i, p)),
                list(r.get("reportsToCounty"), "/reportsToCounty",
                        (n, i, p) -> new CountyReport(i, date(n, p, "date"), text(n, "title"))),
                budget,
                list(r.get("activities"), "/activities", this::activity),
                list(r.get("stations"), "/stations",
                        (n, i, p) -> new Station(i, text(n, "id"), text(n, "name"), date(n, p, "establishedDate"))),
                list(r.get("suggestions"), "/suggestions", this::suggestion),
                livelihood,
                list(r.get("normativeDocuments"), "/normativeDocuments", (n, i, p) -> new NormativeDocument(i,
                        text(n, "id"), text(n, "title"), date(n, p, "issuedDate"), date(n, p, "filedWithPresidiumDate"))),
                list(r.get("residentCouncils"), "/residentCouncils",
                        (n, i, p) -> new ResidentCouncil(i, text(n, "name"), date(n, p, "establishedDate"))),
                disclosures);
    }

    private Officer officer(JsonNode n, int i, String at) {
        List<Post> posts = list(n.get("otherPosts"), at + "/otherPosts", (p, k, pAt) -> new Post(i, k, text(p, "title"),
                Organ.valueOf(text(p, "organ")), date(p, pAt, "from"), date(p, pAt, "to")));
        return new Officer(i, text(n, "id"), text(n, "name"), OfficerRole.valueOf(text(n, "role")),
                date(n, at, "from"), date(n, at, "to"), boolOrNull(n, "isDeputy"), boolOrNull(n, "fullTime"), posts,
                strings(n.get("governmentPortfolios")), enumOrNull(EndReason.class, n, "endReason"),
                enumOrNull(AcceptingBody.class, n, "resignationAcceptedBy"));
    }

    private Deputy deputy(JsonNode n, int i, String at) {
        Integer prior = integer(n, "priorUnexcusedAbsencesInTerm");
        return new Deputy(i, text(n, "id"), text(n, "name"), DeputyLevel.valueOf(text(n, "level")),
                DeputyStatus.valueOf(text(n, "status")), date(n, at, "statusDate"), prior == null ? 0 : prior,
                enumOrNull(AcceptingBody.class, n, "resignationAcceptedBy"));
    }

    private Session session(JsonNode n, int i, String at) {
        List<Absence> absences = list(n.get("absences"), at + "/absences",
                (a, k, aAt) -> new Absence(i, k, text(a, "deputyId"), bool(a, "leaveApproved", false)));
        List<AgendaItem> agenda = list(n.get("agenda"), at + "/agenda", (a, k, aAt) -> agendaItem(i, a, k, aAt));
        return new Session(i, text(n, "id"), SessionKind.valueOf(text(n, "kind")), date(n, at, "scheduleDecidedDate"),
                date(n, at, "schedulePublishedDate"), date(n, at, "noticeDate"), date(n, at, "documentsDeliveredDate"),
                date(n, at, "startDate"), date(n, at, "endDate"), n.get("halfDays").intValue(),
                n.get("deputiesTotal").intValue(), n.get("deputiesPresent").intValue(),
                integer(n, "proposingDeputies"), bool(n, "presidiumElected", true), absences, agenda);
    }

    private AgendaItem agendaItem(int sessionIndex, JsonNode a, int k, String at) {
        JsonNode v = a.get("vote");
        Vote vote = present(v)
                ? new Vote(v.get("for").intValue(), v.get("against").intValue(), v.get("abstain").intValue(),
                        enumOrNull(VoteMethod.class, v, "method"))
                : null;
        return new AgendaItem(sessionIndex, k, text(a, "id"), AgendaType.valueOf(text(a, "type")), text(a, "title"),
                integer(a, "fiscalYear"), ItemResult.valueOf(text(a, "result")), vote, integer(a, "signatories"),
                date(a, at, "publishedDate"), date(a, at, "filedWithUpperGovernmentDate"));
    }

    private Meeting meeting(MeetingKind kind, JsonNode n, int i, String at) {
        return new Meeting(kind, i, date(n, at, "date"), integer(n, "membersTotal"), integer(n, "membersPresent"),
                strings(n.get("subjects")));
    }

    private BudgetAdjustment adjustment(JsonNode n, int i, String at) {
        JsonNode amount = n.get("amount");
        return new BudgetAdjustment(i, text(n, "id"), date(n, at, "executedDate"), text(n, "description"),
                present(amount) ? amount.decimalValue() : null, text(n, "approvedAtSession"));
    }

    private Activity activity(JsonNode n, int i, String at) {
        return new Activity(i, text(n, "id"), ActivityType.valueOf(text(n, "type")), date(n, at, "date"),
                enumOrNull(Organizer.class, n, "organizer"), text(n, "subject"), text(n, "stationId"),
                strings(n.get("deputyIds")), integer(n, "opinionsCollected"), date(n, at, "opinionsForwardedDate"),
                date(n, at, "feedbackDate"));
    }

    private Suggestion suggestion(JsonNode n, int i, String at) {
        return new Suggestion(i, text(n, "id"), strings(n.get("deputyIds")), date(n, at, "submittedDate"),
                text(n, "sessionId"), date(n, at, "assignedDate"), bool(n, "complex", false), date(n, at, "repliedDate"),
                boolOrNull(n, "deputyContacted"));
    }

    /** A date field of the item at {@code at}: kept with its place; a string that is no date is kept as a problem. */
    private LocalDate date(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (!present(v)) {
            return null;
        }
        LocalDate d;
        try {
            d = Dates.parse(v.asText());
        } catch (DateTimeParseException e) {
            badDates.add(new BadDate(at + "/" + field, v));
            return null;
        }
        dates.add(new Dated(at, field, d));
        return d;
    }

    // ---- small readers; absent and null read alike ----

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    private static boolean present(JsonNode parent, String field) {
        return parent != null && present(parent.get(field));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return present(v) ? v.asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return present(v) ? v.intValue() : null;
    }

    private static boolean bool(JsonNode n, String field, boolean absent) {
        JsonNode v = n.get(field);
        return present(v) ? v.booleanValue() : absent;
    }

    private static Boolean boolOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return present(v) ? v.booleanValue() : null;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static List<String> strings(JsonNode array) {
        if (!present(array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    /** How one list item is read: its node, its position and its pointer. */
    private interface Item<T> {
        T read(JsonNode node, int index, String pointer);
    }

    private static <T> List<T> list(JsonNode array, String at, Item<T> item) {
        if (!present(array)) {
            return List.of();
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(item.read(array.get(i), i, at + "/" + i));
        }
        return out;
    }
}
