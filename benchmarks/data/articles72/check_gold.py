#!/usr/bin/env python3
"""Check team72.gold.json (the seventy-second team set, team72-356 ... team72-360) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 14–17 paragraphs, 5,000–7,000 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles in two different governorates and three from three other Arab conflict
  areas (three different countries), none in a governorate or a year that the first paragraphs of the READMEs
  of sets 69, 70 and 71 name, and no place of the article's file name among those they name;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core event in the others; at most
  two articles let the reports of a toll conflict, each with two or more attributed sources and the gold
  keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «نقلاً عن»
  (or «ناقلةً عن»), a passive «قُتل»/«أُطلق», an acronym in quotes and a quoted organisation name;
- the three themes: one article mostly about a negotiation (a meeting and a deal, both asserted; the deal
  breached by a later attack; a refusal or a commitment not kept; a planned meeting); one mostly about
  protests and strikes (a demonstration and a strike, their dispersal by force, arrests, a demand, a planned
  protest); one mostly about kidnappings and prisoner exchanges (an exchange carried out after a mediation, an
  abduction, a release refused or not made, a planned exchange).

    python3 benchmarks/data/articles72/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    EXCESSIVE,
    HAPPENED,
    article_plan_checks,
    main_type,
    region_year_checks,
    run_checks,
    set_plan_checks,
    trigger_para,
)

GOLD = "team72.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, economy, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team72-356": [7, 12], "team72-357": [9, 14],
                  "team72-358": [7, 14], "team72-359": [8, 15], "team72-360": [8, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team72-356": ("SY", "Homs", "Kafr Laha", "الرستن"),
          "team72-357": ("SY", "Deir ez-Zor", "Thiban", "الشحيل"),
          "team72-358": ("IQ", "Diyala", "al-Muqdadiyah", "المقدادية"),
          "team72-359": ("YE", "al-Dhale", "Qataba", "قعطبة"),
          "team72-360": ("SO", "Hiiraan", "Bulo Burte", "بولوبرطي")}
# the governorates and years that the first paragraphs of the READMEs of sets 69, 70 and 71 name
USED_GOVS = {"Rif Dimashq", "Hama", "Daraa", "Hasakah", "Suwayda", "Idlib", "Hadramawt", "Marib", "Sennar",
             "Mafraq", "Tripoli", "Hebron", "Nineveh", "Salahuddin", "Nabatieh", "South Lebanon"}
USED_YEARS = {"2014", "2016", "2021", "2022", "2023", "2024"}
# the places those paragraphs (and set 70's own list) name, as file-name words
USED_BEFORE = {"yabroud", "qalamoun", "rima", "sahel", "flita", "arsal", "salamiyah", "hadramawt", "sinja",
               "sennar", "ruwayshid", "tafas", "muzayrib", "yadudah", "shihab", "jasim", "tamr", "kayf",
               "hasakah", "hamis", "janzour", "warshefana", "tajoura", "ummar", "hebron", "naim", "sair",
               "masafer", "yatta", "dura", "sinjar", "sinuni", "baghdad", "erbil", "makhmour", "suwayda",
               "shahba", "salkhad", "qrayya", "zawiya", "bara", "fleifel", "blida", "aitaroun", "kila",
               "dhayra", "marib", "abdiyah", "harib", "salahuddin", "mutaybijah", "samarra", "qara", "maara",
               "dara", "barri", "saan", "kafat", "seiyun", "qatn", "shibam", "tarim", "mukalla", "dinder",
               "madani", "turra", "amman", "azraq", "nyala", "kalma", "daein", "anbar", "horan", "rutba",
               "hit", "ramadi", "hodeidah", "hays", "jah", "tuhayta", "khawkha", "tubas", "tammun", "faraa",
               "balata",
               "nablus", "qusayr", "jousieh", "hermel", "jenin", "shams", "taiz", "abyan", "fasher", "sabha",
               "derna", "misrata", "huwara", "aqqaba"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team72-356", "team72-358", "team72-360"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team72-356": "Syrian opposition news site", "team72-357": "local activist news network",
               "team72-358": "Iraqi daily newspaper", "team72-359": "southern Yemeni local news site",
               "team72-360": "regional news agency's Arabic wire"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team72-357": [3, 2, 4], "team72-360": [5, 12, 7]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {"بين … و…": re.compile(r"بين [^،.]{2,40} و"),
                 "من قبل": re.compile(r"من قبل "), "وكان … قد": re.compile(r"وكان[^.]{0,60} قد "),
                 "بحسب": re.compile(r"بحسب"), "نقلاً عن": re.compile(r"(?:نقلاً|ناقلةً) عن"),
                 "passive": re.compile(r"قُتل|أُطلق|اعتُقلوا|أُوقفت"),
                 "acronym in quotes": re.compile(r"«(?:قسد|يونامي|أميصوم|يونيسف|سانا)»"),
                 "quoted organisation": re.compile(r"«(?:هيئة|مجلس|تجمّع|تنسيقية|حركة|اللجنة|الهلال)[^»]*»")}

# theme (a): a negotiation, truce or mediation story
NEGOTIATION = "team72-356"
# theme (b): protests and strikes with demands and their dispersal
PROTESTS = "team72-357"
# theme (c): kidnappings, releases and prisoner exchanges
KIDNAP = "team72-359"


def negotiation_theme(core, spans):
    meet = [g for g in core if main_type(g) == "CONSULT" and g["factuality"][0] in HAPPENED]
    deal = [g for g in core if main_type(g) == "AGREE" and g["factuality"][0] in HAPPENED]
    breach = [a for a in core for d in deal if main_type(a) == "ASSAULT" and a["factuality"][0] in HAPPENED
              and a.get("date") and a["date"]["value"] >= d["date"]["value"]
              and trigger_para(a, spans) > trigger_para(d, spans)]
    unkept = [g for g in core if main_type(g) == "REJECT" or g["factuality"][0] == "negated"]
    planned = [g for g in core if main_type(g) == "CONSULT" and g["factuality"][0] == "planned"]
    talk = sum(main_type(g) in ("CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "THREATEN", "RETREAT",
                                "AID")
               for g in core)
    return bool(meet and deal and breach and unkept and planned and talk * 2 > len(core))


def protests_theme(core):
    demo = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "demo"
            and g["factuality"][0] in HAPPENED]
    strike = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "strike"
              and g["factuality"][0] in HAPPENED]
    dispersal = [g for g in core if main_type(g) == "ASSAULT" and g.get("acled") == EXCESSIVE]
    arrests = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
               and g["factuality"][0] in HAPPENED]
    demand = [g for g in core if main_type(g) == "REQUEST"]
    planned = [g for g in core if main_type(g) == "PROTEST" and g["factuality"][0] == "planned"]
    kinds = sum(main_type(g) in ("PROTEST", "REQUEST", "THREATEN", "COERCE") or g in dispersal for g in core)
    return bool(demo and strike and dispersal and arrests and demand and planned and kinds * 2 > len(core))


def kidnap_theme(core):
    swap = [g for g in core if {"COOPERATE", "RETREAT"} <= set(g["types"]) and g["factuality"][0] in HAPPENED]
    mediation = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "third-party"]
    abduct = [g for g in core if g.get("mode") == "abduct" and g["factuality"][0] in HAPPENED]
    refused = [g for g in core if main_type(g) in ("RETREAT", "REJECT")
               and (g["factuality"][0] == "negated" or main_type(g) == "REJECT")]
    planned = [g for g in core if "RETREAT" in g["types"] and g["factuality"][0] == "planned"]
    kinds = sum(main_type(g) in ("COOPERATE", "RETREAT", "REJECT", "AGREE")
                or g.get("mode") in ("abduct", "torture")
                or g in mediation for g in core)
    return bool(swap and mediation and abduct and refused and planned and kinds * 2 >= len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a negotiation": [], "protests and strikes": [], "kidnappings and exchanges": []}
    lead_first = []
    all_text = ""
    for d in docs:
        did = d["id"]
        country, gov, _town, place_ar = REGION.get(did, ("", "", "", ""))
        art = article_plan_checks(HERE, d, no_event_paras=NO_EVENT_PARAS.get(did, []), place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, spans = art.core, art.spans
        if art.lead_first:
            lead_first.append(did)
        # regions and years
        if not country:
            errs.append(f"{did}: no region recorded")
        errs += region_year_checks(did, d, country=country, gov=gov, used_govs=USED_GOVS,
                                   used_years=USED_YEARS, used_file_words=USED_BEFORE,
                                   used_label="sets 69-71", years=None)[0]
        if did == NEGOTIATION and negotiation_theme(core, spans):
            themes["a negotiation"].append(did)
        if did == PROTESTS and protests_theme(core):
            themes["protests and strikes"].append(did)
        if did == KIDNAP and kidnap_theme(core):
            themes["kidnappings and exchanges"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text, lead_first=lead_first,
                            themes=themes, n_articles=N_ARTICLES)
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team72", no_event_paras=NO_EVENT_PARAS, para_range=(15, 18))
