-- Why this is safe: creates new tables only; no existing data is read or changed. The NACE codes
-- are loaded by the Java migration 1.3.1 (NaceCodeMigration), which upserts and can run again.
-- Organisation ids are not foreign keys to the identity module's table: modules own their tables,
-- and the covenant module checks every organisation id through the Organisations facade.

-- NACE Rev. 2 (Eurostat), the classification a covenant's sector is named in.
create table nace_code (
    code        text primary key check (code ~ '^[A-Z]$|^[0-9]{2}(\.[0-9]{1,2})?$'),
    level       smallint not null check (level between 1 and 4),
    parent_code text,
    description text     not null,
    isic_rev4   text
);
create index nace_code_parent_idx on nace_code (parent_code);

create table covenant (
    id            uuid primary key,
    name          text        not null check (length(name) between 1 and 200),
    sector        text        not null check (length(sector) between 1 and 200),
    description   text        check (length(description) <= 4000),
    goals         text        check (length(goals) <= 4000),
    term_start    date        not null,
    term_end      date        not null,
    status        text        not null check (status in ('DRAFT', 'ACTIVE', 'ENDED')),
    public_listed boolean     not null default false,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (term_end > term_start)
);
create unique index covenant_name_uq on covenant (lower(name));

create table covenant_nace_code (
    covenant_id uuid not null references covenant (id) on delete cascade,
    nace_code   text not null references nace_code (code),
    position    int  not null,
    primary key (covenant_id, nace_code)
);

-- Parties sign and commit; stakeholders are consulted and are not bound.
create table covenant_participant (
    id              uuid primary key,
    covenant_id     uuid        not null references covenant (id),
    organisation_id uuid        not null,
    role            text        not null check (role in ('PARTY', 'STAKEHOLDER')),
    constituency    text        not null check (constituency in ('BUSINESS', 'EMPLOYERS', 'TRADE_UNIONS',
                                                                 'CIVIL_SOCIETY', 'GOVERNMENT', 'OTHER')),
    joined_on       date,
    created_at      timestamptz not null,
    unique (covenant_id, organisation_id),
    unique (id, role)
);

create table covenant_theme (
    id          uuid primary key,
    covenant_id uuid    not null references covenant (id),
    code        text    not null check (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    -- null: a standard theme keeps its standard name, shown in the reader's language
    name        text    check (length(name) between 1 and 200),
    description text    check (length(description) <= 2000),
    position    int     not null,
    active      boolean not null default true,
    unique (covenant_id, code)
);

-- Only parties commit: the role is part of the key to the participant and must be PARTY, so the
-- database itself refuses a stakeholder's commitment (and a party with commitments cannot become
-- a stakeholder).
create table covenant_commitment (
    id               uuid primary key,
    covenant_id      uuid        not null references covenant (id),
    participant_id   uuid        not null,
    participant_role text        not null default 'PARTY' check (participant_role = 'PARTY'),
    theme_id         uuid        references covenant_theme (id),
    title            text        not null check (length(title) between 1 and 300),
    description      text        check (length(description) <= 4000),
    due_on           date,
    created_at       timestamptz not null,
    foreign key (participant_id, participant_role) references covenant_participant (id, role)
);
create index covenant_commitment_participant_idx on covenant_commitment (participant_id);

create table covenant_body (
    id          uuid primary key,
    covenant_id uuid        not null references covenant (id),
    type        text        not null check (type in ('STEERING_COMMITTEE', 'COMPLAINTS_COMMITTEE', 'SECRETARIAT',
                                                     'WORKING_GROUP')),
    name        text        not null check (length(name) between 1 and 200),
    mandate     text        check (length(mandate) <= 4000),
    created_at  timestamptz not null
);
create unique index covenant_body_single_uq on covenant_body (covenant_id, type) where type <> 'WORKING_GROUP';

create table covenant_body_member (
    id              uuid primary key,
    body_id         uuid        not null references covenant_body (id),
    person_name     text        not null check (length(person_name) between 1 and 200),
    organisation_id uuid,
    constituency    text        check (constituency in ('BUSINESS', 'EMPLOYERS', 'TRADE_UNIONS', 'CIVIL_SOCIETY',
                                                        'GOVERNMENT', 'OTHER')),
    seat            text        not null check (seat in ('CHAIR', 'MEMBER')),
    independent     boolean     not null,
    since           date,
    created_at      timestamptz not null,
    check (independent = (constituency is null))
);
create index covenant_body_member_body_idx on covenant_body_member (body_id);
create index covenant_body_member_org_idx on covenant_body_member (organisation_id);

-- A company has at most one open membership per covenant; after an exit it may apply again.
create table covenant_membership (
    id              uuid primary key,
    covenant_id     uuid        not null references covenant (id),
    organisation_id uuid        not null,
    state           text        not null check (state in ('APPLIED', 'ACTIVE', 'SUSPENDED', 'EXITED')),
    light_regime    boolean     not null default false,
    applied_on      date        not null,
    active_since    date,
    suspended_since date,
    exited_on       date,
    updated_at      timestamptz not null
);
create unique index covenant_membership_open_uq on covenant_membership (covenant_id, organisation_id)
    where state <> 'EXITED';
create index covenant_membership_org_idx on covenant_membership (organisation_id);
create index covenant_membership_state_idx on covenant_membership (state);

-- Every step of a membership; from_state is null for the application that created it. occurred_at
-- is when the step was recorded, effective_on the day it took effect (earlier when recorded later).
create table covenant_membership_history (
    id            bigint generated always as identity primary key,
    membership_id uuid        not null references covenant_membership (id),
    from_state    text        check (from_state in ('APPLIED', 'ACTIVE', 'SUSPENDED', 'EXITED')),
    to_state      text        not null check (to_state in ('APPLIED', 'ACTIVE', 'SUSPENDED', 'EXITED')),
    actor         text        not null,
    occurred_at   timestamptz not null,
    effective_on  date        not null,
    reason        text        check (length(reason) <= 2000)
);
create index covenant_membership_history_idx on covenant_membership_history (membership_id, id);
