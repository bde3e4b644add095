-- SQLite only (prisma/raw/decision_search.sql): new decisions wait in a queue for the search
-- index. The trigram index of PostgreSQL needs no such change, and this keeps the two histories alike.
SELECT 1;
