-- History's searches of one or two letters on PostgreSQL, which pg_trgm cannot serve (no
-- trigram in them): a GIN index of every one- and two-character substring of
-- "Decision"."searchText". `dwg_search_grams("searchText") @> ARRAY['ab']` then finds the
-- rows holding "ab" through the index instead of reading every decision of the user
-- (lib/data/decisions.ts), and the search's own LIKE still decides which rows match.
-- (Raw SQL the Prisma schema cannot describe: see scripts/db/raw.ts. Prisma's migration
-- runner splits statements on semicolons: the function's body has none.)
CREATE OR REPLACE FUNCTION dwg_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}') FROM generate_series(1, length(t)) AS i, LATERAL (VALUES (substr(t, i, 1)), (substr(t, i, 2))) AS v(g) $$;

CREATE INDEX "Decision_searchText_grams_idx" ON "Decision" USING gin (dwg_search_grams("searchText"));
