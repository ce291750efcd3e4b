#!/usr/bin/env python3
"""Check team111.gold.json (the hundred-and-eleventh team set, team111-551 ... team111-555) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles in two different governorates (As-Suwayda: al-Shbiki, Shahba,
  al-Mushannaf, Salkhad, As-Suwayda; Quneitra: Jubata al-Khashab, Khan Arnabah, Madinat al-Baath, Bariqa,
  Bir Ajam), one Iraqi in Diyala (Abu Saida, Balad Ruz, al-Saadiya, Khanaqin, Jalawla, Baqubah), one Libyan
  in Zawiya (Zawiya, Surman, Sabratha) and one Yemeni in Taiz (Dhubab, Mocha, Taiz), each main event in one of
  its region's towns; no governorate, region or city that the first paragraphs of the READMEs of sets 107 and
  108, the README of set 109 or the brief (for set 110) name, neither as a setting nor as an outlet's base,
  and no accepted place name among the places they name; no place word of the file names of sets 18 and
  109 in a file name of this set;
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
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«اختُطف»/«اعتُقل»/«أُحيلوا»/«أُجّلت»), a possessive actor («مقاتلو تنظيم
  «داعش»»/«مقاتلي المعارضة»/«ذوو الحراس القتلى»/«صيادو ذباب»), a quoted acronym («داعش»/«سانا»/«أندوف»/
  «أونسميل»/«الفاو»), verb-subject-object and subject-verb-object sentences, a long parenthesis between a
  subject and its verb, two events joined in one sentence with «و» and a second verb, a time told after the
  act in its own clause, a story told again by the other side, a later definite back-reference and a
  purpose clause;
- the three themes: (a) one article mostly about telecom towers and the mobile network (thieves of the
  towers' batteries arrested, an attack on a tower's guards, the blame for the attacks on towers, the phone
  companies' threat, a second tower's bombing rumoured, thermal cameras for the towers not delivered, a fine
  on a phone company, police due to guard the towers, the guards' families refusing compensation, a joint
  sweep around the tower); (b) one mostly about courts, judges and lawyers (the lawyers' sit-in, an attack on
  a court complex, the lawyers' blame, the judges' strike due and their threat, police around the complex, an
  abducted prosecutor's release rumoured, a verdict not given, a brigade's pledge to leave a court's annex and
  a welcome of it, equipment for the courts due, a court president's meeting); (c) one mostly about fishermen
  and their boats (the fishermen's protest, a strike on a fishing boat, the fishermen's cooperative's blame, a
  ban on sailing eased, tracking devices refused, fishermen's boats seized rumoured, a threat over fishing
  boats, compensation for boats not paid, escorts of fishing boats, nets and engines due).

    python3 benchmarks/data/articles111/check_gold.py [--no-score]
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
    AIR,
    ARREST,
    ATTACK,
    CLASH,
    HAPPENED,
    PEACEFUL,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team111.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team111-551": [5, 11, 15], "team111-552": [5, 14], "team111-553": [7, 12],
                  "team111-554": [5, 12], "team111-555": [5, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team111-551": ("SY", "As-Suwayda", "al-Shbiki", "السويداء"),
          "team111-552": ("IQ", "Diyala", "Abu Saida", "ديالى"),
          "team111-553": ("LY", "Zawiya", "Zawiya", "الزاوية"),
          "team111-554": ("SY", "Quneitra", "Jubata al-Khashab", "جباتا الخشب"),
          "team111-555": ("YE", "Taiz", "Dhubab", "ذباب")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "As-Suwayda"): {"As-Suwayda", "al-Shbiki", "Shahba", "al-Mushannaf", "Salkhad"},
        ("SY", "Quneitra"): {"Jubata al-Khashab", "Khan Arnabah", "Madinat al-Baath", "Bariqa", "Bir Ajam"},
        ("IQ", "Diyala"): {"Abu Saida", "Balad Ruz", "al-Saadiya", "Khanaqin", "Jalawla", "Baqubah"},
        ("LY", "Zawiya"): {"Zawiya", "Surman", "Sabratha"},
        ("YE", "Taiz"): {"Dhubab", "Mocha", "Taiz"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the first
# paragraphs of the READMEs of sets 107 and 108, by the README of set 109 (its own places and the ones it
# lists for the sets before it), and the regions the brief keeps for set 110
USED_GOVS = {
    # set 107, first paragraph
    "Rif Dimashq", "Eastern Ghouta", "Douma", "al-Hasakah", "Hasakah", "al-Dhale", "River Nile", "Derna",
    "Muscat", "Sanaa", "Benghazi", "ad-Damer",
    # set 108, first paragraph
    "Deir ez-Zor", "Homs", "Nineveh", "West Darfur", "North Sinai", "Damascus", "Baghdad", "Nairobi", "Cairo",
    # set 109, README (its regions and outlet bases, and the places it names for the sets before it)
    "al-Raqqa", "Raqqa", "Latakia", "Babil", "Karbala", "Najaf", "Zliten", "Misrata", "Kasserine", "Tebessa",
    "Algiers", "Tunis", "Khartoum", "Amman", "Istanbul", "Beirut", "Ankara", "London", "Berlin", "Riyadh",
    "New York", "Jeddah", "Qamishli", "Sidon", "Gaziantep", "Erbil",
    # the sets 105 and 106 named by set 109's check script
    "Daraa", "Idlib", "Dohuk", "South Kordofan", "Hama", "al-Anbar", "Anbar", "Tripoli", "North Lebanon",
    "Marib",
    # the regions the brief keeps for set 110
    "Aleppo", "Kobani", "Ain al-Arab", "Qalamoun", "Salah al-Din", "Saada", "Fezzan", "Sabha", "Murzuq",
    "Ubari"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team111-551": "As-Suwayda", "team111-552": "Sulaymaniyah", "team111-553": "Zawiya",
               "team111-554": "Paris", "team111-555": "Taiz"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 109
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "raqqa", "heraqla", "sahlabiya",
                   "latakia", "ziraa", "kabani", "babil", "musayyib", "jurf", "sakhar", "zliten", "kaam",
                   "majer", "kasserine", "semmama", "sbeitla"}
# the places those paragraphs, set 109's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 107, first paragraph
    "دوما", "الغوطة الشرقية", "مسرابا", "حرستا", "حمورية", "ريف دمشق", "مخيم الوافدين", "الدردارة", "تل تمر",
    "الدرباسية", "عامودا", "أبو راسين", "الحسكة", "رأس العين", "قعطبة", "مريس", "دمت", "الضالع", "مسقط",
    "صنعاء", "صحراء العتمور", "أبو حمد", "عطبرة", "العبيدية", "الدامر", "بربر", "نهر النيل", "الفتائح",
    "شيحا", "كرسة", "الظهر الأحمر", "درنة", "مرتوبة", "عين مارة", "الرجمة", "بنغازي",
    "Douma", "Eastern Ghouta", "Misraba", "Harasta", "Hamouriyah", "Rif Dimashq", "al-Wafideen", "al-Dardara",
    "Tal Tamr", "al-Darbasiyah", "Amuda", "Abu Rasin", "al-Hasakah", "Ras al-Ayn", "Qataba", "Murays", "Damt",
    "al-Dhale", "Muscat", "Sanaa", "Atmur", "Abu Hamad", "Atbara", "al-Ubaidiya", "ad-Damer", "Berber",
    "River Nile", "al-Fatayeh", "Shiha", "Karsa", "al-Dhahr al-Hamar", "Derna", "Martuba", "Ain Marah",
    "al-Rajma", "Benghazi",
    # set 108, first paragraph
    "هجين", "السوسة", "الشعفة", "حقل التنك", "الشحيل", "البوكمال", "القائم", "دير الزور", "الرستن", "تلبيسة",
    "الحولة", "كفرلاها", "تير معلة", "الدار الكبيرة", "حمص", "تلعفر", "تل عفر", "حمام العليل", "بعشيقة",
    "تلكيف", "العياضية", "القيارة", "نينوى", "الجنينة", "مستري", "أدري", "سربا", "كرينك", "غرب دارفور",
    "الشيخ زويد", "بئر العبد", "وسط سيناء", "العريش", "رفح", "شمال سيناء", "دمشق", "بغداد", "نيروبي",
    "القاهرة",
    "Hajin", "al-Susah", "al-Shafah", "al-Tanak", "al-Shuhayl", "al-Bukamal", "Abu Kamal", "al-Qaim",
    "Deir ez-Zor", "al-Rastan", "Talbiseh", "al-Houla", "Kafr Laha", "Teir Maalla", "al-Dar al-Kabira",
    "Homs",
    "Tal Afar", "Hammam al-Alil", "Bashiqa", "Tel Keppe", "al-Ayadiya", "al-Qayyarah", "Nineveh",
    "El Geneina", "Misterei", "Adre", "Sirba", "Kreinik", "West Darfur", "Sheikh Zuweid", "Bir al-Abd",
    "central Sinai", "al-Arish", "Rafah", "North Sinai", "Damascus", "Baghdad", "Nairobi", "Cairo",
    # set 109, README
    "السلحبية", "الرقة", "الطبقة", "هرقلة", "تل البيعة", "المنصورة", "اللاذقية", "الزراعة", "كباني",
    "جبل الأكراد", "حميميم", "الحفة", "الصليبة", "جبل التركمان", "الحلة", "كربلاء", "المسيب", "جرف الصخر",
    "الإسكندرية", "المحاويل", "بابل", "النجف", "زليتن", "كعام", "مسلاتة", "ماجر", "مصراتة", "الخمس",
    "الجزائر", "جبل سمامة", "فوسانة", "سبيطلة", "الشعانبي", "القصرين", "تبسة", "تونس", "الخرطوم", "عمان",
    "عمّان", "إسطنبول", "بيروت", "أنقرة", "لندن", "برلين", "الرياض", "نيويورك", "جدة", "القامشلي", "صيدا",
    "غازي عنتاب", "أربيل",
    "al-Sahlabiya", "Raqqa", "al-Tabqa", "Heraqla", "Tell al-Bi'a", "al-Mansoura", "Latakia", "al-Ziraa",
    "Kabani", "Jabal al-Akrad", "Hmeimim", "al-Haffah", "al-Sleibeh", "Jabal al-Turkman", "al-Hillah",
    "Karbala", "al-Musayyib", "Jurf al-Sakhar", "al-Iskandariya", "al-Mahawil", "Babil", "Najaf", "Zliten",
    "Kaam", "Msallata", "Majer", "Misrata", "al-Khums", "Algiers", "Mount Semmama", "Foussana", "Sbeitla",
    "Mount Chaambi", "Kasserine", "Tebessa", "Tunis", "Khartoum", "Amman", "Istanbul", "Beirut", "Ankara",
    "London", "Berlin", "Riyadh", "New York", "Jeddah", "Qamishli", "Sidon", "Gaziantep", "Erbil",
    # the regions the brief keeps for set 110
    "عين العرب", "كوباني", "القلمون", "يبرود", "النبك", "قارة", "رنكوس", "عرسال", "صلاح الدين", "سامراء",
    "طوز خورماتو", "بيجي", "صعدة", "دماج", "كتاف", "فزان", "مرزق", "سبها", "أوباري",
    "Kobani", "Ain al-Arab", "Qalamoun", "Yabroud", "al-Nabk", "Qara", "Rankous", "Arsal", "Salah al-Din",
    "Samarra", "Tuz Khurmatu", "Baiji", "Saada", "Dammaj", "Kitaf", "Fezzan", "Murzuq", "Sabha", "Ubari"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team111-554": "foreign capital", "team111-555": "provincial capital",
            "team111-553": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team111-554": "باريس", "team111-555": "تعز", "team111-553": "الزاوية"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team111-551": "Suwayda-based local news network's Facebook page",
               "team111-552": "Sulaymaniyah-based Iraqi satellite channel's website",
               "team111-553": "Zawiya-based local FM radio station's website",
               "team111-554": "Paris-based Syrian opposition news website",
               "team111-555": "Taiz-based independent daily newspaper's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team111-551": ("Thursday", "أمس الأربعاء"), "team111-552": ("Monday", "أمس الأحد"),
           "team111-553": ("Tuesday", "أمس الإثنين"), "team111-554": ("Saturday", "أمس الجمعة"),
           "team111-555": ("Sunday", "أمس السبت")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team111-551": [3, 5], "team111-554": [4, 5]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team111-551": ("فقُتل ثلاثة من المتطوعين", "قتلوا خمسة"),
              "team111-552": ("فقتلوا ثلاثة من حراس البرج",),
              "team111-553": ("فقُتل حارسان من الشرطة القضائية ومراجع",),
              "team111-554": ("قُتل أربعة مدنيين", "خمسة قتلى"),
              "team111-555": ("فقُتل ثلاثة صيادين",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "LY", "YE"}

SUBJECTS = (r"وحركة «رجال الكرامة»|ومحافظ ديالى|ونقابة المحامين في الزاوية|والمجلس المحلي في جباتا الخشب|"
            r"والجمعية التعاونية السمكية في المخا")
SUBJECT_VERBS = r"اتهمت|اتهم|حمّلت"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اختُطف|اعتُقل|أُحيلوا|أُجّلت"),
    "possessive actor": re.compile(r"مقاتلو تنظيم «داعش»|مقاتلي المعارضة|ذوو الحراس القتلى|صيادو ذباب"),
    "quoted acronym": re.compile(r"«داعش»|«سانا»|«أندوف»|«أونسميل»|«الفاو»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"هاجم مقاتلو|هاجم مسلحون|فتح مسلحون|قُتل أربعة مدنيين|"
                                      r"استهدفت طائرة مسيّرة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهمت في بيان[^.]+، وطالبت|اتهم في تصريح[^.]+، وطالب|"
                                           r"حمّلت في بيان[^.]+، ودعت|اتهم قوات النظام[^.]+، وطالب|"
                                           r"والتقى [^.]+، واتفق"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"ووقع ذلك قرابة|وكان ذلك نحو|وحدث ذلك بعد"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نشرت|تبنّى|قال|نقلت|قالت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"من فتح الطريق|الهجوم على المجمع|بموقع الهجوم|من المعتصمين|"
                                          r"الهجوم على الشبكي"),
    # a purpose clause
    "purpose clause": re.compile(r"لملاحقة فلول|لتأمين المبنى|لبحث «ضمانات|لبحث توحيد|لمرافقة قوارب الصيد"),
}

# theme (a): telecom towers and the mobile network
TOWERS = "team111-552"
# theme (b): courts, judges and lawyers
COURTS = "team111-553"
# theme (c): fishermen and their boats
FISHERMEN = "team111-555"
TOWER_WORDS = re.compile(r"برج|أبراج|الأبراج|الاتصالات|الهاتف|التغطية|الإنترنت|الشبكة")
COURT_WORDS = re.compile(r"المحاكم|محكمة|المحكمة|القضاة|القضاء|المحامين|النيابة|المجمع|العدل")
FISH_WORDS = re.compile(r"صياد|الصيادين|الصيد|القوارب|قارب|البحر|الإبحار|السمك")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def towers_theme(core, main, lines):
    attacked = bool(main and main.get("acled") == ATTACK and "برج" in para_text(lines, main))
    thieves = [g for g in has(core, "COERCE", lines, "أبراج") if g.get("acled") == ARREST and happened(g)]
    blamed = has(core, "ACCUSE", lines, "برج")
    threat = has(core, "THREATEN", lines, "الأبراج")
    rumoured = has(core, "ASSAULT", lines, "برج", first="rumored")
    no_cameras = has(core, "AID", lines, "الأبراج", first="negated")
    fined = [g for g in has(core, "SANCTION", lines, "الهاتف") if happened(g)]
    guards_due = has(core, "MOBILIZE", lines, "الأبراج", first="planned")
    refused = [g for g in has(core, "REJECT", lines, "الحراس") if happened(g)]
    sweep = [g for g in has(core, "COOPERATE", lines, "الهجوم") if happened(g)]
    return bool(attacked and thieves and blamed and threat and rumoured and no_cameras and fined
                and guards_due and refused and sweep
                and related(core, main, TOWER_WORDS, lines) * 2 > len(core))


def courts_theme(core, main, lines):
    attacked = bool(main and main.get("acled") == CLASH and "مجمع المحاكم" in para_text(lines, main))
    sit_in = [g for g in has(core, "PROTEST", lines, "المحامين")
              if g.get("acled") == PEACEFUL and happened(g)]
    blamed = has(core, "ACCUSE", lines, "المحامين")
    strike_due = has(core, "PROTEST", lines, "القضاة", first="planned")
    threat = has(core, "THREATEN", lines, "محاكم")
    guarded = [g for g in has(core, "MOBILIZE", lines, "مجمع المحاكم") if happened(g)]
    rumoured = has(core, "RETREAT", lines, "وكيل النيابة", first="rumored")
    no_verdict = has(core, "SANCTION", lines, "محكمة", first="negated")
    annex = [g for g in has(core, "CONCEDE", lines, "المجمع") if happened(g)]
    welcome = [g for g in has(core, "SUPPORT", lines, "المجمع") if happened(g)]
    equipment = has(core, "AID", lines, "المحاكم", first="planned")
    meeting = [g for g in has(core, "CONSULT", lines, "القضاة") if happened(g)]
    return bool(attacked and sit_in and blamed and strike_due and threat and guarded and rumoured
                and no_verdict and annex and welcome and equipment and meeting
                and related(core, main, COURT_WORDS, lines) * 2 > len(core))


def fishermen_theme(core, main, lines):
    struck = bool(main and main.get("acled") == AIR and "صيادين" in para_text(lines, main))
    protest = [g for g in has(core, "PROTEST", lines, "الصيادين") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الصيادين")
    eased = [g for g in has(core, "CONCEDE", lines, "الإبحار") if happened(g)]
    refused = [g for g in has(core, "REJECT", lines, "القوارب") if happened(g)]
    rumoured = has(core, "COERCE", lines, "صياد", first="rumored")
    threat = has(core, "THREATEN", lines, "قوارب الصيد")
    no_pay = has(core, "AID", lines, "القوارب", first="negated")
    escorts = [g for g in has(core, "COOPERATE", lines, "قوارب الصيد") if happened(g)]
    nets_due = has(core, "AID", lines, "صياد", first="planned")
    return bool(struck and protest and blamed and eased and refused and rumoured and threat and no_pay
                and escorts and nets_due and related(core, main, FISH_WORDS, lines) * 2 > len(core))


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
    themes = {"telecom towers and the mobile network": [], "courts, judges and lawyers": [],
              "fishermen and their boats": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 107-109 or the brief")
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
                                         used_label="sets 107-109 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == TOWERS and towers_theme(core, main, lines):
            themes["telecom towers and the mobile network"].append(did)
        if did == COURTS and courts_theme(core, main, lines):
            themes["courts, judges and lawyers"].append(did)
        if did == FISHERMEN and fishermen_theme(core, main, lines):
            themes["fishermen and their boats"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Iraq, Libya and Yemen"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team111", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
