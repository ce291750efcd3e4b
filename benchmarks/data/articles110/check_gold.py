#!/usr/bin/env python3
"""Check team110.gold.json (the hundred-and-tenth team set, team110-546 ... team110-550) against the article
files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (the town of the
  event, a foreign capital, a province); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Aleppo (Kobani and its countryside) and one in Rif Dimashq (the
  Qalamoun mountains), one Iraqi in Salah al-Din, one Yemeni in Saada and one Libyan in Murzuq (Fezzan), the
  main event in one of the places the plan names for its region, each article in the month the plan gives it
  (October 2014, March 2014, June 2015, November 2013, August 2019); no governorate, no word of the article's
  file name and no accepted place name among the places that the first paragraphs of the READMEs of sets 107
  and 109 name. Those two sets are blind, so their places are not written here: they are kept as salted
  SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», passives, an
  acronym in quotes, a possessive actor, a verb–subject–object and a subject–verb–object sentence, a long
  parenthetical between a subject and its verb, two events joined in one sentence with «و» and a second verb,
  a time told after the act in its own clause, a main event told again by the other side, a definite noun
  for the main event's victims later on, a purpose clause, a burial or funeral, and «من دون أن» that negates
  nothing;
- the themes: one article mostly about a besieged town and its border (street fighting, a car bomb at a
  checkpoint as the main event, coalition air strikes, supplies dropped from the air, fighters crossing from
  the border, protesters on the other side dispersed, people fleeing, most core events about it); one mostly
  about abductions, hostages and an exchange (people abducted on a road, a ransom demanded, a mediator's
  visit, a swap carried out, hostages freed, an execution rumoured and denied, the kidnappers' threat, most
  core events about it); one mostly about killings of named roles and roadside bombs (a local official and a
  tribal sheikh shot as the main event, a roadside bomb on a convoy, a bomb defused, a refinery besieged,
  mourners protesting, arrests after the killing, most core events about it); ordinary conflict reporting in
  Saada (a siege of a town and its school, shelling of a mosque as the main event, a mediation committee's
  visit, a truce signed and broken, wounded evacuated by the Red Cross, a sit-in in the capital, a tribe's
  warning); and security and local-council reporting from Fezzan (a drone strike on a gathering as the main
  event, tribal clashes, a council suspending its work, a sit-in closing an oil field, families displaced, a
  curfew, a condemnation).

    python3 benchmarks/data/articles110/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARREST,
    ATTACK,
    CLASH,
    MINE,
    OTHER,
    PEACEFUL,
    SHELL,
    first_label,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team110.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team110-546": [7, 13, 16], "team110-547": [7, 13, 16], "team110-548": [8, 13, 16],
                  "team110-549": [7, 13, 16], "team110-550": [7, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team110-546": ("SY", "Aleppo", "Kobani", "كوباني"),
          "team110-547": ("SY", "Rif Dimashq", "Qara", "قارة"),
          "team110-548": ("IQ", "Salah al-Din", "al-Ishaqi", "الإسحاقي"),
          "team110-549": ("YE", "Saada", "Dammaj", "دماج"),
          "team110-550": ("LY", "Murzuq", "Murzuq", "مرزق")}
PLANNED_REGION = {"team110-546": ("SY", "Aleppo"), "team110-547": ("SY", "Rif Dimashq"),
                  "team110-548": ("IQ", "Salah al-Din"), "team110-549": ("YE", "Saada"),
                  "team110-550": ("LY", "Murzuq")}
# the places the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Aleppo"): {"Kobani", "Mishtanour", "Sarrin", "Mursitpinar"},
                 ("SY", "Rif Dimashq"): {"Yabroud", "al-Nabk", "Qara", "Rankous", "Flita"},
                 ("IQ", "Salah al-Din"): {"Samarra", "Tuz Khurmatu", "Baiji", "al-Ishaqi", "Sulaiman Bek"},
                 ("YE", "Saada"): {"Dammaj", "Kitaf", "al-Buqa'", "Razih", "Saada"},
                 ("LY", "Murzuq"): {"Murzuq", "Sabha", "Umm al-Aranib", "Sharara", "Ubari"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team110-546": "2014-10", "team110-547": "2014-03", "team110-548": "2015-06",
                 "team110-549": "2013-11", "team110-550": "2019-08"}

# the places, governorates and file-name words (generic parts of names such as al, tal, tel, jabal, kafr,
# bab, dar, bir, khan, ain, wadi, abu, ras, south, north, east, west, eastern, city, road, camp, river,
# desert, state, mount and country names left out) that the first paragraphs of the READMEs of sets 107 and
# 109 name, as digests: sha256("team110:" + norm_place(name)), first 16 hex digits. The governorates of this
# set's own five regions, and the capital in which the brief places 549's sit-in, are left out of the
# digests whether or not those paragraphs name them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "05ec9dbddecbddd3", "0739918519495ee6", "085093eb53a6ae63", "0a224b73764877fb", "0b5ac5bdeed9942b",
    "0ea364dbf77e1638", "17421b41d090e247", "1d53db20cae7c057", "1d79664bf187c921", "2062f96277ee924b",
    "20b4ad25773b0079", "22bb31a0e306d825", "27d08ecd262312f2", "28793e81876f9a72", "2a4561658db49727",
    "2a4f4a646098402f", "35aa80b123236fb1", "3a82cb37fe005ad2", "3a899bd78538cf5b", "3bb01273530465de",
    "3d0b8452230053d7", "45076fa93ff72608", "46035bdaf374137c", "460e9d9b43f3d50b", "463e6cb8089bd5c0",
    "4ac7be1091c55574", "4b52a4d3e9a3af88", "4efa13f2c18c5ab4", "4f87dbbf722f66ae", "500afa63ee5cb77e",
    "521a87fb0c2f9e31", "52b860af44fc01f9", "52d78f58a6e83944", "55c310d3f5a208a9", "55f79b6705578362",
    "568b02321bf1e115", "5838cfcf8bc3970a", "5a0073e89b7e6536", "5cc3c3503c5d67a8", "62303cfe71e791b6",
    "628529f1a6c082f4", "6287fe260f261573", "6356f4d9a57f8c3a", "63710e17bce262d9", "67b0c36e07c8c316",
    "692f609b1a17e576", "695acb317d58318e", "6daa4d0a787fec02", "6f6a780c10ff460a", "715e248e0e7a111f",
    "73dd3124129f0e8b", "749b949c279acf86", "75700eff2f924414", "760189098106e5a9", "768db38662dfa102",
    "778a66da79757cd7", "822a6f478bb5cdfb", "852117703962a34d", "8690d9292103f360", "88cd2ebd7f08de64",
    "91173e2b9a2681f3", "91aa99f2eed2c518", "9541e7557f3abc1c", "9576981a14ce115b", "96066f416c940ee6",
    "971b901ba6b9e5f0", "99424d1764f8d7f9", "9996c1f21c26a4c8", "99aaeec80de09409", "9cf4a8cd42e8234a",
    "9e33e34b7ec411ab", "a33d8d0de894e925", "a74b319771fee780", "a78b7f09a0155447", "a904ae8aa751e7fc",
    "ab8b24d9d82bc9c4", "adc6bde6d0df213f", "b3e64c81ce6c1f26", "b5259a040cc2cf57", "b548f67ba0d072e7",
    "b6861c247aa981cb", "b954e0540e0610b0", "bc2ffe5fb2028a7c", "bdeeb96adc86ce5f", "c69cfe53beacd99f",
    "c7d9a3005fc6d213", "c851774582e31891", "cac8b56e9f6b0c60", "cb7a4d7eadf83323", "cc91238bfb6e7a87",
    "d4593f119578432e", "d6f07a6ee0ed14bf", "d9e42d11e6bb562e", "da951a0381673fc3", "dba3afed318a0e27",
    "e099b65ec55bb63a", "e1f7e7399c4c60ec", "e374672366938717", "e494e2df418ee925", "e6b25e27404e2d71",
    "e79c912bde894c51", "e84f2cf9e325d5e5", "f0a65c681229d4b4", "f1a94ce99a8ebf60", "f2d5733ab8772fb0",
    "f351effe1c10e543", "f54e5cf74e279afa", "f5ffd90c34d8e308", "f6ef579124b2d2bf", "f9fd9ff57d787c57",
    "fa482ff5ef1ca3b1", "fbe92fe7917e72c6", "fc0c7ff760e9ae01",
})
USED_GOV_DIGESTS = frozenset({
    "35aa80b123236fb1", "3a899bd78538cf5b", "3bb01273530465de", "4efa13f2c18c5ab4", "52b860af44fc01f9",
    "692f609b1a17e576", "695acb317d58318e", "6daa4d0a787fec02", "715e248e0e7a111f", "852117703962a34d",
    "9541e7557f3abc1c", "96066f416c940ee6", "b5259a040cc2cf57", "cb7a4d7eadf83323", "d9e42d11e6bb562e",
    "e494e2df418ee925", "e6b25e27404e2d71", "fa482ff5ef1ca3b1", "fc0c7ff760e9ae01",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "05ec9dbddecbddd3", "0739918519495ee6", "085093eb53a6ae63", "0b5ac5bdeed9942b", "0ea364dbf77e1638",
    "17421b41d090e247", "1d53db20cae7c057", "1d79664bf187c921", "20b4ad25773b0079", "22bb31a0e306d825",
    "27d08ecd262312f2", "28793e81876f9a72", "2a4561658db49727", "2a4f4a646098402f", "35aa80b123236fb1",
    "3a82cb37fe005ad2", "3a899bd78538cf5b", "3bb01273530465de", "3d0b8452230053d7", "46035bdaf374137c",
    "463e6cb8089bd5c0", "4ac7be1091c55574", "4b52a4d3e9a3af88", "4efa13f2c18c5ab4", "4f87dbbf722f66ae",
    "500afa63ee5cb77e", "521a87fb0c2f9e31", "52b860af44fc01f9", "55f79b6705578362", "568b02321bf1e115",
    "5838cfcf8bc3970a", "5cc3c3503c5d67a8", "62303cfe71e791b6", "628529f1a6c082f4", "6287fe260f261573",
    "6356f4d9a57f8c3a", "63710e17bce262d9", "692f609b1a17e576", "6daa4d0a787fec02", "6f6a780c10ff460a",
    "715e248e0e7a111f", "73dd3124129f0e8b", "75700eff2f924414", "760189098106e5a9", "768db38662dfa102",
    "778a66da79757cd7", "822a6f478bb5cdfb", "852117703962a34d", "88cd2ebd7f08de64", "91173e2b9a2681f3",
    "91aa99f2eed2c518", "9541e7557f3abc1c", "9576981a14ce115b", "971b901ba6b9e5f0", "9996c1f21c26a4c8",
    "99aaeec80de09409", "9cf4a8cd42e8234a", "a33d8d0de894e925", "a74b319771fee780", "a78b7f09a0155447",
    "a904ae8aa751e7fc", "ab8b24d9d82bc9c4", "adc6bde6d0df213f", "b3e64c81ce6c1f26", "b5259a040cc2cf57",
    "b548f67ba0d072e7", "b6861c247aa981cb", "b954e0540e0610b0", "bc2ffe5fb2028a7c", "bdeeb96adc86ce5f",
    "c69cfe53beacd99f", "c851774582e31891", "cac8b56e9f6b0c60", "cc91238bfb6e7a87", "d6f07a6ee0ed14bf",
    "d9e42d11e6bb562e", "dba3afed318a0e27", "e099b65ec55bb63a", "e1f7e7399c4c60ec", "e374672366938717",
    "e494e2df418ee925", "e6b25e27404e2d71", "e79c912bde894c51", "e84f2cf9e325d5e5", "f0a65c681229d4b4",
    "f1a94ce99a8ebf60", "f5ffd90c34d8e308", "f9fd9ff57d787c57", "fa482ff5ef1ca3b1", "fbe92fe7917e72c6",
    "fc0c7ff760e9ae01",
})

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team110-546", "team110-547", "team110-548"}
DATELINE_KIND = {"team110-546": ("كوباني", "the town of the event"),
                 "team110-547": ("بيروت", "a foreign capital"),
                 "team110-548": ("تكريت", "a province")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team110-546": "Qamishli-based Kurdish news agency's Arabic service",
               "team110-547": "Beirut-based Lebanese daily newspaper's website",
               "team110-548": "Samarra-based Iraqi local news website",
               "team110-549": "Yemeni party-affiliated weekly newspaper's website",
               "team110-550": "Sabha-based local radio station's news page"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team110-546": [4, 7], "team110-548": [3, 4]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«أُصيب»/«دُفن»/«شُيّع»/«أُنجزت»/«زُرعت»/«أُغلق»":
        re.compile(r"قُتل|أُصيب|دُفن|شُيّع|أُنجزت|زُرعت|أُغلق"),
    "acronym in quotes": re.compile(r"«داعش»"),
    "possessive actor":
        re.compile(r"مقاتلي تنظيم|مقاتلي التنظيم|مقاتلو التنظيم|مسلحو جماعة الحوثي|مسلحي الجماعة"
                   r"|مسلحو الجماعة"),
    "verb–subject–object":
        re.compile(r"^(?:وشنّت|وألقت|واعتقلت|وفكّكت|وقصفت|وزار|ونقلت|ووقّع|وأعلنت|ودانت|وأغلق) "
                   r"(?:طائرات|قوة|وحدة|مفرزة|وسيط|اللجنة|الطرفان|مديرية|المجلس|البعثة|محتجون|محافظ)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:ورئيس|والمبعوث) [^،]+، (?:الذي|التي) [^.]*?، (?:اتهم|رحّب) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|رحّب) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب (?:الأمم المتحدة|وزارة)|، وهددوا بقتلهم|، وطالبوا الحكومة|، وطالبت بفتح"),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:زعمت|نفى|تبنّى|قال) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى الأربعة|الركاب الثلاثة|الضحايا الثلاثة|الطلاب الخمسة|القتلى الستة"),
    "purpose clause": re.compile(r"بهدف |تمهيداً "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع) |تشييع جثامين", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a besieged town and its border
BORDER_TOWN = "team110-546"
# theme (b): abductions, hostages and an exchange
HOSTAGES = "team110-547"
# theme (c): killings of named roles and roadside bombs
KILLINGS = "team110-548"
# theme (d): ordinary conflict reporting in Saada (the brief asks for no theme; the plan's items)
SAADA = "team110-549"
# theme (e): security and local-council reporting from Fezzan (the brief asks for no theme; the plan's items)
FEZZAN = "team110-550"


def border_town_theme(core, lines, main):
    street = [g for g in of_type(core, lines, "ASSAULT", "شارع", done=True) if g.get("acled") == CLASH]
    car_bomb = bool(main and main.get("acled") == MINE and "مفخخة" in para_text(lines, main)
                    and "حاجز" in para_text(lines, main))
    strikes = [g for g in of_type(core, lines, "ASSAULT", "غارات", done=True)
               if g.get("acled") == AIR and "Coalition" in names_en(g, "source")]
    dropped = [g for g in of_type(core, lines, "AID", "ألقت", done=True) if g.get("mode") == "military"]
    crossing = of_type(core, lines, "MOBILIZE", "معبر", done=True)
    dispersed = of_type(core, lines, "COERCE", "فرّقت", "المحتجين", done=True)
    fleeing = any("عائلة" in line and "عبرت" in line for line in lines)
    words = ("كوباني", "المعبر", "الحدود", "التحالف", "المدينة", "التنظيم")
    return bool(street and car_bomb and strikes and dropped and crossing and dispersed and fleeing
                and mostly(core, lines, words))


def hostages_theme(core, lines, main):
    abducted = [g for g in of_type(core, lines, "ASSAULT", "الطريق", done=True)
                if g.get("acled") == ABDUCTION]
    ransom = of_type(core, lines, "REQUEST", "بفدية", done=True)
    mediator = [g for g in of_type(core, lines, "CONSULT", "وسيط", done=True) if g.get("mode") == "visit"]
    swap = [g for g in of_type(core, lines, "COOPERATE", "صفقة تبادل", done=True)
            if g.get("acled") == AGREEMENT]
    freed = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "release"]
    execution = first_label(of_type(core, lines, "ASSAULT", "إعدام", "نفى"), "rumored")
    threat = of_type(core, lines, "THREATEN", "الخاطفون")
    road = bool(main and main.get("acled") == ATTACK and "حاجز وهمي" in para_text(lines, main))
    words = ("المخطوفين", "الخاطفين", "الخاطفون", "خطف", "فدية", "الصفقة", "صفقة", "الوسيط", "وسيط", "معتقل")
    return bool(abducted and ransom and mediator and swap and freed and execution and threat and road
                and mostly(core, lines, words))


def killings_theme(core, lines, main):
    named_roles = bool(main and main.get("mode") == "assassinate" and main.get("acled") == ATTACK
                       and "مدير ناحية" in para_text(lines, main) and "شيوخ" in para_text(lines, main))
    roadside = [g for g in of_type(core, lines, "ASSAULT", "عبوة ناسفة", "رتل", done=True)
                if g.get("acled") == MINE]
    defused = [g for g in of_type(core, lines, "COERCE", "عبوة ناسفة", done=True) if g.get("acled") == OTHER]
    refinery = of_type(core, lines, "COERCE", "حصار", "مصفاة", done=True)
    mourners = [g for g in of_type(core, lines, "PROTEST", "المشيعين", done=True)
                if g.get("acled") == PEACEFUL]
    arrests = [g for g in of_type(core, lines, "COERCE", "الكمين", done=True) if g.get("acled") == ARREST]
    words = ("اغتيال", "الكمين", "عبوة", "مسلحين", "الإسحاقي", "مصفاة", "المصفاة", "الناحية", "التنظيم")
    return bool(named_roles and roadside and defused and refinery and mourners and arrests
                and mostly(core, lines, words))


def saada_theme(core, lines, main):
    mosque = bool(main and main.get("acled") == SHELL and "المسجد" in para_text(lines, main))
    siege = of_type(core, lines, "COERCE", "حصاراً", "مدارسها", done=True)
    mediation = [g for g in of_type(core, lines, "CONSULT", "اللجنة الرئاسية", done=True)
                 if g.get("mode") == "third-party"]
    truce = [g for g in of_type(core, lines, "AGREE", "وقف إطلاق النار", done=True)
             if g.get("acled") == AGREEMENT]
    broken = [g for g in of_type(core, lines, "ASSAULT", "تجددت", done=True) if g.get("acled") == CLASH]
    red_cross = of_type(core, lines, "AID", "لصليب الأحمر", "جريحاً", done=True)
    sit_in = of_type(core, lines, "PROTEST", "اعتصام", "العاصمة", done=True)
    warning = of_type(core, lines, "THREATEN", "قبائل")
    return bool(mosque and siege and mediation and truce and broken and red_cross and sit_in and warning)


def fezzan_theme(core, lines, main):
    drone = bool(main and main.get("acled") == AIR and "تجمعاً" in para_text(lines, main))
    tribal = [g for g in of_type(core, lines, "ASSAULT", "مكوّن", done=True) if g.get("acled") == CLASH]
    council = [g for g in of_type(core, lines, "PROTEST", "المجلس البلدي", done=True)
               if g.get("mode") == "strike"]
    oil_field = [g for g in of_type(core, lines, "PROTEST", "حقل", "اعتصموا", done=True)
                 if g.get("mode") == "obstruct" and g.get("acled") == PEACEFUL]
    displaced = any("نزحت" in line for line in lines)
    curfew = [g for g in of_type(core, lines, "COERCE", "حظر التجوّل", done=True) if g.get("mode") == "curfew"]
    condemned = of_type(core, lines, "ACCUSE", "دانت", done=True)
    return bool(drone and tribal and council and oil_field and displaced and curfew and condemned)


#: the blind sets before this one whose places it must not use
LABEL = "sets 107 and 109"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a besieged town and its border": (BORDER_TOWN, border_town_theme),
              "abductions, hostages and an exchange": (HOSTAGES, hostages_theme),
              "killings of named roles and roadside bombs": (KILLINGS, killings_theme),
              "ordinary conflict reporting in Saada": (SAADA, saada_theme),
              "security and local-council reporting from Fezzan": (FEZZAN, fezzan_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team110", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "LY": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Libyan"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team110", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
