#!/usr/bin/env python3
"""Check team124.gold.json (the hundred-and-twenty-fourth team set, team124-616 ... team124-620) against the
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a city in a
  neighbouring country, the governorate's capital that is not the event's town, the event's own city); the
  two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Aleppo (the Menagh airbase, Tell Rifaat, Azaz and the road to the
  Bab al-Salama crossing, Mare', Nubl and al-Zahraa) and one in Deir ez-Zor (al-Bukamal, al-Mayadin,
  al-Ashara, the T2 station, with al-Qaim across the border), one Iraqi in Anbar (Ramadi, al-Khalidiya,
  Habbaniyah), one Yemeni in Aden (Crater, al-Mualla, Dar Saad, al-Tawahi, with Jeddah) and one Egyptian in
  North Sinai (Sheikh Zuweid, al-Arish, Rafah), the main event in one of the places the plan names for its
  region, each article in the month the plan gives it (February 2016; November 2017; December 2015; August
  2019; July 2015); no governorate, no word of the article's file name and no accepted place name among the
  places that the first paragraphs of the READMEs of sets 121 and 123 name. Those two sets are blind, so their
  places are not written here: they are kept as salted SHA-256 digests of the names (after
  ``goldkit.norm_place``), and only the digests are compared; a governorate of this set is compared with every
  place those paragraphs name, not only with their governorates;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; exactly two articles let the reports
  of a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a Kurdish-led force taking an airbase while a government offensive cuts the
  corridor (the battles for the airbase as the main event, Russian air strikes on the road to the crossing,
  a foreign army's artillery from across the border, the corridor cut in the background, aid to the
  displaced at the crossing, the force not withdrawing, most core events about it); one about a border town
  taken from ISIS and a counter-attack on the road behind it (the battle for the town as the main event, a
  counter-attack with car bombs on the road, air strikes, ISIS leaders' flight rumoured, aid, arrests, most
  core events about it); one about a city centre retaken with bombs left behind and civilians escaping (the
  storming of the government complex as the main event, a booby-trapped house, coalition air strikes,
  families crossing the river, aid in the camps, the tribal leaders' demand, most core events about it); one
  about a port city's presidential palace and army camps seized by a separatist force (the clashes ending
  with the camps taken as the main event, the palace taken over, shelling of homes, a foreign backer accused,
  talks planned, a guard unit not laying down its arms, aid, a protest, most core events about it); and one
  about simultaneous attacks on army checkpoints and the army's air response (the attacks as the main event,
  F-16 strikes, a curfew extended, the group's claim, the wounded flown out, arrests, most core events about
  it).

    python3 benchmarks/data/articles124/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AIR,
    ARREST,
    CLASH,
    MINE,
    SHELL,
    TRANSFER,
    first_label,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team124.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's words): any
# event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article, never at an index the model set used
# for its own.
NO_EVENT_PARAS = {"team124-616": [6, 14], "team124-617": [9, 15], "team124-618": [5, 11],
                  "team124-619": [10, 14], "team124-620": [6, 12]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team124-616": ("SY", "Aleppo", "Menagh", "منغ"),
          "team124-617": ("SY", "Deir ez-Zor", "al-Bukamal", "البوكمال"),
          "team124-618": ("IQ", "Anbar", "Ramadi", "الرمادي"),
          "team124-619": ("YE", "Aden", "Dar Saad", "عدن"),
          "team124-620": ("EG", "North Sinai", "Sheikh Zuweid", "الشيخ زويد")}
PLANNED_REGION = {"team124-616": ("SY", "Aleppo"), "team124-617": ("SY", "Deir ez-Zor"),
                  "team124-618": ("IQ", "Anbar"), "team124-619": ("YE", "Aden"),
                  "team124-620": ("EG", "North Sinai")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Aleppo"): {"Menagh", "Tell Rifaat", "Azaz", "Mare'"},
                 ("SY", "Deir ez-Zor"): {"al-Bukamal", "al-Mayadin", "al-Ashara"},
                 ("IQ", "Anbar"): {"Ramadi", "al-Hoz", "al-Khalidiya"},
                 ("YE", "Aden"): {"Dar Saad", "Crater", "al-Mualla", "al-Tawahi", "Aden"},
                 ("EG", "North Sinai"): {"Sheikh Zuweid", "al-Arish", "Rafah"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team124-616": "2016-02", "team124-617": "2017-11", "team124-618": "2015-12",
                 "team124-619": "2019-08", "team124-620": "2015-07"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq, nahr,
# ain, ras, tal, tall, city, west, old, square, airport and field, and the words of and the, left out of the
# words) that the first paragraphs of the READMEs of sets 121 and 123 name, as digests: sha256("team124:" +
# norm_place(name)), first 16 hex digits, of English and Arabic spellings and of the non-generic words of the
# English names. USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates
# and all the rest), so that no governorate of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "02eca90c08f5bf29", "02f9c933e56077d4", "082494079a3e54ed", "0a62b6c778c82174", "0bc447c9a7a11c84",
    "0bef138066c3fcb3", "0eedaa82e72c8316", "101ac9c29c99ea1b", "10d8022ed6822bf7", "12d2cd718225c9f8",
    "162b7517ea38376f", "16e655ec6a46b045", "18d6e105239eb4df", "19455dae0973835c", "1a0cb9b73873c1d5",
    "1a8c00789914a5e6", "1b27ad2012f9984d", "1c5f6334a45a91b6", "1dcc61f1a7e322ce", "1e4a29216cda68c1",
    "229f92ce8a4548c0", "248a2a7b8aca97d7", "24aa1998a49e81db", "2536caed7c580d16", "2548231ffb22aac7",
    "2580b96351f1f000", "27e8d03cf6c62ca3", "2b47d134c874b6c9", "2e74476355a77e01", "2f88337b6ba9ecbe",
    "358eb018f9422a60", "36f15783f5de89e9", "3b5b86064c5100b7", "3cb5d45c3ba45b00", "3dcbaf84cf5f64ce",
    "45c58de7c2b66c67", "46174bbb630a9bcb", "4a3dceb51c18a8fe", "51c919f403a11910", "52f10743ac29aa54",
    "54c983c24f391534", "5698955f634b9dfa", "59037122829f5563", "5ac4f4870d88cd0f", "5ba844bd42876305",
    "5c17a3107acc8e8a", "5c20110bac3b687a", "5ce72f4caa58f8a8", "5d0b33a2149e659c", "5d754b307c0e61c2",
    "5d98c8346a53c1a5", "5e8e080c6f72dc52", "5ebaccdecd8ff5af", "5f556c15c33f84df", "6092a7e715a93aa1",
    "617c2033838a73cc", "6205609178018e1c", "6598d9947e82623a", "690fb714765c0249", "691237d7001fea9d",
    "69587af51f2578d1", "69eaafaf24159d58", "6dca0c1cc076fbcd", "71e2144b2dbb7849", "726f3fc94a82d12b",
    "73caaacd9d485cbd", "749e8adf4cac361d", "753bb217da1af397", "7a14be44a18d5b17", "7ae883b93f9bfd58",
    "7be790d86e30501c", "7c44dabf1ce83dda", "7e5bf01891930e3f", "7f348321bebd739a", "819ef45975c0b2d8",
    "853938a1e882013b", "85d8226e6f349241", "868f4c871e2bccfd", "86e25d0e2ad7a1ce", "87754f8182a8035c",
    "886205e3b2fff13c", "889b3a61ff45727e", "8a63cabc30c02a74", "8ced696256c3f0b4", "8d1b3a6570dc245c",
    "8ffd693d7a4fca5c", "92f502ea5761d886", "97ced3a638bd5532", "990cd1c0032a7426", "9e094708974da1a2",
    "9f0bfe90af344b0e", "9fe374e1b8df7047", "a3d8175a3171e87e", "a481daf48d8436f9", "a4c5e5937bf0c23a",
    "a60555aca0a03574", "a64adedf50c74828", "a94fde25628f208e", "aa2a77533466842e", "aad6cf4e6704efed",
    "ab3f8108a97272e8", "abd4641bcf3bbb55", "ac0e22a64539a260", "ac6d2c96a66388b1", "ae0a4b7af8bf7c01",
    "b15582f95a47f968", "b1f88b56183a4502", "b3ee037c484a26ab", "b621f1361d311e83", "b8075d7abff1a220",
    "ba8ca088d70bc1f4", "bbc5f273e1233561", "be2df715e54977b3", "bef1d72983c16650", "c049f995d31de508",
    "c287a317ad5a37e1", "c53e081bbaf103a2", "d0b78d955c4f0b74", "d15d4e35db52c4d2", "d1e0c8a44bc0d7a9",
    "d6bf4c1e3ef56210", "d72dc5e4250cec1c", "d7351db7cf83d4ee", "d74e4d2aedde4fc5", "d975d18bb94ab185",
    "db1c68bf624b7c09", "dbe8cb9740840d61", "dc331ccf01c32c52", "df39f5b1038a44d1", "e2c56fec58d5e66c",
    "e2d8daab2f127030", "e336d3de2a50a261", "ea1d0f623912307b", "eed2422ca0d8fd19", "f03827435866315c",
    "f0a0696a4cc45cd0", "f135752265333443", "f23294f2b840223d", "f29047ab8319e04f", "f5e138282e5c7ce9",
    "f67ad34a112f9f59", "f67f035638cdbd3f", "f77d7e190b1b3f61", "f98ad7fe3a4fcb4a", "fa74da2f1b6bdfbe",
    "ff9c340b4c36bf1d",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)
USED_FILE_WORD_DIGESTS = frozenset({
    "082494079a3e54ed", "0eedaa82e72c8316", "16e655ec6a46b045", "19455dae0973835c", "1c5f6334a45a91b6",
    "1dcc61f1a7e322ce", "1e4a29216cda68c1", "2548231ffb22aac7", "2580b96351f1f000", "2b47d134c874b6c9",
    "2e74476355a77e01", "2f88337b6ba9ecbe", "45c58de7c2b66c67", "46174bbb630a9bcb", "4a3dceb51c18a8fe",
    "54c983c24f391534", "5c17a3107acc8e8a", "5c20110bac3b687a", "5d754b307c0e61c2", "5e8e080c6f72dc52",
    "5ebaccdecd8ff5af", "5f556c15c33f84df", "6598d9947e82623a", "690fb714765c0249", "69587af51f2578d1",
    "69eaafaf24159d58", "749e8adf4cac361d", "753bb217da1af397", "7ae883b93f9bfd58", "7be790d86e30501c",
    "819ef45975c0b2d8", "868f4c871e2bccfd", "8ced696256c3f0b4", "8d1b3a6570dc245c", "97ced3a638bd5532",
    "9e094708974da1a2", "9fe374e1b8df7047", "a3d8175a3171e87e", "a64adedf50c74828", "ae0a4b7af8bf7c01",
    "b3ee037c484a26ab", "b621f1361d311e83", "bbc5f273e1233561", "bef1d72983c16650", "c049f995d31de508",
    "c287a317ad5a37e1", "c53e081bbaf103a2", "d0b78d955c4f0b74", "d1e0c8a44bc0d7a9", "d6bf4c1e3ef56210",
    "d975d18bb94ab185", "db1c68bf624b7c09", "dbe8cb9740840d61", "dc331ccf01c32c52", "e2c56fec58d5e66c",
    "e2d8daab2f127030", "f03827435866315c", "f0a0696a4cc45cd0", "f135752265333443", "f23294f2b840223d",
    "f77d7e190b1b3f61", "fa74da2f1b6bdfbe",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team124-616", "team124-617", "team124-619"}
DATELINE_KIND = {"team124-616": ("غازي عنتاب", "a city in a neighbouring country"),
                 "team124-617": ("دير الزور", "the governorate's capital, not the event's town"),
                 "team124-619": ("عدن", "the event's own city")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team124-616": "Gaziantep-based opposition Syrian radio station's website",
               "team124-617": "Beirut-based pro-government satellite channel's website",
               "team124-618": "Baghdad-based independent daily's website",
               "team124-619": "London-based pan-Arab daily's website",
               "team124-620": "Cairo-based private daily's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team124-617": [7, 12], "team124-620": [21, 35]}

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
    "passive «قُتل»/«أُطلقت»/«دُفنوا»/«وُزعت»/«ضُبطت»/«نُقل»/«رُفع»/«شُيّعت»/«استُشهد»/«نُصب»":
        re.compile(r"قُتل|أُطلقت|دُفنوا|وُزعت|ضُبطت|نُقل|رُفع|شُيّعت|استُشهد|نُصب"),
    "acronym or short name in quotes": re.compile(r"«داعش»|«آفاد»|«T2»|«قسد»|«إف-16»|«الحزام الأمني»"),
    "possessive actor": re.compile(r"إرهابيي «داعش»|مسلحي التنظيم|مسلحي «داعش»|أرتال لإرهابيي"),
    "verb–subject–object":
        re.compile(r"^(?:وقصفت|وطالب|وشنت|وشن|وأوقفت|واعتقلت|ودفعت|ونشرت|وقرر|ودان|ووزعت|واتهمت|وتوعّد) "
                   r"(?:المدفعية|رئيس|المقاتلات|طيران|وحدات|قوة|قيادة|قوات|مجلس|أجهزة|اللجنة|الحكومة|قائد|"
                   r"القوات|الوحدات|شيوخ)",
                   re.M),
    "participle clause for a second event": re.compile(r"، (?:مطالباً|مهدداً|متهماً|داعية|معتبرة) "),
    "two events joined in one sentence with «و» and a second verb":
        re.compile(r"، وتوعّدها |، وطالبتها |، وطالبت |، واتهم "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:خلال|في|بعد|عقب) "),
    "main event told again by the other side": re.compile(r"^(?:أما|في المقابل|غير أن)", re.M),
    "definite noun for the main event's victims":
        re.compile(r"المقاتلين الأحد عشر|جثامين الجنود السبعة|جثامين منتسبيها الستة|لشهداء كميني"),
    "burial, funeral or bodies": re.compile(r"^(?:وشيّعت|وشُيّعت|ولا تزال جثث)", re.M),
    "«من غير أن» / «من دون أن» negating nothing": re.compile(r"من غير أن|من دون أن"),
}

# theme (a): a Kurdish-led force taking an airbase while a government offensive cuts the corridor (Menagh)
AIRBASE = "team124-616"
# theme (b): a border town taken from ISIS and a counter-attack on the road behind it (al-Bukamal)
BORDER_TOWN = "team124-617"
# theme (c): a city centre retaken, with bombs left behind and civilians escaping (Ramadi)
CITY_CENTRE = "team124-618"
# theme (d): a port city's presidential palace and army camps seized by a separatist force (Aden)
PORT_CITY = "team124-619"
# theme (e): simultaneous attacks on army checkpoints and the army's air response (Sheikh Zuweid)
CHECKPOINTS = "team124-620"


def airbase_theme(core, lines, main):
    base = bool(main and main.get("acled") == CLASH and "مطار منغ" in para_text(lines, main)
                and "سيطرت" in para_text(lines, main))
    road = [g for g in of_type(core, lines, "ASSAULT", "أعزاز", "باب السلامة", done=True)
            if g.get("acled") == AIR]
    artillery = [g for g in of_type(core, lines, "ASSAULT", "المدفعية التركية", done=True)
                 if g.get("acled") == SHELL]
    corridor = [g for g in first_label(core, "historical")
                if main_type(g) == "ASSAULT" and "نبل والزهراء" in para_text(lines, g)]
    crossing = of_type(core, lines, "AID", "معبر باب السلامة", done=True)
    stays = [g for g in first_label(core, "negated")
             if main_type(g) == "RETREAT" and "مطار منغ" in para_text(lines, g)]
    words = ("منغ", "الوحدات الكردية", "أعزاز", "الفصائل", "النظام", "تل رفعت", "مارع")
    return bool(base and road and artillery and corridor and crossing and stays
                and mostly(core, lines, words))


def border_town_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "البوكمال" in para_text(lines, main)
                and "إحكام السيطرة" in para_text(lines, main))
    counter = of_type(core, lines, "ASSAULT", "مفخخة", "الميادين", "البوكمال", done=True)
    air = [g for g in of_type(core, lines, "ASSAULT", "T2", done=True) if g.get("acled") == AIR]
    flight = [g for g in first_label(core, "rumored")
              if main_type(g) == "RETREAT" and "أمراء" in para_text(lines, g)]
    aid = of_type(core, lines, "AID", "الميادين", done=True)
    arrests = [g for g in of_type(core, lines, "COERCE", "التنظيم", done=True) if g.get("acled") == ARREST]
    words = ("البوكمال", "الميادين", "داعش", "التنظيم", "الإرهابي", "الجيش")
    return bool(town and counter and air and flight and aid and arrests and mostly(core, lines, words))


def city_centre_theme(core, lines, main):
    storm = bool(main and main.get("acled") == CLASH and "المجمع الحكومي" in para_text(lines, main)
                 and "اقتحام" in para_text(lines, main))
    bombs = [g for g in of_type(core, lines, "ASSAULT", "مفخخ", done=True) if g.get("acled") == MINE]
    air = [g for g in of_type(core, lines, "ASSAULT", "التحالف", done=True) if g.get("acled") == AIR]
    escape = of_type(core, lines, "RETREAT", "نهر الفرات", done=True)
    aid = of_type(core, lines, "AID", "الحبانية", done=True)
    demand = of_type(core, lines, "REQUEST", "شيوخ عشائر", done=True)
    words = ("الرمادي", "التنظيم", "داعش", "الأنبار", "الحبانية", "الخالدية", "العشائر")
    return bool(storm and bombs and air and escape and aid and demand and mostly(core, lines, words))


def port_city_theme(core, lines, main):
    camps = bool(main and main.get("acled") == CLASH
                 and "معسكرات ألوية الحماية الرئاسية" in para_text(lines, main))
    palace = [g for g in of_type(core, lines, "COERCE", "قصر معاشيق", done=True)
              if g.get("acled") == TRANSFER]
    shelling = [g for g in of_type(core, lines, "ASSAULT", "المعلا", done=True) if g.get("acled") == SHELL]
    backer = of_type(core, lines, "ACCUSE", "الإمارات", done=True)
    talks = [g for g in first_label(core, "planned")
             if main_type(g) == "CONSULT" and "جدة" in para_text(lines, g)]
    guard = [g for g in first_label(core, "negated") if "حماية رئاسية" in para_text(lines, g)]
    aid = of_type(core, lines, "AID", "عدن", done=True)
    protest = of_type(core, lines, "PROTEST", "التواهي", done=True)
    words = ("عدن", "المجلس", "الحماية الرئاسية", "الحكومة", "كريتر", "المعلا", "التحالف")
    return bool(camps and palace and shelling and backer and talks and guard and aid and protest
                and mostly(core, lines, words))


def checkpoints_theme(core, lines, main):
    attacks = bool(main and main.get("acled") == CLASH and "متزامنة" in para_text(lines, main)
                   and "أبو رفاعي والسدرة" in para_text(lines, main) and "وتبنت" in para_text(lines, main))
    air = [g for g in of_type(core, lines, "ASSAULT", "إف-16", done=True) if g.get("acled") == AIR]
    curfew = [g for g in of_type(core, lines, "COERCE", "حظر التجول", done=True) if g.get("mode") == "curfew"]
    wounded = of_type(core, lines, "AID", "الإسماعيلية", done=True)
    arrests = [g for g in of_type(core, lines, "COERCE", "العريش", done=True) if g.get("acled") == ARREST]
    words = ("الشيخ زويد", "سيناء", "الجيش", "القوات المسلحة", "المسلحين", "العريش", "رفح", "كمين")
    return bool(attacks and air and curfew and wounded and arrests and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 121 and 123"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a Kurdish-led force taking an airbase while a government offensive cuts the corridor":
                  (AIRBASE, airbase_theme),
              "a border town taken from ISIS and a counter-attack on the road behind it":
                  (BORDER_TOWN, border_town_theme),
              "a city centre retaken, with bombs left behind and civilians escaping":
                  (CITY_CENTRE, city_centre_theme),
              "a port city's presidential palace and army camps seized by a separatist force":
                  (PORT_CITY, port_city_theme),
              "simultaneous attacks on army checkpoints and the army's air response":
                  (CHECKPOINTS, checkpoints_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team124", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "EG": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Egyptian"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team124", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
