package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.security.Roles;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement's lifecycle: the steps recorded so far and the next legal ones ({@link StageFlow}), recording a step
 * with its date, number and document (a PDF, by the same rules as the signed document), and taking back the last
 * one. A step moves the agreement's stage and fills what it settles when still empty: the signing date and number
 * when the agreement itself is signed, the start when it comes into force, the termination when it ends early. Each
 * change is in the agreement's audit trail.
 */
@Service
@Transactional(readOnly = true)
public class StageService {

    private static final String STEP_COLUMNS = """
            select id, stage, happened_on, reference_number, detail, file_name, size_bytes, recorded_at, recorded_by
            from agreement_stage""";

    private final AgreementRepository agreements;
    private final AuditedWrites writes;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final Clock clock;

    StageService(
            AgreementRepository agreements,
            AuditedWrites writes,
            JdbcTemplate template,
            JdbcClient jdbc,
            Validator validator,
            Clock clock) {
        this.agreements = agreements;
        this.writes = writes;
        this.template = template;
        this.jdbc = jdbc;
        this.validator = validator;
        this.clock = clock;
    }

    /** The recorded steps, oldest first. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<StageStep> steps(long agreementId) {
        return jdbc.sql(STEP_COLUMNS + " where agreement_id = :id order by happened_on, id")
                .param("id", agreementId)
                .query((row, number) -> new StageStep(
                        row.getLong("id"),
                        Stage.valueOf(row.getString("stage")),
                        row.getObject("happened_on", LocalDate.class),
                        row.getString("reference_number"),
                        row.getString("detail"),
                        row.getString("file_name"),
                        (Long) row.getObject("size_bytes"),
                        row.getTimestamp("recorded_at").toInstant(),
                        row.getString("recorded_by")))
                .list();
    }

    /** The steps that may be recorded next for the stored agreement. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Stage> next(long agreementId) {
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        return StageFlow.next(StageFlow.of(agreement), recorded(agreementId), agreement.getStage());
    }

    /** A step's document: its file name and content. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<StageDocument> document(long stepId) {
        return jdbc.sql("select file_name, content from agreement_stage where id = :id and content is not null")
                .param("id", stepId)
                .query((row, number) -> new StageDocument(row.getString(1), row.getBytes(2)))
                .optional();
    }

    /**
     * Records the next step of the agreement as it was at {@code version} (a newer version is refused as stale), with
     * its document when {@code content} is given ({@code size} its exact length).
     *
     * @throws StageRefusedException when the step is not a next legal one, is dated in the future or before the last
     *     step, lacks what it needs (a proposal its OPD, an approval its number, an end its reason) or the document is
     *     not a PDF of at most 20 MB
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement record(
            long agreementId, long version, StageEntry entry, String fileName, InputStream content, long size) {
        var violations = validator.validate(entry);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        if (agreement.getVersion() != version) {
            throw new StaleRecordException();
        }
        List<Stage> next = StageFlow.next(StageFlow.of(agreement), recorded(agreementId), agreement.getStage());
        Stage stage = entry.stage();
        if (!next.contains(stage)) {
            throw next.isEmpty()
                    ? new StageRefusedException("stage", "agreement.stage.error.closed")
                    : new StageRefusedException("stage", "agreement.stage.error.order", next.get(0));
        }
        LocalDate on = entry.happenedOn();
        if (on.isAfter(LocalDate.now(clock))) {
            throw new StageRefusedException("happenedOn", "agreement.stage.error.future");
        }
        LocalDate latest = latestDate(agreementId);
        if (latest != null && on.isBefore(latest)) {
            throw new StageRefusedException("happenedOn", "agreement.stage.error.before-previous", latest);
        }
        requireWhatTheStepNeeds(stage, entry);
        InputStream document = content == null ? null : StageDocuments.checked(content, size);
        insertStep(agreementId, entry, document == null ? null : SignedPdf.fileName(fileName), document, size);
        apply(agreement, entry);
        writes.recordChange(
                Agreement.RECORD_TYPE,
                agreementId,
                agreement.getTitle(),
                "stage." + stage.name(),
                null,
                summary(entry, document == null ? null : SignedPdf.fileName(fileName)));
        Agreement saved = agreements.saveAndFlush(agreement);
        endPredecessorOnStart(saved);
        return saved;
    }

    /**
     * A signed successor ends its predecessor on its own start: the predecessor's end date becomes the successor's
     * start (unless the predecessor was terminated, or the start falls before the predecessor's own), audited.
     */
    void endPredecessorOnStart(Agreement agreement) {
        Agreement predecessor = agreement.getPredecessor();
        LocalDate start = agreement.getStartOn();
        if (predecessor == null || start == null || !agreement.isSigned()) {
            return;
        }
        Agreement stored = agreements.findById(predecessor.getId()).orElseThrow(StaleRecordException::new);
        boolean fits = stored.getStartOn() == null || !start.isBefore(stored.getStartOn());
        if (stored.getTerminatedOn() == null && fits && !start.equals(stored.getEndOn())) {
            writes.recordChange(
                    Agreement.RECORD_TYPE,
                    stored.getId(),
                    stored.getTitle(),
                    "endOn",
                    stored.getEndOn() == null ? null : stored.getEndOn().toString(),
                    start.toString());
            stored.setEndOn(start);
            agreements.saveAndFlush(stored);
        }
    }

    /** Takes back the last recorded step (a mistake); the stage returns to the step before. Dates stay as they are. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement undoLast(long agreementId, long version) {
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        if (agreement.getVersion() != version) {
            throw new StaleRecordException();
        }
        List<StageStep> steps = steps(agreementId);
        if (steps.isEmpty()) {
            throw new StageRefusedException("stage", "agreement.stage.error.nothing-to-undo");
        }
        StageStep last = steps.get(steps.size() - 1);
        if (last.stage() == Stage.EXTENDED) {
            throw new StageRefusedException("stage", "agreement.stage.error.undo-extended");
        }
        template.update("delete from agreement_stage where id = ?", last.id());
        Stage back = steps.size() > 1 ? steps.get(steps.size() - 2).stage() : Stage.PROPOSAL;
        change(agreement, "stage", agreement.getStage(), back);
        agreement.setStage(back);
        return agreements.saveAndFlush(agreement);
    }

    /** The predecessor's step when a successor extends it ({@link AgreementService#extend}). */
    void recordExtended(Agreement predecessor, Agreement successor, LocalDate on) {
        LocalDate latest = latestDate(predecessor.getId());
        StageEntry entry = new StageEntry(
                Stage.EXTENDED, latest != null && latest.isAfter(on) ? latest : on, null, successor.getTitle());
        insertStep(predecessor.getId(), entry, null, null, 0);
        change(predecessor, "stage", predecessor.getStage(), Stage.EXTENDED);
        predecessor.setStage(Stage.EXTENDED);
    }

    /** The extension of {@code predecessor} was deleted: its "extended" step goes, and its stage returns. */
    void undoExtension(Agreement predecessor) {
        if (predecessor.getStage() != Stage.EXTENDED) {
            return;
        }
        template.update(
                "delete from agreement_stage where agreement_id = ? and stage = 'EXTENDED'", predecessor.getId());
        List<StageStep> left = steps(predecessor.getId());
        Stage back = left.isEmpty() ? Stage.IN_FORCE : left.get(left.size() - 1).stage();
        change(predecessor, "stage", Stage.EXTENDED, back);
        predecessor.setStage(back);
        agreements.saveAndFlush(predecessor);
    }

    private static void requireWhatTheStepNeeds(Stage stage, StageEntry entry) {
        boolean noDetail = entry.detail() == null || entry.detail().isBlank();
        boolean noNumber =
                entry.referenceNumber() == null || entry.referenceNumber().isBlank();
        if (stage == Stage.PROPOSAL && noDetail) {
            throw new StageRefusedException("detail", "agreement.stage.error.proposer");
        }
        if (stage == Stage.ENDED && noDetail) {
            throw new StageRefusedException("detail", "agreement.stage.error.reason");
        }
        if ((stage == Stage.DPRD_APPROVAL || stage == Stage.CENTRAL_APPROVAL) && noNumber) {
            throw new StageRefusedException("referenceNumber", "agreement.stage.error.number");
        }
    }

    /** What the step settles on the agreement, where the agreement does not say it yet. */
    private void apply(Agreement agreement, StageEntry entry) {
        Stage stage = entry.stage();
        LocalDate on = entry.happenedOn();
        boolean ownSigning = stage == Stage.PKS_SIGNED
                || stage == Stage.KB_SIGNED && agreement.getDocumentKind() != DocumentKind.PERJANJIAN_KERJA_SAMA;
        if (ownSigning && agreement.getSignedOn() == null) {
            change(agreement, "signedOn", null, on);
            agreement.setSignedOn(on);
        }
        if (ownSigning && agreement.getBandungNumber() == null && entry.referenceNumber() != null) {
            change(agreement, "bandungNumber", null, entry.referenceNumber().strip());
            agreement.setBandungNumber(entry.referenceNumber().strip());
        }
        boolean fitsTheTerm = agreement.getEndOn() == null || !on.isAfter(agreement.getEndOn());
        if (stage == Stage.IN_FORCE && agreement.getStartOn() == null && fitsTheTerm) {
            change(agreement, "startOn", null, on);
            agreement.setStartOn(on);
        }
        if (stage == Stage.ENDED
                && agreement.getTerminatedOn() == null
                && (agreement.getEndOn() == null || on.isBefore(agreement.getEndOn()))) {
            change(agreement, "terminatedOn", null, on);
            change(agreement, "terminationReason", null, entry.detail().strip());
            agreement.setTerminatedOn(on);
            agreement.setTerminationReason(entry.detail().strip());
        }
        change(agreement, "stage", agreement.getStage(), stage);
        agreement.setStage(stage);
    }

    private void change(Agreement agreement, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            writes.recordChange(
                    Agreement.RECORD_TYPE,
                    agreement.getId(),
                    agreement.getTitle(),
                    field,
                    before == null ? null : before.toString(),
                    after == null ? null : after.toString());
        }
    }

    private static String summary(StageEntry entry, String fileName) {
        StringBuilder text = new StringBuilder(entry.happenedOn().toString());
        if (entry.referenceNumber() != null && !entry.referenceNumber().isBlank()) {
            text.append(" · ").append(entry.referenceNumber().strip());
        }
        if (fileName != null) {
            text.append(" · ").append(fileName);
        }
        return text.toString();
    }

    private List<Stage> recorded(long agreementId) {
        return jdbc.sql("select stage from agreement_stage where agreement_id = :id")
                .param("id", agreementId)
                .query((row, number) -> Stage.valueOf(row.getString(1)))
                .list();
    }

    private LocalDate latestDate(long agreementId) {
        return jdbc.sql("""
                        select happened_on from agreement_stage where agreement_id = :id
                        order by happened_on desc limit 1""")
                .param("id", agreementId)
                .query((row, number) -> row.getObject(1, LocalDate.class))
                .optional()
                .orElse(null);
    }

    private void insertStep(long agreementId, StageEntry entry, String fileName, InputStream content, long size) {
        template.update("""
                insert into agreement_stage (agreement_id, stage, happened_on, reference_number, detail, file_name,
                                             size_bytes, content, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setLong(1, agreementId);
            statement.setString(2, entry.stage().name());
            statement.setObject(3, entry.happenedOn());
            statement.setString(4, blankToNull(entry.referenceNumber()));
            statement.setString(5, blankToNull(entry.detail()));
            statement.setString(6, fileName);
            statement.setObject(7, content == null ? null : size);
            if (content == null) {
                statement.setNull(8, java.sql.Types.BINARY);
            } else {
                statement.setBinaryStream(8, content, size);
            }
            statement.setObject(9, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            statement.setString(10, Actor.currentName());
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A step's stored document. */
    public record StageDocument(String fileName, byte[] content) {}

    /** The signed document's rules, for a step's document. */
    private static final class StageDocuments {
        static InputStream checked(InputStream content, long size) {
            if (size <= 0) {
                throw new StageRefusedException("document", "agreement.document.empty");
            }
            if (size > AgreementDocument.MAX_BYTES) {
                throw new StageRefusedException("document", "agreement.document.too-large");
            }
            InputStream in = new BufferedInputStream(content);
            if (!SignedPdf.isPdf(in)) {
                throw new StageRefusedException("document", "agreement.document.not-pdf");
            }
            return in;
        }
    }
}
