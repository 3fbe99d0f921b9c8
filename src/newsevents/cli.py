"""The command line: a thin layer over the library.

    newsevents code INPUTS... [--format jsonl|csv|table] [--published DATE]
    newsevents explain INPUT [--sentence N]
    newsevents eval [--shared DIR] [--labels DIR] [--json]

Errors are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .errors import NewsEventsError
from .models import RecordError
from .output import Writer
from .pipeline import CodedArticle, Coder, Stats, code_articles
from .read import Columns, read_inputs

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
    return parser


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
            out.write(
                f"  source:  {ev.source.text!r} -> {ev.source.country or '?'} {ev.source.sector or '?'}"
                f"{' (' + ev.source.name + ')' if ev.source.name else ''}\n"
            )
            if tgt is not None:
                out.write(
                    f"  target:  {tgt.text!r} -> {tgt.country or '?'} {tgt.sector or '?'}"
                    f"{' (' + tgt.name + ')' if tgt.name else ''}\n"
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
