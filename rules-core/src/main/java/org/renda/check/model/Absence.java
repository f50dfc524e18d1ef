package org.renda.check.model;

/** A deputy's absence from a session (缺席); {@code leaveApproved} = 请假并获批准. */
public record Absence(int sessionIndex, int index, String deputyId, boolean leaveApproved) {
    public String path() {
        return "/sessions/" + sessionIndex + "/absences/" + index;
    }
}
