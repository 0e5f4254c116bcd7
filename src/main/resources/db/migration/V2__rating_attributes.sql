-- The trust attributes a rating's input row carried (region, foundation trust...), so that a run's
-- ratings can be filtered by them. Runs archived before this have none (NULL).
ALTER TABLE rating ADD COLUMN attributes VARCHAR;
