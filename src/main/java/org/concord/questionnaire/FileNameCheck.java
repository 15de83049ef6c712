package org.concord.questionnaire;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks that a file is named {@code <id>.v<version>.yaml} after the id and version it
 * declares, so that an administrator who opens {@code coordination-maturity.v2.yaml} reads
 * version 2, and two versions can never sit in one file name.
 */
final class FileNameCheck {

    private static final Pattern NAME = Pattern.compile("(.+)\\.v([0-9]+)\\.(yaml|yml)");

    private FileNameCheck() {
    }

    static void check(String fileName, String id, Node idNode, Integer version, Node versionNode, Problems problems) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            String should = id != null && version != null ? "rename it to " + id + ".v" + version + ".yaml"
                    : "rename it to <id>.v<version>.yaml";
            problems.add(Math.max(Problems.line(idNode), 1), "the file name '" + fileName
                    + "' is not <id>.v<version>.yaml; " + should);
            return;
        }
        String extension = matcher.group(3);
        if (id != null && !id.equals(matcher.group(1))) {
            problems.at(idNode, "id '" + id + "' does not match the file name '" + fileName + "'; change the id to '"
                    + matcher.group(1) + "' or rename the file to " + id + ".v" + matcher.group(2) + "." + extension);
        }
        if (version != null && !String.valueOf(version).equals(matcher.group(2))) {
            problems.at(versionNode, "version " + version + " does not match the file name '" + fileName
                    + "'; change the version to " + matcher.group(2) + " or rename the file to " + matcher.group(1)
                    + ".v" + version + "." + extension);
        }
    }
}
