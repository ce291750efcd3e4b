#!/usr/bin/env python3
"""Check team67.gold.json (the sixty-seventh team set, team67-331 ... team67-335) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs (all of these through ``goldkit.article_checks``), that the five outlets differ, that the
set's regions are as planned (three or more articles in Syria, 2011–2024, in three governorates, one of them
Homs, Rif Dimashq or Latakia; one in Iraq; one in Yemen), that at least one article is mostly about clashes
and infighting between armed factions with disputed casualty counts and mutual accusations (most of its core
events are two-sided clashes, attacks, accusations, denials, threats and deployments, with a core two-sided
clash whose toll comes from two or more sources and two core accusations in which each side accuses the
other) and at least one mostly about official visits, meetings, statements, threats and warnings, and
humanitarian aid deliveries (most of its core events are visits and meetings, statements of blame, support,
demand or refusal, threats and aid, with at least one core visit, one core THREATEN and one core aid
delivery that is told as done, not only planned).

    python3 benchmarks/data/articles67/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team67.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing situations, recurring violence, aggregates): any event a system reports there must count as a
# false positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team67-331": [3, 10, 15], "team67-332": [3, 11, 13],
                  "team67-333": [3, 11], "team67-334": [3, 11, 15],
                  "team67-335": [4, 11, 15]}

# where each article is set: (country, first-level division)
REGION = {"team67-331": ("SY", "Latakia"), "team67-332": ("SY", "Suwayda"),
          "team67-333": ("SY", "Raqqa"), "team67-334": ("IQ", "Kirkuk"),
          "team67-335": ("YE", "Abyan")}
# at least one Syrian article in one of these governorates
WEST_CENTRE = {"Homs", "Rif Dimashq", "Latakia"}

MIN_CHARS, MAX_CHARS = 60, 500
# an article "mostly about clashes and infighting between armed factions" has a majority of these core types
FIGHTING = {"ASSAULT", "ACCUSE", "REJECT", "THREATEN", "MOBILIZE"}
# an article "mostly about official visits, meetings, statements, threats and warnings, and aid" has a
# majority of these core types
OFFICIAL = {"CONSULT", "ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "THREATEN", "AID"}


def is_two_sided_clash(g):
    """A clash between armed groups: an ASSAULT coded as an armed clash, with sources and no recipient."""
    return g["types"][0] == "ASSAULT" and g.get("acled") == ["Battles/Armed clash"] and g.get(
        "source") and not g.get("recipient")


def mutual_accusations(core):
    """True when two core ACCUSE events have each side blaming the other (by English names)."""
    acc = [g for g in core if g["types"][0] == "ACCUSE" and g.get("source") and g.get("recipient")]
    for a in acc:
        for b in acc:
            if a is not b and a["source"]["en"][0] in b["recipient"]["en"] and \
                    b["source"]["en"][0] in a["recipient"]["en"]:
                return True
    return False


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    fighting_docs, official_docs = [], []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        disputed = [g for g in core if is_two_sided_clash(g) and "fatalities" in g
                    and len(g["para"]) >= 3 and len(g.get("attribution") or []) >= 2]
        if sum(g["types"][0] in FIGHTING for g in core) * 2 > len(core) and disputed and \
                mutual_accusations(core):
            fighting_docs.append(d["id"])
        done_aid = [g for g in core if g["types"][0] == "AID"
                    and g["factuality"][0] in ("asserted", "reported")]
        visits = [g for g in core if g["types"][0] == "CONSULT" and g.get("mode") == "visit"]
        if sum(g["types"][0] in OFFICIAL for g in core) * 2 > len(core) and done_aid and visits and any(
                g["types"][0] == "THREATEN" for g in core):
            official_docs.append(d["id"])
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
        if not syria & WEST_CENTRE:
            errs.append("no Syrian article in Homs, Rif Dimashq or Latakia")
        if "IQ" not in countries or "YE" not in countries:
            errs.append("no Iraqi article, or no Yemeni one")
        if not fighting_docs:
            errs.append("no article is mostly about clashes and infighting between armed factions")
        if not official_docs:
            errs.append("no article is mostly about official visits, meetings, statements, threats and aid")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about clashes and infighting between armed factions:", ", ".join(fighting_docs) or "-")
    print("mostly about official visits, meetings, statements, threats and aid:",
          ", ".join(official_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team67", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
