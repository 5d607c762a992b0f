-- Quick text search (ILIKE '%...%') and the sortable columns of the record lists, at sample volume
-- (10,000 partners, 100,000 agreements, 1,000,000 adoptions). Text search is case-insensitive: lower(x) LIKE ...
create extension if not exists pg_trgm;

create index partner_name_trgm_idx on partner using gin (lower(name) gin_trgm_ops);
create index partner_name_idx on partner (name, id);

create index agreement_title_trgm_idx on agreement using gin (lower(title) gin_trgm_ops);
create index agreement_title_idx on agreement (title, id);
create index agreement_bandung_number_trgm_idx on agreement using gin (lower(bandung_number) gin_trgm_ops);
create index agreement_partner_number_trgm_idx on agreement using gin (lower(partner_number) gin_trgm_ops);
create index agreement_start_on_idx on agreement (start_on, id);
-- The list's default order: most recently signed first, drafts last.
create index agreement_signed_recent_idx on agreement (signed_on desc nulls last, id);
-- Covers the status rule and the per-year counts of the dashboard (index-only scans).
create index agreement_status_dates_idx on agreement (signed_on, end_on, terminated_on, category);

create index software_name_trgm_idx on software using gin (lower(name) gin_trgm_ops);

create index adoption_partner_status_idx on adoption (partner_id, status);
create index adoption_since_idx on adoption (since, id);
create index adoption_status_id_idx on adoption (status, id);

create index audit_event_type_occurred_idx on audit_event (record_type, occurred_at desc);
