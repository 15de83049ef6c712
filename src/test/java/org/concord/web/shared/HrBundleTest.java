package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HR texts exist in both languages, and those with placeholders survive MessageFormat (apostrophes doubled). */
class HrBundleTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> hrKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("hr.")).forEach(keys::add);
        return keys;
    }

    @Test
    void everyHrTextIsInEnglishAndFrenchAndFormatsCleanly() throws IOException {
        Properties en = load("en");
        Properties fr = load("fr");
        assertEquals(hrKeys(en), hrKeys(fr));
        for (Properties texts : new Properties[] {en, fr}) {
            for (String key : hrKeys(texts)) {
                String value = texts.getProperty(key);
                if (value.contains("{0")) {
                    assertFalse(LONE_APOSTROPHE.matcher(value).find(), key + " has a lone apostrophe: " + value);
                }
            }
        }
    }
}
