#!/usr/bin/env python3
"""Check team109.gold.json (the hundred-and-ninth team set, team109-541 ... team109-545) against the article
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
  characters in each, five outlets of five different kinds, none based in a place the plan avoids;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital,
  the capital of the province, the town of the event); the two others have none and name their place in the
  first sentence instead;
- the regions: two Syrian articles in two different governorates (al-Raqqa: Raqqa, Heraqla, al-Sahlabiya,
  Tell al-Bi'a, al-Mansoura, al-Tabqa; Latakia: Latakia, Kabani, Jabal al-Akrad, al-Haffah, Jableh), one
  Iraqi in Babil (al-Hillah, al-Musayyib, Jurf al-Sakhar, al-Iskandariya, al-Mahawil), one Libyan in Zliten
  (Zliten, Kaam, Majer) and one Tunisian in Kasserine (Kasserine, Mount Semmama, Mount Chaambi, Sbeitla,
  Foussana), each main event in one of its region's towns; no governorate, region or city that the first
  paragraphs of the READMEs of sets 105 and 106, the README of set 107 or the brief (for set 108) name,
  neither as a setting nor as an outlet's base, and no accepted place name among the places they name; no
  place word of the file names of sets 18 and 107 in a file name of this set;
- the years: 2012–2025, five different years at least ten years apart from first to last; each publication
  date falls on the weekday the plan gives, and the day before it on the weekday the text names for «أمس»;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs; the no-event paragraphs are not at
  the same places in every article;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«اختُطف»/«زُرعت»/«أُخليت»), a possessive actor («مقاتلي «الدفاع
  الوطني»»/«مقاتلي «كتيبة عقبة بن نافع»»/«ذوي الحراس القتلى»/«خاطفو موظف»), a quoted acronym
  («يونسكو»/«قسد»/«سانا»/«داعش»), verb-subject-object and subject-verb-object sentences, a long parenthesis
  between a subject and its verb, two events joined in one sentence with «و» and a second verb, a time told
  after the act in its own clause, a story told again by the other side, a later definite back-reference
  and a purpose clause;
- the three themes: (a) one article mostly about antiquities and the guards of archaeological sites (mosaics
  seized at a checkpoint and their carriers arrested, an attack on the guards of a site, the blame on
  smuggling networks, a sit-in of the guards' kin, a threat over the attacks on the sites, a break-in at a
  museum rumoured, a restorers' visit that did not happen, antiques shops' licences withdrawn, a meeting on
  the sites' protection due, cameras given to the antiquities committee); (b) one mostly about the Arbaeen
  pilgrims and their roads (troops sent to the pilgrims' roads, a bomb by a pilgrims' service tent, the
  blame for the roads' security, arrests of suspects said to target the pilgrims, the processions' threat, a
  blast on the pilgrims' road rumoured, ambulances for the pilgrimage not delivered, a meeting with the
  processions and an agreement to close a road, field hospitals due on the pilgrims' roads, the shrine's
  praise of the processions); (c) one mostly about banks, cash and the liquidity crisis (depositors blocking
  a road, an attack on a cash-transport car, the bank workers' blame and demand, a higher withdrawal ceiling,
  the bank staff's threat to strike, the depositors' refusal of payment cards, a bank robbery rumoured, a
  kidnapped bank employee not released, escort patrols due, a cash-transport licence suspended).

    python3 benchmarks/data/articles109/check_gold.py [--no-score]
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
    ARREST,
    ATTACK,
    HAPPENED,
    MINE,
    PEACEFUL,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team109.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team109-541": [7, 15], "team109-542": [4, 8], "team109-543": [9, 15],
                  "team109-544": [7, 14], "team109-545": [7, 13]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team109-541": ("SY", "al-Raqqa", "Heraqla", "الرقة"),
          "team109-542": ("SY", "Latakia", "Latakia", "اللاذقية"),
          "team109-543": ("IQ", "Babil", "al-Musayyib", "المسيب"),
          "team109-544": ("LY", "Zliten", "Zliten", "زليتن"),
          "team109-545": ("TN", "Kasserine", "Mount Semmama", "جبل سمامة")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "al-Raqqa"): {"Raqqa", "Heraqla", "al-Sahlabiya", "Tell al-Bi'a", "al-Mansoura", "al-Tabqa"},
        ("SY", "Latakia"): {"Latakia", "Kabani", "Jabal al-Akrad", "al-Haffah", "Jableh"},
        ("IQ", "Babil"): {"al-Hillah", "al-Musayyib", "Jurf al-Sakhar", "al-Iskandariya", "al-Mahawil"},
        ("LY", "Zliten"): {"Zliten", "Kaam", "Majer"},
        ("TN", "Kasserine"): {"Kasserine", "Mount Semmama", "Mount Chaambi", "Sbeitla", "Foussana"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the
# first paragraphs of the READMEs of sets 105 and 106, by the README of set 107, and the regions the
# brief keeps for set 108
USED_GOVS = {
    # set 105, first paragraph
    "Daraa", "Idlib", "Nineveh", "Dohuk", "Sabha", "Fezzan", "South Kordofan", "Tunis", "Khartoum",
    # set 106, first paragraph
    "Hama", "al-Anbar", "Anbar", "Tripoli", "North Lebanon", "Marib", "Amman", "Istanbul", "Beirut",
    "al-Ramadi", "Ramadi",
    # set 107, README (its regions, outlet bases, dateline cities and the places it keeps out)
    "Rif Dimashq", "Eastern Ghouta", "al-Hasakah", "al-Dhale", "River Nile", "Derna", "Muscat", "Sanaa",
    "Benghazi", "ad-Damer", "Douma", "Damascus", "Berlin", "Riyadh", "New York", "London", "Ankara",
    "Baghdad", "Cairo", "Jeddah", "Qamishli", "Sidon", "Gaziantep", "Erbil", "Nairobi", "Mosul",
    # the regions the brief keeps for set 108
    "Deir ez-Zor", "Homs", "West Darfur", "North Sinai"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team109-541": "Raqqa", "team109-542": "Latakia", "team109-543": "al-Hillah",
               "team109-544": "Misrata", "team109-545": "Algiers"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 107
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "rif", "dimashq", "douma",
                   "misraba", "hasakah", "tal", "tamr", "dardara", "dhale", "qataba", "murays", "river",
                   "nile", "abu", "hamad", "ubaidiya", "derna", "shiha", "fatayeh"}
# the places those paragraphs, set 107's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 105, first paragraph
    "بصر الحرير", "اللجاة", "إزرع", "ناحتة", "المسيفرة", "الحراك", "درعا", "معرة النعمان", "كفرنبل", "حيش",
    "إدلب", "سراقب", "سنوني", "خانصور", "سنجار", "البعاج", "نينوى", "دهوك", "سبها", "أوباري", "براك الشاطئ",
    "فزان", "الدلنج", "هبيلا", "كادقلي", "جنوب كردفان", "تونس", "الخرطوم",
    "Busra al-Harir", "al-Lajat", "Izra", "Nahta", "al-Musayfira", "al-Hrak", "Daraa", "Maarat al-Numan",
    "Kafr Nabl", "Hish", "Idlib", "Saraqib", "Sinuni", "Khanasor", "Sinjar", "al-Baaj", "Nineveh", "Dohuk",
    "Sabha", "Ubari", "Brak al-Shati", "Fezzan", "Dilling", "Habila", "Kadugli", "South Kordofan", "Tunis",
    "Khartoum",
    # set 106, first paragraph
    "درعا البلد", "درعا المحطة", "طفس", "المزيريب", "اليادودة", "جاسم", "مورك", "اللطامنة", "لحايا", "الزكاة",
    "معركبة", "قلعة المضيق", "حماة", "حديثة", "الرطبة", "الرمادي", "هيت", "البغدادي", "كبيسة", "الأنبار",
    "باب التبانة", "جبل محسن", "القبة", "الميناء", "أبو سمرا", "الزاهرية", "طرابلس", "الكسارة", "صرواح",
    "مأرب", "مدغل", "رغوان", "الجوبة", "عمان", "عمّان", "إسطنبول", "بيروت",
    "Daraa al-Balad", "Daraa al-Mahatta", "Tafas", "al-Muzayrib", "al-Yadudah", "Jasim", "Morek", "Lahaya",
    "al-Zakah", "Maarkaba", "Qalaat al-Madiq", "Hama", "Haditha", "al-Rutba", "al-Ramadi", "Hit",
    "al-Baghdadi", "Kubaisa", "al-Anbar", "Bab al-Tabbaneh", "Jabal Mohsen", "al-Qubbah", "al-Mina",
    "Abu Samra", "al-Zahiriyah", "Tripoli", "al-Kassara", "Sirwah", "Marib", "Madghal", "Raghwan", "al-Jubah",
    "Amman", "Istanbul", "Beirut",
    # set 107, README
    "دوما", "الغوطة الشرقية", "مسرابا", "حرستا", "حمورية", "ريف دمشق", "مخيم الوافدين", "تل تمر", "الدردارة",
    "الدرباسية", "عامودا", "أبو راسين", "الحسكة", "رأس العين", "قعطبة", "مريس", "دمت", "الضالع", "مسقط",
    "صنعاء", "أبو حمد", "عطبرة", "العبيدية", "الدامر", "بربر", "نهر النيل", "الفتائح", "شيحا", "كرسة", "درنة",
    "مرتوبة", "عين مارة", "الرجمة", "بنغازي", "دمشق", "برلين", "الرياض", "نيويورك", "لندن", "أنقرة", "بغداد",
    "القاهرة", "جدة", "القامشلي", "صيدا", "غازي عنتاب", "أربيل", "نيروبي", "كفر زيتا",
    "Douma", "Eastern Ghouta", "Misraba", "Harasta", "Hamouriyah", "Rif Dimashq", "al-Wafideen", "Tal Tamr",
    "al-Dardara", "al-Darbasiyah", "Amuda", "Abu Rasin", "al-Hasakah", "Ras al-Ayn", "Qataba", "Murays",
    "Damt", "al-Dhale", "Muscat", "Sanaa", "Abu Hamad", "Atbara", "al-Ubaidiya", "ad-Damer", "Berber",
    "River Nile", "al-Fatayeh", "Shiha", "Karsa", "Derna", "Martuba", "Ain Marah", "al-Rajma", "Benghazi",
    "Damascus", "Berlin", "Riyadh", "New York", "London", "Ankara", "Baghdad", "Cairo", "Jeddah",
    "Qamishli", "Sidon", "Gaziantep", "Erbil", "Nairobi", "Kafr Zita", "al-Latamina",
    # the regions the brief keeps for set 108
    "هجين", "السوسة", "الشعفة", "البوكمال", "الرستن", "تلبيسة", "الحولة", "تلعفر", "تل عفر", "بعشيقة",
    "الجنينة", "غرب دارفور", "العريش", "الشيخ زويد", "رفح", "دير الزور", "حمص", "شمال سيناء",
    "Hajin", "al-Susah", "al-Shafah", "al-Bukamal", "Abu Kamal", "al-Rastan", "Talbiseh", "al-Houla",
    "Tal Afar", "Bashiqa", "El Geneina", "West Darfur", "al-Arish", "Sheikh Zuweid", "Rafah", "Deir ez-Zor",
    "Homs", "North Sinai"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team109-545": "foreign capital", "team109-543": "provincial capital",
            "team109-544": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team109-545": "الجزائر", "team109-543": "الحلة", "team109-544": "زليتن"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team109-541": "Raqqa activist news network's Telegram channel",
               "team109-542": "Latakia-based pro-government news website",
               "team109-543": "Hilla-based local satellite channel's website",
               "team109-544": "Misrata-based economic weekly newspaper's website",
               "team109-545": "Algiers-based Maghreb news agency's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team109-541": ("Tuesday", "أمس الإثنين"), "team109-542": ("Sunday", "أمس السبت"),
           "team109-543": ("Wednesday", "أمس الثلاثاء"), "team109-544": ("Thursday", "أمس الأربعاء"),
           "team109-545": ("Monday", "أمس الأحد")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team109-542": [3, 4], "team109-545": [2, 5]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team109-541": ("فقُتل ثلاثة من حراس الموقع",),
              "team109-542": ("استشهد ثلاثة مدنيين", "أودت بحياة أربعة"),
              "team109-543": ("فقُتل أربعة زائرين",),
              "team109-544": ("فقُتل حارسان وسائق السيارة",),
              "team109-545": ("قُتل عنصران", "قتلوا خمسة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "LY", "TN"}

SUBJECTS = (r"ومجلس الرقة المدني|ومحافظ اللاذقية|ومجلس محافظة بابل|ونقابة العاملين بالمصارف في زليتن|"
            r"والنقابة الوطنية لقوات الأمن الداخلي")
SUBJECT_VERBS = r"حمّل|اتهم|اتهمت"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اختُطف|زُرعت|أُخليت"),
    "possessive actor": re.compile(r"مقاتلي «الدفاع الوطني»|مقاتلي «كتيبة عقبة بن نافع»|ذوي الحراس القتلى|"
                                   r"خاطفو موظف"),
    "quoted acronym": re.compile(r"«يونسكو»|«قسد»|«سانا»|«داعش»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"هاجم مسلحون ملثمون|استشهد ثلاثة مدنيين|انفجرت عبوة ناسفة|"
                                      r"اعترض مسلحون ملثمون|قُتل عنصران"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"حمّل في بيان[^.]+، ودعا|اتهم في (?:بيان|تصريح)[^.]+، وطالب|"
                                           r"اتهمت في بيان[^.]+، وطالبت|واجتمع [^.]+، واتفق"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"ووقع ذلك قرابة|وحدث ذلك بُعيد|وجرى ذلك قرابة|ووقع ذلك قبيل"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نشرت|زعمت|تبنّى|قال|تبنّت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"من عملية الضبط|المسؤولية عن الهجوم|بتفجير المسيب|"
                                          r"من انفضاض الاحتجاج|من انتهاء الاجتماع"),
    # a purpose clause
    "purpose clause": re.compile(r"لبحث تشكيل لجان|لبحث تسوية|لإحياء زيارة الأربعين|لمرافقة سيارات|"
                                 r"لتعقّب المهاجمين"),
}

# theme (a): antiquities and the guards of archaeological sites
ANTIQUITIES = "team109-541"
# theme (b): the Arbaeen pilgrims and their roads
PILGRIMS = "team109-543"
# theme (c): banks, cash and the liquidity crisis
BANKS = "team109-544"
ANTIQUITIES_WORDS = re.compile(r"الأثري|الأثرية|الآثار|هرقلة|فسيفساء|متحف|التحف|الترميم|حراس")
PILGRIM_WORDS = re.compile(r"الزائرين|الزائرون|الزيارة|زائر|المواكب|موكب|الأربعين")
BANK_WORDS = re.compile(r"مصرف|المصارف|المصرف|السيولة|المودعين|الأموال|السحب")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def antiquities_theme(core, main, lines):
    attacked = bool(main and main.get("acled") == ATTACK and "الأثري" in para_text(lines, main))
    seized = [g for g in has(core, "COERCE", lines, "فسيفساء")
              if g.get("mode") == "confiscate" and happened(g)]
    arrested = [g for g in has(core, "COERCE", lines, "فسيفساء") if g.get("acled") == ARREST and happened(g)]
    blamed = has(core, "ACCUSE", lines, "تهريب الآثار")
    sit_in = [g for g in has(core, "PROTEST", lines, "الحراس") if g.get("acled") == PEACEFUL and happened(g)]
    threat = has(core, "THREATEN", lines, "المواقع الأثرية")
    rumoured = has(core, "COERCE", lines, "متحف", first="rumored")
    no_visit = has(core, "CONSULT", lines, "الترميم", first="negated")
    licences = [g for g in has(core, "SANCTION", lines, "التحف") if happened(g)]
    meeting = has(core, "CONSULT", lines, "المواقع الأثرية", first="planned")
    cameras = [g for g in has(core, "AID", lines, "كاميرات") if happened(g)]
    return bool(attacked and seized and arrested and blamed and sit_in and threat and rumoured and no_visit
                and licences and meeting and cameras
                and related(core, main, ANTIQUITIES_WORDS, lines) * 2 > len(core))


def pilgrims_theme(core, main, lines):
    bombed = bool(main and main.get("acled") == MINE and "الزائرين" in para_text(lines, main))
    troops = [g for g in has(core, "MOBILIZE", lines, "الزائرون") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الزائرين")
    arrests = [g for g in has(core, "COERCE", lines, "طرق الزائرين")
               if g.get("acled") == ARREST and happened(g)]
    threat = has(core, "THREATEN", lines, "المواكب")
    rumoured = has(core, "ASSAULT", lines, "الزائرين", first="rumored")
    ambulances = has(core, "AID", lines, "الزيارة", first="negated")
    meeting = [g for g in has(core, "CONSULT", lines, "المواكب") if happened(g)]
    agreed = [g for g in has(core, "AGREE", lines, "المواكب") if happened(g)]
    hospitals = has(core, "AID", lines, "طرق الزائرين", first="planned")
    praise = has(core, "SUPPORT", lines, "المواكب")
    return bool(bombed and troops and blamed and arrests and threat and rumoured and ambulances and meeting
                and agreed and hospitals and praise
                and related(core, main, PILGRIM_WORDS, lines) * 2 > len(core))


def banks_theme(core, main, lines):
    robbed = bool(main and main.get("acled") == ATTACK and "نقل الأموال" in para_text(lines, main))
    blocked = [g for g in has(core, "PROTEST", lines, "المودعين") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "المصارف")
    ceiling = [g for g in has(core, "CONCEDE", lines, "السحب") if happened(g)]
    threat = has(core, "THREATEN", lines, "المصارف")
    refused = has(core, "REJECT", lines, "المودعين")
    rumoured = has(core, "COERCE", lines, "مصرف", first="rumored")
    kidnapped = has(core, "RETREAT", lines, "مصرف", first="negated")
    escorts = has(core, "COOPERATE", lines, "نقل الأموال", first="planned")
    suspended = [g for g in has(core, "SANCTION", lines, "المصرف") if happened(g)]
    return bool(robbed and blocked and blamed and ceiling and threat and refused and rumoured and kidnapped
                and escorts and suspended
                and related(core, main, BANK_WORDS, lines) * 2 > len(core))


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
    themes = {"antiquities and the guards of archaeological sites": [],
              "the Arbaeen pilgrims and their roads": [], "banks, cash and the liquidity crisis": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 105-107 or the brief")
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
                                         used_label="sets 105-107 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == ANTIQUITIES and antiquities_theme(core, main, lines):
            themes["antiquities and the guards of archaeological sites"].append(did)
        if did == PILGRIMS and pilgrims_theme(core, main, lines):
            themes["the Arbaeen pilgrims and their roads"].append(did)
        if did == BANKS and banks_theme(core, main, lines):
            themes["banks, cash and the liquidity crisis"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Iraq, Libya and Tunisia"),
        (len(years) == len(docs), "two articles share a year"),
        (not years or int(max(years)) - int(min(years)) >= YEAR_SPREAD,
         f"the years are not spread out: {sorted(years)}"),
        (len(set(DATELINE.values())) == len(DATELINE), "two datelines of the same kind"),
        (len({tuple(v) for v in NO_EVENT_PARAS.values()}) > 1,
         "the no-event paragraphs are at the same places in every article"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=set(DATELINE), lead_first=lead_first, themes=themes,
                            n_articles=N_ARTICLES, constructions=CONSTRUCTIONS, all_text=all_text,
                            whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team109", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
