-- Why this is safe: creates new tables, one sequence and indexes only; no existing data is read or
-- changed. pg_trgm is a trusted extension (PostgreSQL >= 13; in the embedded binaries), created only
-- if missing. Organisation ids are not foreign keys to the identity module's table: modules own
-- their tables, and this module checks organisations through the identity facade.

create extension if not exists pg_trgm;

-- Facility keys are allocated by import workers while they match a list (before the facility rows
-- exist); the facility rows are created in the list's final transaction.
create sequence facility_key_seq;

-- The facility registry. facility_id is the stable public, check-summed id (FacilityId); id is the
-- internal key the matcher and the links use.
create table facility (
    id                bigint primary key default nextval('facility_key_seq'),
    facility_id       text        not null unique check (facility_id ~ '^[A-Z]{2}[0-9A-HJKMNP-TV-Z]{8}[0-9A-Z]$'),
    name              text        not null check (length(name) between 1 and 2000),
    address           text        not null check (length(address) between 1 and 4000),
    country           text        not null check (country ~ '^[A-Z]{2}$'),
    lat               double precision check (lat between -90 and 90),
    lng               double precision check (lng between -180 and 180),
    sector            text,
    product_type      text,
    facility_type     text,
    processing_type   text,
    number_of_workers text,
    parent_company    text,
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED')),
    -- the facility this one was merged into (which may itself have been merged since)
    merged_into       bigint references facility (id),
    created_at        timestamptz not null,
    -- the list (and so the organisation) whose row created it: secretariat-only knowledge
    created_list_id   uuid,
    check ((status = 'MERGED') = (merged_into is not null)),
    check (merged_into is null or merged_into <> id)
);
alter sequence facility_key_seq owned by facility.id;
-- registry search by name; inserts go to a large pending list (merged by autovacuum), so that a list
-- creating tens of thousands of facilities does not wait for the index
create index facility_name_search_idx on facility using gin (lower(name) gin_trgm_ops)
    with (fastupdate = on, gin_pending_list_limit = 65536);
create index facility_country_idx on facility (country);
create index facility_merged_into_idx on facility (merged_into) where merged_into is not null;
create index facility_created_list_idx on facility (created_list_id) where created_list_id is not null;

-- An uploaded location list and its import job. The original file is kept as it was uploaded.
create table location_list (
    id              uuid primary key,
    organisation_id uuid        not null,
    uploaded_by     text        not null,
    file_name       text        not null check (length(file_name) between 1 and 500),
    content_type    text,
    size_bytes      bigint      not null check (size_bytes >= 0),
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea       not null,
    format          text,
    encoding        text,
    -- the header cells as written, in file order (the row's raw values are keyed by these)
    headers         jsonb       not null default '[]',
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_total      int,
    rows_done       int         not null default 0,
    error_code      text,
    error_message   text,
    attempts        int         not null default 0,
    -- the worker that runs the job (instance and run), and when it last said it is alive
    worker          text,
    heartbeat_at    timestamptz,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    -- when the list was committed (DONE); an organisation's current list is its latest committed one
    committed_at    timestamptz,
    check ((status = 'DONE') = (committed_at is not null))
);
create index location_list_organisation_idx on location_list (organisation_id, created_at desc);
create index location_list_queue_idx on location_list (created_at) where status = 'QUEUED';
create index location_list_running_idx on location_list (heartbeat_at) where status = 'RUNNING';

-- Every move of an import job between states.
create table location_list_transition (
    id          bigint generated always as identity primary key,
    list_id     uuid        not null references location_list (id),
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    reason      text,
    changed_at  timestamptz not null
);
create index location_list_transition_list_idx on location_list_transition (list_id);

-- One row of a list: the raw cells by original header, the parsed fields, and its outcome.
-- facility_key has no foreign key on purpose: the worker writes rows (in batches, while matching)
-- before the list's final transaction creates the NEW facilities they point to; that transaction
-- checks that every key exists before the list becomes DONE.
create table location_list_row (
    id                bigint generated always as identity primary key,
    list_id           uuid        not null references location_list (id),
    row_number        int         not null,
    -- json, not jsonb: kept as written and never queried into; cheaper to write for 200,000 rows
    raw               json        not null,
    name              text,
    address           text,
    country           text,
    country_code      text,
    sector            text,
    product_type      text,
    facility_type     text,
    processing_type   text,
    number_of_workers text,
    parent_company    text,
    lat               double precision,
    lng               double precision,
    tier              smallint,
    fingerprint       text,
    outcome           text        not null check (outcome in ('MATCHED', 'NEW', 'REVIEW', 'REJECTED')),
    facility_key      bigint,
    -- this row's values create the facility (the first row of a list that names a new facility)
    creates_facility  boolean     not null default false,
    score             real,
    messages          jsonb       not null default '[]',
    -- ranked candidates [{"key", "score", "reasons"}] for the review screen
    candidates        json,
    decided_by        text,
    decided_at        timestamptz,
    unique (list_id, row_number)
);
create index location_list_row_facility_idx on location_list_row (facility_key);
create index location_list_row_review_idx on location_list_row (list_id, row_number) where outcome = 'REVIEW';

-- The organisation's current list: its latest committed one. Committing a list replaces one row here.
create table organisation_current_list (
    organisation_id uuid        primary key,
    list_id         uuid        not null unique references location_list (id),
    since           timestamptz not null
);

-- The organisation's current production locations: the linked rows of its current list (REVIEW rows
-- join once decided), one per facility, the lowest tier first. A view, so that a list becomes
-- current, a review decision takes effect and a merge or split moves a location without copying rows.
create view organisation_facility as
select distinct on (c.organisation_id, r.facility_key)
       c.organisation_id, r.facility_key, r.list_id, r.id as row_id, r.tier
from organisation_current_list c
join location_list_row r on r.list_id = c.list_id
where r.facility_key is not null and r.outcome in ('MATCHED', 'NEW')
order by c.organisation_id, r.facility_key, r.tier nulls last, r.row_number;

-- A person's confirmed match for a location an organisation describes in a certain way: the next
-- list with the same fingerprint is linked without asking again.
create table match_decision (
    organisation_id uuid        not null,
    fingerprint     text        not null,
    facility_key    bigint      not null references facility (id),
    decided_by      text        not null,
    decided_at      timestamptz not null,
    list_id         uuid        references location_list (id),
    row_number      int,
    primary key (organisation_id, fingerprint)
);

-- Who said which value of a facility's attributes, in which list, when: every linked row of a
-- committed list states the facility's attributes; the row that created the facility is its origin.
-- A view over the rows, so that provenance moves with a location when facilities merge or split.
create view facility_provenance as
select r.facility_key, v.attribute, v.value, l.organisation_id, r.list_id, r.id as row_id, r.row_number,
       coalesce(r.decided_at, l.committed_at) as stated_at, r.creates_facility as origin
from location_list_row r
join location_list l on l.id = r.list_id and l.status = 'DONE'
cross join lateral (values ('name', r.name), ('address', r.address), ('country', r.country_code),
                           ('lat', r.lat::text), ('lng', r.lng::text), ('sector', r.sector),
                           ('product_type', r.product_type), ('facility_type', r.facility_type),
                           ('processing_type', r.processing_type), ('number_of_workers', r.number_of_workers),
                           ('parent_company', r.parent_company)) as v (attribute, value)
where r.facility_key is not null and r.outcome in ('MATCHED', 'NEW') and v.value is not null and v.value <> '';

-- Merges, their undoing, and separations of a location into a new facility, with the rows that moved.
create table facility_change (
    id               bigint generated always as identity primary key,
    kind             text        not null check (kind in ('MERGE', 'UNMERGE', 'SEPARATE')),
    -- MERGE/UNMERGE: the survivor; SEPARATE: the facility the location was taken from
    facility_key     bigint      not null references facility (id),
    -- MERGE/UNMERGE: the absorbed facility; SEPARATE: the new facility
    other_key        bigint      not null references facility (id),
    actor            text        not null,
    reason           text        not null check (length(reason) between 1 and 2000),
    changed_at       timestamptz not null,
    moved_rows       bigint[]    not null default '{}',
    -- MERGE: the UNMERGE that undid it; UNMERGE: the MERGE it undid
    undo_of          bigint      references facility_change (id),
    undone_by        bigint      references facility_change (id)
);
create index facility_change_facility_idx on facility_change (facility_key);
create index facility_change_other_idx on facility_change (other_key);

-- An absorbed facility's id, resolving to the facility it was merged into.
create table facility_alias (
    alias_id     text        primary key,
    facility_key bigint      not null references facility (id),
    merge_id     bigint      not null references facility_change (id),
    created_at   timestamptz not null
);
create index facility_alias_facility_idx on facility_alias (facility_key);
