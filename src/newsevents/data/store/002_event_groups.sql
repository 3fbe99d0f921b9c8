-- newsevents store, schema version 2: one event, many reports.
-- The coded records (`code`'s output) become `mentions`; `event_groups` holds the real-world events they are
-- grouped into; the view `events` gives each grouped event with the columns of its representative mention.
-- docs/store.md ("Events and mentions") documents the rules. Existing mentions are grouped on first open.

ALTER TABLE events RENAME TO mentions;
ALTER TABLE mentions ADD COLUMN group_key VARCHAR;     -- source and target country|sector, PLOVER type (or CAMEO root), modality
ALTER TABLE mentions ADD COLUMN date_lo DATE;          -- the first and last day the event may have happened on
ALTER TABLE mentions ADD COLUMN date_hi DATE;
ALTER TABLE mentions ADD COLUMN group_id VARCHAR;      -- the grouped event (event_groups.id) this mention is evidence of

CREATE TABLE event_groups (
    id VARCHAR PRIMARY KEY,
    rep_article_id VARCHAR NOT NULL,     -- the representative mention
    rep_event_id VARCHAR NOT NULL,
    group_key VARCHAR NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    first_seen DATE NOT NULL,            -- the earliest and latest publication date among the mentions
    last_seen DATE NOT NULL,
    date_lo DATE NOT NULL,               -- the days every mention's date allows
    date_hi DATE NOT NULL
);

CREATE VIEW events AS
    SELECT g.id, g.num_mentions, g.num_articles, g.num_sources, g.first_seen, g.last_seen,
           m.* EXCLUDE (group_key, date_lo, date_hi, group_id)
    FROM event_groups g JOIN mentions m ON m.article_id = g.rep_article_id AND m.event_id = g.rep_event_id;
