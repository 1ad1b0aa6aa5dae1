-- The public catalogue of disclosure records searches search_document, which holds the same public
-- records with the same terms: the record's own vector and its GIN index were a second copy of every
-- record's terms (docs/search-benchmark.md has the sizes). The record keeps its terms
-- as text, which the trigger turns into the index row's vector.
CREATE OR REPLACE FUNCTION search_index_disclosure() RETURNS trigger LANGUAGE plpgsql AS $$
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
            AND (OLD.search_title_tokens, OLD.search_tokens) = (NEW.search_title_tokens, NEW.search_tokens) AND EXISTS (SELECT 1 FROM search_document WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO search_document (id, kind, title, reference, document_number, department_code, domains, sub_items, category, validity,
                                 in_force, published_on, year, title_vector, search_vector)
    VALUES (NEW.id, NEW.kind, NEW.title, NEW.index_number, NEW.document_number, NEW.department_code, NEW.domains, NEW.sub_items,
            NEW.category, NEW.validity, NEW.validity = 'VALID', NEW.published_on, extract(year FROM NEW.published_on),
            setweight(to_tsvector('simple', NEW.search_title_tokens), 'A') || search_title_characters(NEW.search_title_tokens),
            setweight(to_tsvector('simple', NEW.search_title_tokens), 'A') || setweight(to_tsvector('simple', NEW.search_tokens), 'D')
                || search_title_characters(NEW.search_title_tokens))
    ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, reference = EXCLUDED.reference,
        document_number = EXCLUDED.document_number, department_code = EXCLUDED.department_code, domains = EXCLUDED.domains,
        sub_items = EXCLUDED.sub_items, category = EXCLUDED.category, validity = EXCLUDED.validity, in_force = EXCLUDED.in_force,
        published_on = EXCLUDED.published_on, year = EXCLUDED.year, title_vector = EXCLUDED.title_vector,
        search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END
$$;
DROP INDEX disclosure_record_search_idx;
ALTER TABLE disclosure_record DROP COLUMN search_vector;
