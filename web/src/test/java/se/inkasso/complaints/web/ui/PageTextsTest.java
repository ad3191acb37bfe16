package se.inkasso.complaints.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.model.TimelineStep;

/** Every text on the staff pages exists in Swedish and English, and every key a page names exists. */
class PageTextsTest {

    private static final Path BUNDLE = Path.of("src/main/resources/se/inkasso/complaints/web/ui");
    private static final Pattern KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");

    @Test
    void swedishAndEnglishHaveTheSameTexts() throws IOException {
        assertThat(load("messages_sv.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyFixedKeyOnAPageIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            pages.filter(page -> page.toString().endsWith(".xhtml")).forEach(page -> {
                try {
                    Matcher keys = KEY.matcher(Files.readString(page));
                    while (keys.find()) {
                        assertThat(english).as(page + " names " + keys.group(1)).containsKey(keys.group(1));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** D4: every step of a case has its name for staff, and the debtor's own for those shown in the portal. */
    @Test
    void everyTimelineStepHasItsTexts() throws IOException {
        Properties english = load("messages.properties");
        for (TimelineStep step : TimelineStep.values()) {
            assertThat(english).as(step.name()).containsKey("step." + step.code());
            if (step.visibleToDebtor()) {
                assertThat(english).as(step.name() + " in the portal").containsKey("my.step." + step.code());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(BUNDLE.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
