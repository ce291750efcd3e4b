#!/usr/bin/env python3
"""Check team105.gold.json (the hundred-and-fifth team set, team105-521 ... team105-525) against the article
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  provincial capital, the town of the event); the two others have none and name their place in the first
  sentence instead;
- the regions: two Syrian articles in two different governorates (Daraa: Busra al-Harir, al-Lajat, Izra,
  Nahta, al-Musayfira, al-Hrak; Idlib: Maarat al-Numan, Kafr Nabl, Hish, Saraqib, Idlib), one Iraqi in
  Nineveh (Sinuni, Khanasor, Sinjar, al-Baaj, Mosul), one Libyan in Sabha and the Fezzan (Sabha, Ubari, Brak
  al-Shati) and one Sudanese in South Kordofan (Dilling, Habila, Kadugli), each main event in one of its
  region's towns; no governorate, region or city that the first paragraphs of the READMEs of sets 101 and
  102, the README of set 103 (and the lists of its check script) or the brief (for set 104) name, neither as
  a setting nor as an outlet's base, and no accepted place name among the places they name; no place word of
  the file names of sets 18 and 103 in a file name of this set;
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
  أن», a passive («قُتل»/«استُشهد»/«شُيّع»/«دُفن»/«اعتُقل»), a possessive actor («مقاتلي فصائل الجيش
  الحر»/«حرس مستودع»/«عناصر الحزب»), a quoted acronym («سانا»/«يونيسف»/«سونا»), verb-subject-object and
  subject-verb-object sentences, a long parenthesis between a subject and its verb, two events joined in one
  sentence with «و» and a second verb, a time told after the act in its own clause, a story told again by the
  other side, a later definite back-reference and a purpose clause;
- the three themes: (a) one article mostly about schools and exams (an air strike by an exam centre, a march
  of students and teachers, a teachers' strike and a threat to the strikers, school tents delivered, salaries
  not paid, a strike on a school rumoured, a meeting on the exam centres due, an education office closed);
  (b) one mostly about fuel and its shortage (a road blocked over the petrol shortage, a clash at a fuel
  depot, tankers seized and their drivers arrested, tankers of petrol delivered, a threat to roadside fuel
  sellers, a station's burning rumoured, the rest of a shipment not delivered, a civil strike over the fuel
  crisis called); (c) one mostly about herders and cattle raids (a raid on a nomad camp, the army's clash
  with the raiders, a cattle market reopened, an agreement on the herds' route, a threat to take the cattle
  back, another raid rumoured, no force deployed on the routes, food for the herders' families, a joint
  escort of the herds due).

    python3 benchmarks/data/articles105/check_gold.py [--no-score]
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
    ATTACK,
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

GOLD = "team105.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team105-521": [9, 15], "team105-522": [6, 14], "team105-523": [9, 15],
                  "team105-524": [9, 15], "team105-525": [7, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team105-521": ("SY", "Daraa", "Busra al-Harir", "بصر الحرير"),
          "team105-522": ("SY", "Idlib", "Maarat al-Numan", "معرة النعمان"),
          "team105-523": ("IQ", "Nineveh", "Khanasor", "خانصور"),
          "team105-524": ("LY", "Sabha", "Sabha", "سبها"),
          "team105-525": ("SD", "South Kordofan", "Dilling", "الدلنج")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Daraa"): {"Busra al-Harir", "al-Lajat", "Izra", "Nahta", "al-Musayfira", "al-Hrak"},
        ("SY", "Idlib"): {"Maarat al-Numan", "Kafr Nabl", "Hish", "Saraqib", "Idlib"},
        ("IQ", "Nineveh"): {"Sinuni", "Khanasor", "Sinjar", "al-Baaj", "Mosul"},
        ("LY", "Sabha"): {"Sabha", "Ubari", "Brak al-Shati"},
        ("SD", "South Kordofan"): {"Dilling", "Habila", "Kadugli"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the
# first paragraphs of the READMEs of sets 101 and 102, by the README of set 103 and the lists of its
# check script, and the regions the brief keeps for set 104
USED_GOVS = {
    # set 101
    "Raqqa", "Latakia", "Salah al-Din", "Taiz", "North Sinai", "Ismailia", "Beirut", "Baghdad",
    # set 102
    "Afrin", "Aleppo", "al-Suwayda", "Basra", "South Lebanon", "Aden", "Jeddah", "Qamishli", "Amman", "Sidon",
    # set 103 (its own regions, outlet bases and dateline cities, and those its lists keep out)
    "Hama", "Deir ez-Zor", "Kirkuk", "Bani Walid", "North Darfur", "Gaziantep", "Erbil", "the Gulf",
    "Nairobi",
    "Tartus", "Diyala", "Zawiya", "al-Zawiya", "Quneitra", "Golan", "North Lebanon", "Tripoli", "London",
    "Homs", "Dhi Qar", "al-Bayda", "Abyan", "al-Jazirah", "Ankara", "Doha", "Istanbul", "Cairo", "Tyre",
    "Bint Jbeil", "Marjayoun",
    # the brief, for set 104
    "Hodeidah"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team105-521": "Busra al-Harir", "team105-522": "Maarat al-Numan", "team105-523": "Dohuk",
               "team105-524": "Tunis", "team105-525": "Khartoum"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 103
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "hama", "kafr", "zita",
                   "latamneh", "deir", "ezzor", "dhiban", "shuhail", "kirkuk", "rashad", "hawija", "bani",
                   "walid", "shwayrif", "tawila", "shangil", "tobaya", "kutum"}
# the places those paragraphs, set 103's README and check script, and the brief name (Arabic and
# English): no accepted place name may be one
USED_PLACES = {
    # set 101, first paragraph
    "المشلب", "المنصورة", "الرقة", "الطبقة", "الرميلة", "عين عيسى", "الكرامة", "سلمى", "جبل الأكراد", "كنسبا",
    "الزراعة", "اللاذقية", "ربيعة", "جبل التركمان", "القرداحة", "الشرقاط", "سامراء", "تكريت", "الإسحاقي",
    "العلم", "صلاح الدين", "شارع جمال", "عصيفرة", "الجمهوري", "تعز", "التربة", "الضباب", "الشيخ زويد", "رفح",
    "العريش", "الجورة", "المهدية", "المساعيد", "الإسماعيلية", "شمال سيناء", "بيروت", "بغداد",
    "al-Mashlab", "al-Mansoura", "Raqqa", "al-Tabqa", "al-Rumaila", "Ain Issa", "al-Karama", "Salma",
    "Jabal al-Akrad", "Kinsabba", "al-Ziraa", "Latakia", "Rabia", "Jabal al-Turkman", "Qardaha", "al-Shirqat",
    "Samarra", "Tikrit", "al-Ishaqi", "al-Alam", "Salah al-Din", "Jamal Street", "Usayfira", "al-Jumhuri",
    "Taiz", "al-Turbah", "al-Dhabab", "Sheikh Zuweid", "Rafah", "al-Arish", "al-Joura", "al-Mahdiya",
    "al-Masaeed", "Ismailia", "North Sinai", "Beirut", "Baghdad",
    # set 102, first paragraph
    "عفرين", "شيخ الحديد", "راجو", "جنديرس", "تل رفعت", "ريف حلب الشمالي", "ساحة السير", "السويداء", "شهبا",
    "صلخد", "القريا", "الثعلة", "عريقة", "الزبير", "أبو الخصيب", "القرنة", "شط العرب", "كرمة علي", "العشار",
    "الحيانية", "البصرة", "صور", "الرمل", "الخيام", "بنت جبيل", "عيناثا", "مرجعيون", "كفركلا", "الخط الأزرق",
    "كريات شمونة", "دار سعد", "كريتر", "المعاشيق", "المعلا", "خور مكسر", "الشيخ عثمان", "عدن", "جدة",
    "القامشلي", "عمان", "عمّان", "صيدا",
    "Afrin", "Sheikh al-Hadid", "Rajo", "Jandairis", "Tal Rifaat", "al-Sir square", "al-Suwayda", "Suwayda",
    "Shahba", "Salkhad", "al-Qrayya", "al-Thaala", "Ariqa", "al-Zubair", "Abu al-Khasib", "al-Qurna",
    "Shatt al-Arab", "Karmat Ali", "al-Ashar", "al-Hayyaniya", "Basra", "Tyre", "al-Ramel", "Khiam",
    "Bint Jbeil", "Aynatha", "Marjayoun", "Kfar Kila", "Blue Line", "Kiryat Shmona", "Dar Saad", "Crater",
    "al-Maashiq", "al-Mualla", "Khor Maksar", "Sheikh Othman", "Aden", "Jeddah", "Qamishli", "Amman", "Sidon",
    # set 103, README (its settings, its dateline cities and outlet bases) and the lists of its
    # check script
    "كفرزيتا", "كفر زيتا", "كفرنبودة", "اللطامنة", "حماة", "الشحيل", "ذيبان", "الطيانة", "البصيرة",
    "دير الزور",
    "الرشاد", "وادي الشاي", "الحويجة", "كركوك", "داقوق", "بني وليد", "الشويرف", "شنقل طوباية", "طويلة", "كتم",
    "كبكابية", "مليط", "شمال دارفور", "أدري", "نيروبي", "غازي عنتاب", "أربيل", "بانياس", "القدموس", "المرقب",
    "طرطوس", "العظيم", "الخالص", "بلدروز", "بعقوبة", "ديالى", "الزاوية", "الحرشة", "صرمان", "صبراتة",
    "جباتا الخشب", "خان أرنبة", "بئر عجم", "الرفيد", "مدينة البعث", "القنيطرة", "القحطانية", "الجولان",
    "طرابلس", "باب التبانة", "جبل محسن", "شارع سوريا", "دار الفتوى", "القبة", "الزاهرية", "شمالي لبنان",
    "لندن",
    "السكري", "الراموسة", "بستان القصر", "الكلاسة", "الحمدانية", "الشعار", "حلب", "الرستن", "تلبيسة",
    "الدار الكبيرة", "تير معلة", "الحولة", "الزهراء", "حمص", "الناصرية", "الشطرة", "الرفاعي", "سوق الشيوخ",
    "ذي قار", "مكيراس", "رداع", "الصومعة", "الزاهر", "البيضاء", "لودر", "أبين", "رفاعة", "تمبول",
    "الحصاحيصا", "الجزيرة", "أنقرة", "الدوحة", "إسطنبول", "القاهرة", "جنوب لبنان",
    "Kafr Zita", "Kafr Nabudah", "al-Latamneh", "Latamneh", "Hama", "al-Shuhail", "Dhiban", "al-Tayyana",
    "al-Busayrah", "Deir ez-Zor", "al-Rashad", "Wadi al-Shay", "al-Hawija", "Kirkuk", "Daquq", "Bani Walid",
    "al-Shwayrif", "Shangil Tobaya", "Tawila", "Kutum", "Kabkabiya", "Mellit", "North Darfur", "Adre",
    "Nairobi", "Gaziantep", "Erbil", "Baniyas", "al-Qadmus", "al-Marqab", "Tartus", "al-Udhaim", "al-Khalis",
    "Balad Ruz", "Baqubah", "Diyala", "al-Zawiya", "Zawiya", "al-Harsha", "Surman", "Sabratha",
    "Jubata al-Khashab", "Khan Arnabah", "Bir Ajam", "al-Rafid", "Baath City", "Quneitra", "al-Qahtaniyah",
    "Golan", "Tripoli", "Bab al-Tabbaneh", "Jabal Mohsen", "Syria Street", "Dar al-Fatwa", "al-Qubba",
    "al-Zahriyeh", "North Lebanon", "London", "al-Sukkari", "al-Ramouseh", "Bustan al-Qasr", "al-Kallaseh",
    "al-Hamdaniya", "al-Shaar", "Aleppo", "al-Rastan", "Talbiseh", "al-Dar al-Kabira", "Teir Maalla",
    "al-Houla", "al-Zahraa", "Homs", "al-Nasiriyah", "al-Shatra", "al-Rifai", "Suq al-Shuyukh", "Dhi Qar",
    "Mukayras", "Rada'a", "al-Sawma'ah", "al-Zahir", "al-Bayda", "Lawdar", "Abyan", "Rufaa", "Tamboul",
    "al-Hasaheisa", "al-Jazirah", "Gezira", "Ankara", "Doha", "Istanbul", "Cairo", "South Lebanon",
    # the regions the brief keeps for set 104
    "البوكمال", "الميادين", "هجين", "الحديدة",
    "al-Bukamal", "Abu Kamal", "al-Mayadin", "Hajin", "Hodeidah", "al-Hudaydah"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team105-523": "provincial capital", "team105-524": "foreign capital",
            "team105-525": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team105-523": "الموصل", "team105-524": "تونس", "team105-525": "الدلنج"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team105-521": "Daraa opposition news page on Facebook",
               "team105-522": "Idlib-based local news website",
               "team105-523": "Dohuk-based Iraqi news agency's website",
               "team105-524": "Tunis-based Libyan satellite TV channel's website",
               "team105-525": "Khartoum-based independent daily newspaper's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team105-521": ("Wednesday", "أمس الثلاثاء"), "team105-522": ("Monday", "أمس الأحد"),
           "team105-523": ("Sunday", "أمس السبت"), "team105-524": ("Thursday", "أمس الأربعاء"),
           "team105-525": ("Saturday", "أمس الجمعة")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team105-523": [2, 3], "team105-525": [5, 7]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team105-521": ("فاستُشهد أربعة مدنيين",),
              "team105-522": ("قُتل ثلاثة طلاب", "ومعلّم"),
              "team105-523": ("فقُتل شخصان", "بلغت ثلاثة قتلى"),
              "team105-524": ("فقُتل ثلاثة أشخاص",),
              "team105-525": ("قُتل خمسة رعاة", "بلغ سبعة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "LY", "SD"}

SUBJECTS = r"والمجلس المحلي لبلدة بصر الحرير|ووزارة الخارجية العراقية|والمجلس البلدي في سبها|وشبان الرحّل"
SUBJECT_VERBS = r"حمّل|دانت|اتهم|هدّدوا"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|استُشهد|شُيّع|دُفن|اعتُقل"),
    "possessive actor": re.compile(r"مقاتلي فصائل الجيش الحر|حرس مستودع|عناصر الحزب"),
    "quoted acronym": re.compile(r"«سانا»|«يونيسف»|«سونا»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"ألقت مروحيات النظام|استهدفت طائرة مسيّرة|اندلع اشتباك مسلح|"
                                      r"قُتل ثلاثة طلاب|قُتل خمسة رعاة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي|الذين) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"حمّل في بيان[^.]+، وطالب|واتهمت مديرية[^.]+، وطالبت|"
                                           r"وضبطت دورية[^.]+، واعتقلت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد وقع ذلك قبيل|وقد وقعت الضربة نحو|وقد وقع ذلك قرابة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|قالت|قال|نفى)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"«المجزرة»|«غارة المركز»|عقب الهجوم"),
    # a purpose clause
    "purpose clause": re.compile(r"بهدف «المطالبة|في إطار مساعٍ تهدف إلى|«لتبرير"),
}

# theme (a): schools and exams
SCHOOLS = "team105-522"
# theme (b): fuel and its shortage
FUEL = "team105-524"
# theme (c): herders and cattle raids
HERDS = "team105-525"
SCHOOL_WORDS = re.compile(r"مدرس|مدارس|طلاب|معلم|امتحان|التربية|تعليم")
FUEL_WORDS = re.compile(r"وقود|البنزين|صهريج|صهاريج|محطات|المحطات|البريقة|الغالونات")
HERD_WORDS = re.compile(r"رعاة|الرعاة|الرحّل|أبقار|الأبقار|القطعان|القطيع|المراحيل|المواشي|الماشية")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def schools_theme(core, main, lines):
    struck = bool(main and main.get("acled") == AIR and "مركز امتحانات" in para_text(lines, main))
    march = [g for g in has(core, "PROTEST", lines, "الطلاب") if happened(g)]
    strike = [g for g in has(core, "PROTEST", lines, "إضراب") if happened(g)]
    threat = has(core, "THREATEN", lines, "المعلمين")
    tents = [g for g in has(core, "AID", lines, "خيمة مدرسية") if happened(g)]
    unpaid = has(core, "AID", lines, "رواتب", first="negated")
    rumoured = has(core, "ASSAULT", lines, "مدرسة", first="rumored")
    meeting = has(core, "CONSULT", lines, "الامتحانات", first="planned")
    closed = [g for g in has(core, "COERCE", lines, "التربية") if happened(g)]
    return bool(struck and march and strike and threat and tents and unpaid and rumoured and meeting
                and closed
                and related(core, main, SCHOOL_WORDS, lines) * 2 > len(core))


def fuel_theme(core, main, lines):
    depot = bool(main and main.get("acled") == CLASH and "مستودع" in para_text(lines, main)
                 and "الوقود" in para_text(lines, main))
    blocked = [g for g in has(core, "PROTEST", lines, "البنزين") if happened(g)]
    arrests = [g for g in has(core, "COERCE", lines, "صهاريج") if g.get("mode") == "arrest" and happened(g)]
    delivered = [g for g in has(core, "AID", lines, "صهريجاً") if happened(g)]
    threat = has(core, "THREATEN", lines, "الوقود")
    rumoured = has(core, "PROTEST", lines, "محطة وقود", first="rumored")
    missing = has(core, "AID", lines, "الشحنة", first="negated")
    strike = has(core, "PROTEST", lines, "أزمة الوقود", first="planned")
    return bool(depot and blocked and arrests and delivered and threat and rumoured and missing and strike
                and related(core, main, FUEL_WORDS, lines) * 2 > len(core))


def herds_theme(core, main, lines):
    raid = bool(main and main.get("acled") == ATTACK and "رعاة" in para_text(lines, main)
                and "الأبقار" in para_text(lines, main))
    chased = [g for g in has(core, "ASSAULT", lines, "الأبقار") if g.get("acled") == CLASH and happened(g)]
    market = has(core, "CONCEDE", lines, "سوق المواشي")
    route = [g for g in has(core, "AGREE", lines, "مسار مؤقت للقطعان") if happened(g)]
    threat = has(core, "THREATEN", lines, "الأبقار")
    rumoured = has(core, "ASSAULT", lines, "للرحّل", first="rumored")
    undeployed = has(core, "MOBILIZE", lines, "المراحيل", first="negated")
    fed = [g for g in has(core, "AID", lines, "الرعاة") if happened(g)]
    escort = has(core, "COOPERATE", lines, "القطعان", first="planned")
    return bool(raid and chased and market and route and threat and rumoured and undeployed and fed and escort
                and related(core, main, HERD_WORDS, lines) * 2 > len(core))


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
    themes = {"schools and exams": [], "fuel and its shortage": [], "herders and cattle raids": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 101-103 or the brief")
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
                                         used_label="sets 101-103 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == SCHOOLS and schools_theme(core, main, lines):
            themes["schools and exams"].append(did)
        if did == FUEL and fuel_theme(core, main, lines):
            themes["fuel and its shortage"].append(did)
        if did == HERDS and herds_theme(core, main, lines):
            themes["herders and cattle raids"].append(did)
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team105", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
