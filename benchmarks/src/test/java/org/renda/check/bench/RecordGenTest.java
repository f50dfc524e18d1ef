package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's enum values come from the record format; its weights are data keyed by value. */
class RecordGenTest {

    @Test
    void weightsExpandInTheFormatsOrder() {
        // the arrays the generator drew from before they were derived: same seed, same records
        assertThat(RecordGen.SESSION_KINDS).containsExactly("REGULAR", "REGULAR", "EXTRAORDINARY", "FIRST_OF_TERM");
        assertThat(RecordGen.RESULTS).containsExactly("ADOPTED", "ADOPTED", "ADOPTED", "REJECTED", "DELIBERATED", "WITHDRAWN");
        assertThat(RecordGen.STATUSES).containsExactly("SERVING", "SERVING", "SERVING", "RESIGNED", "RECALLED", "DECEASED");
        assertThat(RecordGen.ORGANS).containsExactly("ADMINISTRATIVE", "PARTY", "CONGRESS", "PUBLIC_INSTITUTION", "OTHER");
        assertThat(RecordGen.METHODS).containsExactly("SECRET_BALLOT", "SHOW_OF_HANDS", "ELECTRONIC");
        assertThat(RecordGen.ORGANIZERS).containsExactly("PRESIDIUM", "COMMITTEE", "COUNTY_STANDING_COMMITTEE", "OTHER");
        assertThat(RecordGen.ACCEPTED_BY).containsExactly("CONGRESS", "PRESIDIUM", "PARTY_COMMITTEE", "GOVERNMENT", "OTHER");
        assertThat(RecordGen.AGENDA_TYPES).hasSize(15).startsWith("GOVERNMENT_WORK_REPORT").endsWith("OTHER");
        assertThat(RecordGen.ACTIVITY_TYPES).hasSize(10).startsWith("SPECIAL_WORK_REPORT").endsWith("OTHER");
        assertThat(RecordGen.SECTIONS).hasSize(15).startsWith("term", "officers").endsWith("disclosures");
    }

    @Test
    void aValueTheFormatGainsOrLosesFailsLoudly() {
        // the format has FIRST_OF_TERM: weights that forget it are an error, as is a value it lacks
        assertThatThrownBy(() -> RecordGen.weighted("session", "kind", Map.of("REGULAR", 2, "EXTRAORDINARY", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("session.kind")
                .hasMessageContaining("FIRST_OF_TERM");
        assertThatThrownBy(() -> RecordGen.weighted("session", "kind",
                Map.of("REGULAR", 2, "EXTRAORDINARY", 1, "FIRST_OF_TERM", 1, "SPECIAL", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPECIAL");
        assertThatThrownBy(() -> RecordGen.evenly("session", "colour")).isInstanceOf(IllegalStateException.class);
    }
}
