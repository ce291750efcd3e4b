#!/usr/bin/env python3
"""Check team89.gold.json (the eighty-ninth team set, team89-441 ... team89-445) against the article files,
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
- the regions: two Syrian articles in two different governorates (Homs's countryside: Talbiseh, al-Rastan,
  al-Qusayr, Tadmur; Hasakah: Qamishli, Ras al-Ain, al-Hol, Tal Tamr), one Iraqi in Babil (al-Hillah, Jurf
  al-Sakhar, al-Musayyib, al-Iskandariyah), one Tunisian in the west (Kasserine, Sidi Bouzid, Jendouba, Mount
  Chaambi) and one Yemeni in Hadramawt (al-Mukalla, Seiyun, al-Shihr, Tarim), each main event in one of its
  region's towns; years 2012–2025, none that the first paragraphs of the READMEs of sets 85, 86 and 87 name
  (which leaves 2015, 2021, 2022, 2023 and 2024), and no governorate they name; no accepted place name among
  the places those paragraphs name, no word of the file names of sets 85 and 87 in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs; 443's toll comes only after the
  main event's first paragraph;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  «نقلاً عن», a passive («قُتل»/«أُطلق»/«اعتُقل»), an acronym in quotes, a possessive actor
  («عناصر الـ…»/«مقاتلي …»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, and a time
  told after the act in its own clause;
- the three themes: (a) one article mostly about the assassination of a local official (a bomb under his
  car, a funeral, accusations traded, suspects arrested, a reward offered, a claim on social media doubted);
  (b) one mostly about a workers' strike that escalates (unpaid wages, a march to the governorate, a road
  blocked, security forces dispersing it, arrests, talks with a minister, a promise to pay); (c) one mostly
  about a border crossing and a smuggling route (the crossing closed, a clash with smugglers, goods seized,
  traders protesting, a reopening agreed with conditions).

    python3 benchmarks/data/articles89/check_gold.py [--no-score]
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

GOLD = "team89.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, a trader's words): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team89-441": [11, 15], "team89-442": [6, 15], "team89-443": [9, 16],
                  "team89-444": [8, 9, 15], "team89-445": [14, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team89-441": ("SY", "Homs", "al-Rastan", "الرستن"),
          "team89-442": ("SY", "Hasakah", "Tal Tamr", "تل تمر"),
          "team89-443": ("IQ", "Babil", "al-Hillah", "الحلة"),
          "team89-444": ("TN", "western Tunisia", "Kasserine", "القصرين"),
          "team89-445": ("YE", "Hadramawt", "Tarim", "تريم")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Homs"): {"Talbiseh", "al-Rastan", "al-Qusayr", "Tadmur"},
        ("SY", "Hasakah"): {"Qamishli", "Ras al-Ain", "al-Hol", "Tal Tamr"},
        ("IQ", "Babil"): {"al-Hillah", "Jurf al-Sakhar", "al-Musayyib", "al-Iskandariyah"},
        ("TN", "western Tunisia"): {"Kasserine", "Sidi Bouzid", "Jendouba", "Mount Chaambi"},
        ("YE", "Hadramawt"): {"al-Mukalla", "Seiyun", "al-Shihr", "Tarim"}}
# the governorates and years that the first paragraphs of the READMEs of sets 85, 86 and 87 name
USED_GOVS = {"Rif Dimashq", "al-Suwayda", "Salahuddin", "north Lebanon", "West Darfur", "Aleppo", "Quneitra",
             "Nineveh", "Taiz", "eastern Libya", "Kirkuk", "Latakia", "Raqqa", "northern West Bank",
             "Upper Egypt"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
FREE_YEARS = {"2015", "2021", "2022", "2023", "2024"}
# every word of the file names of sets 85 and 87 (whose listings the annotator saw)
USED_FILE_WORDS = {"tall", "2025", "qudsaya", "zabadani", "shahba", "2019", "qrayya", "suwayda", "dour",
                   "2018", "samarra", "mutaibija", "minieh", "2020", "tripoli", "akkar", "geneina", "2017",
                   "kereinik", "darfur", "daquq", "2012", "kirkuk", "riyadh", "rabia", "2014", "haffah",
                   "kinsabba", "tal", "abyad", "2013", "suluk", "tabqa", "jenin", "2016", "salem", "jalama",
                   "mallawi", "minya", "abnub"}
# the places those first paragraphs name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "قدسيا", "التل", "الزبداني", "ريف دمشق", "شهبا", "السويداء", "القريا", "سامراء", "الدور", "المعتصم",
    "العيث", "مطيبيجة", "تكريت", "بيجي", "صلاح الدين", "المنية", "طرابلس", "عكار", "ببنين", "حلبا",
    "الجنينة", "أم سدرة", "وادي كجا", "كرينك", "غرب دارفور", "دارفور", "بيروت", "الخرطوم",
    "أعزاز", "سجو", "تل رفعت", "حلب", "خان أرنبة", "مدينة البعث", "حضر", "القنيطرة", "تلعفر", "القيارة",
    "المحلبية", "حمام العليل", "الموصل", "نينوى", "سهل نينوى", "تعز", "الروضة", "تبة السلال", "ساحة الحرية",
    "الحوبان", "المخا", "التربة", "البيضاء", "درنة", "القبة", "أجدابيا", "بنغازي", "ليبيا",
    "داقوق", "كركوك", "الرياض", "ربيعة", "جبل التركمان", "الحفة", "النبي يونس", "كنسبا", "اللاذقية",
    "تل أبيض", "سلوك", "الطبقة", "الرقة", "جنين", "مخيم جنين", "الجلمة", "سالم", "الضفة الغربية", "ملوي",
    "المنيا", "أبنوب", "أسيوط", "الصعيد",
    "Qudsaya", "al-Tall", "al-Zabadani", "Rif Dimashq", "Shahba", "al-Suwayda", "Sweida", "al-Qrayya",
    "Samarra", "al-Dour", "al-Mutasim", "al-Eith", "Mutaibija", "Tikrit", "Baiji", "Salahuddin", "al-Minieh",
    "Tripoli", "Akkar", "Bebnine", "Halba", "El Geneina", "Umm Sidra", "Wadi Kaja", "Kereinik", "West Darfur",
    "Darfur", "Beirut", "Khartoum",
    "Azaz", "Sajo", "Tal Rifaat", "Aleppo", "Khan Arnabah", "al-Baath city", "Hader", "Quneitra", "Tal Afar",
    "al-Qayyarah", "al-Mahlabiya", "Hammam al-Alil", "Mosul", "Nineveh", "Nineveh Plains", "Taiz", "al-Rawda",
    "Tabbat al-Salal", "Freedom Square", "al-Hawban", "al-Mokha", "al-Turbah", "al-Bayda", "Derna",
    "al-Qubbah",
    "Ajdabiya", "Benghazi", "eastern Libya", "Libya",
    "Daquq", "Kirkuk", "al-Riyadh", "Rabia", "Jabal al-Turkman", "al-Haffah", "Nabi Younes", "Kinsabba",
    "Latakia", "Tal Abyad", "Suluk", "al-Tabqa", "Raqqa", "Jenin", "Jenin camp", "al-Jalama", "Salem",
    "West Bank", "Mallawi", "Minya", "Abnub", "Assiut", "Upper Egypt"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team89-441", "team89-443", "team89-445"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team89-441": "Syrian opposition news website",
               "team89-442": "Hasakah local news agency's website close to the Autonomous Administration",
               "team89-443": "Iraqi satellite TV channel's news website",
               "team89-444": "Tunisian regional private radio station's website",
               "team89-445": "Yemeni daily newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team89-442": [3, 4], "team89-444": [1, 2]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team89-441": ("قُتل رئيس مجلس مدينة الرستن",),
              "team89-442": ("قُتل فيه ثلاثة مدنيين", "أربعة قتلى من المدنيين"),
              "team89-443": ("وفاة العامل",),
              "team89-444": ("قُتل خلاله أحد المهربين", "سقوط قتيلين"),
              "team89-445": ("قُتل جنديان",)}
# the article whose toll comes only in a later paragraph than the main event's first one
LATE_TOLL = {"team89-443": "وفاة العامل"}

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
    "acronym in quotes": re.compile(r"«(?:سانا|قسد|وات|سبأ)»"),
    "possessive actor": re.compile(r"عناصر الأسايش|مقاتلي «قسد»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(
        r"وداهمت دورية من الأمن العسكري، [^.]{0,20}، منازل|فقطع العمال الطريق|وحجزت الوحدات العسكرية"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"والي القصرين استقبل"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ومحافظ حمص، الذي [^.]{60,}?، اتهم"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(
        r"وداهمت [^.]+، واعتقلت|نفت، [^.]+، واتهمت|ونفّذ عشرات التجار [^.]+، وأغلق"),
    # the time of the act in its own clause after it
    "time after the act": re.compile(r"، وكان ذلك قرابة"),
}

# theme (a): the assassination of a local official
ASSASSINATION = "team89-441"
# theme (b): a workers' strike that escalates
STRIKE = "team89-443"
# theme (c): a border crossing and a smuggling route
BORDER = "team89-444"
ASSASSINATION_WORDS = re.compile(r"الراحل|الاغتيال|رئيس المجلس|العملية|المنفذين|الفاعلين|الرستن")
STRIKE_WORDS = re.compile(r"العمال|المحتجين|الإضراب|الاعتصام|الرواتب|رواتب|الشركة")
BORDER_WORDS = re.compile(r"المعبر|المهربين|التهريب|التجار|الديوانة|الحدود|الحدودي")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def assassination_theme(core, main, lines):
    main_text = para_text(lines, main) if main else ""
    bomb = bool(main and main.get("acled") == MINE and main.get("mode") == "explosives"
                and "أسفل سيارته" in main_text and main.get("recipient"))
    funeral = "شُيّع" in main_text
    doubted_claim = "تلغرام" in main_text and "شككوا" in main_text
    accusations = [g for g in core if main_type(g) == "ACCUSE" and happened(g)]
    arrests = [g for g in has(core, "COERCE", lines, "يُشتبه") if g.get("mode") == "arrest" and happened(g)]
    reward = has(core, "REQUEST", lines, "مكافأة")
    return bool(bomb and funeral and doubted_claim and len(accusations) >= 2 and arrests and reward
                and related(core, main, ASSASSINATION_WORDS, lines) * 2 > len(core))


def strike_theme(core, main, lines):
    strike = [g for g in has(core, "PROTEST", lines, "رواتب") if g.get("mode") == "strike" and happened(g)]
    march = [g for g in has(core, "PROTEST", lines, "ديوان") if g.get("mode") == "demo" and happened(g)]
    road = [g for g in has(core, "PROTEST", lines, "الطريق") if g.get("mode") == "obstruct" and happened(g)]
    dispersal = bool(main and main.get("acled") == EXCESSIVE and "الرصاص الحي" in para_text(lines, main))
    arrests = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest" and happened(g)]
    minister = has(core, "CONSULT", lines, "وزير", first="asserted")
    promise = has(core, "AGREE", lines, "بصرف")
    return bool(strike and march and road and dispersal and arrests and minister and promise
                and related(core, main, STRIKE_WORDS, lines) * 2 > len(core))


def border_theme(core, main, lines):
    closed = [g for g in has(core, "COERCE", lines, "معبر") if g.get("mode") == "restrict" and happened(g)]
    clash = bool(main and main.get("acled") == CLASH and "المهربين" in para_text(lines, main))
    seized = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "confiscate" and happened(g)]
    traders = [g for g in has(core, "PROTEST", lines, "التجار") if happened(g)]
    reopening = has(core, "AGREE", lines, "فتح المعبر")
    conditions = any("بشروط" in para_text(lines, g) for g in reopening)
    return bool(closed and clash and seized and traders and reopening and conditions
                and related(core, main, BORDER_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"the assassination of a local official": [], "a workers' strike that escalates": [],
              "a border crossing and a smuggling route": []}
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
                                         used_file_words=USED_FILE_WORDS, used_label="sets 85-87",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == ASSASSINATION and assassination_theme(core, main, lines):
            themes["the assassination of a local official"].append(did)
        if did == STRIKE and strike_theme(core, main, lines):
            themes["a workers' strike that escalates"].append(did)
        if did == BORDER and border_theme(core, main, lines):
            themes["a border crossing and a smuggling route"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "TN", "YE"},
         "the countries are not Syria (twice), Iraq, Tunisia and Yemen"),
        (set(years) <= FREE_YEARS, f"a year outside those left free: {sorted(years)}"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team89", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
