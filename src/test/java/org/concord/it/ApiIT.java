package org.concord.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.concord.campaign.Answering;
import org.concord.database.Container;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API against the real server: tokens (missing, unknown, expired, revoked), the roles
 * of every call, teams and campaigns from creation to a closed wave's results through the
 * disclosure gate (an open wave and a small team refused as on the pages, a manager only their
 * own team), bad input answered with a problem document naming the field and nothing stored,
 * problems in French, paging and throttling.
 */
class ApiIT {

    private static ConcordServer server;
    private static ApiFixtures api;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        api = new ApiFixtures(server);
    }

    /** The problem document every refusal is, with its status and type. */
    static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("urn:concord:problem:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/api/v1/"))
                .body("errors", notNullValue());
    }

    private static String teamJson(String name, String manager) {
        return "{\"name\":\"" + name + "\",\"department\":\"Ops\",\"manager\":" + (manager == null ? "null" : "\"" + manager + "\"")
                + "}";
    }

    private static long createTeam(String name, String manager) {
        return api.as(Role.HR).contentType("application/json").body(teamJson(name, manager)).post("/teams")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long createCampaign(String name, List<Long> teams, int threshold) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = "{\"name\":\"" + name + "\",\"waveLabel\":\"Before\",\"opensOn\":\"" + today + "\",\"closesOn\":\""
                + today.plusDays(14) + "\",\"minGroupSize\":" + threshold + ",\"linkMode\":\"PERSONAL\",\"teamIds\":"
                + teams + ",\"questionnaires\":[\"team-cooperation-climate.v1\"]}";
        return api.as(Role.HR).contentType("application/json").body(body).post("/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void addMembers(long team, int count) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("-").append(team).append("@example.org\n");
        }
        api.as(Role.HR).contentType("text/csv").body(csv.toString()).post("/teams/" + team + "/members/import")
                .then().statusCode(200).body("added", equalTo(count));
    }

    @Test
    void aCallWithoutAUsableTokenIsRefusedWith401() {
        String hr = api.account("tokens", Role.HR);
        problem(given().baseUri(server.url("")).get("/api/v1/teams"), 401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:concord:problem:unauthorized"));
        problem(api.with("concord_" + "A".repeat(43)).get("/teams"), 401).body("detail", containsString("not known"));
        problem(api.with("nonsense").get("/teams"), 401);
        problem(api.with(api.expiredToken(hr)).get("/teams"), 401).body("detail", containsString("expired"));
        problem(api.with(api.revokedToken(hr)).get("/teams"), 401).body("detail", containsString("revoked"));
        api.with(api.token(hr, LocalDate.now(ZoneOffset.UTC))).get("/teams").then().statusCode(200);
        assertTrue(api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'api-token.refused' AND actor = ?", hr) >= 2,
                "refused uses of known tokens are audited");
    }

    @Test
    void aTokenActsWithItsOwnersRolesOfNow() throws Exception {
        String hr = api.account("demoted", Role.HR);
        String token = api.token(hr, LocalDate.now(ZoneOffset.UTC).plusDays(3));
        api.with(token).get("/teams").then().statusCode(200);
        try (var db = server.database()) {
            db.createStatement().executeUpdate("UPDATE account_role SET role = 'MANAGER' WHERE account_id = "
                    + "(SELECT id FROM account WHERE username = '" + hr + "')");
        }
        problem(api.with(token).get("/teams"), 403).body("type", equalTo("urn:concord:problem:forbidden"));
        try (var db = server.database()) {
            db.createStatement().executeUpdate("UPDATE account SET disabled = TRUE WHERE username = '" + hr + "'");
        }
        problem(api.with(token).get("/questionnaires"), 401);
    }

    @Test
    void teamsAreCreatedChangedFilledAndTheirMembersErased() {
        String name = "Api team " + api.suffix();
        long team = createTeam(name, null);
        api.as(Role.HR).get("/teams/" + team).then().statusCode(200).body("name", equalTo(name)).body("members", hasSize(0));
        api.as(Role.HR).contentType("application/json").body("{\"name\":\"" + name + " renamed\",\"headcount\":6}")
                .put("/teams/" + team).then().statusCode(200).body("name", equalTo(name + " renamed"))
                .body("headcount", equalTo(6)).body("department", nullValue());
        long member = api.as(Role.HR).contentType("application/json")
                .body("{\"name\":\"Ada Martin\",\"email\":\"ada-" + team + "@example.org\"}").post("/teams/" + team + "/members")
                .then().statusCode(201).body("name", equalTo("Ada Martin")).extract().jsonPath().getLong("id");
        addMembers(team, 2);
        api.as(Role.HR).get("/teams/" + team).then().body("members", hasSize(3));
        api.as(Role.HR).delete("/teams/" + team + "/members/" + member).then().statusCode(204);
        assertEquals(0, api.count("SELECT COUNT(*) FROM team_member WHERE id = ?", member));
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'member.erased' AND subject = ?",
                "member-" + member));
        problem(api.as(Role.HR).delete("/teams/" + team + "/members/" + member), 404);
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'api.call' AND actor = ? AND detail = ?",
                api.username(Role.HR), "DELETE /api/v1/teams/" + team + "/members/" + member + " -> 204"),
                "the token's use is audited for a call that changed something, not for the refused one");
        assertEquals(0, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'api.call' AND detail LIKE ?",
                "% -> 404"));
        api.as(Role.HR).queryParam("name", name).get("/teams").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) team)).body("items[0].members", equalTo(2));
    }

    @Test
    void badTeamInputIsAProblemNamingTheFieldAndStoresNothing() {
        String name = "Api bad team " + api.suffix();
        Map<String, String> bodies = Map.of(
                "{\"name\":", "",
                "[1,2]", "",
                "{\"name\":\"" + name + "\",\"colour\":\"red\"}", "colour",
                "{\"name\":42}", "name",
                "{\"name\":\"   \"}", "name",
                "{\"name\":\"" + name + "\",\"headcount\":\"six\"}", "headcount",
                "{\"name\":\"" + name + "\",\"headcount\":0}", "headcount");
        bodies.forEach((body, field) -> {
            var check = problem(api.as(Role.HR).contentType("application/json").body(body).post("/teams"), 400);
            if (!field.isEmpty()) {
                check.body("errors[0].field", equalTo(field));
            }
        });
        problem(api.as(Role.HR).contentType("application/json").body("").post("/teams"), 400);
        assertEquals(0, api.count("SELECT COUNT(*) FROM team WHERE name LIKE ?", name + "%"));
        long team = createTeam(name, null);
        problem(api.as(Role.HR).contentType("application/json").body(teamJson(name, null)).post("/teams"), 400)
                .body("detail", containsString(name));
        problem(api.as(Role.HR).contentType("text/csv").body("Good One,good@example.org\nBad line without email ,\"\n")
                .post("/teams/" + team + "/members/import"), 400);
        problem(api.as(Role.HR).contentType("application/json").body("{\"name\":\"\"}")
                .post("/teams/" + team + "/members"), 400).body("errors[0].field", equalTo("name"));
        problem(api.as(Role.HR).contentType("application/json").body("{\"name\":\"x\"}").put("/teams/999999999"), 404);
        problem(api.as(Role.HR).contentType("application/json").body("{\"name\":\"x\"}").post("/teams/999999999/members"), 404);
        problem(api.as(Role.HR).contentType("application/xml").body("<team/>").post("/teams"), 415);
        assertEquals(0, api.count("SELECT COUNT(*) FROM team_member WHERE team_id = ?", team));
        assertEquals(1, api.count("SELECT COUNT(*) FROM team WHERE name LIKE ?", name + "%"));
    }

    @Test
    void problemsAreWrittenInTheCallersLanguage() {
        given().baseUri(server.url("")).header("Accept-Language", "fr-CA, en;q=0.5").get("/api/v1/teams")
                .then().statusCode(401).header("Content-Language", "fr").body("title", equalTo("Un jeton d'API valide est nécessaire"));
        given().baseUri(server.url("")).header("Authorization", "Bearer " + api.token(Role.HR))
                .header("Accept-Language", "fr").contentType("application/json").body("{\"name\":true}").post("/api/v1/teams")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].detail", equalTo("Ce champ doit être un texte."));
    }

    @Test
    void listsArePagedAndBadPagingIsRefusedOnItsParameter() {
        for (int i = 0; i < 3; i++) {
            createTeam("Api paged " + api.suffix() + " " + i, null);
        }
        api.as(Role.HR).queryParam("name", "Api paged " + api.suffix()).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "-name").get("/teams").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2)).body("items", hasSize(1))
                .body("items[0].name", equalTo("Api paged " + api.suffix() + " 0"));
        problem(api.as(Role.HR).queryParam("size", 0).get("/teams"), 400).body("errors[0].field", equalTo("size"));
        problem(api.as(Role.HR).queryParam("size", 101).get("/campaigns"), 400).body("errors[0].field", equalTo("size"));
        problem(api.as(Role.HR).queryParam("page", "two").get("/teams"), 400).body("errors[0].field", equalTo("page"));
        problem(api.as(Role.HR).queryParam("sort", "password").get("/campaigns"), 400).body("errors[0].field", equalTo("sort"));
        problem(api.as(Role.HR).queryParam("page", -1).get("/questionnaires"), 400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aCampaignRunsFromLinksToTheResultsOfItsClosedWaveThroughTheGate() {
        String manager = api.account("manager-own", Role.MANAGER);
        String managerToken = api.token(manager, LocalDate.now(ZoneOffset.UTC).plusDays(3));
        long big = createTeam("Api big " + api.suffix(), manager);
        long small = createTeam("Api small " + api.suffix(), null);
        addMembers(big, 4);
        addMembers(small, 2);
        long campaign = createCampaign("Api campaign " + api.suffix(), List.of(big), 3);
        api.as(Role.HR).contentType("application/json").body("{\"teamIds\":[" + small + "]}")
                .post("/campaigns/" + campaign + "/teams").then().statusCode(200).body("teams", hasSize(2));

        List<String> urls = api.as(Role.HR).post("/campaigns/" + campaign + "/links").then().statusCode(200)
                .body("mode", equalTo("PERSONAL")).body("links", hasSize(6)).extract().jsonPath().getList("links.url");
        assertEquals(6, api.count("SELECT COUNT(*) FROM invitation WHERE campaign_id = ?", campaign));
        for (String url : urls) {
            assertEquals(0, api.count("SELECT COUNT(*) FROM invitation WHERE token_hash = ?",
                    Answering.token(url)), "only the hash of a link is stored");
        }
        List<String> again = api.as(Role.HR).post("/campaigns/" + campaign + "/links").then().statusCode(200)
                .extract().jsonPath().getList("links.url");
        assertNotEquals(urls, again, "links are shown once: generating again gives new ones");
        var issued = api.as(Role.HR).post("/campaigns/" + campaign + "/links").then().statusCode(200).extract().jsonPath();
        List<String> bigLinks = issued.getList("links.findAll { it.team == 'Api big " + api.suffix() + "' }.url");
        List<String> smallLinks = issued.getList("links.findAll { it.team == 'Api small " + api.suffix() + "' }.url");
        try (Container container = ServerJpa.open(server)) {
            for (String url : bigLinks) {
                Answering.submit(container, Answering.token(url), item -> 2 + Math.abs(item.id().hashCode()) % 3);
            }
            Answering.submit(container, Answering.token(smallLinks.get(0)), item -> 4);
        }

        api.as(Role.HR).get("/campaigns/" + campaign + "/status").then().statusCode(200)
                .body("find { it.teamId == " + big + " }.submitted", equalTo(4))
                .body("find { it.teamId == " + small + " }.submitted", equalTo(1));
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/results"), 409).body("detail", containsString("closes"));
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/results/teams/" + big), 409);
        problem(api.with(managerToken).get("/campaigns/" + campaign + "/results/teams/" + big), 409);

        api.as(Role.HR).post("/campaigns/" + campaign + "/close").then().statusCode(200).body("closed", equalTo(true));
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'campaign.closed' AND subject = ?",
                "campaign-" + campaign));
        problem(api.as(Role.HR).post("/campaigns/" + campaign + "/links"), 409);

        api.as(Role.HR).get("/campaigns/" + campaign + "/results").then().statusCode(200)
                .body("released", equalTo(true))
                .body("questionnaires[0].teams.find { it.teamId == " + big + " }.shown", equalTo(true))
                .body("questionnaires[0].teams.find { it.teamId == " + big + " }.n", equalTo(4))
                .body("questionnaires[0].teams.find { it.teamId == " + small + " }.shown", equalTo(false))
                .body("questionnaires[0].teams.find { it.teamId == " + small + " }.n", equalTo(0))
                .body("questionnaires[0].teams.find { it.teamId == " + small + " }.cells", hasSize(0));
        api.as(Role.HR).get("/campaigns/" + campaign + "/results/teams/" + big).then().statusCode(200)
                .body("released", equalTo(true)).body("sections[0].shown", equalTo(true)).body("sections[0].n", equalTo(4));
        api.with(managerToken).get("/campaigns/" + campaign + "/results/teams/" + big).then().statusCode(200)
                .body("team", equalTo("Api big " + api.suffix()));
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/results/teams/" + small), 409)
                .body("detail", containsString("Fewer than 3"));
        problem(api.as(Role.MANAGER).get("/campaigns/" + campaign + "/results/teams/" + big), 403);
        problem(api.as(Role.MANAGER).get("/campaigns/" + campaign + "/results"), 403);
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/results/teams/999999999"), 404);
        problem(api.as(Role.HR).get("/campaigns/999999999/results"), 404);
    }

    @Test
    void badCampaignInputIsAProblemNamingTheFieldAndStoresNothing() {
        long team = createTeam("Api campaign team " + api.suffix(), null);
        String name = "Api bad campaign " + api.suffix();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String base = "\"name\":\"" + name + "\",\"waveLabel\":\"W1\",\"opensOn\":\"" + today + "\",\"closesOn\":\""
                + today.plusDays(5) + "\"";
        Map<String, String> bodies = Map.of(
                "{" + base + ",\"teamIds\":[],\"questionnaires\":[\"team-cooperation-climate.v1\"]}", "teamIds",
                "{" + base + ",\"teamIds\":[999999999],\"questionnaires\":[\"team-cooperation-climate.v1\"]}", "teamIds",
                "{" + base + ",\"teamIds\":[" + team + "],\"questionnaires\":[\"cooperativeness.v1\"]}", "questionnaires",
                "{" + base + ",\"teamIds\":[" + team + "],\"questionnaires\":[\"team-cooperation-climate.v1\"],\"minGroupSize\":2}",
                "minGroupSize",
                "{" + base + ",\"teamIds\":[" + team + "],\"questionnaires\":[\"team-cooperation-climate.v1\"],\"linkMode\":\"BOTH\"}",
                "linkMode",
                "{\"name\":\"" + name + "\",\"waveLabel\":\"W1\",\"opensOn\":\"" + today + "\",\"closesOn\":\"" + today.minusDays(1)
                        + "\",\"teamIds\":[" + team + "],\"questionnaires\":[\"team-cooperation-climate.v1\"]}", "closesOn",
                "{\"name\":\"" + name + "\",\"waveLabel\":\"W1\",\"opensOn\":\"tomorrow\",\"closesOn\":\"" + today
                        + "\",\"teamIds\":[" + team + "],\"questionnaires\":[\"team-cooperation-climate.v1\"]}", "opensOn",
                "{" + base + ",\"teamIds\":\"all\",\"questionnaires\":[\"team-cooperation-climate.v1\"]}", "teamIds",
                "{\"name\":\"" + name + "\",\"teamIds\":[" + team + "]}", "waveLabel");
        bodies.forEach((body, field) -> problem(api.as(Role.HR).contentType("application/json").body(body)
                .post("/campaigns"), 400).body("errors[0].field", equalTo(field)));
        problem(api.as(Role.HR).contentType("application/json").body("{").post("/campaigns"), 400);
        assertEquals(0, api.count("SELECT COUNT(*) FROM campaign WHERE name = ?", name));

        long campaign = createCampaign(name, List.of(team), 3);
        problem(api.as(Role.HR).contentType("application/json").body("{\"teamIds\":[999999999]}")
                .post("/campaigns/" + campaign + "/teams"), 400).body("errors[0].field", equalTo("teamIds"));
        problem(api.as(Role.HR).contentType("application/json").body("{\"teamIds\":[]}")
                .post("/campaigns/" + campaign + "/teams"), 400).body("errors[0].field", equalTo("teamIds"));
        problem(api.as(Role.HR).contentType("application/json").body("{\"language\":\"de\"}")
                .post("/campaigns/" + campaign + "/invitations"), 400).body("errors[0].field", equalTo("language"));
        problem(api.as(Role.HR).contentType("application/json").body("{\"language\":1}")
                .post("/campaigns/" + campaign + "/reminders"), 400).body("errors[0].field", equalTo("language"));
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/mailings/nothing"), 404);
        problem(api.as(Role.HR).get("/campaigns/999999999"), 404);
        problem(api.as(Role.HR).post("/campaigns/999999999/close"), 404);
        assertEquals(1, api.count("SELECT COUNT(*) FROM campaign_team WHERE campaign_id = ?", campaign));
        assertEquals(0, api.count("SELECT COUNT(*) FROM invitation WHERE campaign_id = ?", campaign));
    }

    @Test
    void invitationsAndRemindersRunAsMailingJobs() {
        long team = createTeam("Api mail team " + api.suffix(), null);
        addMembers(team, 2);
        long campaign = createCampaign("Api mail " + api.suffix(), List.of(team), 3);
        String mailing = api.as(Role.HR).contentType("application/json").body("{\"language\":\"fr\"}")
                .post("/campaigns/" + campaign + "/invitations").then().statusCode(202)
                .header("Location", containsString("/api/v1/campaigns/" + campaign + "/mailings/"))
                .extract().jsonPath().getString("id");
        api.as(Role.HR).get("/campaigns/" + campaign + "/mailings/" + mailing).then().statusCode(200)
                .body("id", equalTo(mailing));
        api.as(Role.HR).post("/campaigns/" + campaign + "/reminders").then().statusCode(202).body("id", notNullValue());
    }

    @Test
    void eachTokenIsThrottledWith429AndRetryAfter() {
        String token = api.token(api.account("busy", Role.RECRUITER), LocalDate.now(ZoneOffset.UTC).plusDays(1));
        Response last = null;
        for (int i = 0; i < 1000; i++) {
            last = api.with(token).get("/questionnaires");
            if (last.statusCode() == 429) {
                break;
            }
            assertEquals(200, last.statusCode());
        }
        problem(last, 429).header("Retry-After", notNullValue()).body("type", equalTo("urn:concord:problem:throttled"));
        api.as(Role.RECRUITER).get("/questionnaires").then().statusCode(200);
    }

    @Test
    void questionnairesAreListedAndReadWithTheirScalesAndItems() {
        api.as(Role.MANAGER).queryParam("size", 100).get("/questionnaires").then().statusCode(200)
                .body("items.key", org.hamcrest.Matchers.hasItem("team-cooperation-climate.v1"));
        api.as(Role.RECRUITER).header("Accept-Language", "fr").get("/questionnaires/team-cooperation-climate/versions/1")
                .then().statusCode(200).body("key", equalTo("team-cooperation-climate.v1"))
                .body("scales.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        problem(api.as(Role.HR).get("/questionnaires/none/versions/1"), 404);
        problem(api.as(Role.HR).get("/nowhere"), 404);
        problem(api.as(Role.HR).delete("/questionnaires"), 405);
    }

    @Test
    void paperAnswersAreImportedWholeOrNotAtAllAndCountFromTheClose() {
        long team = createTeam("Api paper " + api.suffix(), null);
        addMembers(team, 4);
        long campaign = createCampaign("Api paper campaign " + api.suffix(), List.of(team), 3);
        List<String> items = api.as(Role.HR).get("/questionnaires/team-cooperation-climate/versions/1").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        String path = "/campaigns/" + campaign + "/paper-answers/import";

        String bad = paper("Api paper " + api.suffix(), items, "9");
        problem(api.as(Role.HR).contentType("text/csv").body(bad).post(path), 400)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("Line 3, column 3"));
        problem(given().baseUri(server.url("")).header("Authorization", "Bearer " + api.token(Role.HR))
                .header("Accept-Language", "fr").contentType("text/csv").body(bad).post("/api/v1" + path), 400)
                .body("detail", containsString("Ligne 3, colonne 3"));
        problem(api.as(Role.HR).contentType("text/csv").body(paper("No such team", items, null)).post(path), 400)
                .body("errors[0].field", equalTo("file"));
        assertEquals(0, api.count("SELECT COUNT(*) FROM assessment WHERE campaign_id = ?", campaign),
                "a refused file stores nothing");
        problem(api.as(Role.RECRUITER).contentType("text/csv").body(bad).post(path), 403);
        problem(api.as(Role.HR).contentType("text/csv").body(bad).post("/campaigns/999999999/paper-answers/import"), 404);

        api.as(Role.HR).contentType("text/csv").body(paper("Api paper " + api.suffix(), items, null)).post(path)
                .then().statusCode(200).body("questionnaires", equalTo(3))
                .body("perTeam.'Api paper " + api.suffix() + "'", equalTo(3));
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'campaign.paper-imported' AND subject = ?",
                "campaign-" + campaign));
        api.as(Role.HR).get("/campaigns/" + campaign + "/status").then().statusCode(200)
                .body("find { it.teamId == " + team + " }.submitted", equalTo(3));
        problem(api.as(Role.HR).get("/campaigns/" + campaign + "/results"), 409);

        api.as(Role.HR).post("/campaigns/" + campaign + "/close").then().statusCode(200);
        api.as(Role.HR).get("/campaigns/" + campaign + "/results").then().statusCode(200)
                .body("questionnaires[0].teams.find { it.teamId == " + team + " }.shown", equalTo(true))
                .body("questionnaires[0].teams.find { it.teamId == " + team + " }.n", equalTo(3));
        problem(api.as(Role.HR).contentType("text/csv").body(paper("Api paper " + api.suffix(), items, null)).post(path), 409);
        assertEquals(3, api.count("SELECT COUNT(*) FROM assessment WHERE campaign_id = ?", campaign),
                "nothing added once the wave is closed");
    }

    /** Three paper questionnaires of one team; the second answer of the second one replaced by {@code badCell}. */
    private static String paper(String team, List<String> items, String badCell) {
        StringBuilder csv = new StringBuilder("team");
        items.forEach(item -> csv.append(',').append(item));
        csv.append('\n');
        for (int p = 0; p < 3; p++) {
            csv.append(team);
            for (int i = 0; i < items.size(); i++) {
                csv.append(',').append(badCell != null && p == 1 && i == 1 ? badCell : String.valueOf(1 + (p + i) % 5));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
