-- Articles keyed by their content id; where each was found lives in article_locations, so one text at two
-- URLs is one article with two locations.
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  title        TEXT,
  publisher    TEXT,
  byline       TEXT,
  published_at TEXT,
  dateline     TEXT,
  lang         TEXT NOT NULL,
  text         TEXT NOT NULL,
  paragraphs   TEXT NOT NULL, -- JSON [{start,end}]
  captions     TEXT NOT NULL, -- JSON [string]
  removed      TEXT NOT NULL, -- JSON [string]
  method       TEXT NOT NULL,
  source       TEXT NOT NULL, -- the first location it was read from
  url          TEXT,
  ingested_at  TEXT NOT NULL
);

CREATE TABLE article_locations (
  article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source      TEXT NOT NULL,
  url         TEXT,
  first_seen  TEXT NOT NULL,
  PRIMARY KEY (article_id, source)
);

CREATE INDEX article_locations_url ON article_locations(url);
CREATE INDEX articles_published_at ON articles(published_at);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
