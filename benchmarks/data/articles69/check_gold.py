#!/usr/bin/env python3
"""Check team69.gold.json (the sixty-ninth team set, team69-341 ... team69-345) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (every article opens with a
dateline «CITY – «OUTLET»:»), that every trigger lies inside its own paragraph and is not cut out of a word,
that no paragraph is shorter than 60 or longer than 500 characters and that their lengths differ widely, that
each article names its fatalities on one core event told in several paragraphs, that each article has a dated
historical core event at another place than that main event, a rumoured, a planned and a THREATEN core event,
and at least two no-event paragraphs (all of these through ``goldkit.article_checks``), that the five outlets
differ, that the set's regions are as planned (two Syrian articles of 2012–2024 in two of the governorates
asked for; one Yemeni article outside Taiz, Aden, Abyan and Hodeidah; one Sudanese or Libyan article outside
the places used before; one Jordanian, Sinai or Anbar-border article), that at most two articles let the
reports of a toll conflict, and that the three themed articles are what they claim: one mostly about air
strikes and shelling (four or more distinct core strikes on different places the same day, and strikes the
largest group of its core events), one mostly about kidnappings, arrests, releases and ransoms (most of its
core events, with a core abduction, a core arrest and a core release told as done) and one mostly about aid
deliveries, displacement and returns with officials' statements (most of its core events, with a core aid
delivery told as done, a core organised return and an official's core statement).

    python3 benchmarks/data/articles69/check_gold.py [--no-score]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team69.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team69-341": [6, 14], "team69-342": [5, 12],
                  "team69-343": [4, 13], "team69-344": [4, 14],
                  "team69-345": [4, 15]}

# where each article is set: (country, first-level division, town of the main event)
REGION = {"team69-341": ("SY", "Rif Dimashq", "Yabroud"), "team69-342": ("SY", "Hama", "Salamiyah"),
          "team69-343": ("YE", "Hadramawt", "Seiyun"), "team69-344": ("SD", "Sennar", "Sinja"),
          "team69-345": ("JO", "Mafraq", "Ruwaished")}
# the Syrian articles: towns asked for, years 2012-2024
SYRIA_TOWNS = {"Salamiyah", "Palmyra", "Yabroud", "Zakia", "Mohassan"}
YEMEN_AVOID = {"Taiz", "Aden", "Abyan", "Hodeidah"}
SUDAN_LIBYA_AVOID = {"El Fasher", "Nyala", "Sabha", "Derna", "Misrata", "Zawiya"}
# Jordan, Egypt (Sinai) or Iraq (Anbar border)
BORDER_COUNTRIES = {"JO", "EG", "IQ"}

# articles whose reports of the main toll conflict (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team69-341", "team69-343"}

MIN_CHARS, MAX_CHARS = 60, 500
STRIKE_MODES = {"aerial", "heavy-weapons"}
# an article "mostly about kidnappings, arrests, releases and ransoms"
KIDNAP_TYPES = {"COERCE", "RETREAT", "COOPERATE", "THREATEN"}
KIDNAP_ASSAULT_MODES = {"abduct", "execute"}
# an article "mostly about aid deliveries, displacement and returns, with officials' statements"
AID_TYPES = {"AID", "REQUEST", "ACCUSE", "SUPPORT", "AGREE", "REJECT", "CONSULT"}


def is_strike(g):
    return g["types"][0] == "ASSAULT" and g.get("mode") in STRIKE_MODES


def strikes_theme(core):
    """Four or more core strikes on different places the same day, and strikes the largest group."""
    by_day = Counter()
    places = {}
    for g in core:
        if is_strike(g) and g.get("date") and g.get("location"):
            day = g["date"]["value"]
            by_day[day] += g["location"]["accept"][0] not in places.setdefault(day, set())
            places[day].add(g["location"]["accept"][0])
    groups = Counter("strike" if is_strike(g) else g["types"][0] for g in core)
    return bool(by_day) and max(by_day.values()) >= 4 and groups.most_common(1)[0][0] == "strike"


def kidnap_theme(core):
    def kidnap(g):
        return g["types"][0] in KIDNAP_TYPES or (g["types"][0] == "ASSAULT"
                                                and g.get("mode") in KIDNAP_ASSAULT_MODES)
    done = ("asserted", "reported", "historical")
    abduct = [g for g in core if g["types"][0] == "ASSAULT" and g.get("mode") == "abduct"]
    arrest = [g for g in core if g["types"][0] == "COERCE" and g.get("mode") == "arrest"
              and g["factuality"][0] in done]
    release = [g for g in core if "RETREAT" in g["types"] and g["factuality"][0] in done]
    return sum(map(kidnap, core)) * 2 > len(core) and abduct and arrest and release


def aid_theme(core):
    done = [g for g in core if g["types"][0] == "AID" and g["factuality"][0] in ("asserted", "reported")]
    returns = [g for g in core if "RETREAT" in g["types"] and g["factuality"][0] in ("asserted", "reported")]
    official = [g for g in core if g["types"][0] in ("REQUEST", "ACCUSE", "AGREE") and g.get("source")
                and any(w in " ".join(g["source"]["en"]).lower() for w in ("governor", "government"))]
    return sum(g["types"][0] in AID_TYPES for g in core) * 2 > len(core) and done and returns and official


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"strikes": [], "kidnappings": [], "aid": []}
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        if strikes_theme(core):
            themes["strikes"].append(d["id"])
        if kidnap_theme(core):
            themes["kidnappings"].append(d["id"])
        if aid_theme(core):
            themes["aid"].append(d["id"])
        size = len(open(os.path.join(HERE, d["file"]), encoding="utf-8").read())
        if not 5500 <= size <= 7000:
            errs.append(f'{d["id"]}: {size} characters (want 5,500-7,000)')
        country, _, town = REGION.get(d["id"], ("", "", ""))
        if not country:
            errs.append(f'{d["id"]}: no region recorded')
        elif country == "SY" and (town not in SYRIA_TOWNS or not "2012" <= d["published"][:4] <= "2024"):
            errs.append(f'{d["id"]}: a Syrian article outside the towns or years asked for')
        elif (country == "YE" and town in YEMEN_AVOID) or (country in ("SD", "LY")
                                                            and town in SUDAN_LIBYA_AVOID):
            errs.append(f'{d["id"]}: a place used before')
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if len(TOLL_CONFLICT) > 2:
        errs.append("more than two articles with conflicting tolls")
    for d in docs:
        if d["id"] in TOLL_CONFLICT and not any("fatalities" in g and len(g.get("attribution") or []) >= 2
                                               for g in d["events"] if g["core"]):
            errs.append(f'{d["id"]}: a conflicting toll needs two or more attributed sources')
    if len(docs) == N_ARTICLES:
        countries = Counter(REGION[d["id"]][0] for d in docs)
        syria = {REGION[d["id"]][1] for d in docs if REGION[d["id"]][0] == "SY"}
        if countries["SY"] != 2 or len(syria) != 2:
            errs.append("not two Syrian articles in two governorates")
        if countries["YE"] != 1 or countries["SD"] + countries["LY"] != 1:
            errs.append("not one Yemeni and one Sudanese or Libyan article")
        if sum(countries[c] for c in BORDER_COUNTRIES) != 1:
            errs.append("not one Jordanian, Sinai or Anbar-border article")
        for theme, ids in themes.items():
            if not ids:
                errs.append(f"no article is mostly about {theme}")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    for theme, ids in themes.items():
        print(f"mostly about {theme}:", ", ".join(ids) or "-")
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
    check_main(HERE, GOLD, id_prefix="team69", no_event_paras=NO_EVENT_PARAS, para_range=(13, 17))
