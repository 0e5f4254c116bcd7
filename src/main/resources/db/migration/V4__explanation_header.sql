-- From December 2026 a run's explanations are stored as in explanations.jsonl: the run's header (every parameter,
-- rule and label, once) here, and each rating's line, which refers to it, in rating.explanation. A run archived
-- before has no row here: its rating.explanation holds the whole object of explanations.json, read as it is.
CREATE TABLE run_explanation_header (
    run_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES run (id),
    format  INTEGER NOT NULL, -- the version of the explanations format (2: explanations.jsonl)
    header  BYTEA   NOT NULL  -- gzip of the header line
);
