-- How often each item's guide is read: the home page's "most used items".
ALTER TABLE service_item ADD COLUMN view_count bigint NOT NULL DEFAULT 0;
CREATE INDEX service_item_popular_idx ON service_item (view_count DESC) WHERE status IN ('ACTIVE', 'SUSPENDED');
