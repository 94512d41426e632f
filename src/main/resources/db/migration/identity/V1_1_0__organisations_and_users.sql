-- Why this is safe: creates new tables only; no existing data is read or changed.
-- Organisations are the tenants of the platform: every confidential record belongs to one.
create table organisation (
    id         uuid primary key,
    name       text        not null check (length(name) between 1 and 200),
    type       text        not null check (type in ('COMPANY', 'TRADE_UNION', 'NGO', 'EMPLOYER_ORGANISATION',
                                                     'GOVERNMENT', 'SECRETARIAT', 'COMPLAINTS_COMMITTEE', 'OTHER')),
    country    char(2),
    website    text,
    active     boolean     not null default true,
    created_at timestamptz not null
);
create unique index organisation_name_uq on organisation (lower(name));

create table user_account (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    username         text        not null check (length(username) between 3 and 200),
    display_name     text        not null check (length(display_name) between 1 and 200),
    password_hash    text        not null,
    roles            text[]      not null,
    enabled          boolean     not null default true,
    created_at       timestamptz not null
);
create unique index user_account_username_uq on user_account (lower(username));
create index user_account_organisation_idx on user_account (organisation_id);

-- API bearer tokens: only a SHA-256 of the token is stored, so a database dump cannot be replayed.
create table api_token (
    token_hash text primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);
create index api_token_user_idx on api_token (user_id);

-- Throttling of failed logins, per username and per client address; kept in the database so
-- that it holds across application instances.
create table login_throttle (
    throttle_key  text primary key,
    failures      int         not null,
    window_start  timestamptz not null,
    locked_until  timestamptz
);

-- One-time token that lets the first secretariat administrator of a fresh installation be created.
create table setup_token (
    id         int primary key check (id = 1),
    token_hash text        not null,
    created_at timestamptz not null
);
