package org.concord.questionnaire;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads questionnaire files (the format is in {@code questionnaires/README.md}) and validates
 * them, reporting every problem in a file with its line and what to change. YAML is only
 * composed into nodes, never constructed into objects, so no file can make the loader build a
 * type it names; the nodes keep their positions for the messages.
 */
public final class QuestionnaireLoader {

    private QuestionnaireLoader() {
    }

    /** Loads one file; never throws for what the file holds. */
    public static LoadResult loadFile(Path file) {
        String name = file.getFileName().toString();
        Problems problems = new Problems(name);
        String text = readUtf8(file, problems);
        Questionnaire questionnaire = text == null ? null : read(name, text, problems);
        return new LoadResult(file, questionnaire, problems.list());
    }

    /** Loads every {@code *.yaml} and {@code *.yml} file of a folder, in file-name order. */
    public static Catalog loadFolder(Path folder) {
        try {
            return Catalog.of(files(folder).stream().map(QuestionnaireLoader::loadFile).toList());
        } catch (IOException e) {
            Problem problem = new Problem(String.valueOf(folder.getFileName()), 0,
                    "cannot list the folder (" + e.getMessage() + "); check that it exists and can be read");
            return Catalog.of(List.of(new LoadResult(folder, null, List.of(problem))));
        }
    }

    /** The questionnaire files of a folder, sorted by name; hidden files are left out. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> isQuestionnaireName(path.getFileName().toString()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean isQuestionnaireName(String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    static Questionnaire read(String fileName, String text, Problems problems) {
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            SyntaxProblem.report(e, text, problems);
            return null;
        } catch (YAMLException e) {
            problems.add(0, "invalid YAML: " + e.getMessage() + "; simplify the file");
            return null;
        }
        if (root == null) {
            problems.add(1, "the file is empty; write a questionnaire in it (see questionnaires/README.md) or delete it");
            return null;
        }
        YamlOddities.check(root, problems);
        return QuestionnaireReader.read(root, fileName, problems);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setProcessComments(false);
        options.setMergeOnCompose(false);
        return options;
    }

    private static String readUtf8(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(0, "cannot read the file (" + e + "); check that it exists and can be read");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(line, "the file is not UTF-8 text; save it as UTF-8");
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
