-- 主题分类: themes and life events for residents (PERSON) and for companies (LEGAL_ENTITY).
CREATE TABLE theme (
    code        varchar(64) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    audience    varchar(20)  NOT NULL CHECK (audience IN ('PERSON', 'LEGAL_ENTITY')),
    name        varchar(100) NOT NULL,
    name_en     varchar(100) NOT NULL,
    sort_order  integer      NOT NULL DEFAULT 0
);

-- 政务服务事项: one row per item. The guide itself lives in versions (published, immutable) and in
-- the editable draft; the columns after "summary" copy the current published version (or the draft
-- of an item never published) so that lists, filters and search read one narrow row.
CREATE TABLE service_item (
    id                   uuid PRIMARY KEY,
    implementation_code  varchar(64)  NOT NULL UNIQUE,
    basic_code           varchar(32)  NOT NULL,
    department_code      varchar(64)  NOT NULL REFERENCES department (code),
    status               varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'CANCELLED')),
    current_version      integer,
    draft                jsonb,
    draft_updated_at     timestamptz,
    draft_updated_by     varchar(100),
    scheduled_status     varchar(20)  CHECK (scheduled_status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
    scheduled_on         date,
    scheduled_note       varchar(500),
    -- summary
    name                 varchar(200) NOT NULL,
    item_type            varchar(40)  NOT NULL,
    audience             varchar(20)  NOT NULL,
    online_depth         varchar(4),
    visits               integer,
    promised_days        integer,
    themes               varchar(64)[] NOT NULL DEFAULT '{}',
    published_at         timestamptz,
    -- search: the guide's text, and its terms as computed by the application (character bigrams of
    -- normalised text, see SearchText); name terms weigh more in the ranking.
    search_text          text         NOT NULL DEFAULT '',
    search_name_tokens   text         NOT NULL DEFAULT '',
    search_tokens        text         NOT NULL DEFAULT '',
    search_vector        tsvector GENERATED ALWAYS AS (
                             setweight(to_tsvector('simple', search_name_tokens), 'A')
                             || setweight(to_tsvector('simple', search_tokens), 'D')) STORED,
    demo                 boolean      NOT NULL DEFAULT false,
    lock_version         bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    CHECK ((scheduled_status IS NULL) = (scheduled_on IS NULL)),
    CHECK ((status = 'DRAFT') = (current_version IS NULL))
);
CREATE INDEX service_item_department_idx ON service_item (department_code, name);
CREATE INDEX service_item_public_name_idx ON service_item (name) WHERE status IN ('ACTIVE', 'SUSPENDED');
CREATE INDEX service_item_published_idx ON service_item (published_at DESC) WHERE status IN ('ACTIVE', 'SUSPENDED');
CREATE INDEX service_item_themes_idx ON service_item USING gin (themes);
CREATE INDEX service_item_search_idx ON service_item USING gin (search_vector);
CREATE INDEX service_item_schedule_idx ON service_item (scheduled_on) WHERE scheduled_on IS NOT NULL;

-- 动态调整: every published change is an immutable version; the previous one becomes SUPERSEDED.
CREATE TABLE service_item_version (
    item_id          uuid         NOT NULL REFERENCES service_item (id),
    version          integer      NOT NULL CHECK (version > 0),
    state            varchar(20)  NOT NULL CHECK (state IN ('PUBLISHED', 'SUPERSEDED')),
    status           varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
    guide            jsonb        NOT NULL,
    change_note      varchar(1000) NOT NULL,
    changed_sections varchar(64)[] NOT NULL DEFAULT '{}',
    published_at     timestamptz  NOT NULL,
    published_by     varchar(100) NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE UNIQUE INDEX service_item_version_one_published ON service_item_version (item_id) WHERE state = 'PUBLISHED';

-- Who did what, when: every write of the API leaves one row.
CREATE TABLE audit_entry (
    id               bigserial    PRIMARY KEY,
    at               timestamptz  NOT NULL,
    actor            varchar(100) NOT NULL,
    actor_department varchar(64),
    action           varchar(60)  NOT NULL,
    entity_type      varchar(40)  NOT NULL,
    entity_id        varchar(100) NOT NULL,
    department_code  varchar(64),
    detail           jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, at DESC);
CREATE INDEX audit_entry_department_idx ON audit_entry (department_code, at DESC);
