"""CaseData: closing never waits for a search index being built."""

from __future__ import annotations

import threading
import time

import pytest

from workbench.ui.data import CaseData, NotAvailable


def test_close_does_not_wait_for_an_index_being_built(case_db, monkeypatch):
    search = pytest.importorskip("workbench.analysis.search")
    data = CaseData(case_db)
    started, release = threading.Event(), threading.Event()
    built: list = []
    real_build = search.SearchIndex.build

    def slow_build(db):
        started.set()
        release.wait(10)
        index = real_build(db)
        built.append(index)
        return index

    monkeypatch.setattr(search.SearchIndex, "build", staticmethod(slow_build))
    errors: list[Exception] = []
    worker = threading.Thread(target=lambda: _catch(data._search_index, errors))
    worker.start()
    assert started.wait(10)
    t = time.perf_counter()
    data.close()  # the builder holds the lock: this must return at once
    assert time.perf_counter() - t < 0.5
    release.set()
    worker.join(10)
    assert errors and isinstance(errors[0], NotAvailable)  # the late index is dropped, not kept
    assert data._index is None and built
    data.search("ferro")  # after close: the plain SQL search, no index built again
    assert data._index is None


def _catch(call, errors: list) -> None:
    try:
        call()
    except Exception as err:  # noqa: BLE001 - recorded for the test
        errors.append(err)
