#!/usr/bin/env python3
"""Check team60.gold.json (the sixtieth team set, team60-296 ... team60-300) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that every
attribution is quoted from the article, that no paragraph is shorter than 60 or longer than 500 characters
and that their lengths differ widely, that each article names its fatalities on one core event told in
three or more paragraphs, that each article has a dated historical core event at another place than that
main event, a rumoured, a planned and a THREATEN core event, and at least two no-event paragraphs, that the
five outlets differ, that the set's regions are as planned (three or more articles in Syria, 2011–2024, in
three governorates, one of them in the north-west or on the coast; the others in Yemen, Jordan, Iraq or the
Gulf), that at least one article is mostly about air and drone strikes and shelling (most of its core events
are aerial or heavy-weapons assaults) and at least one mostly about aid, displacement, returns and local
agreements (most of its core events are aid, agreements, concessions, withdrawals, returns, releases and
opened access).

    python3 benchmarks/data/articles60/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team60.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team60-296": [3, 11, 16], "team60-297": [4, 13, 16],
                  "team60-298": [3, 12, 14], "team60-299": [3, 13, 15],
                  "team60-300": [3, 13, 15]}

# where each article is set: (country, first-level division)
REGION = {"team60-296": ("SY", "Idlib"), "team60-297": ("SY", "Daraa"),
          "team60-298": ("SY", "Aleppo"), "team60-299": ("YE", "Marib"),
          "team60-300": ("JO", "Mafraq")}

NW_OR_COAST = {"Idlib", "Latakia", "Tartus"}
OTHER_COUNTRIES = {"YE", "JO", "IQ", "SA", "AE", "KW", "BH", "QA", "OM"}
MIN_CHARS, MAX_CHARS = 60, 500
WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"
# an article "mostly about strikes" has a majority of aerial or heavy-weapons assaults among its core events
STRIKE_MODES = {"aerial", "heavy-weapons"}
# an article "mostly about aid, displacement, returns and local agreements" has a majority of these
AID_TYPES = {"AID", "AGREE", "CONCEDE", "RETREAT", "COOPERATE"}


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    strike_docs, aid_docs = [], []
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
            for att in g.get("attribution") or []:
                if att not in text:
                    errs.append(f"{gid}: attribution {att!r} is not quoted from the article")
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
        n_strikes = sum(g["types"][0] == "ASSAULT" and g.get("mode") in STRIKE_MODES for g in core)
        n_aid = sum(g["types"][0] in AID_TYPES for g in core)
        print(f'{d["id"]}: {len(core)} core events, {n_strikes} strikes and shelling, '
              f'{n_aid} aid, agreements, returns and releases')
        if n_strikes * 2 > len(core):
            strike_docs.append(d["id"])
        if n_aid * 2 > len(core):
            aid_docs.append(d["id"])
        if d["id"] not in REGION:
            errs.append(f'{d["id"]}: no region recorded')
        elif REGION[d["id"]][0] == "SY" and not "2011" <= d["published"][:4] <= "2024":
            errs.append(f'{d["id"]}: a Syrian article outside 2011–2024')
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if len(docs) == 5:
        regions = [REGION.get(d["id"], ("", "")) for d in docs]
        syria = [r[1] for r in regions if r[0] == "SY"]
        if len(syria) < 3 or len(set(syria)) < 3:
            errs.append("fewer than three Syrian articles in three governorates")
        if not NW_OR_COAST & set(syria):
            errs.append("no Syrian article in the north-west or on the coast")
        if any(r[0] != "SY" and r[0] not in OTHER_COUNTRIES for r in regions):
            errs.append("a non-Syrian article outside Yemen, Jordan, Iraq and the Gulf")
        if not strike_docs:
            errs.append("no article is mostly about air and drone strikes and shelling")
        if not aid_docs:
            errs.append("no article is mostly about aid, displacement, returns and local agreements")
    print("mostly about strikes and shelling:", ", ".join(strike_docs) or "-")
    print("mostly about aid, displacement, returns and local agreements:", ", ".join(aid_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team60", no_event_paras=NO_EVENT_PARAS, para_range=(15, 18))
