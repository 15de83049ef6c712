package org.concord.questionnaire;

/**
 * How an item's answer counts towards its scale: as given ({@code +}) or reversed
 * ({@code -}, so that x becomes lo + hi - x). Reverse keying is what keeps acquiescence from
 * passing for cooperativeness.
 */
public enum Key {
    PLUS("+"),
    MINUS("-");

    private final String symbol;

    Key(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The key written {@code symbol} in a file, or null when there is none. */
    public static Key fromSymbol(String symbol) {
        for (Key key : values()) {
            if (key.symbol.equals(symbol)) {
                return key;
            }
        }
        return null;
    }
}
