package org.renda.check.model;

import java.time.LocalDate;

/** A residents' deliberation organisation (居民议事会) in a street. */
public record ResidentCouncil(int index, String name, LocalDate establishedDate) {
    public String path() {
        return "/residentCouncils/" + index;
    }
}
