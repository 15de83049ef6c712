package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.concord.questionnaire.Scale;

/**
 * The texts of Concord's advice on the cooperation x coordination view, in English or French,
 * from the {@code org/concord/scoring/advice_*.properties} bundles (UTF-8). A locale in
 * another language gets English. Placeholders are written {0} and filled by plain
 * replacement, so translators need not double their apostrophes.
 */
public final class Advice {

    private static final String BUNDLE = "org.concord.scoring.advice";

    private final ResourceBundle bundle;
    private final String language;

    public Advice(Locale locale) {
        this.language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What a team in this quadrant is like and what matters for it. */
    public String summary(Quadrant quadrant) {
        return bundle.getString("quadrant." + quadrant.name());
    }

    /** The team-building advice for a team whose cooperation is low. */
    public String teamBuilding() {
        return bundle.getString("advice.teamBuilding");
    }

    /** What strengthening a coordination mechanism means, by its scale id and name. */
    public String strengthen(Scale mechanism) {
        String key = "mechanism." + mechanism.id();
        String name = mechanism.name().in(language);
        String text = bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("mechanism.other");
        return bundle.getString("advice.weakestMechanism").replace("{0}", name) + " " + text.replace("{0}", name);
    }

    /** The advice for a team in {@code quadrant} whose weakest mechanism is {@code weakest}. */
    public Recommendation recommend(Quadrant quadrant, Optional<Scale> weakest) {
        List<String> actions = new ArrayList<>();
        if (!quadrant.cooperative()) {
            actions.add(teamBuilding());
        }
        if (!quadrant.coordinated()) {
            actions.add(weakest.map(this::strengthen).orElse(bundle.getString("advice.coordinationUnknown")));
        }
        return new Recommendation(quadrant, summary(quadrant), actions,
                quadrant.coordinated() ? null : weakest.map(Scale::id).orElse(null));
    }
}
