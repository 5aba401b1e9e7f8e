-- FTS5 merges an index's segments at each commit once `automerge` segments (4 by default) share a level, so the
-- work of every commit grows with the index: importing the same 1,000 articles spent 307M instructions in those
-- merges on a 10,000-article archive and 651M on a 100,000-article one. At 8 segments a level the same import into
-- a fresh 100,000-article archive spends 341M there (the whole import 5,957M -> 5,638M), and a one-word search over
-- 100,000 articles stays at 155 ms. The setting is kept in each index's config table; segments already written keep
-- their levels, so an archive made before this gains as it grows.
INSERT INTO sources_fts(sources_fts, rank) VALUES ('automerge', 8);
INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 8);
