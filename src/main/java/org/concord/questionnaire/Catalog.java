package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires that loaded, found by id and version or as the latest version of an id,
 * together with the files that did not load and why. A broken file never keeps the others out.
 * Two files that declare the same id and version are both refused: nobody could tell which one
 * answers were given to.
 */
public final class Catalog {

    private final List<LoadResult> results;

    private Catalog(List<LoadResult> results) {
        this.results = List.copyOf(results);
    }

    /** A catalog of these load results, in their order, with duplicate id+version turned into problems. */
    public static Catalog of(List<LoadResult> loaded) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).ok()) {
                byKey.computeIfAbsent(loaded.get(i).questionnaire().key(), k -> new ArrayList<>()).add(i);
            }
        }
        List<LoadResult> results = new ArrayList<>(loaded);
        for (List<Integer> same : byKey.values()) {
            if (same.size() > 1) {
                for (int i : same) {
                    results.set(i, Duplicates.refuse(loaded.get(i), same.stream().filter(j -> j != i).map(loaded::get).toList()));
                }
            }
        }
        return new Catalog(results);
    }

    /** Every file, in load order, loaded or not. */
    public List<LoadResult> results() {
        return results;
    }

    /** The questionnaires that loaded, by id then version. */
    public List<Questionnaire> all() {
        return results.stream().filter(LoadResult::ok).map(LoadResult::questionnaire)
                .sorted(Comparator.comparing(Questionnaire::id).thenComparingInt(Questionnaire::version))
                .toList();
    }

    public Optional<Questionnaire> find(String id, int version) {
        return all().stream().filter(q -> q.id().equals(id) && q.version() == version).findFirst();
    }

    /** The highest version of an id that loaded. */
    public Optional<Questionnaire> latest(String id) {
        return all().stream().filter(q -> q.id().equals(id)).max(Comparator.comparingInt(Questionnaire::version));
    }

    /** The files that did not load, with their problems. */
    public List<LoadResult> broken() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    public List<Problem> problems() {
        return results.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** Whether every file loaded. */
    public boolean ok() {
        return results.stream().allMatch(LoadResult::ok);
    }
}
