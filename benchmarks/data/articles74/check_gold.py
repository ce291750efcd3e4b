#!/usr/bin/env python3
"""Check team74.gold.json (the seventy-fourth team set, team74-366 ... team74-370) against the article files,
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
- the regions: two Syrian articles in two different governorates among Aleppo, Latakia, Tartus, Quneitra and
  Raqqa, and three from three other countries among Lebanon, Libya, Sudan, Jordan and Palestine, published
  between 2012 and 2025; none in a governorate or a year that the first paragraphs of the READMEs of sets 71,
  72 and 73 name, and no place of the article's file name among those they name (with set 72's file names);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core event
  in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of a
  toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «نقلاً عن»
  (or «ناقلةً عن»), a passive «قُتل»/«أُطلق», an acronym in quotes, a quoted organisation name, a possessive
  actor «مقاتلي الـ…», a verb–subject–object sentence and a subject–verb–object one;
- the three themes: one article mostly about displacement and aid (families fleeing a shelled area, an aid
  convoy blocked at a checkpoint then let through, the aid delivered, a return of displaced people planned, an
  appeal by a UN agency, a camp raided); one mostly about an assassination campaign (an assassination with an
  IED or gunmen, its claim and a denial, arrests of suspects, a security campaign announced, an earlier
  assassination recalled); one mostly about a truce brokered by a mediator (the truce announced after a
  mediation, its breach by an attack hours later, mutual accusations, the agreed withdrawal not carried out, a
  new meeting planned).

    python3 benchmarks/data/articles74/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    HAPPENED,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
    trigger_para,
)

GOLD = "team74.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, economy, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team74-366": [8, 16], "team74-367": [7, 16],
                  "team74-368": [8, 14], "team74-369": [8, 16], "team74-370": [10, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team74-366": ("SY", "Quneitra", "Breiqa", "القنيطرة"),
          "team74-367": ("SY", "Latakia", "Latakia", "اللاذقية"),
          "team74-368": ("LB", "North", "Tripoli", "طرابلس"),
          "team74-369": ("LY", "Benghazi", "Benghazi", "بنغازي"),
          "team74-370": ("PS", "Bethlehem", "Tuqu'", "بيت لحم")}
SYRIAN_GOVS = {"Aleppo", "Latakia", "Tartus", "Quneitra", "Raqqa"}
OTHER_COUNTRIES = {"LB", "LY", "SD", "JO", "PS"}
# the governorates and years that the first paragraphs of the READMEs of sets 71, 72 and 73 name
USED_GOVS = {"Suwayda", "Idlib", "South Lebanon", "Marib", "Salahuddin", "Homs", "Deir ez-Zor", "Diyala",
             "al-Dhale", "Hiiraan", "Raqqa", "Aleppo", "Taiz", "South Kordofan", "Hirshabelle"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
# the places those paragraphs (and set 72's own file names) name, as file-name words
USED_BEFORE = {"suwayda", "shahba", "salkhad", "qrayya", "idlib", "zawiya", "bara", "fleifel", "blida",
               "aitaroun", "kila", "dhayra", "marib", "abdiyah", "harib", "salahuddin", "mutaybijah",
               "samarra", "kafr", "laha", "houla", "dar", "kabira", "rastan", "talbiseh", "thiban", "shuhayl",
               "hawayij", "busayrah", "subha", "muqdadiyah", "saida", "saadiya", "hamrin", "baqubah",
               "kanaan", "qataba", "fakhir", "damt", "murais", "husha", "bulo", "burte", "hiiraan",
               "beledweyne", "jalalaqsi", "tabqa", "mansoura", "raqqa", "bab", "zandin", "qabasin", "bzaa",
               "tadef", "jarabulus", "aleppo", "dhabab", "salw", "misrakh", "taiz", "dilling", "kadugli",
               "obeid", "kordofan", "jowhar", "mahaday", "balad", "hirshabelle", "homs", "deir", "zor",
               "diyala", "dhale"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team74-367", "team74-368", "team74-369"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team74-366": "Syrian opposition radio station's website",
               "team74-367": "Syrian pro-government daily newspaper",
               "team74-368": "Lebanese TV channel's news site",
               "team74-369": "Libyan private news agency's wire",
               "team74-370": "Palestinian local news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team74-367": [4, 5], "team74-368": [2, 3]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {"بين … و…": re.compile(r"بين [^،.]{2,40} و"),
                 "من قبل": re.compile(r"من قبل "), "وكان … قد": re.compile(r"وكان[^.]{0,60} قد "),
                 "بحسب": re.compile(r"بحسب"), "نقلاً عن": re.compile(r"(?:نقلاً|ناقلةً) عن"),
                 "passive": re.compile(r"قُتل|أُطلق"),
                 "acronym in quotes": re.compile(r"«(?:أوتشا|سانا)»"),
                 "quoted organisation": re.compile(r"«(?:جبهة|ألوية|الحزب|أنصار|سرايا)[^»]*»"),
                 "possessive «مقاتلي الـ…»": re.compile(r"مقاتلي ال"),
                 "verb–subject–object": re.compile(
                     r"(?:^|[.،] )(?:اقتحمت|داهمت|استهدفت) (?:قوات|دورية|وحدات) "),
                 "subject–verb–object": re.compile(
                     r"(?:مستوطنون|جماعة «أنصار الشريعة»)[^.،]{0,40} (?:هاجموا|نفت) ")}

# theme (a): displacement and aid
DISPLACEMENT = "team74-366"
# theme (b): an assassination campaign
ASSASSINATIONS = "team74-369"
# theme (c): a truce brokered by a mediator
TRUCE = "team74-368"


def displacement_theme(core, lines):
    shelled = [g for g in core if main_type(g) == "ASSAULT" and g["factuality"][0] in HAPPENED
               and "نزح" in para_text(lines, g)]
    blocked = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "restrict"
               and g["factuality"][0] in HAPPENED]
    let_through = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "access"
                   and g["factuality"][0] in HAPPENED]
    aid = [g for g in core if main_type(g) == "AID" and g["factuality"][0] in HAPPENED]
    ret = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "return"
           and g["factuality"][0] == "planned"]
    appeal = [g for g in core if main_type(g) == "REQUEST"
              and "United Nations" in (g.get("source") or {}).get("en", [])]
    camp = [g for g in core if main_type(g) == "COERCE" and g["factuality"][0] in HAPPENED
            and "مخيم" in para_text(lines, g)]
    kinds = sum(main_type(g) in ("COERCE", "RETREAT", "AID", "REQUEST") or g in shelled for g in core)
    return bool(shelled and blocked and let_through and aid and ret and appeal and camp
                and kinds * 2 > len(core))


def assassination_theme(core, lines):
    killed = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "assassinate"
              and g["factuality"][0] in ("asserted", "reported") and "fatalities" in g]
    claimed = [g for g in killed if g.get("source") and "مسؤوليتها" in para_text(lines, g)]
    denial = [g for g in core if main_type(g) == "REJECT" and g["factuality"][0] in HAPPENED]
    arrests = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
               and g["factuality"][0] in HAPPENED]
    campaign = [g for g in core if main_type(g) == "COERCE" and g["factuality"][0] == "planned"]
    earlier = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "assassinate"
               and g["factuality"][0] == "historical" and g.get("date")]
    kinds = sum(g.get("mode") == "assassinate"
                or main_type(g) in ("THREATEN", "REJECT", "ACCUSE", "COERCE", "SANCTION") for g in core)
    return bool(killed and claimed and denial and arrests and campaign and earlier and kinds * 2 > len(core))


def truce_theme(core, spans):
    truce = [g for g in core if main_type(g) == "AGREE" and "CONCEDE" in g["types"]
             and g["factuality"][0] in HAPPENED]
    mediation = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "third-party"
                 and g["factuality"][0] in HAPPENED]
    breach = [a for a in core for t in truce if main_type(a) == "ASSAULT" and a["factuality"][0] in HAPPENED
              and a.get("date") and a["date"]["value"] >= t["date"]["value"]
              and trigger_para(a, spans) > trigger_para(t, spans)]
    acc = [g for g in core if main_type(g) == "ACCUSE" and g.get("source") and g.get("recipient")]
    mutual = [(a, b) for a in acc for b in acc if a is not b
              and set(a["source"]["en"]) & set(b["recipient"]["en"])
              and set(b["source"]["en"]) & set(a["recipient"]["en"])]
    unkept = [g for g in core if main_type(g) == "RETREAT" and g["factuality"][0] == "negated"]
    planned = [g for g in core if main_type(g) == "CONSULT" and g["factuality"][0] == "planned"]
    talk = sum(main_type(g) in ("AGREE", "CONSULT", "ACCUSE", "RETREAT", "THREATEN", "SUPPORT", "REJECT",
                                "MOBILIZE") or g in breach for g in core)
    return bool(truce and mediation and breach and mutual and unkept and planned and talk * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"displacement and aid": [], "an assassination campaign": [],
              "a truce brokered by a mediator": []}
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
        core, lines, spans = art.core, art.lines, art.spans
        if art.lead_first:
            lead_first.append(did)
        # regions and years
        if not country:
            errs.append(f"{did}: no region recorded")
        if (country == "SY" and gov not in SYRIAN_GOVS) or (
                country != "SY" and country not in OTHER_COUNTRIES):
            errs.append(f"{did}: a region outside the plan ({country}, {gov})")
        errs += region_year_checks(did, d, country=country, gov=gov, used_govs=USED_GOVS,
                                   used_years=USED_YEARS, used_file_words=USED_BEFORE,
                                   used_label="sets 71-73")[0]
        if did == DISPLACEMENT and displacement_theme(core, lines):
            themes["displacement and aid"].append(did)
        if did == ASSASSINATIONS and assassination_theme(core, lines):
            themes["an assassination campaign"].append(did)
        if did == TRUCE and truce_theme(core, spans):
            themes["a truce brokered by a mediator"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text, lead_first=lead_first,
                            themes=themes, n_articles=N_ARTICLES)
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team74", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
