package se.inkasso.complaints.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One word per concept in what a debtor reads (#19): every text of the pages' and the services'
 * bundles and every letter, e-mail and document template, in both languages, uses the glossary's
 * word; and a letter that tells the debtor to press a button names the button the page has.
 */
class GlossaryTest {

    /** The module folders beside this one, as the build lays them out. */
    private static final Path ROOT = Path.of("..");

    /** Words that say the same as the glossary's word, each with the word to use instead. */
    private static final Map<Pattern, String> SWEDISH_SYNONYMS = Map.of(
            Pattern.compile("\\bbestridande(t|n|na)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            "invändning (an objection)");

    /** "message(s)", "oläst(a)": a count is written out in words for one and for more. */
    private static final Pattern HEDGED_PLURAL = Pattern.compile("\\p{L}\\((s|a|n|er|ar|en|na)\\)");

    @Test
    void theSwedishTextsUseOneWordForEachConcept() {
        for (Text text : texts("sv")) {
            SWEDISH_SYNONYMS.forEach((synonym, word) -> assertThat(synonym.matcher(text.words()).find())
                    .as("%s says what the glossary calls %s", text.where(), word).isFalse());
        }
    }

    @Test
    void noTextHedgesItsPlural() {
        for (String language : List.of("sv", "en")) {
            for (Text text : texts(language)) {
                assertThat(HEDGED_PLURAL.matcher(text.words()).find()).as(text.where()).isFalse();
            }
        }
    }

    @Test
    void theLettersNameTheButtonsThePortalHas() {
        for (String language : List.of("sv", "en")) {
            String notSatisfied = bundle("web/src/main/resources/se/inkasso/complaints/web/ui/messages"
                    + ("en".equals(language) ? "" : "_sv") + ".properties").getProperty("my.review.send");
            assertThat(read(ROOT.resolve("notification/src/main/resources/templates/letters/common_" + language
                    + ".ftl"))).as("the letters say press the button by its name").contains("\"" + notSatisfied + "\"");
        }
    }

    private record Text(String where, String words) {
    }

    private static List<Text> texts(String language) {
        List<Text> texts = new ArrayList<>();
        String suffix = "en".equals(language) ? "" : "_sv";
        for (String bundle : List.of("web/src/main/resources/se/inkasso/complaints/web/ui/messages",
                "domain/src/main/resources/se/inkasso/complaints/domain/messages")) {
            bundle(bundle + suffix + ".properties").forEach((key, value) -> texts.add(new Text(bundle + suffix
                    + ".properties " + key, value.toString())));
        }
        try (Stream<Path> templates = Files.walk(ROOT.resolve("notification/src/main/resources/templates"))) {
            templates.filter(path -> path.getFileName().toString().endsWith("_" + language + ".ftl"))
                    .forEach(path -> texts.add(new Text(path.toString(), read(path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(texts).as("the texts in " + language + " are where the build puts them").hasSizeGreaterThan(100);
        return texts;
    }

    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(path))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
