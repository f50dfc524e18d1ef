package org.renda.check.model;

/** 例会 ({@code REGULAR}), 临时会议 ({@code EXTRAORDINARY}), 每届第一次会议 ({@code FIRST_OF_TERM}). */
public enum SessionKind {
    REGULAR, EXTRAORDINARY, FIRST_OF_TERM;

    /** A session the presidium schedules in the ordinary course: REGULAR or FIRST_OF_TERM. */
    public boolean isOrdinary() {
        return this != EXTRAORDINARY;
    }
}
