-- The disclosure catalogue (政府信息公开目录): records with their metadata, drafts under review, and
-- immutable published versions. The record row carries the listing columns of its current version,
-- so lists, filters and search read one narrow row; the full content of each version is in
-- disclosure_version.

-- 索引号 sequences: one per department and year. A number is taken by an upsert that locks the row, so
-- concurrent creations in one department and year wait for each other and never get the same number.
CREATE TABLE disclosure_index_sequence (
    department_code  varchar(64) NOT NULL REFERENCES department (code),
    year             integer     NOT NULL,
    last_value       integer     NOT NULL,
    PRIMARY KEY (department_code, year)
);

CREATE TABLE disclosure_record (
    id                 uuid         PRIMARY KEY,
    index_number       varchar(100) NOT NULL UNIQUE,
    department_code    varchar(64)  NOT NULL REFERENCES department (code),
    kind               varchar(30)  NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('UNPUBLISHED', 'PUBLISHED', 'WITHDRAWN')),
    -- the unpublished changes, their review state and the start of their Art. 26 clock
    draft              jsonb,
    draft_state        varchar(20)  CHECK (draft_state IN ('EDITING', 'IN_REVIEW')),
    draft_since        timestamptz,
    draft_updated_at   timestamptz,
    draft_updated_by   varchar(100),
    submitted_at       timestamptz,
    submitted_by       varchar(100),
    change_note        varchar(500),
    review_note        varchar(500),
    current_version    integer,
    -- listing columns: of the current version, or of the draft before the first publication
    title              varchar(300) NOT NULL,
    document_number    varchar(100),
    written_on         date,
    published_on       date,
    published_at       timestamptz,
    disclosure_mode    varchar(20)  NOT NULL,
    category           varchar(20),
    validity           varchar(20)  NOT NULL,
    sub_items          varchar(64)[] NOT NULL DEFAULT '{}',
    domains            varchar(64)[] NOT NULL DEFAULT '{}',
    interprets         uuid         REFERENCES disclosure_record (id),
    superseded_by      uuid         REFERENCES disclosure_record (id),
    search_title_tokens text        NOT NULL DEFAULT '',
    search_tokens      text         NOT NULL DEFAULT '',
    search_vector      tsvector GENERATED ALWAYS AS (
                           setweight(to_tsvector('simple', search_title_tokens), 'A')
                           || setweight(to_tsvector('simple', search_tokens), 'D')) STORED,
    demo               boolean      NOT NULL DEFAULT false,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    lock_version       bigint       NOT NULL DEFAULT 0
);
-- the public catalogue: published, proactive records of a department, newest first
CREATE INDEX disclosure_record_public_idx ON disclosure_record (department_code, published_on DESC)
    WHERE status = 'PUBLISHED' AND disclosure_mode = 'PROACTIVE';
CREATE INDEX disclosure_record_published_idx ON disclosure_record (published_on DESC, id)
    WHERE status = 'PUBLISHED' AND disclosure_mode = 'PROACTIVE';
CREATE INDEX disclosure_record_sub_items_idx ON disclosure_record USING gin (sub_items);
CREATE INDEX disclosure_record_domains_idx ON disclosure_record USING gin (domains);
CREATE INDEX disclosure_record_search_idx ON disclosure_record USING gin (search_vector);
CREATE INDEX disclosure_record_interprets_idx ON disclosure_record (interprets);
CREATE INDEX disclosure_record_draft_idx ON disclosure_record (draft_since) WHERE draft IS NOT NULL;
CREATE INDEX disclosure_record_staff_idx ON disclosure_record (department_code, updated_at DESC);

CREATE TABLE disclosure_version (
    record_id     uuid         NOT NULL REFERENCES disclosure_record (id),
    version       integer      NOT NULL,
    state         varchar(20)  NOT NULL CHECK (state IN ('PUBLISHED', 'SUPERSEDED')),
    content       jsonb        NOT NULL,
    change_note   varchar(500) NOT NULL,
    published_at  timestamptz  NOT NULL,
    published_by  varchar(100) NOT NULL,
    approved_by   varchar(100),
    PRIMARY KEY (record_id, version)
);
