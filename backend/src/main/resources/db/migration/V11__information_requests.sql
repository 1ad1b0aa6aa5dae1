-- On-request disclosure applications (依申请公开, Regulation 2019 Arts. 27–45). The applicant's identity
-- and contacts live only here, are shown only to the target department's staff and to admins, and the
-- ID number is stored encrypted (AES-GCM, key from configuration).

-- Tracking numbers: one sequence per year, taken by an upsert in the creating transaction.
CREATE TABLE request_sequence (
    year        integer PRIMARY KEY,
    last_value  integer NOT NULL
);

CREATE TABLE information_request (
    id                   uuid         PRIMARY KEY,
    tracking_number      varchar(20)  NOT NULL UNIQUE,
    department_code      varchar(64)  NOT NULL REFERENCES department (code),
    channel              varchar(20)  NOT NULL,
    applicant_user       varchar(100),
    applicant_type       varchar(20)  NOT NULL,
    organisation_kind    varchar(30),
    applicant_name       varchar(200) NOT NULL,
    id_type              varchar(30)  NOT NULL,
    id_number_encrypted  text         NOT NULL,
    phone                varchar(40),
    email                varchar(200),
    postal_address       varchar(300),
    title                varchar(300),
    document_number      varchar(100),
    description          varchar(5000) NOT NULL,
    form_wanted          varchar(20)  NOT NULL,
    delivery             varchar(20)  NOT NULL,
    state                varchar(30)  NOT NULL,
    received_on          date         NOT NULL,
    received_at          timestamptz  NOT NULL,
    -- the reply deadline as the clock counts it now (recounted after every step and every calendar change),
    -- kept here so that the inbox sorts by it; null while a correction is awaited
    reply_due            date,
    correction_due       date,
    handler              varchar(100),
    outcome              varchar(30),
    outcome_reason       varchar(40),
    reply_text           varchar(20000),
    replied_on           date,
    created_by           varchar(100) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    lock_version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX information_request_inbox_idx ON information_request (department_code, state, reply_due);
CREATE INDEX information_request_applicant_idx ON information_request (applicant_user, received_at DESC);

-- The timeline of a case: every step with who, when and its note; internal notes never reach the applicant.
CREATE TABLE request_event (
    id            bigserial    PRIMARY KEY,
    request_id    uuid         NOT NULL REFERENCES information_request (id),
    kind          varchar(40)  NOT NULL,
    on_date       date         NOT NULL,
    at            timestamptz  NOT NULL,
    actor         varchar(100) NOT NULL,
    internal      boolean      NOT NULL DEFAULT false,
    working_days  integer      NOT NULL DEFAULT 0,
    note          varchar(5000)
);
CREATE INDEX request_event_request_idx ON request_event (request_id, id);

-- A retried or double-clicked submission carries the same Idempotency-Key: it gets the first answer again.
CREATE TABLE idempotency_key (
    owner         varchar(100) NOT NULL,
    key           varchar(100) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    request_id    uuid         NOT NULL REFERENCES information_request (id),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (owner, key)
);
