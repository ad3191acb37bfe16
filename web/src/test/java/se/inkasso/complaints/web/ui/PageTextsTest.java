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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(BUNDLE.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
