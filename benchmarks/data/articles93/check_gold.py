#!/usr/bin/env python3
"""Check team93.gold.json (the ninety-third team set, team93-461 ... team93-465) against the article files,
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
- the regions: two Syrian articles in two different governorates (As-Suwayda: Shaqqa, Shahba, Umm
  al-Zaytun, Salkhad; Damascus: Bab Touma, al-Qaboun, Barzeh, al-Midan, al-Mezzeh), one Libyan in the east
  (Benghazi, Derna), one Yemeni in Abyan (Jaar, Zinjibar, Shuqra, al-Mahfad) and one Iraqi in Nineveh
  (al-Qayyarah, Mosul, Hatra, Tal Afar, Sinjar, al-Baaj), each main event in one of its region's towns; no
  governorate or region that the first paragraphs of the READMEs of sets 89 and 90, the README of set 91 or
  the brief (for set 92) name, and no accepted place name among the places they name; no place word of the
  file names of sets 18 and 91 (and of set 89, as listed in set 91's checker) in a file name of this set;
- the years: 2012–2025, five different years at least six years apart from first to last;
- the layout (``goldkit.set_plan_checks``): the main event (the core event with fatalities told in three
  or more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another
  core event in the others, never mentioned before its trigger's paragraph; at most two articles let the
  reports of a toll conflict, each with two or more attributed sources and the gold keeping the lowest
  count; every toll reported is written in the main event's paragraphs;
- every article has a core negated event and optional events; the set has core events of all sixteen
  PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «من دون
  أن», a passive («قُتل»/«اعتُقل»/«شُيّع»), a possessive actor («مقاتلي الحركة»/«مسلحو «أنصار الشريعة»»/
  «مقاتلي الحشد العشائري»), a quoted acronym («سانا»/«داعش»), verb-subject-object and subject-verb-object
  sentences, a long parenthesis between a subject and its verb, two events joined in one sentence with «و»
  and a second verb, a time told after the act in its own clause, and a story told again by the other side;
- the three themes: (a) one article mostly about kidnappings and a hostage swap (an abduction, a
  counter-abduction, a clash over hostages, the families' protest, a swap agreed and planned, a release, a
  threat); (b) one mostly about a wave of assassinations (officers shot dead, a bomb under a judge's car,
  a protest against the killings, an official dismissed, a deadline to hand over the killers, no arrest);
  (c) one mostly about landmines and the return of the displaced (a mine that kills returnees, the displaced
  protesting, a joint demining operation, aid to returning families, compensation not paid, a return plan
  rejected).

    python3 benchmarks/data/articles93/check_gold.py [--no-score]
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
    MINE,
    TYPES,
    article_plan_checks,
    main_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team93.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements): any event a
# system reports there must count as a false positive. They fall where they fall.
NO_EVENT_PARAS = {"team93-461": [9, 14], "team93-462": [11, 15], "team93-463": [11, 15],
                  "team93-464": [9, 15], "team93-465": [9, 15]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team93-461": ("SY", "As-Suwayda", "Shaqqa", "السويداء"),
          "team93-462": ("SY", "Damascus", "Bab Touma", "باب توما"),
          "team93-463": ("LY", "eastern Libya", "Benghazi", "بنغازي"),
          "team93-464": ("YE", "Abyan", "Jaar", "أبين"),
          "team93-465": ("IQ", "Nineveh", "Qayyarah", "القيارة")}
# the plan's places: (country, division) → the towns an article may be set in
PLAN = {("SY", "As-Suwayda"): {"Shaqqa", "Shahba", "Umm al-Zaytun", "Salkhad"},
        ("SY", "Damascus"): {"Bab Touma", "al-Qaboun", "Barzeh", "al-Midan", "al-Mezzeh"},
        ("LY", "eastern Libya"): {"Benghazi", "Derna"},
        ("YE", "Abyan"): {"Jaar", "Zinjibar", "Shuqra", "al-Mahfad"},
        ("IQ", "Nineveh"): {"Qayyarah", "Mosul", "Hatra", "Tal Afar", "Sinjar", "al-Baaj"}}
# the governorates and regions that the first paragraphs of the READMEs of sets 89 and 90 and the README of
# set 91 name as settings (with those its checker lists), and the regions the brief reserves for set 92
USED_GOVS = {"Homs", "Hasakah", "Babil", "Baghdad", "western Tunisia", "Hadramawt", "Idlib", "Daraa", "Anbar",
             "Baalbek-Hermel", "Bekaa", "Khartoum", "Tartus", "Aleppo", "Dhi Qar", "Maysan", "western Libya",
             "Gaza Strip", "Kirkuk", "Latakia", "Raqqa", "northern West Bank", "Minya", "Assiut", "Hama",
             "Deir ez-Zor", "Diyala", "Nabatieh", "south Lebanon", "Marib", "Quneitra", "Rif Dimashq",
             "Eastern Ghouta", "Salah ad-Din", "North Lebanon", "Taiz"}
# this set's years are not restricted by earlier sets (see README): only five different ones, spread out
USED_YEARS: set = set()
YEAR_SPREAD = 6
# the place words of the file names of sets 18 and 91, and of set 89 as listed in set 91's checker
USED_FILE_WORDS = {"south", "darfur", "nyala", "market", "kalma", "camp", "ed", "daein", "anbar", "wadi",
                   "horan", "rutba", "hit", "ramadi", "graduates", "hodeidah", "hays", "al", "jah",
                   "tuhayta", "khawkha", "unmha", "tubas", "tammun", "faraa", "balata", "nablus", "qusayr",
                   "jousieh", "hawsh", "sayyed", "ali", "hermel", "border", "safita", "dreikish", "qadmus",
                   "manbij", "sajur", "tishreen", "dam", "fuhud", "dhi", "qar", "shatra", "sabratha",
                   "surman", "ajaylat", "khan", "younis", "rafah", "beit", "lahia", "rastan", "homs",
                   "talbiseh", "khabur", "qamishli", "hol", "hillah", "iskandariyah", "musayyib", "bouchebka",
                   "kasserine", "chaambi", "tarim", "mukalla", "shihr"}
# the places those paragraphs, set 91's README and the brief name (Arabic and English): no accepted place
# name may be one
USED_PLACES = {
    # set 89, first paragraph
    "الرستن", "تلبيسة", "حمص", "تل جمعة", "أم الكيف", "تل تمر", "القامشلي", "الهول", "الدرباسية", "عامودا",
    "الحسكة", "الحلة", "الإسكندرية", "بغداد", "المسيب", "بابل", "بوشبكة", "فريانة", "القصرين", "جبل الشعانبي",
    "تريم", "المكلا", "سيئون", "هضبة حضرموت", "المسيلة", "الشحر", "حضرموت",
    "al-Rastan", "Talbiseh", "Homs", "Tal Jumaa", "Umm al-Keif", "Tal Tamr", "Qamishli", "al-Hol",
    "al-Darbasiyah", "Amuda", "Hasakah", "al-Hillah", "al-Iskandariyah", "Baghdad", "al-Musayyib", "Babil",
    "Bouchebka", "Feriana", "Kasserine", "Mount Chaambi", "Tarim", "al-Mukalla", "Seiyun",
    "Hadramawt plateau", "al-Masila", "al-Shihr", "Hadramawt",
    # set 90, first paragraph
    "الفطيرة", "البارة", "بليون", "كنصفرة", "جبل الزاوية", "أريحا", "كفرنبل", "حزارين", "باب الهوى", "إدلب",
    "درعا البلد", "درعا المحطة", "طفس", "اليادودة", "جاسم", "درعا", "حديثة", "بروانة", "هيت", "عنه", "راوة",
    "البغدادي", "الكبيسة", "بريتال", "بعلبك", "إيعات", "اللبوة", "الهرمل", "اليرزة", "البقاع", "الثورة",
    "كرري", "أم درمان", "شمبات", "الحلفايا", "الكدرو", "الخرطوم بحري", "الخرطوم", "الأنبار",
    "al-Fatira", "al-Bara", "Balyun", "Kansafra", "Jabal al-Zawiya", "Ariha", "Kafr Nubl", "Hazarin",
    "Bab al-Hawa", "Idlib", "Daraa al-Balad", "Daraa al-Mahatta", "Tafas", "al-Yadudah", "Jasim", "Daraa",
    "Haditha", "Barwana", "Hit", "Anah", "Rawa", "al-Baghdadi", "Kubaisa", "Brital", "Baalbek", "Iaat",
    "Labweh", "Hermel", "al-Yarzeh", "Bekaa", "al-Thawra", "Karari", "Omdurman", "Shambat", "al-Halfaya",
    "al-Kadaru", "Khartoum Bahri", "Khartoum", "Anbar",
    # set 91, README (settings and the regions its checker rejects)
    "صافيتا", "الدريكيش", "بانياس", "القدموس", "طرطوس", "منبج", "الساجور", "جرابلس", "العريمة", "سد تشرين",
    "حلب", "الفهود", "سوق الشيوخ", "الناصرية", "الشطرة", "ذي قار", "ميسان", "صبراتة", "صرمان", "زوارة",
    "العجيلات", "خان يونس", "رفح", "بيت لاهيا", "معبر إيرز", "إيرز", "مدينة غزة", "قطاع غزة", "دير البلح",
    "أسدود", "كركوك", "اللاذقية", "الرقة", "الضفة الغربية", "المنيا", "أسيوط", "حماة", "دير الزور", "ديالى",
    "النبطية", "مأرب",
    "Safita", "al-Dreikish", "Baniyas", "al-Qadmus", "Tartus", "Manbij", "Sajur", "Jarabulus", "al-Arima",
    "Tishreen Dam", "Aleppo", "al-Fuhud", "Suq al-Shuyukh", "al-Nasiriyah", "al-Shatra", "Dhi Qar", "Maysan",
    "Sabratha", "Surman", "Zuwara", "al-Ajaylat", "Khan Younis", "Rafah", "Beit Lahia", "Erez crossing",
    "Gaza City", "Gaza Strip", "Deir al-Balah", "Ashdod", "Kirkuk", "Latakia", "Raqqa", "West Bank", "Minya",
    "Assiut", "Hama", "Deir ez-Zor", "Diyala", "Nabatieh", "Marib",
    # the regions the brief keeps for set 92
    "القنيطرة", "ريف دمشق", "الغوطة الشرقية", "صلاح الدين", "طرابلس", "تعز",
    "Quneitra", "Rif Dimashq", "Eastern Ghouta", "Salah ad-Din", "Tripoli", "Taiz"}

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team93-461": "provincial capital", "team93-462": "foreign capital",
            "team93-463": "town of the event"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team93-461": "Suwayda local news network's website",
               "team93-462": "Lebanese daily newspaper's website",
               "team93-463": "Benghazi local radio station's website",
               "team93-464": "southern Yemeni weekly newspaper's website",
               "team93-465": "Iraqi satellite TV channel's news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team93-462": [4, 6], "team93-464": [3, 4]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team93-461": ("قُتل خلاله ثلاثة من مقاتلي الحركة",),
              "team93-462": ("مقتل أربعة مدنيين", "عدد القتلى بلغ ستة"),
              "team93-463": ("قُتل ضابطان",),
              "team93-464": ("قُتل ثلاثة أشخاص", "عدد القتلى أربعة"),
              "team93-465": ("قُتل ثلاثة من مقاتلي الحشد العشائري",)}

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
    "passive": re.compile(r"قُتل|اعتُقل|شُيّع"),
    "possessive actor": re.compile(r"مقاتلي الحركة|مسلحو «أنصار الشريعة»|مقاتلي الحشد العشائري"),
    "quoted acronym": re.compile(r"«سانا»|«داعش»"),
    # a verb opening the clause, then its subject, then its object
    "verb-subject-object": re.compile(r"اختطف مسلحون مجهولون|واعتقلت قوة من الاستخبارات العسكرية خمسة|"
                                      r"وأمهل آمر القوات الخاصة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(r"ووزير الإعلام السوري، [^.]+، اتهم"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ووزير الإعلام السوري، الذي [^.]{60,}?، اتهم"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"احتجز مقاتلون [^.]+، ونشرت|وفرضت قيادة [^.]+، ودفعت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"موضحاً أن ذلك جرى قرابة|وكان ذلك قرابة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:روى|نفى|زعمت)"),
}

# theme (a): kidnappings and a hostage swap
KIDNAP = "team93-461"
# theme (b): a wave of assassinations
ASSASSINATIONS = "team93-463"
# theme (c): landmines and the return of the displaced
MINES = "team93-464"
KIDNAP_WORDS = re.compile(r"خطف|المخطوف|الخاطف|التبادل|مبادلة|الرجال الستة|العشيرة|العمال")
ASSASSINATION_WORDS = re.compile(r"اغتيال|الاغتيالات|اغتيل|اغتالوا|القتلة|الضابط|مسلحين|الهجوم|العبوة|"
                                 r"الأمن|المطلوبين")
MINES_WORDS = re.compile(r"لغم|ألغام|الألغام|النازح|نازحي|العائد|العودة|عائد")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def kidnap_theme(core, main, lines):
    abductions = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "abduct" and happened(g)]
    clash = bool(main and main.get("acled") == CLASH and not main.get("recipient")
                 and "المخطوفين" in para_text(lines, main))
    protest = [g for g in has(core, "PROTEST", lines, "المخطوفين") if happened(g)]
    agreed = has(core, "AGREE", lines, "مبادلة|التبادل")
    swap = has(core, "COOPERATE", lines, "التبادل", first="planned")
    released = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release" and happened(g)]
    threat = has(core, "THREATEN", lines, "الخاطفين")
    return bool(len(abductions) >= 3 and clash and protest and agreed and swap and released and threat
                and related(core, main, KIDNAP_WORDS, lines) * 2 > len(core))


def assassination_theme(core, main, lines):
    killed = bool(main and main.get("mode") == "assassinate" and main.get("acled") == ATTACK)
    bomb = [g for g in has(core, "ASSAULT", lines, "قاض") if g.get("mode") == "explosives" and happened(g)]
    protest = [g for g in has(core, "PROTEST", lines, "الاغتيالات") if happened(g)]
    dismissed = [g for g in core if main_type(g) == "SANCTION" and happened(g)]
    deadline = has(core, "THREATEN", lines, "المطلوبين")
    no_arrest = [g for g in core if main_type(g) == "COERCE" and g["factuality"][0] == "negated"]
    return bool(killed and bomb and protest and dismissed and deadline and no_arrest
                and related(core, main, ASSASSINATION_WORDS, lines) * 2 > len(core))


def mines_theme(core, main, lines):
    mine = bool(main and main.get("acled") == MINE and "عائدين" in para_text(lines, main))
    protest = [g for g in has(core, "PROTEST", lines, "نازحي") if happened(g)]
    demining = [g for g in has(core, "COOPERATE", lines, "لغم") if happened(g)]
    aid = [g for g in has(core, "AID", lines, "عائدة") if happened(g)]
    unpaid = has(core, "AID", lines, "التعويضات", first="negated")
    rejected = has(core, "REJECT", lines, "العودة")
    return bool(mine and protest and demining and aid and unpaid and rejected
                and related(core, main, MINES_WORDS, lines) * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"kidnappings and a hostage swap": [], "a wave of assassinations": [],
              "landmines and the return of the displaced": []}
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
                                         used_label="sets 89-91 or the brief",
                                         year_apart=False, file_label="file-name places used before",
                                         used_places=USED_PLACES)
        errs += found
        years[year] += 1
        if did == KIDNAP and kidnap_theme(core, main, lines):
            themes["kidnappings and a hostage swap"].append(did)
        if did == ASSASSINATIONS and assassination_theme(core, main, lines):
            themes["a wave of assassinations"].append(did)
        if did == MINES and mines_theme(core, main, lines):
            themes["landmines and the return of the displaced"].append(did)
    whole_set = [
        (len(core_types) >= MIN_TYPES,
         f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
        (all(first_labels[x] for x in FACT_LABELS),
         f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
        ({REGION[d["id"]][0] for d in docs} == {"SY", "LY", "YE", "IQ"},
         "the countries are not Syria (twice), Libya, Yemen and Iraq"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team93", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
