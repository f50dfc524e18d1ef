package org.renda.check.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days that are 法定休假日 for 民法典 第二百零三条, from the bundled
 * {@code cn-public-holidays.json} (the State Council's yearly notices, 2021–2026; its
 * {@code _comment} names the source and licence): a day listed in {@code daysOff}, or a Saturday or
 * Sunday not listed in {@code workdays} (调休上班). For a year the file does not list only Saturdays
 * and Sundays are known. Loaded once; immutable.
 */
final class HolidayCalendar {

    static final String RESOURCE = "cn-public-holidays.json";

    private static final HolidayCalendar BUNDLED = load();

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;

    private HolidayCalendar(Set<LocalDate> daysOff, Set<LocalDate> workdays, Set<Integer> years) {
        this.daysOff = Set.copyOf(daysOff);
        this.workdays = Set.copyOf(workdays);
        this.years = Set.copyOf(years);
    }

    static HolidayCalendar bundled() {
        return BUNDLED;
    }

    /** True when the calendar lists the year's days off and working days. */
    boolean knows(int year) {
        return years.contains(year);
    }

    /** The years listed, ascending. */
    Set<Integer> years() {
        return new TreeSet<>(years);
    }

    /** True when the day is a 法定休假日 (as far as the calendar knows). */
    boolean isDayOff(LocalDate day) {
        if (daysOff.contains(day)) {
            return true;
        }
        DayOfWeek w = day.getDayOfWeek();
        return (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) && !workdays.contains(day);
    }

    private static HolidayCalendar load() {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled holiday calendar missing: " + RESOURCE);
            }
            JsonNode years = new ObjectMapper().readTree(in).path("years");
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> work = new HashSet<>();
            Set<Integer> listed = new HashSet<>();
            years.fields().forEachRemaining(e -> {
                listed.add(Integer.valueOf(e.getKey()));
                e.getValue().path("daysOff").forEach(d -> off.add(LocalDate.parse(d.asText())));
                e.getValue().path("workdays").forEach(d -> work.add(LocalDate.parse(d.asText())));
            });
            return new HolidayCalendar(off, work, listed);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled holiday calendar unreadable: " + RESOURCE, e);
        }
    }
}
