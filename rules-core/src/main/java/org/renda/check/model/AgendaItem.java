package org.renda.check.model;

import java.time.LocalDate;

/** An item on a session's agenda (会议议程事项). */
public record AgendaItem(int sessionIndex, int index, String id, AgendaType type, String title,
                         Integer fiscalYear, ItemResult result, Vote vote, Integer signatories,
                         LocalDate publishedDate, LocalDate filedWithUpperGovernmentDate) {

    public boolean isAdopted() {
        return result == ItemResult.ADOPTED;
    }

    /** Heard by the session: adopted, or heard and deliberated without a vote (听取和审议). */
    public boolean isHeard() {
        return result == ItemResult.ADOPTED || result == ItemResult.DELIBERATED;
    }

    public boolean hasVote() {
        return vote != null;
    }

    /** The item's title, or its type where it has none (for messages). */
    public String label() {
        return title != null ? title : type.name();
    }

    public String path() {
        return "/sessions/" + sessionIndex + "/agenda/" + index;
    }
}
