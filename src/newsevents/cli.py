"""The command line: a thin layer over the library.

    newsevents code INPUTS... [--format jsonl|csv|table] [--published DATE]
    newsevents explain INPUT [--sentence N]
    newsevents eval [--shared DIR] [--labels DIR] [--json]
    newsevents ingest INPUTS... [--db PATH | --out DIR] [--processes N | --dask local:N|tcp://HOST:PORT]
    newsevents events [--db PATH] [filters] [--format jsonl|csv|table]
    newsevents series [--db PATH] [--dyad A:B] [--by day|week|month] [filters]
    newsevents sql "SELECT ..." [--db PATH]
    newsevents export --format gdelt|plover|csv|parquet [--out PATH] [filters]

Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import itertools
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import NewsEventsError
from .models import Article, RecordError
from .output import CSV_FIELDS, RecordWriter, Writer, flat, table
from .pipeline import CodedArticle, Coder, Stats, code_articles
from .read import Columns, parse_date, read_inputs
from .store import DEFAULT_DB, DEFAULT_WINDOW, FORMATS, GROUP_COLUMNS, EventQuery, GroupingRules, IngestCounts, Store
from .store._store import DEFAULT_WAIT, SERIES_UNITS, WRITE_BATCH

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_FATAL = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Code dated news articles into political events (CAMEO, PLOVER).",
    )
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def inputs(p: argparse.ArgumentParser, many: bool = True) -> None:
        p.add_argument(
            "inputs",
            nargs="+" if many else None,
            metavar="INPUT" + ("..." if many else ""),
            help="text file (' date YYYY-MM-DD' header), .jsonl, .csv/.tsv, a directory, or - for stdin",
        )
        p.add_argument("--published", metavar="DATE", help="publication date for records that have none (YYYY-MM-DD)")
        p.add_argument("--text-col", default="text", help="CSV/JSONL field with the article text (default: text)")
        p.add_argument("--date-col", default="date", help="field with the publication date (default: date)")
        p.add_argument("--id-col", default="id", help="field with the article id (default: id)")
        p.add_argument("--title-col", default="title", help="field with the title (default: title)")

    code = sub.add_parser(
        "code",
        help="code articles and write events to stdout",
        description="Code articles and write one event per line (or a CSV row, or a table row) to stdout.",
    )
    inputs(code)
    code.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default: jsonl)")
    code.add_argument("--primary-only", action="store_true", help="only the primary event of each sentence")
    code.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    code.add_argument("--quiet", action="store_true", help="no progress bar or summary on stderr")
    code.set_defaults(func=cmd_code)

    explain = sub.add_parser(
        "explain",
        help="show how each event of one article was coded",
        description="For each event: the sentence, the matched words, the rule and the data entries used.",
    )
    inputs(explain, many=False)
    explain.add_argument("--sentence", type=int, metavar="N", help="only sentence N (0-based)")
    explain.set_defaults(func=cmd_explain)
    for part, what in (
        ("places", "every place name, resolved to GeoNames coordinates"),
        ("dates", "every temporal expression, normalised as in TimeML"),
    ):
        p = sub.add_parser(
            part,
            help=f"list {what}",
            description=f"List {what}, one record per mention (docs/schema.md: '{part}' records).",
        )
        inputs(p)
        p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default: jsonl)")
        p.add_argument("--quiet", action="store_true", help="no summary on stderr")
        p.set_defaults(func=cmd_parts, part=part)
    ev = sub.add_parser(
        "eval",
        help="score the coder against the labelled development and check sets",
        description="Score the primary event of each sentence (class, source and target spans) on the "
        "development files in SHARED/data/dev and the team's check set (LABELS), and print the report.",
    )
    ev.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder (default: ../shared)")
    ev.add_argument("--labels", type=Path, default=Path("."), help="folder holding eval/ with the check set (default: .)")
    ev.add_argument("--limit", type=int, metavar="N", help="only the first N sentences of each set")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.set_defaults(func=cmd_eval)
    _store_commands(sub, inputs)
    return parser


MODALITIES = ("asserted", "negated", "hypothetical", "future")


def _store_commands(sub: Any, inputs: Any) -> None:
    """ingest, events, series, sql, export: the event store (docs/store.md)."""

    def db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store's DuckDB file (default: ./{DEFAULT_DB})")
        p.add_argument(
            "--wait",
            type=float,
            default=DEFAULT_WAIT,
            metavar="SECONDS",
            help=f"how long to wait while another process holds the database (default: {DEFAULT_WAIT:.0f})",
        )

    def filters(p: argparse.ArgumentParser) -> None:
        g = p.add_argument_group("filters (all given must hold; dates are inclusive)")
        g.add_argument("--actor", metavar="CODE", help="source or target country (ISO3 or PLOVER code: TUR, UNO)")
        g.add_argument("--dyad", metavar="A:B", help="source A and target B (TUR:SYR), directed")
        g.add_argument("--undirected", action="store_true", help="--dyad either way (A to B and B to A)")
        g.add_argument("--code", metavar="CAMEO", help="CAMEO code or prefix: 19 matches 19, 190, 193, ...")
        g.add_argument("--plover", metavar="TYPE", help="PLOVER event type (ASSAULT, PROTEST, ...)")
        g.add_argument("--since", metavar="DATE", help="event date on or after DATE")
        g.add_argument("--until", metavar="DATE", help="event date on or before DATE")
        g.add_argument("--published-since", metavar="DATE", help="publication date on or after DATE")
        g.add_argument("--published-until", metavar="DATE", help="publication date on or before DATE")
        g.add_argument("--place", metavar="NAME", help="where it happened: place name, first-level region, or ISO3 country")
        g.add_argument(
            "--modality", metavar="M", action="append", help=f"one of {', '.join(MODALITIES)} (repeat or comma-separate)"
        )
        g.add_argument("--primary-only", action="store_true", help="only the primary event of each sentence")

    ing = sub.add_parser(
        "ingest",
        help="code articles and store them with their events",
        description="Code articles and store them with their events in a DuckDB file; each article is committed with its events. "
        "Articles stored before with the same text and date are skipped; an article whose text changed has its events replaced.",
    )
    inputs(ing)
    db(ing)
    ing.set_defaults(db=None)  # --db or --out; without either, ./newsevents.duckdb
    ing.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    ing.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="code on a Dask cluster: local:N (a cluster of N worker processes here) or tcp://HOST:PORT (a running scheduler)",
    )
    ing.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write the events as Parquet files under DIR/event_month=YYYY-MM/ instead of storing them in --db",
    )
    ing.add_argument(
        "--batch-size",
        type=int,
        default=WRITE_BATCH,
        metavar="N",
        help=f"articles coded and written at a time (default: {WRITE_BATCH})",
    )
    ing.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help=f"group a mention dated only by its publication date with events up to DAYS before it (default: the "
        f"store's, {DEFAULT_WINDOW} for a new one; a change regroups the store)",
    )
    ing.add_argument("--quiet", action="store_true", help="no progress bar or summary on stderr")
    ing.set_defaults(func=cmd_ingest)

    evs = sub.add_parser(
        "events",
        help="query stored events",
        description="Write the stored events that match the filters, by event date: each real-world event once, with "
        "its representative mention's record (the shape of `code`), its id, num_mentions, num_articles, num_sources, "
        "first_seen, last_seen and (in JSONL) the mentions that report it. Filters apply to the representative.",
    )
    db(evs)
    filters(evs)
    evs.add_argument(
        "--mentions", action="store_true", help="list every mention (the evidence), each with the group_id of its event"
    )
    evs.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl", help="output format (default: jsonl)")
    evs.add_argument("--limit", type=int, metavar="N", help="at most N events")
    evs.set_defaults(func=cmd_events)

    ser = sub.add_parser(
        "series",
        help="event counts and summed Goldstein per period",
        description="Count the matching events and sum their Goldstein scores per period (every period from the first "
        "to the last, empty ones included), with counts per quad class: the conflict-cooperation series.",
    )
    db(ser)
    filters(ser)
    ser.add_argument("--by", choices=SERIES_UNITS, default="week", help="period (weeks start on Monday; default: week)")
    ser.add_argument(
        "--count",
        choices=("events", "mentions"),
        default="events",
        help="count grouped events (default) or every mention, as GDELT-style counts do",
    )
    ser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="output format (default: table)")
    ser.set_defaults(func=cmd_series)

    sq = sub.add_parser(
        "sql",
        help="run read-only SQL on the store",
        description="Run read-only SQL (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN) on the store's tables (docs/store.md); "
        "statements that would write are refused.",
    )
    sq.add_argument("query", metavar="SQL", help='for example "SELECT cameo_root, count(*) FROM events GROUP BY 1"')
    db(sq)
    sq.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="output format (default: table)")
    sq.set_defaults(func=cmd_sql)

    ex = sub.add_parser(
        "export",
        help="export stored events as GDELT, PLOVER, CSV or Parquet",
        description="Write the stored events as a GDELT 2.0 event table (tab-separated), PLOVER JSONL, CSV, "
        "or Parquet files partitioned by event month (docs/store.md).",
    )
    db(ex)
    filters(ex)
    ex.add_argument("--format", choices=FORMATS, required=True, help="export format")
    ex.add_argument("--out", type=Path, metavar="PATH", help="output file (folder for parquet); default: stdout")
    ex.set_defaults(func=cmd_export)


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    d = parse_date(value)
    if d is None:
        raise NewsEventsError(f"{option} {value!r} is not a date (use YYYY-MM-DD)")
    return d


def _code(value: str, option: str) -> str:
    v = value.strip().upper()
    if not (len(v) == 3 and v.isalpha()):
        raise NewsEventsError(f"{option} {value!r}: give a three-letter code (TUR, SYR, UNO)")
    return v


def _query(args: argparse.Namespace) -> EventQuery:
    dyad = None
    if args.dyad:
        parts = args.dyad.split(":")
        if len(parts) != 2:
            raise NewsEventsError(f"--dyad {args.dyad!r}: give SOURCE:TARGET, e.g. TUR:SYR")
        dyad = (_code(parts[0], "--dyad"), _code(parts[1], "--dyad"))
    elif args.undirected:
        raise NewsEventsError("--undirected needs --dyad")
    modality: list[str] = []
    for m in args.modality or []:
        for x in m.split(","):
            if x.strip() not in MODALITIES:
                raise NewsEventsError(f"--modality {x.strip()!r}: use one of {', '.join(MODALITIES)}")
            modality.append(x.strip())
    if args.code and not args.code.isdigit():
        raise NewsEventsError(f"--code {args.code!r}: give a CAMEO code or prefix of digits (19, 190, 0241)")
    return EventQuery(
        actor=_code(args.actor, "--actor") if args.actor else None,
        dyad=dyad,
        undirected=args.undirected,
        code=args.code,
        plover=args.plover,
        since=_date(args.since, "--since"),
        until=_date(args.until, "--until"),
        published_since=_date(args.published_since, "--published-since"),
        published_until=_date(args.published_until, "--published-until"),
        place=args.place,
        modality=tuple(modality),
        primary_only=args.primary_only,
    )


def _notify(message: str) -> None:
    print(f"newsevents: {message}", file=sys.stderr)


def _reader(args: argparse.Namespace) -> Store:
    return Store(args.db, read_only=True, wait=args.wait, notify=_notify)


def _reported(items: Iterable[CodedArticle | RecordError]) -> Iterator[CodedArticle | RecordError]:
    for item in items:
        if isinstance(item, RecordError):
            _report(item)
        yield item


def cmd_ingest(args: argparse.Namespace) -> int:
    if args.batch_size < 1 or args.processes < 1:
        raise NewsEventsError("--batch-size and --processes must be at least 1")
    if args.dask is not None:
        from .cluster import parse_address

        parse_address(args.dask)  # a bad address fails before anything is read
        if args.processes > 1:
            raise NewsEventsError("give --dask or --processes, not both (--dask local:N runs N worker processes)")
    if args.out is not None:
        if args.db is not None:
            raise NewsEventsError("give --db or --out, not both: --out writes Parquet files instead of a store")
        if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
            raise NewsEventsError(f"{args.out} exists and is not an empty folder: give a new --out DIR for the parquet files")
    counts = IngestCounts()
    items = read_inputs(args.inputs, published=args.published, columns=_columns(args))
    with contextlib.ExitStack() as stack:
        db = args.db or DEFAULT_DB
        if args.out is not None:  # a store of this run only, in a folder beside DIR; exported to DIR, then removed
            args.out.parent.mkdir(parents=True, exist_ok=True)
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix=".newsevents-", dir=args.out.parent))
            db = Path(tmp) / "ingest.duckdb"
        if args.window is not None and not 0 <= args.window <= 60:
            raise NewsEventsError("--window must be 0 to 60 days")
        rules = GroupingRules(window=args.window) if args.window is not None else None
        store = stack.enter_context(Store(db, wait=args.wait, notify=_notify, rules=rules))
        todo = store.pending(items, counts)
        first = next(todo, None)
        if first is not None:  # load the model (or start the cluster) only when something needs coding
            todo = itertools.chain([first], todo)
            coded, data_version = _coding(args, todo, stack)
            store.ingest(
                _reported(_progress(coded, args.quiet)), data_version=data_version, counts=counts, batch_size=args.batch_size
            )
        if args.out is not None:
            from .store.export import parquet

            parquet(store, args.out)
        total = (store.count("events"), store.count("mentions"))
        store.release()
    if not args.quiet:
        where = f"written as Parquet under {args.out}" if args.out is not None else f"stored in {db}"
        print(
            f"newsevents: {counts.read} articles read: {counts.added} added, {counts.replaced} replaced, "
            f"{counts.unchanged} unchanged; {counts.events} mentions {where}, now {total[0]} events from {total[1]} "
            f"mentions; {counts.errors} errors, {counts.warnings} warnings",
            file=sys.stderr,
        )
    return EXIT_RECORD_ERRORS if counts.errors else EXIT_OK


def _coding(
    args: argparse.Namespace, todo: Iterator[Article | RecordError], stack: contextlib.ExitStack
) -> tuple[Iterator[CodedArticle | RecordError], str]:
    """The coded articles of `ingest` (in this process, in --processes, or on a --dask cluster) and their data version."""
    if args.processes <= 1 and args.dask is None:
        coder = Coder()
        return code_articles(todo, coder=coder, batch_size=args.batch_size), coder.data_version
    from .knowledge import Knowledge

    data_version = Knowledge.load().version
    if args.dask is None:
        return code_articles(todo, n_process=args.processes, batch_size=args.batch_size), data_version
    from .cluster import code_on_cluster, connect, workers

    client = stack.enter_context(connect(args.dask))
    if not args.quiet:
        n = len(workers(client))
        _notify(f"coding on {n} Dask worker{'s' if n != 1 else ''} ({args.dask})")
    return code_on_cluster(todo, client, batch_size=args.batch_size, data_version=data_version), data_version


def cmd_events(args: argparse.Namespace) -> int:
    query = _query(args)
    if args.limit is not None and args.limit < 0:
        raise NewsEventsError("--limit must be 0 or more")
    out = sys.stdout
    with _reader(args) as store:
        if args.format == "jsonl":  # the records, made straight from the rows
            for rec in store.records(query, limit=args.limit, mentions=args.mentions):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
        elif args.mentions:
            writer = Writer(out, args.format)
            writer.write(store.events(query, limit=args.limit, mentions=True))
            writer.close()
        elif args.format == "csv":
            w = csv.DictWriter(out, fieldnames=[*GROUP_COLUMNS, *CSV_FIELDS], lineterminator="\n")
            w.writeheader()
            for head, ev in store.grouped(query, limit=args.limit):
                w.writerow({**head, **flat(ev)})
        else:
            grouped = list(store.grouped(query, limit=args.limit))
            counts = [f"{h['num_mentions']}/{h['num_articles']}" for h, _ in grouped]
            out.write(table([ev for _, ev in grouped], counts=counts))
        out.flush()
    return EXIT_OK


def cmd_series(args: argparse.Namespace) -> int:
    query = _query(args)
    with _reader(args) as store:
        periods = store.series(query, by=args.by, count=args.count)
    rows = [p.to_dict() for p in periods]
    names = ["period", args.count, "goldstein", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
    _print_rows(names, [tuple(r.values()) for r in rows], args.format)
    return EXIT_OK


def cmd_sql(args: argparse.Namespace) -> int:
    with _reader(args) as store:
        names, rows = store.sql(args.query)
    _print_rows(names, rows, args.format)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .store import export

    query = _query(args)
    with _reader(args) as store:
        n = export(store, args.format, args.out, sys.stdout, query)
    print(f"newsevents: exported {n} events as {args.format}" + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return EXIT_OK


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v == v else "nan"
    return str(v)


def _print_rows(names: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(names)
        w.writerows([[_cell(v) for v in r] for r in rows])
    else:
        cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
        widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
        for line in [names, *cells]:
            out.write("  ".join(c.ljust(width) for c, width in zip(line, widths, strict=True)).rstrip() + "\n")
        if not rows:
            out.write("(no rows)\n")
    out.flush()


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    dev = args.shared / "data" / "dev"
    if not (dev / "cameo_class_train.tsv").exists():
        raise NewsEventsError(f"no development files in {dev} (give --shared DIR)")
    report = evaluate(Coder(), args.shared, args.labels, limit=args.limit)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(report))
    return EXIT_OK


def _columns(args: argparse.Namespace) -> Columns:
    return Columns(text=args.text_col, date=args.date_col, id=args.id_col, title=args.title_col)


def _report(item: RecordError) -> None:
    print(f"newsevents: {item}", file=sys.stderr)


def _progress(items: Iterator[CodedArticle | RecordError], quiet: bool) -> Iterator[CodedArticle | RecordError]:
    if quiet:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(items, unit=" articles", file=sys.stderr, disable=None, leave=False) as bar:
        yield from bar


def cmd_code(args: argparse.Namespace) -> int:
    items = read_inputs(args.inputs, published=args.published, columns=_columns(args))
    writer = Writer(sys.stdout, args.format)
    stats = Stats()
    coder = Coder() if args.processes <= 1 else None
    for item in _progress(code_articles(items, coder=coder, n_process=args.processes), args.quiet):
        if isinstance(item, RecordError):
            _report(item)
            if item.level == "error":
                stats.errors += 1
            else:
                stats.warnings += 1
            continue
        stats.add(item.stats)
        writer.write(e for e in item.events if e.primary or not args.primary_only)
    writer.close()
    if not args.quiet:
        print(
            f"newsevents: {stats.articles} articles, {stats.sentences} sentences, {stats.events} events, "
            f"{stats.errors} errors, {stats.warnings} warnings",
            file=sys.stderr,
        )
    return EXIT_RECORD_ERRORS if stats.errors else EXIT_OK


def cmd_parts(args: argparse.Namespace) -> int:
    """`places` and `dates`: the geoparser's or the date resolver's records, without event coding."""
    from .parts import PLACE_FIELDS, TIME_FIELDS, extract

    items = read_inputs(args.inputs, published=args.published, columns=_columns(args))
    writer = RecordWriter(sys.stdout, PLACE_FIELDS if args.part == "places" else TIME_FIELDS, args.format)
    articles = records = errors = 0
    for item in extract(items, args.part):
        if isinstance(item, RecordError):
            _report(item)
            errors += item.level == "error"
            continue
        articles += 1
        records += len(item[1])
        writer.write(r.to_dict() for r in item[1])
    writer.close()
    if not args.quiet:
        print(f"newsevents: {articles} articles, {records} {args.part}, {errors} errors", file=sys.stderr)
    return EXIT_RECORD_ERRORS if errors else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    items = list(read_inputs([args.inputs], published=args.published, columns=_columns(args)))
    coder = Coder()
    errors = 0
    out = sys.stdout
    for item in code_articles(items, coder=coder):
        if isinstance(item, RecordError):
            _report(item)
            errors += item.level == "error"
            continue
        out.write(f"article {item.article.article_id} (published {item.article.published}), data version {coder.data_version}\n")
        shown = 0
        for ev, why in item.explanations:
            if args.sentence is not None and ev.sentence_index != args.sentence:
                continue
            shown += 1
            out.write(f"\n[{ev.sentence_index}] {ev.sentence}\n")
            tgt = ev.target
            out.write(
                f"  event {ev.event_id}{' (primary)' if ev.primary else ''}: {ev.cameo} "
                f"{coder.knowledge.ontology.get(ev.cameo).name} | PLOVER {ev.plover.event or '-'}"
                f" | Goldstein {ev.goldstein:+.1f} | confidence {ev.confidence}\n"
            )
            out.write(f"  trigger: {ev.trigger.text!r} at {ev.trigger.start}-{ev.trigger.end}\n")
            if ev.source.text:
                out.write(
                    f"  source:  {ev.source.text!r} -> {ev.source.country or '?'} {ev.source.sector or '?'}"
                    f"{' (' + ev.source.name + ')' if ev.source.name else ''}\n"
                )
            else:
                out.write("  source:  unnamed (the text names no doer; see the reasons below)\n")
            if tgt is not None:
                out.write(
                    f"  target:  {tgt.text!r} -> {tgt.country or '?'} {tgt.sector or '?'}"
                    f"{' (' + tgt.name + ')' if tgt.name else ''}\n"
                )
            loc = ev.location
            out.write(f"  date:    {ev.date} ({ev.date_precision}{', ' + repr(ev.date_text) if ev.date_text else ''})\n")
            if loc is not None:
                out.write(
                    f"  where:   {loc.text!r} -> {loc.name}, {loc.admin1 or '-'}, {loc.country} ({loc.precision}, "
                    f"{loc.lat:.2f} {loc.lon:.2f}; from the {loc.source})\n"
                )
            out.write(f"  rule:    {ev.rule}\n")
            for line in why:
                out.write(f"    - {line}\n")
        if not shown:
            out.write("(no events)\n")
    return EXIT_RECORD_ERRORS if errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_FATAL
    try:
        return int(args.func(args))
    except NewsEventsError as exc:
        print(f"newsevents: error: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
