-- One search over service items and published disclosure records (/api/v1/search). Each public
-- document has one narrow row here, written by triggers in the same transaction as the write to its
-- source row: a record published is found by the next request, a withdrawn one is gone from it, and
-- no application code path (workflow, import, lifecycle job, bulk load) can forget to index.
-- The terms are the ones the application computed for the source row (SearchText: character
-- bigrams of normalised text), so the query side normalises the same way.

-- The distinct Han characters of a title's bigram tokens (already normalised): single-character
-- queries look in titles only, since unigrams of every body would add half again to the index for
-- queries that match nearly everything.
CREATE FUNCTION search_title_characters(tokens text) RETURNS tsvector
    IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT setweight(to_tsvector('simple', coalesce(
        (SELECT string_agg(DISTINCT c, ' ') FROM regexp_split_to_table(
            regexp_replace(tokens, '[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]', '', 'g'), '') AS c WHERE c <> ''), '')), 'A')
$$;

CREATE TABLE search_document (
    id               uuid          PRIMARY KEY,
    -- SERVICE_ITEM, or the disclosure record's kind
    kind             varchar(30)   NOT NULL,
    title            varchar(300)  NOT NULL,
    -- 索引号 of a record, implementation code of a service item
    reference        varchar(100)  NOT NULL,
    document_number  varchar(100),
    department_code  varchar(64)   NOT NULL,
    domains          varchar(64)[] NOT NULL DEFAULT '{}',
    sub_items        varchar(64)[] NOT NULL DEFAULT '{}',
    category         varchar(20),
    validity         varchar(20)   NOT NULL,
    -- ranks before what is not in force (expired, repealed, suspended)
    in_force         boolean       NOT NULL,
    published_on     date          NOT NULL,
    year             smallint      NOT NULL,
    -- title terms and characters: "in the title" ranks first; small, so it stays in the row
    title_vector     tsvector      NOT NULL,
    -- title (A) and body (D) terms, plus the title's characters
    search_vector    tsvector      NOT NULL
);
-- ANALYZE's term statistics choose the query path (search/postgres/IndexStatistics): keep 10,000
-- common terms, so that any term it does not list is rarer than the exact-count limit
ALTER TABLE search_document ALTER COLUMN search_vector SET STATISTICS 1000;
ALTER TABLE search_document ALTER COLUMN title_vector SET STATISTICS 1000;
CREATE INDEX search_document_vector_idx ON search_document USING gin (search_vector) WITH (fastupdate = off);
CREATE INDEX search_document_title_idx ON search_document USING gin (title_vector) WITH (fastupdate = off);
-- top-k by date: a frequent term is answered by walking these newest first, never by ranking every match
CREATE INDEX search_document_recent_idx ON search_document (published_on DESC, id);
CREATE INDEX search_document_in_force_idx ON search_document (published_on DESC, id) WHERE in_force;
CREATE INDEX search_document_department_idx ON search_document (department_code, published_on DESC, id);
CREATE INDEX search_document_kind_idx ON search_document (kind, published_on DESC, id);

CREATE FUNCTION search_index_disclosure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_document WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    IF NEW.status <> 'PUBLISHED' OR NEW.disclosure_mode <> 'PROACTIVE' OR NEW.published_on IS NULL THEN
        DELETE FROM search_document WHERE id = NEW.id;
        RETURN NULL;
    END IF;
    -- a saved draft or a lock bump changes the row but not what is public: keep the index row as it is
    IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.disclosure_mode = NEW.disclosure_mode
            AND (OLD.kind, OLD.title, OLD.index_number, OLD.document_number, OLD.department_code, OLD.domains, OLD.sub_items,
                 OLD.category, OLD.validity, OLD.published_on, OLD.current_version)
            IS NOT DISTINCT FROM (NEW.kind, NEW.title, NEW.index_number, NEW.document_number, NEW.department_code, NEW.domains,
                 NEW.sub_items, NEW.category, NEW.validity, NEW.published_on, NEW.current_version)
            AND OLD.search_vector = NEW.search_vector AND EXISTS (SELECT 1 FROM search_document WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO search_document (id, kind, title, reference, document_number, department_code, domains, sub_items, category, validity,
                                 in_force, published_on, year, title_vector, search_vector)
    VALUES (NEW.id, NEW.kind, NEW.title, NEW.index_number, NEW.document_number, NEW.department_code, NEW.domains, NEW.sub_items,
            NEW.category, NEW.validity, NEW.validity = 'VALID', NEW.published_on, extract(year FROM NEW.published_on),
            setweight(to_tsvector('simple', NEW.search_title_tokens), 'A') || search_title_characters(NEW.search_title_tokens),
            NEW.search_vector || search_title_characters(NEW.search_title_tokens))
    ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, reference = EXCLUDED.reference,
        document_number = EXCLUDED.document_number, department_code = EXCLUDED.department_code, domains = EXCLUDED.domains,
        sub_items = EXCLUDED.sub_items, category = EXCLUDED.category, validity = EXCLUDED.validity, in_force = EXCLUDED.in_force,
        published_on = EXCLUDED.published_on, year = EXCLUDED.year, title_vector = EXCLUDED.title_vector,
        search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END
$$;
CREATE TRIGGER disclosure_record_search AFTER INSERT OR UPDATE OR DELETE ON disclosure_record
    FOR EACH ROW EXECUTE FUNCTION search_index_disclosure();

-- A service item is public while ACTIVE or SUSPENDED (a suspended item is shown, but not in force).
-- Its guide is 服务公开 by nature.
CREATE FUNCTION search_index_service() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_document WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    IF NEW.status NOT IN ('ACTIVE', 'SUSPENDED') OR NEW.published_at IS NULL THEN
        DELETE FROM search_document WHERE id = NEW.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.status, OLD.name, OLD.implementation_code, OLD.department_code, OLD.published_at, OLD.current_version)
            IS NOT DISTINCT FROM (NEW.status, NEW.name, NEW.implementation_code, NEW.department_code, NEW.published_at, NEW.current_version)
            AND OLD.search_vector = NEW.search_vector AND EXISTS (SELECT 1 FROM search_document WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO search_document (id, kind, title, reference, department_code, category, validity, in_force, published_on, year,
                                 title_vector, search_vector)
    VALUES (NEW.id, 'SERVICE_ITEM', left(NEW.name, 300), NEW.implementation_code, NEW.department_code, 'SERVICE', 'VALID',
            NEW.status = 'ACTIVE', (NEW.published_at AT TIME ZONE 'Asia/Shanghai')::date,
            extract(year FROM NEW.published_at AT TIME ZONE 'Asia/Shanghai'),
            setweight(to_tsvector('simple', NEW.search_name_tokens), 'A') || search_title_characters(NEW.search_name_tokens),
            NEW.search_vector || search_title_characters(NEW.search_name_tokens))
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, reference = EXCLUDED.reference, department_code = EXCLUDED.department_code,
        in_force = EXCLUDED.in_force, published_on = EXCLUDED.published_on, year = EXCLUDED.year,
        title_vector = EXCLUDED.title_vector, search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END
$$;
CREATE TRIGGER service_item_search AFTER INSERT OR UPDATE OR DELETE ON service_item
    FOR EACH ROW EXECUTE FUNCTION search_index_service();

-- what is public already (the triggers index every later write; an unchanged row is indexed when missing)
UPDATE disclosure_record SET status = status WHERE status = 'PUBLISHED';
UPDATE service_item SET status = status WHERE status IN ('ACTIVE', 'SUSPENDED');
