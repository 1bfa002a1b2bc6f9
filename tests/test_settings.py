"""Rows of the settings table, and the default citation style kept there."""

from __future__ import annotations

import pytest

from workbench.cite import UnknownStyleError, get_default_style, set_default_style
from workbench.store.settings import all_settings, get_setting, set_setting


def test_get_and_set(db):
    assert get_setting(db, "citation_style") is None
    assert get_setting(db, "citation_style", "apa") == "apa"
    set_setting(db, "citation_style", "mla")
    assert get_setting(db, "citation_style") == "mla"
    set_setting(db, "citation_style", "chicago")  # replaces, never duplicates
    assert get_setting(db, "citation_style") == "chicago"
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 1
    set_setting(db, "citation_style", None)
    assert get_setting(db, "citation_style", "apa") == "apa"
    with pytest.raises(ValueError):
        set_setting(db, "", "x")


def test_settings_persist_across_opens(tmp_path):
    from workbench.store import open_db

    path = tmp_path / "case.sqlite"
    first = open_db(path)
    set_setting(first, "citation_style", "ieee")
    set_setting(first, "other", "1")
    first.close()
    again = open_db(path)
    assert get_setting(again, "citation_style") == "ieee"
    assert all_settings(again) == {"citation_style": "ieee", "other": "1"}
    again.close()


def test_set_setting_inside_an_outer_transaction(db):
    from workbench.store import write_transaction

    with write_transaction(db):
        set_setting(db, "k", "v")
    assert get_setting(db, "k") == "v"


def test_default_citation_style(db):
    assert get_default_style(db) == "apa"
    assert set_default_style(db, "Chicago Author Date").name == "chicago-author-date"
    assert get_default_style(db) == "chicago-author-date"
    assert set_default_style(db, "harvard-cite-them-right").name == "harvard-cite-them-right"
    assert get_default_style(db) == "harvard-cite-them-right"
    with pytest.raises(UnknownStyleError):
        set_default_style(db, "harvard-cite-them-rigth")
    assert get_default_style(db) == "harvard-cite-them-right"  # unchanged by the bad name


def test_a_stored_style_that_no_longer_exists_falls_back_to_apa(db):
    set_setting(db, "citation_style", "a-style-since-uninstalled")
    assert get_default_style(db) == "apa"
