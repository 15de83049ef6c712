package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one message path honest across both languages. A text goes to the reader one of two
 * ways: through MessageFormat ({@link Messages}, a refusal, a report's {@code texts.format}, an
 * {@code h:outputFormat} with parameters), where an apostrophe is written {@code ''}; or as it
 * stands ({@code #{msg[...]}} in a page, {@code texts.get}), where it is written once. This test
 * reads which keys the code and the pages send each way and checks every value in English and
 * French against its way, so a French reader never sees "l''équipe" nor "léquipe"; a key sent
 * both ways is refused, since no value can be right for both.
 */
class MessagePathTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern FORMATTED_IN_JAVA = Pattern.compile(
            "(?:Messages\\.(?:info|warn|error|text)|new Refusal|Refusal\\.of\\(Refusal\\.Kind\\.\\w+,|(?:texts|Texts\\.of\\([^)]*\\))\\.format)\\(\\s*\"([\\w.-]+)\"");
    private static final Pattern RAW_IN_JAVA = Pattern.compile("(?:texts|Texts\\.of\\([^)]*\\))\\.get\\(\\s*\"([\\w.-]+)\"");
    private static final Pattern MSG_IN_PAGE = Pattern.compile("#\\{msg\\['([\\w.-]+)'\\]\\}|#\\{msg\\.([\\w]+)\\}");
    private static final Pattern OUTPUT_FORMAT = Pattern.compile(
            "<h:outputFormat[^>]*value=\"#\\{msg\\['([\\w.-]+)'\\]\\}\"[^>]*?(/?)>");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> read(String root, String suffix) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static Set<String> keys(List<String> texts, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        for (String text : texts) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!key.endsWith(".")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Test
    void everyTextIsInEnglishAndFrench() throws IOException {
        assertEquals(new TreeSet<>(load("en").stringPropertyNames()), new TreeSet<>(load("fr").stringPropertyNames()));
    }

    @Test
    void everyTextIsWrittenForTheWayItIsShown() throws IOException {
        List<String> java = read("src/main/java", ".java");
        List<String> pages = read("src/main/webapp", ".xhtml");
        Set<String> formatted = keys(java, FORMATTED_IN_JAVA);
        Set<String> raw = keys(java, RAW_IN_JAVA);
        Set<String> fromPages = keys(pages, MSG_IN_PAGE);
        for (String page : pages) {
            Matcher tag = OUTPUT_FORMAT.matcher(page);
            while (tag.find()) {
                boolean withParameters = tag.group(2).isEmpty()
                        && page.indexOf("<f:param", tag.end()) >= 0
                        && page.indexOf("<f:param", tag.end()) < page.indexOf("</h:outputFormat>", tag.end());
                if (withParameters) {
                    formatted.add(tag.group(1));
                    fromPages.remove(tag.group(1));
                }
            }
        }
        raw.addAll(fromPages);
        Properties en = load("en");
        Set<String> both = new TreeSet<>(formatted);
        both.retainAll(raw);
        both.removeIf(key -> !en.getProperty(key, "").contains("'"));
        assertTrue(both.isEmpty(), "keys with an apostrophe shown both through MessageFormat and as they stand: " + both);
        assertTrue(formatted.size() > 100 && raw.size() > 100, formatted.size() + " formatted, " + raw.size() + " raw");
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            Properties texts = load(language);
            for (String key : formatted) {
                String value = texts.getProperty(key);
                if (value == null) {
                    wrong.add(language + " " + key + ": missing");
                } else if (LONE_APOSTROPHE.matcher(value).find()) {
                    wrong.add(language + " " + key + " is shown through MessageFormat, so write '' : " + value);
                }
            }
            for (String key : raw) {
                String value = texts.getProperty(key);
                if (value == null) {
                    wrong.add(language + " " + key + ": missing");
                } else if (!formatted.contains(key) && value.contains("''")) {
                    wrong.add(language + " " + key + " is shown as it stands, so write ' once: " + value);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
