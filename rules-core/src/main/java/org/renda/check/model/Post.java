package org.renda.check.model;

import java.time.LocalDate;

/** Another post an officer holds (兼任职务), e.g. 副镇长 in the township government. */
public record Post(int officerIndex, int index, String title, Organ organ, LocalDate from, LocalDate to) {

    /** True for a post in a state administrative organ (国家行政机关). */
    public boolean isAdministrative() {
        return organ == Organ.ADMINISTRATIVE;
    }

    public String path() {
        return "/officers/" + officerIndex + "/otherPosts/" + index;
    }
}
