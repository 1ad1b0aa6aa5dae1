-- Ranking "name matches first" reads this small vector instead of the whole guide's (which is
-- TOASTed and would be read back for every match); it is stored in the row itself.
ALTER TABLE service_item
    ADD COLUMN search_name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_name_tokens)) STORED;
