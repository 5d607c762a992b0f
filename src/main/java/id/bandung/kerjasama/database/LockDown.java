package id.bandung.kerjasama.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Who may sign in to the embedded PostgreSQL, and as what. Only password (SCRAM) sign-ins from this machine; the app
 * signs in as {@link EmbeddedDatabase#APP_ROLE}, which owns the app's database, schema and every object in it but is
 * no superuser; the superuser has a password of its own. Applied at every start, so that a data folder made by an
 * earlier version (every local connection trusted as superuser, the app's tables owned by it) is brought to the same
 * state without losing anything.
 */
final class LockDown {

    static final String HBA_FILE = "pg_hba.conf";

    /** The rules in force: a password for everyone, from the loopback addresses and the local socket only. */
    static final String HBA = """
            # Kerja Sama Bandung: password (SCRAM) sign-ins only, and only from this machine. Written by the app at
            # every start; the passwords are in %s beside this file.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """.formatted(DatabaseSecrets.FILE_NAME);

    /**
     * For one start of a folder whose superuser has no known password (made by an earlier version, or its password
     * file was deleted): the superuser alone, from this machine alone, is let in without one, long enough for the app
     * to set the passwords; {@link #apply} then puts {@link #HBA} in force.
     */
    static final String HBA_WHILE_SETTING_PASSWORDS = """
            # Kerja Sama Bandung: in force for one start only, while the app sets new passwords (then replaced).
            host    all       %1$s   127.0.0.1/32  trust
            host    all       %1$s   ::1/128       trust
            """.formatted(EmbeddedDatabase.SUPERUSER);

    private LockDown() {}

    static void writeHba(Path dataDir, String rules) {
        try {
            Files.writeString(dataDir.resolve(HBA_FILE), rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(HBA_FILE) + ": " + e.getMessage(), e);
        }
    }

    static boolean hbaInForce(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve(HBA_FILE), StandardCharsets.UTF_8)
                    .equals(HBA);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sets both passwords to the ones in the secrets file, makes the app's role own what the app uses, and puts the
     * password rules in force. Every step is idempotent, so a start that was interrupted half-way is completed by the
     * next one.
     *
     * @param superuser a connection to the server's {@code postgres} database as the superuser
     */
    static void apply(DataSource superuser, Path dataDir, DatabaseSecrets secrets) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            // The server learns only a SCRAM verifier computed here, so the passwords never reach its log.
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.alterUserPassword(
                    EmbeddedDatabase.SUPERUSER, secrets.superuserPassword().toCharArray(), "scram-sha-256");
            statement.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%s') then
                            create role %1$s login;
                        end if;
                    end $$""".formatted(EmbeddedDatabase.APP_ROLE));
            statement.execute("alter role " + EmbeddedDatabase.APP_ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            pg.alterUserPassword(
                    EmbeddedDatabase.APP_ROLE, secrets.appPassword().toCharArray(), "scram-sha-256");
            statement.execute("alter database " + EmbeddedDatabase.DATABASE + " owner to " + EmbeddedDatabase.APP_ROLE);
            statement.execute("alter schema public owner to " + EmbeddedDatabase.APP_ROLE);
            statement.execute(REASSIGN_APP_OBJECTS);
            if (!hbaInForce(dataDir)) {
                writeHba(dataDir, HBA);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not set the embedded PostgreSQL's passwords and roles: " + e.getMessage(), e);
        }
    }

    /**
     * What an earlier version created as the superuser in the app's schema: tables (with their indexes, identity
     * sequences and triggers, which follow the table), free-standing sequences, views, functions and types.
     * Objects of extensions stay with the extension (pg_trgm's functions are used, not owned, by the app).
     * {@code REASSIGN OWNED} cannot do this: it refuses objects of the bootstrap superuser.
     */
    private static final String REASSIGN_APP_OBJECTS =
            """
            do $$
            declare
                object record;
            begin
                for object in
                    select case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                               when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end
                           as kind, c.oid::regclass::text as name
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner = '%1$s'::regrole
                      and c.relkind in ('r', 'p', 'S', 'v', 'm', 'f')
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
                    union all
                    select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
                           p.oid::regprocedure::text
                    from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner = '%1$s'::regrole
                      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                    union all
                    select case t.typtype when 'd' then 'domain' else 'type' end, t.oid::regtype::text
                    from pg_type t
                    where t.typnamespace = 'public'::regnamespace and t.typowner = '%1$s'::regrole
                      and (t.typtype in ('d', 'e', 'r')
                           or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
                      and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype in ('i', 'e'))
                loop
                    execute format('alter %%s %%s owner to %2$s', object.kind, object.name);
                end loop;
            end $$""".formatted(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.APP_ROLE);
}
