#!/usr/bin/env python3
"""Check team62.gold.json (the sixty-second team set, team62-306 ... team62-310) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them Homs, Hama or Raqqa; one in Yemen or Sudan;
one in Libya or Egypt), that at least one article is mostly about protests, strikes and sit-ins and their
dispersal (most of its core events are protests or force used on protesters) and at least one mostly about
truces, ceasefires, exchanges and withdrawals (most of its core events are deals, announced concessions,
withdrawals, releases and exchanges).

    python3 benchmarks/data/articles62/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    EXCESSIVE,
    PEACEFUL,
    RIOT,
    check_main,
    dateline_label_checks,
    role_place_date_checks,
)

GOLD = "team62.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing complaints, aggregates): any event a system reports there must count as a false positive. There
# is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team62-306": [6, 13, 15], "team62-307": [2, 13], "team62-308": [10, 14],
                  "team62-309": [2, 14], "team62-310": [6, 14]}

# where each article is set: (country, first-level division)
REGION = {"team62-306": ("SY", "Homs"), "team62-307": ("SY", "Idlib"),
          "team62-308": ("SY", "Raqqa"), "team62-309": ("YE", "Marib"),
          "team62-310": ("LY", "Zawiya")}
# at least one Syrian article in one of these governorates
CENTRE_EAST = {"Homs", "Hama", "Raqqa"}

MIN_CHARS, MAX_CHARS = 60, 500
WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"
# the types of deals, announced concessions, withdrawals, releases and exchanges (an article "mostly about
# truces" has a majority of these)
TRUCE = {"AGREE", "CONCEDE", "RETREAT", "COOPERATE"}
PROTEST_LABELS = [PEACEFUL, EXCESSIVE, RIOT]


def protest_event(g):
    """Protests, strikes and sit-ins, and force used on protesters (ACLED's protest and riot labels)."""
    return g["types"][0] == "PROTEST" or g.get("acled") in PROTEST_LABELS


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    protest_docs, truce_docs = [], []
    for d in docs:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        spans = []
        pos = 0
        for line in lines:
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        lens = [len(x) for x in lines[1:]]
        if min(lens) < MIN_CHARS or max(lens) > MAX_CHARS:
            errs.append(f'{d["id"]}: paragraph lengths {min(lens)}–{max(lens)} '
                        f'outside {MIN_CHARS}–{MAX_CHARS}')
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
        if len(NO_EVENT_PARAS.get(d["id"], [])) < 2:
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
        if sum(protest_event(g) for g in core) * 2 > len(core):
            protest_docs.append(d["id"])
        if sum(g["types"][0] in TRUCE for g in core) * 2 > len(core):
            truce_docs.append(d["id"])
        if d["id"] not in REGION:
            errs.append(f'{d["id"]}: no region recorded')
        elif REGION[d["id"]][0] == "SY" and not "2011" <= d["published"][:4] <= "2024":
            errs.append(f'{d["id"]}: a Syrian article outside 2011–2024')
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if len(docs) == N_ARTICLES:
        syria = {REGION[d["id"]][1] for d in docs if REGION.get(d["id"], ("",))[0] == "SY"}
        countries = [REGION.get(d["id"], ("",))[0] for d in docs]
        if len(syria) < 3 or countries.count("SY") < 3:
            errs.append("fewer than three Syrian articles in three governorates")
        if not syria & CENTRE_EAST:
            errs.append("no Syrian article in Homs, Hama or Raqqa")
        if not {"YE", "SD"} & set(countries) or not {"LY", "EG"} & set(countries):
            errs.append("no article in Yemen or Sudan, or none in Libya or Egypt")
        if not protest_docs:
            errs.append("no article is mostly about protests, strikes, sit-ins and their dispersal")
        if not truce_docs:
            errs.append("no article is mostly about truces, ceasefires, exchanges and withdrawals")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about protests, strikes, sit-ins and their dispersal:", ", ".join(protest_docs) or "-")
    print("mostly about truces, ceasefires, exchanges and withdrawals:", ", ".join(truce_docs) or "-")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team62", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
