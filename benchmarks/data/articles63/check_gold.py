#!/usr/bin/env python3
"""Check team63.gold.json (the sixty-third team set, team63-311 ... team63-315) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them Aleppo, Hasakah or Rif Dimashq; one in Iraq
or Jordan; one in Lebanon), that at least one article is mostly about car bombs, explosive devices,
assassinations and disputed claims (most of its core events are bombings and assassinations, or accusations
and denials of who did them) and at least one mostly about diplomacy (most of its core events are talks,
visits, accusations, sanctions, threats, refusals and the like, with at least one core visit, accusation,
sanction, threat and refusal among them).

    python3 benchmarks/data/articles63/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team63.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team63-311": [3, 13], "team63-312": [7, 14], "team63-313": [5, 12, 15],
                  "team63-314": [8, 13], "team63-315": [6, 13]}

# where each article is set: (country, first-level division)
REGION = {"team63-311": ("SY", "Aleppo"), "team63-312": ("SY", "Rif Dimashq"),
          "team63-313": ("SY", "Hama"), "team63-314": ("JO", "Mafraq"),
          "team63-315": ("LB", "Akkar")}
# at least one Syrian article in one of these governorates
NORTH_EAST_CAPITAL = {"Aleppo", "Hasakah", "Rif Dimashq"}

MIN_CHARS, MAX_CHARS = 60, 500
# the types of talk, visits, deals, demands, statements, sanctions and refusals (an article "mostly about
# diplomacy" has a majority of these, and at least one core CONSULT visit, ACCUSE, SANCTION, THREATEN and
# REJECT)
POLITICAL = {"CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "SUPPORT", "CONCEDE", "THREATEN", "SANCTION",
             "COOPERATE"}
DIPLOMATIC_KINDS = ("CONSULT", "ACCUSE", "SANCTION", "THREATEN", "REJECT")


def bomb_or_claim(g):
    """Car bombs, explosive devices and assassinations, and the accusations and denials of who did them."""
    t = g["types"][0]
    return (t == "ASSAULT" and g.get("mode") in ("explosives", "assassinate", "suicide-attack")) or t in (
        "ACCUSE", "REJECT")


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    diplomatic_docs, bomb_docs = [], []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        kinds = {g["types"][0] for g in core}
        if sum(g["types"][0] in POLITICAL for g in core) * 2 > len(core) and all(
                k in kinds for k in DIPLOMATIC_KINDS) and any(
                g["types"][0] == "CONSULT" and g.get("mode") == "visit" for g in core):
            diplomatic_docs.append(d["id"])
        if sum(bomb_or_claim(g) for g in core) * 2 > len(core):
            bomb_docs.append(d["id"])
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
        if not syria & NORTH_EAST_CAPITAL:
            errs.append("no Syrian article in Aleppo, Hasakah or Rif Dimashq")
        if not {"IQ", "JO"} & set(countries) or "LB" not in countries:
            errs.append("no Iraqi or Jordanian article, or none in Lebanon")
        if not diplomatic_docs:
            errs.append("no article is mostly about diplomacy (visits, accusations, sanctions, threats, "
                        "refusals)")
        if not bomb_docs:
            errs.append("no article is mostly about car bombs, explosive devices, assassinations and claims")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about diplomacy:", ", ".join(diplomatic_docs) or "-")
    print("mostly about car bombs, explosive devices, assassinations and claims:",
          ", ".join(bomb_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team63", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
