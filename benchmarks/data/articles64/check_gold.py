#!/usr/bin/env python3
"""Check team64.gold.json (the sixty-fourth team set, team64-316 ... team64-320) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them Deir ez-Zor, Daraa or Quneitra; one in Iraq;
one in the Palestinian territories), that at least one article is mostly about shelling, air and drone strikes
(most of its core events are shelling or aerial attacks, and it tells of displacement) and at least one mostly
about arrests, raids, detentions, forced conscription and releases (most of its core events are arrests,
raids, seizures, curfews and releases or threats of arrest, with at least one core arrest and one core
release among them, and it tells of conscription).

    python3 benchmarks/data/articles64/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team64.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team64-316": [3, 11, 15], "team64-317": [4, 11, 15, 16], "team64-318": [3, 13, 15],
                  "team64-319": [3, 14, 15], "team64-320": [6, 14, 15]}

# where each article is set: (country, first-level division)
REGION = {"team64-316": ("SY", "Deir ez-Zor"), "team64-317": ("SY", "Idlib"),
          "team64-318": ("SY", "Quneitra"), "team64-319": ("IQ", "Diyala"),
          "team64-320": ("PS", "Gaza")}
# at least one Syrian article in one of these governorates
SOUTH_OR_EAST = {"Deir ez-Zor", "Daraa", "Quneitra"}

MIN_CHARS, MAX_CHARS = 60, 500
WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"
# an article "mostly about strikes" has a majority of core shelling and aerial attacks and tells of
# displacement; one "mostly about detentions" a majority of core arrests, raids, seizures, curfews, releases
# and threats of arrest, at least one core arrest and one core release, and tells of conscription
DISPLACEMENT = re.compile("نزوح|نزح|النازحين|نازحين|تهجير")
CONSCRIPTION = re.compile("التجنيد|الخدمة الإلزامية|الخدمة الاحتياطية|سوق الشب|لسوقهم")


def strike(g):
    """Shelling, rockets, mortars, air and drone strikes."""
    return g["types"][0] == "ASSAULT" and g.get("mode") in ("heavy-weapons", "aerial")


def detention(g):
    """Arrests, raids, seizures, curfews, conscription round-ups, releases and threats of arrest."""
    t = g["types"][0]
    return t == "COERCE" or (t == "RETREAT" and g.get("mode") == "release") or (
        t == "THREATEN" and g.get("mode") == "arrest")


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    strike_docs, detention_docs = [], []
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
        if sum(strike(g) for g in core) * 2 > len(core) and DISPLACEMENT.search(text):
            strike_docs.append(d["id"])
        if (sum(detention(g) for g in core) * 2 > len(core) and CONSCRIPTION.search(text)
                and any(g["types"][0] == "COERCE" and g.get("mode") == "arrest" for g in core)
                and any(g["types"][0] == "RETREAT" and g.get("mode") == "release" for g in core)):
            detention_docs.append(d["id"])
        if d["id"] not in REGION or not REGION[d["id"]][0]:
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
        if not syria & SOUTH_OR_EAST:
            errs.append("no Syrian article in Deir ez-Zor, Daraa or Quneitra")
        if "IQ" not in countries or "PS" not in countries:
            errs.append("no Iraqi article, or none in the Palestinian territories")
        if not strike_docs:
            errs.append("no article is mostly about shelling, air and drone strikes and displacement")
        if not detention_docs:
            errs.append("no article is mostly about arrests, raids, conscription and releases")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about shelling, air and drone strikes:", ", ".join(strike_docs) or "-")
    print("mostly about arrests, raids, conscription and releases:", ", ".join(detention_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team64", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
