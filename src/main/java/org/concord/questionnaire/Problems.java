package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems found in one file while it is read, each tied to the line of the YAML node at
 * fault. Readers keep going after a problem so that an author sees every one in a single run;
 * the list comes out ordered by line.
 */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** Records a problem at the line where {@code node} starts. */
    void at(Node node, String message) {
        add(line(node), message);
    }

    void add(int line, String message) {
        found.add(new Problem(file, line, message));
    }

    int count() {
        return found.size();
    }

    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return List.copyOf(sorted);
    }

    /** The 1-based line where a node starts, 0 when there is no node. */
    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
