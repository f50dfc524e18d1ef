package org.renda.check.model;

import java.time.LocalDate;

/** A deputy (人大代表) of this township congress, or for a street a county/city deputy elected there. */
public record Deputy(int index, String id, String name, DeputyLevel level, DeputyStatus status,
                     LocalDate statusDate, int priorUnexcusedAbsencesInTerm,
                     AcceptingBody resignationAcceptedBy) {

    public boolean isServing() {
        return status == DeputyStatus.SERVING;
    }

    /** The name for messages, or the id when the record gives no name. */
    public String displayName() {
        return name != null ? name : id;
    }

    public String path() {
        return "/deputies/" + index;
    }
}
