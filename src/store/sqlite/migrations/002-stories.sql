-- Stories and their members, kept up to date as articles arrive; the online clusterer's state is saved with
-- them so the next run resumes instead of re-reading the archive.
CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  title         TEXT,
  start         TEXT,
  end           TEXT,
  article_count INTEGER NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE INDEX stories_end ON stories(end);

CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL
);

CREATE INDEX story_articles_story ON story_articles(story_id, position);

-- A derivative and its original; an undirected link is stored both ways.
CREATE TABLE derivations (
  from_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  to_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  similarity REAL NOT NULL,
  directed   INTEGER NOT NULL,
  method     TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id)
);

CREATE TABLE clusterer_state (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  snapshot   TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
