-- A display link may end on its own: from expires_at on it opens nothing, exactly as if revoked. The app sets it to
-- midnight (Bandung time) after the last day the administrator chose; null keeps the link until it is revoked.
alter table display_link add column expires_at timestamptz,
    add constraint display_link_expires_after_creation check (expires_at > created_at);
