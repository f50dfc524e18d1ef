package org.renda.check.model;

import java.time.LocalDate;
import java.util.List;

/** A recess activity (闭会期间活动): a special work report, an inspection, a station reception, … */
public record Activity(int index, String id, ActivityType type, LocalDate date, Organizer organizer,
                       String subject, String stationId, List<String> deputyIds,
                       Integer opinionsCollected, LocalDate opinionsForwardedDate,
                       LocalDate feedbackDate) {

    public Activity {
        deputyIds = List.copyOf(deputyIds);
    }

    /** True when the given deputy took part. */
    public boolean involves(String deputyId) {
        return deputyIds.contains(deputyId);
    }

    /** True when the activity collected at least one opinion from the public. */
    public boolean collectedOpinions() {
        return opinionsCollected != null && opinionsCollected > 0;
    }

    public String path() {
        return "/activities/" + index;
    }
}
