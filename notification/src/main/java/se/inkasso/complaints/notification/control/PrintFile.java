package se.inkasso.complaints.notification.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Many letters as one PDF for the print house, one letter after the other, pages untouched. */
public final class PrintFile implements AutoCloseable {

    private final Document document = new Document();
    private final PdfCopy copy;
    private int pages;

    public PrintFile(OutputStream out) {
        try {
            copy = new PdfCopy(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.open();
    }

    /** @return the page of the print file on which this letter starts */
    public int add(byte[] letter) {
        int first = pages + 1;
        try (PdfReader reader = new PdfReader(letter)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                copy.addPage(copy.getImportedPage(reader, page));
                pages++;
            }
            copy.freeReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return first;
    }

    @Override
    public void close() {
        if (pages == 0) {
            return;
        }
        document.close();
    }
}
