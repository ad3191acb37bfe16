package se.inkasso.complaints.notification.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.inkasso.complaints.notification.control.LetterMarkup.Block;

/**
 * Puts a letter on A4 the way a Swedish letter is laid out: the agency's letterhead top left, date
 * and references top right, the recipient where a window envelope shows it, the body, and a footer
 * with the agency's contact details and "page n of m" on every page.
 *
 * <p>Body text is set in Liberation Sans (shipped with OpenPDF, embedded as a subset) so that every
 * name prints, whatever its letters; headings in the metric-identical standard Helvetica Bold.
 */
final class LetterLayout {

    /** Everything a page shows besides the body. */
    record Frame(Letterhead letterhead, List<String> recipient, List<String[]> references, String pageLabel,
            String ofLabel, String footer, String title, String language) {
    }

    /** A laid-out letter. */
    record Pdf(byte[] content, int pages) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = 20 * MM;
    private static final float TOP_FIRST = 100 * MM;
    private static final float TOP = 22 * MM;
    private static final float BOTTOM = 28 * MM;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color NOTICE_BACKGROUND = new Color(0xEE, 0xF3, 0xF8);

    private static final BaseFont TEXT = embeddedFont();
    private static final BaseFont BOLD = standardFont(BaseFont.HELVETICA_BOLD);

    private final Font body = new Font(TEXT, 10.5f);
    private final Font small = new Font(TEXT, 8.5f, Font.NORMAL, GREY);
    private final Font titleFont = new Font(BOLD, 15f);
    private final Font headingFont = new Font(BOLD, 11.5f);
    private final Font strong = new Font(BOLD, 10.5f);

    Pdf compose(Frame frame, List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP_FIRST, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PageDecoration decoration = new PageDecoration(frame);
            writer.setPageEvent(decoration);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(frame.language()));
            document.addTitle(frame.title());
            document.addAuthor(frame.letterhead().name());
            document.addCreator(frame.letterhead().name());
            document.open();
            document.setMargins(LEFT, RIGHT, TOP, BOTTOM);
            for (Block block : blocks) {
                document.add(element(block));
            }
            document.close();
            return new Pdf(out.toByteArray(), decoration.pages);
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be laid out: " + e.getMessage(), e);
        }
    }

    private Element element(Block block) {
        if (block instanceof LetterMarkup.Title title) {
            Paragraph paragraph = new Paragraph(title.text(), titleFont);
            paragraph.setSpacingAfter(10);
            return paragraph;
        }
        if (block instanceof LetterMarkup.Heading heading) {
            Paragraph paragraph = new Paragraph(heading.text(), headingFont);
            paragraph.setSpacingBefore(8);
            paragraph.setSpacingAfter(3);
            paragraph.setKeepTogether(true);
            return paragraph;
        }
        if (block instanceof LetterMarkup.Item item) {
            Paragraph paragraph = new Paragraph(15, "\u2022  " + item.text(), body);
            paragraph.setIndentationLeft(14);
            paragraph.setFirstLineIndent(-10);
            paragraph.setSpacingAfter(2);
            return paragraph;
        }
        if (block instanceof LetterMarkup.Notice notice) {
            PdfPCell cell = new PdfPCell(new Phrase(14, notice.text(), strong));
            cell.setBackgroundColor(NOTICE_BACKGROUND);
            cell.setBorderColor(new Color(0x2B, 0x5C, 0x8A));
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(3);
            cell.setPadding(8);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.addCell(cell);
            box.setSpacingBefore(4);
            box.setSpacingAfter(8);
            return box;
        }
        Paragraph paragraph = new Paragraph(15, block.text(), body);
        paragraph.setSpacingAfter(7);
        // lines kept as written (an address) are read together: never split across a page break
        paragraph.setKeepTogether(block.text().contains("\n"));
        return paragraph;
    }

    /** Letterhead, references and window address on page one; footer with page numbers on all. */
    private final class PageDecoration extends PdfPageEventHelper {

        private final Frame frame;
        private PdfTemplate total;
        private int pages;

        PageDecoration(Frame frame) {
            this.frame = frame;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onStartPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                firstPage(writer.getDirectContent());
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages = writer.getPageNumber();
            PdfContentByte canvas = writer.getDirectContent();
            float width = PageSize.A4.getWidth();
            canvas.saveState();
            canvas.setColorStroke(GREY);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(LEFT, 20 * MM);
            canvas.lineTo(width - RIGHT, 20 * MM);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(frame.footer(), small), LEFT,
                    15 * MM, 0);
            String page = frame.pageLabel() + " " + pages + " " + frame.ofLabel() + " ";
            float pageWidth = TEXT.getWidthPoint(page, small.getSize());
            float x = width - RIGHT - pageWidth - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, small), x, 15 * MM, 0);
            canvas.addTemplate(total, x + pageWidth, 15 * MM);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), small), 0, 0, 0);
        }

        private void firstPage(PdfContentByte canvas) {
            float top = PageSize.A4.getHeight() - 20 * MM;
            Letterhead head = frame.letterhead();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(head.name(), new Font(BOLD, 13f)),
                    LEFT, top, 0);
            String[] lines = {head.street(), head.postalCode() + " " + head.city(), head.phone(), head.website()};
            float y = top - 13;
            for (String line : lines) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(line, small), LEFT, y, 0);
                y -= 10.5f;
            }
            float column = 118 * MM;
            y = top;
            for (String[] reference : frame.references()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(reference[0], small), column, y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(reference[1], body),
                        column + 24 * MM, y, 0);
                y -= 13;
            }
            y = PageSize.A4.getHeight() - 52 * MM;
            for (String line : frame.recipient()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(line, body), column, y, 0);
                y -= 14;
            }
        }
    }

    private static BaseFont embeddedFont() {
        try (InputStream in = LetterLayout.class.getClassLoader()
                .getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's Liberation Sans is not on the class path");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont standardFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
