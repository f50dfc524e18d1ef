package org.renda.check.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One body's record for one calendar year (年度履职记录): the root fact of every check.
 *
 * <p>{@code asOfDate} is the effective date up to which the record is complete (31 December of
 * {@code year} when the record gives none). Lists of absent sections are empty; use
 * {@link #has(Section)} to tell "not reported" from "none".
 */
public record AnnualRecord(String recordId, BodyKind kind, String bodyName, String county, String city,
                           String province, int year, LocalDate asOfDate, Set<Section> sections,
                           Term term, List<Officer> officers, List<Deputy> deputies,
                           List<Session> sessions, List<Meeting> presidiumMeetings,
                           List<Meeting> committeeMeetings, List<CountyReport> reportsToCounty,
                           Budget budget, List<Activity> activities, List<Station> stations,
                           List<Suggestion> suggestions, LivelihoodProjects livelihoodProjects,
                           List<NormativeDocument> normativeDocuments,
                           List<ResidentCouncil> residentCouncils, Disclosures disclosures) {

    public AnnualRecord {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        officers = List.copyOf(officers);
        deputies = List.copyOf(deputies);
        sessions = List.copyOf(sessions);
        presidiumMeetings = List.copyOf(presidiumMeetings);
        committeeMeetings = List.copyOf(committeeMeetings);
        reportsToCounty = List.copyOf(reportsToCounty);
        activities = List.copyOf(activities);
        stations = List.copyOf(stations);
        suggestions = List.copyOf(suggestions);
        normativeDocuments = List.copyOf(normativeDocuments);
        residentCouncils = List.copyOf(residentCouncils);
    }

    /** True when the record reported the section (it may be empty). */
    public boolean has(Section section) {
        return sections.contains(section);
    }

    public boolean isTownship() {
        return kind == BodyKind.TOWNSHIP;
    }

    public boolean isStreet() {
        return kind == BodyKind.STREET;
    }

    /** {@code asOfDate} ≥ 31 December of {@code year}. */
    public boolean isYearComplete() {
        return Periods.isYearComplete(year, asOfDate);
    }

    /** 1 January of the year. */
    public LocalDate yearStart() {
        return LocalDate.of(year, 1, 1);
    }

    /** 31 December of the year. */
    public LocalDate yearEnd() {
        return LocalDate.of(year, 12, 31);
    }

    /** The date of a month-day parameter (e.g. {@code 03-31}) in this record's year. */
    public LocalDate dayInYear(MonthDay monthDay) {
        return Periods.inYear(year, monthDay);
    }

    /** The quarters of the year that ended on or before {@code asOfDate}. */
    public List<Integer> endedQuarters() {
        return Periods.endedQuarters(year, asOfDate);
    }

    /**
     * X is late or missing against a deadline counted after an event and rolled over for
     * 法定休假日 ({@link Periods#daysAfter}, {@link Periods#monthsAfter}); false when there is none.
     */
    public boolean lateOrMissing(LocalDate actual, Deadline deadline) {
        return Periods.missed(actual, deadline, asOfDate);
    }
}
