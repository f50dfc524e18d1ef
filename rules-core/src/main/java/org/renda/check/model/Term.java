package org.renda.check.model;

import java.time.LocalDate;

/**
 * The current term (届) of the township congress.
 *
 * @param number                the term's number, e.g. 19 for 第十九届 (may be null)
 * @param electionCompletedDate the day the election of this term's deputies was completed
 */
public record Term(Integer number, LocalDate electionCompletedDate) {
    public String path() {
        return "/term";
    }
}
