package org.renda.check.model;

import java.time.LocalDate;

/** A deputy liaison station (代表联络站); {@code establishedDate} absent = before the year. */
public record Station(int index, String id, String name, LocalDate establishedDate) {
    public String path() {
        return "/stations/" + index;
    }
}
