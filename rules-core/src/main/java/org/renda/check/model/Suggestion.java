package org.renda.check.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A deputies' suggestion, criticism or opinion (代表建议、批评和意见). {@code complex} = 涉及面广、处理难度大
 * (absent reads as false); {@code repliedDate} absent = not answered.
 */
public record Suggestion(int index, String id, List<String> deputyIds, LocalDate submittedDate,
                         String sessionId, LocalDate assignedDate, boolean complex,
                         LocalDate repliedDate, Boolean deputyContacted) {

    public Suggestion {
        deputyIds = List.copyOf(deputyIds);
    }

    public boolean isAssigned() {
        return assignedDate != null;
    }

    public String path() {
        return "/suggestions/" + index;
    }
}
