package org.renda.check.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An executed budget adjustment (预算调整); {@code approvedAtSession} is the id of the session that
 * approved it, absent when the congress did not.
 */
public record BudgetAdjustment(int index, String id, LocalDate executedDate, String description,
                               BigDecimal amount, String approvedAtSession) {

    public boolean isApproved() {
        return approvedAtSession != null;
    }

    public String path() {
        return "/budget/adjustments/" + index;
    }
}
