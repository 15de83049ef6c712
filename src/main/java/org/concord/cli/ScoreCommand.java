package org.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.questionnaire.LoadResult;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.Disclosure;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.WaveResults;
import org.concord.scoring.io.AnswerFile;
import org.concord.scoring.io.AnswerFileException;
import org.concord.scoring.io.AnswerSheet;
import org.concord.scoring.io.ScoresJson;
import org.concord.scoring.io.TwoWaves;

/**
 * {@code score --questionnaire FILE --answers FILE.csv}: scores a CSV of answers (see
 * {@link AnswerSheet} for its format) and prints the results as JSON (see {@link ScoresJson}).
 * Semantics: a scale's n, mean and SD are over the respondents with a score on it; alpha is
 * over the complete cases of its keyed items and sem = sd * sqrt(1 - alpha) (null when alpha is
 * not available); a team with fewer than 3 respondents is {@code "suppressed": true} without
 * numbers, and so is a scale that fewer than 3 of a shown team's members were scored on (no
 * complementary suppression: the output lists every respondent's scores anyway, so it is an
 * analyst's file, not a report); rwg(j) uses the response format's number of points and, as R's
 * multilevel::rwg.j, only the members who answered every item of the scale (listwise); ICC is
 * over the teams' respondents with a score, suppressed teams included, null with fewer than 2
 * teams. With a {@code wave} column of two values (the first in file order is "before") the
 * scales, teams and ICC are those of the "after" wave, and each team, shown or not, gets per
 * scale the change from before to after as a difference of two independent means (see
 * {@link TwoWaves}); a wave column with an empty cell, a third value or a single value is a
 * problem like any other. Each respondent also gets its {@code quality}: the careless-responding
 * indices of {@link org.concord.scoring.QualityIndices}, every respondent of the file being the
 * reference sample of Mahalanobis D². Exit 0 with the JSON, 1 with the problems on {@code err} and
 * nothing on {@code out}, 2 for a usage error.
 */
final class ScoreCommand {

    private ScoreCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path questionnaireFile = null;
        Path answersFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--questionnaire" -> questionnaireFile = Path.of(args[i + 1]);
                case "--answers" -> answersFile = Path.of(args[i + 1]);
                default -> {
                    return usage(err, "unknown option " + args[i]);
                }
            }
        }
        if (args.length % 2 != 0 || questionnaireFile == null || answersFile == null) {
            return usage(err, "needs --questionnaire FILE and --answers FILE.csv");
        }
        LoadResult loaded = QuestionnaireLoader.loadFile(questionnaireFile);
        if (!loaded.ok()) {
            loaded.problems().forEach(problem -> err.println(problem));
            if (loaded.problems().isEmpty()) {
                err.println(questionnaireFile + ": the questionnaire could not be loaded");
            }
            return 1;
        }
        ScoringPlan plan = ScoringPlan.of(loaded.questionnaire());
        String name = answersFile.getFileName().toString();
        try {
            String csv = Files.readString(answersFile, StandardCharsets.UTF_8);
            AnswerFile file = AnswerSheet.read(plan, name, csv);
            String json = file.hasWaves()
                    ? ScoresJson.write(loaded.questionnaire(), TwoWaves.of(plan, file, Disclosure.standard()))
                    : ScoresJson.write(loaded.questionnaire(), WaveResults.of(plan, file.respondents(), Disclosure.standard()));
            out.println(json);
            return 0;
        } catch (AnswerFileException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (CharacterCodingException e) {
            err.println(name + ":0: the file is not UTF-8 text");
            return 1;
        } catch (IOException e) {
            err.println(name + ":0: cannot read the file: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("score: " + problem);
        err.println("usage: java -jar concord-cli.jar score --questionnaire FILE --answers FILE.csv");
        return 2;
    }
}
