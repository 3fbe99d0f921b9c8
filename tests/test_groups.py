"""One event, many reports: grouping mentions into events, in memory and in real stores, in any arrival order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import snapshot
from newsevents import Article, Coder, code_articles
from newsevents.models import Actor, Event, Location, Plover, Span
from newsevents.pipeline import CodedArticle, Stats
from newsevents.store import EventQuery, GroupingRules, Store
from newsevents.store._groups import Mention, cluster, date_span, group_key
from newsevents.store._schema import EVENT_COLUMNS, migrations
from newsevents.store._store import _event_row

D = dt.date


def test_date_span_follows_precision():
    pub = D(2020, 3, 4)
    assert date_span(D(2020, 2, 29), "day", pub, 2) == (D(2020, 2, 29), D(2020, 2, 29))
    assert date_span(pub, "published", pub, 2) == (D(2020, 3, 2), pub)
    assert date_span(pub, "published", pub, 0) == (pub, pub)
    assert date_span(D(2020, 2, 24), "week", pub, 2) == (D(2020, 2, 24), D(2020, 3, 1))
    assert date_span(D(2020, 2, 1), "month", pub, 2) == (D(2020, 2, 1), D(2020, 2, 29))  # a leap year
    assert date_span(D(2019, 12, 1), "season", pub, 2) == (D(2019, 12, 1), D(2020, 2, 29))  # winter crosses the year
    assert date_span(D(2019, 1, 1), "year", pub, 2) == (D(2019, 1, 1), D(2019, 12, 31))


def test_group_key_and_mentions_that_stay_in_their_article():
    assert (
        group_key("TUR", "MIL", "SYR", "MIL", "ASSAULT", "19", "asserted", "a1", True, None) == "TUR|MIL|SYR|MIL|ASSAULT|asserted"
    )
    # a statement with no PLOVER type ("Iran said"): only with mentions of its own article
    assert group_key("IRN", "GOV", None, None, None, "01", "future", "a1", False, "IR.01") == "IRN|GOV|||CAMEO01|future|@a1"
    # "airstrikes killed 20 people": no source country or sector
    assert group_key(None, None, "SYR", "CVL", "ASSAULT", "19", "asserted", "a1", True, "SY.12").endswith("|@a1")
    # "rebels attacked" somewhere in Syria: no target and no first-level region
    assert group_key("SYR", "REB", None, None, "ASSAULT", "19", "asserted", "a1", False, None).endswith("|@a1")
    assert not group_key("SYR", "REB", None, None, "ASSAULT", "19", "asserted", "a1", False, "SY.12").endswith("|@a1")


def _m(eid: str, precision: str, lo: D, hi: D | None = None, admin1: str | None = "SY.12", art: str = "") -> Mention:
    return Mention(eid, art or f"art-{eid}", f"outlet-{eid}", hi or lo, precision, lo, hi or lo, "SYR", admin1)


def _shape(groups) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return sorted((g.representative.event_id, tuple(sorted(m.event_id for m in g.members))) for g in groups)


def test_a_day_joins_the_week_and_month_that_hold_it_and_the_most_precise_leads():
    month = _m("m-month", "month", D(2020, 2, 1), D(2020, 2, 29))
    day = _m("d-day", "day", D(2020, 2, 27))
    week = _m("w-week", "week", D(2020, 2, 24), D(2020, 3, 1))
    (group,) = cluster([month, day, week])
    assert _shape([group]) == [("d-day", ("d-day", "m-month", "w-week"))]
    assert (group.lo, group.hi) == (D(2020, 2, 27), D(2020, 2, 27))  # the days every member allows
    # with another day in the month, the month joins one of the two events (the earlier), never both
    other = _m("x-other-day", "day", D(2020, 2, 20))
    assert _shape(cluster([month, day, week, other])) == [
        ("d-day", ("d-day", "w-week")),
        ("x-other-day", ("m-month", "x-other-day")),
    ]


def test_publication_dated_mentions_merge_within_the_window():
    a = _m("a", "published", D(2020, 3, 2), D(2020, 3, 4))  # published 4 March, window 2
    b = _m("b", "published", D(2020, 3, 4), D(2020, 3, 6))  # published 6 March: shares the 4th
    c = _m("c", "published", D(2020, 3, 5), D(2020, 3, 7))  # published 7 March: overlaps b, not a
    assert _shape(cluster([a, b, c])) == [("a", ("a", "b")), ("c", ("c",))]


def test_news_of_the_day_does_not_join_an_event_dated_to_a_month():
    today = _m("a", "published", D(2017, 10, 9), D(2017, 10, 11))  # "a third bomber detonated explosives"
    early = _m("b", "month", D(2017, 10, 1), D(2017, 10, 31))  # "in early October four bombers blew themselves up"
    day = _m("c", "day", D(2017, 10, 10))
    assert _shape(cluster([today, early])) == [("a", ("a",)), ("b", ("b",))]
    # a day-dated mention may take both, but the month then goes to its own group if the news of the day is in
    assert _shape(cluster([today, early, day])) == [("b", ("b",)), ("c", ("a", "c"))]


def test_places_must_agree_at_first_level_region():
    idlib = _m("a", "day", D(2020, 2, 29), admin1="SY.12")
    aleppo = _m("b", "day", D(2020, 2, 29), admin1="SY.09")
    unknown = _m("c", "day", D(2020, 2, 29), admin1=None)
    groups = cluster([unknown, aleppo, idlib])
    # Idlib and Aleppo stay apart; the mention of unknown place joins one of them, never both, never a chain
    assert _shape(groups) == [("a", ("a", "c")), ("b", ("b",))]
    turkey = Mention("d", "art-d", None, D(2020, 2, 29), "day", D(2020, 2, 29), D(2020, 2, 29), "TUR", None)
    assert len(cluster([idlib, turkey])) == 2  # countries must agree too


def test_grouping_does_not_depend_on_order():
    rng = random.Random(5)
    days = [D(2020, 3, 1) + dt.timedelta(days=i) for i in range(6)]
    ms = []
    for i in range(60):
        precision = rng.choice(["day", "day", "published", "week", "month"])
        day = rng.choice(days)
        lo, hi = date_span(day, precision, day, 2)
        ms.append(_m(f"e{i:02d}", precision, lo, hi, admin1=rng.choice(["SY.12", "SY.09", None])))
    reference = _shape(cluster(ms))
    ids = sorted(g.id for g in cluster(ms))
    for _ in range(20):
        rng.shuffle(ms)
        assert _shape(cluster(ms)) == reference
        assert sorted(g.id for g in cluster(ms)) == ids
    for g in cluster(ms):  # every member fits every other: a common day and one region
        assert max(m.lo for m in g.members) <= min(m.hi for m in g.members)
        assert len({m.admin1 for m in g.members} - {None}) <= 1


def test_counts_articles_and_sources():
    ms = [
        Mention("a", "art1", "Agency", D(2020, 3, 1), "day", D(2020, 3, 1), D(2020, 3, 1), "SYR", None),
        Mention("b", "art1", "Agency", D(2020, 3, 1), "day", D(2020, 3, 1), D(2020, 3, 1), "SYR", None),
        Mention("c", "art2", "Agency", D(2020, 3, 2), "day", D(2020, 3, 1), D(2020, 3, 1), "SYR", None),
        Mention("d", "art3", None, D(2020, 3, 2), "day", D(2020, 3, 1), D(2020, 3, 1), "SYR", None),
    ]
    (g,) = cluster(ms)
    assert g.counts() == (4, 3, 2)  # an article with no source counts as a source of its own


def _synthetic(rng: random.Random, n: int, days: int = 60) -> list[CodedArticle]:
    """Coded articles made without the model: mentions on two dense keys, all precisions, some places."""
    template = Event(
        event_id="",
        article_id="",
        published=D(2020, 1, 1),
        date=D(2020, 1, 1),
        date_precision="published",
        date_text=None,
        modality="asserted",
        historical=False,
        sentence_index=0,
        sentence="Synthetic forces shelled synthetic positions.",
        trigger=Span("shelled", 18, 25),
        source=Actor("Synthetic forces", 0, 16, "SYR", "MIL", None),
        target=Actor("synthetic positions", 26, 45, "SYR", "REB", None),
        cameo="194",
        cameo_root="19",
        quad_class=4,
        goldstein=-10.0,
        plover=Plover("ASSAULT", None),
        primary=True,
        confidence=0.7,
        rule="synthetic",
    )
    out = []
    for i in range(n):
        published = D(2020, 1, 1) + dt.timedelta(days=rng.randrange(days))
        events = []
        for j in range(rng.randrange(1, 7)):
            precision = rng.choice(["published", "published", "published", "day", "day", "week", "month", "year"])
            date = {
                "published": published,
                "day": published - dt.timedelta(days=rng.randrange(4)),
                "week": published - dt.timedelta(days=published.weekday() + 7 * rng.randrange(2)),
                "month": published.replace(day=1),
                "year": published.replace(month=1, day=1),
            }[precision]
            region = rng.choice(["SY.01", "SY.02", None])
            place = (
                Location(region, "SYR", region, region, 0.0, 0.0, region, "admin1", region, 0, 1, "sentence") if region else None
            )
            source = dataclasses.replace(template.source, country=rng.choice(["SYR", "TUR"]))
            events.append(
                dataclasses.replace(
                    template,
                    event_id=f"{rng.getrandbits(64):016x}",
                    article_id=f"s{i:04d}",
                    published=published,
                    date=date,
                    date_precision=precision,
                    source=source,
                    sentence_index=j,
                    location=place,
                )
            )
        art = Article(f"s{i:04d}", f"synthetic {i} {rng.random()}", published, source=f"outlet{rng.randrange(5)}")
        out.append(CodedArticle(art, events, Stats(articles=1)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_grouping_equals_grouping_everything_at_once(tmp_path, seed):
    """Random dense keys, random arrival order and batch sizes, articles replaced on the way: the store's
    local regrouping gives exactly the groups of one sweep over all the mentions."""
    rng = random.Random(seed)
    final = _synthetic(rng, 150)
    drafts = [
        dataclasses.replace(c, article=dataclasses.replace(c.article, text=c.article.text + " draft"))
        for c in _synthetic(random.Random(seed + 100), 150)[:40]
    ]
    drafts = [
        dataclasses.replace(
            d,
            article=dataclasses.replace(d.article, article_id=f"s{i:04d}"),
            events=[dataclasses.replace(e, article_id=f"s{i:04d}") for e in d.events],
        )
        for i, d in enumerate(drafts)
    ]
    ref = tmp_path / "ref.duckdb"
    _ingest(ref, final, batch_size=1000)
    db = tmp_path / "inc.duckdb"
    order = drafts + final
    rng.shuffle(order)
    order = [c for c in order if c not in final] + [c for c in order if c in final]  # drafts first, then their replacements
    rng.shuffle(order[: len(drafts)])
    i = 0
    while i < len(order):
        size = rng.randrange(1, 12)
        _ingest(db, order[i : i + size], batch_size=size)
        i += size
    full = tmp_path / "full.duckdb"
    _ingest(full, final, batch_size=1000)
    _ingest(full, [], rules=GroupingRules(window=0))
    _ingest(full, [], rules=GroupingRules(window=2))  # regrouped from scratch twice
    expected = snapshot(ref)
    assert snapshot(db)[1:] == expected[1:]
    assert snapshot(full)[1:] == expected[1:]
    with Store(ref, read_only=True) as store:
        counted = store.execute("SELECT count(*), sum(num_mentions) FROM event_groups").fetchone()
        assert counted is not None and counted[1] == store.count("mentions") and counted[0] < counted[1]


# --- in a store ------------------------------------------------------------------------------

TEXTS = [
    ("a1", "2020-03-01", "Agency", "Turkish troops shelled Syrian army positions near Saraqeb on Saturday."),
    ("a2", "2020-03-02", "Paper", "Turkish troops shelled Syrian army positions near Saraqeb on Saturday, the ministry said."),
    ("a3", "2020-03-01", "Agency", "Turkish troops shelled Syrian army positions near Saraqeb."),
    ("a4", "2020-03-10", "Paper", "Turkish troops shelled Syrian army positions near Saraqeb."),
    ("a5", "2020-03-01", "Radio", "Turkish troops shelled Syrian army positions in Aleppo on Saturday."),
    ("a6", "2020-03-01", "Radio", "Russia condemned Turkey."),
    ("a7", "2020-03-03", "Paper", "Turkish troops shelled Syrian army positions in Syria last week."),
]


@pytest.fixture(scope="module")
def reports(coder: Coder) -> list[CodedArticle]:
    arts = [Article(i, t, D.fromisoformat(d), source=s) for i, d, s, t in TEXTS]
    out = [c for c in code_articles(arts, coder=coder) if isinstance(c, CodedArticle)]
    assert len(out) == len(TEXTS)
    return out


def _ingest(db: Path, items: list[CodedArticle], batch_size: int = 64, rules: GroupingRules | None = None) -> None:
    with Store(db, rules=rules) as store:
        store.ingest(items, data_version="test", batch_size=batch_size)


def _members(db: Path) -> dict[str, set[str]]:
    """Grouped event id -> the articles of its mentions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT group_id, article_id FROM mentions").fetchall()
    finally:
        con.close()
    out: dict[str, set[str]] = {}
    for g, a in rows:
        out.setdefault(g, set()).add(a)
    return out


def test_reports_of_one_shelling_are_one_event(tmp_path, reports):
    db = tmp_path / "s.duckdb"
    _ingest(db, reports)
    groups = sorted(sorted(arts) for arts in _members(db).values())
    # a1, a2 (same Saturday, Idlib), a3 (dated by publication, the day after): one event; a4 is nine days later;
    # a5 is in Aleppo; a6 is another event; a7 (last week, somewhere in Syria) fits one of the Saturday events
    assert ["a4"] in groups and ["a6"] in groups
    assert ["a1", "a2", "a3"] in groups or ["a1", "a2", "a3", "a7"] in groups
    assert ["a5"] in groups or ["a5", "a7"] in groups
    assert len(groups) == 4
    with Store(db, read_only=True) as store:
        (shelling,) = [r for r in store.records() if {m["article_id"] for m in r["mentions"]} >= {"a1", "a2", "a3"}]
        assert store.count("events") == 4 and store.count("mentions") == len(TEXTS)
    # the representative has the most precise date; counts, sources, first and last seen
    assert shelling["date"] == "2020-02-29" and shelling["date_precision"] == "day"
    n = 4 if "a7" in {m["article_id"] for m in shelling["mentions"]} else 3
    assert (shelling["num_mentions"], shelling["num_articles"], shelling["num_sources"]) == (n, n, 2)
    assert shelling["first_seen"] == "2020-03-01" and shelling["last_seen"] == ("2020-03-03" if n == 4 else "2020-03-02")


def test_any_arrival_order_gives_the_same_events(tmp_path, reports):
    """The same articles in one run or several, in any order, in any batch size: the same events, ids and evidence."""
    ref = tmp_path / "ref.duckdb"
    _ingest(ref, reports)
    expected = snapshot(ref)
    rng = random.Random(11)
    for trial in range(4):
        order = list(reports)
        rng.shuffle(order)
        db = tmp_path / f"t{trial}.duckdb"
        cut = rng.randrange(1, len(order))
        _ingest(db, order[:cut], batch_size=1 + trial)  # one run, then another
        _ingest(db, order[cut:], batch_size=1 + trial)
        got = snapshot(db)
        assert got[1] == expected[1]  # mentions, with their group ids
        assert got[2] == expected[2]  # grouped events: ids, representatives, counts, spans


def test_a_replaced_article_leaves_its_events(tmp_path, reports, coder):
    db = tmp_path / "s.duckdb"
    _ingest(db, reports)
    before = len(_members(db))
    a3 = next(c for c in reports if c.article.article_id == "a3")
    # a3 now reports a condemnation: it leaves the shelling (which keeps a1 and a2) and joins a6's event
    new = coder.code(Article("a3", "Russia condemned Turkey.", a3.article.published, source="Agency"))
    _ingest(db, [new])
    groups = sorted(sorted(arts) for arts in _members(db).values())
    assert ["a3", "a6"] in groups and not any("a3" in g and "a1" in g for g in groups)
    assert len(groups) == before
    with Store(db, read_only=True) as store:
        counted = store.execute("SELECT sum(num_mentions) FROM event_groups").fetchone()
        assert counted == (store.count("mentions"),)


def test_a_narrower_window_regroups_the_store(tmp_path, reports):
    db = tmp_path / "s.duckdb"
    _ingest(db, reports)
    wide = _members(db)
    _ingest(db, [], rules=GroupingRules(window=0))  # a3 (published 1 March, undated) no longer reaches 29 February
    narrow = _members(db)
    assert len(narrow) == len(wide) + 1 and {"a3"} in narrow.values()
    with Store(db) as store:  # reopened without rules: keeps the store's own
        assert store.rules.window == 0
    assert _members(db) == narrow


def test_a_schema_1_store_is_grouped_on_first_open(tmp_path, reports):
    db = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(db))
    try:
        for statement in con.extract_statements(migrations()[0].sql):
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        for c in reports:
            a = c.article
            con.execute(
                "INSERT INTO articles VALUES (?, 'h', ?, NULL, NULL, ?, 'x', 1, ?, 'old', 'test', now())",
                [a.article_id, a.published, a.source, len(c.events)],
            )
            for i, ev in enumerate(c.events):
                con.execute(f"INSERT INTO events VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", list(_event_row(ev, i, "test")))
    finally:
        con.close()
    ref = tmp_path / "ref.duckdb"
    _ingest(ref, reports)
    messages: list[str] = []
    with Store(db, notify=messages.append) as store:
        assert store.schema_version == 2
    assert messages == [f"grouped the {len(TEXTS)} stored mentions into events (window 2 days)"]
    assert sorted(map(sorted, _members(db).values())) == sorted(map(sorted, _members(ref).values()))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True, timeout=300)


def test_cli_events_mentions_and_series_counts(tmp_path, reports):
    db = tmp_path / "s.duckdb"
    _ingest(db, reports)
    r = _cli("events", "--db", str(db), "--plover", "ASSAULT")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(events) == 3 and sum(e["num_mentions"] for e in events) == 6
    r = _cli("events", "--db", str(db), "--plover", "ASSAULT", "--mentions", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1 + 6
    r = _cli("events", "--db", str(db), "--format", "table")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("reports") and len(r.stdout.splitlines()) == 1 + 4
    by = {}
    for count in ("events", "mentions"):
        r = _cli("series", "--db", str(db), "--dyad", "TUR:SYR", "--by", "month", "--count", count, "--format", "csv")
        assert r.returncode == 0, r.stderr
        by[count] = r.stdout.splitlines()
    assert by["events"][0].startswith("period,events,") and by["mentions"][0].startswith("period,mentions,")
    total = {k: sum(int(line.split(",")[1]) for line in v[1:]) for k, v in by.items()}
    assert total == {"events": 3, "mentions": 6}
    with Store(db, read_only=True) as store:
        assert sum(p.events for p in store.series(EventQuery(dyad=("TUR", "SYR")), by="month")) == 3
