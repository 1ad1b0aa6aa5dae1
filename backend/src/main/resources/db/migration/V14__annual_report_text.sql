-- The annual report's narrative parts (一 总体情况, 五 问题及改进, 六 其他) that staff write per year and
-- department (null: the city's, written by the city office), and the disclosure record the assembled
-- report is published as once it has been through the confidentiality review like any other record.
CREATE TABLE report_text (
    id               uuid          PRIMARY KEY,
    year             integer       NOT NULL CHECK (year BETWEEN 2008 AND 2100),
    department_code  varchar(64)   REFERENCES department (code),
    overview         text,
    problems         text,
    other            text,
    record_id        uuid          UNIQUE REFERENCES disclosure_record (id),
    updated_by       varchar(100)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    lock_version     bigint        NOT NULL DEFAULT 0
);
-- one text per year and department, and one for the city
CREATE UNIQUE INDEX report_text_scope_idx ON report_text (year, coalesce(department_code, ''));
