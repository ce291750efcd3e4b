#!/usr/bin/env python3
"""Check team107.gold.json (the hundred-and-seventh team set, team107-531 ... team107-535) against the article
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (the town of the
  event, a foreign capital, the capital of the province); the two others have none and name their place in
  the first sentence instead;
- the regions: two Syrian articles in two different governorates (Rif Dimashq: Douma, Harasta, Misraba,
  Hamouriyah; al-Hasakah: Tal Tamr, al-Dardara, Abu Rasin, Ras al-Ayn, al-Darbasiyah, al-Hasakah), one
  Yemeni in al-Dhale (Qataba, Murays, Damt, al-Dhale), one Sudanese in River Nile State (Abu Hamad,
  al-Ubaidiya, Berber, ad-Damer) and one Libyan in Derna (Derna, al-Fatayeh, Karsa, Martuba, Ain Marah),
  each main event in one of its region's towns; no governorate, region or city that the first paragraphs of
  the READMEs of sets 103 and 104, the README of set 105 (and the lists of its check script) or the brief
  (for set 106) name, neither as a setting nor as an outlet's base, and no accepted place name among the
  places they name; no place word of the file names of sets 18 and 105 in a file name of this set;
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
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«اعتُقل»/«اختُطف»), a possessive actor («عناصر حاجز المعبر»/«مقاتلي
  «حرس الخابور»»/«مسلحو الحوثيين»/«مسلحي «مجلس شورى»»), a quoted acronym («أوتشا»/«قسد»/«سونا»/«أونسميل»),
  verb-subject-object and subject-verb-object sentences, a long parenthesis between a subject and its verb,
  two events joined in one sentence with «و» and a second verb, a time told after the act in its own clause,
  a story told again by the other side, a later definite back-reference and a purpose clause;
- the three themes: (a) one article mostly about hospitals and medical care (rockets on a medical point, a
  sit-in of doctors and nurses, a medical convoy and the surgical supplies seized from it, a threat over the
  shelling of hospitals, a medicine hoarder arrested, a strike on a hospital rumoured, patients not allowed
  out, a vaccination campaign due, the medical staff praised); (b) one mostly about prisoners and detainees
  (talks on the prisoners, mortar fire on families waiting for detainees, an exchange carried out, an
  abductees' association's accusation, an abduction, death sentences on detainees, a death under torture
  rumoured, bodies not handed over, a prison visit due, a release announced); (c) one mostly about gold
  mining and its violence (a raid on gold miners, a road blocked by miners, suspects arrested with looted
  detectors, a concession company suspended, night patrols agreed, the company absent from a meeting, the
  miners' threat, a second raid rumoured, a ministry's plan refused, a ministry committee due).

    python3 benchmarks/data/articles107/check_gold.py [--no-score]
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
    ABDUCTION,
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

GOLD = "team107.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team107-531": [7, 15], "team107-532": [7, 15], "team107-533": [8, 16],
                  "team107-534": [7, 15], "team107-535": [7, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team107-531": ("SY", "Rif Dimashq", "Douma", "دوما"),
          "team107-532": ("SY", "al-Hasakah", "Tal Tamr", "تل تمر"),
          "team107-533": ("YE", "al-Dhale", "Qataba", "قعطبة"),
          "team107-534": ("SD", "River Nile", "Abu Hamad", "أبو حمد"),
          "team107-535": ("LY", "Derna", "Derna", "درنة")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Rif Dimashq"): {"Douma", "Harasta", "Misraba", "Hamouriyah"},
        ("SY", "al-Hasakah"): {"Tal Tamr", "al-Dardara", "Abu Rasin", "Ras al-Ayn", "al-Darbasiyah",
                               "al-Hasakah"},
        ("YE", "al-Dhale"): {"Qataba", "Murays", "Damt", "al-Dhale"},
        ("SD", "River Nile"): {"Abu Hamad", "al-Ubaidiya", "Berber", "ad-Damer"},
        ("LY", "Derna"): {"Derna", "al-Fatayeh", "Karsa", "Martuba", "Ain Marah"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the
# first paragraphs of the READMEs of sets 103 and 104, by the README of set 105 and the lists of its
# check script, and the regions the brief keeps for set 106
USED_GOVS = {
    # set 103, first paragraph
    "Hama", "Deir ez-Zor", "Kirkuk", "Bani Walid", "North Darfur", "Gaziantep", "Erbil", "the Gulf",
    "Nairobi",
    # set 104, first paragraph
    "Quneitra", "Golan", "Tripoli", "New York", "al-Hodeidah", "Hodeidah", "Stockholm", "Damascus", "Berlin",
    "Riyadh",
    # set 105, README (its regions, outlet bases and dateline cities, and the places it keeps out)
    "Daraa", "Idlib", "Nineveh", "Mosul", "Dohuk", "Sabha", "Fezzan", "South Kordofan", "Tunis", "Khartoum",
    "London", "Ankara", "Baghdad", "Beirut", "Cairo", "Amman", "Jeddah", "Qamishli", "Sidon",
    # the lists of set 105's check script (sets 101-103)
    "Raqqa", "Latakia", "Salah al-Din", "Taiz", "North Sinai", "Ismailia", "Afrin", "Aleppo", "al-Suwayda",
    "Basra", "South Lebanon", "Aden", "Tartus", "Diyala", "Zawiya", "al-Zawiya", "North Lebanon", "Homs",
    "Dhi Qar", "al-Bayda", "Abyan", "al-Jazirah", "Doha", "Istanbul", "Tyre", "Bint Jbeil", "Marjayoun",
    # the regions the brief keeps for set 106
    "al-Anbar", "Anbar", "Marib"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team107-531": "Douma", "team107-532": "al-Hasakah", "team107-533": "Muscat",
               "team107-534": "ad-Damer", "team107-535": "Benghazi"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 105
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "daraa", "busra", "harir",
                   "lajat", "idlib", "maarat", "numan", "kafranbel", "nineveh", "sinuni", "khanasor",
                   "sabha", "ubari", "brak", "kordofan", "dilling", "habila"}
# the places those paragraphs, set 105's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 103, first paragraph
    "كفرزيتا", "كفر زيتا", "كفرنبودة", "اللطامنة", "حماة", "الشحيل", "ذيبان", "الطيانة", "البصيرة",
    "دير الزور",
    "الرشاد", "وادي الشاي", "الحويجة", "كركوك", "داقوق", "بني وليد", "الشويرف", "شنقل طوباية", "طويلة", "كتم",
    "كبكابية", "مليط", "شمال دارفور", "أدري", "نيروبي", "غازي عنتاب", "أربيل",
    "Kafr Zita", "Kafr Nabudah", "al-Latamneh", "Hama", "al-Shuhail", "Dhiban", "al-Tayyana", "al-Busayrah",
    "Deir ez-Zor", "al-Rashad", "Wadi al-Shay", "al-Hawija", "Kirkuk", "Daquq", "Bani Walid", "al-Shwayrif",
    "Shangil Tobaya", "Tawila", "Kutum", "Kabkabiya", "Mellit", "North Darfur", "Adre", "Nairobi",
    "Gaziantep", "Erbil",
    # set 104, first paragraph
    "جباتا الخشب", "مدينة البعث", "خان أرنبة", "مسحرة", "الحميدية", "حضر", "القنيطرة", "الجولان", "القورية",
    "الميادين", "العشارة", "البوكمال", "هجين", "الفرات", "دبس", "باي حسن", "تازة", "كي وان", "آلتون كوبري",
    "ليلان", "أبو سليم", "عين زارة", "قصر بن غشير", "معيتيقة", "تاجوراء", "سوق الجمعة", "السواني", "طرابلس",
    "نيويورك", "التحيتا", "الدريهمي", "حيس", "الحديدة", "الخوخة", "ستوكهولم", "دمشق", "برلين", "الرياض",
    "Jubata al-Khashab", "Baath City", "al-Baath", "Khan Arnabah", "Mashara", "al-Hamidiyah", "Hadar",
    "Quneitra", "Golan", "al-Quriyah", "al-Mayadin", "al-Asharah", "al-Bukamal", "Abu Kamal", "Hajin",
    "Euphrates", "Dibis", "Bai Hassan", "Taza", "K1", "Altun Kupri", "Laylan", "Abu Salim", "Ain Zara",
    "Qasr Bin Ghashir", "Mitiga", "Tajoura", "Souq al-Juma", "al-Swani", "Tripoli", "New York", "al-Tuhayta",
    "al-Durayhimi", "Hays", "Hodeidah", "al-Hudaydah", "al-Khawkha", "Stockholm", "Damascus", "Berlin",
    "Riyadh",
    # set 105, README
    "بصر الحرير", "اللجاة", "إزرع", "ناحتة", "المسيفرة", "الحراك", "درعا", "معرة النعمان", "كفرنبل", "حيش",
    "سراقب", "إدلب", "سنوني", "خانصور", "سنجار", "البعاج", "نينوى", "دهوك", "الموصل", "سبها", "أوباري",
    "براك الشاطئ", "فزان", "الدلنج", "هبيلا", "كادقلي", "جنوب كردفان", "تونس", "الخرطوم", "لندن", "أنقرة",
    "بغداد", "بيروت", "القاهرة", "عمان", "عمّان", "جدة", "القامشلي", "صيدا", "الشيخ مسكين",
    "Busra al-Harir", "al-Lajat", "Izra", "Nahta", "al-Musayfira", "al-Hrak", "Daraa", "Maarat al-Numan",
    "Kafr Nabl", "Hish", "Saraqib", "Idlib", "Sinuni", "Khanasor", "Sinjar", "al-Baaj", "Nineveh", "Dohuk",
    "Mosul", "Sabha", "Ubari", "Brak al-Shati", "Fezzan", "Dilling", "Habila", "Kadugli", "South Kordofan",
    "Tunis", "Khartoum", "London", "Ankara", "Baghdad", "Beirut", "Cairo", "Amman", "Jeddah", "Qamishli",
    "Sidon", "al-Sheikh Maskin",
    # the regions the brief keeps for set 106
    "درعا البلد", "طفس", "المزيريب", "جاسم", "مورك", "الأنبار", "الرمادي", "هيت", "حديثة", "الرطبة", "مأرب",
    "Daraa al-Balad", "Tafas", "al-Muzayrib", "Jasim", "al-Latamina", "Morek", "al-Anbar", "al-Ramadi",
    "Hit", "Haditha", "al-Rutba", "Marib"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team107-532": "town of the event", "team107-533": "foreign capital",
            "team107-534": "provincial capital"}
# the city each dateline names
DATELINE_CITY = {"team107-532": "تل تمر", "team107-533": "مسقط", "team107-534": "الدامر"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team107-531": "Eastern Ghouta opposition radio station's website",
               "team107-532": "Hasakah-based local news agency's website",
               "team107-533": "Muscat-based Yemeni satellite channel's website",
               "team107-534": "ad-Damer-based regional weekly newspaper's website",
               "team107-535": "Benghazi-based private television channel's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team107-531": ("Wednesday", "أمس الثلاثاء"), "team107-532": ("Saturday", "أمس الجمعة"),
           "team107-533": ("Monday", "أمس الأحد"), "team107-534": ("Sunday", "أمس السبت"),
           "team107-535": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team107-532": [3, 4], "team107-535": [3, 5]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team107-531": ("فقُتل أربعة أشخاص",),
              "team107-532": ("قُتل ثلاثة مدنيين", "بلغ أربعة"),
              "team107-533": ("فقُتل ثلاثة أشخاص",),
              "team107-534": ("فقتلوا أربعة منهم",),
              "team107-535": ("فقُتل ثلاثة من أفراد", "بلغ خمسة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "YE", "SD", "LY"}

SUBJECTS = (r"ومديرية صحة ريف دمشق الحرة|والإدارة الذاتية لشمال وشرق سوريا|ورابطة أمهات المختطفين|"
            r"وممثلو المعدّنين|والمجلس البلدي لدرنة")
SUBJECT_VERBS = r"اتهمت|حمّلت|لوّحوا|ندّد"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|اختُطف"),
    "possessive actor": re.compile(r"عناصر حاجز المعبر|مقاتلي «حرس الخابور»|مسلحو الحوثيين|"
                                   r"مسلحي «مجلس شورى"),
    "quoted acronym": re.compile(r"«أوتشا»|«قسد»|«سونا»|«أونسميل»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"سقطت ثلاث قذائف|قُتل ثلاثة مدنيين|سقطت قذائف هاون|هاجم مسلحون|"
                                      r"اندلعت مواجهات"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي|الذين) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهمت في بيان[^.]+، وطالبت|حمّلت في بيان[^.]+، ودعت|"
                                           r"ندّد في بيان[^.]+، وناشد"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وجرى ذلك قرابة|وقد حدث ذلك بعد|ووقعت الغارة نحو"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|اتهمت|نفت|قال)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"عن قصف الدردارة|من انفضاض الوقفة|التحقيق في الهجوم"),
    # a purpose clause
    "purpose clause": re.compile(r"«لإفشال الصفقة»|لحراسة مواقع التعدين|لبحث شروط فتح البوابات"),
}

# theme (a): hospitals and medical care
MEDICAL = "team107-531"
# theme (b): prisoners and detainees
PRISONERS = "team107-533"
# theme (c): gold mining and its violence
GOLD_MINING = "team107-534"
MEDICAL_WORDS = re.compile(r"طبي|طبية|مشفى|مشافي|المشافي|أدوية|دواء|ممرض|مسعف|تلقيح|الصحة|مرضى|جراحية")
PRISON_WORDS = re.compile(r"الأسرى|محتجز|المحتجزين|المختطفين|التبادل|سجن|السجن|الإفراج|أفرج|اختطف|جثامين")
GOLD_WORDS = re.compile(r"الذهب|معدّن|المعدّنين|المعدّنون|التعدين|المعادن|الامتياز|الشركة|آبار")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def medical_theme(core, main, lines):
    struck = bool(main and main.get("acled") == SHELL and "نقطة طبية" in para_text(lines, main))
    sit_in = [g for g in has(core, "PROTEST", lines, "الأطباء") if happened(g)]
    convoy = [g for g in has(core, "AID", lines, "أدوية") if happened(g)]
    seized = [g for g in has(core, "COERCE", lines, "مستلزمات جراحية") if g.get("mode") == "confiscate"
              and happened(g)]
    threat = has(core, "THREATEN", lines, "المشافي")
    hoarder = [g for g in has(core, "COERCE", lines, "أدوية") if g.get("mode") == "arrest" and happened(g)]
    rumoured = has(core, "ASSAULT", lines, "مشفى", first="rumored")
    kept_in = has(core, "RETREAT", lines, "مرضى", first="negated")
    vaccines = has(core, "AID", lines, "تلقيح", first="planned")
    praise = has(core, "SUPPORT", lines, "الكوادر الطبية")
    return bool(struck and sit_in and convoy and seized and threat and hoarder and rumoured and kept_in
                and vaccines and praise
                and related(core, main, MEDICAL_WORDS, lines) * 2 > len(core))


def prisoners_theme(core, main, lines):
    shelled = bool(main and main.get("acled") == SHELL and "المحتجزين" in para_text(lines, main))
    talks = [g for g in has(core, "CONSULT", lines, "الأسرى") if happened(g)]
    swap = [g for g in has(core, "RETREAT", lines, "صفقة التبادل") if happened(g)]
    accused = has(core, "ACCUSE", lines, "المختطفين")
    abducted = [g for g in core if main_type(g) == "ASSAULT" and g.get("acled") == ABDUCTION and happened(g)]
    sentenced = has(core, "SANCTION", lines, "محتجزين")
    tortured = has(core, "ASSAULT", lines, "التعذيب", first="rumored")
    bodies = has(core, "RETREAT", lines, "جثامين", first="negated")
    visit = has(core, "CONSULT", lines, "السجن", first="planned")
    release = has(core, "CONCEDE", lines, "الإفراج")
    return bool(shelled and talks and swap and accused and abducted and sentenced and tortured and bodies
                and visit and release
                and related(core, main, PRISON_WORDS, lines) * 2 > len(core))


def gold_mining_theme(core, main, lines):
    raid = bool(main and main.get("acled") == ATTACK and "الذهب" in para_text(lines, main))
    blocked = [g for g in has(core, "PROTEST", lines, "التعدين") if happened(g)]
    arrests = [g for g in has(core, "COERCE", lines, "المنهوبة") if g.get("mode") == "arrest" and happened(g)]
    suspended = [g for g in has(core, "SANCTION", lines, "الشركة") if happened(g)]
    patrols = [g for g in has(core, "AGREE", lines, "دوريات") if happened(g)]
    absent = has(core, "CONSULT", lines, "الشركة", first="negated")
    threat = has(core, "THREATEN", lines, "الشركة")
    rumoured = has(core, "ASSAULT", lines, "للمعدّنين", first="rumored")
    refused = has(core, "REJECT", lines, "وزارة المعادن")
    committee = has(core, "CONSULT", lines, "وزارة المعادن", first="planned")
    return bool(raid and blocked and arrests and suspended and patrols and absent and threat and rumoured
                and refused and committee
                and related(core, main, GOLD_WORDS, lines) * 2 > len(core))


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
    themes = {"hospitals and medical care": [], "prisoners and detainees": [],
              "gold mining and its violence": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 103-105 or the brief")
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
                                         used_label="sets 103-105 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == MEDICAL and medical_theme(core, main, lines):
            themes["hospitals and medical care"].append(did)
        if did == PRISONERS and prisoners_theme(core, main, lines):
            themes["prisoners and detainees"].append(did)
        if did == GOLD_MINING and gold_mining_theme(core, main, lines):
            themes["gold mining and its violence"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Yemen, Sudan and Libya"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team107", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
