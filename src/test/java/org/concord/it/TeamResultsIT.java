package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.concord.campaign.Answering;
import org.concord.database.Container;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.results.CampaignResults;
import org.concord.results.CampaignResultsService;
import org.concord.results.ScaleChange;
import org.concord.results.WaveData;
import org.concord.scoring.TeamResult;
import org.concord.security.Role;
import org.concord.scoring.TeamScale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The results pages on the real server: five members of one team and two of another answer;
 * the first team's page shows exactly what the scoring engine computes for those answers,
 * each number with its band and n; the team of two gets the anonymity message and no number;
 * a second wave shows the change; HR's organisation view shows teams side by side.
 */
class TeamResultsIT extends BrowserTest {

    private static String two(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Letters only, so that any digit on a withheld page is a number it should not show. */
    private static String letters() {
        Random random = new Random();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** Each member answers around their own level, item by item, so teams differ and members disagree a little. */
    private static void answer(List<String> urls, int lift) {
        try (Container container = ServerJpa.open(server)) {
            for (int m = 0; m < urls.size(); m++) {
                int member = m;
                Answering.submit(container, Answering.token(urls.get(m)),
                        item -> Math.min(5, 2 + (member + Math.abs(item.id().hashCode())) % 3 + lift));
            }
        }
    }

    private static CampaignResults results(long campaign) {
        try (Container container = ServerJpa.open(server)) {
            return container.get(CampaignResultsService.class).results(campaign)
                    .orElseThrow();
        }
    }

    /** The engine's actions for the team, in English ({@code []} for a cooperative and coordinated team). */
    private static List<String> advice(long campaign, long team) {
        try (Container container = ServerJpa.open(server)) {
            return container.get(org.concord.results.TeamReportService.class)
                    .report(campaign, team, java.util.Locale.ENGLISH, manager -> true).orElseThrow().recommendation().actions();
        }
    }

    private static List<String> generateLinks() {
        browser.click(By.id("links-form:generate"));
        browser.waitForText(By.id("messages"), "links ready");
        return List.of(browser.attribute(By.id("links-text"), "value").split("\n")).stream()
                .map(line -> line.substring(line.lastIndexOf('\t') + 1)).toList();
    }

    @Test
    void resultsAreTheEnginesWithBandsATeamOfTwoSeesNoNumberAndTheSecondWaveShowsTheChange() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signIn();
        String suffix = letters();
        String manager = hr.newManager();
        long alpha = hr.createTeam("Alpha " + suffix, manager);
        hr.uploadMembers(suffix, 5);
        long beta = hr.createTeam("Beta " + suffix, hr.newManager());
        hr.addMember("Bea " + suffix, "bea-" + suffix + "@example.org");
        hr.addMember("Bo " + suffix, "bo-" + suffix + "@example.org");
        long first = hr.createCampaign("Climate " + suffix, "before team building", List.of(alpha, beta));
        List<String> urls = generateLinks();
        answer(urls.subList(0, 5), 0);
        answer(urls.subList(5, 7), 0);

        browser.open(server.url("/manager/team.xhtml?campaign=" + first + "&team=" + alpha));
        assertTrue(browser.text(By.id("wave-open")).startsWith("This wave is still open"), "results wait for the close");
        assertEquals("5", browser.text(By.id("count-submitted")), "only counts while the wave is open");
        assertTrue(browser.driver().findElements(By.cssSelector(".cc-mean, canvas, #download-report")).isEmpty());
        hr.closeWave(first);

        CampaignResults expected = results(first);
        browser.open(server.url("/manager/team.xhtml?campaign=" + first + "&team=" + alpha));
        assertEquals("Alpha " + suffix, browser.text(By.id("team-title")));
        for (WaveData data : expected.questionnaires()) {
            TeamResult team = CampaignResults.team(data, String.valueOf(alpha)).orElseThrow();
            Questionnaire questionnaire = data.questionnaire();
            WebElement section = browser.find(By.id("section-" + questionnaire.id()));
            assertTrue(section.getText().contains("5 respondents"), section.getText());
            for (TeamScale scale : team.scales()) {
                WebElement row = section.findElement(By.id("scale-" + scale.scale()));
                Scale definition = questionnaire.scale(scale.scale()).orElseThrow();
                assertEquals(two(scale.mean()), row.findElement(By.className("cc-mean")).getText());
                assertEquals(definition.bandOf(scale.mean()).label().in("en"), row.findElement(By.className("cc-band")).getText());
                assertEquals(String.valueOf(scale.n()), row.findElement(By.className("cc-n")).getText());
                assertTrue(row.findElement(By.className("cc-rwg")).getText().startsWith(two(scale.rwgj().value())),
                        row.getText());
                assertEquals(scale.lowAgreement(), row.getText().contains("low agreement"));
            }
        }
        assertTrue(browser.find(By.id("quadrant")).getText().contains("Cooperation"));
        assertTrue(browser.text(By.id("quadrant-layout")).startsWith("Coordination across, cooperation up. Top right: Cooperative"
                + " and coordinated."), "the workbook's orientation, quadrants named");
        assertFalse(browser.driver().findElements(By.cssSelector("#quadrant canvas")).isEmpty(), "the quadrant chart is drawn");
        assertFalse(browser.driver().findElements(By.cssSelector("#mechanisms canvas")).isEmpty(), "the radar chart is drawn");
        List<String> actions = advice(first, alpha);
        assertEquals(actions, browser.driver().findElements(By.cssSelector("#advice li")).stream().map(WebElement::getText).toList(),
                "what to work on is the engine's advice");
        assertEquals(actions.isEmpty(), browser.driver().findElements(By.id("advice")).isEmpty(),
                "no empty 'What to work on' for a team with nothing to mend");
        assertEquals(List.of(), browser.policyViolations(), "the charts run under the content security policy");

        browser.open(server.url("/manager/team.xhtml?campaign=" + first + "&team=" + beta));
        String withheld = browser.text(By.id("withheld"));
        assertTrue(withheld.startsWith("Fewer than 3 members of this team have answered"), withheld);
        String page = browser.text(By.id("results")).replace(withheld, "");
        assertFalse(page.matches("(?s).*\\d.*"), "no number at all for a team below the threshold: " + page);
        assertTrue(browser.driver().findElements(By.cssSelector("canvas, .cc-mean, #quadrant, #change")).isEmpty());

        browser.open(server.url("/hr/organisation.xhtml?campaign=" + first));
        String betaLine = browser.text(By.id("team-" + beta));
        assertTrue(betaLine.contains("Fewer than 3 respondents"), betaLine);
        assertFalse(betaLine.replace("Fewer than 3 respondents", "").matches("(?s).*\\d.*"), betaLine);
        assertTrue(browser.text(By.id("team-" + alpha)).contains("n = 5"));

        browser.open(server.url("/hr/campaign.xhtml?id=" + first));
        browser.find(By.id("follow-up-form:next-wave")).sendKeys("after team building");
        browser.find(By.id("follow-up-form:next-opens")).sendKeys("2026-02-01");
        browser.find(By.id("follow-up-form:next-closes")).sendKeys("2099-12-31");
        browser.click(By.id("follow-up-form:start-follow-up"));
        browser.waitForText(By.id("campaign-title"), "after team building");
        long second = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        answer(generateLinks().subList(0, 5), 1);
        hr.closeWave(second);

        CampaignResults now = results(second);
        browser.open(server.url("/manager/team.xhtml?campaign=" + second + "&team=" + alpha));
        String change = browser.text(By.id("change"));
        assertTrue(change.startsWith("Change since \"before team building\""), change);
        WaveData climate = now.cooperation().orElseThrow();
        List<ScaleChange> changes = ScaleChange.of(now.previousWave().orElseThrow().cooperation().orElseThrow(), climate,
                String.valueOf(alpha));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#change .cc-change"));
        int offset = now.coordination().map(c -> c.questionnaire().scales().size()).orElse(0);
        for (int i = 0; i < changes.size(); i++) {
            WebElement row = rows.get(offset + i);
            var meanChange = changes.get(i).change();
            assertEquals(two(changes.get(i).difference()), row.findElement(By.className("cc-difference")).getText());
            assertEquals("95% interval " + two(meanChange.ciLow().value()) + " to " + two(meanChange.ciHigh().value()),
                    row.findElement(By.className("cc-interval")).getText());
            assertEquals(meanChange.d().available() ? two(meanChange.d().value()) : "not available",
                    row.findElement(By.className("cc-d")).getText());
            boolean excludesZero = meanChange.ciLow().value() > 0 || meanChange.ciHigh().value() < 0;
            assertEquals(excludesZero ? "reliable change" : "not reliable: the interval includes 0",
                    row.findElement(By.className("cc-reliable")).getText(), "reliable only where the interval excludes 0");
        }
        assertEquals(browser.driver().findElements(By.cssSelector("#change h3")).size(),
                browser.driver().findElements(By.cssSelector("#change .cc-change-chart canvas")).size(), "a before/after chart per questionnaire");
        assertTrue(KioskIT.legend("Previous wave").matcher(KioskIT.charts(browser)).find(), "the chart's legend names both waves");
        chartsFollowTheLanguage(second, alpha);
        browser.screenshot("team-page-desktop");
        readableOnAPhone();

        browser.signOut();
        browser.signIn(server, manager, HrSteps.PASSWORD);
        browser.open(server.url("/?lang=en"));
        browser.clickAndWaitForPage(By.id("nav-my-teams"));
        String lines = browser.text(By.id("my-teams"));
        assertTrue(lines.contains("Alpha " + suffix), lines);
        assertFalse(lines.contains("Beta " + suffix), "a manager's list holds only their own teams: " + lines);
        browser.clickAndWaitForPage(By.cssSelector("#my-teams .cc-results-link"));
        assertEquals("Alpha " + suffix, browser.text(By.id("team-title")), "the list leads to the team's results");
        browser.open(server.url("/manager/team.xhtml?campaign=" + second + "&team=" + alpha));
        assertEquals("Alpha " + suffix, browser.text(By.id("team-title")), "the manager sees their own team");
        browser.open(server.url("/manager/team.xhtml?campaign=" + second + "&team=" + beta));
        assertTrue(browser.text(By.id("forbidden")).contains("Only HR and the team's own manager"));
        assertTrue(browser.driver().findElements(By.id("results")).isEmpty());
        browser.signOut();
    }

    /** The quadrant's axes and the before/after legend follow the language chosen now, switched English, French, English. */
    private static void chartsFollowTheLanguage(long campaign, long team) {
        for (String language : List.of("fr", "en", "fr", "en")) {
            browser.open(server.url("/manager/team.xhtml?campaign=" + campaign + "&team=" + team + "&lang=" + language));
            String source = KioskIT.charts(browser);
            boolean french = language.equals("fr");
            assertTrue(source.contains(french ? "Coordination (maturité de la coordination)" : "Coordination (coordination maturity)"),
                    language + ": the quadrant's axis");
            assertFalse(source.contains(french ? "Coordination (coordination maturity)" : "Coordination (maturité de la coordination)"),
                    language + ": no axis in the other language");
            assertTrue(KioskIT.legend(french ? "Vague précédente" : "Previous wave").matcher(source).find(), language);
        }
    }

    /** On a phone 390 px wide nothing is cut: the page does not overflow, tables scroll in their box, the charts fit the screen. */
    private static void readableOnAPhone() {
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.driver().navigate().refresh();
            browser.waitUntilLoaded();
            long inner = ((Number) script.executeScript("return window.innerWidth;")).longValue();
            long page = ((Number) script.executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(page <= inner, "the page is not wider than the phone: " + page + " > " + inner + ", because of " + script.executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ');"));
            for (WebElement table : browser.driver().findElements(By.cssSelector(".cc-scales"))) {
                String overflow = (String) script.executeScript(
                        "return getComputedStyle(arguments[0].parentElement).overflowX;", table);
                assertEquals("auto", overflow, "a wide table scrolls inside its box");
            }
            for (WebElement canvas : browser.driver().findElements(By.cssSelector("#results canvas"))) {
                long width = ((Number) script.executeScript("return arguments[0].getBoundingClientRect().width;", canvas)).longValue();
                assertTrue(width <= inner && width >= 250, "a chart fits the phone and stays readable: " + width);
            }
            Object broken = script.executeScript("return Array.from(document.querySelectorAll('.cc-table-scroll td, .cc-table-scroll th'))"
                    + ".filter(cell => cell.textContent.trim().split(/\\s+/).some(word => {"
                    + "  const probe = document.createElement('span'); probe.textContent = word; probe.style.whiteSpace = 'nowrap';"
                    + "  cell.appendChild(probe); const whole = probe.getBoundingClientRect().width; probe.remove();"
                    + "  return whole > cell.clientWidth; }))"
                    + ".map(cell => cell.textContent.trim()).slice(0, 5);");
            assertEquals(List.of(), broken, "no word in a table is cut to fit the phone: the table scrolls in its box instead");
            browser.screenshot("team-page-390px");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        }
    }
}
