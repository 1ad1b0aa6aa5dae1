-- The annual report (2021 format): what the portal does not hold records of is entered per year and
-- department, marked as entered; review and litigation cases are a register linked to their applications.

-- Table 二's figures from other systems, per year and department, entered by its staff: 行政许可 / 行政处罚 /
-- 行政强制 decisions and 行政事业性收费 (万元); null where nothing was entered.
CREATE TABLE report_register (
    year             integer        NOT NULL,
    department_code  varchar(64)    NOT NULL REFERENCES department (code),
    licensing        integer        CHECK (licensing >= 0),
    punishment       integer        CHECK (punishment >= 0),
    coercion         integer        CHECK (coercion >= 0),
    fees             numeric(14, 2) CHECK (fees >= 0),
    entered_by       varchar(100)   NOT NULL,
    entered_at       timestamptz    NOT NULL,
    lock_version     bigint         NOT NULL DEFAULT 0,
    PRIMARY KEY (year, department_code)
);

-- Table 四: administrative reviews and lawsuits about disclosure decisions.
CREATE TABLE review_case (
    id               uuid          PRIMARY KEY,
    department_code  varchar(64)   NOT NULL REFERENCES department (code),
    request_id       uuid          REFERENCES information_request (id),
    kind             varchar(30)   NOT NULL CHECK (kind IN ('REVIEW', 'LAWSUIT_DIRECT', 'LAWSUIT_AFTER_REVIEW')),
    filed_on         date          NOT NULL,
    result           varchar(20)   NOT NULL CHECK (result IN ('PENDING', 'UPHELD', 'CORRECTED', 'OTHER')),
    decided_on       date,
    note             varchar(2000),
    created_by       varchar(100)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    lock_version     bigint        NOT NULL DEFAULT 0,
    CHECK ((result = 'PENDING') = (decided_on IS NULL))
);
CREATE INDEX review_case_department_idx ON review_case (department_code, filed_on);
