#!/usr/bin/env python3
"""Check team103.gold.json (the hundred-and-third team set, team103-511 ... team103-515) against the article
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
- the regions: two Syrian articles in two different governorates (Hama: Kafr Zita, al-Latamneh, Kafr
  Nabudah; Deir ez-Zor: Dhiban, al-Shuhail, al-Busayrah, al-Tayyana), one Iraqi in Kirkuk (al-Rashad,
  al-Hawija, Daquq, Kirkuk), one Libyan in Bani Walid (Bani Walid, al-Shwayrif) and one Sudanese in North
  Darfur (Shangil Tobaya, Tawila, Kutum, Kabkabiya, Mellit), each main event in one of its region's towns; no
  governorate, region or city that the first paragraphs of the READMEs of sets 99 and 100, the README of set
  101 or the brief (for set 102) name, neither as a setting nor as an outlet's base, and no accepted place
  name among the places they name; no place word of the file names of sets 18 and 101 in a file name of this
  set;
- the years: 2012–2025, five different years at least ten years apart from first to last; each publication
  date falls on the weekday the plan gives, and the day before it on the weekday the text names for «أمس»;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«اعتُقل»), a possessive actor («مقاتلي مجلس دير الزور
  العسكري»/«مقاتليه»), a quoted acronym («قسد»/«سانا»/«واع»/«سونا»), verb-subject-object and
  subject-verb-object sentences, a long parenthesis between a subject and its verb, two events joined in one
  sentence with «و» and a second verb, a time told after the act in its own clause, a story told again by the
  other side, a later definite back-reference and a purpose clause;
- the three themes: (a) one article mostly about bread and bakeries (a protest at a stopped bakery, shells on
  a bread queue, flour traders arrested, flour delivered, a threat to the bakers, a flour convoy due, a wheat
  shipment not sent); (b) one mostly about migrants and their traffickers (a raid on a traffickers'
  warehouse, migrants shot as they fled, aid to the freed migrants, an agreement on their return, a threat to
  farm owners, an informer's abduction rumoured, no arrest of the gunmen, checkpoints due); (c) one mostly
  about attacks on humanitarian aid (a relief convoy attacked, a demand for a safe corridor, medicines seized,
  medicines delivered, a threat to aid organisations, a crossing kept shut to convoys, a meeting on the
  convoys due).

    python3 benchmarks/data/articles103/check_gold.py [--no-score]
"""
import calendar
import datetime
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
    SHELL,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team103.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team103-511": [9, 15], "team103-512": [9, 15], "team103-513": [7, 16],
                  "team103-514": [9, 15], "team103-515": [9, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team103-511": ("SY", "Hama", "Kafr Zita", "كفرزيتا"),
          "team103-512": ("SY", "Deir ez-Zor", "Dhiban", "الشحيل"),
          "team103-513": ("IQ", "Kirkuk", "al-Rashad", "الرشاد"),
          "team103-514": ("LY", "Bani Walid", "Bani Walid", "بني وليد"),
          "team103-515": ("SD", "North Darfur", "Shangil Tobaya", "شنقل طوباية")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Hama"): {"Kafr Zita", "al-Latamneh", "Kafr Nabudah"},
        ("SY", "Deir ez-Zor"): {"Dhiban", "al-Shuhail", "al-Busayrah", "al-Tayyana"},
        ("IQ", "Kirkuk"): {"al-Rashad", "al-Hawija", "Daquq", "Kirkuk"},
        ("LY", "Bani Walid"): {"Bani Walid", "al-Shwayrif"},
        ("SD", "North Darfur"): {"Shangil Tobaya", "Tawila", "Kutum", "Kabkabiya", "Mellit"}}
# the governorates, regions and cities that the first paragraphs of the READMEs of sets 99 and 100 and the
# README of set 101 name (as settings, outlet bases or dateline cities), and the regions the brief keeps for
# set 102
USED_GOVS = {"Tartus", "Diyala", "Zawiya", "al-Zawiya", "Quneitra", "Golan", "North Lebanon", "Tripoli",
             "London", "Aleppo", "Homs", "Dhi Qar", "al-Bayda", "Abyan", "al-Jazirah", "Ankara", "Baghdad",
             "Aden", "Raqqa", "Latakia", "Salah al-Din", "Taiz", "North Sinai", "Beirut", "Ismailia", "Doha",
             "Istanbul", "Cairo", "Afrin", "al-Suwayda", "Basra", "South Lebanon", "Tyre", "Bint Jbeil",
             "Marjayoun"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team103-511": "Gaziantep", "team103-512": "Deir ez-Zor", "team103-513": "Erbil",
               "team103-514": "Bani Walid", "team103-515": "the Gulf"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 101
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "raqqa", "mansoura", "mashlab",
                   "latakia", "salma", "kinsabba", "salahuddin", "shirqat", "samarra", "taiz", "usayfira",
                   "turbah", "north", "sinai", "sheikh", "zuweid", "arish"}
# the places those paragraphs, set 101's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 99, first paragraph (settings and the dateline and outlet cities)
    "بانياس", "القدموس", "المرقب", "طرطوس", "العظيم", "الخالص", "بلدروز", "بعقوبة", "ديالى", "الزاوية",
    "الحرشة", "صرمان", "صبراتة", "جباتا الخشب", "خان أرنبة", "بئر عجم", "الرفيد", "مدينة البعث", "القنيطرة",
    "القحطانية", "الجولان", "طرابلس", "باب التبانة", "جبل محسن", "شارع سوريا", "دار الفتوى", "القبة",
    "الزاهرية", "شمالي لبنان", "لندن",
    "Baniyas", "al-Qadmus", "al-Marqab", "Tartus", "al-Udhaim", "al-Khalis", "Balad Ruz", "Baqubah", "Diyala",
    "al-Zawiya", "Zawiya", "al-Harsha", "Surman", "Sabratha", "Jubata al-Khashab", "Khan Arnabah", "Bir Ajam",
    "al-Rafid", "Baath City", "Quneitra", "al-Qahtaniyah", "Golan", "Tripoli", "Bab al-Tabbaneh",
    "Jabal Mohsen", "Syria Street", "Dar al-Fatwa", "al-Qubba", "al-Zahriyeh", "North Lebanon", "London",
    # set 100, first paragraph
    "السكري", "الراموسة", "بستان القصر", "الكلاسة", "الحمدانية", "الشعار", "حلب", "الرستن", "تلبيسة",
    "الدار الكبيرة", "تير معلة", "الحولة", "الزهراء", "حمص", "الناصرية", "الشطرة", "الرفاعي", "سوق الشيوخ",
    "ذي قار", "مكيراس", "رداع", "الصومعة", "الزاهر", "البيضاء", "لودر", "أبين", "رفاعة", "تمبول",
    "الحصاحيصا", "الجزيرة", "أنقرة", "بغداد", "عدن",
    "al-Sukkari", "al-Ramouseh", "Bustan al-Qasr", "al-Kallaseh", "al-Hamdaniya", "al-Shaar", "Aleppo",
    "al-Rastan", "Talbiseh", "al-Dar al-Kabira", "Teir Maalla", "al-Houla", "al-Zahraa", "Homs",
    "al-Nasiriyah", "al-Shatra", "al-Rifai", "Suq al-Shuyukh", "Dhi Qar", "Mukayras", "Rada'a",
    "al-Sawma'ah", "al-Zahir", "al-Bayda", "Lawdar", "Abyan", "Rufaa", "Tamboul", "al-Hasaheisa",
    "al-Jazirah", "Gezira", "Ankara", "Baghdad", "Aden",
    # set 101, README (its settings, its dateline cities and outlet bases, and the places it keeps out)
    "المشلب", "المنصورة", "الرقة", "الطبقة", "الرميلة", "عين عيسى", "الكرامة", "سلمى", "جبل الأكراد",
    "كنسبا", "الزراعة", "اللاذقية", "ربيعة", "جبل التركمان", "القرداحة", "الشرقاط", "سامراء", "تكريت",
    "الإسحاقي", "العلم", "صلاح الدين", "شارع جمال", "عصيفرة", "الجمهوري", "تعز", "التربة", "الضباب",
    "الشيخ زويد", "رفح", "العريش", "الجورة", "المهدية", "المساعيد", "الإسماعيلية", "شمال سيناء", "بيروت",
    "الدوحة", "إسطنبول", "القاهرة",
    "al-Mashlab", "al-Mansoura", "Raqqa", "al-Tabqa", "al-Rumaila", "Ain Issa", "al-Karama", "Salma",
    "Jabal al-Akrad", "Kinsabba", "al-Ziraa", "Latakia", "Rabia", "Jabal al-Turkman", "Qardaha", "al-Shirqat",
    "Samarra", "Tikrit", "al-Ishaqi", "al-Alam", "Salah al-Din", "Jamal Street", "Usayfira", "al-Jumhuri",
    "Taiz", "al-Turbah", "al-Dhabab", "Sheikh Zuweid", "Rafah", "al-Arish", "al-Joura", "al-Mahdiya",
    "al-Masaeed", "Ismailia", "North Sinai", "Beirut", "Doha", "Istanbul", "Cairo",
    # the regions the brief keeps for set 102
    "عفرين", "ريف حلب الشمالي", "السويداء", "البصرة", "صور", "بنت جبيل", "مرجعيون", "جنوب لبنان",
    "Afrin", "al-Suwayda", "Suwayda", "Basra", "Tyre", "Bint Jbeil", "Marjayoun", "South Lebanon"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team103-513": "provincial capital", "team103-514": "town of the event",
            "team103-515": "foreign capital"}
# the city each dateline names
DATELINE_CITY = {"team103-513": "كركوك", "team103-514": "بني وليد", "team103-515": "نيروبي"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team103-511": "Gaziantep-based Syrian opposition news agency's website",
               "team103-512": "Deir ez-Zor citizen-journalist network's website",
               "team103-513": "Erbil-based Kurdish satellite channel's Arabic-language website",
               "team103-514": "Bani Walid community radio station's website",
               "team103-515": "Gulf-based pan-Arab daily newspaper's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team103-511": ("Tuesday", "أمس الإثنين"), "team103-512": ("Wednesday", "أمس الثلاثاء"),
           "team103-513": ("Tuesday", "أمس الإثنين"), "team103-514": ("Sunday", "أمس السبت"),
           "team103-515": ("Thursday", "أمس الأربعاء")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team103-512": [4, 6], "team103-515": [3, 5]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team103-511": ("فقُتل خمسة مدنيين",),
              "team103-512": ("فقُتل أربعة مدنيين", "بلغت ستة قتلى"),
              "team103-513": ("قُتل ثلاثة جنود",),
              "team103-514": ("فقُتل أربعة منهم",),
              "team103-515": ("قُتل ثلاثة سائقين", "بلغ خمسة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "LY", "SD"}

SUBJECTS = r"والمجلس المحلي لبلدة كفرزيتا|وقائد عمليات كركوك|ومدير أمن بني وليد|والإدارة المدنية في طويلة"
SUBJECT_VERBS = r"اتهم|هدّد|توعّد|اتهمت"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل"),
    "possessive actor": re.compile(r"مقاتلي مجلس دير الزور العسكري|مقاتليه"),
    "quoted acronym": re.compile(r"«قسد»|«سانا»|«واع»|«سونا»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"سقطت قذيفتا مدفعية|انفجرت دراجة نارية مفخخة|أطلق حراس مخزن|"
                                      r"قُتل ثلاثة جنود|قُتل ثلاثة سائقين"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"واعتقلت عناصر[^.]+، وصادرت|اتهمت طرفي الحرب[^.]+، وطالبت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد حصل ذلك قرابة|وقد وقع الانفجار قبيل|وقد وقع ذلك بعد منتصف"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|نسب|زعم|قال)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"بإدانة المجزرة|هجوم الرشاد|حادثة إطلاق النار|الهجوم على القافلة"),
    # a purpose clause
    "purpose clause": re.compile(r"أملاً بالحصول على|في إطار حملة تهدف إلى"),
}

# theme (a): bread and bakeries
BREAD = "team103-511"
# theme (b): migrants and their traffickers
MIGRANTS = "team103-514"
# theme (c): attacks on humanitarian aid
AID = "team103-515"
BREAD_WORDS = re.compile(r"خبز|فرن|أفران|طحين|القمح|مطحنة|طابور|الطوابير")
MIGRANT_WORDS = re.compile(r"مهاجر|المهاجرين|مهربو|مهربون|للمهربين|مخزن|المخزن|الاتجار|للهجرة")
AID_WORDS = re.compile(r"إغاثة|الإغاثة|قافلة|القافلة|القوافل|شاحنات|شاحنتين|أدوية|الحصص|المنظمات")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def bread_theme(core, main, lines):
    protest = [g for g in has(core, "PROTEST", lines, "الفرن") if happened(g)]
    shelled = bool(main and main.get("acled") == SHELL and "طابور" in para_text(lines, main))
    arrests = [g for g in has(core, "COERCE", lines, "الطحين") if g.get("mode") == "arrest" and happened(g)]
    delivered = [g for g in has(core, "AID", lines, "الطحين") if happened(g)]
    threat = has(core, "THREATEN", lines, "الأفران")
    convoy = has(core, "AID", lines, "الطحين", first="planned")
    withheld = has(core, "AID", lines, "القمح", first="negated")
    return bool(protest and shelled and arrests and delivered and threat and convoy and withheld
                and related(core, main, BREAD_WORDS, lines) * 2 > len(core))


def migrants_theme(core, main, lines):
    raid = [g for g in has(core, "COERCE", lines, "مخزن") if g.get("mode") == "arrest" and happened(g)]
    shot = bool(main and main.get("acled") == ATTACK and "المهاجرين" in para_text(lines, main))
    fed = [g for g in has(core, "AID", lines, "المهاجرين") if happened(g)]
    agreed = [g for g in has(core, "AGREE", lines, "العودة") if happened(g)]
    threat = has(core, "THREATEN", lines, "المزارع")
    rumoured = has(core, "ASSAULT", lines, "المخزن", first="rumored")
    unarrested = has(core, "COERCE", lines, "مطلقي النار", first="negated")
    checkpoints = has(core, "MOBILIZE", lines, "نقاط تفتيش", first="planned")
    return bool(raid and shot and fed and agreed and threat and rumoured and unarrested and checkpoints
                and related(core, main, MIGRANT_WORDS, lines) * 2 > len(core))


def aid_theme(core, main, lines):
    convoy = bool(main and main.get("acled") == ATTACK and "قافلة" in para_text(lines, main))
    corridor = has(core, "REQUEST", lines, "ممر آمن")
    seized = [g for g in has(core, "COERCE", lines, "أدوية") if g.get("mode") == "confiscate" and happened(g)]
    delivered = [g for g in has(core, "AID", lines, "أدوية") if happened(g)]
    threat = has(core, "THREATEN", lines, "شاحناتها")
    shut = has(core, "RETREAT", lines, "قوافل الإغاثة", first="negated")
    meeting = has(core, "CONSULT", lines, "القوافل", first="planned")
    return bool(convoy and corridor and seized and delivered and threat and shut and meeting
                and related(core, main, AID_WORDS, lines) * 2 > len(core))


def weekday_errors(did, d, lines):
    """The publication date falls on the weekday the plan gives, and the day before it on the weekday the text
    names for «أمس»."""
    errs = []
    y, m, day = (int(x) for x in d["published"].split("-"))
    want_en, words = WEEKDAY[did]
    if calendar.day_name[calendar.weekday(y, m, day)] != want_en:
        errs.append(f"{did}: {d['published']} is not a {want_en}")
    if words not in "\n".join(lines):
        errs.append(f"{did}: the text does not name the day before as «{words}»")
    eve = datetime.date(y, m, day) - datetime.timedelta(days=1)
    if calendar.day_name[eve.weekday()] != AR_DAYS[words.split()[-1]]:
        errs.append(f"{did}: {eve} is not a {AR_DAYS[words.split()[-1]]}")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"bread and bakeries": [], "migrants and their traffickers": [],
              "attacks on humanitarian aid": []}
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
        if len(lines) != 18:
            errs.append(f"{did}: {len(lines) - 1} paragraphs after the headline (the plan wants 17)")
        if did in DATELINE and not lines[1].startswith(DATELINE_CITY[did] + " – "):
            errs.append(f"{did}: the dateline does not name {DATELINE_CITY[did]}")
        if OUTLET_BASE[did] in USED_GOVS:
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 99-101 or the brief")
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
                                         used_label="sets 99-101 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == BREAD and bread_theme(core, main, lines):
            themes["bread and bakeries"].append(did)
        if did == MIGRANTS and migrants_theme(core, main, lines):
            themes["migrants and their traffickers"].append(did)
        if did == AID and aid_theme(core, main, lines):
            themes["attacks on humanitarian aid"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Iraq, Libya and Sudan"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team103", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
