#!/usr/bin/env python3
"""Check team122.gold.json (the hundred-and-twenty-second team set, team122-606 ... team122-610) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (the district centre,
  the country's capital, a city that is not the event's); the two others have none and name their place in
  the first sentence;
- the regions: two Syrian articles, one in Idlib (Saraqib on the M4/M5 junction) and one in Latakia (Kabani
  in Jabal al-Akrad, with the al-Ghab plain of Hama below), one Iraqi in Diyala (al-Muqdadiyah and
  Baqubah), one Lebanese in North Lebanon (Tripoli's Bab al-Tabbaneh and Jabal Mohsen) and one Libyan in
  Sirte (the city, with Misrata), the main event in one of the places the plan names for its region, each
  article in the month the plan gives it (February 2020; May 2019; January 2016; March 2014; August 2016);
  no governorate, no word of the article's file name and no accepted place name among the places that the
  first paragraphs of the READMEs of sets 119 and 121 name. Those two sets are blind, so their places are
  not written here: they are kept as salted SHA-256 digests of the names (after ``goldkit.norm_place``), and
  only the digests are compared; a governorate of this set is compared with every place those paragraphs
  name, not only with their governorates;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; exactly two articles let the reports
  of a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a town on a motorway changing hands (the battles that retake it, a motorway
  cut, air strikes on a village on the other motorway as the main event, a foreign army's artillery and its
  observation post that stays, reinforcements sent, most core events about it); one about a stalled assault
  on a hilltop and the shelling of the plain below (the clashes on the hills as the main event, the units
  falling back, the villages of the plain shelled, rockets from the plain on a town, reinforcements for a new
  attempt, most core events about it); one about reprisals after a bombing in a mixed town (a bombing as the
  main event, attacks on places of worship, abductions, a curfew, families displaced, most core events about
  it); one about a new round of clashes between two quarters and an army security plan (the clashes as the
  main event, sniping, the army deploying and raiding, the security plan planned, most core events about
  it); and one about a city retaken street by street from ISIS (the street battles as the main event, air
  strikes in support, car bombs against the advancing forces, the wounded taken home, a quarter retaken,
  most core events about it).

    python3 benchmarks/data/articles122/check_gold.py [--no-score]
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
    AIR,
    ARREST,
    CLASH,
    DESTRUCTION,
    MINE,
    SHELL,
    first_label,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team122.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, aggregates, a witness's
# words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article, never where the model set put its own.
NO_EVENT_PARAS = {"team122-606": [4, 16], "team122-607": [7, 13], "team122-608": [3, 17],
                  "team122-609": [8, 16], "team122-610": [2, 13]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team122-606": ("SY", "Idlib", "al-Nayrab", "سراقب"),
          "team122-607": ("SY", "Latakia", "Kabani", "كبانة"),
          "team122-608": ("IQ", "Diyala", "al-Muqdadiyah", "المقدادية"),
          "team122-609": ("LB", "North Lebanon", "Bab al-Tabbaneh", "طرابلس"),
          "team122-610": ("LY", "Sirte", "Sirte", "سرت")}
PLANNED_REGION = {"team122-606": ("SY", "Idlib"), "team122-607": ("SY", "Latakia"),
                  "team122-608": ("IQ", "Diyala"), "team122-609": ("LB", "North Lebanon"),
                  "team122-610": ("LY", "Sirte")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Idlib"): {"Saraqib", "al-Nayrab", "Afis", "Dadikh"},
                 ("SY", "Latakia"): {"Kabani", "Jabal al-Akrad"},
                 ("IQ", "Diyala"): {"al-Muqdadiyah", "Baqubah"},
                 ("LB", "North Lebanon"): {"Bab al-Tabbaneh", "Jabal Mohsen", "Tripoli"},
                 ("LY", "Sirte"): {"Sirte"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team122-606": "2020-02", "team122-607": "2019-05", "team122-608": "2016-01",
                 "team122-609": "2014-03", "team122-610": "2016-08"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq, nahr,
# ain, ras, tal, tall, city and west, and the words of and the, left out of the words) that the first
# paragraphs of the READMEs of sets 119 and 121 name, as digests: sha256("team122:" + norm_place(name)), first
# 16 hex digits, of English and Arabic spellings and of the non-generic words of the English names.
# USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all the
# rest), so that no governorate of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "015fccc2d1ed54f2", "023d7163d64a5958", "04340134ddf85473", "04e49d386598949b", "0607f1574c9fefe7",
    "07f7f968ba16c05a", "09b2aa720b7972b7", "12349ef07664f6bc", "12aec4a3c39b10c4", "13c82b34af047710",
    "13d66548b00e5e36", "151fbee65d7b61c1", "1747d65ec40c8343", "1877c2555e601f03", "1acf63406dec940d",
    "1cdcd13c20ade2fb", "1cf2c37b055b14f8", "1dfdd064d263f2e0", "20c49a6eeacd947a", "21034ba8e3a310e7",
    "2215b6d732ecf942", "23f5e8f2f0887aae", "2969bece2b7e4f9e", "2c9cfbef1f6d4707", "2e1053cb76654c22",
    "2f350839689f1418", "302fffa934eaade8", "31deaf4df50e0b76", "3285336a0e99471c", "330f645eac937c35",
    "333a138ecd054131", "368f71ec616eef69", "3928fe2eb4a773cc", "39a1545400537b29", "3b0a60f17832e365",
    "3ced75c859de297b", "3d21eb9813db6f86", "3d4ed7f176dbfde8", "3e38e97ddb314cd3", "3e89fd37c9e39d23",
    "41742d3021026898", "46044ade67c7bbb9", "470497fe84dfc20c", "478e48369f611233", "4ed82173bd124446",
    "4fdd8bd58a6adf16", "514a03d8aa0d3ccb", "529948a81208b08b", "52ab9b6e2b76c66a", "57304122cf221162",
    "57dcc891b1cb9ce0", "5b1b3487360116ba", "5c1315fe7fc478ee", "5c590cd2e2aa4fc0", "5d7c7d4851de218c",
    "5e3841a8006924c4", "5ee47a994ecc45e4", "5ef88f1f0cce85cc", "5ff9e856a236994c", "606cf19713742d2d",
    "6084456dd4a6dc8f", "615bf20d71b92fd1", "631f0ca548c7ad4c", "6485b0fc884a41a8", "651e09ed4d7015f6",
    "66dad4dfd27d1163", "68cd90e4f900d327", "6bb0eb17ade34ed7", "6c29a96279ba3f33", "6d2c13e9d9100444",
    "6f86ec3c5a744c1e", "7089e9b039642f6c", "72aa28bf89909282", "744f38f682acd09a", "775eaf4a51e43e93",
    "7a38e49b22af0f53", "7b042103377883a8", "7d3acfb9c035e207", "7fb0bf686749838b", "80cceeaba6cfde3f",
    "83bccaab468bc54e", "84d315d812197e2c", "87d0ab5f9a085026", "887d3f23831ff0bb", "8a852882d3f7fcb0",
    "8b64e5d95403a911", "8e2e63b9b9e88d63", "8ed7fb4b01750296", "8f4ccd79244c6dcd", "8fdbf5bb3df5b47b",
    "9063aa4e558c5cb0", "9231377202195fbc", "940496d1510d8451", "97796b2bb62dffd5", "9ad5b826ec344b0f",
    "9b6ca0f3f5206b97", "9baf6b564b60fb96", "9d8cad8b6f231531", "9e3f1473535bb7b0", "9eb5f8109293b105",
    "9f9915fa8ea9d355", "a0b0e32f8fb9e2b4", "a0c8a6e927724130", "a23f4b9c78d8075d", "a45c3f1d6929eb49",
    "a5fe276d9f6fe0e7", "a61a8f5ce5a0204d", "a64cd4dac55d337d", "a88e96859dde9c5a", "a956ce757d288bf3",
    "a9c0426beb00ba46", "aa1e889073644ae2", "ab8c7da85c58c622", "abca0cf917b6ff68", "aca30811a5e5738c",
    "ad2f811a40e697cd", "ad60fb24dbed07a2", "afe6b1783b75841d", "b08ed9cc8cd77ba2", "b5e85898dce5837f",
    "b64b8fe74b1fd485", "b71092dfa9bb7feb", "b825dfb9c62dd154", "bbed5f125df34a8c", "c0381167e96e9c85",
    "c0bdd864e3e1b428", "c0e7c7b531ada482", "c1ce44cab480df76", "cc56d61b989fdd3d", "cd0d443dd9fe062c",
    "ce647c13f2840e9f", "cebada9883222d0b", "cef36c3054fad9ae", "d02f52a1b70d459a", "d0d67a3cddadf1a7",
    "d115f47ba76c4d0c", "d1d60e41f9154b27", "d21ac4261cdad739", "d224985eba3f966b", "d2534fee289dce68",
    "d2dc2a0f984e2f3e", "d2fe123a01be6ba4", "d40bfff47395787f", "d9b43109484d47dc", "db5705a9d9b79d70",
    "decc4e635264f67d", "dfd91c5b9a2a79e6", "e00d5fe8c4a7700c", "e0da5fecb723aebf", "e279a214e9f408ad",
    "e3c222a51bb54f44", "e3eda1c73d091467", "e61a434fe4a7bbf2", "e6989167839d9c68", "e8c07cca8fad15d2",
    "ebc00795743880fa", "efa953ff892caf1f", "efd8f2e60906c2e2", "f17573c4fe205b86", "f2b02f641e09ce70",
    "f3cb6318ea5e104e", "f4b069fedc952a10", "f66c15363f2e762e", "f69a4ebb3d59df60", "f72e829223fa35bf",
    "f7a693a6399e0b74", "f7c3f64d7e7f3a43", "faa8000686b133c2", "fddf7dcff05a1aeb", "fe7a8d807943a1b6",
    "ff5d65a8bd39f890",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)
USED_FILE_WORD_DIGESTS = frozenset({
    "015fccc2d1ed54f2", "04e49d386598949b", "09b2aa720b7972b7", "12349ef07664f6bc", "13c82b34af047710",
    "151fbee65d7b61c1", "1cdcd13c20ade2fb", "1cf2c37b055b14f8", "1dfdd064d263f2e0", "21034ba8e3a310e7",
    "23f5e8f2f0887aae", "2969bece2b7e4f9e", "2c9cfbef1f6d4707", "2e1053cb76654c22", "3285336a0e99471c",
    "330f645eac937c35", "333a138ecd054131", "39a1545400537b29", "3d4ed7f176dbfde8", "3e89fd37c9e39d23",
    "478e48369f611233", "4ed82173bd124446", "5b1b3487360116ba", "5d7c7d4851de218c", "5ff9e856a236994c",
    "6084456dd4a6dc8f", "651e09ed4d7015f6", "6bb0eb17ade34ed7", "6c29a96279ba3f33", "72aa28bf89909282",
    "7a38e49b22af0f53", "7d3acfb9c035e207", "84d315d812197e2c", "8a852882d3f7fcb0", "8b64e5d95403a911",
    "8e2e63b9b9e88d63", "9ad5b826ec344b0f", "9b6ca0f3f5206b97", "9baf6b564b60fb96", "9d8cad8b6f231531",
    "9e3f1473535bb7b0", "9eb5f8109293b105", "9f9915fa8ea9d355", "a0b0e32f8fb9e2b4", "a45c3f1d6929eb49",
    "a5fe276d9f6fe0e7", "a61a8f5ce5a0204d", "abca0cf917b6ff68", "ad60fb24dbed07a2", "afe6b1783b75841d",
    "b71092dfa9bb7feb", "b825dfb9c62dd154", "c0381167e96e9c85", "c1ce44cab480df76", "ce647c13f2840e9f",
    "cef36c3054fad9ae", "d02f52a1b70d459a", "d0d67a3cddadf1a7", "d1d60e41f9154b27", "d2fe123a01be6ba4",
    "decc4e635264f67d", "dfd91c5b9a2a79e6", "e00d5fe8c4a7700c", "e3eda1c73d091467", "e8c07cca8fad15d2",
    "ebc00795743880fa", "efa953ff892caf1f", "f17573c4fe205b86", "f2b02f641e09ce70", "f4b069fedc952a10",
    "f72e829223fa35bf", "f7c3f64d7e7f3a43", "faa8000686b133c2", "fddf7dcff05a1aeb", "fe7a8d807943a1b6",
    "ff5d65a8bd39f890",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team122-607", "team122-609", "team122-610"}
DATELINE_KIND = {"team122-607": ("الحفة", "the district centre"),
                 "team122-609": ("بيروت", "the country's capital"),
                 "team122-610": ("مصراتة", "a city that is not the event's")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team122-606": "Arabic service of a Turkish state news agency's website",
               "team122-607": "Damascus-based pro-government daily's website",
               "team122-608": "Erbil-based Kurdish news agency's Arabic website",
               "team122-609": "Beirut-based daily newspaper's website",
               "team122-610": "Misrata-based television channel's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team122-608": [17, 23], "team122-609": [6, 8]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r" مع "),
    "على": re.compile(r" على "),
    "ضد": re.compile(r"«?ضد "),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب / وفق": re.compile(r"بحسب|وفق "),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "reported speech «قال/أفاد/ذكر/أكد/أوضح X أن/إن»":
        re.compile(r"(?:قال|قالت|أفاد|ذكر|أكد|أوضح)[^.،]{0,60} (?:أن|إن|بأن) "),
    "passive «شُيّع»/«دُفن»/«نُقل»/«أُطلقت»/«ضُبطت»/«اختُطف»/«أُحرق»/«نُقلت»":
        re.compile(r"شُيّع|دُفن|نُقل|أُطلقت|ضُبطت|اختُطف|أُحرق|نُقلت"),
    "acronym or short name in quotes": re.compile(r"«داعش»|«البنيان المرصوص»|«الفرقة 25»"),
    "possessive actor": re.compile(r"إرهابيي «جبهة النصرة»|مسلحي التنظيم|مقاتلي "),
    "verb–subject–object":
        re.compile(r"^(?:وتوعّد|وتوعّدت|وأرسل|وألقت|ووزعت|وشنت|ودهمت|وفرضت|وهدد|وأعلنت) "
                   r"(?:وزير|قائد|الجيش|الجهات|محافظة|هيئة|قيادة|طائرات|قوة|السلطات|مقاتلات|مسؤول|رئيس)",
                   re.M),
    "participle clause for a second event": re.compile(r"، (?:مطالبة|مطالباً|متهمةً|متهماً) "),
    "two events joined in one sentence with «و» and a second verb": re.compile(r"، ودعت |، وطالب |، وطالبت "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:خلال|بعد|عقب|إثر) "),
    "main event told again by the other side":
        re.compile(r"^(?:أما|وكعادتها، زعمت|من جانبه|في المقابل)", re.M),
    "definite noun for the main event's victims": re.compile(r"ضحايا النيرب التسعة|الشهداء الخمسة"),
    "burial or funeral": re.compile(r"^(?:وشيّع|وشُيّع|ودُفن|ووري)", re.M),
    "«من غير أن» / «من دون» negating nothing": re.compile(r"من غير أن|من دون أن"),
}

# theme (a): a town on a motorway changing hands (Saraqib)
MOTORWAY = "team122-606"
# theme (b): a stalled assault on a hilltop and the shelling of the plain below (Kabani and al-Ghab)
HILLTOP = "team122-607"
# theme (c): reprisals after a bombing in a mixed town (al-Muqdadiyah)
REPRISALS = "team122-608"
# theme (d): a new round of clashes between two quarters and an army security plan (Tripoli)
QUARTERS = "team122-609"
# theme (e): a city retaken street by street from ISIS (Sirte)
STREETS = "team122-610"


def motorway_theme(core, lines, main):
    retake = [g for g in of_type(core, lines, "ASSAULT", "سراقب", "M5", done=True) if g.get("acled") == CLASH]
    strikes = bool(main and main.get("acled") == AIR and "M4" in para_text(lines, main))
    artillery = [g for g in of_type(core, lines, "ASSAULT", "التركية", done=True) if g.get("acled") == SHELL]
    post = [g for g in first_label(core, "negated")
            if main_type(g) == "RETREAT" and "نقطة المراقبة" in para_text(lines, g)]
    convoy = of_type(core, lines, "MOBILIZE", "الجيش التركي", done=True)
    words = ("سراقب", "النظام", "التركي", "التركية", "الطريق")
    return bool(retake and strikes and artillery and post and convoy and mostly(core, lines, words))


def hilltop_theme(core, lines, main):
    hill = bool(main and main.get("acled") == CLASH and "التلة" in para_text(lines, main)
                and "تعيد تموضعها" in para_text(lines, main))
    plain = [g for g in of_type(core, lines, "ASSAULT", "سهل الغاب", done=True) if g.get("acled") == SHELL]
    town = [g for g in of_type(core, lines, "ASSAULT", "السقيلبية", done=True) if g.get("acled") == SHELL]
    again = of_type(core, lines, "MOBILIZE", "لاستئناف", done=True)
    words = ("كبانة", "الإرهابي", "الجيش", "سهل الغاب", "السقيلبية", "التلال")
    return bool(hill and plain and town and again and mostly(core, lines, words))


def reprisals_theme(core, lines, main):
    bombing = bool(main and main.get("acled") == MINE and "مجلس عزاء" in para_text(lines, main))
    mosques = [g for g in of_type(core, lines, "ASSAULT", "مسجد", done=True) if g.get("acled") == DESTRUCTION]
    abductions = [g for g in of_type(core, lines, "ASSAULT", "شبان", done=True)
                  if g.get("acled") == ABDUCTION]
    curfew = [g for g in of_type(core, lines, "COERCE", "حظر", done=True) if g.get("mode") == "curfew"]
    displaced = of_type(core, lines, "AID", "نزحت", done=True)
    words = ("المقدادية", "ديالى", "المساجد", "الحشد", "داعش", "مسلحون")
    return bool(bombing and mosques and abductions and curfew and displaced and mostly(core, lines, words))


def quarters_theme(core, lines, main):
    clashes = bool(main and main.get("acled") == CLASH and "باب التبانة" in para_text(lines, main)
                   and "جبل محسن" in para_text(lines, main))
    sniping = of_type(core, lines, "ASSAULT", "القناصة", done=True)
    raid = [g for g in of_type(core, lines, "COERCE", "الجيش", done=True) if g.get("acled") == ARREST]
    plan = of_type(core, lines, "AGREE", "خطة أمنية", done=True)
    council = [g for g in first_label(core, "planned")
               if main_type(g) == "CONSULT" and "الخطة" in para_text(lines, g)]
    deployed = of_type(core, lines, "MOBILIZE", "الجيش", done=True)
    words = ("طرابلس", "التبانة", "جبل محسن", "الجيش", "الخطة", "القنص")
    return bool(clashes and sniping and raid and plan and council and deployed and mostly(core, lines, words))


def streets_theme(core, lines, main):
    streets = bool(main and main.get("acled") == CLASH and "من بيت إلى بيت" in para_text(lines, main)
                   and "بالسيطرة" in para_text(lines, main))
    air = [g for g in of_type(core, lines, "ASSAULT", "الجيزة البحرية", done=True) if g.get("acled") == AIR]
    car_bomb = [g for g in of_type(core, lines, "ASSAULT", "مفخخة", done=True) if g.get("acled") == MINE]
    wounded = of_type(core, lines, "AID", "جريحاً", done=True)
    words = ("سرت", "التنظيم", "داعش", "البنيان المرصوص", "مصراتة", "العملية")
    return bool(streets and air and car_bomb and wounded and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 119 and 121"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a town on a motorway changing hands": (MOTORWAY, motorway_theme),
              "a stalled assault on a hilltop and the shelling of the plain below": (HILLTOP, hilltop_theme),
              "reprisals after a bombing in a mixed town": (REPRISALS, reprisals_theme),
              "a new round of clashes between two quarters and an army security plan":
                  (QUARTERS, quarters_theme),
              "a city retaken street by street from ISIS": (STREETS, streets_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team122", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LB": 1, "LY": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                  "and one Libyan"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team122", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
