"""newsevents: dated news articles in, coded political events out.

>>> import newsevents
>>> coder = newsevents.Coder()
>>> for item in newsevents.code_articles(newsevents.read_inputs(["article.txt"]), coder=coder):
...     for event in item.events: print(event.cameo, event.source.country)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import DataError, InputError, ModelError, NewsEventsError  # noqa: E402
from .models import Actor, Article, Event, Location, Plover, RecordError, Span  # noqa: E402
from .parts import PlaceMention, TimeExpression, dates, places  # noqa: E402
from .pipeline import CodedArticle, Coder, Stats, code_articles  # noqa: E402
from .read import Columns, read_inputs  # noqa: E402
from .store import EventQuery, Store, StoreError  # noqa: E402

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Coder",
    "Columns",
    "DataError",
    "Event",
    "EventQuery",
    "InputError",
    "Location",
    "ModelError",
    "NewsEventsError",
    "PlaceMention",
    "Plover",
    "RecordError",
    "Span",
    "Stats",
    "Store",
    "StoreError",
    "TimeExpression",
    "__version__",
    "code_articles",
    "dates",
    "places",
    "read_inputs",
]
