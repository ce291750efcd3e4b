#!/usr/bin/env python3
"""Check team77.gold.json (the seventy-seventh team set, team77-381 ... team77-385) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 14–17 paragraphs, 5,000–7,000 characters an article (``goldkit.layout_checks``), at least
  one paragraph under 120 and one over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles in two different governorates (the northern Homs countryside and
  Hasakah's Qamishli area), one Yemeni (Marib or al-Jawf), one Libyan (the west: Tarhuna, Bani Walid,
  Gharyan) and one Sudanese (Blue Nile), years 2012–2025, none in a governorate or a year that the first
  paragraphs of the READMEs of sets 73, 74 and 75 name, no accepted place name among the places those
  paragraphs name, no word of set 75's file names in a file name of this set, and Tal Hamis nowhere;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of at least fifteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»), verb-subject-object and subject-verb-object sentences, a long parenthesis between a
  subject and its verb, two events joined in one sentence with «و» and a second verb, and a time told
  after the act in its own clause;
- the three themes: (a) one article mostly about a tribal or clan feud (a revenge killing, the mediators,
  a truce rejected, a wanted man handed over, an offer of blood money, a reconciliation with blood money, a
  threat); (b) one mostly about a local political crisis (a resignation, a boycotted session, a protest, a
  curfew, a minister's threat, a dialogue called for and refused); (c) one mostly about smuggling across a
  border (a seizure, a clash with smugglers, a drone shot down, a crossing closed, accusations between two
  states, a joint committee agreed).

    python3 benchmarks/data/articles77/check_gold.py [--no-score]
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
    AGREEMENT,
    CLASH,
    HAPPENED,
    article_plan_checks,
    main_type,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team77.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, prices, generic statements): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team77-381": [5, 15], "team77-382": [3, 14], "team77-383": [4, 14, 17],
                  "team77-384": [11, 17], "team77-385": [9, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team77-381": ("SY", "Homs", "Talbiseh", "تلبيسة"),
          "team77-382": ("SY", "Hasakah", "al-Qahtaniyah", "عامودا"),
          "team77-383": ("YE", "Marib", "Raghwan", "رغوان"),
          "team77-384": ("LY", "Jabal al-Gharbi", "Gharyan", "غريان"),
          "team77-385": ("SD", "Blue Nile", "Kurmuk", "الكرمك")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Homs"): {"al-Rastan", "Talbiseh", "al-Houla", "Teir Maalla"},
        ("SY", "Hasakah"): {"Amuda", "al-Qahtaniyah", "Qamishli"},
        ("YE", "Marib"): {"Sirwah", "Raghwan", "Marib"}, ("YE", "al-Jawf"): {"al-Hazm"},
        ("LY", "Jabal al-Gharbi"): {"Gharyan"}, ("LY", "Murqub"): {"Tarhuna"},
        ("LY", "Misrata"): {"Bani Walid"},
        ("SD", "Blue Nile"): {"al-Damazin", "al-Roseires", "Kurmuk"}}
# the governorates and years that the first paragraphs of the READMEs of sets 73, 74 and 75 name
USED_GOVS = {"Raqqa", "Aleppo", "Taiz", "South Kordofan", "Hirshabelle", "Quneitra", "Latakia",
             "North Lebanon", "Benghazi", "Bethlehem", "West Bank", "Hama", "Rif Dimashq", "Kirkuk", "Shabwa",
             "Kasserine"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
# every word of the file names of set 75 (the only earlier set whose listing the annotator read besides 18)
USED_FILE_WORDS = {"latamneh", "morek", "halfaya", "mhardeh", "misraba", "hamouriya", "douma", "ghouta",
                   "kirkuk", "mulla", "abdullah", "bashir", "daquq", "azzan", "habban", "ataq", "nisab",
                   "feriana", "chaambi", "kasserine", "sbeitla"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "الطبقة", "المنصورة", "الرقة", "الباب", "أبو الزندين", "قباسين", "بزاعة", "تادف", "جرابلس", "حلب",
    "الضباب", "الصلو", "المسراخ", "تعز", "الدلنج", "كادقلي", "الأبيض", "جوهر", "مهداي", "بلد", "بلدوين",
    "مشارة", "أم باطنة", "بريقة", "خان أرنبة", "بئر عجم", "الرويحينة", "الحميدية", "القنيطرة", "الشيخ ضاهر",
    "اللاذقية", "كباني", "جبل الأكراد", "ربيعة", "صلنفة", "باب التبانة", "جبل محسن", "شارع سوريا", "القبة",
    "ساحة النور", "طرابلس", "الفويهات", "السلماني", "شارع دبي", "ميدان الكيش", "بنغازي", "المرج", "البيضاء",
    "الدهيشة", "تقوع", "نحالين", "عوفر", "غوش عتصيون", "بيت لحم", "اللطامنة", "مورك", "قلعة المضيق", "محردة",
    "حلفايا", "حماة", "مسرابا", "حمورية", "عربين", "دوما", "الغوطة الشرقية", "ملا عبدالله", "الملتقى",
    "الرشاد", "بشير", "داقوق", "الحويجة", "كركوك", "عزان", "حبان", "عتق", "نصاب", "المصينعة", "شبوة",
    "فريانة", "تلابت", "جبل الشعانبي", "سبيطلة", "فوسانة", "جبل السلوم", "القصرين",
    "Tabqa", "Mansoura", "Raqqa", "al-Bab", "Abu al-Zandin", "Qabasin", "Bza'a", "Tadef", "Jarabulus",
    "Aleppo", "al-Dhabab", "al-Salw", "al-Misrakh", "Taiz", "Dilling", "Kadugli", "El Obeid", "Jowhar",
    "Mahaday", "Balad", "Beledweyne", "Hirshabelle", "Mashara", "Umm Batinah", "Breiqa", "Khan Arnabah",
    "Bir Ajam", "al-Ruwayhinah", "al-Hamidiyah", "Quneitra", "al-Sheikh Daher", "Latakia", "Kabani",
    "Jabal al-Akrad", "Rabia", "Slinfah", "Bab al-Tabbaneh", "Jabal Mohsen", "Syria Street", "al-Qubbah",
    "al-Nour Square", "Tripoli", "al-Fuwayhat", "al-Salmani", "Dubai Street", "al-Kish Square", "Benghazi",
    "al-Marj", "al-Bayda", "Dheisheh", "Tuqu'", "Nahalin", "Ofer", "Gush Etzion", "Bethlehem", "Latamneh",
    "Morek", "Qalaat al-Madiq", "Mhardeh", "Halfaya", "Hama", "Misraba", "Hamouriyeh", "Arbin", "Douma",
    "Eastern Ghouta", "Mulla Abdullah", "al-Multaqa", "al-Rashad", "Bashir", "Daquq", "Hawija", "Kirkuk",
    "Azzan", "Habban", "Ataq", "Nisab", "al-Musayna'a", "Shabwa", "Feriana", "Thelepte", "Jebel Chaambi",
    "Sbeitla", "Foussana", "Jebel Salloum", "Kasserine"}
AVOIDED = ("تل حميس", "Tal Hamis")  # the brief keeps this place out of the set

# the articles whose ¶1 opens with a dateline
DATELINE = {"team77-381", "team77-383", "team77-385"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team77-381": "Syrian opposition local news network",
               "team77-382": "north-east Syrian news agency close to the Autonomous Administration",
               "team77-383": "Yemeni weekly newspaper", "team77-384": "Libyan private TV channel's news site",
               "team77-385": "Sudanese daily newspaper"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team77-381": [8, 11], "team77-384": [2, 3]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team77-381": ("ثمانية مدنيين", "أحد عشر قتيلاً"), "team77-382": ("ثلاثة أشخاص",),
              "team77-383": ("قُتل ثلاثة",), "team77-384": ("فقُتل شابان", "ثلاثة لا اثنان"),
              "team77-385": ("لقي أربعة",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
MIN_TYPES = 15

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«(?:سانا|قسد|سونا)»"),
    "possessive actor": re.compile(r"عناصر الأسايش|عناصر «كتيبة"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"ألقت مروحيات النظام|ودفعت قوات الأمن الخاصة|وأغلقت لجنة أمن ولاية"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"قوة مشتركة من «قسد» والتحالف الدولي نفّذت"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"وأحد وجهاء آل مرشد، [^.]{60,}?، توعّد|وقائد الفرقة الرابعة مشاة، الذي [^.]{20,}?، توعّد"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"وحمّل [^.]+، وناشد|واتهمت [^.]+، وتوعّدت|وأغلقت [^.]+، وطالبت"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك (?:قبيل|قرابة|صباح|مساء|فجر|ظهر)"),
}

# theme (a): a tribal or clan feud
FEUD = "team77-383"
# theme (b): a local political crisis
CRISIS = "team77-384"
# theme (c): smuggling across a border
SMUGGLING = "team77-385"
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")


def feud_theme(core, main, text):
    revenge = bool(main and main_type(main) == "ASSAULT" and "ثأر" in text)
    mediation = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "third-party"
                 and g["factuality"][0] in HAPPENED]
    truce_rejected = [g for g in core if main_type(g) == "REJECT" and g["factuality"][0] in HAPPENED]
    handover = [g for g in core if main_type(g) == "RETREAT" and g["factuality"][0] in HAPPENED]
    blood_money = [g for g in core if main_type(g) == "AGREE"
                   and g["factuality"][0] in ("asserted", "reported")]
    reconciliation = [g for g in core if main_type(g) == "AGREE" and g.get("acled") == AGREEMENT]
    threat = [g for g in core if main_type(g) == "THREATEN"]
    related = sum(main_type(g) in ("ASSAULT", "CONSULT", "REJECT", "RETREAT", "AGREE", "THREATEN", "MOBILIZE",
                                   "REQUEST") for g in core)
    return bool(revenge and mediation and truce_rejected and handover and blood_money and reconciliation
                and threat and "الدية" in text and related * 2 > len(core))


def crisis_theme(core):
    resignation = [g for g in core if g["types"][:2] == ["PROTEST", "REJECT"]
                   and g["factuality"][0] in HAPPENED]
    boycott = [g for g in core if g["types"][:2] == ["REJECT", "PROTEST"] and g["factuality"][0] in HAPPENED]
    demo = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "demo"
            and g["factuality"][0] in HAPPENED]
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew"]
    minister = [g for g in core if main_type(g) == "THREATEN"
                and any("Minister" in x for x in g.get("source", {}).get("en", []))]
    call_paras = {tuple(g["para"]) for g in core if main_type(g) == "REQUEST"}
    refused = [g for g in core if main_type(g) == "REJECT" and tuple(g["para"]) in call_paras]
    kinds = sum(main_type(g) in ("PROTEST", "REJECT", "COERCE", "THREATEN", "REQUEST", "ACCUSE", "SUPPORT",
                                 "CONSULT", "SANCTION", "RETREAT") for g in core)
    return bool(resignation and boycott and demo and curfew and minister and refused
                and kinds * 2 > len(core))


def smuggling_theme(core, main):
    clash = bool(main and main.get("acled") == CLASH
                 and any("smuggl" in x for x in main.get("source", {}).get("en", [])))
    seizure = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "confiscate"]
    drone = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "destroy"]
    closed = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "restrict"]
    accusers = [g["source"]["en"][0] for g in core if main_type(g) == "ACCUSE" and g.get("source")]
    two_states = any("Sudan" in a for a in accusers) and any("Ethiopia" in a for a in accusers)
    committee = [g for g in core if main_type(g) == "AGREE" and g.get("acled") == AGREEMENT]
    related = sum(main_type(g) in ("ASSAULT", "COERCE", "ACCUSE", "REJECT", "REQUEST", "AGREE", "CONSULT",
                                   "MOBILIZE", "RETREAT", "SANCTION", "THREATEN") for g in core)
    return bool(clash and seizure and drone and closed and two_states and committee
                and related * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a tribal or clan feud": [], "a local political crisis": [], "smuggling across a border": []}
    lead_first = []
    all_text = ""
    core_types, first_labels = Counter(), Counter()
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = REGION.get(did, ("", "", "", ""))
        art = article_plan_checks(HERE, d, no_event_paras=NO_EVENT_PARAS.get(did, []), place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS, short=SHORT, long=LONG)
        errs += art.errors
        all_text += art.text
        core, text, lines, main = art.core, art.text, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        if main:
            main_text = " ".join(lines[i] for i in main["para"])
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        # regions, years and places
        errs += region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                   used_govs=USED_GOVS, used_years=USED_YEARS,
                                   used_file_words=USED_FILE_WORDS, used_label="sets 73-75", year_apart=False,
                                   file_label="file-name places used before", used_places=USED_PLACES)[0]
        if any(x in text for x in AVOIDED):
            errs.append(f"{did}: names a place the plan keeps out")
        if did == FEUD and feud_theme(core, main, text):
            themes["a tribal or clan feud"].append(did)
        if did == CRISIS and crisis_theme(core):
            themes["a local political crisis"].append(did)
        if did == SMUGGLING and smuggling_theme(core, main):
            themes["smuggling across a border"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "YE", "LY", "SD"},
         "the countries are not Syria (twice), Yemen, Libya and Sudan"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team77", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
