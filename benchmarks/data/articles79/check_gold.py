#!/usr/bin/env python3
"""Check team79.gold.json (the seventy-ninth team set, team79-391 ... team79-395) against the article files,
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
- the regions: two Syrian articles in two different governorates (al-Suwayda: Shahba, Salkhad, al-Qrayya,
  Ariqa; the Qalamoun of Rif Dimashq: Yabroud, al-Nabk, Rankous, Qara), one Iraqi in Anbar (al-Qaim, Haditha,
  Hit, Rawa), one Yemeni in Abyan (Zinjibar, Mudiyah, Lawdar, Ahwar) and one Sudanese in North Darfur
  (al-Fashir, Kutum, Tawila, Mellit), each main event in one of its region's towns; years 2012–2025, none
  that the first paragraphs of the READMEs of sets 75, 76 and 77 name, and no governorate they name except
  Rif Dimashq, which the brief's own region plan sets for the Qalamoun article (set 75 named it for the
  Eastern Ghouta); no accepted place name among the places those paragraphs name, no word of set 77's file
  names in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about kidnappings for ransom (an abduction on a road, a ransom
  demanded, hostages freed in an exchange, gunmen clashing with police, relatives' sit-in demanding their
  return, a sheikh mediating, a kidnapper's threat); (b) one mostly about violence around a local vote
  (polling stations attacked, results rejected, a boycott, candidates arrested, an observer mission's
  statement, a recount agreed and then refused); (c) one mostly about an air campaign against an armed
  group (drone strikes on several places over days, a commander reported killed and the death denied,
  families displaced, an aid convoy, a condemnation, a pledge of support from an ally).

    python3 benchmarks/data/articles79/check_gold.py [--no-score]
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
    ABDUCTION,
    CLASH,
    HAPPENED,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team79.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, prices, general statements): any
# event a system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team79-391": [6, 16, 17], "team79-392": [6, 16], "team79-393": [4, 17],
                  "team79-394": [5, 11, 16], "team79-395": [7, 16, 17]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team79-391": ("SY", "al-Suwayda", "Ariqa", "شهبا"),
          "team79-392": ("SY", "Rif Dimashq", "al-Nabk", "النبك"),
          "team79-393": ("IQ", "Anbar", "Haditha", "هيت"),
          "team79-394": ("YE", "Abyan", "Mudiyah", "مودية"),
          "team79-395": ("SD", "North Darfur", "Mellit", "الفاشر")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "al-Suwayda"): {"Shahba", "Salkhad", "al-Qrayya", "Ariqa"},
        ("SY", "Rif Dimashq"): {"Yabroud", "al-Nabk", "Rankous", "Qara"},
        ("IQ", "Anbar"): {"al-Qaim", "Haditha", "Hit", "Rawa"},
        ("YE", "Abyan"): {"Zinjibar", "Mudiyah", "Lawdar", "Ahwar"},
        ("SD", "North Darfur"): {"al-Fashir", "Kutum", "Tawila", "Mellit"}}
# the governorates and years that the first paragraphs of the READMEs of sets 75, 76 and 77 name
USED_GOVS = {"Hama", "Rif Dimashq", "Kirkuk", "Shabwa", "Kasserine", "Deir ez-Zor", "Tartus", "Salahuddin",
             "Baalbek-Hermel", "Bekaa", "North Sinai", "Homs", "Hasakah", "Marib", "western Libya",
             "Jabal al-Gharbi", "Blue Nile"}
# the brief's region plan names the Qalamoun of Rif Dimashq for one Syrian article: the only governorate of
# USED_GOVS allowed, in another part (the Qalamoun, not the Eastern Ghouta) and another year than set 75's
ALLOWED_BY_PLAN = {"Rif Dimashq"}
USED_YEARS = {"2012", "2013", "2014", "2015", "2016", "2021", "2022", "2023", "2024"}
# every word of the file names of set 77 (the model set, whose listing the annotator read)
USED_FILE_WORDS = {"talbiseh", "rastan", "houla", "taldou", "amuda", "qahtaniyah", "qamishli", "rmelan",
                   "raghwan", "marib", "medghal", "gharyan", "tarhuna", "bani", "walid", "kurmuk", "damazin",
                   "qeissan"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "اللطامنة", "مورك", "قلعة المضيق", "محردة", "حلفايا", "حماة", "مسرابا", "حمورية", "عربين", "دوما",
    "الغوطة الشرقية", "ملا عبدالله", "الملتقى", "الرشاد", "بشير", "داقوق", "الحويجة", "كركوك", "عزان", "حبان",
    "عتق", "نصاب", "المصينعة", "شبوة", "فريانة", "تلابت", "جبل الشعانبي", "سبيطلة", "فوسانة", "جبل السلوم",
    "القصرين", "هجين", "الباغوز", "السوسة", "الشعفة", "البوكمال", "دير الزور", "دريكيش", "صافيتا",
    "الشيخ بدر", "طرطوس", "سامراء", "تكريت", "الضلوعية", "بيجي", "صلاح الدين", "الهرمل", "القصر", "عرسال",
    "رأس بعلبك", "جوسية", "القاع", "اللبوة", "البقاع", "بئر العبد", "الشيخ زويد", "العريش", "شمال سيناء",
    "تلبيسة", "الرستن", "الحولة", "تلدو", "تير معلة", "حمص", "عامودا", "القحطانية", "القامشلي", "رميلان",
    "الحسكة", "رغوان", "مأرب", "مدغل", "غريان", "الأصابعة", "بني وليد", "ترهونة", "الكرمك", "الدمازين",
    "قيسان", "النيل الأزرق",
    "Latamneh", "Morek", "Qalaat al-Madiq", "Mhardeh", "Halfaya", "Hama", "Misraba", "Hamouriyeh", "Arbin",
    "Douma", "Eastern Ghouta", "Mulla Abdullah", "al-Multaqa", "al-Rashad", "Bashir", "Daquq", "Hawija",
    "Kirkuk", "Azzan", "Habban", "Ataq", "Nisab", "al-Musayna'a", "Shabwa", "Feriana", "Thelepte",
    "Jebel Chaambi", "Sbeitla", "Foussana", "Jebel Salloum", "Kasserine", "Hajin", "al-Baghuz", "al-Susah",
    "al-Sha'fah", "Abu Kamal", "Deir ez-Zor", "Dreikish", "Safita", "al-Sheikh Badr", "Tartus", "Samarra",
    "Tikrit", "al-Dhuluiya", "Baiji", "Salahuddin", "Hermel", "al-Qasr", "Arsal", "Ras Baalbek", "Jousieh",
    "al-Qaa", "al-Labweh", "Bekaa", "Bir al-Abd", "Sheikh Zuweid", "al-Arish", "North Sinai", "Talbiseh",
    "al-Rastan", "al-Houla", "Taldou", "Teir Maalla", "Homs", "Amuda", "al-Qahtaniyah", "Qamishli", "Rmelan",
    "Hasakah", "Raghwan", "Marib", "Medghal", "Gharyan", "al-Asabaa", "Bani Walid", "Tarhuna", "Kurmuk",
    "al-Damazin", "Qeissan", "Blue Nile"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team79-391", "team79-393", "team79-395"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team79-391": "Syrian local news network of al-Suwayda",
               "team79-392": "Lebanese daily newspaper's website",
               "team79-393": "Iraqi local news agency",
               "team79-394": "southern Yemeni news website",
               "team79-395": "Sudanese radio station's news site"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team79-391": [2, 3], "team79-395": [7, 11]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team79-391": ("قُتل عنصران", "ثلاثة قتلى"), "team79-392": ("قُتل خمسة أشخاص",),
              "team79-393": ("مقتل ثلاثة أشخاص",), "team79-394": ("قُتل أربعة جنود",),
              "team79-395": ("قُتل سبعة أشخاص", "«أحد عشر مدنياً")}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team79-393": "مقتل ثلاثة أشخاص"}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
MIN_TYPES = len(TYPES)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«(?:داعش|سانا|يونامي|أوتشا|آر بي جي)»"),
    "possessive actor": re.compile(r"عناصر التنظيم|عناصر تنظيم|مقاتلي الدعم السريع"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"ودفعت قيادة الشرطة بتعزيزات|وشنّت طائرات حربية سورية وروسية|واعتقلت قوة من الاستخبارات العسكرية"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"ووالي شمال دارفور المكلّف بحث"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"ورئيس إحدى القوائم المعترضة، [^.]{60,}?، هدّد|وقيادة الحزام الأمني في أبين، التي [^.]{40,}?، دفعت"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"طلب فيه [^.]+، وتوعّد|وحمّل [^.]+، وتوعّد|اتهمت [^.]+، وطالبت"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك (?:قبيل|قرابة|صباح|مساء|فجر|ظهر|عصر)"),
}

# theme (a): kidnappings for ransom
KIDNAP = "team79-391"
# theme (b): violence around a local vote
VOTE = "team79-393"
# theme (c): an air campaign against an armed group
AIR_CAMPAIGN = "team79-395"
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
KIDNAP_WORDS = re.compile(r"خطف|مخطوف|خاطف|فدية|الفدية|تبادل")
VOTE_WORDS = re.compile(r"اقتراع|انتخاب|المفوض|الصناديق|قوائم|القوائم|مرشح")
AIR_WORDS = re.compile(r"مسيّر|ضرب|نزح|قافلة|المساعدات|الدعم السريع")


def happened(g):
    return g["factuality"][0] in HAPPENED


def kidnap_theme(core, main, lines):
    abduction = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "abduct"
                 and g.get("acled") == ABDUCTION and happened(g)]
    ransom_paras = {tuple(g["para"]) for g in core if main_type(g) == "REQUEST" and happened(g)
                    and "فدية" in para_text(lines, g)}
    threat = [g for g in core if main_type(g) == "THREATEN" and tuple(g["para"]) in ransom_paras]
    exchange = [g for g in core if main_type(g) in ("COOPERATE", "RETREAT") and happened(g)
                and "تبادل" in para_text(lines, g)]
    clash = bool(main and main.get("acled") == CLASH
                 and any("Police" in x for x in main.get("source", {}).get("en", [])))
    sit_in = {tuple(g["para"]) for g in core if main_type(g) == "PROTEST" and happened(g)}
    demand = [g for g in core if main_type(g) == "REQUEST" and tuple(g["para"]) in sit_in]
    sheikh = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "third-party" and happened(g)
              and any("sheikh" in x.lower() for x in g.get("source", {}).get("en", []))]
    related = sum(g is main or bool(KIDNAP_WORDS.search(para_text(lines, g))) for g in core)
    return bool(abduction and threat and exchange and clash and demand and sheikh and related * 2 > len(core))


def vote_theme(core, lines):
    station_attacks = [g for g in core if main_type(g) == "ASSAULT" and happened(g)
                       and g["factuality"][0] != "historical"
                       and re.search(r"اقتراع|انتخابي", para_text(lines, g))]
    rejected = [g for g in core if main_type(g) == "REJECT" and happened(g)
                and "النتائج" in para_text(lines, g)]
    boycott = [g for g in core if main_type(g) == "PROTEST" and happened(g) and "قاطع" in para_text(lines, g)]
    candidates = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest" and happened(g)
                  and any("مرشح" in x for x in g.get("recipient", {}).get("ar", []))]
    observers = [g for g in core if main_type(g) in ("ACCUSE", "REQUEST")
                 and any("observer" in x for x in g.get("source", {}).get("en", []))]
    agreed = [g for g in core if main_type(g) == "AGREE" and happened(g) and "العد" in para_text(lines, g)]
    refused = [g for g in core if main_type(g) == "REJECT" and agreed and g["para"][0] > agreed[0]["para"][0]
               and "عدّ" in para_text(lines, g)]
    related = sum(bool(VOTE_WORDS.search(para_text(lines, g))) for g in core)
    return bool(len(station_attacks) >= 2 and rejected and boycott and candidates and observers and agreed
                and refused and related * 2 > len(core))


def air_theme(core, main, lines):
    strikes = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "aerial"
               and g["factuality"][0] in ("asserted", "reported")
               and any("Sudanese Armed Forces" in x for x in g.get("source", {}).get("en", []))]
    places = {g["location"]["accept"][0] for g in strikes if g.get("location")}
    days = {g["date"]["value"] for g in strikes if g.get("date")}
    commander = [g for g in strikes if g["factuality"][0] == "reported" and "نفت" in para_text(lines, g)]
    displaced = [g for g in core if main_type(g) == "RETREAT" and happened(g)
                 and "نزح" in para_text(lines, g)]
    convoy = [g for g in core if main_type(g) == "AID" and g["factuality"][0] == "asserted"]
    condemned = [g for g in core if main_type(g) == "ACCUSE" and happened(g)]
    ally = [g for g in core if main_type(g) == "SUPPORT"
            and any("Joint Force" in x for x in g.get("source", {}).get("en", []))]
    related = sum(g is main or bool(AIR_WORDS.search(para_text(lines, g))) for g in core)
    return bool(main in strikes and len(places) >= 3 and len(days) >= 3 and commander and displaced and convoy
                and condemned and ally and related * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"kidnappings for ransom": [], "violence around a local vote": [],
              "an air campaign against an armed group": []}
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
        core, lines, main = art.core, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        if main:
            main_text = para_text(lines, main)
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
            if town not in main.get("location", {}).get("accept", []):
                errs.append(f"{did}: the main event is not placed in {town}")
            late = LATE_TOLL.get(did)
            head = min(i for i in main["para"] if i > 0)
            if late and (late in lines[head] or not any(late in lines[i] for i in main["para"] if i > head)):
                errs.append(f"{did}: the toll should come only in a later paragraph than ¶{head}")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        # regions, years and places
        errs += region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                   used_govs=USED_GOVS, used_years=USED_YEARS,
                                   used_file_words=USED_FILE_WORDS, used_label="sets 75-77", year_apart=False,
                                   allowed=ALLOWED_BY_PLAN, file_label="file-name places used before",
                                   used_places=USED_PLACES)[0]
        if did == KIDNAP and kidnap_theme(core, main, lines):
            themes["kidnappings for ransom"].append(did)
        if did == VOTE and vote_theme(core, lines):
            themes["violence around a local vote"].append(did)
        if did == AIR_CAMPAIGN and air_theme(core, main, lines):
            themes["an air campaign against an armed group"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "YE", "SD"},
         "the countries are not Syria (twice), Iraq, Yemen and Sudan"),
        (len({d["published"][:4] for d in docs}) == len(docs), "two articles share a year"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team79", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
