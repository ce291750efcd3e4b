#!/usr/bin/env python3
"""Check team91.gold.json (the ninety-first team set, team91-451 ... team91-455) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–7,000 characters an article (``goldkit.layout_checks``; the plan aims
  at 5,000–5,200), at least one paragraph under 120 and one over 400 characters in each, five outlets of
  five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles in two different governorates (Tartus: Safita, al-Dreikish, al-Qadmus,
  Baniyas; Aleppo's eastern countryside: Manbij, al-Arima, Jarabulus, Tishreen Dam), one Iraqi in Dhi Qar
  (al-Fuhud, Suq al-Shuyukh, al-Shatra, al-Nasiriyah), one Libyan in the west (Sabratha, Surman, Zuwara,
  al-Ajaylat) and one Palestinian in the Gaza Strip (Khan Younis, Rafah, Beit Lahia, Deir al-Balah), each
  main event in one of its region's towns; years 2012–2025, none that the first paragraphs of the READMEs
  of sets 87, 88 and 89 name (which leaves 2017, 2018, 2019, 2020 and 2025), and no governorate they or the
  brief name; no accepted place name among the places those paragraphs and the brief name, no word of the
  file names of sets 18 and 89 in a file name of this set;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب»,
  a passive («قُتل»/«اعتُقل»/«استُشهد»/«شُيّع»), a possessive actor («عناصر من الأمن العام»/«دوريات
  الأمن العام»/«أفراد الشرطة القضائية»/«بحرية الاحتلال»), verb-subject-object and subject-verb-object
  sentences, a long parenthesis between a subject and its verb, two events joined in one sentence with «و»
  and a second verb, and a story told again by the other side;
- the three themes: (a) one article mostly about a tribal feud (a clash between two clans over water, a
  curfew, arrests, a threat under the anti-terrorism law, a truce brokered by sheikhs, an official
  dismissed); (b) one mostly about a prison break (an armed attack on a prison, inmates escaping and
  recaptured, the director suspended, the guards protesting, an ultimatum to hand over the fugitives);
  (c) one mostly about fishermen and the fishing zone (the zone reduced, a boat seized and its crew
  arrested, a fisherman killed at sea, the fishermen's protest, the crew released, a rumoured deal to
  widen the zone).

    python3 benchmarks/data/articles91/check_gold.py [--no-score]
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

GOLD = "team91.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, a fisherman's words): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team91-451": [8, 16], "team91-452": [8, 15], "team91-453": [9, 16],
                  "team91-454": [9, 15], "team91-455": [9, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team91-451": ("SY", "Tartus", "al-Dreikish", "صافيتا"),
          "team91-452": ("SY", "Aleppo", "Manbij", "منبج"),
          "team91-453": ("IQ", "Dhi Qar", "al-Fuhud", "الفهود"),
          "team91-454": ("LY", "western Libya", "Sabratha", "صبراتة"),
          "team91-455": ("PS", "Gaza Strip", "Khan Younis", "خان يونس")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Tartus"): {"Safita", "al-Dreikish", "al-Qadmus", "Baniyas"},
        ("SY", "Aleppo"): {"Manbij", "al-Arima", "Jarabulus", "Tishreen Dam"},
        ("IQ", "Dhi Qar"): {"al-Fuhud", "Suq al-Shuyukh", "al-Shatra", "al-Nasiriyah"},
        ("LY", "western Libya"): {"Sabratha", "Surman", "Zuwara", "al-Ajaylat"},
        ("PS", "Gaza Strip"): {"Khan Younis", "Rafah", "Beit Lahia", "Deir al-Balah"}}
# the governorates and years that the first paragraphs of the READMEs of sets 87, 88 and 89 name, and the
# regions the brief reserves for the set written at the same time
USED_GOVS = {"Kirkuk", "Latakia", "Raqqa", "northern West Bank", "Minya", "Assiut", "Hama", "Deir ez-Zor",
             "Diyala", "Nabatieh", "south Lebanon", "Marib", "Homs", "Hasakah", "Babil", "western Tunisia",
             "Hadramawt", "Idlib", "Daraa", "Anbar", "Baalbek-Hermel", "Bekaa", "Khartoum"}
USED_YEARS = {"2012", "2013", "2014", "2015", "2016", "2021", "2022", "2023", "2024"}
FREE_YEARS = {"2017", "2018", "2019", "2020", "2025"}
# every word of the file names of sets 18 and 89 (whose listings the annotator saw)
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "rastan", "2023", "homs",
                   "talbiseh", "khabur", "2021", "qamishli", "hol", "hillah", "2015", "iskandariyah",
                   "musayyib", "bouchebka", "2022", "kasserine", "chaambi", "tarim", "2024", "mukalla",
                   "shihr"}
# the places those first paragraphs and the brief name (Arabic and English): no accepted place name may be one
USED_PLACES = {
    "داقوق", "كركوك", "الرياض", "ربيعة", "جبل التركمان", "الحفة", "النبي يونس", "كنسبا", "اللاذقية",
    "تل أبيض", "سلوك", "الطبقة", "الرقة", "جنين", "مخيم جنين", "الجلمة", "سالم", "الضفة الغربية", "ملوي",
    "المنيا", "أبنوب", "أسيوط", "كفرزيتا", "مورك", "صوران", "كفرنبودة", "اللطامنة", "الشيخ هلال", "سلمية",
    "حماة", "البصيرة", "ذيبان", "الصور", "هجين", "دير الزور", "مخيم تل الورد", "خانقين", "جلولاء", "بعقوبة",
    "المقدادية", "ديالى", "الخيام", "مرجعيون", "عيتا الشعب", "رامية", "النبطية", "شبعا", "يارون", "صرواح",
    "مأرب", "الوادي", "الرستن", "تلبيسة", "حمص", "تل جمعة", "أم الكيف", "تل تمر", "القامشلي", "الهول",
    "الدرباسية", "عامودا", "الحسكة", "الحلة", "الإسكندرية", "بغداد", "المسيب", "بابل", "بوشبكة", "فريانة",
    "القصرين", "جبل الشعانبي", "تريم", "المكلا", "سيئون", "هضبة حضرموت", "المسيلة", "الشحر", "حضرموت",
    "جبل الزاوية", "إدلب", "أريحا", "درعا", "الأنبار", "حديثة", "هيت", "بعلبك", "الهرمل", "البقاع",
    "أم درمان", "الخرطوم",
    "Daquq", "Kirkuk", "al-Riyadh", "Rabia", "Jabal al-Turkman", "al-Haffah", "Nabi Younes", "Kinsabba",
    "Latakia", "Tal Abyad", "Suluk", "al-Tabqa", "Raqqa", "Jenin", "Jenin camp", "al-Jalama", "Salem",
    "West Bank", "Mallawi", "Minya", "Abnub", "Assiut", "Kafr Zita", "Morek", "Suran", "Kafr Nabudah",
    "al-Latamneh", "al-Sheikh Hilal", "Salamiyah", "Hama", "al-Busayra", "Dhiban", "al-Sur", "Hajin",
    "Deir ez-Zor", "Tal al-Ward camp", "Khanaqin", "Jalawla", "Baqubah", "al-Muqdadiyah", "Diyala",
    "al-Khiam", "Marjayoun", "Aita al-Shaab", "Ramiyeh", "Nabatieh", "Shebaa", "Yaroun", "Sirwah", "Marib",
    "al-Wadi", "al-Rastan", "Talbiseh", "Homs", "Tal Jumaa", "Umm al-Keif", "Tal Tamr", "Qamishli",
    "al-Hol", "al-Darbasiyah", "Amuda", "Hasakah", "al-Hillah", "al-Iskandariyah", "Baghdad", "al-Musayyib",
    "Babil", "Bouchebka", "Feriana", "Kasserine", "Mount Chaambi", "Tarim", "al-Mukalla", "Seiyun",
    "Hadramawt plateau", "al-Masila", "al-Shihr", "Hadramawt", "Jabal al-Zawiya", "Idlib", "Ariha", "Daraa",
    "Anbar", "Haditha", "Hit", "Baalbek", "Hermel", "Bekaa", "Omdurman", "Khartoum"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team91-452", "team91-453", "team91-454"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team91-451": "Tartus local news network's website",
               "team91-452": "Syrian independent community radio station's website",
               "team91-453": "Dhi Qar local news agency's website",
               "team91-454": "Libyan private TV channel's news website",
               "team91-455": "Palestinian daily newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team91-452": [4, 6], "team91-454": [2, 3]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team91-451": ("مقتل ثلاثة عناصر من الأمن العام",),
              "team91-452": ("قُتل أربعة مدنيين", "ستة قتلى"),
              "team91-453": ("مقتل ثلاثة أشخاص",),
              "team91-454": ("قُتل اثنان من أفراد الشرطة القضائية", "ثلاث جثث"),
              "team91-455": ("استُشهد صياد",)}

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
    "passive": re.compile(r"قُتل|اعتُقل|استُشهد|شُيّع"),
    "possessive actor": re.compile(r"عناصر من الأمن العام|دوريات الأمن العام|أفراد الشرطة القضائية|"
                                   r"بحرية الاحتلال"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"ودفعت قيادة الأمن الداخلي|اعتقلت بحرية الاحتلال ثلاثة|"
                                      r"وأمهلت مديرية الأمن المجموعة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"ومحافظ ذي قار أشاد|أما المتحدث باسم التحالف الدولي فأشاد"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ووزير العدل، الذي [^.]{60,}?، أصدر"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(
        r"ودفعت [^.]+، وفرضت|فرضت قيادة [^.]+، ودفعت|اعتقلت بحرية الاحتلال [^.]+، واستولت"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، زعم متحدث|غير أن «المرصد السوري"),
}

# theme (a): a tribal feud
FEUD = "team91-453"
# theme (b): a prison break
PRISON = "team91-454"
# theme (c): fishermen and the fishing zone
FISHING = "team91-455"
FEUD_WORDS = re.compile(r"عشير|النزاع|الطرفين|الطرفان|الفهود|الشيوخ|المياه")
PRISON_WORDS = re.compile(r"المؤسسة|الفارين|الحراس|الشرطة القضائية|المجموعة المسلحة|المهاجمين|صبراتة")
FISHING_WORDS = re.compile(r"الصيد|الصياد|صياد|مركب|البحرية|الزوارق|الاحتلال")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def feud_theme(core, main, lines):
    clash = bool(main and main.get("acled") == CLASH and not main.get("recipient")
                 and "عشيرتين" in para_text(lines, main))
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew" and happened(g)]
    arrests = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest" and happened(g)]
    threat = has(core, "THREATEN", lines, "مكافحة الإرهاب")
    truce = has(core, "AGREE", lines, "عطوة")
    dismissed = [g for g in core if main_type(g) == "SANCTION" and happened(g)]
    return bool(clash and curfew and arrests and threat and truce and dismissed
                and related(core, main, FEUD_WORDS, lines) * 2 > len(core))


def prison_theme(core, main, lines):
    main_text = para_text(lines, main) if main else ""
    attack = bool(main and "مؤسسة الإصلاح والتأهيل" in main_text and "فرار" in main_text)
    recaptured = [g for g in has(core, "COERCE", lines, "الفارين")
                  if g.get("mode") == "arrest" and happened(g)]
    suspended = has(core, "SANCTION", lines, "مدير المؤسسة")
    guards = [g for g in has(core, "PROTEST", lines, "الشرطة القضائية") if happened(g)]
    ultimatum = has(core, "THREATEN", lines, "المهلة")
    not_caught = [g for g in core if main_type(g) == "COERCE" and g["factuality"][0] == "negated"]
    return bool(attack and recaptured and suspended and guards and ultimatum and not_caught
                and related(core, main, PRISON_WORDS, lines) * 2 > len(core))


def fishing_theme(core, main, lines):
    zone = [g for g in has(core, "COERCE", lines, "مساحة الصيد")
            if g.get("mode") == "restrict" and happened(g)]
    seized = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "confiscate" and happened(g)]
    killed = bool(main and main.get("acled") == ATTACK and "مركب" in para_text(lines, main))
    protest = [g for g in has(core, "PROTEST", lines, "الصيادين") if happened(g)]
    released = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release" and happened(g)]
    deal = has(core, "AGREE", lines, "مساحة الصيد", first="rumored")
    return bool(zone and seized and killed and protest and released and deal
                and related(core, main, FISHING_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a tribal feud": [], "a prison break": [], "fishermen and the fishing zone": []}
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
        else:
            errs.append(f"{did}: no main event")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS,
                                         used_label="sets 87-89 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == FEUD and feud_theme(core, main, lines):
            themes["a tribal feud"].append(did)
        if did == PRISON and prison_theme(core, main, lines):
            themes["a prison break"].append(did)
        if did == FISHING and fishing_theme(core, main, lines):
            themes["fishermen and the fishing zone"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "LY", "PS"},
         "the countries are not Syria (twice), Iraq, Libya and Palestine"),
        (set(years) <= FREE_YEARS, f"a year outside those left free: {sorted(years)}"),
        (len(years) == len(docs), "two articles share a year"),
    ]
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            constructions=CONSTRUCTIONS, all_text=all_text, whole_set=whole_set)
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team91", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
