package org.concord.scoring.io;

import java.util.List;

/** An answer file that cannot be scored, with every problem found as "file:line: column c (name): what". */
public final class AnswerFileException extends Exception {

    private final List<String> problems;

    public AnswerFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
