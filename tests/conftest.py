"""Shared fixtures: one real Coder per test session, and the ../shared material."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from newsevents import Article, Coder, Event

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone has no ../shared): this test needs the team's shared data")
    return SHARED


@pytest.fixture
def code_text(coder: Coder):  # type: ignore[no-untyped-def]
    """Code a text as one article published on Friday 2020-01-31; returns its events."""

    def run(text: str, published: dt.date = dt.date(2020, 1, 31)) -> list[Event]:
        return coder.code(Article("t", text, published)).events

    return run


@pytest.fixture
def means_of(coder: Coder):  # type: ignore[no-untyped-def]
    """Code a text; its events, each with the words of the attack or weapon that stands for its unnamed
    doer ('a car bomb killed six': 'a car bomb'), as its explanation names them, or None."""

    def run(text: str) -> list[tuple[Event, str | None]]:
        out = []
        for e, why in coder.code(Article("t", text, dt.date(2020, 1, 31))).explanations:
            words = next((w.split(MEANS, 1)[1] for w in why if w.startswith("source: " + MEANS)), None)
            out.append((e, ast.literal_eval(words) if words else None))
        return out

    return run


MEANS = "unnamed actor behind "


def find(events: list[Event], root: str | None = None, source: str | None = None) -> list[Event]:
    """Events with a CAMEO root and/or a source country."""
    return [e for e in events if (root is None or e.cameo_root == root) and (source is None or e.source.country == source)]


def snapshot(db: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """A store's articles (but their ingest times), mentions and grouped events, in a fixed order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        arts = con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY article_id").fetchall()
        mentions = con.execute("SELECT * FROM mentions ORDER BY article_id, event_index").fetchall()
        groups = con.execute("SELECT * FROM event_groups ORDER BY id").fetchall()
    finally:
        con.close()
    return arts, mentions, groups
