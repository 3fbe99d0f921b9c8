"""Event records out: JSONL, CSV and a readable table (the same records in each)."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import sys
from collections.abc import Iterable
from typing import IO, Any

from .models import Event, Location

LOCATION_FIELDS = tuple(f.name for f in dataclasses.fields(Location))

# CSV flattens the nested fields: source.country -> source_country
CSV_FIELDS = (
    "event_id article_id published date date_precision date_text modality historical sentence_index trigger_text trigger_start trigger_end "
    "source_text source_start source_end source_country source_sector source_name "
    "target_text target_start target_end target_country target_sector target_name "
    "cameo cameo_root quad_class goldstein plover_event plover_mode primary confidence rule "
    "location_name location_country location_admin1 location_admin1_code location_lat location_lon location_geonameid "
    "location_precision location_text location_start location_end location_source sentence"
).split()


def flat(event: Event) -> dict[str, Any]:
    d = event.to_dict()
    out: dict[str, Any] = {}
    for key, value in d.items():
        if key in ("trigger", "source", "target", "plover", "location"):
            names = {"trigger": ("text", "start", "end"), "plover": ("event", "mode"), "location": LOCATION_FIELDS}.get(
                key, ("text", "start", "end", "country", "sector", "name")
            )
            for sub in names:
                out[f"{key}_{sub}"] = None if value is None else value[sub]
        else:
            out[key] = value
    return out


class Writer:
    """Writes events to a stream in one format; `close` ends a table."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "csv", "table"):
            raise ValueError(f"unknown format {fmt!r}")
        self.stream = stream
        self.fmt = fmt
        self._csv: Any = None
        self._rows: list[Event] = []

    def write(self, events: Iterable[Event]) -> None:
        for ev in events:
            if self.fmt == "jsonl":
                self.stream.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self._csv is None:
                    self._csv = csv.DictWriter(self.stream, fieldnames=CSV_FIELDS, lineterminator="\n")
                    self._csv.writeheader()
                self._csv.writerow(flat(ev))
            else:
                self._rows.append(ev)
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "table":
            self.stream.write(table(self._rows))
            self._rows = []
        elif self.fmt == "csv" and self._csv is None:
            csv.writer(self.stream, lineterminator="\n").writerow(CSV_FIELDS)
        self.stream.flush()


def _actor(a: Any) -> str:
    if a is None:
        return "-"
    code = " ".join(x for x in (a.country or "?", a.sector or "") if x)
    return code


def table(events: list[Event], width: int | None = None, counts: list[str] | None = None) -> str:
    """A fixed-width table for reading in a terminal: one row per event (`counts`: a first column, mentions/articles)."""
    if width is None:  # cut rows to the terminal's width only when a person is looking
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 10_000
    head: tuple[str, ...] = (
        "article",
        "sent",
        "*",
        "source",
        "target",
        "cameo",
        "plover",
        "gold",
        "date",
        "prec",
        "modality",
        "where",
        "trigger",
    )
    rows: list[tuple[str, ...]] = [
        (
            ev.article_id[-18:],
            str(ev.sentence_index),
            "*" if ev.primary else "",
            f"{_actor(ev.source)} ({ev.source.text[:20]})",
            f"{_actor(ev.target)}" + (f" ({ev.target.text[:20]})" if ev.target else ""),
            ev.cameo,
            ev.plover.event or "-",
            f"{ev.goldstein:+.1f}",
            ev.date.isoformat(),
            ev.date_precision,
            ev.modality,
            f"{ev.location.name[:18]}, {ev.location.country}" if ev.location else "-",
            ev.trigger.text,
        )
        for ev in events
    ]
    if counts is not None:
        head = ("reports", *head)
        rows = [(c, *r) for c, r in zip(counts, rows, strict=True)]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = []
    for r in [head, *rows]:
        line = "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
        lines.append(line[:width])
    if not rows:
        lines.append("(no events)")
    return "\n".join(lines) + "\n"


class RecordWriter:
    """Writes flat records (place mentions, time expressions) as JSONL, CSV or a table."""

    def __init__(self, stream: IO[str], fields: tuple[str, ...], fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "csv", "table"):
            raise ValueError(f"unknown format {fmt!r}")
        self.stream, self.fields, self.fmt = stream, fields, fmt
        self._csv: Any = None
        self._rows: list[dict[str, Any]] = []

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        for rec in records:
            if self.fmt == "jsonl":
                self.stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self._csv is None:
                    self._csv = csv.DictWriter(self.stream, fieldnames=self.fields, lineterminator="\n")
                    self._csv.writeheader()
                self._csv.writerow(rec)
            else:
                self._rows.append(rec)
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "table":
            cells = [[("" if r[f] is None else str(r[f]))[:40] for f in self.fields] for r in self._rows]
            widths = [max([len(f)] + [len(c[i]) for c in cells]) for i, f in enumerate(self.fields)]
            for row in [list(self.fields), *cells]:
                self.stream.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
            if not cells:
                self.stream.write("(none)\n")
            self._rows = []
        elif self.fmt == "csv" and self._csv is None:
            csv.writer(self.stream, lineterminator="\n").writerow(self.fields)
        self.stream.flush()
