"""Named roles ("X, the founder of Y") as claims; two sources naming different people conflict."""

from workbench.ingest.importer import import_paths
from workbench.store import conflicts as store
from workbench.store import events as event_store

HEAD = "Title: {title}\nOutlet: {outlet}\nDate: 2024-05-{day:02d}\n\n"


def article(title, outlet, day, body):
    return HEAD.format(title=title, outlet=outlet, day=day) + body + "\n"


def test_different_founders_of_one_organisation_conflict(db, write_article):
    write_article("a.txt", article("Fund under scrutiny", "Harbour Post", 2,
        "Marek Dvorak, the founder of the Silver Anchor Fund, said the audit was routine. "
        "Pavel Orlov, a leader of the Silver Anchor Fund, declined to comment."))
    write_article("b.txt", article("Questions over fund", "Daily Meridian", 3,
        "Lena Sorokina, the founder of the Silver Anchor Fund, denied any wrongdoing on Friday. "
        "Regulators in Brova said the review would take months."))
    folder = write_article("c.txt", article("Audit of fund begins", "Coastal Times", 4,
        "The audit began on Monday. Marek Dvorak, the founder of the Silver Anchor Fund, "
        "welcomed it, according to a statement.")).parent
    import_paths(db, [folder])

    roles = [c for c in event_store.list_claims(db) if c["value_kind"] == "role"]
    assert {(c["file"], c["value"]) for c in roles} == {
        ("a.txt", "Marek Dvorak"), ("b.txt", "Lena Sorokina"), ("c.txt", "Marek Dvorak")}
    assert all(c["topic_key"] == "role|founder|silver anchor fund" for c in roles)
    conflicts = [c for c in store.list_conflicts(db) if c["key"].startswith("role|")]
    assert len(conflicts) == 1
    values = {v["value"] for v in conflicts[0]["values"]}
    assert values == {"Marek Dvorak", "Lena Sorokina"}


def test_agreeing_sources_and_indefinite_roles_make_no_conflict(db, write_article):
    write_article("a.txt", article("Union vote", "Harbour Post", 2,
        "Ines Ferreira, the head of the Dockworkers Guild, called the vote on Tuesday."))
    write_article("b.txt", article("Union vote held", "Daily Meridian", 3,
        "Ines Ferreira, the head of the Dockworkers Guild, said turnout was high. "
        "Tomas Lind, a leader of the Dockworkers Guild, disagreed."))
    folder = write_article("c.txt", article("Vote result", "Coastal Times", 4,
        "Bruno Alves, once the head of the Dockworkers Guild, welcomed the result.")).parent
    import_paths(db, [folder])
    roles = [c for c in event_store.list_claims(db) if c["value_kind"] == "role"]
    assert {c["value"] for c in roles} == {"Ines Ferreira"}
    assert not [c for c in store.list_conflicts(db) if c["key"].startswith("role|")]
