#!/usr/bin/env python3
"""Check team86.gold.json (the eighty-sixth team set, team86-426 ... team86-430) against the article files,
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
- the regions: two Syrian articles, one in the Aleppo countryside and one in Quneitra, one Iraqi in Nineveh,
  one Yemeni in Taiz and one Libyan in the east, the main event in one of the towns the plan names for its
  region, published between 2012 and 2025; none in a governorate or a year that the first paragraphs of the
  READMEs of sets 83, 84 and 85 name (which leaves 2012, 2013, 2014 and 2016: each is used), no place of the
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
- the three themes: one article mostly about an attack on a hospital (a hospital stormed with staff killed or
  abducted, a doctors' sit-in, a health ministry's statement, an inquiry promised, the hospital reopened); one
  mostly about the kidnapping of engineers (a road ambush, a ransom demanded, a video posted, tribal or church
  mediation, a release in stages, a raid that frees one); one mostly about a drone strike on a car (a
  commander and his companions killed, the funeral turning into an angry march, a vow of revenge, rockets
  fired back, a government condemning the breach of its sovereignty).

    python3 benchmarks/data/articles86/check_gold.py [--no-score]
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

GOLD = "team86.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team86-426": [13, 17], "team86-427": [12, 17], "team86-428": [14, 17],
                  "team86-429": [10, 17], "team86-430": [15, 17]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team86-426": ("SY", "Aleppo", "Azaz", "أعزاز"),
          "team86-427": ("SY", "Quneitra", "Khan Arnabah", "خان أرنبة"),
          "team86-428": ("IQ", "Nineveh", "Tal Afar", "تلعفر"),
          "team86-429": ("YE", "Taiz", "Taiz city", "تعز"),
          "team86-430": ("LY", "eastern Libya", "al-Bayda", "البيضاء")}
PLANNED_REGION = {"team86-426": ("SY", "Aleppo"), "team86-427": ("SY", "Quneitra"),
                  "team86-428": ("IQ", "Nineveh"), "team86-429": ("YE", "Taiz"),
                  "team86-430": ("LY", "eastern Libya")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Aleppo"): {"Manbij", "al-Bab", "Azaz", "Afrin"},
                 ("SY", "Quneitra"): {"Khan Arnabah", "Jubata al-Khashab", "al-Baath city", "Hader"},
                 ("IQ", "Nineveh"): {"Mosul", "Tal Afar", "Sinjar", "al-Qayyarah"},
                 ("YE", "Taiz"): {"Taiz city", "al-Turbah", "Mawiyah", "al-Mokha"},
                 ("LY", "eastern Libya"): {"Benghazi", "Derna", "al-Bayda", "Ajdabiya"}}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 83, 84 and 85 name
USED_GOVS = {"Homs", "Hasakah", "Basra", "Baalbek-Hermel", "western Libya", "Idlib", "Daraa", "Anbar",
             "North Sinai", "Aden and Lahij", "Aden", "Lahij", "Rif Dimashq", "al-Suwayda", "Salahuddin",
             "north Lebanon", "West Darfur"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
FREE_YEARS = {"2012", "2013", "2014", "2016"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, albu, ain,
# bab, jabal, khan, tal, kafr, umm, ras, rif, sheikh, bir, wadi, north or west are left out)
USED_BEFORE = {"talbiseh", "rastan", "homs", "tamr", "dardara", "hasakah", "qamishli", "zubair", "basra",
               "qasr", "khasib", "baalbek", "arsal", "hermel", "bekaa", "sharawneh", "hira", "gharyan",
               "zintan", "aziziya", "zawiya", "libya", "ariha", "atmeh", "hawa", "idlib", "tafas",
               "muzayrib", "daraa", "ramadi", "faraj", "hit", "anbar", "arish", "rafah", "zuweid", "sinai",
               "mansoura", "othman", "crater", "aden", "tor", "baha", "houta", "lahij", "qudsaya", "tall",
               "zabadani", "dimashq", "shahba", "suwayda", "qrayya", "samarra", "dour", "mutasim", "eith",
               "mutaibija", "tikrit", "baiji", "salahuddin", "minieh", "tripoli", "akkar", "bebnine", "halba",
               "lebanon", "geneina", "sidra", "kaja", "kereinik", "darfur"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Talbiseh", "al-Rastan", "Homs", "Tal Tamr", "al-Dardara", "Ras al-Ain", "al-Hasakah",
               "Hasakah", "Qamishli", "al-Zubair", "Basra", "Umm Qasr", "Abu al-Khasib", "Baalbek", "Arsal",
               "Hermel", "Bekaa", "al-Sharawneh", "al-Hira", "Gharyan", "Zintan", "al-Aziziya", "al-Zawiya",
               "western Libya", "Ariha", "Jabal al-Zawiya", "Atmeh", "Bab al-Hawa", "Idlib", "Tafas",
               "al-Muzayrib", "Daraa", "Ramadi", "Albu Faraj", "Hit", "Anbar", "al-Arish", "Rafah",
               "Sheikh Zuweid", "Bir al-Abd", "North Sinai", "al-Mansoura", "Sheikh Othman", "Crater", "Aden",
               "Tor al-Baha", "al-Houta", "Lahij", "Qudsaya", "al-Tall", "al-Zabadani", "Rif Dimashq",
               "Shahba", "al-Suwayda", "al-Qrayya", "Samarra", "al-Dour", "al-Mutasim", "al-Eith",
               "Mutaibija", "Tikrit", "Baiji", "Salahuddin", "al-Minieh", "Tripoli", "Akkar", "Bebnine",
               "Halba", "El Geneina", "Umm Sidra", "Wadi Kaja", "Kereinik", "West Darfur",
               "تلبيسة", "حمص", "الشراونة", "بعلبك", "شهبا", "طرابلس", "عكار", "المنية"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team86-428", "team86-429", "team86-430"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team86-426": "Syrian opposition weekly newspaper's website",
               "team86-427": "Lebanese TV channel's news website close to the axis of resistance",
               "team86-428": "Iraqi Christian community news website",
               "team86-429": "Yemeni youth-movement news website",
               "team86-430": "eastern Libyan government-run news agency"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team86-426": [2, 3], "team86-430": [4, 6]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«سامز»|«أندوف»|«سانا»|«واع»|«داعش»"),
    "possessive actor": re.compile(r"عناصر «الشرطة الحرة»|عناصر الحرس الجمهوري"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:أفرجت|شنّت) (?:الجماعة|طائرات) ", re.M),
    "subject–verb–object": re.compile(r"^مطران الموصل للسريان الكاثوليك، [^.]*? التقى ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|الذين) [^.]{60,200}?، التقى "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"وخرج آلاف[^.]*، وطالبوا |ترأس رئيس الحكومة المؤقتة[^.]*، وقرّر "),
    "time told after the act in its own clause": re.compile(r"، وذلك قرابة "),
}

# theme (a): an attack on a hospital
HOSPITAL = "team86-426"
# theme (b): the kidnapping of engineers
KIDNAPPING = "team86-428"
# theme (c): a drone strike on a car
DRONE = "team86-427"


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def happened(g):
    return g["factuality"][0] in HAPPENED


def of_type(core, lines, typ, *words, done=False):
    """The core events of main type ``typ`` (that took place, with ``done``) whose paragraphs hold all
    ``words``."""
    return [g for g in core if main_type(g) == typ and (happened(g) or not done)
            and all(w in para_text(lines, g) for w in words)]


def hospital_theme(core, lines, main):
    text = "\n".join(lines)
    stormed = bool(main and main_type(main) == "ASSAULT" and main.get("fatalities")
                   and "اقتحام" in para_text(lines, main) and "مشفى" in para_text(lines, main)
                   and "اقتادوا" in para_text(lines, main))
    sit_in = of_type(core, lines, "PROTEST", "اعتصام", done=True)
    ministry = of_type(core, lines, "ACCUSE", "وزارة الصحة", done=True)
    inquiry = of_type(core, lines, "AGREE", "لجنة تحقيق")
    reopened = "أعاد فتح" in text
    words = ("مشفى", "المشفى", "المشافي", "الطبية", "الأطباء", "الجرّاح", "الطبيبين")
    return bool(stormed and sit_in and ministry and inquiry and reopened and mostly(core, lines, words))


def kidnapping_theme(core, lines, main):
    text = "\n".join(lines)
    ambush = of_type(core, lines, "ASSAULT", "كميناً", done=True)
    ransom = of_type(core, lines, "REQUEST", "فدية")
    video = "مقطع مصوّر" in text
    mediation = [g for g in core if main_type(g) == "CONSULT" and happened(g)
                 and ("عشيرة" in para_text(lines, g) or "مطران" in para_text(lines, g))]
    released = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release" and happened(g)]
    stages = "دفعات" in text and len(released) >= 2
    raid = bool(main and main.get("fatalities") and "دهم" in para_text(lines, main)
                and "حرّرت" in para_text(lines, main))
    words = ("الخاطف", "المهندس", "المحتجزين", "الرهائن", "الفني", "فدية", "الإفراج", "الوسطاء")
    return bool(ambush and ransom and video and mediation and stages and raid and mostly(core, lines, words))


def drone_theme(core, lines, main):
    strike = bool(main and main.get("mode") == "aerial" and main.get("fatalities", 0) >= 2
                  and "مسيّرة" in para_text(lines, main) and "سيارتهم" in para_text(lines, main)
                  and "قائد" in para_text(lines, main))
    march = of_type(core, lines, "PROTEST", "تشييع", done=True)
    revenge = of_type(core, lines, "THREATEN", "ثأر")
    rockets = [g for g in of_type(core, lines, "ASSAULT", "صواريخ", done=True) if g is not main]
    sovereignty = of_type(core, lines, "ACCUSE", "لسيادة")
    words = ("الغارة", "الطائرة", "مسيّرة", "الشهداء", "التشييع", "الاحتلال", "العدوان", "القائد")
    return bool(strike and march and revenge and rockets and sovereignty and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"an attack on a hospital": [], "the kidnapping of engineers": [], "a drone strike on a car": []}
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
                                         used_places=USED_PLACES, used_label="sets 83-85")
        errs += found
        years.append(year)
        if did == HOSPITAL and hospital_theme(core, lines, main):
            themes["an attack on a hospital"].append(did)
        if did == KIDNAPPING and kidnapping_theme(core, lines, main):
            themes["the kidnapping of engineers"].append(did)
        if did == DRONE and drone_theme(core, lines, main):
            themes["a drone strike on a car"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "YE": 1, "LY": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                             "and one Libyan"),
                            whole_set=[(set(years) == FREE_YEARS,
                                        "the set does not use the four free years (2012, 2013, 2014, 2016), "
                                        "and only them")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team86", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
