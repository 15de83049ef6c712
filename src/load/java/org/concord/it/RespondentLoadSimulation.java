package org.concord.it;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Role;

/**
 * The load benchmark of the respondent journey ({@code mvn -Pload verify}, see README,
 * Benchmarks): N respondents of a two-questionnaire campaign arrive over a ramp, each opens
 * their personal link, consents, answers every page of both questionnaires (one flow) and submits
 * both at once from the one review, as the
 * browser does it (the page's ViewState and form fields, PrimeFaces' ajax posts, the redirect
 * the partial response asks for). Meanwhile HR signs in and runs a raw export of a closed wave
 * (the demo's) on the Reports page, and a few users fetch a static resource again and again, so
 * that the page steps' times can be read against the static resource's under the same load.
 * Every page step (an ajax post and the page it leads to, or opening the link) is one execution
 * of the group {@value #STEP}. After the run the database must hold exactly N submitted
 * questionnaires of each kind with every answer posted, none twice; otherwise the run fails.
 * It runs against one instance or two behind a balancer ({@code -Dload.instances}, see
 * {@link LoadTarget}); every request, the static resource's too, goes through the same address.
 * Nothing here asserts a speed.
 */
public class RespondentLoadSimulation extends Simulation {

    private static final Logger LOG = Logger.getLogger(RespondentLoadSimulation.class.getName());
    /** The group every page step runs in; {@link LoadFigures} reads its statistics. */
    static final String STEP = "page step";
    /** The request name of the static resource; {@link LoadFigures} reads its statistics. */
    static final String STATIC = "static resource";
    private static final String STATIC_PATH = "/jakarta.faces.resource/concord.css.xhtml?ln=concord";
    /** The CSP nonce PrimeFaces sends with every ajax request, as the page gives it to its script. */
    private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";
    /** The file in Gatling's results folder where the database check writes "ok" or what is wrong. */
    static final String DATABASE_CHECK = "database-check.txt";
    private static final String HR_USER = "loadhr";
    private static final String HR_PASSWORD = "load-benchmark-hr-Passw0rd";

    private final int respondents = Integer.getInteger("load.respondents", 50);
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 60));
    /**
     * The time between two clicks of one respondent, in milliseconds (uniform between the two):
     * 2 to 6 s by default, a rush (a person takes far longer to read and answer ten questions),
     * so that N respondents ask more of the server than N people would.
     */
    private final Duration thinkMin = Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 2000));
    private final Duration thinkMax = Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 6000));
    private final int staticUsers = Integer.getInteger("load.staticUsers", 4);

    private final LoadTarget target = LoadTarget.start(Integer.getInteger("load.instances", 1));
    private final RespondentFixtures.Campaign campaign;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicLong answersPosted = new AtomicLong();

    public RespondentLoadSimulation() throws SQLException, IOException {
        Files.deleteIfExists(Path.of(System.getProperty("load.results", "target/gatling"), DATABASE_CHECK));
        LOG.info(target::description);
        campaign = new RespondentFixtures(target::database).campaign("Monday at nine", LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(14), respondents, RespondentTexts.CLIMATE, RespondentTexts.MATURITY);
        try (Connection db = target.database()) {
            ConcordServer.createAccount(db, HR_USER, HR_PASSWORD, Role.HR);
        }
        HttpProtocolBuilder protocol = http.baseUrl(target.url(""))
                .disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en");
        setUp(respondentScenario().injectOpen(rampUsers(respondents).during(ramp)),
                staticScenario().injectOpen(atOnceUsers(staticUsers)),
                hrScenario().injectOpen(atOnceUsers(1)))
                .protocols(protocol)
                // a server that cannot keep up still ends the run with a report (and fails the database check):
                // by default five minutes more than the slowest journey of eleven pauses takes
                .maxDuration(ramp.plus(Duration.ofSeconds(Integer.getInteger("load.afterRampSeconds",
                        (int) thinkMax.multipliedBy(11).plusMinutes(5).toSeconds()))));
    }

    private ScenarioBuilder respondentScenario() {
        List<Map<String, Object>> links = new ArrayList<>();
        campaign.tokens().forEach(token -> links.add(Map.of("token", token)));
        return scenario("respondents").feed(listFeeder(links).queue()).exec(
                exitBlockOnFail().on(
                        group(STEP).on(open("open link")),
                        think(),
                        group(STEP).on(ajax("consent", "consent-form", "consent-form:start",
                                session -> Map.of("consent-form:consent", "on"))),
                        asLongAs(session -> session.getString("button") != null).on(
                                think(),
                                doIfOrElse(session -> "answers:submit".equals(session.getString("button")))
                                        .then(group(STEP).on(ajax("submit", "answers", "answers:submit", this::hidden)))
                                        .orElse(group(STEP).on(ajax("next", "answers", "answers:next", this::answers))))),
                exec(session -> {
                    finished.incrementAndGet();
                    return session;
                }));
    }

    /** Opens the respondent's link and remembers what the page offers next. */
    private ChainBuilder open(String name) {
        return exec(http(name).get("/respond/answer.xhtml?t=#{token}")
                .check(status().is(200))
                .check(css("input[name='jakarta.faces.ViewState']", "value").optional().saveAs("viewState"))
                .check(regex(NONCE).saveAs("nonce"))
                .check(regex("name=\"(answer-[^\"]+)\"").findAll().optional().saveAs("radios"))
                .check(regex("name=\"rescue-assessment\" value=\"(\\d+)\"").optional().saveAs("assessment"))
                .check(regex("name=\"rescue-page\" value=\"(\\d+)\"").optional().saveAs("page"))
                .check(regex("id=\"(answers:(?:next|submit))\"").optional().saveAs("button"))
                .check(regex("id=\"done\"").count().saveAs("done")))
                .exec(session -> session.contains("radios") ? session : session.remove("radios"));
    }

    /** Presses a PrimeFaces command button as its ajax call does, then opens the page the answer redirects to. */
    private ChainBuilder ajax(String name, String form, String button,
                              java.util.function.Function<Session, Map<String, Object>> fields) {
        return exec(session -> session.remove("button"))
                .exec(http(name)
                        .post("/respond/answer.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", button)
                        .formParam("jakarta.faces.partial.execute", "@all")
                        .formParam("jakarta.faces.partial.render", form)
                        .formParam(button, button)
                        .formParam(form, form)
                        .formParamMap(fields)
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200))
                        .check(regex("<redirect url=\"/respond/answer.xhtml\\?t=").exists()))
                .exec(open(name + ": next page"));
    }

    /** The answers form's hidden fields, as the page drew them. */
    private Map<String, Object> hidden(Session session) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rescue-t", session.getString("token"));
        fields.put("rescue-assessment", session.getString("assessment"));
        fields.put("rescue-page", session.getString("page"));
        return fields;
    }

    /** The hidden fields and an answer to every question on the page (a value from 1 to 5). */
    private Map<String, Object> answers(Session session) {
        Map<String, Object> fields = hidden(session);
        List<String> radios = session.contains("radios") ? session.getList("radios") : List.of();
        LinkedHashSet<String> questions = new LinkedHashSet<>(radios);
        for (String question : questions) {
            fields.put(question, String.valueOf(1 + Math.floorMod(question.hashCode() + session.userId(), 5L)));
        }
        answersPosted.addAndGet(questions.size());
        return fields;
    }

    private ChainBuilder think() {
        return exec(pause(thinkMin, thinkMax));
    }

    /** A few users fetching the same static resource as long as respondents are still answering. */
    private ScenarioBuilder staticScenario() {
        return scenario("static").asLongAs(session -> finished.get() < respondents).on(
                exec(http(STATIC).get(STATIC_PATH).check(status().is(200)).check(substring(".cc-").exists()))
                        .pause(Duration.ofMillis(200)));
    }

    /** HR signs in and generates the raw export of the demo's closed wave, then waits for it on the Reports page. */
    private ScenarioBuilder hrScenario() {
        return scenario("hr").pause(ramp.dividedBy(2)).exec(exitBlockOnFail().on(
                http("hr: sign-in page").get("/signin.xhtml")
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")),
                http("hr: sign in").post("/signin.xhtml")
                        .formParam("signin", "signin")
                        .formParam("signin:username", HR_USER)
                        .formParam("signin:password", HR_PASSWORD)
                        .formParam("signin:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200)).check(substring("sign-out").exists()),
                http("hr: reports page").get("/reports/index.xhtml")
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                        .check(css("#generate-form input[name='concord-form']", "value").saveAs("formKey"))
                        .check(regex(NONCE).saveAs("nonce"))
                        .check(regex("<option value=\"(coordination-maturity[^\"]*)\"").saveAs("questionnaire"))
                        .check(regex("<option value=\"(\\d+)\"[^>]*>Team climate 2026[^<]*Before").saveAs("wave")),
                http("hr: generate raw export").post("/reports/index.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "generate-form:generate")
                        .formParam("jakarta.faces.partial.execute", "generate-form")
                        .formParam("jakarta.faces.partial.render", "generate-form")
                        .formParam("generate-form:generate", "generate-form:generate")
                        .formParam("generate-form", "generate-form")
                        .formParam("concord-form", "#{formKey}")
                        .formParam("generate-form:questionnaire", "#{questionnaire}")
                        .formParam("generate-form:campaign", "#{wave}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200)).check(substring("<partial-response").exists())
                        .check(substring("ui-messages-error").notExists()),
                exec(session -> session.set("listed", false)),
                asLongAs(session -> !session.getBoolean("listed") && session.getInt("wait") < 300, "wait").on(
                        pause(Duration.ofSeconds(1)),
                        exec(http("hr: reports page, waiting for the file").get("/reports/index.xhtml")
                                .check(status().is(200)).check(substring("sign-out").exists())
                                .check(substring("cc-report").count().transform(rows -> rows > 0).saveAs("listed"))))));
    }

    /**
     * Checks the database: N submitted links, N submitted questionnaires of each of the two,
     * exactly the answers posted stored (the primary key forbids an answer twice; none is
     * missing), and every answer of a questionnaire present. Fails the run otherwise.
     */
    @Override
    public void after() {
        List<String> wrong = new ArrayList<>();
        try (Connection db = target.database()) {
            long submittedLinks = count(db, "SELECT COUNT(*) FROM invitation WHERE campaign_id = " + campaign.id()
                    + " AND progress = 'SUBMITTED'");
            if (submittedLinks != respondents) {
                wrong.add(submittedLinks + " links submitted, not " + respondents);
            }
            for (Questionnaire questionnaire : List.of(RespondentTexts.CLIMATE, RespondentTexts.MATURITY)) {
                String of = " FROM assessment a WHERE a.campaign_id = " + campaign.id() + " AND a.questionnaire_id = '"
                        + questionnaire.id() + "'";
                long submitted = count(db, "SELECT COUNT(*)" + of + " AND a.progress = 'SUBMITTED'");
                long all = count(db, "SELECT COUNT(*)" + of);
                long incomplete = count(db, "SELECT COUNT(*)" + of + " AND (SELECT COUNT(*) FROM answer x WHERE x.assessment_id = a.id) <> "
                        + questionnaire.items().size());
                if (submitted != respondents || all != respondents) {
                    wrong.add(questionnaire.id() + ": " + submitted + " submitted of " + all + ", not " + respondents);
                }
                if (incomplete != 0) {
                    wrong.add(questionnaire.id() + ": " + incomplete + " questionnaires without every answer");
                }
            }
            long stored = count(db, "SELECT COUNT(*) FROM answer x JOIN assessment a ON a.id = x.assessment_id WHERE a.campaign_id = " + campaign.id());
            if (stored != answersPosted.get()) {
                wrong.add(stored + " answers stored, " + answersPosted.get() + " posted");
            }
            long distinct = count(db, "SELECT COUNT(*) FROM (SELECT DISTINCT x.assessment_id, x.item_id FROM answer x JOIN assessment a"
                    + " ON a.id = x.assessment_id WHERE a.campaign_id = " + campaign.id() + ") d");
            if (distinct != stored) {
                wrong.add((stored - distinct) + " answers stored twice");
            }
            LOG.info(() -> "database check: " + submittedLinks + " respondents submitted, " + stored + " answers stored of "
                    + answersPosted.get() + " posted");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the database after the load", e);
        }
        // LoadFigures fails the build on anything but "ok" here, whatever Gatling does with the exception below
        String verdict = wrong.isEmpty() ? "ok" : "the database after the load is wrong: " + String.join("; ", wrong);
        try {
            Path results = Path.of(System.getProperty("load.results", "target/gatling"));
            Files.createDirectories(results);
            Files.writeString(results.resolve(DATABASE_CHECK), verdict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target.stop();
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(verdict);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
