"""The event store: DuckDB schema and migrations, ingest, queries and exports (docs/store.md)."""

from __future__ import annotations

from ._groups import DEFAULT_WINDOW, GroupingRules
from ._schema import EVENT_COLUMNS, GROUP_COLUMNS, SCHEMA_VERSION
from ._store import DEFAULT_DB, EventQuery, IngestCounts, Period, Store, StoreBusy, StoreError, text_hash
from .export import FORMATS, GDELT_COLUMNS, export

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_WINDOW",
    "EVENT_COLUMNS",
    "GROUP_COLUMNS",
    "GroupingRules",
    "EventQuery",
    "FORMATS",
    "GDELT_COLUMNS",
    "IngestCounts",
    "Period",
    "SCHEMA_VERSION",
    "Store",
    "StoreBusy",
    "StoreError",
    "export",
    "text_hash",
]
