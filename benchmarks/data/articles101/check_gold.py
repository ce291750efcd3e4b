#!/usr/bin/env python3
"""Check team101.gold.json (the hundred-and-first team set, team101-501 ... team101-505) against the article
files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles in two different governorates (Raqqa: al-Mansoura, Raqqa, al-Tabqa,
  al-Karama, Ain Issa; Latakia: Salma, Kinsabba, Latakia, Rabia, Qardaha), one Iraqi in Salah al-Din
  (al-Shirqat, Samarra, Tikrit, al-Ishaqi, al-Alam), one Yemeni in Taiz (Taiz, al-Turbah) and one Egyptian in
  North Sinai (Sheikh Zuweid, Rafah, al-Arish, al-Joura, al-Mahdiya), each main event in one of its region's
  towns; no governorate or region that the first paragraphs of the READMEs of sets 97 and 98, the README of
  set 99 or the brief (for set 100) name, and no accepted place name among the places they name; no place word
  of the file names of sets 18 and 99 in a file name of this set;
- the years: 2012–2025, five different years at least ten years apart from first to last; each publication
  date falls on the weekday the article names;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«أُطلقت»), a possessive actor («مقاتلي فصائل المعارضة»/«مقاتلي
  الفصائل»/«أنصار الائتلاف»), a quoted acronym («قسد»/«سانا»/«يونامي»), verb-subject-object and
  subject-verb-object sentences, a long parenthesis between a subject and its verb, two events joined in one
  sentence with «و» and a second verb, a time told after the act in its own clause, and a story told again
  by the other side;
- the three themes: (a) one article mostly about landmines and the remnants of war (a mine that kills
  farmers, a joint survey of the fields, detectors handed over, a threat to scrap dealers, a rumoured blast in
  a school, no compensation paid); (b) one mostly about an election and its violence (a curfew on polling
  day, shells on a polling centre, an accusation of tampering with ballot boxes, the commission's rejection, a
  fine for breaching the electoral silence, ballot boxes burnt rumoured, a sit-in due); (c) one mostly about
  attacks on the press (a radio station raided and its equipment seized, a photojournalist shot dead, a
  journalists' vigil, the syndicate's accusation, an agreement on the equipment, the equipment not returned,
  a threat to close media outlets).

    python3 benchmarks/data/articles101/check_gold.py [--no-score]
"""
import calendar
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
    HAPPENED,
    MINE,
    SHELL,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team101.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team101-501": [9, 15], "team101-502": [7, 15], "team101-503": [8, 14],
                  "team101-504": [10, 15], "team101-505": [6, 12]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team101-501": ("SY", "Raqqa", "al-Mansoura", "مدينة الرقة"),
          "team101-502": ("SY", "Latakia", "Salma", "سلمى"),
          "team101-503": ("IQ", "Salah al-Din", "al-Shirqat", "صلاح الدين"),
          "team101-504": ("YE", "Taiz", "Taiz", "تعز"),
          "team101-505": ("EG", "North Sinai", "Sheikh Zuweid", "الشيخ زويد")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Raqqa"): {"al-Mansoura", "Raqqa", "al-Tabqa", "al-Karama", "Ain Issa"},
        ("SY", "Latakia"): {"Salma", "Kinsabba", "Latakia", "Rabia", "Qardaha"},
        ("IQ", "Salah al-Din"): {"al-Shirqat", "Samarra", "Tikrit", "al-Ishaqi", "al-Alam"},
        ("YE", "Taiz"): {"Taiz", "al-Turbah"},
        ("EG", "North Sinai"): {"Sheikh Zuweid", "Rafah", "al-Arish", "al-Joura", "al-Mahdiya"}}
# the governorates, regions and cities that the first paragraphs of the READMEs of sets 97 and 98 and the
# README of set 99 name (as settings, outlet bases or dateline cities), and the regions the brief keeps for
# set 100
USED_GOVS = {"Daraa", "Idlib", "Maysan", "Marib", "Nabatieh", "Jordan", "Doha", "Hasakah", "Rif Dimashq",
             "Babil", "Sirte", "Misrata", "South Kordofan", "Istanbul", "London", "Cairo", "Tartus",
             "Quneitra", "Diyala", "Zawiya", "North Lebanon", "Tripoli", "Baqubah", "New York", "Aleppo",
             "Homs", "Dhi Qar", "al-Bayda", "al-Jazirah"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 99
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "baniyas", "qadmus", "tartus",
                   "udhaim", "khalis", "baladruz", "zawiya", "harsha", "sabratha", "jubata", "khashab",
                   "khan", "arnabah", "tripoli", "tabbaneh", "jabal", "mohsen"}
# the places those paragraphs, set 99's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 97, first paragraph
    "تل شهاب", "زيزون", "المزيريب", "درعا", "طفس", "البارة", "جبل الزاوية", "أريحا", "المسطومة", "إدلب",
    "سراقب", "المجر الكبير", "العمارة", "الكحلاء", "الميمونة", "ميسان", "الجدعان", "مأرب", "صرواح", "حبوش",
    "النبطية", "الخيام", "كفركلا", "كفرشوبا", "جبشيت", "المطلة", "الدوحة", "الأردن",
    "Tal Shihab", "Zayzun", "al-Muzayrib", "Daraa", "Tafas", "al-Bara", "Jabal al-Zawiya", "Ariha",
    "al-Mastumah", "Idlib", "Saraqib", "al-Majar al-Kabir", "Amarah", "al-Kahla", "Maysan", "al-Jadaan",
    "Marib", "Sirwah", "Habboush", "Nabatieh", "al-Khiam", "Kfar Kila", "Kfarshouba", "Jibchit", "Metula",
    "Doha", "Jordan",
    # set 98, first paragraph (settings and outlet bases)
    "الحسكة", "غويران", "تل تمر", "الشدادي", "مضايا", "بقين", "الزبداني", "وادي بردى", "ريف دمشق",
    "الإسكندرية", "جرف الصخر", "المسيب", "الحلة", "بابل", "سرت", "مصراتة", "هراوة", "بن جواد", "أبو قرين",
    "كادقلي", "الدلنج", "هبيلا", "العباسية تقلي", "جنوب كردفان", "إسطنبول", "لندن", "القاهرة",
    "al-Hasakah", "Hasakah", "Ghwayran", "Tal Tamr", "al-Shaddadi", "Madaya", "Bqin", "al-Zabadani",
    "Wadi Barada", "Rif Dimashq", "al-Iskandariya", "Jurf al-Sakhar", "al-Musayyib", "Hilla", "Babil",
    "Sirte", "Misrata", "Harawa", "Bin Jawad", "Abu Grein", "Kadugli", "Dilling", "Habila",
    "al-Abbasiya Tagali", "South Kordofan", "Istanbul", "London", "Cairo",
    # set 99, README (its settings and its dateline cities)
    "بانياس", "القدموس", "المرقب", "طرطوس", "العظيم", "الخالص", "بلدروز", "بعقوبة", "ديالى", "الزاوية",
    "الحرشة", "صرمان", "صبراتة", "جباتا الخشب", "خان أرنبة", "بئر عجم", "الرفيد", "مدينة البعث", "القنيطرة",
    "القحطانية", "الجولان", "طرابلس", "باب التبانة", "جبل محسن", "شارع سوريا", "القبة", "الزاهرية",
    "شمالي لبنان", "نيويورك",
    "Baniyas", "al-Qadmus", "al-Marqab", "Tartus", "al-Udhaim", "al-Khalis", "Balad Ruz", "Baqubah", "Diyala",
    "al-Zawiya", "Zawiya", "al-Harsha", "Surman", "Sabratha", "Jubata al-Khashab", "Khan Arnabah", "Bir Ajam",
    "al-Rafid", "Baath City", "Quneitra", "al-Qahtaniyah", "Golan", "Tripoli", "Bab al-Tabbaneh",
    "Jabal Mohsen", "Syria Street", "al-Qubba", "al-Zahriyeh", "North Lebanon", "New York",
    # the regions the brief keeps for set 100
    "حلب", "الرستن", "تلبيسة", "الحولة", "ريف حمص الشمالي", "حمص", "ذي قار", "البيضاء", "الجزيرة",
    "Aleppo", "al-Rastan", "Talbiseh", "al-Houla", "Homs", "Dhi Qar", "al-Bayda", "al-Jazirah", "Gezira"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team101-502": "foreign capital", "team101-504": "town of the event",
            "team101-505": "provincial capital"}
# the city each dateline names
DATELINE_CITY = {"team101-502": "بيروت", "team101-504": "تعز", "team101-505": "العريش"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team101-501": "Raqqa civil-society monthly magazine's website",
               "team101-502": "Beirut-based Lebanese daily newspaper's website",
               "team101-503": "Baghdad-based independent news agency's website",
               "team101-504": "Taiz online local news site",
               "team101-505": "Egyptian private satellite TV channel's news website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name it in the text
WEEKDAY = {"team101-501": ("Tuesday", "اليوم الثلاثاء"), "team101-502": ("Thursday", "اليوم الخميس"),
           "team101-503": ("Sunday", "اليوم الأحد"), "team101-504": ("Monday", "اليوم الإثنين"),
           "team101-505": ("Wednesday", "اليوم الأربعاء")}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team101-502": [6, 9], "team101-505": [4, 6]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team101-501": ("ثلاثة مزارعين", "فقُتلوا جميعاً"),
              "team101-502": ("قُتل ستة مدنيين", "ارتفعت إلى تسعة"),
              "team101-503": ("فقُتل اثنان منهم",),
              "team101-504": ("فارق المصوّر الحياة",),
              "team101-505": ("استشهد أربعة مجندين", "جثامين ستة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "YE", "EG"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|أُطلقت"),
    "possessive actor": re.compile(r"مقاتلي فصائل المعارضة|مقاتلي الفصائل|أنصار الائتلاف"),
    "quoted acronym": re.compile(r"«قسد»|«سانا»|«يونامي»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"انفجر لغم أرضي|سقطت ثلاث قذائف هاون|أطلق مسلحان|استشهد أربعة مجندين"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"والجيش السوري، [^.]+، استقدم|"
                                      r"ومدير مكتب المفوضية في المحافظة، [^.]+، رفض"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"والجيش السوري، الذي [^.]{60,}?، استقدم|ومدير مكتب المفوضية في المحافظة، الذي [^.]{60,}?، رفض"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"ودفعت القوات المسلحة[^.]+، وأغلقت|والتقى محافظ تعز[^.]+، واتفق"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد جرى ذلك عند|وحصل ذلك قرابة|وكانت الساعة حينها تقارب"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:قال|نقلت|رأى|تبنّى)"),
}

# theme (a): landmines and the remnants of war
MINES = "team101-501"
# theme (b): an election and its violence
ELECTION = "team101-503"
# theme (c): attacks on the press
PRESS = "team101-504"
MINE_WORDS = re.compile(r"لغم|ألغام|الألغام|ملغوم|الهندسة|مخلفات|عبوات|المزارع|الحقول|انفجار|الانفجار")
ELECTION_WORDS = re.compile(r"انتخاب|اقتراع|الناخب|المفوضية|المفوضين|صناديق|الصناديق|الفرز|مرشح|التصويت|"
                            r"الائتلاف")
PRESS_WORDS = re.compile(r"صحفي|الصحفيين|مصوّر|إذاعة|الإذاعة|النقابة|الإعلام|منبر|كاميرا|مدوّن")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def mines_theme(core, main, lines):
    blast = bool(main and main.get("acled") == MINE and "لغم" in para_text(lines, main))
    survey = [g for g in has(core, "COOPERATE", lines, "الألغام") if happened(g)]
    detectors = [g for g in has(core, "AID", lines, "كشف") if happened(g)]
    threat = has(core, "THREATEN", lines, "مخلفات الحرب")
    rumoured = has(core, "ASSAULT", lines, "مدرسة", first="rumored")
    unpaid = has(core, "AID", lines, "تعويض", first="negated")
    return bool(blast and survey and detectors and threat and rumoured and unpaid
                and related(core, main, MINE_WORDS, lines) * 2 > len(core))


def election_theme(core, main, lines):
    curfew = [g for g in has(core, "COERCE", lines, "الاقتراع") if g.get("mode") == "curfew" and happened(g)]
    shells = bool(main and main.get("acled") == SHELL and "مركز اقتراع" in para_text(lines, main))
    tampering = has(core, "ACCUSE", lines, "صناديق")
    rejected = has(core, "REJECT", lines, "الاتهامات")
    fined = [g for g in has(core, "SANCTION", lines, "الصمت الانتخابي") if happened(g)]
    burnt = has(core, "ASSAULT", lines, "صناديق اقتراع", first="rumored")
    sit_in = has(core, "PROTEST", lines, "الفرز", first="planned")
    return bool(curfew and shells and tampering and rejected and fined and burnt and sit_in
                and related(core, main, ELECTION_WORDS, lines) * 2 > len(core))


def press_theme(core, main, lines):
    raid = [g for g in has(core, "COERCE", lines, "الإذاعة") if g.get("mode") == "confiscate" and happened(g)]
    killed = bool(main and main.get("acled") == ATTACK and "مصوّر صحفي" in para_text(lines, main))
    vigil = [g for g in has(core, "PROTEST", lines, "الصحفيين") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "نقابة الصحفيين")
    agreed = [g for g in has(core, "AGREE", lines, "معدات الإذاعة") if happened(g)]
    kept = has(core, "RETREAT", lines, "معدات", first="negated")
    threat = has(core, "THREATEN", lines, "منبر")
    return bool(raid and killed and vigil and blamed and agreed and kept and threat
                and related(core, main, PRESS_WORDS, lines) * 2 > len(core))


def weekday_errors(did, d, lines):
    """The publication date falls on the weekday the plan gives, and the text names it as the plan says."""
    errs = []
    y, m, day = (int(x) for x in d["published"].split("-"))
    want_en, words = WEEKDAY[did]
    if calendar.day_name[calendar.weekday(y, m, day)] != want_en:
        errs.append(f"{did}: {d['published']} is not a {want_en}")
    if words not in "\n".join(lines):
        errs.append(f"{did}: the text does not name the day as «{words}»")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"landmines and the remnants of war": [], "an election and its violence": [],
              "attacks on the press": []}
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
        errs += weekday_errors(did, d, lines)
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS,
                                         used_label="sets 97-99 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == MINES and mines_theme(core, main, lines):
            themes["landmines and the remnants of war"].append(did)
        if did == ELECTION and election_theme(core, main, lines):
            themes["an election and its violence"].append(did)
        if did == PRESS and press_theme(core, main, lines):
            themes["attacks on the press"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Iraq, Yemen and Egypt"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team101", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
