"""Coding on a Dask cluster: batches of articles go to Dask workers, coded articles come back.

    >>> with connect("local:2") as client:                   # or "tcp://scheduler:8786"
    ...     for item in code_on_cluster(store.pending(items), client):
    ...         ...                                           # as code_articles yields them

Each worker builds one `Coder` (the model and the knowledge) on its first batch and
keeps it (`CoderPlugin`). Results come back to the client in input order, so that the
client stores them with `Store.ingest` exactly as an in-process run does. A batch whose
worker dies is run again on another worker by the scheduler; the client takes each
batch's result once, so nothing is stored twice.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from . import __version__
from .errors import NewsEventsError
from .models import Article, RecordError
from .pipeline import BATCH_SIZE, CodedArticle, Coder, _batches, code_batch

PLUGIN = "newsevents-coder"
CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler
WORKERS_TIMEOUT = 60.0  # seconds to wait for a first worker
ADDRESS = re.compile(r"^(tcp|tls)://[^\s/:]+:\d{1,5}$")


class ClusterError(NewsEventsError):
    """The Dask cluster cannot be reached or used (names the address and the reason)."""


class CoderPlugin(WorkerPlugin):
    """One Coder per worker process, built by its first batch (in a task thread, not the worker's event loop)."""

    def __init__(self) -> None:
        self._coder: Coder | None = None
        self._lock: threading.Lock | None = None

    def setup(self, worker: Any) -> None:
        self._lock = threading.Lock()
        # Dask's statistical profiler samples the task thread's stack every 10 ms on the worker's
        # event loop; on spaCy's Python-heavy code that costs a fifth of the throughput
        for name in ("profile", "profile-cycle"):
            callback = worker.periodic_callbacks.pop(name, None)
            if callback is not None:
                callback.stop()

    def coder(self) -> Coder:
        assert self._lock is not None, "CoderPlugin.setup has not run"
        with self._lock:
            if self._coder is None:
                self._coder = Coder()
            return self._coder

    def __getstate__(self) -> dict[str, Any]:  # sent to workers without a model or a lock
        return {"_coder": None, "_lock": None}


@dataclass
class BatchResult:
    """What a worker sends back for one batch."""

    results: list[CodedArticle | RecordError]
    newsevents_version: str
    data_version: str
    worker: str


def _coder() -> tuple[Coder, str]:
    worker = get_worker()
    plugin = worker.plugins[PLUGIN]
    assert isinstance(plugin, CoderPlugin)
    return plugin.coder(), str(worker.address)


def _code(batch: list[Article | RecordError]) -> BatchResult:
    """The task: code one batch on this worker's Coder."""
    coder, address = _coder()
    return BatchResult(code_batch(coder, batch), __version__, coder.data_version, address)


def _warm() -> str:
    """The task that loads the model ahead of the first batch; returns the worker's address."""
    return _coder()[1]


def parse_address(spec: str) -> int | str:
    """`local:N` -> N (workers of a LocalCluster); `tcp://HOST:PORT` -> the scheduler's address."""
    s = spec.strip()
    if s.startswith("local:"):
        n = s.removeprefix("local:")
        if n.isdigit() and int(n) >= 1:
            return int(n)
    elif ADDRESS.match(s) and int(s.rsplit(":", 1)[1]) <= 65535:
        return s
    raise ClusterError(f"--dask {spec!r}: give local:N (N worker processes here) or tcp://HOST:PORT (a running scheduler)")


@contextmanager
def connect(spec: str, *, timeout: float = CONNECT_TIMEOUT, workers_timeout: float = WORKERS_TIMEOUT) -> Iterator[Client]:
    """A Client on a new LocalCluster (`local:N`) or on a running scheduler (`tcp://HOST:PORT`), set up for coding."""
    target = parse_address(spec)
    cluster: LocalCluster | None = None
    try:
        if isinstance(target, int):
            cluster = LocalCluster(
                n_workers=target,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster, timeout=timeout)
        else:
            client = Client(target, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {spec}: {_first_line(exc)}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=workers_timeout)
        except TimeoutError:
            raise ClusterError(
                f"the Dask scheduler at {spec} has no workers after {workers_timeout:.0f} s (start some: dask worker {spec})"
            ) from None
        try:
            client.register_plugin(CoderPlugin(), name=PLUGIN)
        except Exception as exc:
            raise ClusterError(
                f"Dask workers at {spec} cannot load newsevents (install it on every worker): {_first_line(exc)}"
            ) from None
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def workers(client: Client) -> list[str]:
    """The addresses of the cluster's workers now."""
    return list(client.scheduler_info(n_workers=-1)["workers"])


def warm(client: Client) -> list[str]:
    """Load the model on every worker now (in parallel), rather than with each worker's first batch."""
    futures = [client.submit(_warm, workers=[w], allow_other_workers=False, pure=False) for w in workers(client)]
    return [str(f.result()) for f in futures]


def code_on_cluster(
    items: Iterable[Article | RecordError],
    client: Client,
    *,
    batch_size: int = BATCH_SIZE,
    window: int | None = None,
    data_version: str | None = None,
) -> Iterator[CodedArticle | RecordError]:
    """Code a stream of articles on the cluster's workers; results in input order, RecordErrors passed through.

    At most `window` batches (default: four per worker, at least 8) are in flight or
    waiting to be taken, so a corpus of any size streams through in bounded memory.
    A batch whose worker died is run again elsewhere by the scheduler; each batch's
    result is taken once. With `data_version`, a batch coded with other knowledge
    (or another newsevents version) on some worker stops the run with a ClusterError.
    """
    if window is None:
        # results are taken in input order: room for a slow batch at the head to finish while the
        # other workers go on (two per worker left the second worker idle a tenth of the time on FA-KES)
        window = max(8, 4 * len(workers(client)))
    inflight: deque[tuple[Future, int]] = deque()
    batches = _batches(items, batch_size)

    def take() -> list[CodedArticle | RecordError]:
        future, size = inflight.popleft()
        try:
            got = future.result()
        except KilledWorker as exc:
            raise ClusterError(f"a batch of {size} articles killed Dask workers repeatedly (out of memory?): {exc}") from None
        except NewsEventsError:
            raise
        except Exception as exc:
            raise ClusterError(
                f"a batch of {size} articles failed on a Dask worker: {type(exc).__name__}: {_first_line(exc)}"
            ) from None
        finally:
            future.release()
        assert isinstance(got, BatchResult)
        if got.newsevents_version != __version__:
            raise ClusterError(
                f"Dask worker {got.worker} runs newsevents {got.newsevents_version}, this client {__version__}: "
                "install the same version on every machine"
            )
        if data_version is not None and got.data_version != data_version:
            raise ClusterError(
                f"Dask worker {got.worker} codes with data version {got.data_version}, this client has {data_version}: "
                "install the same newsevents on every machine"
            )
        return got.results

    for batch in batches:
        inflight.append((client.submit(_code, batch, pure=False), len(batch)))
        if len(inflight) >= window:
            yield from take()
    while inflight:
        yield from take()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


__all__ = ["ClusterError", "CoderPlugin", "code_on_cluster", "connect", "parse_address", "warm", "workers"]
