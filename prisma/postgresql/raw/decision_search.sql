-- History's search index on PostgreSQL: a pg_trgm GIN index of "Decision"."searchText",
-- which serves `searchText LIKE '%words%'` (Prisma's `contains`) for the few matching rows
-- instead of reading every decision of the user. pg_trgm is a trusted extension (PostgreSQL
-- 13+): the database's owner may create it. A database has one copy of it, in whichever
-- schema it was first created: the search path is extended by that schema for this
-- session so that its operator class is found from any app schema. (Prisma's migration
-- runner splits statements on semicolons, so no DO block.)
-- (Raw SQL the Prisma schema cannot describe: see scripts/db/raw.ts.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

SELECT set_config('search_path', current_setting('search_path') || ', ' || quote_ident((SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm')), false);

CREATE INDEX "Decision_searchText_trgm_idx" ON "Decision" USING gin ("searchText" gin_trgm_ops);
