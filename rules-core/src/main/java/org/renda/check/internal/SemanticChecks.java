package org.renda.check.internal;

import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.model.Absence;
import org.renda.check.model.Activity;
import org.renda.check.model.ActivityType;
import org.renda.check.model.AgendaItem;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Meeting;
import org.renda.check.model.Section;
import org.renda.check.model.Session;
import org.renda.check.model.Vote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The semantic checks of one record whose structure the schema accepted (the part of
 * {@link RecordValidator} that the schema cannot say): dates that exist and lie in the record's
 * year and not after its {@code asOfDate}, references between items, counts that add up. They
 * run over the typed model that {@link RecordMapper} built in its one walk of the tree; the
 * pointers of the messages are the items' {@code path()}s and, for dates, the places the walk
 * kept. One instance per record; every problem is collected, in Chinese or English.
 */
final class SemanticChecks {

    /** The planned term of an officer or a post may lie after asOfDate. */
    private static final Pattern PLANNED_DATE = Pattern.compile("^/officers/\\d+(/otherPosts/\\d+)?/(from|to)$");

    private final RecordMapper.Mapping mapping;
    private final AnnualRecord r;
    private final Language l;
    private final List<InputError> errors = new ArrayList<>();
    private final int year;

    SemanticChecks(RecordMapper.Mapping mapping, Language l) {
        this.mapping = mapping;
        this.r = mapping.record();
        this.l = l;
        this.year = r.year();
    }

    List<InputError> run() {
        for (RecordMapper.BadDate bad : mapping.badDates()) {
            add(bad.pointer(), "semantic.noSuchDate", Msg.shortText(bad.value()));
        }
        LocalDate asOf = r.asOfDate(); // 31 December of the year when the record gives none (or no date)
        if (asOf.isBefore(r.yearStart())) {
            add("/asOfDate", "semantic.asOfDateBeforeYear", asOf, year);
        }
        for (RecordMapper.Dated d : mapping.dates()) {
            if (d.date().isAfter(asOf) && !d.item().isEmpty()) {
                String p = d.pointer();
                if (!PLANNED_DATE.matcher(p).matches()) {
                    add(p, "semantic.dateAfterAsOfDate", d.date(), asOf);
                }
            }
        }
        Set<String> deputies = ids(Section.DEPUTIES, r.deputies(), org.renda.check.model.Deputy::id);
        Set<String> sessions = ids(Section.SESSIONS, r.sessions(), Session::id);
        Set<String> stations = ids(Section.STATIONS, r.stations(), org.renda.check.model.Station::id);
        duplicates(r.officers(), "/officers", org.renda.check.model.Officer::id);
        duplicates(r.deputies(), "/deputies", org.renda.check.model.Deputy::id);
        duplicates(r.stations(), "/stations", org.renda.check.model.Station::id);
        duplicates(r.sessions(), "/sessions", Session::id);
        for (Session s : r.sessions()) {
            session(s, deputies);
        }
        r.presidiumMeetings().forEach(this::meeting);
        r.committeeMeetings().forEach(this::meeting);
        r.reportsToCounty().forEach(c -> inYear(c.path(), "date", c.date(), false));
        duplicates(r.activities(), "/activities", Activity::id);
        for (Activity a : r.activities()) {
            inYear(a.path(), "date", a.date(), a.type() == ActivityType.BUDGET_CONSULTATION);
            ref(a.path() + "/stationId", a.stationId(), stations, "stations");
            refs(a.path() + "/deputyIds", a.deputyIds(), deputies);
        }
        duplicates(r.suggestions(), "/suggestions", org.renda.check.model.Suggestion::id);
        r.suggestions().forEach(s -> {
            ref(s.path() + "/sessionId", s.sessionId(), sessions, "sessions");
            refs(s.path() + "/deputyIds", s.deputyIds(), deputies);
        });
        duplicates(r.normativeDocuments(), "/normativeDocuments", org.renda.check.model.NormativeDocument::id);
        r.normativeDocuments().forEach(d -> inYear(d.path(), "issuedDate", d.issuedDate(), false));
        if (r.budget() != null) {
            duplicates(r.budget().adjustments(), "/budget/adjustments", org.renda.check.model.BudgetAdjustment::id);
            r.budget().adjustments().forEach(a ->
                    ref(a.path() + "/approvedAtSession", a.approvedAtSession(), sessions, "sessions"));
        }
        return errors;
    }

    private void session(Session s, Set<String> deputies) {
        String p = s.path();
        LocalDate start = s.startDate();
        LocalDate end = s.endDate();
        inYear(p, "startDate", start, false);
        if (start != null && end != null && end.isBefore(start)) {
            add(p + "/endDate", "semantic.endBeforeStart", end, start);
        }
        int total = s.deputiesTotal();
        int present = s.deputiesPresent();
        if (present > total) {
            add(p + "/deputiesPresent", "semantic.presentMoreThanDeputies", present, total);
        }
        for (Absence a : s.absences()) {
            ref(a.path() + "/deputyId", a.deputyId(), deputies, "deputies");
        }
        duplicates(s.agenda(), p + "/agenda", AgendaItem::id);
        for (AgendaItem item : s.agenda()) {
            Vote vote = item.vote();
            if (vote != null) {
                long sum = (long) vote.inFavour() + vote.against() + vote.abstain();
                if (sum > present) {
                    add(item.path() + "/vote", "semantic.votesMoreThanPresent", sum, present);
                }
            }
        }
    }

    private void meeting(Meeting m) {
        inYear(m.path(), "date", m.date(), false);
        Integer total = m.membersTotal();
        Integer present = m.membersPresent();
        if (total != null && present != null && present > total) {
            add(m.path() + "/membersPresent", "semantic.presentMoreThanMembers", present, total);
        }
    }

    private void inYear(String item, String field, LocalDate d, boolean previousYearAllowed) {
        if (d == null) {
            return;
        }
        boolean ok = d.getYear() == year || (previousYearAllowed && d.getYear() == year - 1);
        if (!ok) {
            String p = item + "/" + field;
            String allowed = previousYearAllowed ? (year - 1) + "–" + year : String.valueOf(year);
            // the field as a person reads it: its Chinese title in quotes, or its JSON name in English
            add(p, "semantic.dateOutsideYear", l == Language.EN ? field : Msg.quotedTitle(p), d, allowed);
        }
    }

    /** Ids defined by a section; null when the section is absent. */
    private <T> Set<String> ids(Section section, List<T> items, Function<T, String> id) {
        if (!r.has(section)) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (T item : items) {
            String v = id.apply(item);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private <T> void duplicates(List<T> items, String p, Function<T, String> idOf) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = idOf.apply(items.get(i));
            if (id == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                // the first item as a person reads it: its Chinese label, or its JSON Pointer in English
                String firstItem = l == Language.EN ? p + "/" + first : RecordFormat.get().label(p + "/" + first, Language.ZH);
                add(p + "/" + i + "/id", "semantic.duplicateId", id, firstItem);
            }
        }
    }

    private void refs(String p, List<String> ids, Set<String> defined) {
        for (int k = 0; k < ids.size(); k++) {
            ref(p + "/" + k, ids.get(k), defined, "deputies");
        }
    }

    private void ref(String p, String id, Set<String> defined, String section) {
        if (id == null || defined == null) {
            return; // nothing named, or the section was not reported: nothing to verify against (see RecordValidator)
        }
        if (!defined.contains(id)) {
            // the section as a person reads it: its Chinese title, or its JSON name in English
            String where = l == Language.EN ? section : RecordFormat.get().label("/" + section, Language.ZH);
            add(p, "semantic.undefinedId", id, where);
        }
    }

    private void add(String p, String key, Object... args) {
        InputError e = new InputError(p, Msg.get(l, key, args));
        if (!errors.contains(e)) {
            errors.add(e);
        }
    }
}
