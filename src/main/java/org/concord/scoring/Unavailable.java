package org.concord.scoring;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a statistic cannot be computed for the data at hand, each reason with its English
 * wording over the counts it names. The engine and its command-line tool, which have no
 * message bundles, say it in this English; reports say the same reason in their reader's
 * language from the bundles' {@code reason.<NAME>} texts, which take the same arguments.
 */
public enum Unavailable {
    FEW_CASES("needs at least 2 complete cases, has {0}"),
    FEW_ITEMS("needs at least 2 items, has {0}"),
    NO_OTHER_ITEM("needs at least one other item"),
    TOTAL_CONSTANT("the summed scores do not vary (zero total variance)"),
    REST_CONSTANT("the other items'' sum does not vary"),
    ITEM_CONSTANT("the item''s answers do not vary"),
    NO_ALPHA("alpha is not available: {0}"),
    FEW_SCORES("needs at least 2 scores, has {0}"),
    ZERO_SEM("the scale''s standard error of measurement is 0"),
    FEW_SCORES_PER_WAVE("needs at least 2 scores in each wave"),
    NO_VARIANCE_IN_WAVES("the scores do not vary within the waves"),
    FEW_COMPLETE_MEMBERS("needs at least 2 people who answered every item of the scale, has {0}"),
    FEW_TEAMS("needs at least 2 teams, has {0}"),
    SMALL_TEAMS("needs a team with at least 2 members"),
    TEAM_MEANS_CONSTANT("the team means do not vary"),
    WITHHELD("withheld for anonymity"),
    WAVE_OPEN("released when the wave closes"),
    NO_SAMPLE("the norm group has no sample, only a mean and SD"),
    FEW_DIFFERING_SCORES("too few differing scores"),
    MISSING_SCORE("the score is missing"),
    FEW_SCORES_IN_A_WAVE("needs at least 2 scores in each wave, has {0} before and {1} after"),
    SMALL_NORM_GROUP("the norm group has {0} scores; percentiles need at least {1}"),
    FEW_CASES_TO_SHOW("shown from {1} complete cases, has {0}"),
    FEW_ANSWERS("needs at least 2 answered items, has {0}"),
    FEW_HALVED_SCALES("needs at least 3 scales with both halves answered, has {0}"),
    HALVES_CONSTANT("the half means do not vary across scales"),
    HALVES_OPPOSITE("the half means correlate -1, where the Spearman-Brown correction is undefined"),
    UNANSWERED_ITEM("an item is unanswered"),
    FEW_COMPLETE_CASES("needs more complete cases than items: {0} complete cases for {1} items"),
    SINGULAR_COVARIANCE("the items'' covariance in the complete cases is singular (an item is constant or a combination of others)"),
    NO_PAGE_TIMES("the time spent answering is not known"),
    ICC_NOT_POSITIVE("ICC(1) is not above 0: no number of interviewers reaches {0}"),
    NO_SHARED_CANDIDATES("rated no candidate with another interviewer"),
    /** A reason given in words only (tests, ad-hoc tools): its one argument is the text. */
    OTHER("{0}");

    private final String english;

    Unavailable(String english) {
        this.english = english;
    }

    /** The MessageFormat pattern of the English wording. */
    public String english() {
        return english;
    }

    /** The English wording for {@code arguments}: numbers plainly, a nested estimate by its own reason. */
    public String say(List<Object> arguments) {
        Object[] plain = arguments.stream()
                .map(a -> a instanceof Estimate inner ? inner.reason() : a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return new MessageFormat(english, Locale.ROOT).format(plain);
    }
}
