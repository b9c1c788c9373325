-- Each story's analysis (claims, entities, timeline, brief: the JSON contract's story object), kept so pages,
-- the API and `brief` read it instead of recomputing it. A row holds for the membership it was computed from:
-- saving a story's new membership deletes it, and `version` names the code that wrote it (a reader ignores
-- rows written by another version). Claims are searchable through claims_fts.
CREATE TABLE story_analyses (
  story_id    TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
  version     TEXT NOT NULL,
  analysis    TEXT NOT NULL, -- JSON
  contested   INTEGER NOT NULL,
  outlets     TEXT NOT NULL, -- JSON [string]
  computed_at TEXT NOT NULL
);

CREATE TABLE story_claims (
  rowid    INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES story_analyses(story_id) ON DELETE CASCADE,
  claim_id TEXT NOT NULL,
  text     TEXT NOT NULL,
  UNIQUE (story_id, claim_id)
);

CREATE VIRTUAL TABLE claims_fts USING fts5(
  text,
  content = 'story_claims', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER story_claims_fts_insert AFTER INSERT ON story_claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER story_claims_fts_delete AFTER DELETE ON story_claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
