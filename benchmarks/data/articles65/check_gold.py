#!/usr/bin/env python3
"""Check team65.gold.json (the sixty-fifth team set, team65-321 ... team65-325) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them Hama, Idlib or Suwayda; one in Yemen; one in
Sudan or Libya), that at least one article is mostly about attacks on aid convoys, hospitals, schools and
markets and the accusations that followed (most of its core events are attacks on such places, or
accusations, denials and demands about them, with core attacks on at least three kinds of such places) and
at least one mostly about negotiations, agreements, mediation, handovers of positions and local
reconciliation (most of its core events are talks, deals, announced and carried-out handovers, demands and
refusals, with at least one core CONSULT, AGREE and RETREAT among them).

    python3 benchmarks/data/articles65/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team65.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team65-321": [3, 13], "team65-322": [3, 13, 14],
                  "team65-323": [4, 13, 15], "team65-324": [4, 13, 15],
                  "team65-325": [3, 13, 15]}

# where each article is set: (country, first-level division)
REGION = {"team65-321": ("SY", "Idlib"), "team65-322": ("SY", "Deir ez-Zor"),
          "team65-323": ("SY", "Quneitra"), "team65-324": ("YE", "Taiz"),
          "team65-325": ("LY", "Fezzan (Sabha)")}
# at least one Syrian article in one of these governorates
CENTRE_NORTH_SOUTH = {"Hama", "Idlib", "Suwayda"}

MIN_CHARS, MAX_CHARS = 60, 500
# the places an article "mostly about attacks on aid convoys, hospitals, schools and markets" is about: an
# ASSAULT whose recipient's English names or whose place's accepted names hold one of these words
PROTECTED = {"convoy": "convoy", "hospital": "hospital", "health centre": "hospital", "clinic": "hospital",
             "school": "school", "market": "market", "bakery": "market"}
CLAIMS = {"ACCUSE", "REJECT", "REQUEST"}
# the types of talks, deals, handovers, demands and refusals (an article "mostly about negotiations" has a
# majority of these, and at least one core CONSULT, AGREE and RETREAT)
NEGOTIATION = {"CONSULT", "AGREE", "CONCEDE", "RETREAT", "REJECT", "REQUEST", "COOPERATE", "SUPPORT"}
NEGOTIATION_KINDS = ("CONSULT", "AGREE", "RETREAT")


def protected_kind(g):
    """The kind of protected place (convoy, hospital, school, market) an ASSAULT hits, or None."""
    if g["types"][0] != "ASSAULT":
        return None
    names = [x.lower() for x in (g.get("recipient") or {}).get("en", [])]
    names += [x.lower() for x in (g.get("location") or {}).get("accept", [])]
    for word, kind in PROTECTED.items():
        if any(word in n for n in names):
            return kind
    return None


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    aid_docs, negotiation_docs = [], []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        kinds = {protected_kind(g) for g in core} - {None}
        if sum(bool(protected_kind(g)) or g["types"][0] in CLAIMS for g in core) * 2 > len(core) and len(
                kinds) >= 3 and any(g["types"][0] == "ACCUSE" for g in core):
            aid_docs.append(d["id"])
        types = {g["types"][0] for g in core}
        if sum(g["types"][0] in NEGOTIATION for g in core) * 2 > len(core) and all(
                k in types for k in NEGOTIATION_KINDS):
            negotiation_docs.append(d["id"])
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
        if not syria & CENTRE_NORTH_SOUTH:
            errs.append("no Syrian article in Hama, Idlib or Suwayda")
        if "YE" not in countries or not {"SD", "LY"} & set(countries):
            errs.append("no Yemeni article, or none in Sudan or Libya")
        if not aid_docs:
            errs.append("no article is mostly about attacks on aid convoys, hospitals, schools and markets")
        if not negotiation_docs:
            errs.append("no article is mostly about negotiations, agreements, handovers and reconciliation")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about attacks on aid convoys, hospitals, schools and markets:", ", ".join(aid_docs) or "-")
    print("mostly about negotiations, agreements, handovers and reconciliation:",
          ", ".join(negotiation_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team65", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
