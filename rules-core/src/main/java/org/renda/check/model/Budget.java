package org.renda.check.model;

import java.util.List;

/** Budget facts other than session agenda items (预算). */
public record Budget(boolean earmarkedCongressFunds, List<BudgetAdjustment> adjustments) {
    public Budget {
        adjustments = List.copyOf(adjustments);
    }

    public String path() {
        return "/budget";
    }
}
