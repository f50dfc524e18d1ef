package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprints name items by identity, not by position (issue 13, 整改跟踪). */
class FingerprintsTest {

    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void arrayIndexesBecomeIdsOrNaturalKeys() throws Exception {
        JsonNode r = M.readTree("""
                {"sessions": [{"id": "S1", "agenda": [{"type": "BUDGET"}, {"id": "J/2"}],
                               "absences": [{"deputyId": "D7", "leaveApproved": false}]}],
                 "presidiumMeetings": [{"date": "2024-03-01"}, {"membersTotal": 5}]}""");
        assertThat(Fingerprints.stablePath(r, "/sessions/0")).isEqualTo("/sessions/S1");
        assertThat(Fingerprints.stablePath(r, "/sessions/0/agenda/0")).isEqualTo("/sessions/S1/agenda/type=BUDGET");
        assertThat(Fingerprints.stablePath(r, "/sessions/0/agenda/1")).isEqualTo("/sessions/S1/agenda/J~12");
        assertThat(Fingerprints.stablePath(r, "/sessions/0/absences/0")).isEqualTo("/sessions/S1/absences/deputyId=D7");
        assertThat(Fingerprints.stablePath(r, "/presidiumMeetings/0")).isEqualTo("/presidiumMeetings/date=2024-03-01");
        assertThat(Fingerprints.stablePath(r, "/presidiumMeetings/1")).as("no key at all: the position").isEqualTo("/presidiumMeetings/#1");
        assertThat(Fingerprints.stablePath(r, "/sessions")).isEqualTo("/sessions");
        assertThat(Fingerprints.stablePath(r, "")).isEqualTo("");
        assertThat(Fingerprints.stablePath(r, "/sessions/9")).isEqualTo("/sessions/#9");
    }

    @Test
    void reorderingTheItemsKeepsThePlace() throws Exception {
        JsonNode a = M.readTree("{\"deputies\": [{\"id\": \"D1\"}, {\"id\": \"D2\"}]}");
        JsonNode b = M.readTree("{\"deputies\": [{\"id\": \"D0\"}, {\"id\": \"D2\"}, {\"id\": \"D1\"}]}");
        assertThat(Fingerprints.stablePath(a, "/deputies/1")).isEqualTo(Fingerprints.stablePath(b, "/deputies/1"))
                .isEqualTo("/deputies/D2");
    }

    @Test
    void severalFindingsAtOnePlaceAreToldApartByTheirValuesInNoLanguage() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("quarter", 2);
        v.put("months", List.of(java.time.YearMonth.of(2024, 4), java.time.YearMonth.of(2024, 5)));
        assertThat(Fingerprints.of("HN-PRESIDIUM-MEET-001:/presidiumMeetings", v))
                .isEqualTo("HN-PRESIDIUM-MEET-001:/presidiumMeetings|quarter=2;months=2024-04,2024-05");
        assertThat(Fingerprints.of("X:/a", Map.of())).isEqualTo("X:/a");
    }
}
