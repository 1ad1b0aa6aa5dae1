-- 机构名录: the city's departments. Codes are stable identifiers used in URLs, tokens and records.
CREATE TABLE department (
    code                varchar(64) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name                varchar(200) NOT NULL UNIQUE,
    kind                varchar(40)  NOT NULL CHECK (kind IN ('GOVERNMENT_OFFICE', 'DEPARTMENT', 'PUBLIC_INSTITUTION')),
    credit_code         varchar(18),
    address             varchar(300),
    phone               varchar(60),
    email               varchar(200),
    office_hours        varchar(300),
    website             varchar(300),
    disclosure_address  varchar(300),
    disclosure_phone    varchar(60),
    disclosure_email    varchar(200),
    demo_contacts       boolean      NOT NULL DEFAULT false,
    sort_order          integer      NOT NULL DEFAULT 0,
    lock_version        bigint       NOT NULL DEFAULT 0,
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
