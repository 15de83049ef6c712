package org.concord.it;

import static org.concord.it.ApiIT.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.concord.database.Container;
import org.concord.interview.Instruments;
import org.concord.interview.SelfReportService;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.AccountService;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's candidates (record rules: a recruiter's token never reads another recruiter's
 * candidate), report jobs (start, poll, download) and audit trail, against the real server,
 * with bad input answered by a problem document and nothing stored.
 */
class ApiCandidatesIT {

    private static ConcordServer server;
    private static ApiFixtures api;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        api = new ApiFixtures(server);
    }

    private static long createCandidate(String token, String name) {
        return api.with(token).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"email\":\"bea@example.org\",\"position\":\"Buyer\",\"retentionDays\":90,"
                        + "\"consentGiven\":true}")
                .post("/candidates").then().statusCode(201).body("consentAt", notNullValue())
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aRecruitersTokenReadsTheirOwnCandidatesOnlyAndHrReadsAll() {
        String other = api.token(api.account("other-recruiter", Role.RECRUITER), LocalDate.now(ZoneOffset.UTC).plusDays(2));
        long candidate = createCandidate(api.token(Role.RECRUITER), "Bea Api " + api.suffix());
        api.as(Role.RECRUITER).get("/candidates/" + candidate).then().statusCode(200)
                .body("candidate.name", equalTo("Bea Api " + api.suffix())).body("selfReport", equalTo("NOT_ISSUED"));
        problem(api.with(other).get("/candidates/" + candidate), 403);
        problem(api.with(other).get("/candidates/" + candidate + "/profile"), 403);
        problem(api.with(other).get("/candidates/" + candidate + "/export"), 403);
        problem(api.with(other).post("/candidates/" + candidate + "/self-report-link"), 403);
        problem(api.with(other).delete("/candidates/" + candidate), 403);
        api.with(other).get("/candidates").then().statusCode(200).body("total", equalTo(0));
        api.as(Role.RECRUITER).queryParam("name", "Bea Api " + api.suffix()).get("/candidates").then().statusCode(200)
                .body("total", equalTo(1));
        api.as(Role.HR).get("/candidates/" + candidate).then().statusCode(200);
        problem(api.as(Role.MANAGER).get("/candidates/" + candidate), 403);
        problem(api.as(Role.HR).contentType("application/json").body("{\"name\":\"x\",\"consentGiven\":true}")
                .post("/candidates"), 403);
        problem(api.as(Role.RECRUITER).get("/candidates/999999999"), 403);
        assertTrue(api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.viewed' AND subject = ?",
                "candidate-" + candidate) >= 2);
    }

    @Test
    void aCandidatesSelfReportLinkProfileExportAndErasure() {
        String recruiter = api.token(Role.RECRUITER);
        long candidate = createCandidate(recruiter, "Cleo Api " + api.suffix());
        String url = api.with(recruiter).post("/candidates/" + candidate + "/self-report-link").then().statusCode(200)
                .body("url", containsString("/respond/answer.xhtml?t=")).extract().jsonPath().getString("url");
        assertEquals(0, api.count("SELECT COUNT(*) FROM assessment WHERE access_hash = ?", url.substring(url.indexOf("?t=") + 3)));
        api.with(recruiter).get("/candidates/" + candidate + "/profile").then().statusCode(200)
                .body("selfReportScales", hasSize(0));

        try (Container container = ServerJpa.open(server)) {
            var caller = container.get(AccountService.class).caller(api.username(Role.RECRUITER));
            Questionnaire questionnaire = container.get(Instruments.class).selfReport();
            Map<String, Integer> answers = new HashMap<>();
            questionnaire.items().forEach(item -> answers.put(item.id(),
                    item.expected() != null ? item.expected() : 2 + Math.abs(item.id().hashCode()) % 3));
            SelfReportService selfReports = container.get(SelfReportService.class);
            selfReports.startKiosk(caller, candidate);
            selfReports.submit(caller, candidate, answers);
        }
        api.with(recruiter).header("Accept-Language", "en").get("/candidates/" + candidate + "/profile").then()
                .statusCode(200).body("selfReport", equalTo("SUBMITTED"))
                .body("selfReportScales.size()", greaterThan(0))
                .body("selfReportScales[0].score", notNullValue())
                .body("selfReportScales[0].band", notNullValue())
                .body("selfReportScales[0]", hasKey("intervalLow"))
                .body("selfReportScales[0]", hasKey("percentile"))
                .body("selfReportScales[0].normGroupSize", greaterThan(0))
                .body("panel", hasSize(0));
        problem(api.with(recruiter).post("/candidates/" + candidate + "/self-report-link"), 409);

        api.with(recruiter).get("/candidates/" + candidate + "/export").then().statusCode(200)
                .contentType(startsWith("application/json")).header("Content-Disposition", containsString("candidate-" + candidate))
                .body(containsString("Cleo Api " + api.suffix()));
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.exported' AND subject = ?",
                "candidate-" + candidate));

        api.with(recruiter).delete("/candidates/" + candidate).then().statusCode(204);
        assertEquals(0, api.count("SELECT COUNT(*) FROM candidate WHERE id = ?", candidate));
        assertEquals(0, api.count("SELECT COUNT(*) FROM assessment WHERE candidate_id = ?", candidate));
        assertEquals(1, api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.erased' AND subject = ?",
                "candidate-" + candidate));
        problem(api.with(recruiter).get("/candidates/" + candidate), 403);
    }

    /** {@code interviewer} joins the panel of {@code candidate} and rates every question; submits when told to. */
    @SuppressWarnings("SameParameterValue")
    private static void rate(long candidate, String interviewer, boolean submit) {
        try (Container container = ServerJpa.open(server)) {
            var owner = container.get(AccountService.class).caller(api.username(Role.RECRUITER));
            container.get(org.concord.candidate.CandidateService.class).addInterviewer(owner, candidate, interviewer);
            var rater = container.get(AccountService.class).caller(interviewer);
            Questionnaire interview = container.get(Instruments.class).interview();
            var service = container.get(org.concord.interview.InterviewService.class);
            for (int i = 0; i < interview.items().size(); i++) {
                service.rate(rater, candidate, interview.items().get(i).id(), 2 + i % 3, null, i + 1);
            }
            if (submit) {
                service.submit(rater, candidate);
            }
        }
    }

    @Test
    void aPanelsRatingsAreShownOnceSubmittedAndNeverToAnInterviewerWhoHasNotSubmitted() {
        // the recruiter who brought a candidate in sits on the panel too; HR does not rate and sees every submitted interview
        String recruiter = api.token(Role.RECRUITER);
        String interviewer = api.account("interviewer", Role.RECRUITER);
        String interviewerToken = api.token(interviewer, LocalDate.now(ZoneOffset.UTC).plusDays(2));
        long pending = createCandidate(recruiter, "Flo Api " + api.suffix());
        long rated = createCandidate(recruiter, "Gus Api " + api.suffix());
        rate(pending, interviewer, false);
        rate(rated, interviewer, true);

        api.as(Role.HR).get("/candidates/" + pending + "/profile").then().statusCode(200)
                .body("panel", hasSize(0)).body("hiddenRaters", equalTo(1));
        api.as(Role.HR).get("/candidates/" + pending).then().statusCode(200).body("interviewsSubmitted", equalTo(0));
        api.with(interviewerToken).get("/candidates/" + pending + "/profile").then().statusCode(200).body("panel", hasSize(0));
        problem(api.with(interviewerToken).delete("/candidates/" + pending), 403);
        problem(api.with(interviewerToken).get("/candidates/" + pending + "/export"), 403);

        api.as(Role.HR).get("/candidates/" + rated + "/profile").then().statusCode(200)
                .body("panel", hasSize(1)).body("panel[0].interviewer", equalTo(interviewer))
                .body("panel[0].scales.size()", greaterThan(0))
                .body("panel[0].ratings.size()", greaterThan(0))
                .body("hiddenRaters", equalTo(0));
        api.with(interviewerToken).get("/candidates/" + rated + "/profile").then().statusCode(200)
                .body("panel", hasSize(1));
        api.with(recruiter).get("/candidates/" + rated + "/profile").then().statusCode(200)
                .body("panel", hasSize(0)).body("hiddenRaters", equalTo(1));
    }

    @Test
    void badCandidateInputIsAProblemNamingTheFieldAndStoresNothing() {
        String name = "Dan Bad " + api.suffix();
        Map<String, String> bodies = Map.of(
                "{\"name\":\"" + name + "\",\"consentGiven\":false}", "consentGiven",
                "{\"name\":\"" + name + "\"}", "consentGiven",
                "{\"name\":\"" + name + "\",\"consentGiven\":\"yes\"}", "consentGiven",
                "{\"name\":\"" + name + "\",\"consentGiven\":true,\"retentionDays\":\"ninety\"}", "retentionDays",
                "{\"name\":\"" + name + "\",\"position\":\"Buyer\",\"consentGiven\":true,\"retentionDays\":0}", "retentionDays",
                "{\"consentGiven\":true}", "name",
                "{\"name\":\"" + name + "\",\"consentGiven\":true,\"salary\":1}", "salary");
        bodies.forEach((body, field) -> problem(api.as(Role.RECRUITER).contentType("application/json").body(body)
                .post("/candidates"), 400).body("errors[0].field", equalTo(field)));
        problem(api.as(Role.RECRUITER).contentType("application/json").body("{\"name\":").post("/candidates"), 400);
        assertEquals(0, api.count("SELECT COUNT(*) FROM candidate WHERE name = ?", name));
    }

    @Test
    void reportJobsStartRunAndTheirWorkbookDownloads() throws InterruptedException {
        String job = api.as(Role.HR).contentType("application/json").body("{\"questionnaire\":\"team-cooperation-climate.v1\"}")
                .post("/reports/raw-export").then().statusCode(202)
                .header("Location", containsString("/api/v1/reports/jobs/")).extract().jsonPath().getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String state = "QUEUED";
        Number report = null;
        while (Instant.now().isBefore(deadline) && !state.equals("DONE") && !state.equals("FAILED")) {
            Thread.sleep(300);
            var body = api.as(Role.HR).get("/reports/jobs/" + job).then().statusCode(200).extract().jsonPath();
            state = body.getString("state");
            report = body.get("report");
        }
        assertEquals("DONE", state);
        byte[] file = api.as(Role.HR).get("/reports/" + report + "/file").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        assertEquals('P', file[0]);
        assertEquals('K', file[1]);
        api.as(Role.HR).get("/reports").then().statusCode(200).body("total", greaterThan(0));
        assertTrue(api.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'report.downloaded' AND actor = ?",
                api.username(Role.HR)) >= 1);
        problem(api.as(Role.MANAGER).get("/reports/" + report + "/file"), 403);
    }

    @Test
    void badReportRequestsAreProblemsAndStartNothing() {
        long jobs = api.count("SELECT COUNT(*) FROM report_job");
        problem(api.as(Role.HR).contentType("application/json").body("{\"questionnaire\":\"nope.v1\"}")
                .post("/reports/raw-export"), 400).body("errors[0].field", equalTo("questionnaire"));
        problem(api.as(Role.HR).contentType("application/json")
                .body("{\"questionnaire\":\"team-cooperation-climate.v1\",\"campaignId\":999999999}")
                .post("/reports/raw-export"), 400).body("errors[0].field", equalTo("campaignId"));
        problem(api.as(Role.HR).contentType("application/json").body("{}").post("/reports/team-report"), 400)
                .body("errors[0].field", equalTo("campaignId"));
        problem(api.as(Role.HR).contentType("application/json").body("{\"campaignId\":\"seven\"}")
                .post("/reports/team-report"), 400).body("errors[0].field", equalTo("campaignId"));
        long team = api.as(Role.HR).contentType("application/json").body("{\"name\":\"Api report team " + api.suffix() + "\"}")
                .post("/teams").then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long open = api.as(Role.HR).contentType("application/json").body("{\"name\":\"Api open " + api.suffix()
                        + "\",\"waveLabel\":\"W\",\"opensOn\":\"" + today + "\",\"closesOn\":\"" + today.plusDays(3)
                        + "\",\"teamIds\":[" + team + "],\"questionnaires\":[\"team-cooperation-climate.v1\"]}")
                .post("/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        problem(api.as(Role.HR).contentType("application/json")
                .body("{\"questionnaire\":\"team-cooperation-climate.v1\",\"campaignId\":" + open + "}")
                .post("/reports/raw-export"), 409);
        problem(api.as(Role.HR).contentType("application/json").body("{\"campaignId\":" + open + "}")
                .post("/reports/team-report"), 409);
        problem(api.as(Role.HR).get("/reports/jobs/none"), 404);
        problem(api.as(Role.HR).get("/reports/999999999/file"), 404);
        assertEquals(jobs, api.count("SELECT COUNT(*) FROM report_job"));
    }

    @Test
    void administratorsReadTheAuditTrail() {
        api.as(Role.ADMIN).queryParam("action", "api-token.created").queryParam("actor", api.username(Role.HR))
                .queryParam("from", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()).get("/audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].subject", startsWith("api-token-"));
        problem(api.as(Role.ADMIN).queryParam("from", "yesterday").get("/audit"), 400).body("errors[0].field", equalTo("from"));
        problem(api.as(Role.ADMIN).queryParam("size", "1000").get("/audit"), 400).body("errors[0].field", equalTo("size"));
        problem(api.as(Role.HR).get("/audit"), 403);
    }
}
