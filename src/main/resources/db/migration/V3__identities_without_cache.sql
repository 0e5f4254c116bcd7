-- Run and audit ids are handed out one at a time. H2 reserves identity values 32 at a time by default and
-- loses the reserve when a process is killed, so run ids jumped by about 33 after every crash; with a cache
-- of one, the id a killed run had taken is simply used by the next. (PostgreSQL's default is already 1.)
ALTER TABLE run ALTER COLUMN id SET CACHE 1;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1;
