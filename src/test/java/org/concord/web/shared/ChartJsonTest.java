package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.concord.results.TeamReport;
import org.concord.scoring.Quadrant;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aTeamNameCannotCloseTheScriptItIsWrittenInto() {
        String name = "</script><script>alert(\"x\")</script> & co";
        String quadrant = ChartJson.quadrant(new TeamReport.QuadrantView(3.2, 3.4, 5, 3.8, 3.5, 5, 1, 5,
                Quadrant.COOPERATIVE_NOT_COORDINATED, "summary"), name, "Coordination", "Cooperation");
        String radar = ChartJson.radar(List.of(new TeamReport.Mechanism("mutual-adjustment", name, 3.1, "Defined")), name, 1, 5);
        for (String json : List.of(quadrant, radar)) {
            assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
            assertTrue(json.contains("\\u003c/script\\u003e"), json);
            assertTrue(json.contains("\\\"x\\\""), json);
        }
        JsonObject teamPoint = Json.createReader(new StringReader(quadrant)).readObject()
                .getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getJsonObject(0);
        assertEquals(3.2, teamPoint.getJsonNumber("x").doubleValue());
        assertEquals(3.8, teamPoint.getJsonNumber("y").doubleValue());
    }

    @Test
    void longRadarLabelsAreBrokenIntoLinesAndKeepEveryWord() {
        String label = "Standardisation des qualifications";
        String radar = ChartJson.radar(List.of(new TeamReport.Mechanism("skills", label, 3.1, "Defined"),
                new TeamReport.Mechanism("plan", "Plans", 2.5, "Defined")), "Team", 1, 5);
        JsonObject data = Json.createReader(new StringReader(radar)).readObject().getJsonObject("data");
        assertEquals(List.of("Standardisation", "des", "qualifications"),
                data.getJsonArray("labels").getJsonArray(0).getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Plans", data.getJsonArray("labels").getString(1), "a short label stays one line");
        assertEquals(List.of("Mutual", "adjustment by", "supervision"),
                ChartJson.lines("Mutual adjustment by supervision").asJsonArray().getValuesAs(jakarta.json.JsonString::getString));
    }
}
