package id.bandung.kerjasama.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL: one for the superuser, one for the app's own role. Generated on the first
 * start and kept in the data folder, in the format of PostgreSQL's password file, so that
 * {@code PGPASSFILE=data/postgres/kerjasama.pgpass psql -h localhost -p PORT -U kerjasama postgres} works as it is.
 * Readable by the folder's owner only (0600), like the folder itself (0700).
 */
record DatabaseSecrets(String superuserPassword, String appPassword) {

    static final String FILE_NAME = "kerjasama.pgpass";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }

    static DatabaseSecrets generate() {
        return new DatabaseSecrets(randomPassword(), randomPassword());
    }

    /** 256 random bits in URL-safe Base64: no character that SQL, a URL or the password file would have to escape. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static DatabaseSecrets read(Path file) {
        try {
            restrictToOwner(file);
            Map<String, String> passwords = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", 5);
                if (!line.startsWith("#") && fields.length == 5) {
                    passwords.put(fields[3], fields[4]);
                }
            }
            String superuser = passwords.get(EmbeddedDatabase.SUPERUSER);
            String app = passwords.get(EmbeddedDatabase.APP_ROLE);
            if (superuser == null || app == null) {
                throw new IllegalStateException(file + " does not hold the passwords of " + EmbeddedDatabase.SUPERUSER
                        + " and " + EmbeddedDatabase.APP_ROLE + ". Delete it and start again: the app then sets "
                        + "new passwords.");
            }
            return new DatabaseSecrets(superuser, app);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file whole or not at all: a temporary file, owner-only from its creation, moved into place. */
    void write(Path file) {
        String content = """
                # Kerja Sama Bandung: the passwords of the embedded PostgreSQL, generated on its first start.
                # Keep this file private (owner-only, 0600). The server listens on this machine only; its port is in
                # the app's log ("Embedded PostgreSQL on port ..."). To look inside:
                #   PGPASSFILE=%1$s psql -h localhost -p PORT -U %2$s postgres
                *:*:*:%2$s:%3$s
                *:*:*:%4$s:%5$s
                """.formatted(
                        file.toAbsolutePath(),
                        EmbeddedDatabase.APP_ROLE,
                        appPassword,
                        EmbeddedDatabase.SUPERUSER,
                        superuserPassword);
        try {
            Path temporary = posix(file.getParent())
                    ? Files.createTempFile(file.getParent(), FILE_NAME, ".new", ownerOnlyAttribute())
                    : Files.createTempFile(file.getParent(), FILE_NAME, ".new");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A copy left readable by others (by a restore or a careless chmod) is closed again before it is used. */
    private static void restrictToOwner(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    static FileAttribute<Set<PosixFilePermission>> ownerOnlyAttribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
