#!/usr/bin/env python3
"""Check team81.gold.json (the eighty-first team set, team81-401 ... team81-405) against the article files,
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
- the regions: two Syrian articles in two different governorates (Raqqa: al-Tabqa, Ain Issa, al-Mansoura,
  Maadan; the Latakia countryside: Kessab, Rabia, Jableh, al-Haffah), one Iraqi in Kirkuk (al-Hawija, Daquq,
  Dibis, al-Riyadh), one Yemeni in Taiz (al-Mokha, al-Turba, Mawiyah, al-Wazi'iyah) and one Sudanese in South
  Kordofan (Kadugli, Dilling, Talodi, Abu Jubayhah), each main event in one of its region's towns; years
  2012–2025, none that the first paragraphs of the READMEs of sets 77, 78 and 79 name (which leaves 2012,
  2013, 2014 and 2016), and no governorate they name; no accepted place name among the places those
  paragraphs name, no word of set 79's file names in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs, and 404's toll comes only after the
  main event's first paragraph;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about landmines and unexploded ordnance (children killed by a
  mine, a shepherd wounded, a demining team attacked, a warning to farmers, a minefield mapped, an
  organisation asking for funds); (b) one mostly about displacement and return (families fleeing shelling, a
  camp flooded, a return agreed with guarantees, returnees arrested, aid suspended then resumed, a governor
  refusing the return of some); (c) one mostly about an attack on a prison and a jailbreak (gunmen storming
  the prison, escapees hunted, a curfew, a reward, guards arrested for complicity, an accusation against a
  group that denies it).

    python3 benchmarks/data/articles81/check_gold.py [--no-score]
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
    CLASH,
    HAPPENED,
    MINE,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team81.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, a flood, prices): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team81-401": [6, 14], "team81-402": [6, 14], "team81-403": [12, 17],
                  "team81-404": [7, 17], "team81-405": [7, 17]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team81-401": ("SY", "Raqqa", "Ain Issa", "عين عيسى"),
          "team81-402": ("SY", "Latakia", "al-Haffah", "الحفة"),
          "team81-403": ("IQ", "Kirkuk", "al-Hawija", "الحويجة"),
          "team81-404": ("YE", "Taiz", "al-Turba", "التربة"),
          "team81-405": ("SD", "South Kordofan", "Kadugli", "كادقلي")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Raqqa"): {"al-Tabqa", "Ain Issa", "al-Mansoura", "Maadan"},
        ("SY", "Latakia"): {"Kessab", "Rabia", "Jableh", "al-Haffah"},
        ("IQ", "Kirkuk"): {"al-Hawija", "Daquq", "Dibis", "al-Riyadh"},
        ("YE", "Taiz"): {"al-Mokha", "al-Turba", "Mawiyah", "al-Wazi'iyah"},
        ("SD", "South Kordofan"): {"Kadugli", "Dilling", "Talodi", "Abu Jubayhah"}}
# the governorates and years that the first paragraphs of the READMEs of sets 77, 78 and 79 name
USED_GOVS = {"Homs", "Hasakah", "Marib", "western Libya", "Blue Nile", "Idlib", "Daraa", "Diyala",
             "al-Hudaydah", "Hodeidah", "Nablus", "West Bank", "al-Suwayda", "Rif Dimashq", "Anbar", "Abyan",
             "North Darfur"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
# every word of the file names of set 79 (the model set, whose listing the annotator read)
USED_FILE_WORDS = {"shahba", "ariqa", "qrayya", "salkhad", "nabk", "qara", "yabroud", "rankous", "hit",
                   "haditha", "qaim", "rawa", "mudiyah", "zinjibar", "lawdar", "ahwar", "mellit", "kutum",
                   "tawila", "fashir"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "تلبيسة", "الرستن", "الحولة", "تلدو", "تير معلة", "حمص", "عامودا", "القحطانية", "القامشلي", "رميلان",
    "الحسكة", "رغوان", "مأرب", "مدغل", "غريان", "الأصابعة", "بني وليد", "ترهونة", "الكرمك", "الدمازين",
    "قيسان", "النيل الأزرق", "معرة النعمان", "خان شيخون", "كفرنبل", "سراقب", "الصرمان", "إدلب", "المزيريب",
    "طفس", "اليادودة", "جاسم", "نوى", "درعا", "أبو صيدا", "المقدادية", "بعقوبة", "العظيم", "جلولاء", "ديالى",
    "حيس", "الخوخة", "زبيد", "الجراحي", "الدريهمي", "الحديدة", "بيتا", "جبل صبيح", "بورين", "حوارة",
    "عصيرة القبلية", "نابلس", "شهبا", "عريقة", "المزرعة", "صلخد", "القريا", "القريّا", "السويداء", "النبك",
    "قارة", "يبرود", "رنكوس", "القلمون", "ريف دمشق", "هيت", "حديثة", "القائم", "راوة", "الرمادي", "الأنبار",
    "مودية", "زنجبار", "لودر", "أحور", "أبين", "مليط", "كتم", "طويلة", "الفاشر", "شمال دارفور",
    "Talbiseh", "al-Rastan", "al-Houla", "Taldou", "Teir Maalla", "Homs", "Amuda", "al-Qahtaniyah",
    "Qamishli", "Rmelan", "Hasakah", "Raghwan", "Marib", "Medghal", "Gharyan", "al-Asabaa", "Bani Walid",
    "Tarhuna",
    "Kurmuk", "al-Damazin", "Qeissan", "Blue Nile", "Maarat al-Numan", "Khan Shaykhun", "Kafranbel",
    "Saraqib", "al-Surman", "Idlib", "al-Muzayrib", "Tafas", "al-Yadudah", "Jasim", "Nawa", "Daraa",
    "Abu Saida", "al-Muqdadiyah", "Baqubah", "al-Azim", "Jalawla", "Diyala", "Hays", "al-Khawkha", "Zabid",
    "al-Jarrahi", "al-Durayhimi", "al-Hudaydah", "Beita", "Jabal Sabih", "Burin", "Huwara", "Osarin",
    "Nablus", "Shahba", "Ariqa", "al-Mazraa", "Salkhad", "al-Qrayya", "al-Suwayda", "al-Nabk", "Qara",
    "Yabroud", "Rankous", "Qalamoun", "Rif Dimashq", "Hit", "Haditha", "al-Qaim", "Rawa", "Ramadi", "Anbar",
    "Mudiyah", "Zinjibar", "Lawdar", "Ahwar", "Abyan", "Mellit", "Kutum", "Tawila", "al-Fashir",
    "North Darfur"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team81-401", "team81-403", "team81-405"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team81-401": "north-east Syrian local news agency",
               "team81-402": "Syrian pro-government daily newspaper's website",
               "team81-403": "Iraqi daily newspaper's website",
               "team81-404": "local news website of Taiz",
               "team81-405": "Sudanese independent news website run from abroad"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team81-401": [3, 4], "team81-403": [4, 6]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team81-401": ("قُتل ثلاثة أطفال", "أربعة قتلى"), "team81-402": ("استشهد أربعة مواطنين",),
              "team81-403": ("مقتل أربعة من الحراس", "ست جثث"), "team81-404": ("جثث ثلاثة من أفراد النقطة",),
              "team81-405": ("مقتل خمسة مدنيين",)}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team81-404": "جثث ثلاثة"}

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
    "acronym in quotes": re.compile(r"«(?:داعش|قسد|سانا|أوتشا)»"),
    "possessive actor": re.compile(r"عناصر التنظيم|مقاتلو الحركة الشعبية|مقاتلي الحركة"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"فرضت قيادة شرطة محافظة كركوك، [^.]{0,30}حظراً|ودفعت «قسد» بدوريات"
        r"|اختطف مسلحون حوثيون، [^.]{0,30}معلمين"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"وقوى الأمن الداخلي في جبلة ألقت القبض"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ومدير شرطة قضاء الحويجة، الذي [^.]{60,}?، اتهم"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"وحمّل [^.]+، وتوعّد|اتهمت [^.]+، وطالبت|واتهم [^.]+، وطالب"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك (?:قرابة|خلال|صباح|مساء|فجر|ظهر|عصر)"),
}

# theme (a): landmines and unexploded ordnance
MINES = "team81-401"
# theme (b): displacement and return
DISPLACEMENT = "team81-405"
# theme (c): an attack on a prison and a jailbreak
PRISON = "team81-403"
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
MINE_WORDS = re.compile(r"لغم|ألغام|الألغام|عبوة|مخلفات|الكشف|مسح")
DISPLACEMENT_WORDS = re.compile(r"نازح|النزوح|نزح|عودة|العودة|العائدين|المخيم|عادت")
PRISON_WORDS = re.compile(r"سجن|السجن|الفارين|الفرار|الهجوم|الحظر|حظر")


def happened(g):
    return g["factuality"][0] in HAPPENED


def en_names(g, role):
    return " ".join((g.get(role) or {}).get("en", [])).lower()


def mines_theme(core, main, lines):
    children = bool(main and main.get("acled") == MINE and g_mode(main) == "explosives"
                    and "children" in en_names(main, "recipient"))
    shepherd = [g for g in core if main_type(g) == "ASSAULT" and g_mode(g) == "explosives" and happened(g)
                and "shepherd" in en_names(g, "recipient")]
    team = [g for g in core if main_type(g) == "ASSAULT" and happened(g)
            and "demining" in en_names(g, "recipient")]
    warning = [g for g in core if main_type(g) in ("THREATEN", "REQUEST")
               and "farmers" in en_names(g, "recipient")]
    mapped = [g for g in core if main_type(g) == "COOPERATE" and happened(g)
              and "حقل ألغام" in para_text(lines, g)]
    funds = [g for g in core if main_type(g) == "REQUEST" and "تمويل" in para_text(lines, g)]
    related = sum(g is main or bool(MINE_WORDS.search(para_text(lines, g))) for g in core)
    return bool(children and shepherd and team and warning and mapped and funds and related * 2 > len(core))


def displacement_theme(core, main, lines):
    shelling = bool(main and main.get("acled") and "Shelling" in main["acled"][0])
    fled = [g for g in core if main_type(g) == "RETREAT" and happened(g)
            and re.search(r"النزوح|نزح", para_text(lines, g))]
    flooded = any(re.search(r"السيول|غمرت", x) for x in lines[1:])
    agreed = [g for g in core if main_type(g) == "AGREE" and happened(g) and "ضمانات" in para_text(lines, g)]
    arrested = [g for g in core if main_type(g) == "COERCE" and g_mode(g) == "arrest" and happened(g)
                and "returnees" in en_names(g, "recipient")]
    suspended = [g for g in core if main_type(g) == "SANCTION" and happened(g)
                 and "علّقت" in para_text(lines, g)]
    resumed = [g for g in core if main_type(g) == "AID" and happened(g) and suspended
               and g["para"][0] >= suspended[0]["para"][0] and "تستأنف" in para_text(lines, g)]
    refused = [g for g in core if main_type(g) == "REJECT" and happened(g)
               and "governor" in en_names(g, "source").lower() and "العودة" in para_text(lines, g)]
    related = sum(g is main or bool(DISPLACEMENT_WORDS.search(para_text(lines, g))) for g in core)
    return bool(shelling and fled and flooded and agreed and arrested and suspended and resumed and refused
                and related * 2 > len(core))


def prison_theme(core, main, lines, events):
    stormed = bool(main and main.get("acled") == CLASH and "سجن" in para_text(lines, main))
    curfew = [g for g in core if main_type(g) == "COERCE" and g_mode(g) == "curfew" and happened(g)]
    hunted = [g for g in core if main_type(g) == "COERCE" and g_mode(g) == "arrest" and happened(g)
              and "escape" in en_names(g, "recipient")]
    reward = [g for g in core if main_type(g) == "REQUEST" and "مكافأة" in para_text(lines, g)]
    guards = [g for g in core if main_type(g) == "COERCE" and g_mode(g) == "arrest" and happened(g)
              and "guards" in en_names(g, "recipient") and "التواطؤ" in para_text(lines, g)]
    accused = [g for g in core if main_type(g) == "ACCUSE" and "naqshbandi" in en_names(g, "recipient")]
    denied = [g for g in events if main_type(g) == "REJECT" and "naqshbandi" in en_names(g, "source")
              and "نفى" in para_text(lines, g)]
    related = sum(g is main or bool(PRISON_WORDS.search(para_text(lines, g))) for g in core)
    return bool(stormed and curfew and hunted and reward and guards and accused and denied
                and related * 2 > len(core))


def g_mode(g):
    return g.get("mode")


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"landmines and unexploded ordnance": [], "displacement and return": [],
              "an attack on a prison and a jailbreak": []}
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
        else:
            errs.append(f"{did}: no main event")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        # regions, years and places
        errs += region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                   used_govs=USED_GOVS, used_years=USED_YEARS,
                                   used_file_words=USED_FILE_WORDS, used_label="sets 77-79", year_apart=False,
                                   file_label="file-name places used before", used_places=USED_PLACES)[0]
        if did == MINES and mines_theme(core, main, lines):
            themes["landmines and unexploded ordnance"].append(did)
        if did == DISPLACEMENT and displacement_theme(core, main, lines):
            themes["displacement and return"].append(did)
        if did == PRISON and prison_theme(core, main, lines, d["events"]):
            themes["an attack on a prison and a jailbreak"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "YE", "SD"},
         "the countries are not Syria (twice), Iraq, Yemen and Sudan"),
        # five articles, four years left by the exclusion rule: at most two articles share a year
        (max(Counter(d["published"][:4] for d in docs).values()) <= 2, "more than two articles share a year"),
        (len({d["published"][:4] for d in docs}) == 4,
         "the four years left (2012, 2013, 2014, 2016) are not all used"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team81", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
