#!/usr/bin/env python3
"""Check team116.gold.json (the hundred-and-sixteenth team set, team116-576 ... team116-580) against the
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  province, the town of the event); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Rif Dimashq (Douma and the Eastern Ghouta) and one in al-Raqqa
  (al-Raqqa city and its countryside), one Iraqi in al-Anbar (al-Fallujah and Amiriyat al-Fallujah), one
  Lebanese in South Lebanon (the Ain al-Hilweh camp and Sidon) and one Yemeni in Taiz (Taiz city and its
  crossings), the main event in one of the places the plan names for its region, each article in the month
  the plan gives it (April 2018, at the turn of March and April; August 2017; June 2016; September 2023;
  August 2016); no governorate, no word of the article's file name and no accepted place name among the
  places that the first paragraphs of the READMEs of sets 113 and 115 name. Those two sets are blind, so
  their places are not written here: they are kept as salted SHA-256 digests of the names (after
  ``goldkit.norm_place``), and only the digests are compared;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «مع», «على», «ضد», «من قبل», «وكان … قد»,
  «بحسب»/«وفق», «نقلاً عن», reported speech («قال/أفاد/ذكر/أكد X أن/إن»), passives, an acronym in quotes, a
  possessive actor, a verb–subject–object and a subject–verb–object sentence, a long parenthetical between a
  subject and its verb, two events joined in one sentence with «و» and a second verb, a time told after the
  act in its own clause, a main event told again by the other side, a definite noun for the main event's
  victims later on, a purpose clause, a burial or funeral, and «من دون أن» that negates nothing;
- the themes: one article about the last days of a siege (buses taking fighters and families north, an air
  strike on a market as the main event, Russian military police deploying, an aid convoy entering, a rumour
  about abductees, most core events about it); one about a city battle (coalition air strikes on a quarter as
  the main event, a car bomb and a mine, a corridor opened for families, the SDF advancing after clashes, a
  planned handover of quarters to a civil council, most core events about it); one about the days after a
  recapture (men held for screening, abuse of detainees alleged and denied, an inquiry committee planned,
  camps without water, shelling from the remaining pockets as the main event, most core events about it);
  one about clashes between factions inside a camp (fighting renewed despite a truce as the main event,
  schools held by gunmen, families sheltered in Sidon, a joint committee's mediation, a demand to hand over
  suspects, most core events about it); and one about a besieged city (a crossing closed, an aid convoy held,
  shelling of residential quarters as the main event, sniper fire, the army's counter-attack on a hill, talks
  abroad on a truce, most core events about it).

    python3 benchmarks/data/articles116/check_gold.py [--no-score]
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
    ATTACK,
    CLASH,
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

GOLD = "team116.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team116-576": [6, 11, 17], "team116-577": [4, 12], "team116-578": [5, 10, 15],
                  "team116-579": [9, 14], "team116-580": [6, 11, 14]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team116-576": ("SY", "Rif Dimashq", "Douma", "دوما"),
          "team116-577": ("SY", "al-Raqqa", "Raqqa", "الرقة"),
          "team116-578": ("IQ", "al-Anbar", "Fallujah", "الفلوجة"),
          "team116-579": ("LB", "South Lebanon", "Ain al-Hilweh", "عين الحلوة"),
          "team116-580": ("YE", "Taiz", "Taiz", "تعز")}
PLANNED_REGION = {"team116-576": ("SY", "Rif Dimashq"), "team116-577": ("SY", "al-Raqqa"),
                  "team116-578": ("IQ", "al-Anbar"), "team116-579": ("LB", "South Lebanon"),
                  "team116-580": ("YE", "Taiz")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Rif Dimashq"): {"Douma", "Eastern Ghouta", "al-Wafideen", "Arbin"},
                 ("SY", "al-Raqqa"): {"Raqqa", "al-Badu", "al-Mashlab", "al-Daraiya", "al-Tabqa"},
                 ("IQ", "al-Anbar"): {"Fallujah", "Amiriyat al-Fallujah", "al-Saqlawiyah", "Habbaniyah"},
                 ("LB", "South Lebanon"): {"Ain al-Hilweh", "Sidon"},
                 ("YE", "Taiz"): {"Taiz", "al-Dahi", "al-Houban", "Jabal Han"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets;
# 576 is set at the turn of March and April 2018 and published on 2 April)
PLANNED_MONTH = {"team116-576": "2018-04", "team116-577": "2017-08", "team116-578": "2016-06",
                 "team116-579": "2023-09", "team116-580": "2016-08"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea, shaykh and sheikh left out) that the first paragraphs of the
# READMEs of sets 113 and 115 name, as digests: sha256("team116:" + norm_place(name)), first 16 hex digits.
# None of this set's own five governorates is among the places those paragraphs name.
USED_PLACE_DIGESTS = frozenset({
    "010f9c3207f1e86f", "037b625a7579e00d", "03d95b3024516a89", "0524615fe444f6ac", "06a7d6dcfc4c7b35",
    "0ae08e0eb35223aa", "0bb177e75ac99a3d", "0c2dca7c53c5e2af", "0d6705bde8a9147e", "0e09fdebec0c35f1",
    "1119f6407d1a2528", "1179ed3fb8b487cb", "15fa7a543d7c1bda", "16eb214adce8975d", "18d8493d474eb16d",
    "1a9838bc0ed8ff75", "1d39a0cbd2b19535", "1e92011b0570c4de", "1ef9ae36b3657a40", "1f12e834378bf68f",
    "1fcb2fb2c0c348b0", "1fd21e4af8abe1ca", "1fe7f916edd8c90e", "21ea4a967a44dcb2", "23d3aec0e2ba2719",
    "24ef863ca84da2a8", "254fab75b7010bcb", "27c7f9a2ccaf348a", "27e4bb719cfd17f1", "285084a11c4ee6e7",
    "2c092ec9b6472bc4", "2d8f3e993108d911", "2f39fff2eb249742", "318d2e5039591b69", "33c7e59fee647168",
    "34c3b6ce14ac23a5", "3535a076c7fa29b5", "3728daeab5ad67fe", "3818730cfe7d0791", "3878c159b9710a99",
    "3885c1cdd25795aa", "38f08eafe9c4bbcd", "39b5178595f7c7bb", "3c57e2478384f1f2", "3cd16185864cb598",
    "3f7c3e4d53e82169", "3feaa2883f66cbb0", "40e8e5564c5db013", "425e4f90c6ad0bbb", "42f17ba2be432077",
    "4381055f871ae6d8", "447b109e195caec4", "4569e2a369eacdc6", "459ceb2a820f401e", "4adae5756d581db2",
    "4eebfd8aded3e278", "4f61dc8263efc6e1", "5103b5658ee9fa19", "545f6a178ebda6a7", "5580d54a0ce20c8f",
    "56f4e94667c86aaa", "5e554e3ef93fa38f", "5f350d30e4c6a9d6", "6a43016ec501628f", "6b1a77b9255d2029",
    "6babff0b461d824d", "6d359845c6b30754", "6e947ec1f6ffd908", "70f0065835cd9dbd", "72623c5ce2c2119b",
    "75d60bf9f939d4f0", "792832cc2ad243e1", "79360a84b7e27dda", "79a33456ce857721", "7c1c7886e023c269",
    "7cea364121778bc0", "7e1c2bc0e5ef25e6", "7ee73aa60b435f96", "836641d6ec9cb386", "86e4579ec367ecdb",
    "86f3bf10af9df30c", "86fdd39fc3a3f7ea", "874f72cfe527dddc", "89c8501aa364a797", "91d4442b469da888",
    "95659e9c788c3de8", "978ad2b9762e27b3", "979e2a2c4a52a475", "9b2819cae8a9ff7b", "9e36aa2b3dba0f29",
    "a10f2cd5610580ee", "a38a86af72daf523", "a4ed22bf1fee6405", "a75e9d59149fd43c", "a7f21072a0e38da8",
    "a8b6f8eda17e4a84", "a8e3369c153ba763", "ac3028fdd7a79b3a", "ae49f387f5ed78b7", "b15f01ae94339ff5",
    "b496e4b13ab9e372", "b4f309525d80cd36", "b6882e102a026678", "ba9c3f07e7c742d4", "bb318725645a6002",
    "bd3e18afc439822b", "bef9dcf7bac5a1bf", "bf644c17adcb7bf8", "bfe4c1656ff7771b", "c28dd46b3a667bb9",
    "c2b99e925401e75a", "c5c138d771179065", "c966cc5d32d44626", "ca00f5b5cee410be", "ca4278e0653b847d",
    "cadb4a4dcbe65a5c", "cbfae46cfda993b3", "cc69628e4cab0b7a", "d30f0ba44d74448b", "d38f1ccd25fa8b68",
    "d500fb776075fca0", "d514ef531d118eb9", "d5db142b5a17d99d", "d7623d13ebeb8052", "d76b6b17e4a4f17c",
    "db57735e157abf2c", "dbd907fbeba8de84", "dcf3e481a27aa150", "def260295d512080", "df2130eed81a0d20",
    "e129dbc9dcf63482", "e1c34779f6ae4a62", "e35a55488e83c2fe", "e3dfce6ac53a0ad4", "e47d65b114d35108",
    "e75e4cb550e27bbf", "e87da98a79ba8eb0", "ea12c1f75bbc9d13", "ead0c9a9190dca02", "ebbd7d6dbd7c9a4e",
    "ec7c71b97b87c9e6", "ef1a3b729bb7deb3", "f15213e73bc79b0b", "f24451a68111c009", "f6a90711e523dc7c",
    "f7122eac13f80e78", "f734eb63ec52628f", "f8a8583c14f482a0", "fc3e1d2a2d8c06c1", "fdb266d8c617415c",
    "feb165b08bcd7a26", "ff81d2d1c9a35676",
})
USED_GOV_DIGESTS = frozenset({
    "0524615fe444f6ac", "1ef9ae36b3657a40", "285084a11c4ee6e7", "38f08eafe9c4bbcd", "3f7c3e4d53e82169",
    "447b109e195caec4", "5103b5658ee9fa19", "6d359845c6b30754", "792832cc2ad243e1", "a10f2cd5610580ee",
    "a7f21072a0e38da8", "ac3028fdd7a79b3a", "b6882e102a026678", "cc69628e4cab0b7a", "d514ef531d118eb9",
    "d76b6b17e4a4f17c", "df2130eed81a0d20", "ec7c71b97b87c9e6", "f15213e73bc79b0b", "fc3e1d2a2d8c06c1",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "03d95b3024516a89", "0ae08e0eb35223aa", "0c2dca7c53c5e2af", "1179ed3fb8b487cb", "15fa7a543d7c1bda",
    "18d8493d474eb16d", "1a9838bc0ed8ff75", "1d39a0cbd2b19535", "1e92011b0570c4de", "1fcb2fb2c0c348b0",
    "1fe7f916edd8c90e", "27c7f9a2ccaf348a", "2c092ec9b6472bc4", "2f39fff2eb249742", "33c7e59fee647168",
    "34c3b6ce14ac23a5", "3535a076c7fa29b5", "3728daeab5ad67fe", "3818730cfe7d0791", "3878c159b9710a99",
    "39b5178595f7c7bb", "3cd16185864cb598", "3feaa2883f66cbb0", "40e8e5564c5db013", "425e4f90c6ad0bbb",
    "42f17ba2be432077", "447b109e195caec4", "459ceb2a820f401e", "4adae5756d581db2", "5103b5658ee9fa19",
    "5580d54a0ce20c8f", "56f4e94667c86aaa", "5f350d30e4c6a9d6", "6b1a77b9255d2029", "6e947ec1f6ffd908",
    "75d60bf9f939d4f0", "792832cc2ad243e1", "79360a84b7e27dda", "7c1c7886e023c269", "7cea364121778bc0",
    "7e1c2bc0e5ef25e6", "86fdd39fc3a3f7ea", "91d4442b469da888", "9b2819cae8a9ff7b", "a10f2cd5610580ee",
    "a38a86af72daf523", "a4ed22bf1fee6405", "a75e9d59149fd43c", "a8b6f8eda17e4a84", "a8e3369c153ba763",
    "b496e4b13ab9e372", "bb318725645a6002", "bf644c17adcb7bf8", "bfe4c1656ff7771b", "c5c138d771179065",
    "ca00f5b5cee410be", "cc69628e4cab0b7a", "d514ef531d118eb9", "d5db142b5a17d99d", "dbd907fbeba8de84",
    "dcf3e481a27aa150", "e1c34779f6ae4a62", "e47d65b114d35108", "e87da98a79ba8eb0", "ea12c1f75bbc9d13",
    "f24451a68111c009", "f7122eac13f80e78", "f8a8583c14f482a0", "fc3e1d2a2d8c06c1", "ff81d2d1c9a35676",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team116-577", "team116-578", "team116-580"}
DATELINE_KIND = {"team116-577": ("لندن", "a foreign capital"),
                 "team116-578": ("الأنبار", "a province"),
                 "team116-580": ("تعز", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team116-576": "Istanbul-based Syrian opposition radio station's website",
               "team116-577": "London-based pan-Arab daily newspaper's website",
               "team116-578": "Baghdad-based private satellite channel's website",
               "team116-579": "Sidon-based Palestinian community news network's website",
               "team116-580": "Taiz-based party weekly newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team116-576": [9, 13], "team116-580": [6, 8]}

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
    "reported speech «قال/أفاد/ذكر/أكد X أن/إن»":
        re.compile(r"(?:قال|أفاد|ذكر|أكد)[^.،]{0,60} (?:أن|إن) "),
    "passive «أُطلق»/«ووُزعت»/«ودُفن»/«شُيّع»/«اعتُقل»/«أُغلق»/«قُتل»/«استُخدمت»/«نُقلت»/«فُتحت»":
        re.compile(r"أُطلق|ووُزعت|ودُفن|شُيّع|اعتُقل|أُغلق|قُتل|استُخدمت|نُقلت|فُتحت"),
    "acronym in quotes": re.compile(r"«قسد»|«داعش»|«أوتشا»|«الأونروا»"),
    "possessive actor":
        re.compile(r"مقاتلو «فيلق الرحمن»|مقاتلو «قوات سوريا الديمقراطية»|مقاتلي «قسد»|مسلحو «داعش»"
                   r"|مسلحي التنظيم"),
    "verb–subject–object":
        re.compile(r"^(?:ونشرت|وتوعّد|وتوعّدت|وشنّت|واحتجزت|ونفت|وعقدت|ورفض|ودخلت|وزار|والتقى|ووزّع|وهدّد) "
                   r"(?:الشرطة|مصدر|قيادي|قوات|الميليشيا|«هيئة|وزارة|قياديون|وفد|مركز|مسؤول|قيادة|«قسد»)",
                   re.M),
    "subject–verb–object":
        re.compile(r"^(?:و«الائتلاف|ومنظمة|ومجلس|وغرفة|والسلطة) [^،]+، (?:الذي|التي) [^.]*?، "
                   r"(?:اتهم|اتهمت|حمّلت)[ ،]", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|اتهمت|حمّلت)[ ،]"),
    "two events joined in one sentence with «و» and a second verb":
        re.compile(r"، وطالب |، وطالبت |، وأمّنت |، وأطلقت |، ووُزعت "),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:نفى|قال|تبنّى|اتهم|زعمت) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"الشهداء التسعة|الضحايا الاثني عشر|القتلى الاثنا عشر|القتلى الخمسة|القتلى الأربعة"
                   r"|القتلى الستة"),
    "purpose clause": re.compile(r"بهدف |تمهيداً |استعداداً |لتثبيت "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع)", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): the last days of a siege (Douma)
SIEGE_END = "team116-576"
# theme (b): a city battle (al-Raqqa)
CITY_BATTLE = "team116-577"
# theme (c): the days after a recapture (al-Fallujah and its camps)
RECAPTURE = "team116-578"
# theme (d): clashes between factions inside a camp (Ain al-Hilweh)
CAMP_CLASHES = "team116-579"
# theme (e): a besieged city (Taiz)
BESIEGED = "team116-580"


def siege_end_theme(core, lines, main):
    buses = of_type(core, lines, "RETREAT", "الحافلات", done=True)
    market = bool(main and main.get("acled") == AIR and "سوق" in para_text(lines, main))
    police = [g for g in of_type(core, lines, "MOBILIZE", "الشرطة العسكرية الروسية", done=True)
              if g.get("mode") == "police"]
    convoy = of_type(core, lines, "AID", "قافلة", done=True)
    abductees = [g for g in first_label(core, "rumored")
                 if main_type(g) == "RETREAT" and "المختطفين" in para_text(lines, g)]
    words = ("دوما", "الغوطة", "«جيش الإسلام»", "الاتفاق", "المعبر", "الحافلات", "الوافدين")
    return bool(buses and market and police and convoy and abductees and mostly(core, lines, words))


def city_battle_theme(core, lines, main):
    quarter = bool(main and main.get("acled") == AIR and "حي البدو" in para_text(lines, main))
    car_bomb = [g for g in of_type(core, lines, "ASSAULT", "مفخخة", done=True) if g.get("acled") == MINE]
    mine = [g for g in of_type(core, lines, "ASSAULT", "لغماً", done=True) if g.get("acled") == MINE]
    corridor = [g for g in of_type(core, lines, "RETREAT", "ممر", done=True) if g.get("mode") == "access"]
    advance = [g for g in of_type(core, lines, "ASSAULT", "«قسد»", "تقدّم", done=True)
               if g.get("acled") == CLASH]
    handover = [g for g in first_label(core, "planned")
                if main_type(g) == "RETREAT" and "مجلس الرقة المدني" in para_text(lines, g)]
    words = ("الرقة", "«قسد»", "التنظيم", "حي ", "الممر")
    return bool(quarter and car_bomb and mine and corridor and advance and handover
                and mostly(core, lines, words))


def recapture_theme(core, lines, main):
    screened = [g for g in of_type(core, lines, "COERCE", "للتدقيق الأمني", done=True)
                if g.get("acled") == ARREST]
    abuse = of_type(core, lines, "ACCUSE", "بتعذيب", done=True)
    denied = of_type(core, lines, "REJECT", "الاتهامات", done=True)
    inquiry = [g for g in first_label(core, "planned")
               if main_type(g) == "CONSULT" and "لجنة تحقيق" in para_text(lines, g)]
    water = [g for g in first_label(core, "negated")
             if main_type(g) == "AID" and "المياه" in para_text(lines, g)]
    pockets = bool(main and main.get("acled") == SHELL and "الجيوب" in para_text(lines, main))
    words = ("الفلوجة", "العامرية", "المحتجزين", "الجولان", "التنظيم", "المخيمات")
    return bool(screened and abuse and denied and inquiry and water and pockets
                and mostly(core, lines, words))


def camp_clashes_theme(core, lines, main):
    renewed = bool(main and main.get("acled") == CLASH and "على الرغم من وقف إطلاق النار" in lines[1])
    schools = of_type(core, lines, "REQUEST", "مدارس", done=True)
    sheltered = of_type(core, lines, "AID", "مساجد", done=True)
    mediation = [g for g in of_type(core, lines, "CONSULT", "هيئة العمل", done=True)
                 if g.get("mode") == "third-party"]
    suspects = of_type(core, lines, "REQUEST", "بتسليم", done=True)
    words = ("المخيم", "عين الحلوة", "صيدا", "«فتح»")
    return bool(renewed and schools and sheltered and mediation and suspects and mostly(core, lines, words))


def besieged_theme(core, lines, main):
    crossing = [g for g in of_type(core, lines, "COERCE", "منفذ", done=True) if g.get("mode") == "restrict"]
    convoy = of_type(core, lines, "COERCE", "قافلة", done=True)
    quarters = bool(main and main.get("acled") == SHELL and "أحياء" in para_text(lines, main))
    sniper = [g for g in of_type(core, lines, "ASSAULT", "قناص", done=True) if g.get("acled") == ATTACK]
    hill = [g for g in of_type(core, lines, "ASSAULT", "جبل هان", done=True) if g.get("acled") == CLASH]
    talks = [g for g in first_label(core, "planned")
             if main_type(g) == "CONSULT" and "هدنة" in para_text(lines, g)]
    words = ("تعز", "الميليشيا", "المدينة", "الحوثي")
    return bool(crossing and convoy and quarters and sniper and hill and talks and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 113 and 115"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"the last days of a siege": (SIEGE_END, siege_end_theme),
              "a city battle": (CITY_BATTLE, city_battle_theme),
              "the days after a recapture": (RECAPTURE, recapture_theme),
              "clashes between factions inside a camp": (CAMP_CLASHES, camp_clashes_theme),
              "a besieged city": (BESIEGED, besieged_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team116", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LB": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team116", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
