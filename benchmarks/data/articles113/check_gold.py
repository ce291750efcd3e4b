#!/usr/bin/env python3
"""Check team113.gold.json (the hundred-and-thirteenth team set, team113-561 ... team113-565) against the
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
- the regions: two Syrian articles in two different governorates (Daraa: Tafas, al-Muzayrib, Tseel, Nawa;
  Tartus: al-Qadmus, Safita, al-Shaykh Badr, Dreikish, Baniyas, Tartus), one Iraqi in Kirkuk (Daquq,
  al-Rashad, al-Abbasi, Kirkuk), one Sudanese in North Kordofan (Umm Ruwaba, al-Rahad, Bara, El Obeid) and one
  Libyan in Kufra (Kufra, Tazirbu, Rebiana, al-Hawari), each main event in one of its region's towns; no
  governorate, region or city that the first paragraphs of the READMEs of sets 109 and 110, the README of set
  111 or the brief (for set 112) name, neither as a setting nor as an outlet's base, and no accepted place
  name among the places they name; no place word of the file names of sets 18 and 111 in a file name of this
  set;
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
  أن», a passive, a possessive actor («مقاتلي اللواء الثامن»/«مصلّو المزيريب»/«مقاتلي الكتيبة»/«عمال طقّ
  الصمغ»), a quoted acronym («سانا»/«آر بي جي»/«داعش»/«سونا»), verb-subject-object and subject-verb-object
  sentences, a long parenthesis between a subject and its verb, two events joined in one sentence with «و»
  and a second verb, a time told after the act in its own clause, a story told again by the other side, a
  later definite back-reference and a purpose clause;
- the three themes: (a) one article mostly about mosques, imams and preachers (worshippers' march against a
  preacher's dismissal, an imam killed at his mosque, the blame for the killings of imams, a threat over the
  imam's blood, a preacher's arrest rumoured, the Awqaf director absent from a meeting, a joint patrol by the
  mosque, a meeting on the mosques' safety due, imams' support for the worshippers); (b) one mostly about
  shopkeepers and protection money (a bomb at a shop whose owner would not pay, the shopkeepers' strike, the
  chamber of commerce's blame, extortion letters, collectors arrested, a money changer's abduction rumoured,
  a police deployment to the market not made, traders refused arms, extortionists sentenced, grants to the
  shop owners due); (c) one mostly about gum arabic and its tappers (a ban on moving gum, an attack on the
  tappers, the gum producers' blame, gum trucks held, a threat over gum loads, gum stores burnt rumoured,
  advances to the producers not paid, a gum board meeting due, exporters' licences withdrawn).

    python3 benchmarks/data/articles113/check_gold.py [--no-score]
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
    MINE,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team113.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team113-561": [5, 12], "team113-562": [6, 15], "team113-563": [5, 15],
                  "team113-564": [5, 12], "team113-565": [6, 13]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team113-561": ("SY", "Daraa", "Tafas", "درعا"),
          "team113-562": ("SY", "Tartus", "al-Qadmus", "طرطوس"),
          "team113-563": ("IQ", "Kirkuk", "Daquq", "داقوق"),
          "team113-564": ("SD", "North Kordofan", "Umm Ruwaba", "أم روابة"),
          "team113-565": ("LY", "Kufra", "Kufra", "الكفرة")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Daraa"): {"Tafas", "al-Muzayrib", "Tseel", "Nawa"},
        ("SY", "Tartus"): {"al-Qadmus", "Safita", "al-Shaykh Badr", "Dreikish", "Baniyas", "Tartus"},
        ("IQ", "Kirkuk"): {"Daquq", "al-Rashad", "al-Abbasi", "Kirkuk"},
        ("SD", "North Kordofan"): {"Umm Ruwaba", "al-Rahad", "Bara", "El Obeid"},
        ("LY", "Kufra"): {"Kufra", "Tazirbu", "Rebiana", "al-Hawari"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the first
# paragraphs of the READMEs of sets 109 and 110, by the README of set 111 (its own places and the ones it
# names for set 110), and the regions the brief keeps for set 112
USED_GOVS = {
    # set 109, first paragraph
    "al-Raqqa", "Raqqa", "Latakia", "Babil", "Karbala", "Hilla", "al-Hillah", "Zliten", "Misrata",
    "Kasserine", "Algiers",
    # set 110, first paragraph
    "Aleppo", "Kobani", "Ain al-Arab", "Qalamoun", "Rif Dimashq", "Salah al-Din", "Saada", "Sanaa", "Fezzan",
    "Sabha", "Qamishli", "Beirut", "Samarra",
    # set 111, README
    "As-Suwayda", "Quneitra", "Diyala", "Zawiya", "Taiz", "Sulaymaniyah", "Paris", "Golan",
    # the regions the brief keeps for set 112
    "Idlib", "Jisr al-Shughur", "al-Ghab", "Hama", "Manbij", "Maysan", "Hadramawt", "al-Mukalla"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team113-561": "Daraa", "team113-562": "Tartus", "team113-563": "Kirkuk",
               "team113-564": "Kampala", "team113-565": "Ajdabiya"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 111
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "suwayda", "shbiki", "shahba",
                   "diyala", "abusaida", "baladruz", "zawiya", "surman", "sabratha", "quneitra", "jubata",
                   "khan", "arnabah", "taiz", "dhubab", "mokha"}
# the places those paragraphs, set 111's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 109, first paragraph
    "السلحبية", "الرقة", "الطبقة", "هرقلة", "تل البيعة", "المنصورة", "اللاذقية", "الزراعة", "كباني",
    "جبل الأكراد", "حميميم", "الحفة", "الصليبة", "الحلة", "كربلاء", "المسيب", "جرف الصخر", "الإسكندرية",
    "المحاويل", "بابل", "زليتن", "كعام", "مسلاتة", "ماجر", "مصراتة", "الجزائر", "جبل سمامة", "فوسانة",
    "سبيطلة", "الشعانبي", "القصرين",
    "al-Sahlabiya", "Raqqa", "al-Tabqa", "Heraqla", "Tell al-Bi'a", "al-Mansoura", "Latakia", "al-Ziraa",
    "Kabani", "Jabal al-Akrad", "Hmeimim", "al-Haffah", "al-Sleibeh", "al-Hillah", "Karbala", "al-Musayyib",
    "Jurf al-Sakhar", "al-Iskandariya", "al-Mahawil", "Babil", "Zliten", "Kaam", "Msallata", "Majer",
    "Misrata", "Algiers", "Mount Semmama", "Foussana", "Sbeitla", "Mount Chaambi", "Kasserine",
    # set 110, first paragraph
    "عين العرب", "كوباني", "مرشد بينار", "مشتنور", "صرين", "سروج", "حلب", "قارة", "النبك", "رنكوس", "فليطة",
    "يبرود", "عرسال", "وادي حميد", "القلمون", "ريف دمشق", "الإسحاقي", "سامراء", "سليمان بيك", "طوز خورماتو",
    "بيجي", "تكريت", "صلاح الدين", "دماج", "صعدة", "كتاف", "البقع", "رازح", "صنعاء", "مرزق", "أوباري",
    "الشرارة", "سبها", "أم الأرانب", "تمنهنت", "فزان", "القامشلي", "بيروت",
    "Kobani", "Ain al-Arab", "Mursitpinar", "Mishtanour", "Sarrin", "Suruc", "Aleppo", "Qara", "al-Nabk",
    "Rankous", "Flita", "Yabroud", "Arsal", "Wadi Hmeid", "Qalamoun", "Rif Dimashq", "al-Ishaqi", "Samarra",
    "Sulaiman Bek", "Tuz Khurmatu", "Baiji", "Tikrit", "Salah al-Din", "Dammaj", "Saada", "Kitaf",
    "al-Buqa", "Razih", "Sanaa", "Murzuq", "Ubari", "Sharara", "Sabha", "Umm al-Aranib", "Tamanhint",
    "Fezzan", "Qamishli", "Beirut",
    # set 111, README
    "الشبكي", "شهبا", "المشنف", "صلخد", "السويداء", "رامي", "أبو صيدا", "بلدروز", "السعدية", "خانقين",
    "بعقوبة", "المقدادية", "جلولاء", "ديالى", "حمرين", "الزاوية", "صرمان", "صبراتة", "جباتا الخشب",
    "خان أرنبة", "مدينة البعث", "بريقة", "الجولان", "بئر عجم", "القنيطرة", "ذباب", "المخا", "تعز",
    "السليمانية", "باريس",
    "al-Shbiki", "Shahba", "al-Mushannaf", "Salkhad", "As-Suwayda", "Rami", "Abu Saida", "Balad Ruz",
    "al-Saadiya", "Khanaqin", "Baqubah", "al-Muqdadiya", "Jalawla", "Diyala", "Hamrin", "Zawiya", "Surman",
    "Sabratha", "Jubata al-Khashab", "Khan Arnabah", "Madinat al-Baath", "Bariqa", "Golan", "Bir Ajam",
    "Quneitra", "Dhubab", "Mocha", "Taiz", "Sulaymaniyah", "Paris",
    # the regions the brief keeps for set 112
    "جسر الشغور", "سهل الغاب", "الغاب", "منبج", "ميسان", "العمارة", "المجر الكبير", "علي الغربي",
    "حضرموت", "المكلا", "الشحر", "سيئون",
    "Jisr al-Shughur", "al-Ghab", "Ghab plain", "Manbij", "Maysan", "al-Amarah", "al-Majar al-Kabir",
    "Ali al-Gharbi", "Hadramawt", "al-Mukalla", "al-Shihr", "Seiyun"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team113-564": "foreign capital", "team113-563": "provincial capital",
            "team113-565": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team113-564": "كمبالا", "team113-563": "كركوك", "team113-565": "الكفرة"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team113-561": "Daraa-based local news network's Telegram channel",
               "team113-562": "Tartus-based local news website",
               "team113-563": "Kirkuk-based independent weekly newspaper's website",
               "team113-564": "Kampala-based Sudanese exile radio station's website",
               "team113-565": "Ajdabiya-based private Libyan news agency"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team113-561": ("Saturday", "الجمعة أمس"), "team113-562": ("Thursday", "أمس الأربعاء"),
           "team113-563": ("Monday", "أمس الأحد"), "team113-564": ("Wednesday", "أمس الثلاثاء"),
           "team113-565": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team113-562": [4, 6], "team113-564": [7, 12]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team113-561": ("فقُتلا على الفور",),
              "team113-562": ("فقُتل أربعة من عناصرها", "ستة عناصر"),
              "team113-563": ("قُتل ثلاثة أشخاص",),
              "team113-564": ("فقُتل سبعة منهم", "اثني عشر عاملاً"),
              "team113-565": ("فقُتل ثلاثة من عناصر البوابة",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "SD", "LY"}

SUBJECTS = (r"واللجنة المركزية في ريف درعا الغربي|ووزارة الداخلية|وغرفة تجارة كركوك|"
            r"ورابطة منتجي الصمغ العربي في شمال كردفان|والمجلس البلدي الكفرة")
SUBJECT_VERBS = r"اتهمت|اتهم"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|أُدينا|فُصلوا|زُرعت|أُطلق"),
    "possessive actor": re.compile(r"مقاتلي اللواء الثامن|مصلّو المزيريب|مقاتلي الكتيبة|عمال طقّ الصمغ"),
    "quoted acronym": re.compile(r"«سانا»|«آر بي جي»|«داعش»|«سونا»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"أطلق مسلحان|هاجم مسلحون|فتح مسلحون|شنّ مسلحون|قُتل ثلاثة أشخاص"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهمت في بيان[^.]+، وطالبت|اتهمت الأجهزة الأمنية[^.]+، وطالبت|"
                                           r"اتهمت قوات الدعم السريع[^.]+، وطالبت|اتهم في بيان[^.]+، وطالب|"
                                           r"واستقبل [^.]+، وتوصّل"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وحدث ذلك بُعيد|ووقع ذلك قرابة|وجرى ذلك عند"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|قالت|نشرت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"بعد ساعات من الاغتيال|بعد ساعات من انتهاء الحملة|موقع الكمين|"
                                          r"التحقيق في التفجير|ما نُشر عن الهجوم|التي هاجمت البوابة"),
    # a purpose clause
    "purpose clause": re.compile(r"لبحث «ضمانات|لتمشيط الأحراج|لتأمين طرق نقل|لبحث «تأمين|لتعزيز البوابات"),
}

# theme (a): mosques, imams and preachers
MOSQUES = "team113-561"
# theme (b): shopkeepers and protection money
SHOPS = "team113-563"
# theme (c): gum arabic and its tappers
GUM = "team113-564"
MOSQUE_WORDS = re.compile(r"مسجد|مساجد|المسجد|الجامع|إمام|الإمام|الأئمة|خطيب|الخطيب|المصلين|المنبر|أوقاف")
SHOP_WORDS = re.compile(r"محل|المحال|محال|السوق|أسواق|التجار|تجار|الإتاوات|«إتاوة»|التجارة")
GUM_WORDS = re.compile(r"الصمغ|صمغ|الهشاب|الطق|المحصول|المحاصيل|منتجي|العمال")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def mosques_theme(core, main, lines):
    killed = bool(main and main.get("acled") == ATTACK and "إمام" in para_text(lines, main))
    march = [g for g in has(core, "PROTEST", lines, "المصلين") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الأئمة")
    threat = has(core, "THREATEN", lines, "الإمام")
    rumoured = has(core, "COERCE", lines, "خطيب", first="rumored")
    absent = has(core, "CONSULT", lines, "أوقاف", first="negated")
    patrol = [g for g in has(core, "COOPERATE", lines, "الجامع") if happened(g)]
    meeting_due = has(core, "CONSULT", lines, "المساجد", first="planned")
    support = [g for g in has(core, "SUPPORT", lines, "خطيب") if happened(g)]
    return bool(killed and march and blamed and threat and rumoured and absent and patrol and meeting_due
                and support and related(core, main, MOSQUE_WORDS, lines) * 2 > len(core))


def shops_theme(core, main, lines):
    bombed = bool(main and main.get("acled") == MINE and "محل" in para_text(lines, main))
    strike = [g for g in has(core, "PROTEST", lines, "المحال") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "التجار")
    letters = has(core, "THREATEN", lines, "المحال")
    collectors = [g for g in has(core, "COERCE", lines, "الإتاوات") if happened(g)]
    rumoured = has(core, "ASSAULT", lines, "محل", first="rumored")
    no_police = has(core, "MOBILIZE", lines, "المحال", first="negated")
    refused = [g for g in has(core, "REJECT", lines, "التجار") if happened(g)]
    sentenced = [g for g in has(core, "SANCTION", lines, "محال") if happened(g)]
    grants_due = has(core, "AID", lines, "المحال", first="planned")
    return bool(bombed and strike and blamed and letters and collectors and rumoured and no_police and refused
                and sentenced and grants_due and related(core, main, SHOP_WORDS, lines) * 2 > len(core))


def gum_theme(core, main, lines):
    attacked = bool(main and main.get("acled") == ATTACK and "الصمغ" in para_text(lines, main))
    ban = [g for g in has(core, "COERCE", lines, "منع نقل الصمغ") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الهشاب")
    trucks = [g for g in has(core, "COERCE", lines, "شاحنات") if happened(g)]
    threat = has(core, "THREATEN", lines, "صمغ")
    rumoured = has(core, "ASSAULT", lines, "صمغ", first="rumored")
    no_advances = has(core, "AID", lines, "الصمغ", first="negated")
    meeting_due = has(core, "CONSULT", lines, "الصمغ", first="planned")
    licences = [g for g in has(core, "SANCTION", lines, "صمغ") if happened(g)]
    return bool(attacked and ban and blamed and trucks and threat and rumoured and no_advances and meeting_due
                and licences and related(core, main, GUM_WORDS, lines) * 2 > len(core))


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
    name = next(w for w in words.split() if w in AR_DAYS)
    if calendar.day_name[eve.weekday()] != AR_DAYS[name]:
        errs.append(f"{did}: {eve} is not a {AR_DAYS[name]}")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"mosques, imams and preachers": [], "shopkeepers and protection money": [],
              "gum arabic and its tappers": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 109-111 or the brief")
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
                                         used_label="sets 109-111 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == MOSQUES and mosques_theme(core, main, lines):
            themes["mosques, imams and preachers"].append(did)
        if did == SHOPS and shops_theme(core, main, lines):
            themes["shopkeepers and protection money"].append(did)
        if did == GUM and gum_theme(core, main, lines):
            themes["gum arabic and its tappers"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Iraq, Sudan and Libya"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team113", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
