#!/usr/bin/env python3
"""Check team3.gold.json (third team set, team3-011 ... team3-015) against the article files, then run the
team scorer on an empty prediction (recall must be 0) and on an "oracle" prediction made from the gold itself (recall 1, no false positives,
argument accuracy 1).

    python3 benchmarks/data/articles3/check_gold.py [--no-score]

Checks: files exist, UTF-8 without BOM, one non-empty paragraph per line, final newline; every event's
para indexes exist and para_spans are exactly those lines' [start, end) offsets; trigger text equals
text[span] and lies inside one of the event's paragraphs; types, factuality labels, dates and ids are
well-formed. Exit status 1 on any problem.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "team3.gold.json")
SCORER = "/work/shared/eval/score.py"
TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE", "REJECT", "REQUEST",
         "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE", "AID"}
FACT = {"asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical", "generic"}
PREC = {"day", "week", "month", "year"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID_RE = re.compile(r"^team3-(\d{3})$")
# paragraphs that deliberately hold NO gold event (generic statements: yearly aggregates):
# any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team3-011": [10], "team3-014": [8]}


def line_spans(text):
    spans, pos = [], 0
    for line in text.split("\n")[:-1]:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def check():
    errors = []

    def err(msg):
        errors.append(msg)

    docs = json.load(open(GOLD, encoding="utf-8"))
    assert isinstance(docs, list), "team3.gold.json must be a JSON list of gold documents"
    seen_docs = set()
    n_core = n_opt = 0
    for d in docs:
        did = d.get("id")
        for k in ("id", "file", "published", "outlet", "lang", "events"):
            if k not in d:
                err(f"{did}: missing key {k}")
        if did in seen_docs:
            err(f"{did}: duplicate doc id")
        seen_docs.add(did)
        m = ID_RE.match(str(did))
        if not m or not d.get("file", "").startswith(m.group(1) + "_"):
            err(f"{did}: id must be team3-NNN and the file must start with NNN_")
        if not DATE_RE.match(d.get("published", "")):
            err(f"{did}: bad published date")
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path):
            err(f"{did}: missing file {d['file']}")
            continue
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            err(f"{did}: file has a BOM")
        text = raw.decode("utf-8")
        if not text.endswith("\n") or text.endswith("\n\n"):
            err(f"{did}: file must end with exactly one newline")
        if "\r" in text:
            err(f"{did}: CR characters in file")
        lines = text.split("\n")[:-1]
        if any(not line.strip() or line != line.strip() for line in lines):
            err(f"{did}: empty paragraph or surrounding whitespace")
        if not 9 <= len(lines) <= 14:
            err(f"{did}: {len(lines)} paragraphs (want 9-14)")
        spans = line_spans(text)
        seen_ev = set()
        for g in d["events"]:
            gid = f'{did} {g.get("id")}'
            if g.get("id") in seen_ev:
                err(f"{gid}: duplicate event id")
            seen_ev.add(g.get("id"))
            for k in ("id", "core", "types", "para", "factuality", "trigger", "para_spans", "date"):
                if k not in g:
                    err(f"{gid}: missing key {k}")
            if not isinstance(g.get("core"), bool):
                err(f"{gid}: core must be true/false")
            n_core += bool(g.get("core"))
            n_opt += not g.get("core")
            if not g.get("types") or not set(g["types"]) <= TYPES:
                err(f"{gid}: bad types {g.get('types')}")
            if not g.get("factuality") or not set(g["factuality"]) <= FACT:
                err(f"{gid}: bad factuality {g.get('factuality')}")
            para = g.get("para", [])
            if any(not (0 <= i < len(spans)) for i in para):
                err(f"{gid}: para index out of range {para}")
                continue
            bad = set(para) & set(NO_EVENT_PARAS.get(did, []))
            if bad:
                err(f"{gid}: gold event on a no-event paragraph {sorted(bad)}")
            if g.get("core") and not (g.get("source") or g.get("recipient") or g.get("location")
                                      or "fatalities" in g):
                err(f"{gid}: core event needs an actor, a location or fatalities (spec section 5)")
            if sorted(set(para)) != para:
                err(f"{gid}: para must be sorted and unique {para}")
            want = [list(spans[i]) for i in para]
            if g.get("para_spans") != want:
                err(f"{gid}: para_spans {g.get('para_spans')} != line spans of para {para}: {want}")
            t = g.get("trigger", {})
            a, b = t.get("span", [0, 0])
            if text[a:b] != t.get("text"):
                err(f"{gid}: trigger {t.get('text')!r} != text[{a}:{b}] = {text[a:b]!r}")
            if not any(ps <= a and b <= pe for ps, pe in want):
                err(f"{gid}: trigger span {a, b} not inside the event's paragraphs")
            for role in ("source", "recipient"):
                r = g.get(role)
                if r is not None and (not isinstance(r, dict) or not (r.get("en") or r.get("ar"))):
                    err(f"{gid}: {role} must be {{en: [...], ar: [...]}}")
            loc = g.get("location")
            if loc is not None and not loc.get("accept"):
                err(f"{gid}: location needs a non-empty accept list")
            dt = g.get("date")
            if dt is not None:
                if not DATE_RE.match(str(dt.get("value"))) or dt.get("precision") not in PREC:
                    err(f"{gid}: bad date {dt}")
                rng = dt.get("range")
                if rng is not None and not (len(rng) == 2 and all(DATE_RE.match(x) for x in rng)
                                            and rng[0] <= dt["value"] <= rng[1]):
                    err(f"{gid}: bad date range {dt}")
                if dt["value"] > d["published"]:
                    if not set(g["factuality"]) & {"planned", "hypothetical"}:
                        err(f"{gid}: date after publication for a non-planned event")
            if "fatalities" in g and not (isinstance(g["fatalities"], int) and g["fatalities"] >= 0):
                err(f"{gid}: fatalities must be a non-negative int")
    print(f"{len(docs)} documents, {n_core} core + {n_opt} optional events checked")
    return docs, errors


def score_empty(docs):
    pred = "/tmp/empty_pred_team3.jsonl"
    with open(pred, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "events": []}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, SCORER, "events", "--gold", GOLD, "--pred", pred, "-v"],
                         capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        print(out.stderr, end="")
        return False
    n_core = sum(bool(g.get("core", True)) for d in docs for g in d["events"])
    ok = f"tp=0 fp=0 fn={n_core} " in out.stdout and "recall=0.000" in out.stdout
    print("empty-prediction check:", "OK" if ok else "UNEXPECTED")
    return ok


def score_oracle(docs):
    """A prediction built from the gold itself must score recall 1, no false positives, arguments 1.0."""
    pred = "/tmp/oracle_pred_team3.jsonl"
    with open(pred, "w", encoding="utf-8") as f:
        for d in docs:
            evs = []
            for g in d["events"]:
                a, b = g["trigger"]["span"]
                e = {"type": g["types"][0], "factuality": g["factuality"][0],
                     "evidence": {"start": a, "end": b,
                                  "trigger": {"text": g["trigger"]["text"], "start": a, "end": b}}}
                for role in ("source", "recipient"):
                    if g.get(role):
                        e[role] = [{"text": (g[role].get("ar") or g[role]["en"])[0]}]
                if g.get("location"):
                    e["location"] = {"text": g["location"]["accept"][0]}
                if g.get("date"):
                    e["date"] = {"value": g["date"]["value"]}
                if "fatalities" in g:
                    e["fatalities"] = g["fatalities"]
                evs.append(e)
            f.write(json.dumps({"id": d["id"], "events": evs}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, SCORER, "events", "--gold", GOLD, "--pred", pred, "-v"],
                         capture_output=True, text=True)
    print(out.stdout, end="")
    n_core = sum(bool(g.get("core", True)) for d in docs for g in d["events"])
    ok = (out.returncode == 0 and f"tp={n_core} fp=0 fn=0 " in out.stdout
          and "argument accuracy (matched events) = 1.000" in out.stdout)
    print("oracle-prediction check:", "OK" if ok else "UNEXPECTED")
    return ok


if __name__ == "__main__":
    docs, errors = check()
    for e in errors:
        print("ERROR:", e)
    ok = not errors
    if "--no-score" not in sys.argv:
        ok = score_empty(docs) and ok
        ok = score_oracle(docs) and ok
    print("gold OK" if ok else "gold has problems")
    sys.exit(0 if ok else 1)
