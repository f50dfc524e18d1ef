package org.renda.check.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer (负责人): 主席/副主席 of a township congress, or 主任/副主任 of a street committee.
 * {@code from} absent = serving since before the year; {@code to} absent = still serving.
 */
public record Officer(int index, String id, String name, OfficerRole role, LocalDate from, LocalDate to,
                      Boolean isDeputy, Boolean fullTime, List<Post> otherPosts,
                      List<String> governmentPortfolios, EndReason endReason,
                      AcceptingBody resignationAcceptedBy) {

    public Officer {
        otherPosts = List.copyOf(otherPosts);
        governmentPortfolios = List.copyOf(governmentPortfolios);
    }

    /** 主席 or 副主席. */
    public boolean isChairOrVice() {
        return role.isChairOrVice();
    }

    /** True when the officer serves on {@code day}. */
    public boolean servesOn(LocalDate day) {
        return Periods.within(day, from, to);
    }

    /** True when the officer's period has a day in common with [start, end]. */
    public boolean servesDuring(LocalDate start, LocalDate end) {
        return Periods.overlaps(from, to, start, end);
    }

    /** The first day of {@code year} on which the officer serves (meaningful only if serving that year). */
    public LocalDate firstDayServingIn(int year) {
        return Periods.later(from, LocalDate.of(year, 1, 1));
    }

    /** True when the officer has at least one 政府分工 portfolio. */
    public boolean hasGovernmentPortfolios() {
        return !governmentPortfolios.isEmpty();
    }

    /** The name for messages, or the id when the record gives no name. */
    public String displayName() {
        return name != null ? name : id;
    }

    public String path() {
        return "/officers/" + index;
    }
}
