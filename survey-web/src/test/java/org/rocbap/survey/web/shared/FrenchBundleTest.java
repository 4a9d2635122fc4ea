package org.rocbap.survey.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every English text, of the pages and of the services' rules, has its French text naming the same
 * values ({0}, {1,number,percent}), and the French files hold no key the English ones lack.
 */
class FrenchBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"org/rocbap/survey/web/messages", "org/rocbap/survey/rules"})
    void everyEnglishKeyHasAFrenchTextWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");

        assertThat(difference(english.stringPropertyNames(), french.stringPropertyNames()))
                .as("keys without a French text")
                .isEmpty();
        assertThat(difference(french.stringPropertyNames(), english.stringPropertyNames()))
                .as("French keys that no English text has")
                .isEmpty();
        Set<String> mismatches = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (french.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(french.getProperty(key)))) {
                mismatches.add(key + ": " + english.getProperty(key) + " / " + french.getProperty(key));
            }
        }
        assertThat(mismatches)
                .as("French texts naming other values than the English")
                .isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = FrenchBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
