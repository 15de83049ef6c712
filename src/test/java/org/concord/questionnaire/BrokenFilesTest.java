package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One broken file per thing the validator refuses (src/test/resources/questionnaires/broken),
 * each asserted on the exact problems it yields: line and message, and nothing else.
 */
class BrokenFilesTest {

    private static final Path BROKEN = Path.of("src/test/resources/questionnaires/broken");

    /** Asserts the problems of a file, given as line, message, line, message... */
    private static void assertProblems(String file, Object... lineAndMessage) {
        LoadResult result = QuestionnaireLoader.loadFile(BROKEN.resolve(file));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lineAndMessage.length; i += 2) {
            expected.add(file + ":" + lineAndMessage[i] + ": " + lineAndMessage[i + 1]);
        }
        assertEquals(expected, result.problems().stream().map(Problem::toString).toList());
        assertFalse(result.ok());
        assertNull(result.questionnaire());
    }

    @Test
    void anchorOutside() {
        assertProblems("anchor-outside.v1.yaml",
                59, "item 'listen-3' anchors gives 7, outside the response format 1..5; remove it or change the response format");
    }

    @Test
    void anchorsMissing() {
        assertProblems("anchors-missing.v1.yaml",
                49, "item 'listen-3' has no anchors; an interviewer-rated item needs anchors saying what ratings 1, 3 and 5 look like: add anchors: {1: {en: ..., fr: ...}, 3: ..., 5: ...}");
    }

    @Test
    void attentionOutside() {
        assertProblems("attention-outside.v1.yaml",
                82, "item 'check-1' asks for the answer 7, outside the response format 1..5; ask for one of its points");
    }

    @Test
    void attentionScored() {
        assertProblems("attention-scored.v1.yaml",
                84, "item 'check-1' is an attention item, which is never scored: it has no scale; remove scale: (or attention: to make it a scored item)",
                85, "item 'check-1' is an attention item, which is never scored: it has no key; remove key: (or attention: to make it a scored item)");
    }

    @Test
    void attentionInInterview() {
        assertProblems("attention-interview.v1.yaml",
                59, "item 'check-1' is an attention item, but interviewer-rated questionnaires have none; remove it (attention items are for self-reports and team questionnaires)");
    }

    @Test
    void badKey() {
        assertProblems("bad-key.v1.yaml",
                68, "item 'trust-2' key must be \"+\" or \"-\", not the text 'minus'; write key: \"+\" (counted as answered) or key: \"-\" (reverse-keyed), with the quotes");
    }

    @Test
    void bandGap() {
        assertProblems("band-gap.v1.yaml",
                62, "scale 'helping' band 'high' starts at 3.2, but band 'low' ends at 3: scores in between have no band; set its min to 3");
    }

    @Test
    void bandMinMax() {
        assertProblems("band-min-max.v1.yaml",
                42, "scale 'trust' band 'mid' has min 2.5 and max 2.5; make min smaller than max");
    }

    @Test
    void bandNoLevel() {
        assertProblems("band-no-level.v1.yaml",
                40, "scale 'trust' band 'mid' has no level, but other bands of the scale have one; give every band a level, or none");
    }

    @Test
    void bandOverlap() {
        assertProblems("band-overlap.v1.yaml",
                62, "scale 'helping' band 'high' starts at 2.8, inside band 'low' (which ends at 3): the bands overlap; set its min to 3");
    }

    @Test
    void bandsShort() {
        assertProblems("bands-short.v1.yaml",
                63, "scale 'helping' band 'high' ends at 4.5, but the bands must end at hi (5); set its max to 5");
    }

    @Test
    void bareMinusKey() {
        assertProblems("bare-minus-key.v1.yaml",
                76, "YAML reads key: - without quotes as the start of a list; quote it: key: \"-\"");
    }

    @Test
    void booleanText() {
        assertProblems("boolean-text.v1.yaml",
                19, "responseFormat labels 1.en must be text, but YAML reads 'No' as a boolean (as it does yes, no, on, off, true and false); quote it: \"No\"");
    }

    @Test
    void duplicateBand() {
        assertProblems("duplicate-band.v1.yaml",
                40, "duplicate band id 'low' in scale 'trust' (first on line 33); give each band its own id");
    }

    @Test
    void duplicateField() {
        assertProblems("duplicate-field.v1.yaml",
                9, "the file has 'minutes' twice (first on line 8); keep only one");
    }

    @Test
    void duplicateItem() {
        assertProblems("duplicate-item.v1.yaml",
                78, "duplicate item id 'helping-2' (first on line 74); give each item its own id");
    }

    @Test
    void duplicateScale() {
        assertProblems("duplicate-scale.v1.yaml",
                52, "duplicate scale id 'trust' (first on line 25); give each scale its own id",
                71, "item 'helping-1' names scale 'helping', which is not defined; use one of: trust",
                75, "item 'helping-2' names scale 'helping', which is not defined; use one of: trust",
                79, "item 'helping-3' names scale 'helping', which is not defined; use one of: trust");
    }

    @Test
    void duplicateText() {
        assertProblems("duplicate-text.v1.yaml",
                69, "item 'trust-3' has the same en text as item 'trust-1' (line 67); each item must ask something different");
    }

    @Test
    void emptyText() {
        assertProblems("empty-text.v1.yaml",
                21, "responseFormat labels 3.fr is empty; write the French text");
    }

    @Test
    void empty() {
        assertProblems("empty.v1.yaml",
                1, "the file is empty; write a questionnaire in it (see questionnaires/README.md) or delete it");
    }

    @Test
    void idMismatch() {
        assertProblems("id-mismatch.v1.yaml",
                2, "id 'teamwork' does not match the file name 'id-mismatch.v1.yaml'; change the id to 'id-mismatch' or rename the file to teamwork.v1.yaml");
    }

    @Test
    void interviewMissingAnchor() {
        assertProblems("interview-missing-anchor.v1.yaml",
                56, "item 'listen-3' anchors lack 3; add what a rating of 3 looks like, like 3: {en: ..., fr: ...}");
    }

    @Test
    void interviewNoProbes() {
        assertProblems("interview-no-probes.v1.yaml",
                42, "item 'listen-2' has no probes; an interviewer-rated item needs at least one follow-up question: add probes: [{en: ..., fr: ...}]");
    }

    @Test
    void labelOutside() {
        assertProblems("label-outside.v1.yaml",
                24, "responseFormat labels gives 6, outside the response format 1..5; remove it or change the response format");
    }

    @Test
    void levelDown() {
        assertProblems("level-down.v1.yaml",
                51, "scale 'trust' band 'high' has level 2, below level 3 of band 'mid' under it; levels must rise with the score");
    }

    @Test
    void levelOutside() {
        assertProblems("level-outside.v1.yaml",
                51, "scale 'trust' band 'high' level 6 is not a maturity level; use 1 (ad hoc) to 5 (optimised)");
    }

    @Test
    void loAboveHi() {
        assertProblems("lo-above-hi.v1.yaml",
                17, "responseFormat lo 5 is above hi 1; swap them: lo is the lowest answer, hi the highest");
    }

    @Test
    void manyProblems() {
        assertProblems("many-problems.v1.yaml",
                4, "kind 'team' is not one of: self-report, interviewer-rated, team-member",
                8, "minutes -1 must be a positive whole number: the minutes a respondent is told it takes, like 5",
                25, "scale 'trust' has only 2 items (trust-1, trust-2); give it at least 3 so that its score and reliability mean something",
                28, "unknown field 'minAnswerd' in scale 'trust'; did you mean 'minAnswered'?",
                69, "item 'trust-3' names scale 'trst', which is not defined; use one of: trust, helping");
    }

    @Test
    void minAnsweredZero() {
        assertProblems("min-answered-zero.v1.yaml",
                28, "scale 'trust' minAnswered 0 is not a fraction above 0 and at most 1; write the share of the scale's items that must be answered for a score, like 0.8");
    }

    @Test
    void minutesZero() {
        assertProblems("minutes-zero.v1.yaml",
                8, "minutes 0 must be a positive whole number: the minutes a respondent is told it takes, like 5");
    }

    @Test
    void missingField() {
        assertProblems("missing-field.v1.yaml",
                2, "the file has no 'minutes'; add minutes: 5");
    }

    @Test
    void missingFrench() {
        assertProblems("missing-french.v1.yaml",
                5, "title has no French; add fr: ...");
    }

    @Test
    void missingLabel() {
        assertProblems("missing-label.v1.yaml",
                19, "responseFormat labels has no label for point 4; add 4: {en: ..., fr: ...}");
    }

    @Test
    void noScales() {
        assertProblems("no-scales.v1.yaml",
                2, "the file has no 'scales'; add scales: a list of scales, each - {id: ..., name: ..., bands: ...}");
    }

    @Test
    void nonIntegerVersion() {
        assertProblems("non-integer-version.v1.yaml",
                3, "version must be a whole number, not 1.5; write a whole number in plain digits");
    }

    @Test
    void notNamedRight() {
        assertProblems("not-named-right.yaml",
                2, "the file name 'not-named-right.yaml' is not <id>.v<version>.yaml; rename it to not-named-right.v1.yaml");
    }

    @Test
    void numberForText() {
        assertProblems("number-for-text.v1.yaml",
                9, "source must be text, but YAML reads the number 2024; quote it: \"2024\"");
    }

    @Test
    void onePoint() {
        assertProblems("one-point.v1.yaml",
                17, "responseFormat has a single point (lo and hi are both 1); give at least 2 points, with hi above lo");
    }

    @Test
    void probesOnSelfReport() {
        assertProblems("probes-on-self-report.v1.yaml",
                75, "item 'helping-1' has probes, but only items of interviewer-rated questionnaires have probes (this one is self-report); remove them, or put interview probes on the scale");
    }

    @Test
    void quadrantAxis() {
        assertProblems("quadrant-axis.v1.yaml",
                13, "quadrant axis 'cooperativeness' is not one of: cooperation, coordination");
    }

    @Test
    void questionMark() {
        assertProblems("question-mark.v1.yaml",
                67, "invalid YAML: inside {...} YAML ends a text at '?'; quote the text that holds it, like en: \"Why?\"");
    }

    @Test
    void scaleNoItems() {
        assertProblems("scale-no-items.v1.yaml",
                66, "scale 'sharing' has no items; give it at least 3 items, or remove it");
    }

    @Test
    void syntaxError() {
        assertProblems("syntax-error.v1.yaml",
                18, "invalid YAML: while parsing a block mapping, expected <block end>, but found '<block mapping start>'; check the indentation, the colons and the quotes on this line or the one above (quote any text that holds ': ', ' #', or inside {...} a comma, '?', '[' or '{')");
    }

    @Test
    void textForNumber() {
        assertProblems("text-for-number.v1.yaml",
                8, "minutes must be a whole number, not the text \"3\"; remove the quotes");
    }

    @Test
    void thresholdOutside() {
        assertProblems("threshold-outside.v1.yaml",
                14, "quadrant threshold 6 lies outside the response format 1..5; choose a team mean between 1 and 5");
    }

    @Test
    void tooFewItems() {
        assertProblems("too-few-items.v1.yaml",
                52, "scale 'helping' has only 2 items (helping-1, helping-2); give it at least 3 so that its score and reliability mean something");
    }

    @Test
    void topLevelList() {
        assertProblems("top-level-list.v1.yaml",
                1, "the file must be a mapping of fields (id: ..., version: ..., ...) at its top level, not a list");
    }

    @Test
    void unknownField() {
        assertProblems("unknown-field.v1.yaml",
                28, "unknown field 'minAnswerd' in scale 'trust'; did you mean 'minAnswered'?");
    }

    @Test
    void unknownKind() {
        assertProblems("unknown-kind.v1.yaml",
                4, "kind 'self_report' is not one of: self-report, interviewer-rated, team-member");
    }

    @Test
    void unknownLanguage() {
        assertProblems("unknown-language.v1.yaml",
                5, "title has the unknown language 'de'; Concord speaks en and fr only: remove it");
    }

    @Test
    void unknownScale() {
        assertProblems("unknown-scale.v1.yaml",
                25, "scale 'trust' has only 2 items (trust-1, trust-2); give it at least 3 so that its score and reliability mean something",
                69, "item 'trust-3' names scale 'trst', which is not defined; use one of: trust, helping");
    }

    @Test
    void versionMismatch() {
        assertProblems("version-mismatch.v1.yaml",
                3, "version 2 does not match the file name 'version-mismatch.v1.yaml'; change the version to 1 or rename the file to version-mismatch.v2.yaml");
    }

    @Test
    void yamlAnchor() {
        assertProblems("yaml-anchor.v1.yaml",
                19, "the YAML anchor &same is not allowed; write the value out in full wherever *same is used");
    }

    @Test
    void yamlTag() {
        assertProblems("yaml-tag.v1.yaml",
                10, "the YAML tag !!binary is not allowed; remove it and write a plain value");
    }
}
