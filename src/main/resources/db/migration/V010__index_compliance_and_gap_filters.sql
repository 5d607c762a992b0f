-- The list's warning and missing-data filters (agreement/ComplianceCheck, AgreementGap) that select few of many
-- agreements: partial indexes in the list's default order (latest signed first, drafts last), so a page is read off
-- the index and its count off the index alone, instead of walking every signed agreement to find fifty. Each index's
-- condition is the filter's own SQL, which is how PostgreSQL knows it may use it.
create index agreement_term_over_5y_idx on agreement (signed_on desc nulls last, id)
    where end_on > cast(coalesce(start_on, signed_on) + interval '5 years' as date);
create index agreement_without_number_idx on agreement (signed_on desc nulls last, id)
    where bandung_number is null;
create index agreement_without_kind_idx on agreement (signed_on desc nulls last, id)
    where document_kind is null;
create index agreement_pks_without_parent_idx on agreement (signed_on desc nulls last, id)
    where document_kind = 'PERJANJIAN_KERJA_SAMA' and parent_id is null;

-- The dashboard's agreement figures (status, category, signed per year, in force) read these columns of every
-- agreement: from this index alone (an index-only scan, a fraction of the table) rather than every whole row.
create index agreement_figures_idx on agreement (signed_on, category)
    include (obligation, end_on, terminated_on, stage, document_kind);
