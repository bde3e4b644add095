-- prisma/raw/decision_search.sql
-- History's search index on SQLite: an FTS5 trigram index of "Decision"."searchText",
-- so that `searchText LIKE '%words%'` finds the few matching rows without reading every
-- decision of the user. External content (the text stays in "Decision" alone), kept in
-- step by triggers. The index is keyed by Decision's rowid: after a VACUUM, run
-- INSERT INTO "DecisionSearch"("DecisionSearch") VALUES ('rebuild');
-- (Raw SQL the Prisma schema cannot describe: see scripts/db/raw.ts.)
CREATE VIRTUAL TABLE "DecisionSearch" USING fts5("searchText", content='Decision', content_rowid='rowid', tokenize='trigram');

CREATE TRIGGER "Decision_search_insert" AFTER INSERT ON "Decision" BEGIN
  INSERT INTO "DecisionSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;

CREATE TRIGGER "Decision_search_delete" AFTER DELETE ON "Decision" BEGIN
  INSERT INTO "DecisionSearch"("DecisionSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
END;

CREATE TRIGGER "Decision_search_update" AFTER UPDATE OF "searchText" ON "Decision" BEGIN
  INSERT INTO "DecisionSearch"("DecisionSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
  INSERT INTO "DecisionSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;

-- Indexes the rows that exist already.
INSERT INTO "DecisionSearch"("DecisionSearch") VALUES ('rebuild');
