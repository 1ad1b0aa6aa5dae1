-- The office's further steps on a case (Regulation Arts. 32–34, 42): consultation, the extension that a
-- second person approves, transfer, fee notices; the reply's documents; and the mails a case sends.

ALTER TABLE information_request
    -- one extension per case (Art. 33): asked for by the handler, approved by the office's head
    ADD COLUMN extension_days          integer,
    ADD COLUMN extension_reason        varchar(2000),
    ADD COLUMN extension_requested_by  varchar(100),
    -- a fee notice (Art. 42): the amount in yuan and the day it must be paid by; the clock stands meanwhile
    ADD COLUMN fee_amount              numeric(10, 2),
    ADD COLUMN fee_due                 date,
    -- published records the reply points to (予以公开), by 索引号
    ADD COLUMN disclosed_index_numbers varchar(2000);

-- The reply's documents (告知书 attachments, the information itself), for the applicant to download.
CREATE TABLE request_document (
    request_id    uuid         NOT NULL REFERENCES information_request (id),
    position      integer      NOT NULL,
    file_name     varchar(255) NOT NULL,
    media_type    varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        varchar(64)  NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL,
    uploaded_by   varchar(100) NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Mails are written in the same transaction as the step that causes them and sent afterwards by a job:
-- a step that committed always gets its mail, and a reminder row's key means it is never sent twice.
-- The addresses are not copied here; they are read from the case (or the department) when the mail is sent.
CREATE TABLE outbound_mail (
    id            bigserial    PRIMARY KEY,
    request_id    uuid         NOT NULL REFERENCES information_request (id),
    kind          varchar(40)  NOT NULL,
    dedup_key     varchar(100) NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL,
    sent_at       timestamptz,
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    varchar(500)
);
CREATE INDEX outbound_mail_unsent_idx ON outbound_mail (id) WHERE sent_at IS NULL;

-- A keyed hash of the applicant's ID (HMAC with the personal-data key): counts one applicant's requests in
-- a month for Art. 42's volume rule, and repeated requests (Art. 44), without decrypting any ID number.
ALTER TABLE information_request ADD COLUMN applicant_key varchar(64);
CREATE INDEX information_request_applicant_key_idx ON information_request (applicant_key, received_on);
CREATE INDEX information_request_year_idx ON information_request (received_on, department_code);
