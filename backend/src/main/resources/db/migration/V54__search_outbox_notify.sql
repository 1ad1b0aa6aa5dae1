-- Wakes the OpenSearch indexer when a change is queued, instead of leaving it to its next timed
-- drain: NOTIFY is delivered when the writing transaction commits (never for one that rolls back),
-- once per channel and transaction however many rows it queued. The indexer LISTENs on a connection
-- of its own (search/opensearch/SearchOutbox#listen) and still drains on a timer, for a notification
-- lost while that connection was being replaced.
CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('search_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify();
