#!/usr/bin/env python3
"""Check team61.gold.json (the sixty-first team set, team61-301 ... team61-305) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them in the east or the south; one in Iraq; one in
Lebanon or Palestine), that at least one article is mostly about politics (most of its core events are talks,
deals, demands, statements, not force) and at least one mostly about armed violence and arrests (clashes,
kidnappings, assassinations, attacks and arrests).

    python3 benchmarks/data/articles61/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team61.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team61-301": [4, 11], "team61-302": [4, 11, 15],
                  "team61-303": [4, 12], "team61-304": [4, 11],
                  "team61-305": [4, 11, 15]}

# where each article is set: (country, first-level division)
REGION = {"team61-301": ("SY", "Daraa"), "team61-302": ("SY", "Latakia"),
          "team61-303": ("SY", "Suwayda"), "team61-304": ("IQ", "Nineveh"),
          "team61-305": ("PS", "Hebron")}
# Syrian governorates of the east and the south
EAST_SOUTH = {"Daraa", "Suwayda", "Quneitra", "Deir ez-Zor", "Hasakah", "Raqqa"}

MIN_CHARS, MAX_CHARS = 60, 500
# the types of talk, deals, demands and statements (an article "mostly about politics" has a majority of
# these)
POLITICAL = {"CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "SUPPORT", "CONCEDE", "THREATEN", "SANCTION",
             "COOPERATE"}


def armed_event(g):
    """Clashes, kidnappings, assassinations and other attacks, and arrests."""
    return g["types"][0] == "ASSAULT" or (g["types"][0] == "COERCE" and g.get("mode") in ("arrest", "seize"))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    political_docs, armed_docs = [], []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        if sum(g["types"][0] in POLITICAL for g in core) * 2 > len(core):
            political_docs.append(d["id"])
        if sum(armed_event(g) for g in core) * 2 > len(core):
            armed_docs.append(d["id"])
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
        if not syria & EAST_SOUTH:
            errs.append("no Syrian article in the east or the south")
        if "IQ" not in countries or not {"LB", "PS"} & set(countries):
            errs.append("no Iraqi article, or none in Lebanon or Palestine")
        if not political_docs:
            errs.append("no article is mostly about politics (talks, deals, statements)")
        if not armed_docs:
            errs.append("no article is mostly about clashes, kidnappings, assassinations and arrests")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about politics:", ", ".join(political_docs) or "-")
    print("mostly about clashes, kidnappings, assassinations and arrests:", ", ".join(armed_docs) or "-")
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
    check_main(HERE, GOLD, id_prefix="team61", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
