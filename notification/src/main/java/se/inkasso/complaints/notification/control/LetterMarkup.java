package se.inkasso.complaints.notification.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The few marks a letter template uses, so that whoever edits a template writes text, not layout
 * code: {@code # } the letter's title, {@code ## } a heading, {@code - } a list item, {@code > } a
 * boxed notice, an empty line between paragraphs. Text from people (a reason, a note) goes through
 * {@link #literal(String)} so that it can never turn into marks.
 */
public final class LetterMarkup {

    /** One piece of a letter's body, in reading order. */
    public sealed interface Block permits Title, Heading, Paragraph, Item, Notice {
        String text();
    }

    public record Title(String text) implements Block {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Item(String text) implements Block {
    }

    public record Notice(String text) implements Block {
    }

    private static final char ESCAPE = '\\';

    private LetterMarkup() {
    }

    /** Text written by a person, kept as text: a line that starts like a mark is escaped. */
    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            if (!escaped.isEmpty()) {
                escaped.append('\n');
            }
            String stripped = line.stripLeading();
            if (stripped.startsWith("#") || stripped.startsWith("-") || stripped.startsWith(">")
                    || stripped.startsWith(String.valueOf(ESCAPE))) {
                escaped.append(ESCAPE);
            }
            escaped.append(stripped);
        }
        return escaped.toString();
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, blocks);
            } else if (line.startsWith("## ")) {
                flush(paragraph, blocks);
                blocks.add(new Heading(line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                flush(paragraph, blocks);
                blocks.add(new Title(line.substring(2).strip()));
            } else if (line.startsWith("- ")) {
                flush(paragraph, blocks);
                blocks.add(new Item(line.substring(2).strip()));
            } else if (line.startsWith("> ")) {
                flush(paragraph, blocks);
                blocks.add(new Notice(line.substring(2).strip()));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line.charAt(0) == ESCAPE ? line.substring(1) : line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
