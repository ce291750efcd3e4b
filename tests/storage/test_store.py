"""The store: articles, events, filters, search, reviews, runs, users, tokens, sessions."""

from __future__ import annotations

import pytest
from storage_helpers import simple_doc

from marsad.doc import Mention
from marsad.errors import StoreError
from marsad.storage.filters import EventFilter
from marsad.storage.store import Store, database_url

TEXT1 = "قصفت قوات النظام مدينة حلب صباح الثلاثاء، وقتل ثلاثة مدنيين."
TEXT2 = "اعتقلت الشرطة التركية خمسة أشخاص في مدينة غازي عنتاب بتهمة التهريب."
ALEPPO = ["حلب", "Aleppo", "Aleppo", "Jebel Saman", 36.2021, 37.1343, 1]
GAZIANTEP = ["غازي عنتاب", "Gaziantep", "Gaziantep", "Şahinbey", 37.0662, 37.3833, 1]


def _docs():
    d1 = simple_doc(
        "a1",
        TEXT1,
        [
            {
                "type": "ASSAULT",
                "mode": "heavy-weapons",
                "trigger": "قصفت",
                "source": [["قوات النظام", "SYR-GOV"]],
                "place": ALEPPO,
                "date": ["2024-01-02", 1],
                "fatalities": 3,
            }
        ],
        published="2024-01-02",
        outlet="منفذ أ",
    )
    d1.mentions = [Mention(5, 16, "ORG", kind="actor", kb_id="SYR-GOV", name_en="Syrian government forces")]
    d2 = simple_doc(
        "a2",
        TEXT2,
        [
            {
                "type": "COERCE",
                "mode": "arrest",
                "trigger": "اعتقلت",
                "source": [["الشرطة التركية", "TUR-POL"]],
                "place": GAZIANTEP,
                "date": ["2024-02-10", 1],
                "factuality": "reported",
            }
        ],
        published="2024-02-10",
        outlet="منفذ ب",
    )
    d2.events[0]["location"]["country"] = "TR"
    return d1, d2


@pytest.fixture()
def store() -> Store:
    s = Store(memory=True)
    for d in _docs():
        s.save_document(d, title="عنوان")
    return s


def test_database_url_forms(tmp_path):
    assert database_url(str(tmp_path / "x.db")).startswith("sqlite:////")
    assert database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert database_url("sqlite:///rel.db") == "sqlite:///rel.db"


def test_store_file_created_on_first_use(tmp_path):
    path = tmp_path / "new.db"
    s = Store(str(path))
    s.save_document(_docs()[0])
    s.close()
    assert path.exists()
    assert Store.open(str(path)).count_articles() == 1


def test_save_document_is_idempotent_by_id_and_hash(store):
    d1, _ = _docs()
    assert not store.save_document(d1).stored
    d1.id = "other-id"  # same text under another id: still the same article
    res = store.save_document(d1)
    assert not res.stored and res.reason
    assert store.count_articles() == 2 and store.count_events() == 2
    assert store.has_article("a1") and not store.has_article("zz")


def test_get_article_roundtrips_document(store):
    art = store.get_article("a1")
    assert art["text"] == TEXT1 and art["title"] == "عنوان" and art["event_ids"] == ["a1#0"]
    doc = store.get_document("a1")
    assert doc.text == TEXT1 and doc.mentions[0].kb_id == "SYR-GOV"
    ev = doc.events[0]
    assert doc.text[ev["evidence"]["trigger"]["start"] : ev["evidence"]["trigger"]["end"]] == "قصفت"
    assert store.get_article("nope") is None


@pytest.mark.parametrize(
    ("f", "ids"),
    [
        (EventFilter(), {"a1#0", "a2#0"}),
        (EventFilter(type="assault"), {"a1#0"}),
        (EventFilter(date_from="2024-02-01"), {"a2#0"}),
        (EventFilter(date_to="2024-01-31"), {"a1#0"}),
        (EventFilter(country="TR"), {"a2#0"}),
        (EventFilter(admin1=["Aleppo", "Idlib"]), {"a1#0"}),
        (EventFilter(actor="TUR-POL"), {"a2#0"}),
        (EventFilter(actor="syr-gov", role="recipient"), set()),
        (EventFilter(outlet="منفذ أ"), {"a1#0"}),
        (EventFilter(factuality="reported"), {"a2#0"}),
        (EventFilter(article_id="a2"), {"a2#0"}),
        (EventFilter(bbox=(36.0, 36.0, 38.0, 36.5)), {"a1#0"}),
        # free text: normalised (ta marbuta, alef) and matched in the evidence or the article
        (EventFilter(text="مدينه حلب"), {"a1#0"}),
        (EventFilter(text="إعتقلت"), {"a2#0"}),
        (EventFilter(text="التهريب"), {"a2#0"}),
        (EventFilter(text="بغداد"), set()),
    ],
)
def test_event_filters(store, f, ids):
    assert {e["id"] for e in store.iter_events(f)} == ids
    assert store.count_events(f) == len(ids)


def test_iter_events_order_and_paging(store):
    rows = store.events(order_by="date", descending=True)
    assert [r["id"] for r in rows] == ["a2#0", "a1#0"]
    assert [r["id"] for r in store.events(order_by="date", limit=1, offset=1)] == ["a2#0"]
    with pytest.raises(StoreError):
        store.events(order_by="record; drop table events")


def test_search_articles_normalised(store):
    assert [a["id"] for a in store.search_articles("غازى عنتاب")] == ["a2"]


def test_review_keeps_machine_record_and_updates_filters(store):
    new_place = {
        "text": "حلب",
        "name_en": "Idlib",
        "admin1": "Idlib",
        "country": "SY",
        "lat": 35.93,
        "lon": 36.63,
        "geo_precision": 2,
        "start": 23,
        "end": 26,
    }
    ev = store.record_review(
        "a1#0", "alice", "fix", changes={"location": new_place, "fatalities": 4}, note="مكان خاطئ"
    )
    assert ev["machine"]["location"]["admin1"] == "Aleppo"
    assert ev["record"]["location"]["admin1"] == "Idlib" and ev["record"]["fatalities"] == 4
    assert ev["review_state"] == "accepted" and ev["admin1"] == "Idlib" and ev["fatalities"] == 4
    assert ev["reviews"][0]["before"]["location"]["admin1"] == "Aleppo"
    assert ev["reviews"][0]["user"] == "alice" and ev["reviews"][0]["created"]
    assert {e["id"] for e in store.iter_events(EventFilter(admin1="Idlib"))} == {"a1#0"}
    assert store.count_events(EventFilter(review_state="accepted")) == 1


def test_review_reject_hides_event_and_validates(store):
    store.record_review("a2#0", "bob", "reject")
    assert store.count_events() == 1
    assert store.count_events(EventFilter(include_rejected=True)) == 2
    assert store.count_events(EventFilter(review_state="rejected")) == 1
    with pytest.raises(StoreError):
        store.record_review("a2#0", "bob", "maybe")
    with pytest.raises(StoreError):
        store.record_review("a2#0", "bob", "fix", changes={"id": "x"})
    with pytest.raises(StoreError):
        store.record_review("missing#0", "bob", "accept")


def test_review_of_actors_updates_actor_filter(store):
    store.record_review(
        "a1#0", "alice", "fix", changes={"source": [{"text": "قوات النظام", "actor": "SYR-MIL"}]}
    )
    assert store.count_events(EventFilter(actor="SYR-MIL")) == 1
    assert store.count_events(EventFilter(actor="SYR-GOV")) == 0


def test_event_sources_and_actor_links(store):
    src = store.event_sources("a1#0")
    assert src[0]["article_id"] == "a1" and src[0]["text"].startswith("قصفت")
    links = store.actor_links()
    assert links == []  # no recipients in these events
    actors = store.event_actors("a2#0")
    assert actors[0]["actor_id"] == "TUR-POL" and actors[0]["role"] == "source"


def test_runs_record_progress(store):
    run = store.start_run("ingest", params={"paths": ["x"]}, total=10)
    store.update_run(run, processed=4, stored=3)
    assert store.get_run(run)["status"] == "running" and store.get_run(run)["stored"] == 3
    store.finish_run(run, message="ok")
    assert store.get_run(run)["status"] == "done" and store.runs()[0]["id"] == run
    with pytest.raises(StoreError):
        store.update_run(run, bogus=1)


def test_users_passwords_tokens_sessions(store):
    user = store.add_user("alice", "reviewer", password="s3cret")
    assert user["role"] == "reviewer"
    with pytest.raises(StoreError):
        store.add_user("alice", "viewer")
    with pytest.raises(StoreError):
        store.add_user("carol", "god")
    assert store.verify_password("alice", "s3cret")["name"] == "alice"
    assert store.verify_password("alice", "wrong") is None
    assert store.verify_password("nobody", "s3cret") is None
    token = store.create_token("alice", name="script")
    assert store.user_for_token(token)["name"] == "alice"
    assert store.user_for_token(token + "x") is None
    tok_id = store.list_tokens("alice")[0]["id"]
    assert store.revoke_token(tok_id) and store.user_for_token(token) is None
    secret, csrf = store.create_session("alice")
    assert store.session_user(secret)["csrf"] == csrf
    store.set_user("alice", disabled=True)
    assert store.session_user(secret) is None and store.verify_password("alice", "s3cret") is None
    store.set_user("alice", disabled=False, role="admin")
    assert store.session_user(secret)["role"] == "admin"
    store.delete_session(secret)
    assert store.session_user(secret) is None
    expired, _ = store.create_session("alice", ttl_hours=-1)
    assert store.session_user(expired) is None
    assert store.delete_user("alice") and not store.delete_user("alice")
    assert store.list_users() == []


def test_memory_store_is_safe_across_threads():
    from concurrent.futures import ThreadPoolExecutor

    s = Store(memory=True)

    def write(i: int) -> bool:
        return s.save_document(simple_doc(f"t{i}", f"خبر رقم {i} عن قصف في مدينة حلب.")).stored

    def read(_: int) -> int:
        return s.count_articles() + len(s.events(limit=5))

    with ThreadPoolExecutor(4) as pool:
        writes = pool.map(write, range(40))
        reads = list(pool.map(read, range(40)))
    assert all(writes) and len(reads) == 40
    assert s.count_articles() == 40
    s.close()


def test_runs_started_in_the_same_second_list_newest_first(store):
    # regression: second-precision start times made the order of quick successive runs arbitrary
    # (seen as a flaky crash-resume test: the killed run and its resume started in one second)
    ids = [store.start_run("ingest") for _ in range(5)]
    assert [r["id"] for r in store.runs(limit=5)] == ids[::-1]
