package org.renda.check.model;

/** A vote's tally; {@code inFavour} is the record format's {@code for}. */
public record Vote(int inFavour, int against, int abstain, VoteMethod method) {
    public int cast() {
        return inFavour + against + abstain;
    }
}
