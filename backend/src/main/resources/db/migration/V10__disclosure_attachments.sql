-- Files of disclosure records (PDF, OFD, images, office documents), kept in the database by default so
-- that API replicas share no disk; see disclosure/attachment/AttachmentStore for an object store.
CREATE TABLE disclosure_attachment (
    id          uuid         PRIMARY KEY,
    record_id   uuid         NOT NULL REFERENCES disclosure_record (id),
    file_name   varchar(200) NOT NULL,
    media_type  varchar(120) NOT NULL,
    size        bigint       NOT NULL,
    sha256      varchar(64)  NOT NULL,
    content     bytea        NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL
);
CREATE INDEX disclosure_attachment_record_idx ON disclosure_attachment (record_id);
