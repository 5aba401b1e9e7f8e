-- The import writes full-text rows once per batch of up to 5,000 articles. FTS5 holds pending
-- terms in a hash table and writes a new index segment whenever it outgrows 'hashsize' (1 MiB by
-- default): a batch's 17 MB of bodies made a dozen small segments, each merged again later. At
-- 8 MiB a batch makes two or three (callgrind, importing 2,000 generated articles: the full-text
-- writes 1,149M -> 754M instructions; 4 MiB gave 824M, 16 and 32 MiB no more than 8). The setting
-- is kept in each index's config table; it costs at most 8 MiB of memory per index while importing.
INSERT INTO sources_fts(sources_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO claims_fts(claims_fts, rank) VALUES ('hashsize', 8388608);
