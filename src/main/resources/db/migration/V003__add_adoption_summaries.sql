-- Adoption counts kept by the database itself, per software and per partner and status. A million adoptions are
-- too many to count on every screen; these small tables give the same figures at once. Statement-level triggers
-- keep them exact inside the changing transaction, so a rolled-back change leaves them as they were.

create table adoption_count_by_software (
    software_id bigint      not null references software (id) on delete cascade,
    status      varchar(16) not null,
    adoptions   bigint      not null check (adoptions >= 0),
    primary key (software_id, status)
);

create table adoption_count_by_partner (
    partner_id bigint      not null references partner (id) on delete cascade,
    status     varchar(16) not null,
    adoptions  bigint      not null check (adoptions >= 0),
    primary key (partner_id, status)
);

create function adoption_counts_after_insert() returns trigger language plpgsql as $$
begin
    insert into adoption_count_by_software (software_id, status, adoptions)
    select software_id, status, count(*) from new_rows group by software_id, status
    on conflict (software_id, status) do update set adoptions = adoption_count_by_software.adoptions + excluded.adoptions;
    insert into adoption_count_by_partner (partner_id, status, adoptions)
    select partner_id, status, count(*) from new_rows group by partner_id, status
    on conflict (partner_id, status) do update set adoptions = adoption_count_by_partner.adoptions + excluded.adoptions;
    return null;
end $$;

create function adoption_counts_after_delete() returns trigger language plpgsql as $$
begin
    update adoption_count_by_software c set adoptions = c.adoptions - d.n
    from (select software_id, status, count(*) as n from old_rows group by software_id, status) d
    where c.software_id = d.software_id and c.status = d.status;
    update adoption_count_by_partner c set adoptions = c.adoptions - d.n
    from (select partner_id, status, count(*) as n from old_rows group by partner_id, status) d
    where c.partner_id = d.partner_id and c.status = d.status;
    return null;
end $$;

create function adoption_counts_after_update() returns trigger language plpgsql as $$
begin
    update adoption_count_by_software c set adoptions = c.adoptions - d.n
    from (select software_id, status, count(*) as n from old_rows group by software_id, status) d
    where c.software_id = d.software_id and c.status = d.status;
    update adoption_count_by_partner c set adoptions = c.adoptions - d.n
    from (select partner_id, status, count(*) as n from old_rows group by partner_id, status) d
    where c.partner_id = d.partner_id and c.status = d.status;
    insert into adoption_count_by_software (software_id, status, adoptions)
    select software_id, status, count(*) from new_rows group by software_id, status
    on conflict (software_id, status) do update set adoptions = adoption_count_by_software.adoptions + excluded.adoptions;
    insert into adoption_count_by_partner (partner_id, status, adoptions)
    select partner_id, status, count(*) from new_rows group by partner_id, status
    on conflict (partner_id, status) do update set adoptions = adoption_count_by_partner.adoptions + excluded.adoptions;
    return null;
end $$;

-- Counts of the adoptions that exist already.
insert into adoption_count_by_software (software_id, status, adoptions)
select software_id, status, count(*) from adoption group by software_id, status;
insert into adoption_count_by_partner (partner_id, status, adoptions)
select partner_id, status, count(*) from adoption group by partner_id, status;

create trigger adoption_counts_insert after insert on adoption
    referencing new table as new_rows for each statement execute function adoption_counts_after_insert();
create trigger adoption_counts_delete after delete on adoption
    referencing old table as old_rows for each statement execute function adoption_counts_after_delete();
create trigger adoption_counts_update after update on adoption
    referencing old table as old_rows new table as new_rows for each statement
    execute function adoption_counts_after_update();

-- Sorting the lists by the remaining columns at sample volume.
create index agreement_category_sort_idx on agreement (category, obligation, id);
-- The dashboard's partners per category: distinct (category, partner) pairs from the index alone.
create index agreement_partner_category_idx on agreement (category, partner_id, signed_on);
create index agreement_updated_idx on agreement (updated_at, id);
create index agreement_terminated_idx on agreement (terminated_on, id) where terminated_on is not null;
create index software_name_idx on software (name, id);
create index adoption_software_id_idx on adoption (software_id, id);
create index adoption_updated_idx on adoption (updated_at, id);
create index partner_updated_idx on partner (updated_at, id);
