-- The OpenSearch engine's transactional outbox (gongkai.search.engine=opensearch). Every change of a
-- search_document row (itself written by triggers in the transaction of the source write, V50) leaves
-- the document's id here in the same transaction; a worker (search/opensearch/OpenSearchIndexer) sends the
-- documents' current state to OpenSearch and deletes the rows it sent. A write that rolls back leaves
-- nothing to send; one that commits cannot be missed. Hibernate Search cannot do this for us: it has no
-- Hibernate Reactive mapper.
CREATE TABLE search_outbox (
    -- the order of the changes; sent as the document's external version, so that a late batch can
    -- never overwrite a newer state in OpenSearch
    seq          bigserial PRIMARY KEY,
    document_id  uuid NOT NULL
);

-- Whether the outbox is filled: only while the OpenSearch engine is selected, so that the PostgreSQL
-- engine (the default) does not collect rows nobody drains. One row.
CREATE TABLE search_outbox_switch (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    enabled   boolean NOT NULL
);
INSERT INTO search_outbox_switch (enabled) VALUES (false);

CREATE FUNCTION search_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT enabled FROM search_outbox_switch) THEN
        INSERT INTO search_outbox (document_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER search_document_outbox AFTER INSERT OR UPDATE OR DELETE ON search_document
    FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue();
