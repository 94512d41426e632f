-- Why this is safe: creates a new table and its guard triggers; nothing existing is touched.
-- The audit trail is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, and every entry
-- carries the SHA-256 of its predecessor, so an edit made around the trigger is still detected.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    actor           text        not null,
    organisation_id uuid,
    action          text        not null,
    entity_type     text        not null,
    entity_id       text,
    summary         text        not null,
    previous_hash   char(64)    not null,
    hash            char(64)    not null
);
create index audit_event_occurred_idx on audit_event (occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_organisation_idx on audit_event (organisation_id);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
