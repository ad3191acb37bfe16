package se.inkasso.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message a person may see exists in Swedish and in English. */
class MessagesTest {

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_sv.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** Messages go through MessageFormat, where a lone apostrophe swallows text ("sender's" shows as "senders"). */
    @Test
    void everyApostropheIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties messages = load(bundle);
            messages.stringPropertyNames().forEach(key -> assertThat(messages.getProperty(key).replace("''", ""))
                    .as(bundle + " " + key).doesNotContain("'"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
