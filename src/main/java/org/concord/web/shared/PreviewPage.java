package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnairePages;

/**
 * Backs the preview: an instrument page by page exactly as a respondent (or, for the
 * interview, the interviewer) will see it, in the visitor's language. Nothing is saved. The
 * address names the questionnaire ({@code q}, optionally {@code v}) and the page, so every page
 * can be linked to.
 */
@Named
@RequestScoped
public class PreviewPage {

    /** One answer a respondent can give: its value and its label in the visitor's language. */
    public record Option(int value, String label) {
    }

    @Inject
    private QuestionnaireLibrary library;

    @Inject
    private LanguageSelection language;

    private String q;
    private Integer v;
    private int page = 1;

    private Questionnaire questionnaire;
    private QuestionnairePages pages;
    private List<Item> items = List.of();
    private List<Option> options = List.of();
    private final Map<String, Integer> answers = new HashMap<>();
    private Map<String, List<Option>> anchors = Map.of();

    /** Finds the questionnaire and the page asked for; an unknown one leaves the page empty. */
    public void load() {
        Optional<Questionnaire> found = q == null ? Optional.empty()
                : v == null ? library.latest(q) : library.find(q, v);
        found.ifPresent(this::show);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void show(Questionnaire shown) {
        questionnaire = shown;
        pages = new QuestionnairePages(shown);
        page = pages.clamp(page);
        items = pages.page(page);
        String code = language.getCode();
        options = shown.responseFormat().orderedLabels().entrySet().stream()
                .map(point -> new Option(point.getKey(), point.getValue().in(code)))
                .toList();
        anchors = items.stream().collect(Collectors.toMap(Item::id, item -> anchorsOf(item, code)));
    }

    private static List<Option> anchorsOf(Item item, String code) {
        return new TreeMap<>(item.anchors()).entrySet().stream()
                .map(anchor -> new Option(anchor.getKey(), anchor.getValue().in(code)))
                .toList();
    }

    public boolean isFound() {
        return questionnaire != null;
    }

    public boolean isInterview() {
        return questionnaire != null && questionnaire.kind() == Kind.INTERVIEWER_RATED;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public List<Item> getItems() {
        return items;
    }

    public List<Option> getOptions() {
        return options;
    }

    /** The behavioural anchors of each interview question on this page, by item id, in order. */
    public Map<String, List<Option>> getAnchors() {
        return anchors;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public int getPageCount() {
        return pages == null ? 0 : pages.count();
    }

    public int getProgress() {
        return pages == null ? 0 : pages.progressAfter(page);
    }

    /** The number of the first item on this page, for numbering items across pages. */
    public int getFirstItemNumber() {
        return (page - 1) * QuestionnairePages.ITEMS_PER_PAGE + 1;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getV() {
        return v;
    }

    public void setV(Integer v) {
        this.v = v;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
