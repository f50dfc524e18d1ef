package org.renda.check.model;

import java.time.LocalDate;
import java.util.List;

/** A presidium meeting (主席团会议) or a street committee meeting (街道工委会议). */
public record Meeting(MeetingKind kind, int index, LocalDate date, Integer membersTotal,
                      Integer membersPresent, List<String> subjects) {

    public Meeting {
        subjects = List.copyOf(subjects);
    }

    public int quarter() {
        return Periods.quarterOf(date);
    }

    public String path() {
        return "/" + kind.section() + "/" + index;
    }
}
