#!/usr/bin/env python3
"""Check team115.gold.json (the hundred-and-fifteenth team set, team115-571 ... team115-575) against the
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
- the regions: two Syrian articles in two different governorates (Deir ez-Zor: al-Mayadin, al-Shoula,
  Kabajeb; Damascus: Nahr Aisha, al-Midan, Kafr Sousa, Barzeh), one Yemeni in al-Dhale (Qataba, al-Dhale,
  Damt, Murais), one Iraqi in Nineveh (Sinuni, Sinjar, Khanasor) and one Egyptian in North Sinai (al-Arish,
  Sheikh Zuweid, Bir al-Abd), each main event in one of its region's towns; no governorate, region or city
  that the first paragraphs of the READMEs of sets 111 and 112, the README of set 113 or the brief (for set
  114) name, neither as a setting nor as an outlet's base, and no accepted place name among the places they
  name; no place word of the file names of sets 18 and 113 in a file name of this set;
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
  أن», a passive, a possessive actor, a quoted acronym («سانا»/«أنسميس»/«آر بي جي»/«بي كي كي»/«داعش»),
  verb-subject-object and subject-verb-object sentences, a long parenthesis between a subject and its verb,
  two events joined in one sentence with «و» and a second verb, a time told after the act in its own
  clause, a story told again by the other side, a later definite back-reference and a purpose clause;
- the two themes: (a) one article mostly about truffle gatherers in the desert (gatherers killed in the
  desert, the blame for leaving them unprotected, a threat to whoever gathers truffles, a ban on gathering,
  gatherers' abduction rumoured, a meeting on the truffle seasons due, the traders' rejection of the ban's
  condition, aid to the families); (b) one mostly about qat, its sellers and its markets (a shell on a qat
  market, the sellers' strike, the sellers' union's blame, a threat over qat loads, qat trucks held, no
  compensation for the stalls, the governor's meeting and agreement with the sellers, a road to be opened to
  qat trucks, the trucks' release announced).

    python3 benchmarks/data/articles115/check_gold.py [--no-score]
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

GOLD = "team115.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team115-571": [5, 12], "team115-572": [5, 12], "team115-573": [5, 12],
                  "team115-574": [5, 12], "team115-575": [5, 11]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team115-571": ("SY", "Deir ez-Zor", "al-Mayadin", "دير الزور"),
          "team115-572": ("SY", "Damascus", "Nahr Aisha", "دمشق"),
          "team115-573": ("YE", "al-Dhale", "Qataba", "قعطبة"),
          "team115-574": ("IQ", "Nineveh", "Sinuni", "سنوني"),
          "team115-575": ("EG", "North Sinai", "al-Arish", "العريش")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Deir ez-Zor"): {"al-Mayadin", "al-Shoula", "Kabajeb"},
        ("SY", "Damascus"): {"Nahr Aisha", "al-Midan", "Kafr Sousa", "Barzeh"},
        ("YE", "al-Dhale"): {"Qataba", "al-Dhale", "Damt", "Murais"},
        ("IQ", "Nineveh"): {"Sinuni", "Sinjar", "Khanasor"},
        ("EG", "North Sinai"): {"al-Arish", "Sheikh Zuweid", "Bir al-Abd"}}
# the governorates, regions and cities named (as settings, outlet bases or dateline cities) by the first
# paragraphs of the READMEs of sets 111 and 112, by the README of set 113 (its own places and the ones it
# names for set 112), and the regions the brief keeps for set 114
USED_GOVS = {
    # set 111, first paragraph
    "As-Suwayda", "Suwayda", "Diyala", "Zawiya", "Quneitra", "Golan", "Taiz", "Sulaymaniyah", "Paris",
    # set 112, first paragraph
    "Idlib", "Jisr al-Shughur", "al-Ghab", "Aleppo", "Manbij", "Maysan", "Hadramawt", "al-Mukalla",
    "Kasserine", "London", "Moscow", "Baghdad", "Aden", "Tunis",
    # set 113, README
    "Daraa", "Tartus", "Kirkuk", "North Kordofan", "Kufra", "Kampala", "Ajdabiya", "Hama", "Port Sudan",
    # the regions the brief keeps for set 114
    "Tal Abyad", "Ras al-Ain", "Homs", "al-Waer", "Najaf", "Kufa", "Karak", "al-Jawf", "al-Hazm"}
# where each outlet is based (none may be a place of USED_GOVS)
OUTLET_BASE = {"team115-571": "Gaziantep", "team115-572": "Damascus", "team115-573": "Riyadh",
               "team115-574": "Mosul", "team115-575": "Cairo"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 113
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "daraa", "tafas", "muzayrib",
                   "tartus", "qadmus", "safita", "kirkuk", "daquq", "rashad", "north", "kordofan", "umm",
                   "ruwaba", "obeid", "kufra", "tazirbu", "rebiana"}
# the places those paragraphs, set 113's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 111, first paragraph
    "الشبكي", "شهبا", "المشنف", "السويداء", "صلخد", "أبو صيدا", "بلدروز", "السعدية", "خانقين", "بعقوبة",
    "المقدادية", "جلولاء", "ديالى", "الزاوية", "صرمان", "صبراتة", "جباتا الخشب", "خان أرنبة", "مدينة البعث",
    "بريقة", "الجولان", "بئر عجم", "القنيطرة", "ذباب", "المخا", "تعز", "السليمانية", "باريس",
    "al-Shbiki", "Shahba", "al-Mushannaf", "As-Suwayda", "Salkhad", "Abu Saida", "Balad Ruz", "al-Saadiya",
    "Khanaqin", "Baqubah", "al-Muqdadiya", "Jalawla", "Diyala", "Zawiya", "Surman", "Sabratha",
    "Jubata al-Khashab", "Khan Arnabah", "Madinat al-Baath", "Bariqa", "Golan", "Bir Ajam", "Quneitra",
    "Dhubab", "Mocha", "Taiz", "Sulaymaniyah", "Paris",
    # set 112, first paragraph
    "جسر الشغور", "إشتبرق", "الزيارة", "قرقور", "سهل الغاب", "محمبل", "إدلب", "منبج", "العريمة", "الدادات",
    "الساجور", "قيراط", "حلب", "علي الغربي", "الكحلاء", "العمارة", "المجر الكبير", "قلعة صالح", "ميسان",
    "المكلا", "فوة", "الشحر", "غيل باوزير", "الريان", "سيئون", "حضرموت", "جبل سلوم", "جبل مغيلة", "فريانة",
    "تالة", "سبيبة", "حيدرة", "القصرين", "لندن", "موسكو", "بغداد", "عدن", "تونس",
    "Jisr al-Shughur", "Ishtabraq", "al-Ziyara", "Qarqur", "al-Ghab", "Muhambal", "Idlib", "Manbij",
    "al-Arima", "al-Dadat", "Sajur", "Qirat", "Aleppo", "Ali al-Gharbi", "al-Kahla", "al-Amarah",
    "al-Majar al-Kabir", "Qalat Salih", "Maysan", "al-Mukalla", "Fuwwah", "al-Shihr", "Ghayl Ba Wazir",
    "al-Riyan", "Seiyun", "Hadramawt", "Mount Salloum", "Mount Mghila", "Feriana", "Thala", "Sbiba", "Haidra",
    "Kasserine", "London", "Moscow", "Baghdad", "Aden", "Tunis",
    # set 113, README
    "المزيريب", "طفس", "اليادودة", "تسيل", "نوى", "درعا", "صافيتا", "الشيخ بدر", "القدموس", "بانياس",
    "الدريكيش", "طرطوس", "داقوق", "الرشاد", "كركوك", "العباسي", "أم روابة", "الرهد", "بارا", "الأبيض",
    "بورتسودان", "شمال كردفان", "الكفرة", "ربيانة", "الهواري", "تازربو", "كمبالا", "أجدابيا", "حماة",
    "al-Muzayrib", "Tafas", "al-Yadudah", "Tseel", "Nawa", "Daraa", "Safita", "al-Shaykh Badr", "al-Qadmus",
    "Baniyas", "Dreikish", "Tartus", "Daquq", "al-Rashad", "Kirkuk", "al-Abbasi", "Umm Ruwaba", "al-Rahad",
    "Bara", "El Obeid", "Port Sudan", "North Kordofan", "Kufra", "Rebiana", "al-Hawari", "Tazirbu", "Kampala",
    "Ajdabiya", "Hama",
    # the regions the brief keeps for set 114
    "تل أبيض", "رأس العين", "الوعر", "حمص", "النجف", "الكوفة", "الكرك", "الجوف", "الحزم",
    "Tal Abyad", "Ras al-Ain", "al-Waer", "Homs", "Najaf", "Kufa", "Karak", "al-Jawf", "al-Hazm"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team115-573": "foreign capital", "team115-574": "provincial capital",
            "team115-575": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team115-573": "الرياض", "team115-574": "الموصل", "team115-575": "العريش"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team115-571": "Gaziantep-based Syrian opposition news website",
               "team115-572": "Damascus-based activists' news network's Facebook page",
               "team115-573": "Riyadh-based Yemeni satellite channel's website",
               "team115-574": "Mosul-based private Iraqi news agency",
               "team115-575": "Cairo-based private daily newspaper's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team115-571": ("Tuesday", "أمس الإثنين"), "team115-572": ("Sunday", "أمس السبت"),
           "team115-573": ("Thursday", "أمس الأربعاء"), "team115-574": ("Wednesday", "أمس الثلاثاء"),
           "team115-575": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team115-571": [6, 9], "team115-575": [4, 7]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team115-571": ("فقُتل ستة منهم", "بلغ تسعة"),
              "team115-572": ("فقُتل أربعة شبان",),
              "team115-573": ("قُتل خمسة أشخاص",),
              "team115-574": ("قُتل ثلاثة من عناصر",),
              "team115-575": ("فقُتل أربعة من أفراد الكمين", "وقتلوا سبعة")}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "YE", "IQ", "EG"}

SUBJECTS = (r"ومجلس وجهاء الميادين|وتنسيقية حي الميدان|ونقابة باعة القات في محافظة الضالع|"
            r"ووزارة الخارجية العراقية|واتحاد قبائل سيناء")
SUBJECT_VERBS = r"اتهمت|اتهم|دانت"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|أُغلقت|نُقلت"),
    "possessive actor": re.compile(r"عناصر المخابرات الجوية|نقابة باعة القات|أفراد الكمين|خلايا تنظيم"),
    "quoted acronym": re.compile(r"«سانا»|«أنسميس»|«آر بي جي»|«بي كي كي»|«داعش»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"فتح مسلحون|أطلق عناصر|قُتل خمسة أشخاص|قُتل ثلاثة من|هاجم مسلحون"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهم في بيان[^.]+، وطالب|اتهمت في بيان[^.]+، وطالبت|"
                                           r"دانت في بيان[^.]+، وطالبت|والتقى [^.]+، واتفق"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"ووقع ذلك قرابة|وجرى ذلك قرابة|ووقع ذلك قبيل"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|قالت|نشرت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"وجاءت الغارات بعد ساعات|موقع الهجوم|بعد ساعات من انتهاء الإضراب|"
                                          r"بعد ساعات من صدور القرار"),
    # a purpose clause
    "purpose clause": re.compile(r"لبحث «تأمين مواسم|لتأمين الطرق الرئيسية|لتأمين الكمائن|لعبور الحالات"),
}

# theme (a): truffle gatherers in the desert
TRUFFLES = "team115-571"
# theme (b): qat, its sellers and its markets
QAT = "team115-573"
TRUFFLE_WORDS = re.compile(r"الكمأة|كمأة|الجامعين|البادية")
QAT_WORDS = re.compile(r"القات|قات|الباعة|باعة|البسطات")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def truffles_theme(core, main, lines):
    killed = bool(main and main.get("acled") == ATTACK and "الكمأة" in para_text(lines, main))
    blamed = has(core, "ACCUSE", lines, "الجامعين")
    threat = has(core, "THREATEN", lines, "الكمأة")
    ban = [g for g in has(core, "COERCE", lines, "لجمع الكمأة") if happened(g)]
    rumoured = has(core, "ASSAULT", lines, "الكمأة", first="rumored")
    meeting_due = has(core, "CONSULT", lines, "الكمأة", first="planned")
    rejected = [g for g in has(core, "REJECT", lines, "الكمأة") if happened(g)]
    aid = [g for g in has(core, "AID", lines, "عائلات القتلى") if happened(g)]
    return bool(killed and blamed and threat and ban and rumoured and meeting_due and rejected and aid
                and related(core, main, TRUFFLE_WORDS, lines) * 2 > len(core))


def qat_theme(core, main, lines):
    shelled = bool(main and main.get("acled") == SHELL and "سوق القات" in para_text(lines, main))
    strike = [g for g in has(core, "PROTEST", lines, "باعة القات") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "باعة القات")
    threat = has(core, "THREATEN", lines, "قات")
    trucks = [g for g in has(core, "COERCE", lines, "بالقات") if happened(g)]
    no_compensation = has(core, "AID", lines, "البسطات", first="negated")
    met = [g for g in has(core, "CONSULT", lines, "باعة القات") if happened(g)]
    agreed = [g for g in has(core, "AGREE", lines, "سوق قعطبة") if happened(g)]
    road_due = has(core, "RETREAT", lines, "شاحنات القات", first="planned")
    released = [g for g in has(core, "CONCEDE", lines, "الشاحنات") if happened(g)]
    return bool(shelled and strike and blamed and threat and trucks and no_compensation and met and agreed
                and road_due and released and related(core, main, QAT_WORDS, lines) * 2 > len(core))


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
    themes = {"truffle gatherers in the desert": [], "qat, its sellers and its markets": []}
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
            errs.append(f"{did}: the outlet's base {OUTLET_BASE[did]} is named by sets 111-113 or the brief")
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
                                         used_label="sets 111-113 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == TRUFFLES and truffles_theme(core, main, lines):
            themes["truffle gatherers in the desert"].append(did)
        if did == QAT and qat_theme(core, main, lines):
            themes["qat, its sellers and its markets"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
         "the countries are not Syria (twice), Yemen, Iraq and Egypt"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team115", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
