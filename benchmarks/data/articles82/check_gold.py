#!/usr/bin/env python3
"""Check team82.gold.json (the eighty-second team set, team82-406 ... team82-410) against the article files,
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
- the regions: two Syrian articles, one in Deir ez-Zor and one in the Hama countryside, one Iraqi in Diyala,
  one Yemeni in Marib and one Tunisian in Kasserine, the main event in one of the towns the plan names for its
  region, published between 2012 and 2025; none in a governorate or a year that the first paragraphs of the
  READMEs of sets 79, 80 and 81 name (which leaves 2015, 2021, 2022, 2023 and 2024: each is used once), no
  place of the article's file name and no accepted place name among the places they name;
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
- the three themes: one article mostly about a campaign of assassinations and roadside bombs (a local official
  shot dead, a car bomb at a checkpoint, a claim by a group and a denial by another, raids and arrests
  after it, a funeral that turns into a protest); one mostly about a kidnapping for ransom (a doctor
  abducted, relatives holding a sit-in, tribal mediation, a release after a ransom paid, the gang arrested
  and one member killed); one mostly about a dispute over water and land (farmers protesting cuts to
  irrigation water, clashes between two clans over land with dead and wounded, a committee formed, a
  reconciliation signed, compensation promised but not paid).

    python3 benchmarks/data/articles82/check_gold.py [--no-score]
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
    names_en,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team82.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team82-406": [10, 15], "team82-407": [9, 16, 17], "team82-408": [8, 17],
                  "team82-409": [10, 17], "team82-410": [10, 17]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team82-406": ("SY", "Deir ez-Zor", "Hajin", "هجين"),
          "team82-407": ("SY", "Hama", "al-Suqaylabiyah", "السقيلبية"),
          "team82-408": ("IQ", "Diyala", "al-Muqdadiyah", "المقدادية"),
          "team82-409": ("YE", "Marib", "al-Jubah", "الجوبة"),
          "team82-410": ("TN", "Kasserine", "Feriana", "فريانة")}
PLANNED_REGION = {"team82-406": ("SY", "Deir ez-Zor"), "team82-407": ("SY", "Hama"),
                  "team82-408": ("IQ", "Diyala"), "team82-409": ("YE", "Marib"),
                  "team82-410": ("TN", "Kasserine")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Deir ez-Zor"): {"al-Mayadin", "al-Bukamal", "Hajin", "al-Asharah"},
                 ("SY", "Hama"): {"Mhardeh", "al-Suqaylabiyah", "Kafr Zita", "al-Latamenah"},
                 ("IQ", "Diyala"): {"Baqubah", "al-Muqdadiyah", "Khanaqin", "Jalawla"},
                 ("YE", "Marib"): {"Sirwah", "Harib", "al-Jubah", "Raghwan"},
                 ("TN", "Kasserine"): {"Mount Chaambi", "Feriana", "Sbeitla", "Thala"}}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 79, 80 and 81 name
USED_GOVS = {"al-Suwayda", "Rif Dimashq", "Anbar", "Abyan", "North Darfur", "Quneitra", "Aleppo", "Nineveh",
             "South Lebanon", "eastern Libya", "Raqqa", "Latakia", "Kirkuk", "Taiz", "South Kordofan"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
FREE_YEARS = {"2015", "2021", "2022", "2023", "2024"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, ain, bab,
# khan, tal or teir are left out)
USED_BEFORE = {"shahba", "ariqa", "mazraa", "salkhad", "qrayya", "suwayda", "nabk", "qara", "yabroud",
               "rankous", "qalamoun", "dimashq", "hit", "haditha", "qaim", "rawa", "ramadi", "anbar",
               "mudiyah", "zinjibar", "lawdar", "ahwar", "abyan", "mellit", "kutum", "tawila", "fashir",
               "darfur", "jubata", "khashab", "arnabah", "baath", "hamidiyah", "quneitra", "azaz", "marea",
               "malid", "rifaat", "salama", "aleppo", "sinjar", "afar", "rabia", "bashiqa", "mosul",
               "nineveh", "jbeil", "marjayoun", "khiam", "naqoura", "dhahr", "hamar", "fatayeh", "derna",
               "martuba", "bayda", "benghazi", "ajdabiya", "libya", "lebanon", "issa", "abyad", "raqqa",
               "haffah", "salma", "jableh", "kessab", "latakia", "hawija", "riyadh", "zab", "dibis",
               "kirkuk", "turba", "mawiyah", "waziiyah", "mokha", "taiz", "kadugli", "dilling", "jubayhah",
               "kordofan"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Shahba", "Ariqa", "al-Mazraa", "Salkhad", "al-Qrayya", "al-Suwayda", "al-Nabk", "Qara",
               "Yabroud", "Rankous", "Qalamoun", "Rif Dimashq", "Hit", "Haditha", "al-Qaim", "Rawa", "Ramadi",
               "Anbar", "Mudiyah", "Zinjibar", "Lawdar", "Ahwar", "Abyan", "Mellit", "Kutum", "Tawila",
               "al-Fashir", "North Darfur", "Jubata al-Khashab", "Khan Arnabah", "al-Baath", "al-Hamidiyah",
               "Quneitra", "Azaz", "Marea", "Tal Malid", "Tal Rifaat", "Bab al-Salama", "al-Bab", "Aleppo",
               "Sinjar", "Tal Afar", "Rabia", "Bashiqa", "Mosul", "Nineveh", "Bint Jbeil", "Marjayoun",
               "Khiam", "Naqoura", "al-Dhahr al-Hamar", "al-Fatayeh", "Derna", "Martuba", "al-Bayda",
               "Benghazi", "Ajdabiya", "Ain Issa", "Tal Abyad", "Raqqa", "al-Haffah", "Salma", "Jableh",
               "Kessab", "Latakia", "al-Hawija", "al-Riyadh", "al-Zab", "Dibis", "Kirkuk", "al-Turba",
               "Mawiyah", "al-Wazi'iyah", "al-Mokha", "Taiz", "Kadugli", "Dilling", "Abu Jubayhah",
               "South Kordofan"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team82-406", "team82-408", "team82-410"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team82-406": "Syrian opposition local news network of Deir ez-Zor",
               "team82-407": "Syrian pro-government daily newspaper's website",
               "team82-408": "Iraqi satellite TV channel's news website",
               "team82-409": "Yemeni news website close to the government and the army",
               "team82-410": "Tunisian regional private radio station's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team82-406": [1, 2], "team82-409": [4, 6]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«قسد»|«الصوناد»"),
    "possessive actor": re.compile(r"عناصر الأسايش|عناصر الحرس الوطني|مقاتلي قبائل"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:نفّذت|استهدفت|شنّت) (?:قوة|وحدات|مقاتلات) ", re.M),
    "subject–verb–object": re.compile(r"^محافظ حماة، [^.]*? زار ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{60,200}?، زار "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"وفرضت «قسد»[^.]*، وأغلقت |وانتشر عناصر[^.]*، وأوقفوا "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|بعد) "),
}

# theme (a): a campaign of assassinations and roadside bombs
ASSASSINATIONS = "team82-406"
# theme (b): a kidnapping for ransom
KIDNAPPING = "team82-408"
# theme (c): a dispute over water and land
WATER_LAND = "team82-410"


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def assassination_theme(core, lines, main):
    shot = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "assassinate"
            and g.get("fatalities") and "أطلق" in para_text(lines, g) and "عضو" in para_text(lines, g)]
    car_bomb = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "explosives"
                and g["factuality"][0] == "asserted" and "مفخخة" in para_text(lines, g)
                and "حاجز" in para_text(lines, g)]
    claimed = [g for g in car_bomb if "وتبنّى" in para_text(lines, g)
               and "Islamic State" in names_en(g, "source")]
    denial = [g for g in core if main_type(g) == "REJECT" and "Islamic State" not in names_en(g, "source")
              and "نفت" in para_text(lines, g)]
    raids = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
             and g["factuality"][0] in HAPPENED and main and g["date"]["value"] >= main["date"]["value"]]
    funeral = [g for g in core if main_type(g) == "PROTEST" and "تشييع" in para_text(lines, g)]
    words = ("اغتيال", "الاغتيال", "الاغتيالات", "مفخخة", "التفجير", "عبوة", "الخلايا", "الموقوفين",
             "المشيعين", "الحملة الأمنية")
    return bool(shot and claimed and denial and raids and funeral and mostly(core, lines, words))


def kidnapping_theme(core, lines, main):
    doctor = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "abduct"
              and "الطبيب" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    sit_in = [g for g in core if main_type(g) == "PROTEST" and "اعتصام" in para_text(lines, g)
              and "ذوو" in para_text(lines, g)]
    mediation = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "third-party"
                 and "عشائر" in para_text(lines, g)]
    release = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release"
               and g["factuality"][0] == "asserted" and "فدية" in para_text(lines, g)]
    arrested = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
                and g["factuality"][0] in HAPPENED and "الخاطفين" in para_text(lines, g)]
    killed = bool(main and main.get("fatalities") == 1 and "الخاطفين" in para_text(lines, main))
    words = ("الطبيب", "الخطف", "الخاطفين", "العصابة", "الفدية", "فدية", "اختطاف")
    return bool(doctor and sit_in and mediation and release and arrested and killed
                and mostly(core, lines, words))


def water_theme(core, lines, main):
    farmers = [g for g in core if main_type(g) == "PROTEST" and "مياه الري" in para_text(lines, g)
               and "الفلاحين" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    clans = bool(main and main.get("fatalities") and "عرشين" in para_text(lines, main)
                 and "أرض" in para_text(lines, main) and "جروح" in para_text(lines, main))
    committee = [g for g in core if main_type(g) == "AGREE" and "تشكيل لجنة" in para_text(lines, g)
                 and g["factuality"][0] in HAPPENED]
    reconciliation = [g for g in core if main_type(g) == "AGREE" and "صلح" in para_text(lines, g)
                      and g["factuality"][0] in HAPPENED]
    unpaid = [g for g in core if main_type(g) == "AID" and g["factuality"][0] == "negated"
              and "التعويضات" in para_text(lines, g)]
    words = ("مياه الري", "العرشين", "عرشين", "الأرض", "الفلاحين", "الري", "اللجنة", "صلح", "التعويضات",
             "الحصص")
    return bool(farmers and clans and committee and reconciliation and unpaid and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a campaign of assassinations and roadside bombs": [], "a kidnapping for ransom": [],
              "a dispute over water and land": []}
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
                                         used_places=USED_PLACES, used_label="sets 79-81")
        errs += found
        years.append(year)
        if did == ASSASSINATIONS and assassination_theme(core, lines, main):
            themes["a campaign of assassinations and roadside bombs"].append(did)
        if did == KIDNAPPING and kidnapping_theme(core, lines, main):
            themes["a kidnapping for ransom"].append(did)
        if did == WATER_LAND and water_theme(core, lines, main):
            themes["a dispute over water and land"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            whole_set=[(sorted(years) == sorted(FREE_YEARS),
                                        "the set does not use each of the five free years (2015, 2021, 2022, "
                                        "2023, 2024) once")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team82", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
