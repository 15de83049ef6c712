package org.concord.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Icc;
import org.concord.disclosure.PublishedScale;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;

/**
 * Builds HR's organisation view of a campaign wave from what the disclosure gate published:
 * teams side by side with their shown means, withheld teams without numbers, and each scale's
 * alpha and ICC over the shown teams only, read against conventional cut-offs (alpha 0.70 and
 * 0.80; ICC(1) 0.01, 0.10 and 0.25 after LeBreton and Senter; ICC(2) 0.70). It computes nothing.
 */
@ApplicationScoped
@Transactional
public class OrganisationReportService {

    @Inject
    private CampaignResultsService results;

    protected OrganisationReportService() {
        // for CDI
    }

    public Optional<OrganisationReport> report(long campaignId, Locale locale) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        return results.results(campaignId).map(wave -> {
            List<OrganisationReport.Block> blocks = new ArrayList<>();
            for (WaveData data : wave.questionnaires()) {
                blocks.add(block(data, language));
            }
            return new OrganisationReport(wave.campaignId(), wave.name(), wave.waveLabel(), wave.minGroupSize(),
                    wave.released(), wave.closesOn(), wave.released() ? blocks : List.of());
        });
    }

    private static OrganisationReport.Block block(WaveData data, String language) {
        Questionnaire questionnaire = data.questionnaire();
        List<String> scales = questionnaire.scales().stream().map(s -> s.name().in(language)).toList();
        List<OrganisationReport.TeamLine> teams = new ArrayList<>();
        data.teamNames().forEach((id, name) -> {
            Optional<TeamResult> result = CampaignResults.team(data, id).filter(TeamResult::shown);
            if (result.isEmpty()) {
                teams.add(new OrganisationReport.TeamLine(Long.parseLong(id), name, false, 0, List.of()));
            } else {
                List<OrganisationReport.Cell> cells = new ArrayList<>();
                for (TeamScale scale : result.get().scales()) {
                    Scale definition = questionnaire.scale(scale.scale()).orElseThrow();
                    cells.add(scale.shown() ? new OrganisationReport.Cell(scale.mean(),
                            definition.bandOf(scale.mean()).label().in(language), scale.n(), scale.lowAgreement()) : null);
                }
                teams.add(new OrganisationReport.TeamLine(Long.parseLong(id), name, true, result.get().n(), cells));
            }
        });
        List<OrganisationReport.Quality> quality = new ArrayList<>();
        for (PublishedScale published : data.published().scales()) {
            Scale scale = questionnaire.scale(published.scale()).orElseThrow();
            Icc icc = published.icc();
            Double alpha = published.alpha().available() ? published.alpha().value() : null;
            Double icc1 = icc.icc1().available() ? icc.icc1().value() : null;
            Double icc2 = icc.icc2().available() ? icc.icc2().value() : null;
            quality.add(new OrganisationReport.Quality(scale.name().in(language), alpha, alphaBand(alpha),
                    published.completeCases(), icc1, icc1Band(icc1), icc2, icc2Band(icc2),
                    published.respondents(), published.teams()));
        }
        return new OrganisationReport.Block(questionnaire.id(), questionnaire.title().in(language), scales, teams, quality,
                data.flagged(), data.flaggedLeftOut());
    }

    static String alphaBand(Double alpha) {
        if (alpha == null) {
            return "hr.band.notAvailable";
        }
        return alpha >= 0.80 ? "hr.band.alpha.good" : alpha >= 0.70 ? "hr.band.alpha.acceptable" : "hr.band.alpha.low";
    }

    static String icc1Band(Double icc1) {
        if (icc1 == null) {
            return "hr.band.notAvailable";
        }
        return icc1 >= 0.25 ? "hr.band.icc1.large" : icc1 >= 0.10 ? "hr.band.icc1.medium"
                : icc1 >= 0.01 ? "hr.band.icc1.small" : "hr.band.icc1.none";
    }

    static String icc2Band(Double icc2) {
        if (icc2 == null) {
            return "hr.band.notAvailable";
        }
        return icc2 >= 0.70 ? "hr.band.icc2.reliable" : "hr.band.icc2.unreliable";
    }
}
