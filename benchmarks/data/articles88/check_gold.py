#!/usr/bin/env python3
"""Check team88.gold.json (the eighty-eighth team set, team88-436 ... team88-440) against the article files,
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
- the regions: two Syrian articles, one in the Hama countryside and one in Deir ez-Zor, one Iraqi in Diyala,
  one Lebanese in the south and one Yemeni in Marib, the main event in one of the towns the plan names for its
  region, published between 2012 and 2025; none in a governorate or a year that the first paragraphs of the
  READMEs of sets 85, 86 and 87 name (which leaves 2015, 2021, 2022, 2023 and 2024: each is used), no place of
  the article's file name and no accepted place name among the places they name;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core event
  in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of a
  toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «نقلاً عن»,
  a passive «قُتل»/«أُطلق»/«اعتُقل», an acronym in quotes, a possessive actor («عناصر الـ…»/«مقاتلي …»), a
  verb–subject–object and a subject–verb–object sentence, a long parenthetical between a subject and its verb,
  two events joined in one sentence with «و» and a second verb, and a time told after the act in its own
  clause;
- the three themes: one article mostly about a prisoner exchange (a swap through mediators carried out in a
  first stage, the lists disputed, a delay blamed on the other side, a second stage planned); one mostly about
  a local truce that breaks down (a ceasefire reached through elders, violations traded, monitors sent, a
  sniper killing, shelling resumed, a call to restore the truce); one mostly about a camp of displaced people
  (a storm or a fire in the camp, an aid convoy held at a checkpoint, residents protesting over aid cuts, an
  agency warning, a governor's visit, a relocation planned).

    python3 benchmarks/data/articles88/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    article_plan_checks,
    mostly,
    of_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team88.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates, a storm, schools closed): any event a system reports there must count
# as a false positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team88-436": [13, 16], "team88-437": [14, 15, 17], "team88-438": [5, 14, 17],
                  "team88-439": [12, 17], "team88-440": [13, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team88-436": ("SY", "Hama", "Kafr Zita", "كفرزيتا"),
          "team88-437": ("SY", "Deir ez-Zor", "al-Busayra", "البصيرة"),
          "team88-438": ("IQ", "Diyala", "Jalawla", "جلولاء"),
          "team88-439": ("LB", "south Lebanon", "al-Khiam", "الخيام"),
          "team88-440": ("YE", "Marib", "Marib city", "مأرب")}
PLANNED_REGION = {"team88-436": ("SY", "Hama"), "team88-437": ("SY", "Deir ez-Zor"),
                  "team88-438": ("IQ", "Diyala"), "team88-439": ("LB", "south Lebanon"),
                  "team88-440": ("YE", "Marib")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Hama"): {"Morek", "Kafr Zita", "Suran", "Salamiyah"},
                 ("SY", "Deir ez-Zor"): {"al-Mayadin", "Albu Kamal", "Hajin", "al-Busayra"},
                 ("IQ", "Diyala"): {"Baqubah", "al-Muqdadiyah", "Khanaqin", "Jalawla"},
                 ("LB", "south Lebanon"): {"Nabatieh", "Bint Jbeil", "Marjayoun", "al-Khiam"},
                 ("YE", "Marib"): {"Marib city", "Sirwah", "Harib", "al-Wadi"}}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 85, 86 and 87
# name
USED_GOVS = {"Rif Dimashq", "al-Suwayda", "Salahuddin", "north Lebanon", "West Darfur", "Aleppo", "Quneitra",
             "Nineveh", "Taiz", "eastern Libya", "Kirkuk", "Latakia", "Raqqa", "northern West Bank", "Jenin",
             "Minya", "Assiut"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
FREE_YEARS = {"2015", "2021", "2022", "2023", "2024"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, umm, wadi,
# tal, jabal, nabi, old, city, camp, north, west, east, bank or lebanon are left out)
USED_BEFORE = {"qudsaya", "tall", "zabadani", "dimashq", "shahba", "suwayda", "qrayya", "samarra", "dour",
               "mutasim", "eith", "mutaibija", "tikrit", "baiji", "salahuddin", "minieh", "tripoli", "akkar",
               "bebnine", "halba", "geneina", "sidra", "kaja", "kereinik", "darfur", "azaz", "sajo", "rifaat",
               "aleppo", "khan", "arnabah", "baath", "hader", "quneitra", "afar", "qayyarah", "mahlabiya",
               "hammam", "alil", "mosul", "nineveh", "taiz", "rawda", "tabbat", "salal", "freedom", "hawban",
               "mokha", "turbah", "bayda", "derna", "qubbah", "ajdabiya", "benghazi", "libya", "daquq",
               "kirkuk", "riyadh", "rabia", "turkman", "haffah", "younes", "kinsabba", "latakia", "abyad",
               "suluk", "tabqa", "raqqa", "jenin", "jalama", "salem", "mallawi", "minya", "abnub", "assiut"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Qudsaya", "al-Tall", "al-Zabadani", "Rif Dimashq", "Shahba", "al-Suwayda", "al-Qrayya",
               "Samarra", "al-Dour", "al-Mutasim", "al-Eith", "Mutaibija", "Tikrit", "Baiji",
               "Salahuddin", "al-Minieh", "Tripoli", "Akkar", "Bebnine", "Halba", "north Lebanon",
               "El Geneina", "Umm Sidra", "Wadi Kaja", "Kereinik", "West Darfur", "Azaz", "Sajo",
               "Tal Rifaat", "Aleppo", "Khan Arnabah", "al-Baath city", "Hader", "old Quneitra",
               "Quneitra", "Tal Afar", "al-Qayyarah", "al-Mahlabiya", "Hammam al-Alil", "Mosul",
               "Nineveh", "Taiz", "Taiz city", "al-Rawda", "Tabbat al-Salal", "Freedom Square",
               "al-Hawban", "al-Mokha", "al-Turbah", "al-Bayda", "Derna", "al-Qubbah", "Ajdabiya",
               "Benghazi", "eastern Libya", "Daquq", "Kirkuk", "al-Riyadh", "Rabia", "Jabal al-Turkman",
               "al-Haffah", "Nabi Younes", "Kinsabba", "Latakia", "Tal Abyad", "Suluk", "al-Tabqa",
               "Raqqa", "Jenin", "al-Jalama", "Salem", "West Bank", "Mallawi", "Minya", "Abnub", "Assiut",
               "شهبا", "طرابلس", "عكار", "المنية", "ربيعة", "جنين"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team88-437", "team88-438", "team88-440"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team88-436": "Hama opposition media centre's news website",
               "team88-437": "pan-Arab London-based daily newspaper's website",
               "team88-438": "Iraqi Kurdish news agency's Arabic service",
               "team88-439": "south Lebanese local news website",
               "team88-440": "Yemeni government-run news agency"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team88-438": [3, 4], "team88-439": [3, 4]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«قسد»|«يونيفيل»|«سانا»|«داعش»"),
    "possessive actor": re.compile(r"عناصر «قسد»|مقاتلي العشائر|عناصر حاجز"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:قصفت|اعتقل|دفعت) (?:المدفعية|عناصر|«قسد»)", re.M),
    "subject–verb–object": re.compile(r"^ومحافظ ديالى، [^.]*? زار ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|الذين) [^.]{60,200}?، زار "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"ودفعت «قسد»[^.]*، وفرضت |ودان رئيس حكومة تصريف الأعمال[^.]*، وأجرى "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:عند|بعد) "),
}

# theme (a): a prisoner exchange
EXCHANGE = "team88-440"
# theme (b): a local truce that breaks down
TRUCE = "team88-437"
# theme (c): a camp of displaced people
CAMP = "team88-438"


def exchange_theme(core, lines, main):
    text = "\n".join(lines)
    swap = [g for g in of_type(core, lines, "COOPERATE", "بوساطة", done=True) if "RETREAT" in g["types"]]
    lists = of_type(core, lines, "REJECT", "القوائم", done=True)
    delay = of_type(core, lines, "ACCUSE", "بتأخير", done=True)
    second = [g for g in of_type(core, lines, "COOPERATE", "المرحلة الثانية")
              if g["factuality"][0] == "planned"]
    stages = "المرحلة الأولى" in text and bool(second)
    mediators = of_type(core, lines, "AGREE", "الوسطاء", done=True)
    words = ("الأسرى", "أسير", "الوسطاء", "الصفقة", "القوائم", "المختطفين", "التبادل", "تبادل", "المرحلة")
    return bool(swap and lists and delay and stages and mediators and main and mostly(core, lines, words))


def truce_theme(core, lines, main):
    ceasefire = of_type(core, lines, "AGREE", "وقف إطلاق النار", "وجهاء", done=True)
    traded = of_type(core, lines, "ACCUSE", "بخرق", done=True)
    monitors = of_type(core, lines, "COOPERATE", "مراقباً", done=True)
    sniper = bool(main and main.get("mode") == "firearms" and main.get("fatalities")
                  and "قناص" in para_text(lines, main))
    shelling = [g for g in of_type(core, lines, "ASSAULT", "قذائف", done=True) if g is not main]
    restore = of_type(core, lines, "REQUEST", "الهدنة")
    words = ("الهدنة", "هدنة", "الوجهاء", "وقف إطلاق النار", "القناص", "قناص", "الخروقات", "بخرق")
    return bool(ceasefire and len(traded) >= 2 and monitors and sniper and shelling and restore
                and mostly(core, lines, words))


def camp_theme(core, lines, main):
    text = "\n".join(lines)
    storm = "عاصفة" in text or "حريق" in text
    protest = of_type(core, lines, "PROTEST", "مخيم", "الحصص", done=True)
    convoy = of_type(core, lines, "COERCE", "قافلة", "سيطرة", done=True)
    warning = "وحذّر" in text and of_type(core, lines, "REQUEST", "برنامج الأغذية العالمي", done=True)
    visit = [g for g in of_type(core, lines, "CONSULT", "محافظ", "المخيم", done=True)
             if g.get("mode") == "visit"]
    relocation = [g for g in core if "نقل" in para_text(lines, g) and g["factuality"][0] == "planned"]
    words = ("مخيم", "المخيم", "مخيمات", "النازحين", "نازحو")
    return bool(storm and protest and convoy and warning and visit and relocation and main
                and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a prisoner exchange": [], "a local truce that breaks down": [],
              "a camp of displaced people": []}
    lead_first = []
    all_text = ""
    years = []
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = REGION.get(did, ("", "", "", ""))
        no_event = NO_EVENT_PARAS.get(did, [])
        art = article_plan_checks(HERE, d, no_event_paras=no_event, place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, lines, main = art.core, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        # the main event takes place in the town the plan gives the article
        if main and not any(town in x or x in town for x in main.get("location", {}).get("accept", [])):
            errs.append(f"{did}: the main event is not placed in {town}")
        # regions and years
        found, year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                         town=town, planned_towns=PLANNED_TOWNS, used_govs=USED_GOVS,
                                         used_years=USED_YEARS, used_file_words=USED_BEFORE,
                                         used_places=USED_PLACES, used_label="sets 85-87")
        errs += found
        years.append(year)
        if did == EXCHANGE and exchange_theme(core, lines, main):
            themes["a prisoner exchange"].append(did)
        if did == TRUCE and truce_theme(core, lines, main):
            themes["a local truce that breaks down"].append(did)
        if did == CAMP and camp_theme(core, lines, main):
            themes["a camp of displaced people"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "LB": 1, "YE": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                             "and one Yemeni"),
                            whole_set=[(set(years) == FREE_YEARS and len(years) == len(set(years)),
                                        "the set does not use each of the five free years (2015, 2021, 2022, "
                                        "2023, 2024) once")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team88", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
