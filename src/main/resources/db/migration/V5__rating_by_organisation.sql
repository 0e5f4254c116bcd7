-- A trust's ratings are looked up by name (its history across runs, its explanation in a run): without an index
-- each lookup read every rating of every run, a million for one national-scale run.
CREATE INDEX rating_organisation ON rating (organisation, run_id, rating_index);
