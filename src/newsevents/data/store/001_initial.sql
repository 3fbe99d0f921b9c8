-- newsevents store, schema version 1: articles, their coded events, and a key/value meta table.
-- docs/store.md documents every column. Applied by newsevents.store on open, in one transaction.

CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- one row per article id; an id seen again with a different text replaces the row and its events
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    text_hash VARCHAR NOT NULL,          -- SHA-256 of the article text, hex
    published DATE NOT NULL,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,                      -- the file (and record) it was read from
    n_chars INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    newsevents_version VARCHAR NOT NULL,
    data_version VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL       -- UTC
);

-- one row per coded event: the public record (docs/schema.md) flattened as in `code --format csv`
CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_index INTEGER NOT NULL,        -- position among the article's events, as `code` wrote them
    published DATE NOT NULL,
    date DATE NOT NULL,
    date_precision VARCHAR NOT NULL,
    date_text VARCHAR,
    modality VARCHAR NOT NULL,
    historical BOOLEAN NOT NULL,
    sentence_index INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    source_text VARCHAR NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_name VARCHAR,
    target_text VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_name VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover_event VARCHAR,
    plover_mode VARCHAR,
    "primary" BOOLEAN NOT NULL,
    confidence DOUBLE NOT NULL,
    rule VARCHAR NOT NULL,
    location_name VARCHAR,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    location_admin1_code VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_geonameid VARCHAR,
    location_precision VARCHAR,
    location_text VARCHAR,
    location_start INTEGER,
    location_end INTEGER,
    location_source VARCHAR,
    sentence VARCHAR NOT NULL,
    newsevents_version VARCHAR NOT NULL,
    data_version VARCHAR NOT NULL
);
