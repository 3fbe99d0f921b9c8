"""The exception tree: every error newsevents raises on purpose is a NewsEventsError."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of all newsevents errors; the CLI prints its message as one line."""


class InputError(NewsEventsError):
    """An input file or record cannot be read or coded (names the file and record)."""


class DataError(NewsEventsError):
    """A knowledge file under newsevents/data is invalid (names the file and line)."""


class ModelError(NewsEventsError):
    """The spaCy model cannot be loaded."""
