#!/usr/bin/env python3
"""Check team75.gold.json (the seventy-fifth team set, team75-371 ... team75-375) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 14–17 paragraphs, 5,000–7,000 characters an article (``goldkit.layout_checks``), at least one
  paragraph under 120 and one over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles in two different governorates (Homs, Hama, Idlib, Daraa, Deir ez-Zor,
  Hasakah, Rif Dimashq or Suwayda) and three from three other countries (Iraq, Yemen, Somalia, Egypt's North
  Sinai, Tunisia, Mali or Niger), none in a governorate or a year that the first paragraphs of the READMEs of
  sets 71, 72 and 73 name, years 2012–2025, no word of the file names of sets 71–73 in a file name of this
  set, and no accepted place name among the places those paragraphs and file names name;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core event in the others, never
  mentioned before its trigger's paragraph; at most two articles let the reports of a toll conflict, each with
  two or more attributed sources and the gold keeping the lowest count; every toll reported is written in the
  main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of at least fourteen
  PLOVER types and events of every factuality class but «generic» as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «نقلاً عن»,
  a passive, an acronym in quotes, a quoted organisation name, verb-subject-object and subject-verb-object
  sentences;
- the three themes: (a) one article mostly about an air or drone strike with disputed responsibility (several
  authors accepted, conflicting claims), condemnations and a demand; (b) one mostly about military moves
  (reinforcements, positions handed over, a withdrawal announced and denied, a checkpoint, a siege); (c) one
  mostly about politics and governance in wartime (a resignation and a boycott, a sit-in, a sanction, a visit,
  a statement of support).

    python3 benchmarks/data/articles75/check_gold.py [--no-score]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AIR,
    HAPPENED,
    HQ,
    TRANSFER,
    article_plan_checks,
    main_type,
    region_year_checks,
    run_checks,
)

GOLD = "team75.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, economy, a silence, generic statements):
# any event a system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team75-371": [5, 13], "team75-372": [6, 11, 17], "team75-373": [10, 16],
                  "team75-374": [6, 10, 16], "team75-375": [4, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team75-371": ("SY", "Hama", "Latamneh", "اللطامنة"),
          "team75-372": ("SY", "Rif Dimashq", "Misraba", "مسرابا"),
          "team75-373": ("IQ", "Kirkuk", "Mulla Abdullah", "كركوك"),
          "team75-374": ("YE", "Shabwa", "Azzan", "عتق"),
          "team75-375": ("TN", "Kasserine", "Feriana", "القصرين")}
SYRIA_GOVS = {"Homs", "Hama", "Idlib", "Daraa", "Deir ez-Zor", "Hasakah", "Rif Dimashq", "Suwayda"}
# Iraq, Yemen, Somalia, Egypt (North Sinai), Tunisia, Mali, Niger
OTHER_COUNTRIES = {"IQ", "YE", "SO", "EG", "TN", "ML", "NE"}
# the governorates and years that the first paragraphs of the READMEs of sets 71, 72 and 73 name
USED_GOVS = {"Suwayda", "Idlib", "South Lebanon", "Marib", "Salahuddin", "Homs", "Deir ez-Zor", "Diyala",
             "al-Dhale", "Hiiraan", "Raqqa", "Aleppo", "Taiz", "South Kordofan", "Middle Shabelle",
             "Hirshabelle"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
# every word of the file names of sets 71–73 (the particles «al» and «el» aside)
USED_FILE_WORDS = {
    "suwayda", "shahba", "karama", "square", "salkhad", "qrayya", "blida", "marjayoun", "aitaroun",
    "kfar", "kila", "dhayra", "marib", "wadi", "camps", "juba", "abdiyah", "harib", "mutaybijah",
    "samarra", "hamrin", "dour", "ishaqi", "bara", "jabal", "zawiya", "fleifel", "jisr", "shughur",
    "kafr", "laha", "houla", "dar", "kabira", "rastan", "talbiseh", "thiban", "shuhayl", "hawayij",
    "busayrah", "subha", "muqdadiyah", "abu", "saida", "saadiya", "baqubah", "qataba", "fakhir", "damt",
    "murais", "husha", "bulo", "burte", "hiiraan", "beledweyne", "jalalaqsi", "tabqa", "mansoura",
    "conscription", "strike", "bab", "zandin", "qabasin", "tadef", "jarabulus", "taiz", "dhabab", "road",
    "salw", "misrakh", "masbah", "dilling", "kadugli", "obeid", "dubeibat", "habila", "jowhar", "middle",
    "shabelle", "mahaday", "balad"}
# the places those paragraphs and file names name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "السويداء", "شهبا", "صلخد", "القريا", "ساحة الكرامة", "بليدا", "مرجعيون", "عيترون", "كفركلا",
    "الضهيرة", "مأرب", "الوادي", "الجوبة", "العبدية", "حريب", "المطيبيجة", "مطيبيجة", "سامراء", "حمرين",
    "الدور", "الإسحاقي", "البارة", "جبل الزاوية", "فليفل", "جسر الشغور", "إدلب", "كفرلاها", "كفر لاها",
    "الحولة", "الدار الكبيرة", "الرستن", "تلبيسة", "حمص", "ذيبان", "الشحيل", "الحوايج", "البصيرة",
    "الصبحة", "دير الزور", "المقدادية", "كنعان", "أبو صيدا", "السعدية", "بعقوبة", "ديالى", "قعطبة",
    "الفاخر", "دمت", "مريس", "حشاء", "الضالع", "بولوبرطي", "بلدوين", "جلالقسي", "هيران", "الطبقة",
    "المنصورة", "الكرامة", "الرقة", "الباب", "أبو الزندين", "قباسين", "بزاعة", "تادف", "جرابلس", "حلب",
    "تعز", "الضباب", "الصلو", "المسراخ", "المسبح", "الحوبان", "الدلنج", "كادقلي", "الأبيض", "الدبيبات",
    "هبيلة", "جنوب كردفان", "جوهر", "مهداي", "بلد", "شبيلي الوسطى", "صلاح الدين", "جنوب لبنان", "Suwayda",
    "Shahba", "Salkhad", "Qrayya", "Blida", "Marjayoun", "Aitaroun", "Kfar Kila", "Dhayra", "Marib",
    "Juba", "Abdiyah", "Harib", "Mutaybijah", "Samarra", "Hamrin", "Dour", "Ishaqi", "Bara",
    "Jabal al-Zawiya", "Fleifel", "Jisr al-Shughur", "Idlib", "Kafr Laha", "Houla", "Dar al-Kabira",
    "Rastan", "Talbiseh", "Homs", "Thiban", "Shuhayl", "Hawayij", "Busayrah", "Subha", "Deir ez-Zor",
    "Muqdadiyah", "Kanaan", "Abu Saida", "Saadiya", "Baqubah", "Diyala", "Qataba", "Fakhir", "Damt",
    "Murais", "Husha", "Dhale", "Bulo Burte", "Beledweyne", "Jalalaqsi", "Hiiraan", "Tabqa", "Mansoura",
    "Karama", "Raqqa", "Bab", "Abu al-Zandin", "Qabasin", "Bza'a", "Tadef", "Jarabulus", "Aleppo", "Taiz",
    "Dhabab", "Salw", "Misrakh", "Masbah", "Hawban", "Dilling", "Kadugli", "El Obeid", "Dubeibat",
    "Habila", "Hamadi", "South Kordofan", "Jowhar", "Mahaday", "Balad", "Middle Shabelle", "Hirshabelle",
    "Salahuddin", "South Lebanon"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team75-371", "team75-373", "team75-374"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team75-371": "Syrian opposition news agency",
               "team75-372": "local community radio's news site",
               "team75-373": "Iraqi satellite channel's news site", "team75-374": "Yemeni weekly newspaper",
               "team75-375": "Tunisian regional news portal"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team75-373": [3, 5], "team75-374": [6, 9]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team75-371": ("سبعة",), "team75-372": ("خمسة مقاتلين", "الستة"),
              "team75-373": ("ثلاثة", "خمسة"), "team75-374": ("ستة", "تسعة"), "team75-375": ("ثلاثة",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
MIN_TYPES = 14

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive": re.compile(r"قُتل|أُطلق|اعتُقلوا|نُفّذت|وُزّعت|أُجليت|استُخدمت"),
    "acronym in quotes": re.compile(r"«(?:سانا|سبأ|داعش)»"),
    "quoted organisation": re.compile(
        r"«(?:المجلس|مجلس|الهيئة|الائتلاف|الجبهة|مرصد|الاتحاد|الهلال|كتيبة)[^»]*»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"(?:^|، |\. )و?(?:هاجمت|دفعت|قدّم|واصلت|وقصفت|أصدر|ونصبت) "),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"فدوريات تابعة للأمن السياسي داهمت|قوة من شرطة الطوارئ في كركوك سلّمت"),
}

# theme (a): an air or drone strike with disputed responsibility
AIR_STRIKE = "team75-374"
# theme (b): military moves
MILITARY_MOVES = "team75-373"
# theme (c): politics and governance in wartime
POLITICS = "team75-372"


def air_strike_theme(core, main):
    if not main or main.get("mode") != "aerial" or main.get("acled") != AIR:
        return False
    told = [p for p in main["para"] if p > 0]
    authors = main.get("source", {}).get("en", [])
    disputed = len(main.get("attribution") or []) >= 3 and sum("Yemeni" in a for a in authors) and sum(
        "US" in a or "United States" in a for a in authors)
    accuse = [g for g in core if main_type(g) == "ACCUSE"]
    demand = [g for g in core if main_type(g) == "REQUEST"]
    related = sum((main_type(g) == "ASSAULT" and g.get("mode") == "aerial")
                  or main_type(g) in ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "CONSULT")
                  for g in core)
    return bool(len(told) >= 4 and disputed and len(accuse) >= 2 and demand and related * 2 > len(core))


def military_moves_theme(core):
    reinforce = [g for g in core if main_type(g) == "MOBILIZE" and g.get("mode") == "troops"
                 and g["factuality"][0] in HAPPENED]
    handover = [g for g in core if main_type(g) == "RETREAT" and g.get("acled") == TRANSFER
                and g["factuality"][0] in HAPPENED]
    denied = [g for g in core if "RETREAT" in g["types"] and "negated" in g["factuality"]
              and g["factuality"][0] in ("reported", "rumored") and len(g.get("attribution") or []) >= 2]
    checkpoint = [g for g in core if main_type(g) == "MOBILIZE" and g.get("acled") == HQ]
    siege = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "restrict"
             and g["factuality"][0] in HAPPENED]
    moves = sum(main_type(g) in ("MOBILIZE", "RETREAT", "CONCEDE", "COERCE", "AID") for g in core)
    return bool(reinforce and handover and denied and checkpoint and siege and moves * 2 > len(core))


def politics_theme(core):
    walkouts = [g for g in core if {"PROTEST", "REJECT"} <= set(g["types"])
                and g["factuality"][0] in HAPPENED]
    sit_in = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "demo"
              and g["factuality"][0] in HAPPENED]
    sanction = [g for g in core if main_type(g) == "SANCTION" and g["factuality"][0] in HAPPENED]
    visit = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "visit"
             and g["factuality"][0] in HAPPENED]
    support = [g for g in core if main_type(g) == "SUPPORT"]
    kinds = sum(main_type(g) in ("PROTEST", "REJECT", "SANCTION", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE",
                                 "AGREE", "THREATEN") for g in core)
    return bool(len(walkouts) >= 2 and sit_in and sanction and visit and support and kinds * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"an air strike with disputed responsibility": [], "military moves": [],
              "politics and governance in wartime": []}
    lead_first = []
    all_text = ""
    core_types, first_labels = Counter(), Counter()
    for d in docs:
        did = d["id"]
        country, gov, _town, place_ar = REGION.get(did, ("", "", "", ""))
        art = article_plan_checks(HERE, d, no_event_paras=NO_EVENT_PARAS.get(did, []), place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS, short=SHORT, long=LONG)
        errs += art.errors
        all_text += art.text
        core, lines, main = art.core, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        if main:
            main_text = " ".join(lines[i] for i in main["para"])
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        # regions and years
        if not country:
            errs.append(f"{did}: no region recorded")
        if country == "SY" and gov not in SYRIA_GOVS:
            errs.append(f"{did}: a Syrian governorate outside the plan ({gov})")
        if country and country != "SY" and country not in OTHER_COUNTRIES:
            errs.append(f"{did}: a country outside the plan ({country})")
        errs += region_year_checks(did, d, country=country, gov=gov, used_govs=USED_GOVS,
                                   used_years=USED_YEARS, used_file_words=USED_FILE_WORDS,
                                   used_label="sets 71-73", year_apart=False,
                                   file_label="file-name places used before", used_places=USED_PLACES)[0]
        if did == AIR_STRIKE and air_strike_theme(core, main):
            themes["an air strike with disputed responsibility"].append(did)
        if did == MILITARY_MOVES and military_moves_theme(core):
            themes["military moves"].append(did)
        if did == POLITICS and politics_theme(core):
            themes["politics and governance in wartime"].append(did)
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets) or len(set(OUTLET_KIND.values())) != len(OUTLET_KIND):
        errs.append("two articles share an outlet or a kind of outlet")
    if len(TOLL_CONFLICT) > 2:
        errs.append("more than two articles with conflicting tolls")
    if len(lead_first) > 2:
        errs.append(f"the main event is told first in the lead in more than two articles: {lead_first}")
    if len(docs) == N_ARTICLES:
        countries = Counter(REGION[d["id"]][0] for d in docs)
        syria = {REGION[d["id"]][1] for d in docs if REGION[d["id"]][0] == "SY"}
        if countries["SY"] != 2 or len(syria) != 2:
            errs.append("not two Syrian articles in two governorates")
        if len(countries) != 4:
            errs.append("the three non-Syrian articles are not from three different countries")
        if len(DATELINE) != 3:
            errs.append("the plan wants a dateline in exactly three articles")
        for name, rx in CONSTRUCTIONS.items():
            if not rx.search(all_text):
                errs.append(f"the construction {name} is used nowhere in the set")
        if len(core_types) < MIN_TYPES:
            errs.append(f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})")
        for label in ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical"):
            if not first_labels[label]:
                errs.append(f"no event whose first factuality label is {label}")
        for theme, ids in themes.items():
            if not ids:
                errs.append(f"no article is mostly about {theme}")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("main event told first in the lead:", ", ".join(lead_first) or "-")
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    for theme, ids in themes.items():
        print(f"mostly about {theme}:", ", ".join(ids) or "-")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team75", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
