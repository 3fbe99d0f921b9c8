"""The store's schema: numbered migrations (data/store/NNN_*.sql) and the events table's columns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from ..output import CSV_FIELDS

# the mentions table: the flattened public record (as `code --format csv`) plus position and provenance
# (schema version 1 called it `events`; the mentions table adds the grouping columns of MENTION_GROUP_COLUMNS)
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "event_index",
    *(f for f in CSV_FIELDS if f not in ("event_id", "article_id")),
    "newsevents_version",
    "data_version",
)
MENTION_GROUP_COLUMNS: tuple[str, ...] = ("group_key", "date_lo", "date_hi")
# what the `events` view adds to the representative mention's columns
GROUP_COLUMNS: tuple[str, ...] = ("id", "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen")
# the event_groups table (002_event_groups.sql)
GROUP_TABLE_COLUMNS: tuple[str, ...] = (
    "id",
    "rep_article_id",
    "rep_event_id",
    "group_key",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_seen",
    "last_seen",
    "date_lo",
    "date_hi",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "text_hash",
    "published",
    "title",
    "url",
    "source",
    "origin",
    "n_chars",
    "n_events",
    "newsevents_version",
    "data_version",
    "ingested_at",
)


def quote(column: str) -> str:
    """A column name as SQL: `primary` is a reserved word."""
    return f'"{column}"'


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in version order."""
    folder = resources.files("newsevents") / "data" / "store"
    out: list[Migration] = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if m:
            out.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    out.sort(key=lambda m: m.version)
    if [m.version for m in out] != list(range(1, len(out) + 1)):
        raise RuntimeError(f"store migrations are not numbered 1..n: {[m.version for m in out]}")
    return out


SCHEMA_VERSION = len(migrations())
