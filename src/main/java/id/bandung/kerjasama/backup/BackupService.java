package id.bandung.kerjasama.backup;

import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.security.Roles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes backup archives into the backup folder ({@link BackupWriter}), records each attempt in {@code backup_run}
 * (a failure with its message, also logged as an error), keeps the newest {@link BackupProperties#keep()} archives and
 * hands a kept one to an administrator. An archive is written under a {@code .part} name and renamed when complete,
 * so the folder never holds a half-written archive under a backup's name.
 */
@Service
@PreAuthorize(Roles.ADMIN_ONLY)
public class BackupService {

    static final String PREFIX = "kerjasama-backup-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ClockConfig.BANDUNG);
    private static final long SCHEDULE_LOCK = 0x6B73_6261_636BL; // "ksback": one scheduled backup across nodes
    private static final int LISTED = 30;
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BackupProperties properties;
    private final Clock clock;

    BackupService(
            DataSource dataSource,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            BackupProperties properties,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** A backup now, asked for by the signed-in administrator. */
    public BackupRun backUpNow() {
        return backUp(BackupRun.Trigger.MANUAL, Actor.currentName());
    }

    /**
     * The scheduled backup. With several app nodes on one database each runs the schedule, and only one writes: a
     * PostgreSQL advisory lock is held for the whole backup, and a node that finds a scheduled backup started within
     * the last hour leaves it at that. Empty when this node left it to another.
     */
    public Optional<BackupRun> backUpOnSchedule() {
        return transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", SCHEDULE_LOCK)
                    .query(Boolean.class)
                    .single();
            boolean recent = locked
                    && jdbc.sql("""
                            select exists (select from backup_run
                                           where trigger_kind = 'SCHEDULE' and started_at > :since)""")
                            .param("since", Timestamp.from(clock.instant().minusSeconds(3600)))
                            .query(Boolean.class)
                            .single();
            if (!locked || recent) {
                log.info("Scheduled backup left to another node (it runs or ran one within the hour)");
                return Optional.empty();
            }
            return Optional.of(backUp(BackupRun.Trigger.SCHEDULE, Actor.currentName()));
        });
    }

    /** The newest backups first, with whether each archive is still in this server's folder. */
    public List<BackupRun> recent() {
        return jdbc.sql("""
                        select id, started_at, finished_at, trigger_kind, requested_by, file_name, size_bytes,
                               row_count, succeeded, message
                        from backup_run order by started_at desc, id desc limit :limit""")
                .param("limit", LISTED)
                .query((rows, i) -> {
                    String fileName = rows.getString("file_name");
                    return new BackupRun(
                            rows.getLong("id"),
                            rows.getTimestamp("started_at").toInstant(),
                            rows.getTimestamp("finished_at").toInstant(),
                            BackupRun.Trigger.valueOf(rows.getString("trigger_kind")),
                            rows.getString("requested_by"),
                            fileName,
                            rows.getObject("size_bytes", Long.class),
                            rows.getObject("row_count", Long.class),
                            rows.getBoolean("succeeded"),
                            rows.getString("message"),
                            fileName != null && Files.isRegularFile(archive(fileName)));
                })
                .list();
    }

    /** Copies a kept archive to {@code out}; refused when the run wrote none or it is no longer in the folder. */
    public void copyArchive(long runId, OutputStream out) throws IOException {
        String fileName = jdbc.sql("select file_name from backup_run where id = :id and succeeded")
                .param("id", runId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("Backup " + runId + " wrote no archive"));
        Path file = archive(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The archive " + fileName + " is no longer in the backup folder");
        }
        Files.copy(file, out);
    }

    /** Where the archives are kept. */
    public Path folder() {
        return Path.of(properties.dir()).toAbsolutePath().normalize();
    }

    private BackupRun backUp(BackupRun.Trigger trigger, String requestedBy) {
        Instant started = clock.instant();
        String fileName = PREFIX + NAME_TIME.format(started) + SUFFIX;
        Path target = archive(fileName);
        Path part = target.resolveSibling(fileName + ".part");
        try {
            Files.createDirectories(folder());
            BackupManifest manifest;
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                manifest = BackupWriter.write(dataSource, out, clock);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            long size = Files.size(target);
            long id = record(started, trigger, requestedBy, fileName, size, manifest.totalRows(), null);
            log.info(
                    "Backup {} written: {} rows in {} tables, {} bytes, schema version {}",
                    target,
                    manifest.totalRows(),
                    manifest.tables().size(),
                    size,
                    manifest.schemaVersion());
            prune();
            return recentRun(id);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(part);
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Backup into {} failed: {}", folder(), message, e);
            long id = record(started, trigger, requestedBy, null, null, null, truncate(message));
            return recentRun(id);
        }
    }

    private long record(
            Instant started,
            BackupRun.Trigger trigger,
            String requestedBy,
            String fileName,
            Long size,
            Long rows,
            String failure) {
        return jdbc.sql("""
                        insert into backup_run (started_at, finished_at, trigger_kind, requested_by, file_name,
                                                size_bytes, row_count, succeeded, message)
                        values (:started, :finished, :trigger, :by, :file, :size, :rows, :succeeded, :message)
                        returning id""")
                .param("started", Timestamp.from(started))
                .param("finished", Timestamp.from(clock.instant()))
                .param("trigger", trigger.name())
                .param("by", requestedBy)
                .param("file", fileName)
                .param("size", size)
                .param("rows", rows)
                .param("succeeded", failure == null)
                .param("message", failure)
                .query(Long.class)
                .single();
    }

    private BackupRun recentRun(long id) {
        return recent().stream()
                .filter(run -> run.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Backup run " + id + " is not listed"));
    }

    /** Deletes the archives beyond the newest {@code keep}; names sort by time. Other files are left alone. */
    private void prune() {
        try {
            deleteBeyondKeep();
        } catch (IOException e) {
            log.warn("Could not delete old backups in {}: {}", folder(), e.getMessage());
        }
    }

    private void deleteBeyondKeep() throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder())) {
            archives = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .toList();
        }
        for (Path old : archives.subList(Math.min(properties.keep(), archives.size()), archives.size())) {
            Files.deleteIfExists(old);
            log.info("Old backup {} deleted (APP_BACKUP_KEEP={})", old, properties.keep());
        }
    }

    private Path archive(String fileName) {
        Path file = folder().resolve(fileName).normalize();
        if (!file.getParent().equals(folder())) {
            throw new IllegalArgumentException("Not a file in the backup folder: " + fileName);
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the incomplete archive {}: {}", file, e.getMessage());
        }
    }

    private static String truncate(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }
}
