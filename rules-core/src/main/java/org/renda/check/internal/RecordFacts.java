package org.renda.check.internal;

import java.util.Collection;
import java.util.function.Consumer;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Officer;
import org.renda.check.model.Parameters;
import org.renda.check.model.Session;

/**
 * The facts of one record as the engine inserts them, in the record's order (each officer then its
 * posts, each session then its items), so that rules fire in the same order every time.
 */
public final class RecordFacts {

    private RecordFacts() {
    }

    /** Gives every fact of the record (the record and the parameter values first) to {@code sink}. */
    public static void forEach(AnnualRecord r, Parameters p, Consumer<Object> sink) {
        one(sink, r);
        one(sink, p);
        one(sink, r.term());
        one(sink, r.budget());
        one(sink, r.livelihoodProjects());
        one(sink, r.disclosures());
        for (Officer o : r.officers()) {
            one(sink, o);
            all(sink, o.otherPosts());
        }
        all(sink, r.deputies());
        for (Session x : r.sessions()) {
            one(sink, x);
            all(sink, x.agenda());
            all(sink, x.absences());
        }
        all(sink, r.presidiumMeetings());
        all(sink, r.committeeMeetings());
        all(sink, r.reportsToCounty());
        if (r.budget() != null) {
            all(sink, r.budget().adjustments());
        }
        all(sink, r.activities());
        all(sink, r.stations());
        all(sink, r.suggestions());
        all(sink, r.normativeDocuments());
        all(sink, r.residentCouncils());
    }

    private static void one(Consumer<Object> sink, Object fact) {
        if (fact != null) {
            sink.accept(fact);
        }
    }

    private static void all(Consumer<Object> sink, Collection<?> facts) {
        facts.forEach(sink);
    }
}
