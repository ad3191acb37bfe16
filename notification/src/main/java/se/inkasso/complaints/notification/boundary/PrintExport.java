package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.notification.control.PrintFile;
import se.inkasso.complaints.notification.entity.Letter;
import se.inkasso.complaints.notification.entity.LetterDocument;
import se.inkasso.complaints.notification.entity.PrintBatch;

/**
 * The daily hand-over to the print house: every postal letter not yet printed goes into one batch,
 * as one PDF and a manifest (CSV: which pages are which letter, to which address). A letter is in
 * one batch only, even when two instances make a batch at the same moment.
 */
@ApplicationScoped
public class PrintExport {

    private static final String MANIFEST_HEADER = "sequence;letter;case;kind;language;pages;first_page;name;street;"
            + "postal_code;city\n";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @jakarta.inject.Inject
    CaseLookup cases;

    Clock clock = Clock.systemUTC();

    /** @return the new batch, or empty when no letter is waiting for print */
    @Transactional
    public Optional<PrintBatchInfo> create(String actor) {
        Instant now = clock.instant();
        PrintBatch batch = new PrintBatch(now, actor, now);
        entityManager.persist(batch);
        entityManager.flush();
        int letters = entityManager.createQuery("update Letter l set l.printBatchId = :batch where l.printBatchId is null"
                + " and l.postal = true and l.createdAt < :cutoff").setParameter("batch", batch.id())
                .setParameter("cutoff", now).executeUpdate();
        if (letters == 0) {
            entityManager.remove(batch);
            return Optional.empty();
        }
        batch.counted(letters);
        return Optional.of(PrintBatchInfo.of(batch));
    }

    @Transactional
    public List<PrintBatchInfo> list(int max) {
        return entityManager.createQuery("select b from PrintBatch b order by b.createdAt desc, b.id desc",
                PrintBatch.class).setMaxResults(max).getResultStream().map(PrintBatchInfo::of).toList();
    }

    @Transactional
    public List<LetterInfo> letters(long batchId) {
        return batchLetters(batchId).stream().map(LetterInfo::of).toList();
    }

    /** The batch's letters as one PDF, in manifest order. */
    @Transactional
    public void writePdf(long batchId, OutputStream out) {
        List<Letter> letters = batchLetters(batchId);
        try (PrintFile file = new PrintFile(out)) {
            for (Letter letter : letters) {
                file.add(document(letter));
            }
        }
    }

    /** The manifest: one line per letter, with its pages in the batch PDF and its address. */
    @Transactional
    public void writeManifest(long batchId, Writer out) {
        try {
            out.write(MANIFEST_HEADER);
            int sequence = 0;
            int firstPage = 1;
            List<Letter> letters = batchLetters(batchId);
            Map<Long, CaseReference> references = cases.references(letters.stream().map(Letter::caseId).toList());
            for (Letter letter : letters) {
                Debtor debtor = entityManager.find(Debtor.class, letter.debtorId());
                var address = debtor.address();
                out.write(String.join(";", String.valueOf(++sequence), String.valueOf(letter.id()),
                        references.get(letter.caseId()).value(), letter.kind().name(),
                        letter.language().code(), String.valueOf(letter.pages()), String.valueOf(firstPage),
                        field(debtor.name()), field(address.street()), field(address.postalCode()),
                        field(address.city())) + "\n");
                firstPage += letter.pages();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the batch's PDF and manifest into a folder the print house collects from; each file
     * appears whole (written aside, then moved), never half-written.
     */
    public void exportTo(long batchId, Path folder) {
        try {
            Files.createDirectories(folder);
            String name = "print-batch-" + batchId;
            Path pdf = folder.resolve(name + ".pdf.part");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                writePdf(batchId, out);
            }
            Path manifest = folder.resolve(name + ".csv.part");
            try (Writer out = Files.newBufferedWriter(manifest)) {
                writeManifest(batchId, out);
            }
            Files.move(pdf, folder.resolve(name + ".pdf"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(manifest, folder.resolve(name + ".csv"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Print batch " + batchId + " could not be written to " + folder, e);
        }
    }

    private List<Letter> batchLetters(long batchId) {
        if (entityManager.find(PrintBatch.class, batchId) == null) {
            throw new NotFoundException("print-batch.unknown", String.valueOf(batchId));
        }
        return entityManager.createQuery("select l from Letter l where l.printBatchId = :batch order by l.id",
                Letter.class).setParameter("batch", batchId).getResultList();
    }

    private byte[] document(Letter letter) {
        LetterDocument document = entityManager.find(LetterDocument.class, letter.id());
        byte[] content = document.content();
        entityManager.detach(document);
        return content;
    }

    /** A manifest field cannot break the line or the columns. */
    private static String field(String value) {
        return value == null ? "" : value.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
    }
}
