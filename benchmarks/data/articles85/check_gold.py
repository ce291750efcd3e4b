#!/usr/bin/env python3
"""Check team85.gold.json (the eighty-fifth team set, team85-421 ... team85-425) against the article files,
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
- the regions: two Syrian articles in two different governorates (Rif Dimashq: Douma, al-Zabadani, Qudsaya,
  al-Tall; al-Suwayda: Shahba, Salkhad, al-Qrayya, Ariqa), one Iraqi in Salahuddin (Tikrit, Samarra, Baiji,
  al-Dour), one Lebanese in the north (Tripoli, Akkar, al-Minieh, Bab al-Tabbaneh) and one Sudanese in Darfur
  (El Geneina, Nyala, El Fasher, Zalingei), each main event in one of its region's towns; years 2012–2025,
  none that the first paragraphs of the READMEs of sets 81, 82 and 83 name (which leaves 2017, 2018, 2019,
  2020 and 2025, one article each), and no governorate they name; no accepted place name among the places
  those paragraphs name, no word of set 83's file names in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs, and 424's toll comes only after the
  main event's first paragraph;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about a roadside bomb on a convoy and what followed (soldiers
  killed, a curfew and a search of villages with arrests, a claim posted online, shelling in retaliation, a
  funeral); (b) one mostly about a strike and economic protests (bakers striking, roads blocked with burning
  tyres, a governor meeting delegates, an agreement signed, a union threatening to resume); (c) one mostly
  about a feud between clans (a killing at a market, a revenge attack, property burned, elders mediating, a
  truce and blood money, a violation of the truce).

    python3 benchmarks/data/articles85/check_gold.py [--no-score]
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
    EXCESSIVE,
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

GOLD = "team85.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis): any event a system reports there
# must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team85-421": [8, 14], "team85-422": [7, 13], "team85-423": [9, 16],
                  "team85-424": [10, 15], "team85-425": [7, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team85-421": ("SY", "Rif Dimashq", "al-Tall", "قدسيا"),
          "team85-422": ("SY", "al-Suwayda", "Shahba", "شهبا"),
          "team85-423": ("IQ", "Salahuddin", "al-Dour", "سامراء"),
          "team85-424": ("LB", "north Lebanon", "al-Minieh", "طرابلس"),
          "team85-425": ("SD", "Darfur", "El Geneina", "الجنينة")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Rif Dimashq"): {"Douma", "al-Zabadani", "Qudsaya", "al-Tall"},
        ("SY", "al-Suwayda"): {"Shahba", "Salkhad", "al-Qrayya", "Ariqa"},
        ("IQ", "Salahuddin"): {"Tikrit", "Samarra", "Baiji", "al-Dour"},
        ("LB", "north Lebanon"): {"Tripoli", "Akkar", "al-Minieh", "Bab al-Tabbaneh"},
        ("SD", "Darfur"): {"El Geneina", "Nyala", "El Fasher", "Zalingei"}}
# the governorates and years that the first paragraphs of the READMEs of sets 81, 82 and 83 name
USED_GOVS = {"Raqqa", "Latakia", "Kirkuk", "Taiz", "South Kordofan", "Deir ez-Zor", "Hama", "Diyala", "Marib",
             "Kasserine", "Homs", "Hasakah", "Basra", "Baalbek-Hermel", "western Libya"}
USED_YEARS = {"2012", "2013", "2014", "2015", "2016", "2021", "2022", "2023", "2024"}
# every word of the file names of set 83 (the model set, whose listing the annotator read)
USED_FILE_WORDS = {"talbiseh", "2015", "rastan", "homs", "tamr", "2021", "dardara", "allouk", "qamishli",
                   "zubair", "2024", "basra", "khasib", "baalbek", "2023", "sharawneh", "arsal", "hermel",
                   "gharyan", "2022", "hira", "zintan", "zawiya"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "عين عيسى", "تل أبيض", "الرقة", "الحفة", "سلمى", "ربيعة", "جبلة", "كسب", "اللاذقية", "الحويجة", "الرياض",
    "الزاب", "دبس", "كركوك", "التربة", "الموادم", "الوازعية", "المخا", "تعز", "كادقلي", "الدلنج", "أبو جبيهة",
    "جنوب كردفان",
    "هجين", "ذيبان", "الشحيل", "حقل العمر", "دير الزور", "السقيلبية", "اللطامنة", "كفرزيتا", "محردة", "حماة",
    "بعقوبة", "المقدادية", "بني سعد", "خانقين", "ديالى", "الجوبة", "صرواح", "الكسارة", "رغوان", "حريب",
    "مأرب", "سبيطلة", "فريانة", "القصرين", "جبل الشعانبي", "تونس",
    "تلبيسة", "الرستن", "حمص", "تل تمر", "الدردارة", "رأس العين", "الحسكة", "القامشلي", "الزبير", "البصرة",
    "أم قصر", "أبو الخصيب", "بعلبك", "الشراونة", "عرسال", "الهرمل", "البقاع", "الهيرة", "غريان", "الزنتان",
    "العزيزية", "الزاوية", "ليبيا",
    "Ain Issa", "Tal Abyad", "Raqqa", "al-Haffah", "Salma", "Rabia", "Jableh", "Kessab", "Latakia",
    "al-Hawija", "al-Riyadh", "al-Zab", "Dibis", "Kirkuk", "al-Turba", "Mawiyah", "al-Wazi'iyah", "al-Mokha",
    "Taiz", "Kadugli", "Dilling", "Abu Jubayhah", "South Kordofan",
    "Hajin", "Thiban", "al-Shuhayl", "al-Omar field", "Deir ez-Zor", "al-Suqaylabiyah", "al-Latamenah",
    "Kafr Zita", "Mhardeh", "Hama", "Baqubah", "al-Muqdadiyah", "Bani Saad", "Khanaqin", "Diyala", "al-Jubah",
    "Sirwah", "al-Kassara", "Raghwan", "Harib", "Marib", "Sbeitla", "Feriana", "Kasserine", "Mount Chaambi",
    "Tunisia",
    "Talbiseh", "al-Rastan", "Homs", "Tal Tamr", "al-Dardara", "Ras al-Ain", "al-Hasakah", "Hasakah",
    "Qamishli", "al-Zubair", "Basra", "Umm Qasr", "Abu al-Khasib", "Baalbek", "al-Sharawneh", "Arsal",
    "Hermel", "Bekaa", "al-Hira", "Gharyan", "Zintan", "al-Aziziya", "al-Zawiya", "Libya"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team85-421", "team85-423", "team85-425"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team85-421": "Syrian local radio station's news website",
               "team85-422": "Sweida activists' local news network",
               "team85-423": "Iraqi local news agency's website",
               "team85-424": "Lebanese Beirut daily newspaper's website",
               "team85-425": "Sudanese Khartoum daily newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team85-423": [3, 6], "team85-425": [5, 8]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team85-421": ("قُتل عنصران",), "team85-422": ("قُتل ثلاثة أشخاص",),
              "team85-423": ("قُتل ثلاثة جنود", "قتلوا ستة جنود"), "team85-424": ("وفاته",),
              "team85-425": ("وقُتل فيه خمسة", "بلغ ثمانية")}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team85-424": "وفاته"}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«(?:آر بي جي|داعش|واع|سونا|يوناميد)»"),
    "possessive actor": re.compile(r"عناصر الأمن العام|مقاتلي حركة|عناصر التنظيم"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"شنّت إدارة الأمن العام[^.]{0,60}حملة|قصفت مدفعية الجيش، [^.]{0,40}مواقع|أقفلت معظم الأفران"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"لكن مجموعة من شباب أولاد جابر أعلنت"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"نقيب أصحاب الأفران والمخابز في الشمال، الذي [^.]{60,}?، حذّر"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"واتهمت [^.]+، وتوعّدت|وحمّل [^.]+، وطالب|دفعت [^.]+، وفرضت"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك قرابة"),
}

# theme (a): a roadside bomb on a convoy
BOMB = "team85-423"
# theme (b): a strike and economic protests
STRIKE = "team85-424"
# theme (c): a feud between clans
FEUD = "team85-425"
BOMB_WORDS = re.compile(r"عبوة|العبوة|التفجير|الانفجار|التنظيم|داعش|الرتل|الطريق|تفتيش")
STRIKE_WORDS = re.compile(r"الأفران|إضراب|الإضراب|الطحين|المحتج|النقابة|الخبز")
FEUD_WORDS = re.compile(r"أولاد زايد|أولاد جابر|العشيرتين|الهدنة|الاتفاق|الديات|أم سدرة")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def bomb_theme(core, main, lines):
    main_text = para_text(lines, main) if main else ""
    bomb = bool(main and main.get("acled") == MINE and main.get("mode") == "explosives"
                and "عبوة" in main_text and "جنود" in main_text)
    claim = "تبنّى" in main_text
    funeral = "شُيّعت" in main_text
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew" and happened(g)]
    search = [g for g in has(core, "COERCE", lines, "تفتيش") if g.get("mode") == "arrest" and happened(g)]
    shelling = [g for g in has(core, "ASSAULT", lines, "ردّاً على") if g.get("mode") == "heavy-weapons"
                and happened(g)]
    return bool(bomb and claim and funeral and curfew and search and shelling
                and related(core, main, BOMB_WORDS, lines) * 2 > len(core))


def strike_theme(core, main, lines):
    strike = [g for g in has(core, "PROTEST", lines, "إضراب") if g.get("mode") == "strike" and happened(g)]
    tyres = [g for g in has(core, "PROTEST", lines, "الإطارات المشتعلة") if g.get("mode") == "obstruct"]
    governor = has(core, "CONSULT", lines, "محافظ")
    signed = has(core, "AGREE", lines, "اتفاق")
    resume = has(core, "THREATEN", lines, "ستعود إلى الإضراب")
    fired = bool(main and main.get("acled") == EXCESSIVE)
    return bool(strike and tyres and governor and signed and resume and fired
                and related(core, main, STRIKE_WORDS, lines) * 2 > len(core))


def feud_theme(core, main, lines):
    market = [g for g in has(core, "ASSAULT", lines, "سوق") if g.get("fatalities") and g is not main]
    revenge = bool(main and "أولاد زايد" in para_text(lines, main) and "أولاد جابر" in para_text(lines, main))
    burned = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "destroy" and happened(g)]
    elders = [g for g in has(core, "CONSULT", lines, "الأجاويد") if g.get("mode") == "third-party"]
    truce = has(core, "AGREE", lines, "هدنة")
    blood_money = has(core, "AID", lines, "الديات", first="planned")
    violation = [g for g in has(core, "ASSAULT", lines, "خرق للهدنة") if happened(g)]
    return bool(market and revenge and burned and elders and truce and blood_money and violation
                and related(core, main, FEUD_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a roadside bomb on a convoy": [], "a strike and economic protests": [],
              "a feud between clans": []}
    lead_first = []
    all_text = ""
    core_types, first_labels = Counter(), Counter()
    years = Counter()
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
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS, used_label="sets 81-83",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == BOMB and bomb_theme(core, main, lines):
            themes["a roadside bomb on a convoy"].append(did)
        if did == STRIKE and strike_theme(core, main, lines):
            themes["a strike and economic protests"].append(did)
        if did == FEUD and feud_theme(core, main, lines):
            themes["a feud between clans"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "LB", "SD"},
         "the countries are not Syria (twice), Iraq, Lebanon and Sudan"),
        # five articles, five years left by the exclusion rule: one article a year
        (max(years.values()) == 1, "two articles share a year"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team85", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
