#!/usr/bin/env python3
"""Check team80.gold.json (the eightieth team set, team80-396 ... team80-400) against the article files,
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
- the regions: two Syrian articles, one in Quneitra and one in the northern Aleppo countryside, one Iraqi in
  Nineveh, one Lebanese in the south and one Libyan in the east, the main event in one of the towns the plan
  names for its region, published between 2012 and 2025; none in a governorate or a year that the first
  paragraphs of the READMEs of sets 77, 78 and 79 name (which leaves 2012, 2013, 2014 and 2016: all four are
  used, one of them twice), no place of the article's file name and no accepted place name among the places
  they name;
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
- the three themes: one article mostly about a truce and an exchange of prisoners and bodies (mediated talks,
  a truce agreed and then violated with deaths, mutual accusations, a delayed exchange carried out, a
  commander threatening to resume fighting); one mostly about protests over services and prices (power and
  fuel cuts, a sit-in, roads blocked with burning tyres, a dispersal with tear gas, activists arrested, a
  governor receiving the protesters and promising, a strike called off); one mostly about border clashes and
  smuggling (infiltrators, a border guard killed, reinforcements sent, a curfew on villages, a minister
  touring the posts, a neighbouring state blamed, smuggled goods seized).

    python3 benchmarks/data/articles80/check_gold.py [--no-score]
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

GOLD = "team80.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team80-396": [6, 15, 16], "team80-397": [11, 15, 16], "team80-398": [8, 16],
                  "team80-399": [8, 16], "team80-400": [9, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team80-396": ("SY", "Quneitra", "Jubata al-Khashab", "ريف القنيطرة"),
          "team80-397": ("SY", "Aleppo", "Azaz", "أعزاز"),
          "team80-398": ("IQ", "Nineveh", "Sinjar", "سنجار"),
          "team80-399": ("LB", "South Lebanon", "Khiam", "بنت جبيل"),
          "team80-400": ("LY", "eastern Libya", "Derna", "درنة")}
PLANNED_REGION = {"team80-396": ("SY", "Quneitra"), "team80-397": ("SY", "Aleppo"),
                  "team80-398": ("IQ", "Nineveh"), "team80-399": ("LB", "South Lebanon"),
                  "team80-400": ("LY", "eastern Libya")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Quneitra"): {"Khan Arnabah", "Jubata al-Khashab", "al-Baath", "al-Hamidiyah"},
                 ("SY", "Aleppo"): {"Azaz", "Marea", "Tal Rifaat", "al-Bab"},
                 ("IQ", "Nineveh"): {"Tal Afar", "Sinjar", "Bashiqa", "al-Hamdaniya"},
                 ("LB", "South Lebanon"): {"Bint Jbeil", "Khiam", "Naqoura", "Marjayoun"},
                 ("LY", "eastern Libya"): {"Derna", "Benghazi", "Ajdabiya", "al-Bayda"}}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 77, 78 and 79 name
USED_GOVS = {"Homs", "Hasakah", "Marib", "western Libya", "Blue Nile", "Idlib", "Daraa", "Diyala",
             "al-Hudaydah", "Nablus", "al-Suwayda", "Rif Dimashq", "Anbar", "Abyan", "North Darfur"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
FREE_YEARS = {"2012", "2013", "2014", "2016"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, bani, khan,
# jabal, teir or tal are left out)
USED_BEFORE = {"talbiseh", "rastan", "houla", "taldou", "maalla", "homs", "amuda", "qahtaniyah", "qamishli",
               "rmelan", "hasakah", "raghwan", "marib", "medghal", "gharyan", "asabaa", "walid", "tarhuna",
               "libya", "kurmuk", "damazin", "qeissan", "maarat", "numan", "shaykhun", "kafranbel",
               "saraqib", "surman", "idlib", "muzayrib", "tafas", "yadudah", "jasim", "nawa", "daraa",
               "saida", "muqdadiyah", "baqubah", "azim", "jalawla", "diyala", "hays", "khawkha", "zabid",
               "jarrahi", "durayhimi", "hudaydah", "beita", "sabih", "burin", "huwara", "osarin", "nablus",
               "shahba", "ariqa", "mazraa", "salkhad", "qrayya", "suwayda", "nabk", "qara", "yabroud",
               "rankous", "qalamoun", "dimashq", "hit", "haditha", "qaim", "rawa", "ramadi", "anbar",
               "mudiyah", "zinjibar", "lawdar", "ahwar", "abyan", "mellit", "kutum", "tawila", "fashir",
               "darfur"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Talbiseh", "al-Rastan", "al-Houla", "Taldou", "Teir Maalla", "Homs", "Amuda", "al-Qahtaniyah",
               "Qamishli", "Rmelan", "Hasakah", "Raghwan", "Marib", "Medghal", "Gharyan", "al-Asabaa",
               "Bani Walid", "Tarhuna", "Kurmuk", "al-Damazin", "Qeissan", "Maarat al-Numan", "Khan Shaykhun",
               "Kafranbel", "Saraqib", "al-Surman", "Idlib", "al-Muzayrib", "Tafas", "al-Yadudah", "Jasim",
               "Nawa", "Daraa", "Abu Saida", "al-Muqdadiyah", "Baqubah", "al-Azim", "Jalawla", "Diyala",
               "Hays", "al-Khawkha", "Zabid", "al-Jarrahi", "al-Durayhimi", "al-Hudaydah", "Beita",
               "Jabal Sabih", "Burin", "Huwara", "Osarin", "Nablus", "Shahba", "Ariqa", "al-Mazraa",
               "Salkhad", "al-Qrayya", "al-Suwayda", "al-Nabk", "Qara", "Yabroud", "Rankous", "Qalamoun",
               "Hit", "Haditha", "al-Qaim", "Rawa", "Ramadi", "Anbar", "Mudiyah", "Zinjibar", "Lawdar",
               "Ahwar", "Abyan", "Mellit", "Kutum", "Tawila", "al-Fashir", "Darfur"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team80-396", "team80-398", "team80-400"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team80-396": "Syrian opposition news agency",
               "team80-397": "Syrian local radio station's news site",
               "team80-398": "Iraqi independent daily newspaper's website",
               "team80-399": "Lebanese TV channel's news website",
               "team80-400": "Libyan news portal close to the army"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team80-397": [5, 8], "team80-398": [1, 2]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«آفاد»"),
    "possessive actor": re.compile(r"عناصر البوابة|مقاتلي الألوية|مقاتلي تنظيم"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:قصفت|أرسلت) (?:المدفعية|قيادة) ", re.M),
    "subject–verb–object": re.compile(r"^(?:وزير الدفاع وكالةً|رئيس المجلس المحلي لمدينة أعزاز)، [^.]*? "
                                      r"(?:تفقّد|ناشد) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:تفقّد|ناشد) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"ضبطت مفرزة[^.]*، واعتقلت |فرّقت عناصر[^.]*، واعتقلت "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قبيل|قرابة|عند|نحو|قبل) "),
}

# theme (a): a truce and an exchange of prisoners and bodies
TRUCE = "team80-396"
# theme (b): protests over services and prices
SERVICES = "team80-399"
# theme (c): border clashes and smuggling
BORDER = "team80-398"


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def truce_theme(core, lines):
    talks = [g for g in core if main_type(g) == "CONSULT" and "وساطة" in para_text(lines, g)
             and g["factuality"][0] in HAPPENED]
    truce = [g for g in core if main_type(g) == "AGREE" and "الهدنة" in para_text(lines, g)
             and g["factuality"][0] in HAPPENED]
    violated = [g for g in core if main_type(g) == "ASSAULT" and "fatalities" in g and len(g["para"]) >= 3
                and "خرق" in para_text(lines, g)]
    accusations = [g for g in core if main_type(g) == "ACCUSE"]
    mutual = any(a["para"] == b["para"] and names_en(a, "source") != names_en(b, "source")
                 for a in accusations for b in accusations if a is not b)
    exchange = [g for g in core if main_type(g) == "COOPERATE" and g["factuality"][0] == "asserted"
                and "تبادل" in para_text(lines, g) and "متأخرة" in para_text(lines, g)]
    threat = [g for g in core if main_type(g) == "THREATEN" and "استئناف المعارك" in para_text(lines, g)
              and "commander" in names_en(g, "source")]
    words = ("الهدنة", "الصفقة", "التبادل", "الوساطة", "المعتقلين", "الجثث", "خرق", "الأسرى")
    return bool(talks and truce and violated and mutual and exchange and threat
                and mostly(core, lines, words))


def services_theme(core, lines):
    cuts = [g for g in core if main_type(g) == "PROTEST" and "التيار الكهربائي" in para_text(lines, g)
            and "المازوت" in para_text(lines, g)]
    sit_in = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "demo"
              and "اعتصام" in para_text(lines, g)]
    tyres = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "obstruct"
             and "بالإطارات المشتعلة" in para_text(lines, g)]
    tear_gas = [g for g in core if main_type(g) in ("COERCE", "ASSAULT")
                and "المسيلة للدموع" in para_text(lines, g) and g.get("mode") != "arrest"]
    activists = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
                 and "ناشطين" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    governor = [g for g in core if main_type(g) == "CONSULT" and "Governor" in names_en(g, "source")]
    promise = [g for g in core if main_type(g) == "AGREE" and "Governor" in names_en(g, "source")
               and "ووعد" in para_text(lines, g)]
    strike_off = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "strike"
                  and g["factuality"][0] == "negated" and "تعليق الإضراب" in para_text(lines, g)]
    words = ("احتجاجاً", "الاحتجاجات", "المعتصمين", "المعتصمون", "المحتجين", "التقنين", "المازوت", "الإضراب",
             "الحراك", "ناشطين", "التحرك")
    return bool(cuts and sit_in and tyres and tear_gas and activists and governor and promise and strike_off
                and mostly(core, lines, words))


def border_theme(core, lines):
    guard = [g for g in core if main_type(g) == "ASSAULT" and "fatalities" in g and len(g["para"]) >= 3
             and "حرس الحدود" in para_text(lines, g) and "تسللت" in para_text(lines, g)]
    reinforcements = [g for g in core if main_type(g) == "MOBILIZE" and "تعزيزات" in para_text(lines, g)
                      and g["factuality"][0] in HAPPENED]
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew"
              and g["factuality"][0] in HAPPENED]
    minister = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "visit"
                and "Minister" in names_en(g, "source") and "مخافر" in para_text(lines, g)]
    blamed = [g for g in core if main_type(g) == "ACCUSE" and "Syria" in names_en(g, "recipient")]
    smuggling = [g for g in core if main_type(g) == "COERCE" and g.get("mode") in ("confiscate", "seize")
                 and "المهرب" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    words = ("الحدود", "الحدودي", "الحدودية", "الساتر", "المتسللين", "التهريب", "المهرب", "الحظر", "التجوال")
    return bool(guard and reinforcements and curfew and minister and blamed and smuggling
                and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a truce and an exchange of prisoners and bodies": [], "protests over services and prices": [],
              "border clashes and smuggling": []}
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
        core, lines = art.core, art.lines
        if art.lead_first:
            lead_first.append(did)
        # regions and years
        found, year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                         town=town, planned_towns=PLANNED_TOWNS, used_govs=USED_GOVS,
                                         used_years=USED_YEARS, used_file_words=USED_BEFORE,
                                         used_places=USED_PLACES, used_label="sets 77-79")
        errs += found
        years.append(year)
        if did == TRUCE and truce_theme(core, lines):
            themes["a truce and an exchange of prisoners and bodies"].append(did)
        if did == SERVICES and services_theme(core, lines):
            themes["protests over services and prices"].append(did)
        if did == BORDER and border_theme(core, lines):
            themes["border clashes and smuggling"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            whole_set=[(set(years) == FREE_YEARS,
                                        "the set does not use each of the four free years (2012, 2013, 2014, "
                                        "2016)")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team80", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
