-- Sign-in no longer locks an account (an anonymous visitor could keep any administrator out for ever with five
-- requests every five minutes). Failed sign-ins slow further tries instead: a row per typed username and per client
-- address counts recent failures, incremented atomically by an upsert. Keys are not account references: an unknown
-- name is throttled exactly like a real one, so the throttle tells nobody which accounts exist.
create table sign_in_throttle (
    throttle_key    varchar(200) primary key,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);

alter table user_account drop column failed_sign_ins;
alter table user_account drop column locked_until;

-- Raised whenever an account's sessions must end (disabled, password reset, role changed): every node compares it
-- with the value its open sessions signed in with and ends those that differ.
alter table user_account add column session_epoch integer not null default 0 check (session_epoch >= 0);
