"""What the held-out corpus tests share (tests/test_other_stories*.py): one import of a
corpus through the command line, and the scorer's rules (../shared/tools/score_corpus.py)
for resolving a name, matching an event and finding a disagreement."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from rapidfuzz import fuzz

from workbench.cli import cli


def fold(text: str) -> str:
    """The scorer's fold: lower case, no accents, non-alphanumerics as one space."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def params(items, fails, key=lambda x: x):
    """pytest params of ``items``, those whose key is in ``fails`` marked strict xfail with its cause."""
    return [pytest.param(*(item if isinstance(item, tuple) else (item,)), id=str(key(item)),
                         marks=[xfail(fails[key(item)])] if key(item) in fails else [])
            for item in items]


def import_case(db: Path, corpus: Path, gold: dict, *, quotes: bool = False) -> dict:
    """Import ``corpus`` into ``db`` and read back what the tests look at, as JSON."""
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    run("import", str(corpus))
    entities = json.loads(run("entities", "--json"))
    names = sorted({n for g in gold["aliases"] for n in [g["canonical"], *g["aliases"]]}
                   | {n for pair in gold["must_not_merge"] for n in pair})
    hits = {}
    for line in run("search", "--json", *names).splitlines():
        if line.strip():
            row = json.loads(line)
            hits[row["query"]] = row.get("hits", [])
    case = {
        "entities": {e["id"]: e for e in entities},
        "hits": hits,
        "events": json.loads(run("events", "--json")),
        "conflicts": json.loads(run("conflicts", "--json")),
        "sources": {Path(s["file"]).name[:2]: s for s in json.loads(run("sources", "--json"))},
    }
    if quotes:
        case["quotes"] = json.loads(run("quotes", "--json"))
    return case


def resolve(case: dict, name: str) -> dict | None:
    """The entity a name resolves to, as the scorer decides it (None if the hit lacks the name)."""
    for hit in case["hits"].get(name, []):
        if hit.get("kind", "entity") == "entity":
            ent = case["entities"].get(hit["id"], hit)
            labels = [ent.get("name", ""), *(ent.get("aliases") or [])]
            if max((fuzz.token_set_ratio(fold(name), fold(label)) for label in labels), default=0) >= 85:
                return ent
            return None
    return None


def covers(names: list[str], files: list[str]) -> bool:
    """Whether every file prefix ('01') is the start of one of the names."""
    have = {Path(n).name for n in names}
    return all(any(h.startswith(f) for h in have) for f in files)


def event_files(event: dict) -> list[str]:
    return [s.get("file", "") if isinstance(s, dict) else str(s) for s in event.get("sources") or []]


def event_matches(gold: dict, event: dict) -> bool:
    if gold.get("count") is not None and event.get("count") != gold["count"]:
        return False
    if gold.get("date") and not str(event.get("date") or "").startswith(gold["date"]):
        return False
    return covers(event_files(event), gold.get("files", []))


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def numbers(text: str) -> set[int]:
    """The numbers of a value as the scorer (score_corpus.py) reads them: digits, and number words to twelve."""
    found = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text or "")}
    return found | {NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", (text or "").lower()) if w in NUMBER_WORDS}


def disagreement_found(case: dict, gold: dict) -> bool:
    """Whether one conflict shows two of the gold disagreement's values, each from its file."""
    for conflict in case["conflicts"]:
        got = 0
        for value in gold["values"]:
            for cv in conflict.get("values", []):
                src = cv.get("source", cv.get("file", ""))
                name = src.get("file", "") if isinstance(src, dict) else str(src)
                if covers([name], [value["file"]]) and numbers(value["value"]) & numbers(cv.get("value", "")):
                    got += 1
                    break
        if got >= 2:
            return True
    return False


def by_date(event: dict) -> str:
    """A gold event's test id: its date (a set whose events all fall on different days)."""
    return event["date"]


def assert_fails_name_gold_items(fails: dict[str, dict[str, str]], gold: dict, event_key) -> None:
    """Every key of a set's FAILS names an item of its gold, of the kind it is filed under
    (events by ``event_key``)."""
    assert set(fails["alias"]) <= {a for g in gold["aliases"] for a in g["aliases"]}
    assert set(fails["canonical"]) <= {g["canonical"] for g in gold["aliases"]}
    assert set(fails["separate"]) <= {f"{a}|{b}" for a, b in gold["must_not_merge"]}
    assert set(fails["not_entity"]) <= set(gold["not_entities"])
    assert set(fails["event"]) <= {event_key(g) for g in gold["events"]}
    assert set(fails["conflict"]) <= {d["topic"] for d in gold["disagreements"]}


def define_corpus_tests(namespace: dict, corpus: Path, gold: dict, fails: dict[str, dict[str, str]],
                        *, event_key=by_date) -> None:
    """Put the tests of one held-out corpus in a test module's ``namespace``: a module
    fixture importing ``corpus`` once, a check that ``fails`` names gold items only, and
    one test per gold item of each kind, those named in ``fails`` strict xfails with
    their cause (so a fix flips one to XPASS and its entry must go)."""

    def items(kind: str, rows, key=lambda x: x):
        return params(rows(gold), fails[kind], key=key)

    @pytest.fixture(scope="module")
    def case(tmp_path_factory):
        return import_case(tmp_path_factory.mktemp(corpus.name) / "case.sqlite", corpus, gold)

    def test_fail_dicts_name_gold_items():
        assert_fails_name_gold_items(fails, gold, event_key)

    @pytest.mark.parametrize(("canonical", "alias"), items(
        "alias", lambda g: [(x["canonical"], a) for x in g["aliases"] for a in x["aliases"]], key=lambda p: p[1]))
    def test_alias_resolves_to_its_canonical(case, canonical, alias):
        want, got = resolve(case, canonical), resolve(case, alias)
        assert want is not None and got is not None and got["id"] == want["id"], (alias, got and got["name"])

    @pytest.mark.parametrize("canonical", items("canonical", lambda g: [x["canonical"] for x in g["aliases"]]))
    def test_canonical_is_found(case, canonical):
        assert resolve(case, canonical) is not None

    @pytest.mark.parametrize(("a", "b"), items("separate", lambda g: [tuple(p) for p in g["must_not_merge"]],
                                               key=lambda p: f"{p[0]}|{p[1]}"))
    def test_kept_separate(case, a, b):
        ea, eb = resolve(case, a), resolve(case, b)
        assert ea is not None and eb is not None and ea["id"] != eb["id"], (a, b)

    @pytest.mark.parametrize("phrase", items("not_entity", lambda g: g["not_entities"]))
    def test_not_an_entity(case, phrase):
        labels = {fold(label) for e in case["entities"].values() for label in [e["name"], *e["aliases"]]}
        assert fold(phrase) not in labels

    @pytest.mark.parametrize("gold_event", items("event", lambda g: g["events"], key=event_key))
    def test_event(case, gold_event):
        assert any(event_matches(gold_event, e) for e in case["events"]), gold_event["what"]

    @pytest.mark.parametrize("disagreement", items("conflict", lambda g: g["disagreements"],
                                                   key=lambda d: d["topic"]))
    def test_disagreement_is_a_conflict(case, disagreement):
        assert disagreement_found(case, disagreement), disagreement["topic"]

    for function in (case, test_fail_dicts_name_gold_items, test_alias_resolves_to_its_canonical,
                     test_canonical_is_found, test_kept_separate, test_not_an_entity, test_event,
                     test_disagreement_is_a_conflict):
        namespace[function.__name__] = function
