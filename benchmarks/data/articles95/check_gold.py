#!/usr/bin/env python3
"""Check team95.gold.json (the ninety-fifth team set, team95-471 ... team95-475) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article (``goldkit.layout_checks`` allows up to
  7,000; this set checks its own narrower bound), at least one paragraph under 120 and one over 400
  characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  provincial capital, the town of the event); the two others have none and name their place in the first
  sentence instead;
- the regions: two Syrian articles in two different governorates (Deir ez-Zor: Thiban, al-Shuhail,
  al-Hawayij, al-Busayrah, al-Kasrah; Hama: Kafr Zita, Mhardeh, Morek, al-Latamneh, al-Suqaylabiyah, Hama),
  one Iraqi in Basra (Abu al-Khaseeb, al-Zubair, Safwan, al-Qurna), one Libyan in the Fezzan (Sabha, Ubari,
  Brak al-Shati) and one Yemeni in al-Dhale (Murais, Damt, al-Fakhir, Sanah, Qataba, al-Dhale), each main
  event in one of its region's towns; no governorate or region that the first paragraphs of the READMEs of
  sets 91 and 92, the README of set 93 or the brief (for set 94) name, and no accepted place name among the
  places they name; no place word of the file names of sets 18 and 93 in a file name of this set;
- the years: 2012–2025, five different years at least ten years apart from first to last;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«اعتُقل»/«شُيّع»), a possessive actor («مقاتلي كتائب المعارضة»/«مسلحي المنشية»/
  «مسلحو جماعة الحوثي»), a quoted acronym («قسد»/«يونيسف»), verb-subject-object and subject-verb-object
  sentences, a long parenthesis between a subject and its verb, two events joined in one sentence with «و»
  and a second verb, a time told after the act in its own clause, and a story told again by the other side;
- the three themes: (a) one article mostly about harvest fires (fields set on fire, farmers shot while
  fighting a fire, the farmers protesting, compensation planned, a threat to burn crops, a purchase offer
  rejected); (b) one mostly about a water crisis and its protests (protests against salty water, a road
  blocked, protesters shot at the water directorate, the water director dismissed, a curfew, desalination
  aid, the committees' threat); (c) one mostly about closed roads and crossings (drivers demanding a road,
  a shell on a bus, a deal to open the road, its planned opening, a crossing not opened, a proposal for
  checkpoints rejected).

    python3 benchmarks/data/articles95/check_gold.py [--no-score]
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
    ATTACK,
    EXCESSIVE,
    HAPPENED,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team95.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team95-471": [9, 14], "team95-472": [9, 14], "team95-473": [9, 15],
                  "team95-474": [9, 14], "team95-475": [9, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or that the dateline gives)
REGION = {"team95-471": ("SY", "Deir ez-Zor", "Thiban", "ذيبان"),
          "team95-472": ("SY", "Hama", "Kafr Zita", "كفرزيتا"),
          "team95-473": ("IQ", "Basra", "Abu al-Khaseeb", "البصرة"),
          "team95-474": ("LY", "Fezzan", "Sabha", "سبها"),
          "team95-475": ("YE", "al-Dhale", "Murais", "الضالع")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Deir ez-Zor"): {"Thiban", "al-Shuhail", "al-Hawayij", "al-Busayrah", "al-Kasrah"},
        ("SY", "Hama"): {"Kafr Zita", "Mhardeh", "Morek", "al-Latamneh", "al-Suqaylabiyah", "Hama"},
        ("IQ", "Basra"): {"Abu al-Khaseeb", "al-Zubair", "Safwan", "al-Qurna"},
        ("LY", "Fezzan"): {"Sabha", "Ubari", "Brak al-Shati"},
        ("YE", "al-Dhale"): {"Murais", "Damt", "al-Fakhir", "Sanah", "Qataba", "al-Dhale"}}
# the governorates and regions that the first paragraphs of the READMEs of sets 91 and 92 and the README of
# set 93 name as settings, and the regions the brief keeps for set 94
USED_GOVS = {"Tartus", "Aleppo", "Dhi Qar", "western Libya", "Gaza Strip", "Quneitra", "Rif Dimashq",
             "Eastern Ghouta", "Salah ad-Din", "North Lebanon", "Taiz", "As-Suwayda", "Damascus",
             "eastern Libya", "Benghazi", "Abyan", "Aden", "Nineveh", "Latakia", "Raqqa", "Hodeidah"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 93
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "shahba", "shaqqa", "salkhad",
                   "bab", "touma", "qaboun", "barzeh", "benghazi", "laithi", "fuwaihat", "derna", "jaar",
                   "zinjibar", "shuqra", "qayyarah", "hatra", "tal", "afar"}
# the places those paragraphs, set 93's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 91, first paragraph
    "صافيتا", "الدريكيش", "بانياس", "القدموس", "طرطوس", "منبج", "الساجور", "جرابلس", "العريمة", "سد تشرين",
    "حلب", "الفهود", "سوق الشيوخ", "الناصرية", "الشطرة", "ذي قار", "صبراتة", "صرمان", "زوارة", "العجيلات",
    "خان يونس", "رفح", "ميناء خان يونس", "معبر إيرز", "مدينة غزة", "قطاع غزة", "بيت لاهيا",
    "Safita", "al-Dreikish", "Baniyas", "al-Qadmus", "Tartus", "Manbij", "Sajur", "Jarabulus", "al-Arima",
    "Tishreen Dam", "Aleppo", "al-Fuhud", "Suq al-Shuyukh", "al-Nasiriyah", "al-Shatra", "Dhi Qar",
    "Sabratha", "Surman", "Zuwara", "al-Ajaylat", "Khan Younis", "Rafah", "Erez crossing", "Gaza City",
    "Gaza Strip", "Beit Lahia",
    # set 92, first paragraph
    "خان أرنبة", "جباتا الخشب", "الحميدية", "مدينة البعث", "بريقة", "مسحرة", "القنيطرة", "دوما", "مسرابا",
    "حرستا", "معبر الوافدين", "كفربطنا", "سقبا", "جسرين", "عين ترما", "الغوطة الشرقية", "ريف دمشق", "سامراء",
    "بيجي", "الصينية", "تكريت", "الدور", "العلم", "صلاح الدين", "باب التبانة", "جبل محسن", "شارع سوريا",
    "القبة", "البداوي", "طرابلس", "المسبح", "صالة", "تبة القصر الجمهوري", "طريق الضباب", "الحوبان",
    "التعزية", "سوق الشنيني", "تعز",
    "Khan Arnabah", "Jubata al-Khashab", "al-Hamidiyah", "Madinat al-Baath", "Burayqah", "Masharah",
    "Quneitra", "Douma", "Misraba", "Harasta", "al-Wafideen crossing", "Kafr Batna", "Saqba", "Jisreen",
    "Ain Tarma", "Eastern Ghouta", "Rif Dimashq", "Samarra", "Baiji", "al-Siniyah", "Tikrit", "al-Dour",
    "al-Alam", "Salah ad-Din", "Bab al-Tabbaneh", "Jabal Mohsen", "Syria Street", "al-Qubbah", "al-Beddawi",
    "Tripoli", "North Lebanon", "al-Masbah", "Salh", "al-Hawban", "al-Ta'iziyah", "al-Shanini market", "Taiz",
    # set 93, README (its settings)
    "أم الزيتون", "شهبا", "شقا", "صلخد", "القريّا", "السويداء", "باب توما", "القابون", "برزة", "الميدان",
    "باب مصلى", "العباسيين", "المزة", "دمشق", "الليثي", "الفويهات", "ميدان الكيش", "بوعطني", "درنة", "بنغازي",
    "جعار", "زنجبار", "المراقشة", "جبال المراقشة", "شقرة", "عدن", "الشيخ عثمان", "المحفد", "أبين", "القيارة",
    "الحضر", "صحراء الحضر", "الزنجيلي", "الموصل", "جبل سنجار", "سنجار", "البعاج", "تلعفر", "نينوى",
    "Umm al-Zaytun", "Shahba", "Shaqqa", "Salkhad", "al-Qurayya", "As-Suwayda", "Bab Touma", "al-Qaboun",
    "Barzeh", "al-Midan", "Bab Musalla", "al-Abbasiyyin", "al-Mezzeh", "Damascus", "al-Laithi",
    "al-Fuwaihat", "Kish Square", "Bu Atni", "Derna", "Benghazi", "Jaar", "Zinjibar", "al-Maraqisha",
    "Shuqra", "Aden", "Sheikh Othman", "al-Mahfad", "Abyan", "al-Qayyarah", "Hatra", "al-Zanjili", "Mosul",
    "Mount Sinjar", "Sinjar", "al-Baaj", "Tal Afar", "Nineveh",
    # the regions the brief keeps for set 94
    "اللاذقية", "الرقة", "الحديدة", "Latakia", "Raqqa", "Hodeidah"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team95-472": "foreign capital", "team95-473": "provincial capital",
            "team95-474": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team95-472": "عمّان", "team95-473": "البصرة", "team95-474": "سبها"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team95-471": "Deir ez-Zor activist news network's website",
               "team95-472": "Jordanian daily newspaper's website",
               "team95-473": "Basra local news agency's website",
               "team95-474": "Fezzan community radio station's website",
               "team95-475": "southern Yemeni satellite TV channel's news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team95-473": [2, 4], "team95-474": [3, 5]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team95-471": ("مقتل ثلاثة مزارعين",),
              "team95-472": ("قُتل سبعة مدنيين",),
              "team95-473": ("مقتل اثنين من المتظاهرين", "عدد القتلى أربعة"),
              "team95-474": ("قُتل ثلاثة أشخاص", "عدد القتلى بلغ خمسة"),
              "team95-475": ("مقتل ثلاثة من ركابها",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|اعتُقل|شُيّع"),
    "possessive actor": re.compile(r"مقاتلي كتائب المعارضة|مسلحي المنشية|مسلحو جماعة الحوثي"),
    "quoted acronym": re.compile(r"«قسد»|«يونيسف»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"أطلق مسلحان|وأقال محافظ البصرة|قصفت كتائب من المعارضة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"والمجلس المحلي لمدينة سبها، [^.]+، طالب"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"والمجلس المحلي لمدينة سبها، الذي [^.]{60,}?، طالب"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اعتُقل خلالها [^.]+، ونشر|ووصلت إلى المدينة [^.]+، وأقامت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد جرى ذلك نحو|وقد وقع ذلك بعد|وقد جرى ذلك بعد"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:زعم|نقل|قالت|نفى|زعمت)"),
}

# theme (a): harvest fires
FIRES = "team95-471"
# theme (b): a water crisis and its protests
WATER = "team95-473"
# theme (c): closed roads and crossings
ROADS = "team95-475"
FIRES_WORDS = re.compile(r"حريق|الحرائق|أحرق|أضرم|إحراق|النيران|القمح|المحاصيل|الحقول|مزارع|الحصاد|السنابل|"
                         r"تعويض")
WATER_WORDS = re.compile(r"الماء|مياه|ملوحة|تحلية|المحتج|المتظاهر|التظاهر|التنسيقي|احتجاج")
ROADS_WORDS = re.compile(r"طريق|الطرق|معبر|المسافر|الحافلة|سائق|ركاب")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def fires_theme(core, main, lines):
    burnt = [g for g in has(core, "ASSAULT", lines, "أضرم|أحرق")
             if g.get("mode") == "destroy" and happened(g)]
    shot = bool(main and main.get("acled") == ATTACK and "إخماد الحريق" in para_text(lines, main))
    protest = [g for g in has(core, "PROTEST", lines, "السنابل") if happened(g)]
    compensation = has(core, "AID", lines, "تعويضات", first="planned")
    threat = has(core, "THREATEN", lines, "بإحراق")
    rejected = has(core, "REJECT", lines, "القمح")
    return bool(len(burnt) >= 2 and shot and protest and compensation and threat and rejected
                and related(core, main, FIRES_WORDS, lines) * 2 > len(core))


def water_theme(core, main, lines):
    protest = [g for g in has(core, "PROTEST", lines, "ملوحة") if happened(g)]
    blocked = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "obstruct" and happened(g)]
    shot = bool(main and main.get("acled") == EXCESSIVE and "مديرية الماء" in para_text(lines, main))
    dismissed = [g for g in has(core, "SANCTION", lines, "مدير ماء") if happened(g)]
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew" and happened(g)]
    aid = [g for g in has(core, "AID", lines, "تحلية") if happened(g)]
    threat = has(core, "THREATEN", lines, "التنسيقيات")
    return bool(protest and blocked and shot and dismissed and curfew and aid and threat
                and related(core, main, WATER_WORDS, lines) * 2 > len(core))


def roads_theme(core, main, lines):
    protest = [g for g in has(core, "PROTEST", lines, "الطريق") if happened(g)]
    bus = bool(main and "حافلة" in para_text(lines, main))
    deal = [g for g in has(core, "AGREE", lines, "فتح طريق") if happened(g)]
    opening = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "access"
               and g["factuality"][0] == "planned"]
    closed = [g for g in has(core, "RETREAT", lines, "معبر", first="negated") if g.get("mode") == "access"]
    rejected = has(core, "REJECT", lines, "نقاط تفتيش")
    return bool(protest and bus and deal and opening and closed and rejected
                and related(core, main, ROADS_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"harvest fires": [], "a water crisis and its protests": [], "closed roads and crossings": []}
    lead_first = []
    all_text = ""
    core_types, first_labels = Counter(), Counter()
    years = Counter()
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = REGION.get(did, ("", "", "", ""))
        art = article_plan_checks(HERE, d, no_event_paras=NO_EVENT_PARAS.get(did, []), place_ar=place_ar,
                                  dateline_ids=set(DATELINE), toll_conflict=TOLL_CONFLICT,
                                  min_chars=MIN_CHARS, max_chars=MAX_CHARS, short=SHORT, long=LONG)
        errs += art.errors
        all_text += art.text
        core, lines, main = art.core, art.lines, art.main
        if not TEXT_RANGE[0] <= len(art.text) <= TEXT_RANGE[1]:
            errs.append(f"{did}: {len(art.text)} characters (the plan wants {TEXT_RANGE[0]}-{TEXT_RANGE[1]})")
        if did in DATELINE and not lines[1].startswith(DATELINE_CITY[did] + " – "):
            errs.append(f"{did}: the dateline does not name {DATELINE_CITY[did]}")
        if art.lead_first:
            lead_first.append(did)
        if main:
            main_text = para_text(lines, main)
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
            if town not in main.get("location", {}).get("accept", []):
                errs.append(f"{did}: the main event is not placed in {town}")
        else:
            errs.append(f"{did}: no main event")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS,
                                         used_label="sets 91-93 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == FIRES and fires_theme(core, main, lines):
            themes["harvest fires"].append(did)
        if did == WATER and water_theme(core, main, lines):
            themes["a water crisis and its protests"].append(did)
        if did == ROADS and roads_theme(core, main, lines):
            themes["closed roads and crossings"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "LY", "YE"},
         "the countries are not Syria (twice), Iraq, Libya and Yemen"),
        (len(years) == len(docs), "two articles share a year"),
        (not years or int(max(years)) - int(min(years)) >= YEAR_SPREAD,
         f"the years are not spread out: {sorted(years)}"),
        (len(set(DATELINE.values())) == len(DATELINE), "two datelines of the same kind"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=set(DATELINE), lead_first=lead_first, themes=themes,
                            n_articles=N_ARTICLES, constructions=CONSTRUCTIONS, all_text=all_text,
                            whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team95", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
