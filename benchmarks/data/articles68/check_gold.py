#!/usr/bin/env python3
"""Check team68.gold.json (the sixty-eighth team set, team68-336 ... team68-340) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks, that every trigger lies
inside its own paragraph and is not cut out of a word, that no paragraph is shorter than 60 or longer than
500 characters and that their lengths differ widely, that each article names its fatalities on one core
event told in several paragraphs, that each article has a dated historical core event at another place than
that main event, a rumoured, a planned and a THREATEN core event, and at least two no-event paragraphs (all
of these through ``goldkit.article_checks``), that every article has 5,500–7,000 characters, that the five
outlets differ, that the set's regions are as planned (three Syrian articles of 2012–2024 in three
governorates among Hama, Tartus, Deir ez-Zor, Hasakah and Rif Dimashq; one Iraqi article in Nineveh or
Diyala; one Lebanese or Palestinian article outside Tripoli and Hebron), that the main event's toll follows
the lowest-count rule and conflicts in at most two articles, that the main events are told first in
different places, and that one article is mostly about a siege or ceasefire negotiated with an exchange of
prisoners and bodies, one mostly about protests, strikes and sit-ins and the security response, and one
mostly about diplomatic visits, calls, statements, accusations and sanctions (see the sets of types below).

    python3 benchmarks/data/articles68/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team68.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, analysis, generic statements:
# habits, standing situations, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team68-336": [5, 7, 12], "team68-337": [7, 14],
                  "team68-338": [6, 10, 14], "team68-339": [3, 10, 14],
                  "team68-340": [4, 15]}

# where each article is set: (country, first-level division, district or city)
REGION = {"team68-336": ("SY", "Rif Dimashq", "Qudsaya"), "team68-337": ("IQ", "Diyala", "Baqubah"),
          "team68-338": ("SY", "Deir ez-Zor", "al-Mayadin"), "team68-339": ("SY", "Hama", "Salamiyah"),
          "team68-340": ("LB", "South Lebanon", "Sidon")}
SYRIA_ALLOWED = {"Hama", "Tartus", "Deir ez-Zor", "Hasakah", "Rif Dimashq"}
IRAQ_ALLOWED = {"Nineveh", "Diyala"}
LB_PS_EXCLUDED = {"Tripoli", "Hebron"}

# every toll the article reports for its main event (the gold keeps the lowest, ACLED's rule)
TOLLS = {"team68-336": (3, 5), "team68-337": (1,), "team68-338": (7,), "team68-339": (9, 8, 11),
         "team68-340": (2,)}
MAX_CONFLICTING = 2

MIN_CHARS, MAX_CHARS = 60, 500
MIN_ARTICLE, MAX_ARTICLE = 5500, 7000
# "mostly about a siege or a ceasefire negotiated with exchanges": a majority of these core types
NEGOTIATION = {"COERCE", "CONSULT", "AGREE", "CONCEDE", "RETREAT", "COOPERATE", "REQUEST", "REJECT",
               "THREATEN", "AID"}
# "mostly about protests, strikes and sit-ins and the security response"
PROTEST_SIDE = {"PROTEST", "COERCE", "REQUEST", "THREATEN", "REJECT"}
# "mostly about diplomatic visits, calls, statements, accusations and sanctions"
DIPLOMACY = {"CONSULT", "ACCUSE", "SANCTION", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"}
DONE = ("asserted", "reported")


def main_event(core):
    """The article's main event: the core event with fatalities told in the most paragraphs."""
    fatal = [g for g in core if "fatalities" in g]
    return max(fatal, key=lambda g: len(g["para"])) if fatal else None


def is_siege_article(core):
    exchange = [g for g in core if g["factuality"][0] in DONE and (
        g["types"][0] == "COOPERATE" or (g["types"][0] == "RETREAT" and g.get("mode") == "release"))]
    siege_or_truce = [g for g in core if (g["types"][0] == "COERCE" and g.get("mode") == "restrict")
                      or g["types"][0] in ("AGREE", "CONCEDE")]
    return sum(g["types"][0] in NEGOTIATION for g in core) * 2 > len(core) and exchange and siege_or_truce


def is_protest_article(core):
    def counts(g):
        return g["types"][0] in PROTEST_SIDE or (
            g["types"][0] == "ASSAULT" and g.get("acled") == ["Protests/Excessive force against protesters"])
    protests = [g for g in core if g["types"][0] == "PROTEST"]
    strike = [g for g in protests if g.get("mode") == "strike" and g["factuality"][0] in DONE]
    control = [g for g in core if g["types"][0] == "COERCE" and g.get("mode") in ("arrest", "curfew")]
    force = [g for g in core if counts(g) and g["types"][0] == "ASSAULT"]
    return (sum(counts(g) for g in core) * 2 > len(core) and len(protests) >= 3 and strike and control
            and force)


def is_diplomacy_article(core):
    modes = {g.get("mode") for g in core if g["types"][0] == "CONSULT" and g["factuality"][0] in DONE}
    kinds = {g["types"][0] for g in core}
    return (sum(g["types"][0] in DIPLOMACY for g in core) * 2 > len(core) and {"phone", "visit"} <= modes
            and {"SANCTION", "ACCUSE"} <= kinds)


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    siege, protest, diplomacy, first_told, conflicting = [], [], [], set(), 0
    for d in docs:
        did = d["id"]
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(did, []), MIN_CHARS, MAX_CHARS)
        errs += found
        n_chars = len(open(os.path.join(HERE, d["file"]), encoding="utf-8").read())
        if not MIN_ARTICLE <= n_chars <= MAX_ARTICLE:
            errs.append(f"{did}: {n_chars} characters (want {MIN_ARTICLE}–{MAX_ARTICLE})")
        main = main_event(core)
        tolls = TOLLS.get(did)
        if not main or not tolls or main["fatalities"] != min(tolls):
            errs.append(f"{did}: the main event's fatalities are not the lowest reported toll {tolls}")
        else:
            first_told.add(min(p for p in main["para"] if p > 0))
        conflicting += bool(tolls) and len(set(tolls)) > 1
        if is_siege_article(core):
            siege.append(did)
        if is_protest_article(core):
            protest.append(did)
        if is_diplomacy_article(core):
            diplomacy.append(did)
        country, adm1, place = REGION.get(did, ("", "", ""))
        if country == "SY" and (adm1 not in SYRIA_ALLOWED or not "2012" <= d["published"][:4] <= "2024"):
            errs.append(f"{did}: a Syrian article outside the planned governorates or 2012–2024")
        if country == "IQ" and adm1 not in IRAQ_ALLOWED:
            errs.append(f"{did}: an Iraqi article outside Nineveh and Diyala")
        if country in ("LB", "PS") and place in LB_PS_EXCLUDED:
            errs.append(f"{did}: a Lebanese or Palestinian article in Tripoli or Hebron")
        if not country:
            errs.append(f"{did}: no region recorded")
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if conflicting > MAX_CONFLICTING:
        errs.append(f"{conflicting} articles with conflicting tolls (at most {MAX_CONFLICTING})")
    if len(docs) == N_ARTICLES:
        countries = [REGION.get(d["id"], ("",))[0] for d in docs]
        syria = {REGION[d["id"]][1] for d in docs if REGION.get(d["id"], ("",))[0] == "SY"}
        if countries.count("SY") != 3 or len(syria) != 3:
            errs.append("not three Syrian articles in three governorates")
        if countries.count("IQ") != 1 or countries.count("LB") + countries.count("PS") != 1:
            errs.append("not one Iraqi article and one Lebanese or Palestinian article")
        if len(first_told) < 3:
            errs.append(f"the main events are first told in too few places {sorted(first_told)}")
        if not siege:
            errs.append("no article is mostly about a siege or ceasefire negotiated with an exchange")
        if not protest:
            errs.append("no article is mostly about protests, strikes and sit-ins and the security response")
        if not diplomacy:
            errs.append("no article is mostly about visits, calls, statements, accusations and sanctions")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about a siege or ceasefire negotiated with exchanges:", ", ".join(siege) or "-")
    print("mostly about protests, strikes and sit-ins and the security response:", ", ".join(protest) or "-")
    print("mostly about visits, calls, statements, accusations and sanctions:", ", ".join(diplomacy) or "-")
    print(f"main events first told in paragraphs {sorted(first_told)}; articles with conflicting tolls:",
          conflicting)
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    errs += dateline_label_checks(HERE, GOLD, dateline=True)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team68", no_event_paras=NO_EVENT_PARAS, para_range=(13, 17))
