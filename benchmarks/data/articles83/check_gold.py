#!/usr/bin/env python3
"""Check team83.gold.json (the eighty-third team set, team83-411 ... team83-415) against the article files,
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
- the regions: two Syrian articles in two different governorates (the Homs countryside: al-Rastan,
  Talbiseh, al-Qusayr, Palmyra; Hasakah: Qamishli, Ras al-Ain, al-Shaddadi, Tal Tamr), one Iraqi in Basra
  (al-Zubair, Abu al-Khasib, al-Qurna, Umm Qasr), one Lebanese in the Bekaa (Baalbek, Hermel, Arsal, Zahle)
  and one Libyan in the west (al-Zawiya, Gharyan, Zintan, Sabratha), each main event in one of its region's
  towns; years 2012–2025, none that the first paragraphs of the READMEs of sets 79, 80 and 81 name (which
  leaves 2015, 2021, 2022, 2023 and 2024, one article each), and no governorate they name; no accepted place
  name among the places those paragraphs name, no word of set 81's file names in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs, and 413's toll comes only after the
  main event's first paragraph;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about drone and air strikes (a convoy struck, civilians killed
  at a market, conflicting claims and a denial, an investigation demanded, condemnations and a call for a
  truce); (b) one mostly about a political crisis (a council session boycotted, a resignation, a protest
  outside an electoral office, a court ruling, troops deployed around buildings, a dialogue proposed and
  refused); (c) one mostly about an attack on a checkpoint and captives (gunmen storm a checkpoint, soldiers
  captured, a video of them, negotiations through elders, a release in exchange for detainees, a threat of
  retaliation).

    python3 benchmarks/data/articles83/check_gold.py [--no-score]
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

GOLD = "team83.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis): any event a system reports there
# must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team83-411": [7, 15], "team83-412": [7, 15], "team83-413": [9, 17],
                  "team83-414": [6, 15], "team83-415": [8, 17]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team83-411": ("SY", "Homs", "Talbiseh", "تلبيسة"),
          "team83-412": ("SY", "Hasakah", "Tal Tamr", "تل تمر"),
          "team83-413": ("IQ", "Basra", "al-Zubair", "الزبير"),
          "team83-414": ("LB", "Baalbek-Hermel", "Baalbek", "بعلبك"),
          "team83-415": ("LY", "western Libya", "Gharyan", "غريان")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Homs"): {"al-Rastan", "Talbiseh", "al-Qusayr", "Palmyra"},
        ("SY", "Hasakah"): {"Qamishli", "Ras al-Ain", "al-Shaddadi", "Tal Tamr"},
        ("IQ", "Basra"): {"al-Zubair", "Abu al-Khasib", "al-Qurna", "Umm Qasr"},
        ("LB", "Baalbek-Hermel"): {"Baalbek", "Hermel", "Arsal", "Zahle"},
        ("LY", "western Libya"): {"al-Zawiya", "Gharyan", "Zintan", "Sabratha"}}
# the governorates and years that the first paragraphs of the READMEs of sets 79, 80 and 81 name
USED_GOVS = {"al-Suwayda", "Rif Dimashq", "Anbar", "Abyan", "North Darfur", "Quneitra", "Aleppo", "Nineveh",
             "south Lebanon", "eastern Libya", "Derna", "Raqqa", "Latakia", "Kirkuk", "Taiz",
             "South Kordofan"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
# every word of the file names of set 81 (the model set, whose listing the annotator read)
USED_FILE_WORDS = {"ain", "issa", "2016", "tal", "abyad", "raqqa", "north", "haffah", "2014", "jableh",
                   "rabia", "kessab", "hawija", "2013", "riyadh", "zab", "dibis", "turba", "mawiyah",
                   "waziiyah", "mokha", "kadugli", "2012", "dilling", "abu", "jubayhah"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "شهبا", "عريقة", "المزرعة", "صلخد", "القريا", "السويداء", "النبك", "قارة", "يبرود", "رنكوس", "القلمون",
    "ريف دمشق", "هيت", "حديثة", "القائم", "راوة", "الرمادي", "الأنبار", "مودية", "زنجبار", "لودر", "أحور",
    "أبين", "مليط", "كتم", "طويلة", "الفاشر", "شمال دارفور",
    "جباتا الخشب", "خان أرنبة", "مدينة البعث", "الحميدية", "القنيطرة", "أعزاز", "تل مالد", "مارع", "تل رفعت",
    "باب السلامة", "الباب", "حلب", "سنجار", "تلعفر", "ربيعة", "بعشيقة", "الموصل", "نينوى", "بنت جبيل",
    "مرجعيون", "الخيام", "الناقورة", "جنوب لبنان", "الظهر الحمر", "الفتائح", "درنة", "مرتوبة", "البيضاء",
    "بنغازي", "أجدابيا",
    "عين عيسى", "تل أبيض", "الرقة", "الحفة", "سلمى", "جبلة", "كسب", "اللاذقية", "الحويجة", "الرياض", "الزاب",
    "دبس", "كركوك", "التربة", "الموادم", "الوازعية", "المخا", "تعز", "كادقلي", "الدلنج", "أبو جبيهة",
    "جنوب كردفان",
    "Shahba", "Ariqa", "al-Mazraa", "Salkhad", "al-Qrayya", "al-Suwayda", "al-Nabk", "Qara", "Yabroud",
    "Rankous", "Qalamoun", "Rif Dimashq", "Hit", "Haditha", "al-Qaim", "Rawa", "Ramadi", "Anbar", "Mudiyah",
    "Zinjibar", "Lawdar", "Ahwar", "Abyan", "Mellit", "Kutum", "Tawila", "al-Fashir", "North Darfur",
    "Jubata al-Khashab", "Khan Arnabah", "al-Baath", "al-Hamidiyah", "Quneitra", "Azaz", "Tal Malid", "Marea",
    "Tal Rifaat", "Bab al-Salama", "al-Bab", "Aleppo", "Sinjar", "Tal Afar", "Rabia", "Bashiqa", "Mosul",
    "Nineveh", "Bint Jbeil", "Marjayoun", "Khiam", "Naqoura", "south Lebanon", "al-Dhahr al-Hamar",
    "al-Fatayeh", "Derna", "Martuba", "al-Bayda", "Benghazi", "Ajdabiya",
    "Ain Issa", "Tal Abyad", "Raqqa", "al-Haffah", "Salma", "Jableh", "Kessab", "Latakia", "al-Hawija",
    "al-Riyadh", "al-Zab", "Dibis", "Kirkuk", "al-Turba", "Mawiyah", "al-Wazi'iyah", "al-Mokha", "Taiz",
    "Kadugli", "Dilling", "Abu Jubayhah", "South Kordofan"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team83-412", "team83-413", "team83-415"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team83-411": "Syrian opposition local news network",
               "team83-412": "north-east Syrian Kurdish-run TV channel's Arabic news website",
               "team83-413": "Iraqi satellite TV channel's news website",
               "team83-414": "Lebanese regional newspaper's website",
               "team83-415": "western Libyan local radio station's news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team83-411": [7, 11], "team83-414": [2, 3]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team83-411": ("قُتل سبعة مدنيين", "ارتفع إلى أحد عشر"), "team83-412": ("قُتلت امرأة وطفلاها",),
              "team83-413": ("جثتي شابين",), "team83-414": ("بمقتل اثنين", "ثلاثة قتلى"),
              "team83-415": ("مقتل عسكريين اثنين",)}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team83-413": "جثتي شابين"}

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
    "acronym in quotes": re.compile(r"«(?:قسد|يونيسف|يونامي|أونسميل)»"),
    "possessive actor": re.compile(r"عناصر الحماية|مقاتلي الفصائل|عناصر البوابة"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"استهدفت طائرة حربية، [^.]{0,30}قافلة|قاطع أعضاء «كتلة النخيل الوطنية»|قطع شبان من الحي"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"وقوى الأمن الداخلي «الأسايش» في القامشلي اعتقلت"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ونائب رئيس مجلس المحافظة، الذي [^.]{60,}?، أعلن"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"وحمّل [^.]+، وطالب|اتهمت [^.]+، وطالبت|هاجمت [^.]+، واقتاد"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك (?:قرابة|بعد منتصف)"),
}

# theme (a): drone and air strikes
AIR_STRIKES = "team83-411"
# theme (b): a political crisis
CRISIS = "team83-413"
# theme (c): an attack on a checkpoint and captives
CAPTIVES = "team83-415"
AIR_WORDS = re.compile(r"غار|الطيران|طائر|المقاتلات|قافلة|هدنة|المجزرة")
CRISIS_WORDS = re.compile(r"المجلس|الكتلة|كتلة|المفوضية|الحكم|المبادرة|المعتص|مبنى|المحافظ")
CAPTIVE_WORDS = re.compile(r"الأسرى|العسكري|البوابة|بوابة|الموقوفين|المجموعة|المهاجمين")


def happened(g):
    return g["factuality"][0] in HAPPENED


def en_names(g, role):
    return " ".join((g.get(role) or {}).get("en", [])).lower()


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def air_theme(core, events, main, lines):
    market = bool(main and main.get("acled") == AIR and main.get("mode") == "aerial"
                  and "سوق" in para_text(lines, main))
    convoy = [g for g in has(core, "ASSAULT", lines, "قافلة") if g is not main and g.get("mode") == "aerial"
              and happened(g)]
    claim = has(core, "ASSAULT", lines, "الرستن", first="reported")
    denial = [g for g in events if re.search(r"نفت|نفى|نافياً", para_text(lines, g))]
    inquiry = has(core, "REQUEST", lines, "تحقيق")
    condemned = len(has(core, "ACCUSE", lines, "."))
    truce = has(core, "REQUEST", lines, "هدنة")
    related = sum(g is main or bool(AIR_WORDS.search(para_text(lines, g))) for g in core)
    return bool(market and convoy and claim and denial and inquiry and condemned >= 2 and truce
                and related * 2 > len(core))


def crisis_theme(core, main, lines):
    boycott = [g for g in core if set(g["types"]) & {"PROTEST", "REJECT"} and "قاطع" in para_text(lines, g)]
    resigned = has(core, "CONCEDE", lines, "استقالت")
    office = [g for g in has(core, "PROTEST", lines, "مكتب المفوضية") if happened(g)]
    ruling = has(core, "SANCTION", lines, "القضائية")
    troops = has(core, "MOBILIZE", lines, "حول مبنى")
    dialogue = has(core, "AGREE", lines, "للحوار")
    refused = has(core, "REJECT", lines, "المبادرة")
    related = sum(g is main or bool(CRISIS_WORDS.search(para_text(lines, g))) for g in core)
    return bool(boycott and resigned and office and ruling and troops and dialogue and refused
                and related * 2 > len(core))


def captives_theme(core, main, lines):
    stormed = bool(main and main.get("acled") == CLASH and "بوابة" in para_text(lines, main))
    captured = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "abduct" and happened(g)
                and "soldiers" in en_names(g, "recipient")]
    video = [g for g in core if main_type(g) in ("REQUEST", "THREATEN") and "فيديو" in para_text(lines, g)]
    elders = [g for g in has(core, "CONSULT", lines, "أعيان") if g.get("mode") == "third-party"]
    exchange = has(core, "COOPERATE", lines, "تبادل")
    released = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release" and happened(g)
                and "soldiers" in en_names(g, "recipient")]
    retaliation = has(core, "THREATEN", lines, "المهاجمين")
    related = sum(g is main or bool(CAPTIVE_WORDS.search(para_text(lines, g))) for g in core)
    return bool(stormed and captured and video and elders and exchange and released and retaliation
                and related * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"drone and air strikes": [], "a political crisis": [],
              "an attack on a checkpoint and captives": []}
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
                                         used_file_words=USED_FILE_WORDS, used_label="sets 79-81",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == AIR_STRIKES and air_theme(core, d["events"], main, lines):
            themes["drone and air strikes"].append(did)
        if did == CRISIS and crisis_theme(core, main, lines):
            themes["a political crisis"].append(did)
        if did == CAPTIVES and captives_theme(core, main, lines):
            themes["an attack on a checkpoint and captives"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "LB", "LY"},
         "the countries are not Syria (twice), Iraq, Lebanon and Libya"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team83", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
