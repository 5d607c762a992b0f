-- The audit log is append-only: the app may add events and read them, never change or remove one.
--
-- 1. Privileges. The role that runs the migrations is the role that runs the app and owns the table (the embedded
--    database's "kerjasama", and a server set up as the README says). PostgreSQL lets an owner revoke its own
--    ordinary privileges; they stay revoked until the owner deliberately grants them back, so the app's own
--    statements, a bug or an injected one, cannot rewrite history. Nobody else ever had them (PUBLIC is revoked
--    for completeness).
revoke update, delete, truncate on audit_event from public;
revoke update, delete, truncate on audit_event from current_user;

-- 2. A trigger, for the roles that privileges do not bind: a superuser (such as the POSTGRES_USER of a stock
--    postgres image) and an owner who granted itself the privileges again. Removing an event then takes a
--    deliberate "alter table audit_event disable trigger audit_event_append_only" first. Statement-level, so that
--    TRUNCATE is caught too and a refused UPDATE or DELETE costs nothing per row.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_refuse_change();
