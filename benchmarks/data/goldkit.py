"""Shared tooling of the team-written article sets (``articles``, ``articles2`` …): the annotation helpers
and the writer that each set's ``build_gold.py`` calls with its own articles, and the checker that each set's
``check_gold.py`` calls with its own settings.

A set's ``build_gold.py`` holds the article paragraphs and the annotations (data); :func:`build` writes the
``NNN_slug.txt`` files and the gold JSON and computes every offset (nothing is typed by hand).
:func:`check_main` validates the gold against the files (formats, offsets, types, factuality labels, dates,
ids, the set's no-event paragraphs) and then runs ``../shared/eval/score.py events`` on an empty prediction
(recall must be 0) and on an oracle prediction built from the gold (recall 1, no false positives, argument
accuracy 1.0); the scoring is skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import NamedTuple

#: what a set's ``common.py`` takes with ``from goldkit import *``: the ACLED labels, the annotation helpers, the writer
#: and the checkers
__all__ = [
    "ABDUCTION",
    "AGREEMENT",
    "AIR",
    "ARREST",
    "ATTACK",
    "CLASH",
    "DESTRUCTION",
    "EXCESSIVE",
    "HQ",
    "MINE",
    "OTHER",
    "PEACEFUL",
    "RIOT",
    "SHELL",
    "TRANSFER",
    "D",
    "E",
    "build",
    "check",
    "check_main",
    "gold_articles",
    "paras_of",
    "role_place_date_checks",
]

NOTE = ("core events must be found; optional (core=false) events are neither required nor counted as "
        "false positives.")
SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE", "REJECT", "REQUEST",
         "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE", "AID"}
FACT = {"asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical", "generic"}
PREC = {"day", "week", "month", "year"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# ---------------------------------------------------------------------------------------------- annotation

#: ACLED event types and sub-event types, as the sets' annotations write them
AIR = ["Explosions/Remote violence/Air/drone strike"]
SHELL = ["Explosions/Remote violence/Shelling/artillery/missile attack"]
MINE = ["Explosions/Remote violence/Remote explosive/landmine/IED"]
CLASH = ["Battles/Armed clash"]
ATTACK = ["Violence against civilians/Attack"]
ABDUCTION = ["Violence against civilians/Abduction/forced disappearance"]
ARREST = ["Strategic developments/Arrests"]
PEACEFUL = ["Protests/Peaceful protest"]
EXCESSIVE = ["Protests/Excessive force against protesters"]
RIOT = ["Riots/Violent demonstration"]
OTHER = ["Strategic developments/Other"]
AGREEMENT = ["Strategic developments/Agreement"]
DESTRUCTION = ["Strategic developments/Destruction of property"]
TRANSFER = ["Strategic developments/Non-violent transfer of territory"]
HQ = ["Strategic developments/Headquarters or base established"]


def merge(*groups):
    """Union of several {en, ar} actor groups, order kept, duplicates dropped (the sets' ``actors_places.py``)."""
    out = {"en": [], "ar": []}
    for g in groups:
        for k in ("en", "ar"):
            for x in g[k]:
                if x not in out[k]:
                    out[k].append(x)
    return out


def place(*groups):
    """Union of several place accept lists, order kept, duplicates dropped (the sets' ``actors_places.py``)."""
    out = []
    for g in groups:
        for x in g["accept"]:
            if x not in out:
                out.append(x)
    return {"accept": out}


def paras_of(here, fname):
    """The paragraphs (lines) of the article file ``fname`` of the set folder ``here``."""
    with open(os.path.join(here, fname), encoding="utf-8") as f:
        text = f.read()
    assert text.endswith("\n") and not text.endswith("\n\n"), fname
    return text.split("\n")[:-1]

def D(value, precision="day", rng=None):
    """A gold date: value, precision and, for a vague expression, the range the scorer accepts."""
    d = {"value": value, "precision": precision}
    if rng:
        d["range"] = list(rng)
    return d


def E(core, types, para, trigger, factuality, mode=None, source=None, recipient=None, location=None,
      date=None, attribution=None, fatalities=None, acled=None, occ=0, tpara=None):
    """One gold event; the trigger is searched in paragraph ``tpara`` (default: the first of ``para``), ``occ`` is
    which occurrence."""
    return dict(tpara=tpara, core=core, types=types, para=para, trigger=trigger, factuality=factuality, mode=mode,
                source=source, recipient=recipient, location=location, date=date, attribution=attribution,
                fatalities=fatalities, acled=acled, occ=occ)


# ---------------------------------------------------------------------------------------------- writer
def para_offsets(text):
    """The [start, end) code-point span of each line (newline excluded) of a text ending with a newline."""
    spans, pos = [], 0
    for line in text.split("\n")[:-1]:
        spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    return spans


def find_in_para(text, pspan, trig, occ):
    start = pspan[0]
    for _ in range(occ + 1):
        i = text.find(trig, start, pspan[1])
        if i < 0:
            raise SystemExit(f"trigger {trig!r} not found in paragraph {pspan}")
        start = i + 1
    return [i, i + len(trig)]


def gold_event(k, e, text, pspans, where=""):
    """The gold JSON of annotation ``e`` (the ``k``-th of its article)."""
    trig_para = e["para"][0] if e["tpara"] is None else e["tpara"]
    assert trig_para in e["para"], (where, k, e["trigger"])
    tspan = find_in_para(text, pspans[trig_para], e["trigger"], e["occ"])
    g = {"id": f"G{k}", "core": e["core"], "types": e["types"]}
    if e["mode"]:
        g["mode"] = e["mode"]
    g["para"] = e["para"]
    if e["source"]:
        g["source"] = {"en": e["source"]["en"], "ar": e["source"]["ar"]}
    if e["recipient"]:
        g["recipient"] = {"en": e["recipient"]["en"], "ar": e["recipient"]["ar"]}
    if e["location"]:
        g["location"] = {"accept": e["location"]["accept"]}
    g["date"] = e["date"]
    if e["attribution"]:
        g["attribution"] = e["attribution"]
    g["factuality"] = e["factuality"]
    if e["fatalities"] is not None:
        g["fatalities"] = e["fatalities"]
    if e["acled"]:
        g["acled"] = e["acled"]
    g["trigger"] = {"text": e["trigger"], "span": tspan}
    g["para_spans"] = [pspans[i] for i in e["para"]]
    return g


def gold_articles(here, numbers):
    """The ``ARTICLE`` of every gold module ``gold_NNN.py`` in ``here``, in the order of ``numbers``; stops at the first
    one missing (a set is written one article at a time). ``here`` must be on ``sys.path``."""
    out = []
    for n in numbers:
        if not os.path.exists(os.path.join(here, f"gold_{n}.py")):
            break
        out.append(importlib.import_module(f"gold_{n}").ARTICLE)
    return out


def build(here, articles, gold_name, *, id_prefix=None, first_number=1):
    """Write each article (``NNN_slug.txt``, numbered from ``first_number``) and the gold list ``gold_name``;
    with ``id_prefix``, check that the ids are ``{id_prefix}-NNN``. Prints the counts per article."""
    docs = []
    for n, art in enumerate(articles, first_number):
        fname = f"{n:03d}_{art['slug']}.txt"
        if id_prefix:
            assert art["id"] == f"{id_prefix}-{n:03d}", art["id"]
        text = "\n".join(art["paras"]) + "\n"
        assert all("\n" not in p and p == p.strip() for p in art["paras"])
        with open(os.path.join(here, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        pspans = para_offsets(text)
        events = [gold_event(k, e, text, pspans, art["id"]) for k, e in enumerate(art["events"], 1)]
        docs.append({"id": art["id"], "file": fname, "published": art["published"], "outlet": art["outlet"],
                     "lang": "ar", "events": events, "note": NOTE})
    with open(os.path.join(here, gold_name), "w", encoding="utf-8") as f:
        json.dump(docs, f, ensure_ascii=False, indent=1)
        f.write("\n")
    tot_core = tot_opt = 0
    for d in docs:
        core = [e for e in d["events"] if e["core"]]
        tot_core += len(core)
        tot_opt += len(d["events"]) - len(core)
        with open(os.path.join(here, d["file"]), encoding="utf-8") as f:
            n_paras = len(para_offsets(f.read()))
        print(d["id"], d["file"], f"paras={n_paras}", f"core={len(core)} optional={len(d['events']) - len(core)}")
    print(f"total core={tot_core} optional={tot_opt}")


# ---------------------------------------------------------------------------------------------- checker
def check(here, gold_name, *, id_prefix, no_event_paras=None, para_range=None, core_needs_argument=True):
    """Validate the gold file against the article files; returns (docs, errors)."""
    errors = []
    err = errors.append
    id_re = re.compile(rf"^{re.escape(id_prefix)}-(\d{{3}})$")
    no_event_paras = no_event_paras or {}
    docs = json.load(open(os.path.join(here, gold_name), encoding="utf-8"))
    assert isinstance(docs, list), f"{gold_name} must be a JSON list of gold documents"
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
        m = id_re.match(str(did))
        if not m or not d.get("file", "").startswith(m.group(1) + "_"):
            err(f"{did}: id must be {id_prefix}-NNN and the file must start with NNN_")
        if not DATE_RE.match(d.get("published", "")):
            err(f"{did}: bad published date")
        path = os.path.join(here, d["file"])
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
        if para_range and not para_range[0] <= len(lines) <= para_range[1]:
            err(f"{did}: {len(lines)} paragraphs (want {para_range[0]}-{para_range[1]})")
        spans = para_offsets(text)
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
            bad = set(para) & set(no_event_paras.get(did, []))
            if bad:
                err(f"{gid}: gold event on a no-event paragraph {sorted(bad)}")
            if core_needs_argument and g.get("core") and not (
                    g.get("source") or g.get("recipient") or g.get("location") or "fatalities" in g):
                err(f"{gid}: core event needs an actor, a location or fatalities (spec section 5)")
            if sorted(set(para)) != para:
                err(f"{gid}: para must be sorted and unique {para}")
            want = [spans[i] for i in para]
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
                if dt["value"] > d["published"] and not set(g["factuality"]) & {"planned", "hypothetical"}:
                    err(f"{gid}: date after publication for a non-planned event")
            if "fatalities" in g and not (isinstance(g["fatalities"], int) and g["fatalities"] >= 0):
                err(f"{gid}: fatalities must be a non-negative int")
    print(f"{len(docs)} documents, {n_core} core + {n_opt} optional events checked")
    return docs, errors


def role_place_date_checks(here, gold_name, *, dateline_places=False):
    """The checks of sets 19–21 beyond :func:`check`; a list of error strings: each quoted attribution is non-empty,
    every source and recipient has Arabic names, accepted Arabic actor names occur in each core event's paragraphs, an
    accepted place name occurs in each event's paragraphs (with ``dateline_places``, also in the lead ¶1: a place the
    reader knows only from the dateline), no date range of an asserted event runs past publication, planned events are
    not dated before publication, and historical core events are dated before it."""
    errs = []
    docs = json.load(open(os.path.join(here, gold_name), encoding="utf-8"))
    for d in docs:
        text = open(os.path.join(here, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            ptext = " ".join(lines[i] for i in g["para"])
            for a in g.get("attribution") or []:
                if not a.strip():
                    errs.append(f"{gid}: empty attribution")
            for role in ("source", "recipient"):
                r = g.get(role)
                if r and not r.get("ar"):
                    errs.append(f"{gid}: {role} has no Arabic name")
                if r and g.get("core") and not any(x in ptext for x in r["ar"]):
                    errs.append(f"{gid}: no accepted {role} name occurs in the event's paragraphs")
            loc = g.get("location")
            if loc and not any(x in ptext or (dateline_places and x in lines[1]) for x in loc["accept"]):
                errs.append(f"{gid}: no accepted place name occurs in the event's paragraphs"
                            + (" or the dateline" if dateline_places else ""))
            fact = set(g["factuality"])
            dt = g.get("date")
            if dt and "range" in dt and dt["range"][1] > d["published"] and not fact & {"planned", "hypothetical"}:
                errs.append(f"{gid}: date range runs past publication")
            if dt and g["factuality"][0] == "planned" and dt["value"] < d["published"]:
                errs.append(f"{gid}: a planned event dated before publication")
            if g.get("core") and g["factuality"][0] == "historical" and dt and dt["value"] >= d["published"]:
                errs.append(f"{gid}: a historical event dated on or after publication")
    return errs


def _score(gold, docs, pred_name, events_of):
    pred = f"/tmp/{pred_name}.jsonl"
    with open(pred, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "events": events_of(d)}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SCORER), "events", "--gold", gold, "--pred", pred, "-v"],
                         capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        print(out.stderr, end="")
    return out


def _oracle_events(d):
    evs = []
    for g in d["events"]:
        a, b = g["trigger"]["span"]
        e = {"type": g["types"][0], "factuality": g["factuality"][0],
             "evidence": {"start": a, "end": b, "trigger": {"text": g["trigger"]["text"], "start": a, "end": b}}}
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
    return evs


#: the ACLED labels a gold event may carry (``dateline_label_checks``)
SET_ACLED_LABELS = {tuple(x) for x in (AIR, SHELL, MINE, CLASH, ATTACK, ABDUCTION, ARREST, PEACEFUL, EXCESSIVE, RIOT,
                                       OTHER, AGREEMENT, DESTRUCTION, TRANSFER, HQ)}
DATELINE_RE = re.compile(r"^[^\s–]+(?: [^\s–]+)* – «[^»]+»: ")


def dateline_label_checks(here, gold_name, *, dateline=True):
    """Checks of sets 22 and 23 (error strings): ¶1 opens with a dateline «CITY – «OUTLET»:» (unless ``dateline`` is
    false: sets whose articles may start without one, as the seed does), no two events of an article share a trigger
    span, every ACLED label is one of goldkit's and none is on a statement, no factuality label is
    repeated, fatalities only on ASSAULT events."""
    errs = []
    docs = json.load(open(os.path.join(here, gold_name), encoding="utf-8"))
    for d in docs:
        lines = open(os.path.join(here, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        if dateline and not DATELINE_RE.match(lines[1]):
            errs.append(f'{d["id"]}: ¶1 does not open with a dateline «CITY – «OUTLET»:»')
        spans = {}
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            key = tuple(g["trigger"]["span"])
            if key in spans:
                errs.append(f"{gid}: same trigger span as {spans[key]}")
            spans[key] = g["id"]
            if g.get("acled") and tuple(g["acled"]) not in SET_ACLED_LABELS:
                errs.append(f"{gid}: unknown ACLED label {g['acled']}")
            if g.get("acled") and g["types"][0] in ("CONSULT", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT"):
                errs.append(f"{gid}: a {g['types'][0]} event carries an ACLED label")
            fact = g["factuality"]
            if len(set(fact)) != len(fact):
                errs.append(f"{gid}: repeated factuality label")
            if "fatalities" in g and g["types"][0] != "ASSAULT":
                errs.append(f"{gid}: fatalities on a non-ASSAULT event")
    return errs


#: Arabic letters and marks: a trigger that starts or ends next to one is cut out of a word
WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"


def article_checks(here, d, no_event_paras, min_chars=60, max_chars=500):
    """The per-article checks the sets since 55 share: paragraph lengths within ``[min_chars, max_chars]`` and
    widely unequal, every trigger inside one of its event's own paragraphs and on word boundaries, at least two
    no-event paragraphs, a core event with fatalities told in three or more paragraphs, a dated historical core
    event at another place than that one, a rumoured, a planned and a THREATEN core event.  Returns the errors
    and the article's core events."""
    errs = []
    text = open(os.path.join(here, d["file"]), encoding="utf-8").read()
    lines = text.split("\n")[:-1]
    spans = line_spans(lines)
    lens = [len(x) for x in lines[1:]]
    if min(lens) < min_chars or max(lens) > max_chars:
        errs.append(f'{d["id"]}: paragraph lengths {min(lens)}–{max(lens)} '
                    f'outside {min_chars}–{max_chars}')
    if max(lens) < 3 * min(lens):
        errs.append(f'{d["id"]}: paragraphs of too even a length ({min(lens)}–{max(lens)})')
    for g in d["events"]:
        gid = f'{d["id"]} {g["id"]}'
        a, b = g["trigger"]["span"]
        if text[a:b] != g["trigger"]["text"]:
            errs.append(f"{gid}: trigger text does not match its span")
        tp = [i for i, (s, e) in enumerate(spans) if s <= a and b <= e]
        if len(tp) != 1 or tp[0] not in g["para"]:
            errs.append(f"{gid}: trigger not inside one of the event's own paragraphs")
        # a trigger starts and ends on a word boundary (prefixes such as و/ب/ل belong to the trigger's
        # word)
        if a > 0 and text[a - 1] in WORD_CHARS:
            errs.append(f"{gid}: trigger starts inside a word")
        if b < len(text) and text[b] in WORD_CHARS and g["trigger"]["text"][-1] not in "«":
            errs.append(f"{gid}: trigger ends inside a word")
    core = [g for g in d["events"] if g["core"]]
    if len(no_event_paras) < 2:
        errs.append(f'{d["id"]}: fewer than two no-event paragraphs')
    if not any("fatalities" in g and len(g["para"]) >= 3 for g in core):
        errs.append(f'{d["id"]}: no core event with fatalities told in three or more paragraphs')
    hist = [g for g in core if g["factuality"][0] == "historical" and g.get("date")]
    if not hist:
        errs.append(f'{d["id"]}: no dated historical core event')
    # the dated background act happens at another place than the main (fatal, multi-paragraph) event
    main = [g for g in core if "fatalities" in g and len(g["para"]) >= 3]
    if hist and main and all(set(h.get("location", {}).get("accept", [])[:1])
                             <= set(main[0].get("location", {}).get("accept", [])) for h in hist):
        errs.append(f'{d["id"]}: the dated historical core event is at the place of the main event')
    for lbl in ("rumored", "planned"):
        if not any(g["factuality"][0] == lbl for g in core):
            errs.append(f'{d["id"]}: no core event whose first factuality label is {lbl}')
    if not any(g["types"][0] == "THREATEN" for g in core):
        errs.append(f'{d["id"]}: no core THREATEN event')
    return errs, core


def line_spans(lines):
    """The [start, end) code-point span of each line of an article's lines (newlines between them)."""
    out, pos = [], 0
    for line in lines:
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def main_event(core):
    """The article's main event: the first core event with fatalities told in three or more paragraphs."""
    return next((g for g in core if "fatalities" in g and len(g["para"]) >= 3), None)


def trigger_para(g, spans):
    """The index of the paragraph (line) that holds the event's trigger."""
    a = g["trigger"]["span"][0]
    return next(i for i, (s, e) in enumerate(spans) if s <= a <= e)


#: the first factuality labels of an act that took place (the theme checks of the sets since 70)
HAPPENED = ("asserted", "reported", "historical")


def main_type(g):
    """The event's main type: the first of its ``types``."""
    return g["types"][0]


def para_text(lines, g):
    """The event's paragraphs, taken from the article's ``lines``, joined with spaces."""
    return " ".join(lines[i] for i in g["para"])


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def happened(g):
    """Did the event take place (its first factuality label one of :data:`HAPPENED`)?"""
    return g["factuality"][0] in HAPPENED


def of_type(core, lines, typ, *words, done=False):
    """The core events of main type ``typ`` (that took place, with ``done``) whose paragraphs hold all
    ``words``."""
    return [g for g in core if main_type(g) == typ and (happened(g) or not done)
            and all(w in para_text(lines, g) for w in words)]


def first_label(events, label):
    """The events whose first factuality label is ``label``."""
    return [g for g in events if g["factuality"][0] == label]


def names_en(g, role):
    """The English names of the event's ``role`` (``source`` or ``recipient``) joined with spaces; empty
    when the event has none."""
    return " ".join((g.get(role) or {}).get("en", []))


def norm_place(name):
    """A place name for comparing names: lower case, hyphens as spaces, no leading article (al, el, ال)."""
    s = name.lower().replace("-", " ").strip()
    s = re.sub(r"^(?:al |el |ال)", "", s)
    return s


def place_digest(name, salt):
    """The salted digest of a place name or a file-name word, as a set's check script keeps the places of blind sets
    (their names are not written in a dev set's files)."""
    return hashlib.sha256((salt + ":" + norm_place(name)).encode()).hexdigest()[:16]


def used_before_checks(did, d, gov, *, salt, label, gov_digests, file_word_digests, place_digests):
    """The governorate, the words of the file name and the accepted place names against the digests of the places
    of earlier sets (error strings; ``label`` names those sets)."""
    errs = []
    if place_digest(gov, salt) in gov_digests:
        errs.append(f"{did}: a governorate named by {label} ({gov})")
    words = [w for w in re.split(r"[_\d.]+", d["file"]) if w and w != "txt"]
    used = sorted(w for w in words if place_digest(w, salt) in file_word_digests)
    if used:
        errs.append(f"{did}: places used by {label} in the file name: {used}")
    for g in d["events"]:
        for name in (g.get("location") or {}).get("accept", []):
            if place_digest(name, salt) in place_digests:
                errs.append(f'{did} {g["id"]}: place {name!r} is named by {label}')
    return errs


def layout_checks(d, text, core, *, dateline_ids, place_ar, toll_conflict, no_event_paras):
    """The layout plan of the sets since 70 (error strings, whether the main event is told first in the lead, and the
    main event): 5,000–7,000 characters; no no-event paragraph in the headline or the lead; ¶1 opens with a dateline
    exactly in ``dateline_ids``, else names ``place_ar`` in its first sentence; a core negated event and an optional
    event; the main event told first in the lead or in ¶2–¶5 after another core event, and not mentioned before its
    trigger's paragraph; a toll of ``toll_conflict`` (its reported counts) kept at the lowest count with two or more
    attributed sources."""
    did, errs = d["id"], []
    lines = text.split("\n")[:-1]
    spans = line_spans(lines)
    if not 5000 <= len(text) <= 7000:
        errs.append(f"{did}: {len(text)} characters (want 5,000-7,000)")
    if any(i < 2 for i in no_event_paras):
        errs.append(f"{did}: a no-event paragraph in the headline or the lead")
    has_dateline = bool(DATELINE_RE.match(lines[1]))
    if has_dateline != (did in dateline_ids):
        errs.append(f"{did}: dateline {'present' if has_dateline else 'missing'}, plan says otherwise")
    if not has_dateline and place_ar not in lines[1].split(".")[0]:
        errs.append(f"{did}: no dateline and the place is not named in the first sentence")
    if not any(g["factuality"][0] == "negated" for g in core):
        errs.append(f"{did}: no core negated event")
    if len(core) == len(d["events"]):
        errs.append(f"{did}: no optional event")
    m = main_event(core)
    lead_first = False
    if m:
        head = trigger_para(m, spans)
        if head == 1:
            lead_first = True
        elif not (2 <= head <= 5 and any(trigger_para(g, spans) < head for g in core if g is not m)):
            errs.append(f"{did}: the main event is neither in the lead nor in ¶2–¶5 after another event")
        if min(i for i in m["para"] if i > 0) != head:
            errs.append(f"{did}: the main event is mentioned before its trigger paragraph")
        if did in toll_conflict:
            counts = toll_conflict[did]
            if len(set(counts)) < 2 or m["fatalities"] != min(counts) or len(m.get("attribution") or []) < 2:
                errs.append(f"{did}: a conflicting toll needs two or more sources and the lowest count")
    return errs, lead_first, m


class ArticlePlan(NamedTuple):
    """What :func:`article_plan_checks` found in one article, for the set's own checks that follow."""

    errors: list  # the error strings, in the order the checks ran
    core: list  # the article's core events
    text: str  # the article file's text
    lines: list  # its paragraphs (lines; the headline first)
    spans: list  # their [start, end) spans (:func:`line_spans`)
    lead_first: bool  # the main event is told first in the lead
    main: dict | None  # the main event (:func:`main_event`)


def article_plan_checks(here, d, *, no_event_paras, place_ar, dateline_ids, toll_conflict, min_chars=60,
                        max_chars=500, short=120, long=400):
    """The per-article part of the plan of sets 72–77: :func:`article_checks` (paragraphs of ``min_chars`` to
    ``max_chars`` characters), at least one paragraph under ``short`` and one over ``long`` characters, then
    :func:`layout_checks` with the article's ``place_ar``. Returns an :class:`ArticlePlan`."""
    did = d["id"]
    errs, core = article_checks(here, d, no_event_paras, min_chars, max_chars)
    text = open(os.path.join(here, d["file"]), encoding="utf-8").read()
    lines = text.split("\n")[:-1]
    spans = line_spans(lines)
    lens = [len(x) for x in lines[1:]]
    if min(lens) >= short or max(lens) <= long:
        errs.append(f"{did}: no paragraph under {short} or none over {long} characters "
                    f"({min(lens)}–{max(lens)})")
    found, lead, main = layout_checks(d, text, core, dateline_ids=dateline_ids, place_ar=place_ar,
                                      toll_conflict=toll_conflict, no_event_paras=no_event_paras)
    return ArticlePlan(errs + found, core, text, lines, spans, lead, main)


def region_year_checks(did: str, d: dict, *, country: str, gov: str, used_govs: Collection[str],
                       used_years: Collection[str], used_file_words: Collection[str], used_label: str,
                       planned_region: Mapping[str, tuple[str, str]] | None = None, town: str = "",
                       planned_towns: Mapping[tuple[str, str], Collection[str]] | None = None,
                       years: tuple[str, str] | None = ("2012", "2025"), year_apart: bool = True,
                       allowed: Collection[str] = frozenset(), file_label: str = "places used before",
                       used_places: Collection[str] = ()) -> tuple[list[str], str]:
    """The per-article region and year plan of the sets since 72 (error strings, and the article's publication
    year), in this order:

    - with ``planned_region`` (article id → (country, governorate)), the article's ``(country, gov)`` is the
      planned one; with ``planned_towns`` ((country, governorate) → towns), its ``town`` is one of them;
    - published within ``years`` (inclusive; ``None``: any year), and neither in a governorate of
      ``used_govs`` (except those in ``allowed``) nor in a year of ``used_years``, both named by
      ``used_label`` (e.g. "sets 75-77"); ``year_apart`` reports a year outside ``years`` on its own, else
      in the same message;
    - no word of the article's file name among ``used_file_words`` (the message opens with ``file_label``);
    - no accepted place name of an event equal, after :func:`norm_place`, to one of ``used_places``."""
    errs = []
    if planned_region is not None and planned_region.get(did) != (country, gov):
        errs.append(f"{did}: a region outside the plan ({country}, {gov})")
    if planned_towns is not None and town not in planned_towns.get((country, gov), set()):
        errs.append(f"{did}: {town} ({gov}, {country}) is outside the plan")
    year = d["published"][:4]
    outside = years is not None and not years[0] <= year <= years[1]
    span = "-".join(years or ())
    reused = (gov in used_govs and gov not in allowed) or year in used_years
    if years is None or year_apart:
        if outside:
            errs.append(f"{did}: a year outside {span}")
        if reused:
            errs.append(f"{did}: a governorate or a year used by {used_label} ({gov}, {year})")
    elif reused or outside:
        errs.append(f"{did}: a governorate or a year used by {used_label} or outside {span} ({gov}, {year})")
    used = set(re.split(r"[_\d.]+", d["file"])) & set(used_file_words)
    if used:
        errs.append(f"{did}: {file_label}: {sorted(used)}")
    used_norm = {norm_place(x) for x in used_places}
    for g in d["events"]:
        for name in (g.get("location") or {}).get("accept", []):
            if norm_place(name) in used_norm:
                errs.append(f'{did} {g["id"]}: place {name!r} is named by {used_label}')
    return errs, year


def article_shape_checks(did, d, art, *, text_range, dateline_kind, country, gov, town, planned_region,
                         planned_towns, salt, label, gov_digests, file_word_digests, place_digests):
    """The per-article plan of sets 94, 96 and 98 (error strings): the article's length within ``text_range``
    and 17 paragraphs after the headline; the dateline naming the kind of place ``dateline_kind`` gives it
    (article id → (city, kind)); the main event placed in ``town``; the region and town as planned
    (:func:`region_year_checks`; the years and months are each plan's, checked by the set); and no place of
    the blind sets before it, by digest (:func:`used_before_checks`, ``label`` naming those sets)."""
    errs = []
    lines, main = art.lines, art.main
    # the article's length and paragraph count as the plan asks
    if not text_range[0] <= len(art.text) <= text_range[1]:
        errs.append(f"{did}: {len(art.text)} characters (the plan wants {text_range[0]}-{text_range[1]})")
    if len(lines) != 18:
        errs.append(f"{did}: {len(lines) - 1} paragraphs after the headline (the plan wants 17)")
    # the dateline names the kind of place the plan gives it
    if did in dateline_kind and not lines[1].startswith(dateline_kind[did][0] + " – «"):
        city, kind = dateline_kind[did]
        errs.append(f"{did}: the dateline does not name {kind} ({city})")
    # the main event takes place in a town the plan gives the article
    if main and not any(town in x or x in town for x in main.get("location", {}).get("accept", [])):
        errs.append(f"{did}: the main event is not placed in {town}")
    found, _year = region_year_checks(did, d, country=country, gov=gov, planned_region=planned_region,
                                      town=town, planned_towns=planned_towns, used_govs=set(),
                                      used_years=set(), used_file_words=set(), used_label=label)
    errs += found
    errs += used_before_checks(did, d, gov, salt=salt, label=label, gov_digests=gov_digests,
                               file_word_digests=file_word_digests, place_digests=place_digests)
    return errs


def planned_set_checks(here, docs, plan, *, salt, label, themes, other_countries):
    """The plan checks of the dev sets 96, 98, 100 and 102 (error strings): per article, :func:`article_plan_checks`
    and :func:`article_shape_checks`, and its theme when it has one (``themes``: theme name → (article id,
    check(core, lines, main))); then :func:`set_plan_checks`, with each article published in the month the plan's
    ``PLANNED_MONTH`` gives it.  ``plan`` is the check script's namespace (its ``globals()``), which holds the plan
    under the same names in every such set: ``REGION``, ``NO_EVENT_PARAS``, ``DATELINE``, ``DATELINE_KIND``,
    ``TOLL_CONFLICT``, ``TEXT_RANGE``, ``MIN_CHARS``, ``MAX_CHARS``, ``PLANNED_REGION``, ``PLANNED_TOWNS``,
    ``PLANNED_MONTH``, ``USED_GOV_DIGESTS``, ``USED_FILE_WORD_DIGESTS``, ``USED_PLACE_DIGESTS``, ``OUTLET_KIND``,
    ``CONSTRUCTIONS`` and ``N_ARTICLES``."""
    region, no_event_paras, dateline = plan["REGION"], plan["NO_EVENT_PARAS"], plan["DATELINE"]
    toll_conflict, planned_month = plan["TOLL_CONFLICT"], plan["PLANNED_MONTH"]
    errs = []
    found = {name: [] for name in themes}
    lead_first = []
    all_text = ""
    months = {}
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = region.get(did, ("", "", "", ""))
        art = article_plan_checks(here, d, no_event_paras=no_event_paras.get(did, []), place_ar=place_ar,
                                  dateline_ids=dateline, toll_conflict=toll_conflict, min_chars=plan["MIN_CHARS"],
                                  max_chars=plan["MAX_CHARS"])
        errs += art.errors
        all_text += art.text
        if art.lead_first:
            lead_first.append(did)
        # the plan's length, dateline, town and region; then the places of the blind sets before, by digest
        errs += article_shape_checks(did, d, art, text_range=plan["TEXT_RANGE"], dateline_kind=plan["DATELINE_KIND"],
                                     country=country, gov=gov, town=town, planned_region=plan["PLANNED_REGION"],
                                     planned_towns=plan["PLANNED_TOWNS"], salt=salt, label=label,
                                     gov_digests=plan["USED_GOV_DIGESTS"],
                                     file_word_digests=plan["USED_FILE_WORD_DIGESTS"],
                                     place_digests=plan["USED_PLACE_DIGESTS"])
        months[did] = d["published"][:7]
        for name, (theme_id, check) in themes.items():
            if did == theme_id and check(art.core, art.lines, art.main):
                found[name].append(did)
    errs += set_plan_checks(docs, region=region, outlet_kind=plan["OUTLET_KIND"], toll_conflict=toll_conflict,
                            dateline=dateline, constructions=plan["CONSTRUCTIONS"], all_text=all_text,
                            lead_first=lead_first, themes=found, n_articles=plan["N_ARTICLES"],
                            other_countries=other_countries,
                            whole_set=[(months == planned_month,
                                        f"the articles' months {months} are not the plan's {planned_month}")])
    return errs


def set_plan_checks(docs, *, region, outlet_kind, toll_conflict, dateline, lead_first, themes, n_articles,
                    constructions=None, all_text="", other_countries=None, whole_set=()):
    """The set-wide plan of the sets since 70: five outlets of five kinds, at most two articles with conflicting tolls
    and two told first in the lead; with every article written, two Syrian articles in two governorates and three
    from other countries (three different ones, or ``other_countries``: (country → count, error message)), a dateline
    in exactly three, the set's own ``whole_set`` conditions ((ok, error message) pairs), each construction used and each
    theme met. Prints which articles tell the main event first in the lead and which meet each theme; returns the
    errors."""
    errs = []
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets) or len(set(outlet_kind.values())) != len(outlet_kind):
        errs.append("two articles share an outlet or a kind of outlet")
    if len(toll_conflict) > 2:
        errs.append("more than two articles with conflicting tolls")
    if len(lead_first) > 2:
        errs.append(f"the main event is told first in the lead in more than two articles: {lead_first}")
    if len(docs) == n_articles:
        countries = Counter(region[d["id"]][0] for d in docs)
        syria = {region[d["id"]][1] for d in docs if region[d["id"]][0] == "SY"}
        if countries["SY"] != 2 or len(syria) != 2:
            errs.append("not two Syrian articles in two governorates")
        if other_countries is None:
            if len(countries) != 4:
                errs.append("the three non-Syrian articles are not from three different countries")
        elif any(countries[c] != n for c, n in other_countries[0].items()):
            errs.append(other_countries[1])
        if len(dateline) != 3:
            errs.append("the plan wants a dateline in exactly three articles")
        errs += [message for ok, message in whole_set if not ok]
        for name, rx in (constructions or {}).items():
            if not rx.search(all_text):
                errs.append(f"the construction {name} is used nowhere in the set")
        for theme, ids in themes.items():
            if not ids:
                errs.append(f"no article is mostly about {theme}")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {n_articles} articles written)")
    print("main event told first in the lead:", ", ".join(lead_first) or "-")
    for theme, ids in themes.items():
        print(f"mostly about {theme}:", ", ".join(ids) or "-")
    return errs


def run_checks(here, gold_name, errs, *, id_prefix, no_event_paras, para_range):
    """The ``__main__`` of the sets since 70: the set's own ``errs``, then the dateline-label and role/place/date
    checks; any error stops with status 1, else :func:`check_main`."""
    errs = [*errs, *dateline_label_checks(here, gold_name, dateline=False),
            *role_place_date_checks(here, gold_name, dateline_places=True)]
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(here, gold_name, id_prefix=id_prefix, no_event_paras=no_event_paras, para_range=para_range)


def check_main(here, gold_name, *, id_prefix, **kw):
    """The command line of a set's ``check_gold.py``: check, then score an empty and an oracle prediction."""
    docs, errors = check(here, gold_name, id_prefix=id_prefix, **kw)
    for e in errors:
        print("ERROR:", e)
    ok = not errors
    if "--no-score" not in sys.argv and SCORER.exists():
        gold = os.path.join(here, gold_name)
        n_core = sum(bool(g.get("core", True)) for d in docs for g in d["events"])
        out = _score(gold, docs, f"empty_pred_{id_prefix}", lambda d: [])
        empty_ok = out.returncode == 0 and f"tp=0 fp=0 fn={n_core} " in out.stdout and "recall=0.000" in out.stdout
        print("empty-prediction check:", "OK" if empty_ok else "UNEXPECTED")
        out = _score(gold, docs, f"oracle_pred_{id_prefix}", _oracle_events)
        oracle_ok = (out.returncode == 0 and f"tp={n_core} fp=0 fn=0 " in out.stdout
                     and "argument accuracy (matched events) = 1.000" in out.stdout)
        print("oracle-prediction check:", "OK" if oracle_ok else "UNEXPECTED")
        ok = ok and empty_ok and oracle_ok
    print("gold OK" if ok else "gold has problems")
    sys.exit(0 if ok else 1)
