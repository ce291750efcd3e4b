#!/usr/bin/env python3
"""Check team97.gold.json (the ninety-seventh team set, team97-481 ... team97-485) against the article files,
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
- the regions: two Syrian articles in two different governorates (Daraa: Tal Shihab, Zayzun, Tafas,
  al-Muzayrib, Daraa; Idlib: al-Bara, Ariha, al-Mastumah, Saraqib, Idlib), one Iraqi in Maysan (al-Majar
  al-Kabir, Amarah, al-Maimouna, al-Kahla), one Yemeni in Marib (Marib, al-Jadaan, Sirwah) and one Lebanese
  in Nabatieh (Habboush, Nabatieh, al-Khiam, Kfar Kila, Kfarshouba, Jibchit), each main event in one of its
  region's towns; no governorate or region that the first paragraphs of the READMEs of sets 93 and 94, the
  README of set 95 or the brief (for set 96) name, and no accepted place name among the places they name; no
  place word of the file names of sets 18 and 95 in a file name of this set;
- the years: 2012–2025, five different years at least ten years apart from first to last;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«اعتُقلوا»/«شُيّع»/«دُفن»), a possessive actor («مقاتلو «الجيش السوري الحر»»/«مسلحي
  القبيلة»/«أحد أفراد العصابة»), a quoted acronym («سانا»/«اليونيفيل»), verb-subject-object and
  subject-verb-object sentences, a long parenthesis between a subject and its verb, two events joined in one
  sentence with «و» and a second verb, a time told after the act in its own clause, and a story told again by
  the other side;
- the three themes: (a) one article mostly about drug smuggling across a border (a raid seizing drugs,
  smugglers shooting the young men suspected of guiding it, a border clash with smugglers, a protest against
  the smugglers, smugglers convicted, a gang member's threat); (b) one mostly about a clan feud and its
  mediation (a curfew, a fight between two clans, a truce «عطوة», suspects handed over, blood money rejected,
  a threat against «الدكات»); (c) one mostly about the sabotage of power lines (towers blown up, the repair
  team shot at, the sheikhs' pledge to protect the towers, joint patrols, an offer rejected, a threat
  against the oil pipeline).

    python3 benchmarks/data/articles97/check_gold.py [--no-score]
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

GOLD = "team97.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team97-481": [9, 14], "team97-482": [9, 14], "team97-483": [9, 15],
                  "team97-484": [9, 14], "team97-485": [9, 14]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team97-481": ("SY", "Daraa", "Tal Shihab", "تل شهاب"),
          "team97-482": ("SY", "Idlib", "al-Bara", "البارة"),
          "team97-483": ("IQ", "Maysan", "al-Majar al-Kabir", "المجر الكبير"),
          "team97-484": ("YE", "Marib", "Marib", "مأرب"),
          "team97-485": ("LB", "Nabatieh", "Habboush", "حبوش")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "Daraa"): {"Tal Shihab", "Zayzun", "Tafas", "al-Muzayrib", "Daraa"},
        ("SY", "Idlib"): {"al-Bara", "Ariha", "al-Mastumah", "Saraqib", "Idlib"},
        ("IQ", "Maysan"): {"al-Majar al-Kabir", "Amarah", "al-Maimouna", "al-Kahla"},
        ("YE", "Marib"): {"Marib", "al-Jadaan", "Sirwah"},
        ("LB", "Nabatieh"): {"Habboush", "Nabatieh", "al-Khiam", "Kfar Kila", "Kfarshouba", "Jibchit"}}
# the governorates and regions that the first paragraphs of the READMEs of sets 93 and 94 and the README of
# set 95 name as settings, and the regions the brief keeps for set 96
USED_GOVS = {"As-Suwayda", "Damascus", "Benghazi", "eastern Libya", "Abyan", "Aden", "Nineveh", "Latakia",
             "Raqqa", "Hodeidah", "Deir ez-Zor", "Hama", "Basra", "Fezzan", "al-Dhale", "Aleppo", "Homs",
             "Kirkuk", "North Darfur", "Shabwa"}
# this set's years are not restricted by earlier sets: only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 10
# the place words of the file names of the template set 18 and of the model set 95
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "thiban", "shuhail", "kasrah",
                   "kafr", "zita", "mhardeh", "morek", "abu", "khaseeb", "zubair", "qurna", "sabha",
                   "manshiya", "tayouri", "dhale", "murais", "qataba"}
# the places those paragraphs, set 95's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 93, first paragraph
    "أم الزيتون", "شهبا", "شقا", "صلخد", "السويداء", "باب توما", "القابون", "برزة", "الميدان", "العباسيين",
    "المزة", "دمشق", "الليثي", "الفويهات", "ميدان الكيش", "بوعطني", "درنة", "بنغازي", "جعار", "زنجبار",
    "المراقشة", "شقرة", "عدن", "أبين", "القيارة", "الحضر", "الزنجيلي", "الموصل", "جبل سنجار", "سنجار",
    "البعاج", "تلعفر", "نينوى", "بيروت",
    "Umm al-Zaytun", "Shahba", "Shaqqa", "Salkhad", "As-Suwayda", "Bab Touma", "al-Qaboun", "Barzeh",
    "al-Midan", "al-Abbasiyyin", "al-Mezzeh", "Damascus", "al-Laithi", "al-Fuwaihat", "Kish Square",
    "Bu Atni", "Derna", "Benghazi", "Jaar", "Zinjibar", "al-Maraqisha", "Shuqra", "Aden", "Abyan",
    "al-Qayyarah", "Hatra", "al-Zanjili", "Mosul", "Mount Sinjar", "Sinjar", "al-Baaj", "Tal Afar", "Nineveh",
    "Beirut",
    # set 94, first paragraph
    "جبل التركمان", "كباني", "سلمى", "اليمضية", "خربة الجوز", "ربيعة", "اللاذقية", "سد الفرات", "الطبقة",
    "المنصورة", "الكرامة", "عين عيسى", "الرقة", "المحلبية", "العياضية", "بادوش", "حمام العليل", "قنفودة",
    "الصابري", "سوق الحوت", "الماجوري", "المرج", "الحديدة", "كيلو 16", "حيس", "الدريهمي", "صنعاء",
    "Jabal al-Turkman", "Kabani", "Salma", "al-Yamadiyah", "Khirbet al-Jouz", "Rabia", "Latakia",
    "Euphrates dam", "al-Tabqa", "al-Mansoura", "al-Karama", "Ain Issa", "Raqqa", "al-Muhallabiyah",
    "al-Ayadiya", "Badush", "Hammam al-Alil", "Ganfouda", "al-Sabri", "Souq al-Hout", "al-Majouri",
    "al-Marj", "Hodeidah", "Kilo 16", "Hays", "al-Durayhimi", "Sanaa",
    # set 95, README (its settings and its dateline cities)
    "ذيبان", "الحوايج", "الشحيل", "البصيرة", "الكسرة", "دير الزور", "كفرزيتا", "محردة", "مورك", "اللطامنة",
    "حماة", "السقيلبية", "أبو الخصيب", "الهارثة", "صفوان", "الزبير", "أم قصر", "القرنة", "البصرة",
    "المنشية", "الطيوري", "سبها", "أوباري", "براك الشاطئ", "فزان", "الضالع", "مريس", "دمت", "الفاخر",
    "سناح", "قعطبة", "عمّان", "عمان",
    "Thiban", "al-Hawayij", "al-Shuhail", "al-Busayrah", "al-Kasrah", "Deir ez-Zor", "Kafr Zita", "Mhardeh",
    "Morek", "al-Latamneh", "Hama", "al-Suqaylabiyah", "Abu al-Khaseeb", "al-Hartha", "Safwan", "al-Zubair",
    "Umm Qasr", "al-Qurna", "Basra", "al-Manshiya", "al-Tayouri", "Sabha", "Ubari", "Brak al-Shati", "Fezzan",
    "al-Dhale", "Murais", "Damt", "al-Fakhir", "Sanah", "Qataba", "Amman",
    # the regions the brief keeps for set 96
    "الباب", "ريف حلب", "تدمر", "بادية حمص", "كركوك", "شمال دارفور", "شبوة",
    "al-Bab", "Aleppo countryside", "Palmyra", "Homs desert", "Kirkuk", "North Darfur", "Shabwa"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team97-482": "foreign capital", "team97-483": "provincial capital",
            "team97-484": "town of the event"}
# the city each dateline names
DATELINE_CITY = {"team97-482": "الدوحة", "team97-483": "العمارة", "team97-484": "مأرب"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team97-481": "Daraa citizen journalists' network website",
               "team97-482": "Qatari daily newspaper's website",
               "team97-483": "Maysan local news agency's website",
               "team97-484": "Yemeni weekly newspaper's website",
               "team97-485": "Lebanese TV channel's news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team97-482": [6, 9], "team97-484": [2, 3]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team97-481": ("مقتل شابين",),
              "team97-482": ("قُتل ستة مدنيين", "عدد القتلى بلغ تسعة"),
              "team97-483": ("مقتل شخصين",),
              "team97-484": ("مقتل جنديين", "ثلاثة جنود قُتلوا"),
              "team97-485": ("مقتل ثلاثة أشخاص",)}

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
    "passive": re.compile(r"قُتل|اعتُقلوا|شُيّع|دُفن"),
    "possessive actor": re.compile(r"مقاتلو «الجيش السوري الحر»|مسلحي القبيلة|أحد أفراد العصابة"),
    "quoted acronym": re.compile(r"«سانا»|«اليونيفيل»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"أطلق مسلحون|فجّر مسلحون قبليون|وهاجم مقاتلو|استهدفت مسيّرة إسرائيلية"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"ومجلس محافظة ميسان، [^.]+، أشاد"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ومجلس محافظة ميسان، الذي [^.]{60,}?، أشاد"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"ووصلت إلى القضاء[^.]+، واعتقلت|"
                                           r"ودفعت قيادة المنطقة[^.]+، واعتقلت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وقد جرى ذلك (?:قرابة|قبيل)|وقد وقع ذلك بعد|وقد حدث ذلك نحو"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|حمّل|قال|زعم)"),
}

# theme (a): drug smuggling across a border
SMUGGLING = "team97-481"
# theme (b): a clan feud and its mediation
FEUD = "team97-483"
# theme (c): the sabotage of power lines
POWER = "team97-484"
SMUGGLING_WORDS = re.compile(r"تهريب|التهريب|مهرّب|المهرّب|المخدر|مخدرة|الكبتاغون|الحشيش|العصابة|المداهم|"
                             r"الدوري|مصادرة")
FEUD_WORDS = re.compile(r"عشير|عطوة|العطوة|الوسطاء|الوجهاء|الفصل|الدية|دكة|الدكات|نزاع|الحظر")
POWER_WORDS = re.compile(r"الكهرباء|برج|البرجين|الأبراج|الخط|الخطوط|التيار|الطاقة|أنبوب|المهندس|الصيانة|"
                         r"الفريق|المحتجزين")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def smuggling_theme(core, main, lines):
    seized = [g for g in has(core, "COERCE", lines, "الكبتاغون|الحشيش")
              if g.get("mode") == "confiscate" and happened(g)]
    shot = bool(main and main.get("acled") == ATTACK and "المداهمة" in para_text(lines, main))
    border = [g for g in has(core, "ASSAULT", lines, "المهرّبين") if g.get("acled") == CLASH and happened(g)]
    protest = [g for g in has(core, "PROTEST", lines, "المهرّبين") if happened(g)]
    convicted = [g for g in has(core, "SANCTION", lines, "بتهريب") if happened(g)]
    threat = has(core, "THREATEN", lines, "المداهمات")
    return bool(seized and shot and border and protest and convicted and threat
                and related(core, main, SMUGGLING_WORDS, lines) * 2 > len(core))


def feud_theme(core, main, lines):
    curfew = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "curfew" and happened(g)]
    fight = bool(main and main.get("acled") == CLASH and "عشيرتين" in para_text(lines, main))
    truce = [g for g in has(core, "AGREE", lines, "«عطوة»") if happened(g)]
    handed = has(core, "CONCEDE", lines, "تسليم", first="asserted")
    blood_money = has(core, "REJECT", lines, "«الدية»")
    threat = has(core, "THREATEN", lines, "«الدكات»")
    return bool(curfew and fight and truce and handed and blood_money and threat
                and related(core, main, FEUD_WORDS, lines) * 2 > len(core))


def power_theme(core, main, lines):
    towers = [g for g in has(core, "ASSAULT", lines, "برجين")
              if g.get("mode") == "explosives" and happened(g)]
    team = bool(main and "فريق من مهندسي المؤسسة" in para_text(lines, main))
    pledge = [g for g in has(core, "AGREE", lines, "بحماية الأبراج") if happened(g)]
    patrols = [g for g in has(core, "COOPERATE", lines, "دوريات مشتركة") if happened(g)]
    rejected = has(core, "REJECT", lines, "بإصلاح البرجين")
    threat = has(core, "THREATEN", lines, "أنبوب النفط")
    return bool(towers and team and pledge and patrols and rejected and threat
                and related(core, main, POWER_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"drug smuggling across a border": [], "a clan feud and its mediation": [],
              "the sabotage of power lines": []}
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
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        found, year = region_year_checks(did, d, country=country, gov=gov, town=town, planned_towns=PLAN,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_FILE_WORDS,
                                         used_label="sets 93-95 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == SMUGGLING and smuggling_theme(core, main, lines):
            themes["drug smuggling across a border"].append(did)
        if did == FEUD and feud_theme(core, main, lines):
            themes["a clan feud and its mediation"].append(did)
        if did == POWER and power_theme(core, main, lines):
            themes["the sabotage of power lines"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "IQ", "YE", "LB"},
         "the countries are not Syria (twice), Iraq, Yemen and Lebanon"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team97", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
