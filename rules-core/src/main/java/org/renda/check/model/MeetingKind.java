package org.renda.check.model;

/** 主席团会议 ({@code PRESIDIUM}, township) or 街道工委会议 ({@code COMMITTEE}, street). */
public enum MeetingKind {
    PRESIDIUM("presidiumMeetings"), COMMITTEE("committeeMeetings");

    private final String section;

    MeetingKind(String section) {
        this.section = section;
    }

    /** The record section that lists meetings of this kind. */
    public String section() {
        return section;
    }
}
