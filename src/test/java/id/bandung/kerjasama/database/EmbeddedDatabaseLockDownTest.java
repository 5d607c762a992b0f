package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL accepts passwords only, from this machine only, and the app is no superuser on it. */
class EmbeddedDatabaseLockDownTest {

    @TempDir
    Path folder;

    @Test
    void the_app_signs_in_as_a_role_that_is_no_superuser_and_owns_its_database_and_schema() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(queryString(app, "select current_user")).isEqualTo("kerjasama");
            assertThat(queryString(app, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
            assertThat(queryString(
                            app,
                            "select rolcreaterole or rolcreatedb or rolreplication or rolbypassrls "
                                    + "from pg_roles where rolname = current_user"))
                    .isEqualTo("f");
            assertThat(queryString(
                            app,
                            "select pg_get_userbyid(datdba) from pg_database " + "where datname = current_database()"))
                    .isEqualTo("kerjasama");
            assertThat(queryString(app, "select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'"))
                    .isEqualTo("kerjasama");
            assertThatThrownBy(() -> queryString(app, "create role intruder superuser"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void a_sign_in_without_the_password_or_with_a_wrong_one_is_refused_for_every_role() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept())) {
            for (String role : List.of("kerjasama", "postgres")) {
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), role, null)
                                .close())
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("no password was provided");
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), role, "bandung")
                                .close())
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            try (Connection superuser = asSuperuser(database)) {
                assertThat(queryString(superuser, "select rolsuper::text from pg_roles where rolname = current_user"))
                        .isEqualTo("true");
                // Every rule the server reads, the local socket's included, asks for a SCRAM password.
                assertThat(queryString(
                                superuser, "select string_agg(distinct auth_method, ',') " + "from pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
                assertThat(queryString(superuser, "select count(*) from pg_hba_file_rules where error is not null"))
                        .isEqualTo("0");
                assertThat(queryString(
                                superuser,
                                "select count(*) from pg_authid "
                                        + "where rolcanlogin and rolpassword not like 'SCRAM-SHA-256$%'"))
                        .isEqualTo("0");
            }
            assertThat(database.superuserPassword()).isNotEqualTo(database.password());
        }
    }

    @Test
    void the_server_listens_on_the_loopback_interface_only() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection superuser = asSuperuser(database)) {
            assertThat(queryString(superuser, "show listen_addresses")).isEqualTo("localhost");
            // The kernel's own list of listening sockets: nothing is sent to any other address to find out.
            Path tcp = Path.of("/proc/net/tcp");
            assumeThat(Files.isReadable(tcp)).as("Linux's socket table").isTrue();
            List<InetAddress> listening = listeningAddresses(database.port());
            assertThat(listening).isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
        }
    }

    @Test
    void the_passwords_are_kept_in_an_owner_only_file_in_an_owner_only_folder() throws Exception {
        Path dataDir = folder.resolve("pg");
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept())) {
            password = database.password();
        }
        Path secrets = dataDir.resolve(DatabaseSecrets.FILE_NAME);
        assumeThat(DatabaseSecrets.posix(dataDir))
                .as("a file system with POSIX permissions")
                .isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .isEqualTo("rwx------");
        assertThat(Files.readString(secrets)).contains("*:*:*:kerjasama:" + password, "*:*:*:postgres:");
        assertThat(password).hasSize(43).matches("[A-Za-z0-9_-]+"); // 256 random bits, URL-safe Base64 unpadded

        // A copy made readable by others is closed again, and the same passwords hold after a restart.
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(database.password()).isEqualTo(password);
            assertThat(queryString(app, "select 1")).isEqualTo("1");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rw-------");
    }

    @Test
    void a_folder_from_an_earlier_version_is_upgraded_on_its_first_start_with_its_data_intact() throws Exception {
        Path dataDir = folder.resolve("pg");
        // What the previous version left: zonky's defaults (every local sign-in trusted), the schema migrated by the
        // superuser, and records in it.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .target("4")
                    .load()
                    .migrate();
            try (Connection connection = old.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country)
                        values (now(), 'staf', now(), 'staf', 'Kota Suwon', 'FOREIGN_CITY', 'KR');
                        create sequence public.old_counter;
                        create view public.old_view as select name from partner""");
            }
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(queryString(app, "select name from partner")).isEqualTo("Kota Suwon");
            assertThat(queryString(app, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
            // Nothing of the app's is left to the superuser: tables (with their identity sequences and
            // indexes), the other sequences, views, trigger functions, Flyway's history.
            assertThat(queryString(app, """
                    select count(*) from pg_class c
                    where relnamespace = 'public'::regnamespace and relowner <> 'kerjasama'::regrole""")).isEqualTo("0");
            assertThat(queryString(app, """
                    select count(*) from pg_proc p
                    where pronamespace = 'public'::regnamespace and proowner <> 'kerjasama'::regrole
                      and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')""")).isEqualTo("0");
            assertThat(queryString(
                            app,
                            "select pg_get_userbyid(relowner) from pg_class "
                                    + "where relname = 'flyway_schema_history'"))
                    .isEqualTo("kerjasama");
            // The app can go on writing (identity sequence), read the view, use its sequence, and migrate.
            assertThat(queryString(app, """
                    insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country)
                    values (now(), 'staf', now(), 'staf', 'Kota Seoul', 'FOREIGN_CITY', 'KR') returning 'ok'""")).isEqualTo("ok");
            assertThat(queryString(app, "select count(*) from old_view")).isEqualTo("2");
            assertThat(queryString(app, "select nextval('old_counter')")).isEqualTo("1");
            Flyway.configure()
                    .dataSource(database.jdbcUrl(), database.username(), database.password())
                    .load()
                    .migrate();

            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).isEqualTo(LockDown.HBA);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
        }
        // And the next start finds it locked down already.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(queryString(app, "select count(*) from partner")).isEqualTo("2");
        }
    }

    @Test
    void a_deleted_password_file_is_replaced_by_new_passwords_and_the_old_ones_stop_working() throws Exception {
        String oldPassword;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept())) {
            oldPassword = database.password();
            execute(database, "create table note (text text); insert into note values ('tetap ada')");
        }
        Files.delete(folder.resolve("pg").resolve(DatabaseSecrets.FILE_NAME));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(database.password()).isNotEqualTo(oldPassword);
            assertThat(queryString(app, "select text from note")).isEqualTo("tetap ada");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "kerjasama", oldPassword))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void a_stale_pid_and_lock_file_left_by_a_killed_app_do_not_stop_the_next_start() throws Exception {
        Path dataDir = folder.resolve("pg");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept())) {
            execute(database, "create table note (text text); insert into note values ('tetap ada')");
        }
        // A killed app's server leaves postmaster.pid naming a process that no longer exists.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDir.resolve("postmaster.pid"), gone.pid() + "\n" + dataDir + "\n");
        assertThat(dataDir.resolveSibling("pg.lock")).exists();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept());
                Connection app = asApp(database)) {
            assertThat(queryString(app, "select text from note")).isEqualTo("tetap ada");
        }
    }

    @Test
    void the_throwaway_database_of_the_tests_is_locked_down_the_same_way() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(""));
                Connection app = asApp(database)) {
            assertThat(queryString(app, "select rolsuper::text from pg_roles where rolname = current_user"))
                    .isEqualTo("false");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null)
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
            assertThat(Files.readString(database.dataDir().resolve("pg_hba.conf")))
                    .isEqualTo(LockDown.HBA);
        }
    }

    private EmbeddedDatabaseProperties kept() {
        return new EmbeddedDatabaseProperties(folder.resolve("pg").toString());
    }

    private static Connection asApp(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static Connection asSuperuser(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", database.superuserPassword());
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = asApp(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    /** The local addresses of the sockets listening on the port, from Linux's /proc/net/tcp and tcp6. */
    private static List<InetAddress> listeningAddresses(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                boolean listen = "0A".equals(fields[3]);
                if (listen && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(InetAddress.getByAddress(kernelOrder(local[0])));
                }
            }
        }
        return addresses;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) byte order. */
    private static byte[] kernelOrder(String hex) {
        byte[] raw = new BigInteger("1" + hex, 16).toByteArray();
        byte[] bytes = new byte[hex.length() / 2];
        System.arraycopy(raw, raw.length - bytes.length, bytes, 0, bytes.length);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        return bytes;
    }
}
