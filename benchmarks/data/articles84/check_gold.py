#!/usr/bin/env python3
"""Check team84.gold.json (the eighty-fourth team set, team84-416 ... team84-420) against the article files,
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
- the regions: two Syrian articles, one in Idlib and one in Daraa, one Iraqi in Anbar, one Egyptian in North
  Sinai and one Yemeni in Aden and Lahij, the main event in one of the towns the plan names for its region,
  published between 2012 and 2025; none in a governorate or a year that the first paragraphs of the READMEs of
  sets 81, 82 and 83 name (which leaves 2017, 2018, 2019, 2020 and 2025: each is used once), no place of the
  article's file name and no accepted place name among the places they name;
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
- the three themes: one article mostly about shelling and displacement (a town shelled, families fleeing, a
  camp receiving them, an aid convoy blocked at a crossing, accusations of violating a ceasefire); one mostly
  about a prison break (a riot in a prison, inmates escaping, a manhunt with clashes, some recaptured and one
  killed, a hunger strike of those left, a minister questioned); one mostly about a contested local vote (a
  vote held, a boycott called, a protest over the results, activists arrested, a court releasing them on
  bail, a recount promised).

    python3 benchmarks/data/articles84/check_gold.py [--no-score]
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
)

GOLD = "team84.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team84-416": [10, 15, 17], "team84-417": [10, 17], "team84-418": [10, 17],
                  "team84-419": [10, 16], "team84-420": [11, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team84-416": ("SY", "Idlib", "Ariha", "أريحا"),
          "team84-417": ("SY", "Daraa", "Tafas", "طفس"),
          "team84-418": ("IQ", "Anbar", "Ramadi", "الرمادي"),
          "team84-419": ("EG", "North Sinai", "al-Arish", "العريش"),
          "team84-420": ("YE", "Aden and Lahij", "Tor al-Baha", "طور الباحة")}
PLANNED_REGION = {"team84-416": ("SY", "Idlib"), "team84-417": ("SY", "Daraa"),
                  "team84-418": ("IQ", "Anbar"), "team84-419": ("EG", "North Sinai"),
                  "team84-420": ("YE", "Aden and Lahij")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Idlib"): {"Jisr al-Shughur", "Ariha", "Saraqib", "Maarat al-Numan"},
                 ("SY", "Daraa"): {"Nawa", "Tafas", "Jasim", "Busra al-Sham"},
                 ("IQ", "Anbar"): {"Fallujah", "Ramadi", "Hit", "al-Qaim"},
                 ("EG", "North Sinai"): {"al-Arish", "Rafah", "Sheikh Zuweid", "Bir al-Abd"},
                 ("YE", "Aden and Lahij"): {"Crater", "al-Mansoura", "al-Houta", "Tor al-Baha"}}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 81, 82 and 83 name
USED_GOVS = {"Raqqa", "Latakia", "Kirkuk", "Taiz", "South Kordofan", "Deir ez-Zor", "Hama", "Diyala", "Marib",
             "Kasserine", "Homs", "Hasakah", "Basra", "Baalbek-Hermel", "western Libya"}
USED_YEARS = {"2012", "2013", "2014", "2015", "2016", "2021", "2022", "2023", "2024"}
FREE_YEARS = {"2017", "2018", "2019", "2020", "2025"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, ain, bab,
# khan, tal, kafr, umm, ras or deir are left out)
USED_BEFORE = {"issa", "abyad", "raqqa", "haffah", "salma", "rabia", "jableh", "kessab", "latakia", "hawija",
               "riyadh", "zab", "dibis", "kirkuk", "turba", "mawiyah", "waziiyah", "mokha", "taiz", "kadugli",
               "dilling", "jubayhah", "kordofan", "hajin", "thiban", "shuhayl", "omar", "zor", "suqaylabiyah",
               "latamenah", "zita", "mhardeh", "hama", "baqubah", "muqdadiyah", "saad", "khanaqin", "diyala",
               "jubah", "sirwah", "kassara", "raghwan", "harib", "marib", "sbeitla", "feriana", "kasserine",
               "chaambi", "talbiseh", "rastan", "homs", "tamr", "dardara", "hasakah", "qamishli", "zubair",
               "basra", "qasr", "khasib", "baalbek", "arsal", "hermel", "bekaa", "hira", "gharyan", "zintan",
               "aziziya", "zawiya", "libya"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Ain Issa", "Tal Abyad", "Raqqa", "al-Haffah", "Salma", "Rabia", "Jableh", "Kessab", "Latakia",
               "al-Hawija", "al-Riyadh", "al-Zab", "Dibis", "Kirkuk", "al-Turba", "Mawiyah", "al-Wazi'iyah",
               "al-Mokha", "Taiz", "Kadugli", "Dilling", "Abu Jubayhah", "South Kordofan", "Hajin", "Thiban",
               "al-Shuhayl", "al-Omar field", "Deir ez-Zor", "al-Suqaylabiyah", "al-Latamenah", "Kafr Zita",
               "Mhardeh", "Hama", "Baqubah", "al-Muqdadiyah", "Bani Saad", "Khanaqin", "Diyala", "al-Jubah",
               "Sirwah", "al-Kassara", "Raghwan", "Harib", "Marib", "Sbeitla", "Feriana", "Kasserine",
               "Mount Chaambi", "Talbiseh", "al-Rastan", "Homs", "Tal Tamr", "al-Dardara", "Ras al-Ain",
               "al-Hasakah", "Qamishli", "al-Zubair", "Basra", "Umm Qasr", "Abu al-Khasib", "Baalbek",
               "Arsal", "Hermel", "Bekaa", "al-Hira", "Gharyan", "Zintan", "al-Aziziya", "al-Zawiya",
               "western Libya"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team84-416", "team84-418", "team84-420"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team84-416": "Syrian opposition FM radio station's news website",
               "team84-417": "London-based pan-Arab daily newspaper's website",
               "team84-418": "Iraqi human-rights monitoring centre's news site",
               "team84-419": "Egyptian private daily newspaper's website",
               "team84-420": "southern Yemeni news website close to the Southern Transitional Council"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team84-416": [3, 5], "team84-418": [1, 2]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«سانا»|«أوتشا»|«داعش»"),
    "possessive actor": re.compile(r"عناصر الحزام|مقاتلي «الحشد العشائري»|عناصر «قوات إنفاذ القانون»"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:شنّت|هاجمت|اعتقلت) (?:طائرات|عناصر|قوات) ", re.M),
    "subject–verb–object": re.compile(r"^وزير العدل، [^.]*? أمر ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|الذين) [^.]{60,200}?، (?:أمر|حاولوا) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"وفرضت قيادة عمليات الأنبار[^.]*، وأغلقت |واحتجّ عشرات[^.]*، واتهموا "),
    "time told after the act in its own clause": re.compile(r"، وذلك قرابة "),
}

# theme (a): shelling and displacement
SHELLING = "team84-416"
# theme (b): a prison break
PRISON = "team84-418"
# theme (c): a contested local vote
VOTE = "team84-417"


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def happened(g):
    return g["factuality"][0] in HAPPENED


def shelling_theme(core, lines, main):
    text = "\n".join(lines)
    shelled = bool(main and main.get("mode") == "heavy-weapons" and main.get("fatalities")
                   and "القصف" in para_text(lines, main))
    fled = "نزحت" in text and "نزوح" in text
    camp = [g for g in core if main_type(g) == "AID" and happened(g) and "مخيم" in para_text(lines, g)
            and "عائلة" in para_text(lines, g)]
    convoy = [g for g in core if main_type(g) == "COERCE" and happened(g) and "قافلة" in para_text(lines, g)
              and "معبر" in para_text(lines, g)]
    ceasefire = [g for g in core if main_type(g) == "ACCUSE" and "خرق" in para_text(lines, g)]
    words = ("قصف", "القصف", "غارات", "نزح", "نزوح", "مخيم", "القافلة", "قافلة", "خرق", "الخرق")
    return bool(shelled and fled and camp and convoy and ceasefire and mostly(core, lines, words))


def prison_theme(core, lines, main):
    text = "\n".join(lines)
    riot = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "riot" and happened(g)
            and "شغب" in para_text(lines, g) and "السجن" in para_text(lines, g)]
    escaped = "فرّ " in text and "فرار" in text
    manhunt = bool(main and main.get("fatalities") and "اشتباك" in para_text(lines, main)
                   and "الفار" in para_text(lines, main))
    recaptured = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest" and happened(g)
                  and "القبض" in para_text(lines, g) and "فار" in para_text(lines, g)]
    hunger = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "strike" and happened(g)
              and "عن الطعام" in para_text(lines, g)]
    minister = [g for g in core if main_type(g) in ("REQUEST", "CONSULT") and "استجواب" in para_text(lines, g)
                and "وزير العدل" in para_text(lines, g)]
    words = ("السجن", "الفار", "الفارين", "فارين", "شغب", "الشغب", "النزلاء", "نزلاء", "الفرار")
    return bool(riot and escaped and manhunt and len(recaptured) >= 2 and hunger and minister
                and mostly(core, lines, words))


def vote_theme(core, lines, main):
    text = "\n".join(lines)
    held = "مراكز الاقتراع" in text and "فتحت أبوابها" in text
    boycott = [g for g in core if main_type(g) == "REQUEST" and "مقاطعت" in para_text(lines, g)]
    protest = [g for g in core if main_type(g) == "PROTEST" and happened(g)
               and "النتائج" in para_text(lines, g)]
    arrested = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest" and happened(g)
                and "الناشطين" in para_text(lines, g)]
    bail = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release" and happened(g)
            and "بكفالة" in para_text(lines, g) and "قاضي" in para_text(lines, g)]
    recount = [g for g in core if main_type(g) == "AGREE" and "بإعادة فرز" in para_text(lines, g)]
    words = ("الانتخابات", "انتخابات", "الاقتراع", "النتائج", "مقاطعت", "الناشطين", "فرز", "الصناديق",
             "الانتخابية", "اللجنة القضائية")
    return bool(held and boycott and protest and arrested and bail and recount and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"shelling and displacement": [], "a prison break": [], "a contested local vote": []}
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
                                         used_places=USED_PLACES, used_label="sets 81-83")
        errs += found
        years.append(year)
        if did == SHELLING and shelling_theme(core, lines, main):
            themes["shelling and displacement"].append(did)
        if did == PRISON and prison_theme(core, lines, main):
            themes["a prison break"].append(did)
        if did == VOTE and vote_theme(core, lines, main):
            themes["a contested local vote"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "EG": 1, "YE": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Egyptian "
                                             "and one Yemeni"),
                            whole_set=[(sorted(years) == sorted(FREE_YEARS),
                                        "the set does not use each of the five free years (2017, 2018, 2019, "
                                        "2020, 2025) once")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team84", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
