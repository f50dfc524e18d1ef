package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
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
 * Maps a record that passed {@code RecordValidator} to the fact model. It trusts the validation:
 * types, enums and required fields are as the format says, so this class only reads. {@code null}
 * reads as absent everywhere (record format rule 7).
 */
public final class RecordMapper {

    private RecordMapper() {
    }

    /** The record's facts. The node must have passed validation. */
    public static AnnualRecord map(JsonNode r) {
        JsonNode body = r.get("body");
        int year = r.get("year").intValue();
        LocalDate asOf = date(r, "asOfDate");
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
        Term term = present(termNode) ? new Term(integer(termNode, "number"), date(termNode, "electionCompletedDate")) : null;
        JsonNode budgetNode = r.get("budget");
        Budget budget = present(budgetNode)
                ? new Budget(bool(budgetNode, "earmarkedCongressFunds", false),
                        list(budgetNode.get("adjustments"), RecordMapper::adjustment))
                : null;
        JsonNode lp = r.get("livelihoodProjects");
        LivelihoodProjects livelihood = present(lp)
                ? new LivelihoodProjects(date(lp, "collectionStartDate"), integer(lp, "candidateCount"),
                        integer(lp, "selectedCount"), date(lp, "implementationReportDate"),
                        date(lp, "satisfactionEvaluationDate"))
                : null;
        JsonNode dn = r.get("disclosures");
        Disclosures disclosures = present(dn)
                ? new Disclosures(date(dn, "deputyInfoPublishedDate"), boolOrNull(dn, "performanceRecordsKept"))
                : null;
        return new AnnualRecord(text(r, "recordId"), BodyKind.valueOf(text(body, "kind")), text(body, "name"),
                text(body, "county"), text(body, "city"), text(body, "province"), year, asOf, sections, term,
                list(r.get("officers"), RecordMapper::officer),
                list(r.get("deputies"), RecordMapper::deputy),
                list(r.get("sessions"), RecordMapper::session),
                list(r.get("presidiumMeetings"), (n, i) -> meeting(MeetingKind.PRESIDIUM, n, i)),
                list(r.get("committeeMeetings"), (n, i) -> meeting(MeetingKind.COMMITTEE, n, i)),
                list(r.get("reportsToCounty"), (n, i) -> new CountyReport(i, date(n, "date"), text(n, "title"))),
                budget,
                list(r.get("activities"), RecordMapper::activity),
                list(r.get("stations"), (n, i) -> new Station(i, text(n, "id"), text(n, "name"), date(n, "establishedDate"))),
                list(r.get("suggestions"), RecordMapper::suggestion),
                livelihood,
                list(r.get("normativeDocuments"), (n, i) -> new NormativeDocument(i, text(n, "id"), text(n, "title"),
                        date(n, "issuedDate"), date(n, "filedWithPresidiumDate"))),
                list(r.get("residentCouncils"), (n, i) -> new ResidentCouncil(i, text(n, "name"), date(n, "establishedDate"))),
                disclosures);
    }

    private static Officer officer(JsonNode n, int i) {
        List<Post> posts = new ArrayList<>();
        JsonNode postsNode = n.get("otherPosts");
        if (present(postsNode)) {
            for (int k = 0; k < postsNode.size(); k++) {
                JsonNode p = postsNode.get(k);
                posts.add(new Post(i, k, text(p, "title"), Organ.valueOf(text(p, "organ")), date(p, "from"), date(p, "to")));
            }
        }
        return new Officer(i, text(n, "id"), text(n, "name"), OfficerRole.valueOf(text(n, "role")),
                date(n, "from"), date(n, "to"), boolOrNull(n, "isDeputy"), boolOrNull(n, "fullTime"), posts,
                strings(n.get("governmentPortfolios")), enumOrNull(EndReason.class, n, "endReason"),
                enumOrNull(AcceptingBody.class, n, "resignationAcceptedBy"));
    }

    private static Deputy deputy(JsonNode n, int i) {
        Integer prior = integer(n, "priorUnexcusedAbsencesInTerm");
        return new Deputy(i, text(n, "id"), text(n, "name"), DeputyLevel.valueOf(text(n, "level")),
                DeputyStatus.valueOf(text(n, "status")), date(n, "statusDate"), prior == null ? 0 : prior,
                enumOrNull(AcceptingBody.class, n, "resignationAcceptedBy"));
    }

    private static Session session(JsonNode n, int i) {
        List<Absence> absences = list(n.get("absences"),
                (a, k) -> new Absence(i, k, text(a, "deputyId"), bool(a, "leaveApproved", false)));
        List<AgendaItem> agenda = list(n.get("agenda"), (a, k) -> agendaItem(i, a, k));
        return new Session(i, text(n, "id"), SessionKind.valueOf(text(n, "kind")), date(n, "scheduleDecidedDate"),
                date(n, "schedulePublishedDate"), date(n, "noticeDate"), date(n, "documentsDeliveredDate"),
                date(n, "startDate"), date(n, "endDate"), n.get("halfDays").intValue(),
                n.get("deputiesTotal").intValue(), n.get("deputiesPresent").intValue(),
                integer(n, "proposingDeputies"), bool(n, "presidiumElected", true), absences, agenda);
    }

    private static AgendaItem agendaItem(int sessionIndex, JsonNode a, int k) {
        JsonNode v = a.get("vote");
        Vote vote = present(v)
                ? new Vote(v.get("for").intValue(), v.get("against").intValue(), v.get("abstain").intValue(),
                        enumOrNull(VoteMethod.class, v, "method"))
                : null;
        return new AgendaItem(sessionIndex, k, text(a, "id"), AgendaType.valueOf(text(a, "type")), text(a, "title"),
                integer(a, "fiscalYear"), ItemResult.valueOf(text(a, "result")), vote, integer(a, "signatories"),
                date(a, "publishedDate"), date(a, "filedWithUpperGovernmentDate"));
    }

    private static Meeting meeting(MeetingKind kind, JsonNode n, int i) {
        return new Meeting(kind, i, date(n, "date"), integer(n, "membersTotal"), integer(n, "membersPresent"),
                strings(n.get("subjects")));
    }

    private static BudgetAdjustment adjustment(JsonNode n, int i) {
        JsonNode amount = n.get("amount");
        return new BudgetAdjustment(i, text(n, "id"), date(n, "executedDate"), text(n, "description"),
                present(amount) ? amount.decimalValue() : null, text(n, "approvedAtSession"));
    }

    private static Activity activity(JsonNode n, int i) {
        return new Activity(i, text(n, "id"), ActivityType.valueOf(text(n, "type")), date(n, "date"),
                enumOrNull(Organizer.class, n, "organizer"), text(n, "subject"), text(n, "stationId"),
                strings(n.get("deputyIds")), integer(n, "opinionsCollected"), date(n, "opinionsForwardedDate"),
                date(n, "feedbackDate"));
    }

    private static Suggestion suggestion(JsonNode n, int i) {
        return new Suggestion(i, text(n, "id"), strings(n.get("deputyIds")), date(n, "submittedDate"),
                text(n, "sessionId"), date(n, "assignedDate"), bool(n, "complex", false), date(n, "repliedDate"),
                boolOrNull(n, "deputyContacted"));
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

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : Dates.parse(s);
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

    private static <T> List<T> list(JsonNode array, BiFunction<JsonNode, Integer, T> item) {
        if (!present(array)) {
            return List.of();
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(item.apply(array.get(i), i));
        }
        return out;
    }
}
