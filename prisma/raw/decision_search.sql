-- History's search index on SQLite: an FTS5 trigram index of "Decision"."searchText",
-- so that `searchText LIKE '%words%'` finds the few matching rows without reading every
-- decision of the user. External content (the text stays in "Decision" alone), kept in
-- step by triggers. The index is keyed by Decision's rowid: after a VACUUM, run
-- INSERT INTO "DecisionSearch"("DecisionSearch") VALUES ('rebuild');
-- (Raw SQL the Prisma schema cannot describe: see scripts/db/raw.ts.)
--
-- The text is indexed with two padding characters (char(1)) after it, read through the
-- view "DecisionSearchText", so that every character of a text starts a trigram: a
-- search of one or two letters is then every row holding a trigram that starts with
-- them, found through the index's term list ("DecisionSearchTerms", fts5vocab) by a
-- range of terms instead of a scan of the user's rows (lib/data/decisions.ts).
--
-- A new decision is not indexed as it is saved: its rowid is queued in
-- "DecisionSearchPending", and the next search indexes the queue first, in one write
-- transaction (lib/data/decisions.ts, drainSearchQueue). A trigram index of a whole
-- request is most of what a save costs the database, and saves come far more often than
-- searches. A queued row that is changed or deleted before then was never in the index,
-- so the triggers leave the index alone for it ('delete' of a row the index does not
-- hold would corrupt an external-content index).
-- Dropped first, so the file builds the same objects over an earlier version of itself.
DROP TRIGGER IF EXISTS "Decision_search_insert";
DROP TRIGGER IF EXISTS "Decision_search_delete";
DROP TRIGGER IF EXISTS "Decision_search_update";
DROP TABLE IF EXISTS "DecisionSearchPending";
DROP TABLE IF EXISTS "DecisionSearchTerms";
DROP TABLE IF EXISTS "DecisionSearch";
DROP VIEW IF EXISTS "DecisionSearchText";

CREATE VIEW "DecisionSearchText" AS SELECT "rowid" AS "docid", "searchText" || char(1, 1) AS "searchText" FROM "Decision";

CREATE VIRTUAL TABLE "DecisionSearch" USING fts5("searchText", content='DecisionSearchText', content_rowid='docid', tokenize='trigram');

CREATE VIRTUAL TABLE "DecisionSearchTerms" USING fts5vocab('DecisionSearch', 'row');

CREATE TABLE "DecisionSearchPending" ("docid" INTEGER NOT NULL PRIMARY KEY);

CREATE TRIGGER "Decision_search_insert" AFTER INSERT ON "Decision" BEGIN
  INSERT OR IGNORE INTO "DecisionSearchPending"("docid") VALUES (new.rowid);
END;

CREATE TRIGGER "Decision_search_delete" AFTER DELETE ON "Decision" BEGIN
  INSERT INTO "DecisionSearch"("DecisionSearch", rowid, "searchText")
    SELECT 'delete', old.rowid, old."searchText" || char(1, 1) WHERE NOT EXISTS (SELECT 1 FROM "DecisionSearchPending" WHERE "docid" = old.rowid);
  DELETE FROM "DecisionSearchPending" WHERE "docid" = old.rowid;
END;

CREATE TRIGGER "Decision_search_update" AFTER UPDATE OF "searchText" ON "Decision"
  WHEN NOT EXISTS (SELECT 1 FROM "DecisionSearchPending" WHERE "docid" = old.rowid) BEGIN
  INSERT INTO "DecisionSearch"("DecisionSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText" || char(1, 1));
  INSERT INTO "DecisionSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText" || char(1, 1));
END;

-- Indexes the rows that exist already.
INSERT INTO "DecisionSearch"("DecisionSearch") VALUES ('rebuild');
