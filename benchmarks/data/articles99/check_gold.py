#!/usr/bin/env python3
"""Check team99.gold.json (the ninety-ninth team set, team99-491 ... team99-495) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles in two different governorates (Tartus: Baniyas, al-Qadmus, al-Marqab,
  Tartus; Quneitra: Jubata al-Khashab, Khan Arnabah, Bir Ajam, al-Rafid, Baath City, al-Qahtaniyah), one
  Iraqi in Diyala (al-Udhaim, al-Khalis, Baqubah, Balad Ruz), one Libyan in al-Zawiya (al-Zawiya, al-Harsha,
  Surman) and one Lebanese in the North (Tripoli, Bab al-Tabbaneh, Jabal Mohsen), each main event in one of
  its region's towns; no governorate or region that the first paragraphs of the READMEs of sets 95 and 96,
  the README of set 97 or the brief (for set 98) name, and no accepted place name among the places they name;
  no place word of the file names of sets 18 and 97 in a file name of this set;
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
  أن», a passive («قُتل»/«شُيّع»/«دُفن»/«اتُّفق»/«خُطف»), a possessive actor («مقاتلي الحشد»/«مسلحي
  التبانة»/«مقاتلو المعارضة»), a quoted acronym («أندوف»), verb-subject-object and subject-verb-object
  sentences, a long parenthesis between a subject and its verb, two events joined in one sentence with «و» and
  a second verb, a time told after the act in its own clause, and a story told again by the other side;
- the three themes: (a) one article mostly about sweeps for military service (arrests of men wanted for
  reserve service, a young man shot at a checkpoint, the detainees' mothers gathering, students to be freed, a
  threat to draft evaders, no member of the checkpoint arrested); (b) one mostly about the return of displaced
  families (families let back through a checkpoint, a bomb on a returning family, grants for the returnees, a
  second convoy due, armed factions that did not withdraw, a threat to defend the returnees); (c) one mostly
  about kidnapping for ransom (a surgeon abducted for ransom, a clash with the kidnappers that freed him, an
  agreement against kidnappers, kidnappers sentenced, a rumoured abduction, a hostage not freed).

    python3 benchmarks/data/articles99/check_gold.py [--no-score]
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
    CLASH,
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

GOLD = "team99.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team99-491": [9, 14], "team99-492": [9, 15], "team99-493": [9, 15],
                  "team99-494": [9, 14], "team99-495": [9, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team99-491": ("SY", "Tartus", "Baniyas", "بانياس"),
          "team99-492": ("IQ", "Diyala", "al-Udhaim", "العظيم"),
          "team99-493": ("LY", "Zawiya", "al-Harsha", "الحرشة"),
          "team99-494": ("SY", "Quneitra", "Jubata al-Khashab", "جباتا الخشب"),
          "team99-495": ("LB", "North", "Tripoli", "طرابلس")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Tartus"): {"Baniyas", "al-Qadmus", "al-Marqab", "Tartus"},
        ("SY", "Quneitra"): {"Jubata al-Khashab", "Khan Arnabah", "Bir Ajam", "al-Rafid", "Baath City",
                             "al-Qahtaniyah"},
        ("IQ", "Diyala"): {"al-Udhaim", "al-Khalis", "Baqubah", "Balad Ruz"},
        ("LY", "Zawiya"): {"Zawiya", "al-Harsha", "Surman"},
        ("LB", "North"): {"Tripoli", "Bab al-Tabbaneh", "Jabal Mohsen"}}
# the governorates and regions that the first paragraphs of the READMEs of sets 95 and 96 and the README of
# set 97 name (as settings, outlet bases or dateline cities), and the regions the brief keeps for set 98
USED_GOVS = {"Deir ez-Zor", "Hama", "Basra", "Sabha", "Fezzan", "al-Dhale", "Amman", "Aleppo", "Homs",
             "Kirkuk", "North Darfur", "Shabwa", "Marib", "Damascus", "Erbil", "Kampala", "Daraa", "Idlib",
             "Maysan", "Nabatieh", "Doha", "Hasakah", "Rif Dimashq", "Babil", "Sirte", "South Kordofan"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 97
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "tal", "shihab", "tafas",
                   "muzayrib", "bara", "ariha", "saraqib", "majar", "kabir", "maimouna", "kahla", "marib",
                   "jadaan", "sirwah", "habboush", "khiam", "jibchit"}
# the places those paragraphs, set 97's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 95, first paragraph
    "ذيبان", "الحوايج", "الشحيل", "البصيرة", "الكسرة", "دير الزور", "كفرزيتا", "محردة", "مورك", "اللطامنة",
    "حماة", "السقيلبية", "أبو الخصيب", "الهارثة", "صفوان", "الزبير", "أم قصر", "القرنة", "البصرة",
    "المنشية", "الطيوري", "سبها", "أوباري", "براك الشاطئ", "فزان", "الضالع", "مريس", "دمت", "الفاخر",
    "سناح", "قعطبة", "عمّان", "عمان",
    "Thiban", "al-Hawayij", "al-Shuhail", "al-Busayrah", "al-Kasrah", "Deir ez-Zor", "Kafr Zita", "Mhardeh",
    "Morek", "al-Latamneh", "Hama", "al-Suqaylabiyah", "Abu al-Khaseeb", "al-Hartha", "Safwan", "al-Zubair",
    "Umm Qasr", "al-Qurna", "Basra", "al-Manshiya", "al-Tayouri", "Sabha", "Ubari", "Brak al-Shati", "Fezzan",
    "al-Dhale", "Murais", "Damt", "al-Fakhir", "Sanah", "Qataba", "Amman",
    # set 96, first paragraph (settings and outlet bases)
    "الباب", "تادف", "قباسين", "بزاعة", "ريف حلب", "حلب", "تدمر", "القريتين", "آراك", "التيفور", "بادية حمص",
    "حمص", "الرياض", "العباسي", "الحويجة", "داقوق", "حمرين", "كركوك", "الفاشر", "مليط", "كتم", "طويلة",
    "شمال دارفور", "عتق", "بيحان", "عسيلان", "مرخة", "حريب", "شبوة", "دمشق", "أربيل", "كمبالا",
    "al-Bab", "Tadef", "Qabasin", "Bza'a", "Aleppo countryside", "Aleppo", "Palmyra", "al-Qaryatain", "Arak",
    "T4", "Homs desert", "Homs", "al-Riyadh", "al-Abbasi", "Hawija", "Daquq", "Hamrin", "Kirkuk", "El Fasher",
    "Mellit", "Kutum", "Tawila", "North Darfur", "Ataq", "Bayhan", "Usaylan", "Markha", "Harib", "Shabwa",
    "Damascus", "Erbil", "Kampala",
    # set 97, README (its settings and its dateline cities)
    "تل شهاب", "زيزون", "المزيريب", "درعا", "طفس", "البارة", "جبل الزاوية", "أريحا", "المسطومة", "إدلب",
    "سراقب", "المجر الكبير", "العمارة", "الكحلاء", "الميمونة", "ميسان", "الجدعان", "مأرب", "صرواح", "حبوش",
    "النبطية", "الخيام", "كفركلا", "كفرشوبا", "جبشيت", "المطلة", "الدوحة",
    "Tal Shihab", "Zayzun", "al-Muzayrib", "Daraa", "Tafas", "al-Bara", "Jabal al-Zawiya", "Ariha",
    "al-Mastumah", "Idlib", "Saraqib", "al-Majar al-Kabir", "Amarah", "al-Kahla", "al-Maimouna", "Maysan",
    "al-Jadaan", "Marib", "Sirwah", "Habboush", "Nabatieh", "al-Khiam", "Kfar Kila", "Kfarshouba", "Jibchit",
    "Metula", "Doha",
    # the regions the brief keeps for set 98
    "الحسكة", "مضايا", "الزبداني", "وادي بردى", "ريف دمشق", "بابل", "سرت", "جنوب كردفان",
    "Hasakah", "Madaya", "al-Zabadani", "Wadi Barada", "Rif Dimashq", "Babil", "Sirte", "South Kordofan"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team99-492": "provincial capital", "team99-493": "town of the event",
            "team99-494": "foreign capital"}
# the city each dateline names
DATELINE_CITY = {"team99-492": "بعقوبة", "team99-493": "الزاوية", "team99-494": "لندن"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team99-491": "Syrian community radio station's website",
               "team99-492": "Iraqi satellite TV channel's news website",
               "team99-493": "western Libya local online news platform",
               "team99-494": "London-based pan-Arab daily newspaper's website",
               "team99-495": "Tripoli private news agency's website"}
# the weekday of each publication date (checked with ``calendar``) and the words that name it (or the day
# before it) in the text
WEEKDAY = {"team99-491": ("Wednesday", "اليوم الأربعاء"), "team99-492": ("Thursday", "أمس الأربعاء"),
           "team99-493": ("Tuesday", "اليوم الثلاثاء"), "team99-494": ("Wednesday", "اليوم الأربعاء"),
           "team99-495": ("Wednesday", "ليل الثلاثاء – الأربعاء")}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team99-492": [3, 4], "team99-494": [5, 7]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team99-491": ("على شاب في الرابعة والعشرين", "فارق الحياة"),
              "team99-492": ("مقتل رجل وزوجته وابنهما", "ارتفع إلى أربعة"),
              "team99-493": ("ومقتل اثنين من الخاطفين وأحد عناصر القوة",),
              "team99-494": ("قُتل خمسة مدنيين", "حصيلة القتلى وصلت إلى سبعة"),
              "team99-495": ("قُتل شخصان",)}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب": re.compile(r"بحسب"),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اتُّفق|خُطف"),
    "possessive actor": re.compile(r"مقاتلي الحشد|مسلحي التبانة|مقاتلو المعارضة"),
    "quoted acronym": re.compile(r"«أندوف»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"أطلق عناصر حاجز|انفجرت عبوة ناسفة|وهاجم مقاتلو المعارضة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"ومحافظ ديالى، [^.]+، اجتمع"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ومحافظ ديالى، الذي [^.]{60,}?، اجتمع"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"ونصبت الشرطة العسكرية[^.]+، واحتجزت|"
                                           r"ودفعت قيادة عمليات دجلة[^.]+، واعتقلت|"
                                           r"ودفع الجيش اللبناني[^.]+، ونفّذ"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد حدث ذلك قرابة|وقد وقع ذلك نحو"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|نفى|قالت|نقل|حمّل)"),
}

# theme (a): sweeps for military service
SWEEPS = "team99-491"
# theme (b): the return of displaced families
RETURN = "team99-492"
# theme (c): kidnapping for ransom
RANSOM = "team99-493"
SWEEP_WORDS = re.compile(r"الشرطة العسكرية|التجنيد|متخلف|المتخلف|الاحتياط|الموقوف|الحاجز|الحواجز|"
                         r"حملات السوق|الحملة|دورية|الشبان")
RETURN_WORDS = re.compile(r"النازح|نازحة|عائد|العودة|عودة|قافلة|القافلة|العائلات|القرى|الناحية")
RANSOM_WORDS = re.compile(r"خطف|الخطف|الخاطف|المخطوف|اختطاف|فدية|الفدية|العصابة|الجرّاح")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def sweeps_theme(core, main, lines):
    sweep = [g for g in has(core, "COERCE", lines, "الاحتياطية") if g.get("mode") == "arrest" and happened(g)]
    shot = bool(main and main.get("acled") == ATTACK and "حاجز" in para_text(lines, main))
    mothers = [g for g in has(core, "PROTEST", lines, "الموقوفين") if happened(g)]
    freed = has(core, "CONCEDE", lines, "ستُخلي سبيل", first="asserted")
    threat = has(core, "THREATEN", lines, "المتخلفين")
    not_arrested = has(core, "COERCE", lines, "عناصر الحاجز", first="negated")
    return bool(sweep and shot and mothers and freed and threat and not_arrested
                and related(core, main, SWEEP_WORDS, lines) * 2 > len(core))


def return_theme(core, main, lines):
    let_back = [g for g in has(core, "RETREAT", lines, "قافلة") if g.get("mode") == "access" and happened(g)]
    bomb = bool(main and main.get("acled") == MINE and "عائلة عائدة" in para_text(lines, main))
    grants = [g for g in has(core, "AID", lines, "العائلات العائدة") if happened(g)]
    second = has(core, "RETREAT", lines, "قافلة ثانية", first="planned")
    stayed = has(core, "RETREAT", lines, "الفصائل المسلحة", first="negated")
    threat = has(core, "THREATEN", lines, "العائدين")
    return bool(let_back and bomb and grants and second and stayed and threat
                and related(core, main, RETURN_WORDS, lines) * 2 > len(core))


def ransom_theme(core, main, lines):
    abducted = [g for g in has(core, "ASSAULT", lines, "بفدية") if g.get("mode") == "abduct" and happened(g)]
    rescue = bool(main and main.get("acled") == CLASH and "الخاطف" in para_text(lines, main))
    agreed = [g for g in has(core, "AGREE", lines, "الخطف") if happened(g)]
    sentenced = [g for g in has(core, "SANCTION", lines, "بخطف") if happened(g)]
    rumoured = [g for g in has(core, "ASSAULT", lines, "اختطاف", first="rumored")
                if g.get("mode") == "abduct"]
    hostage = has(core, "RETREAT", lines, "العصابة", first="negated")
    return bool(abducted and rescue and agreed and sentenced and rumoured and hostage
                and related(core, main, RANSOM_WORDS, lines) * 2 > len(core))


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
    themes = {"sweeps for military service": [], "the return of displaced families": [],
              "kidnapping for ransom": []}
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
                                         used_label="sets 95-97 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == SWEEPS and sweeps_theme(core, main, lines):
            themes["sweeps for military service"].append(did)
        if did == RETURN and return_theme(core, main, lines):
            themes["the return of displaced families"].append(did)
        if did == RANSOM and ransom_theme(core, main, lines):
            themes["kidnapping for ransom"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "LY", "LB"},
         "the countries are not Syria (twice), Iraq, Libya and Lebanon"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team99", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
