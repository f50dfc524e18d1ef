package org.renda.check.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A session of the township people's congress (人民代表大会会议) that started in the record's year.
 * {@code halfDays} is the unit of 会期: half-day sittings actually held.
 */
public record Session(int index, String id, SessionKind kind, LocalDate scheduleDecidedDate,
                      LocalDate schedulePublishedDate, LocalDate noticeDate,
                      LocalDate documentsDeliveredDate, LocalDate startDate, LocalDate endDate,
                      int halfDays, int deputiesTotal, int deputiesPresent, Integer proposingDeputies,
                      boolean presidiumElected, List<Absence> absences, List<AgendaItem> agenda) {

    public Session {
        absences = List.copyOf(absences);
        agenda = List.copyOf(agenda);
    }

    /** REGULAR or FIRST_OF_TERM: a session the presidium schedules in the ordinary course. */
    public boolean isOrdinary() {
        return kind.isOrdinary();
    }

    public boolean isExtraordinary() {
        return kind == SessionKind.EXTRAORDINARY;
    }

    /** True when the agenda has an item of the given type. */
    public boolean hasItem(AgendaType type) {
        for (AgendaItem item : agenda) {
            if (item.type() == type) {
                return true;
            }
        }
        return false;
    }

    /** True when the agenda has an ELECTION item (选举/补选). */
    public boolean hasElection() {
        return hasItem(AgendaType.ELECTION);
    }

    /** True when the given deputy has an absence without approved leave at this session. */
    public boolean absentWithoutLeave(String deputyId) {
        for (Absence a : absences) {
            if (!a.leaveApproved() && a.deputyId().equals(deputyId)) {
                return true;
            }
        }
        return false;
    }

    /** A label for messages: 会议 id and start date. */
    public String label() {
        return id + "（" + startDate + "）";
    }

    public String path() {
        return "/sessions/" + index;
    }
}
