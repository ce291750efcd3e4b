#!/usr/bin/env python3
"""Check team87.gold.json (the eighty-seventh team set, team87-431 ... team87-435) against the article files,
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
- the regions: two Syrian articles in two different governorates (Raqqa: al-Tabqa, Tal Abyad, al-Karama,
  Maadan; Latakia: Jableh, al-Haffah, Kessab, Rabia), one Iraqi in Kirkuk (al-Hawija, Dibis, Daquq,
  al-Riyadh), one Palestinian in the northern West Bank (Jenin, Nablus, Tubas, Tammun) and one Egyptian in
  Upper Egypt (Minya, Assiut, Sohag, Mallawi), each main event in one of its region's towns; years 2012–2025,
  none that the first paragraphs of the READMEs of sets 83, 84 and 85 name (which leaves 2012, 2013, 2014
  and 2016), and no governorate they name; no accepted place name among the places those paragraphs name, no
  word of set 85's file names in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs; 434's toll comes only after the
  main event's first paragraph, and 431's toll rises over the day in one source's figures (the gold keeps
  the last one);
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about a bombing in a market and what followed (a car bomb in a
  crowded market, a toll rising over the day, blood donations called for, suspects arrested, a claim denied
  by one group and made by another, a minister visiting the wounded); (b) one mostly about a dispute over
  land (farmers protesting a confiscation, a road cut, a clash with guards, detainees, a court ruling, a
  committee formed); (c) one mostly about an armed group taking over a local council (gunmen storming it,
  officials expelled, a sit-in of residents, negotiations through elders, a withdrawal agreed and then a
  partial withdrawal).

    python3 benchmarks/data/articles87/check_gold.py [--no-score]
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
    RIOT,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team87.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis): any event a system reports there
# must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team87-431": [8, 14], "team87-432": [8, 15], "team87-433": [6, 15],
                  "team87-434": [9, 16], "team87-435": [8, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team87-431": ("IQ", "Kirkuk", "Daquq", "داقوق"),
          "team87-432": ("SY", "Latakia", "Rabia", "ربيعة"),
          "team87-433": ("SY", "Raqqa", "Tal Abyad", "تل أبيض"),
          "team87-434": ("PS", "northern West Bank", "Jenin", "جنين"),
          "team87-435": ("EG", "Upper Egypt", "Mallawi", "ملوي")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Raqqa"): {"al-Tabqa", "Tal Abyad", "al-Karama", "Maadan"},
        ("SY", "Latakia"): {"Jableh", "al-Haffah", "Kessab", "Rabia"},
        ("IQ", "Kirkuk"): {"al-Hawija", "Dibis", "Daquq", "al-Riyadh"},
        ("PS", "northern West Bank"): {"Jenin", "Nablus", "Tubas", "Tammun"},
        ("EG", "Upper Egypt"): {"Minya", "Assiut", "Sohag", "Mallawi"}}
# the governorates and years that the first paragraphs of the READMEs of sets 83, 84 and 85 name
USED_GOVS = {"Homs", "Hasakah", "Basra", "Baalbek-Hermel", "western Libya", "Idlib", "Daraa", "Anbar",
             "North Sinai", "Aden", "Lahij", "Rif Dimashq", "al-Suwayda", "Salahuddin", "north Lebanon",
             "Darfur"}
USED_YEARS = {"2015", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
FREE_YEARS = {"2012", "2013", "2014", "2016"}
# every word of the file names of set 85 (the model set, whose listing the annotator read)
USED_FILE_WORDS = {"tall", "2025", "qudsaya", "zabadani", "shahba", "2019", "qrayya", "suwayda", "dour",
                   "2018", "samarra", "mutaibija", "minieh", "2020", "tripoli", "akkar", "geneina", "2017",
                   "kereinik", "darfur"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "تلبيسة", "الرستن", "ريف حمص الشمالي", "حمص", "تل تمر", "الدردارة", "رأس العين", "الحسكة", "القامشلي",
    "الزبير", "البصرة", "أم قصر", "أبو الخصيب", "بعلبك", "حي الشراونة", "الشراونة", "عرسال", "الهرمل",
    "البقاع", "الهيرة", "غريان", "الزنتان", "العزيزية", "الزاوية", "ليبيا",
    "أريحا", "جبل الزاوية", "أطمة", "باب الهوى", "إدلب", "طفس", "المزيريب", "درعا", "الرمادي", "البو فرج",
    "هيت", "الأنبار", "العريش", "رفح", "الشيخ زويد", "بئر العبد", "شمال سيناء", "المنصورة", "الشيخ عثمان",
    "كريتر", "عدن", "طور الباحة", "الحوطة", "لحج",
    "قدسيا", "التل", "الزبداني", "ريف دمشق", "شهبا", "الحي الشرقي من مدينة شهبا", "السويداء", "القريا",
    "سامراء", "الدور", "المعتصم", "العيث", "مطيبيجة", "تكريت", "بيجي", "صلاح الدين", "المنية", "طرابلس",
    "عكار", "ببنين", "حلبا", "الجنينة", "أم سدرة", "وادي كجا", "كرينك", "غرب دارفور", "دارفور",
    "Talbiseh", "al-Rastan", "Homs", "Tal Tamr", "al-Dardara", "Ras al-Ain", "al-Hasakah", "Hasakah",
    "Qamishli", "al-Zubair", "Basra", "Umm Qasr", "Abu al-Khasib", "Baalbek", "Arsal", "Hermel", "Bekaa",
    "al-Hira", "Gharyan", "Zintan", "al-Aziziya", "al-Zawiya", "Libya",
    "Ariha", "Jabal al-Zawiya", "Atmeh", "Bab al-Hawa", "Idlib", "Tafas", "al-Muzayrib", "Daraa", "Ramadi",
    "Albu Faraj", "Hit", "Anbar", "al-Arish", "Rafah", "Sheikh Zuweid", "Bir al-Abd", "North Sinai",
    "al-Mansoura", "Sheikh Othman", "Crater", "Aden", "Tor al-Baha", "al-Houta", "Lahij",
    "Qudsaya", "al-Tall", "al-Zabadani", "Rif Dimashq", "Shahba", "al-Suwayda", "al-Qrayya", "Samarra",
    "al-Dour", "al-Mutasim", "al-Eith", "Mutaibija", "Tikrit", "Baiji", "Salahuddin", "al-Minieh", "Tripoli",
    "Akkar", "Bebnine", "Halba", "El Geneina", "Umm Sidra", "Wadi Kaja", "Kereinik", "West Darfur", "Darfur"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team87-431", "team87-433", "team87-435"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team87-431": "Kirkuk local news agency's website",
               "team87-432": "Syrian Turkmen opposition news website",
               "team87-433": "Raqqa activists' news network",
               "team87-434": "Jenin local radio station's news website",
               "team87-435": "Egyptian private news portal"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team87-432": [7, 5], "team87-435": [1, 2]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team87-431": ("أربعة قتلى", "تسعة قتلى"),
              "team87-432": ("قُتل سبعة مدنيين", "مقتل خمسة مدنيين"),
              "team87-433": ("مقتل أحد الحراس وموظف",), "team87-434": ("استشهاد الشاب",),
              "team87-435": ("قُتل على إثره مزارع", "القتلى اثنان")}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team87-434": "استشهاد الشاب"}
# the article whose toll rises over the day in one source's figures: (the first figure, the last one, the
# words that say it rose); the gold keeps the last figure
RISING_TOLL = {"team87-431": (4, 9, "ارتفعت حصيلة")}

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
    "acronym in quotes": re.compile(r"«(?:سانا|داعش|وفا)»"),
    "possessive actor": re.compile(r"عناصر اللواء|مقاتلي الفصائل"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"وفرضت قيادة شرطة كركوك حظراً|وقطع مئات المزارعين، [^.]{0,20}، الطريق|وأغلقت معظم محال السوق"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"قوات الأمن، من جهتها، ألقت القبض"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"ووفد الوجهاء، الذي [^.]{60,}?، تنقّل|محافظ جنين، الذي [^.]{60,}?، حمّل"
        r"|لكن الشركة، التي [^.]{40,}?، أعلنت"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(
        r"وفرضت [^.]+، واعتقلت|واتهم الائتلاف [^.]+، وطالب|حمّل [^.]+، وطالب"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وذلك قرابة"),
}

# theme (a): a bombing in a market
BOMB = "team87-431"
# theme (b): a dispute over land
LAND = "team87-435"
# theme (c): an armed group taking over a local council
TAKEOVER = "team87-433"
BOMB_WORDS = re.compile(r"التفجير|الانفجار|مفخخة|السوق|الجرحى|الأسواق|الضحايا")
LAND_WORDS = re.compile(r"المزارع|الأراضي|الأرض|الشركة|الحكم|الاشتباكات|اللجنة|المحتجزين")
TAKEOVER_WORDS = re.compile(r"اللواء|المجلس|المبنى|المعتصم|الوجهاء|الاتفاق")


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
    car_bomb = bool(main and main.get("acled") == MINE and main.get("mode") == "explosives"
                    and "السيارة المفخخة" in main_text and "السوق" in main_text)
    rising = "ارتفعت حصيلة" in main_text
    claim = "تبنّت" in main_text
    blood = has(core, "REQUEST", lines, "التبرع بالدم")
    arrests = [g for g in has(core, "COERCE", lines, "يُشتبه") if g.get("mode") == "arrest" and happened(g)]
    denial = has(core, "REJECT", lines, "نفى")
    minister = [g for g in has(core, "CONSULT", lines, "وزير") if g.get("mode") == "visit"
                and "الجرحى" in para_text(lines, g)]
    return bool(car_bomb and rising and claim and blood and arrests and denial and minister
                and related(core, main, BOMB_WORDS, lines) * 2 > len(core))


def land_theme(core, main, lines):
    clash = bool(main and main.get("acled") == RIOT and "حراس" in para_text(lines, main)
                 and "المزارعين" in para_text(lines, main))
    road = [g for g in has(core, "PROTEST", lines, "الطريق") if g.get("mode") == "obstruct" and happened(g)]
    detainees = [g for g in has(core, "COERCE", lines, "القبض") if g.get("mode") == "arrest" and happened(g)]
    ruling = has(core, "SANCTION", lines, "محكمة")
    committee = has(core, "AGREE", lines, "لجنة")
    return bool(clash and road and detainees and ruling and committee
                and related(core, main, LAND_WORDS, lines) * 2 > len(core))


def takeover_theme(core, main, lines):
    storm = bool(main and main.get("acled") == CLASH and "اقتحموا" in para_text(lines, main)
                 and "المجلس" in para_text(lines, main))
    expelled = [g for g in has(core, "COERCE", lines, "يطردوا") if happened(g)]
    sit_in = [g for g in has(core, "PROTEST", lines, "اعتصام") if happened(g)]
    elders = [g for g in has(core, "CONSULT", lines, "الوجهاء") if g.get("mode") == "third-party"]
    agreed = has(core, "AGREE", lines, "بانسحاب")
    partial = [g for g in has(core, "RETREAT", lines, "بقوا") if g.get("mode") == "withdraw" and happened(g)]
    return bool(storm and expelled and sit_in and elders and agreed and partial
                and related(core, main, TAKEOVER_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a bombing in a market": [], "a dispute over land": [],
              "an armed group taking over a council": []}
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
            if did in RISING_TOLL:
                first, last, words = RISING_TOLL[did]
                if (did in TOLL_CONFLICT or main["fatalities"] != last or first >= last
                        or words not in main_text):
                    errs.append(f"{did}: a rising toll keeps the last figure of one source")
        else:
            errs.append(f"{did}: no main event")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS, used_label="sets 83-85",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == BOMB and bomb_theme(core, main, lines):
            themes["a bombing in a market"].append(did)
        if did == LAND and land_theme(core, main, lines):
            themes["a dispute over land"].append(did)
        if did == TAKEOVER and takeover_theme(core, main, lines):
            themes["an armed group taking over a council"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "PS", "EG"},
         "the countries are not Syria (twice), Iraq, Palestine and Egypt"),
        (set(years) <= FREE_YEARS, f"a year outside those left free: {sorted(years)}"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team87", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
