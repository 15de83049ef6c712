package org.concord.questionnaire;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Refuses a file whose id and version another file also declares, pointing at the line of its
 * {@code id}. Rare enough that the file is simply read again to find that line.
 */
final class Duplicates {

    private Duplicates() {
    }

    static LoadResult refuse(LoadResult result, List<LoadResult> others) {
        Questionnaire q = result.questionnaire();
        String names = others.stream().map(LoadResult::fileName).collect(Collectors.joining(", "));
        Problem problem = new Problem(result.fileName(), idLine(result), "id '" + q.id() + "' version " + q.version()
                + " is also declared by " + names + "; keep one file per id and version, giving a changed one the next version");
        return new LoadResult(result.file(), null, List.of(problem));
    }

    private static int idLine(LoadResult result) {
        try {
            Node root = new Yaml().compose(new StringReader(Files.readString(result.file())));
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")) {
                        return Problems.line(tuple.getKeyNode());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file loaded a moment ago; if it cannot be read again, the problem has no line
        }
        return 0;
    }
}
