package org.concord.it;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The English texts a French page must never show, read from the two bundles (and the two
 * Bean Validation bundles): every literal
 * piece (placeholders cut out) of at least {@value #SHORTEST} characters of an English value
 * whose French value differs, and which no French value contains. It finds them in a page's
 * text, and formats a French message as the server does, for a test to expect beside a field.
 */
final class EnglishLeaks {

    static final int SHORTEST = 12;

    private final Properties english = load("messages_en.properties");
    private final Properties french = load("messages_fr.properties");
    private final Properties validationEnglish = load("ValidationMessages.properties");
    private final Properties validationFrench = load("ValidationMessages_fr.properties");
    private final List<String> fragments = new ArrayList<>();

    EnglishLeaks() {
        List<Object> frenchValues = new ArrayList<>(french.values());
        frenchValues.addAll(validationFrench.values());
        TreeSet<String> found = new TreeSet<>();
        collect(english, french, frenchValues, found);
        collect(validationEnglish, validationFrench, frenchValues, found);
        fragments.addAll(found);
    }

    private static void collect(Properties english, Properties french, Collection<Object> frenchValues, TreeSet<String> found) {
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(french.getProperty(key))) {
                continue;
            }
            for (String piece : en.replace("''", "'").split("\\{[^{}]*\\}|[{}|#<]")) {
                String literal = normal(piece).strip();
                if (literal.length() >= SHORTEST
                        && frenchValues.stream().noneMatch(fr -> normal(fr.toString().replace("''", "'")).contains(literal))) {
                    found.add(literal);
                }
            }
        }
    }

    /** The English pieces {@code pageText} shows, each with the address it was read at. */
    List<String> in(String url, String pageText) {
        String text = normal(pageText);
        return fragments.stream().filter(text::contains).map(fragment -> url + " shows \"" + fragment + "\"").toList();
    }

    /** The French text of {@code key} formatted with {@code arguments}, as the Messages class shows it. */
    String french(String key, Object... arguments) {
        return normal(new MessageFormat(frenchValue(key), Locale.FRENCH).format(arguments));
    }

    /** The French Bean Validation message {@code key} with its one attribute {@code name} set to {@code value}. */
    String frenchValidation(String key, String name, Object value) {
        return normal(validationFrench.getProperty(key).replace("{" + name + "}", String.valueOf(value)));
    }

    /** The English value of {@code key}, for a test to check that it would be found. */
    String englishValue(String key) {
        return english.getProperty(key);
    }

    /** The French value of {@code key} as a page shows it directly (a required message, a label). */
    String frenchValue(String key) {
        String value = french.getProperty(key);
        if (value == null) {
            throw new AssertionError("no French text for " + key);
        }
        return value;
    }

    /** Text with the narrow and ordinary no-break spaces French typography uses turned into spaces, as compared. */
    static String normal(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(EnglishLeaks.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
