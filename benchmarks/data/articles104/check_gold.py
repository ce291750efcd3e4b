#!/usr/bin/env python3
"""Check team104.gold.json (the hundred-and-fourth team set, team104-516 ... team104-520) against the article
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a province, the town
  of the event, a foreign capital); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Quneitra (its countryside on the Golan line) and one in Deir ez-Zor
  (its eastern countryside), one Iraqi in Kirkuk, one Libyan in Tripoli and one Yemeni in al-Hodeidah, the
  main event in one of the places the plan names for its region, each article in the month the plan gives it
  (July 2018, November 2022, October 2017, April 2019, December 2018); no governorate, no word of the
  article's file name and no accepted place name among the places that the first paragraphs of the READMEs
  of sets 101 and 103 name. Those two sets are blind, so their places are not written here: they are kept as
  salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
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
- the themes: one article mostly about a settlement deal and buses to the north (the deal announced as an
  Agreement after talks, weapons handed over, buses leaving and more due, a group refusing the deal, a
  shelling that breaks the lull as the main event, most core events about it); one mostly about tribal anger
  and checkpoint attacks (two attacks on checkpoints, a tribal sheikh killed and his funeral turned into a
  protest, a sit-in, arrests in a raid, a curfew, elders' mediation, most core events about it); one mostly
  about forces redeployed and sites handed over (a district and its oil fields entered as a Non-violent
  transfer of territory, a base handed over, families fleeing, a short clash as the main event, a governor
  removed, calls for calm, most core events about it); front-line reporting in Tripoli (an advance and a
  counter-attack, an airport shelled, air strikes, aid to displaced families, a call for a truce); and a
  port-city truce (a truce agreed in talks abroad, breaches alleged by both sides, observers due, a
  redeployment promised, a prisoner swap due).

    python3 benchmarks/data/articles104/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AGREEMENT,
    AIR,
    ARREST,
    CLASH,
    SHELL,
    TRANSFER,
    first_label,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team104.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team104-516": [6, 12, 13], "team104-517": [9, 16], "team104-518": [7, 12, 16],
                  "team104-519": [6, 10, 16], "team104-520": [6, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team104-516": ("SY", "Quneitra", "al-Baath", "القنيطرة"),
          "team104-517": ("SY", "Deir ez-Zor", "al-Quriyah", "القورية"),
          "team104-518": ("IQ", "Kirkuk", "Taza", "دبس"),
          "team104-519": ("LY", "Tripoli", "Abu Salim", "طرابلس"),
          "team104-520": ("YE", "al-Hodeidah", "al-Tuhayta", "الحديدة")}
PLANNED_REGION = {"team104-516": ("SY", "Quneitra"), "team104-517": ("SY", "Deir ez-Zor"),
                  "team104-518": ("IQ", "Kirkuk"), "team104-519": ("LY", "Tripoli"),
                  "team104-520": ("YE", "al-Hodeidah")}
# the places the plan names for each region (the main event takes place in one of them); two towns of the
# brief were replaced by other towns of the same governorate because an earlier set used them
PLANNED_TOWNS = {("SY", "Quneitra"): {"Khan Arnabah", "Jubata al-Khashab", "Hadar", "al-Baath"},
                 ("SY", "Deir ez-Zor"): {"al-Bukamal", "al-Mayadin", "al-Quriyah", "Hajin"},
                 ("IQ", "Kirkuk"): {"Dibis", "Taza", "Laylan", "Altun Kupri"},
                 ("LY", "Tripoli"): {"Ain Zara", "Tajoura", "Abu Salim", "Qasr Bin Ghashir"},
                 ("YE", "al-Hodeidah"): {"al-Durayhimi", "Hays", "al-Tuhayta", "al-Khawkha"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team104-516": "2018-07", "team104-517": "2022-11", "team104-518": "2017-10",
                 "team104-519": "2019-04", "team104-520": "2018-12"}

# the places, governorates and file-name words (generic parts of names such as al, tal, jabal, kafr, kfar,
# bab, dar, bir, khan, balad, kabir, sheikh, ain, wadi, bani, south, north, city, street and country names
# left out) that the first paragraphs of the READMEs of sets 101 and 103 name, as digests: sha256("team104:"
# + norm_place(name)), first 16 hex digits. The governorates and provincial capitals of this set's own five
# regions are left out of the digests whether or not those paragraphs name them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "0063be48920853c5", "0072bcd842d1f2be", "015e5ee1eb70dfb7", "0247ff91de34d22e", "057f8d6f21fc186a",
    "09b4716ce3e6fb5c", "09c16e813bf730a8", "0f3785acbf2082b0", "1031ad3916bf0506", "10efd9a896c05852",
    "1307e5aef9573a9b", "13728aadf56db049", "183cb751f8ee765d", "1f187a554ec316db", "2023fa455af124c9",
    "21e4f8accf9bba4e", "25bd5eece1f48e6b", "27c64728a8e678c4", "2ace75c5c260efb3", "2e70a3265b00cbd6",
    "301a1933bf6e0773", "31319523dfbf809f", "31d272b5b2e18764", "33008770b913330e", "3378f350795366db",
    "33abbdc4dc8b3666", "35b89d430d613180", "3ae95b0536c0b4d5", "3c96cb106a732fb8", "3d7b37f69aea05da",
    "3da727d1a2fbbd46", "43924f35db5cbf84", "44b342879e52c931", "45217924538c1f23", "4912f174c8268734",
    "4a7f3d43b6da898c", "4a89ee22a20cb9ad", "4abfbdd9bfd40a9c", "514e26e1e452cb4e", "51cc5a6c0d5fbc5d",
    "5633a2bf62771f3b", "579185574ac424f8", "57f9d32d85c5189a", "58d4e0fcbf8984cd", "5ac9929ea05d90bb",
    "5b94669e30bbc8e8", "5bb7639dda6d208d", "5cba2b56aed502de", "5eea396883f43f30", "5fe20c52eed44be4",
    "603b8aabefde69a0", "60ceef3d13d89258", "617c121fe4dea048", "61d46c14c956faf7", "637bd8b6706d3635",
    "64b456e6455ceb2f", "6aacf043cb6a1bf3", "6afb9abd1a6f266c", "6c630d1e16dcac70", "6caf0da3db6a0a4d",
    "70ae7858425d14b1", "726fbca036d3c7ef", "72ef365998a08419", "7590bc527a776842", "77c585fdaa23cf39",
    "7b79ccf7ddbbd8ae", "7c0ba4d606bef202", "7d0976991754920e", "82f128a6a31d0956", "849d15e6c95bf28c",
    "86b103c617eafb00", "870b4bc5844b9a0c", "87a409e5c181237f", "87b92a24e0b3e925", "884f67e0fceeb7a2",
    "8919ca36344a9f6f", "8aad844f4256bbdc", "8af23e8dc8da1886", "8bc61d5774ad2156", "8c44f2ed92827e71",
    "8ca5d6f1cfb92e3b", "9131a3d7331061eb", "91e7bb9b51d7cda5", "936b13cc43d99d95", "952c481dc5f6ca57",
    "964ecb1a237a77b8", "966c528f6e76a889", "9af3854a16943bda", "9b120af5799072d0", "9d998af66ac23bbb",
    "9daf47088ccdfcde", "a07e7b2180d3d2e8", "a442679c421f6cab", "a5a2ce0e1545e53f", "a68bd14250bb2c85",
    "a7935b81cd52770a", "a8671cc0d05fb401", "a8b3944bb4d25fbb", "ac2b903ddf936aee", "ad2e15f27e294c17",
    "ad5e53c63ea89068", "af903674128631f5", "b0b0ec8cb00e9994", "b53a192685e9b464", "b5defbebb95910a4",
    "bba4e0e116213bdc", "bde0d55c982b1de6", "c1d252211e45390b", "c2f7975e6ea16a1f", "c4ffd4dae12be96d",
    "c6186bf560bf1f0b", "cc91ff65c94fcd09", "d1b9736bd00ee29f", "d296c718f4d718ab", "d3bbe10392535d5d",
    "d3f011406e2fec53", "d9aef4b19be09f18", "dbed9d7279fbd0f5", "e81346e187795c21", "e8517fb3892b8b8a",
    "e8cc26895de33f86", "e8e6f624166a3d3e", "e9e32d00b0b170fc", "ea275fe961d263ec", "eda41e67b27ffc9b",
    "f19f1c0f4615b01c", "f1aa97b2ca8919e7", "f31a5c5340a688d8", "f3ef6691afc06fe9", "f905902521255f2b",
    "f99911d8882665a3", "fc2f087aa418a205", "fc6212044fe23f12", "fcd2d436a7a3555d", "fd1dc9c0cc52680b",
    "fd35777df447ec3b", "fee9474a608174a1",
})
USED_GOV_DIGESTS = frozenset({
    "015e5ee1eb70dfb7", "33008770b913330e", "35b89d430d613180", "44b342879e52c931", "4abfbdd9bfd40a9c",
    "57f9d32d85c5189a", "5bb7639dda6d208d", "7c0ba4d606bef202", "82f128a6a31d0956", "936b13cc43d99d95",
    "9b120af5799072d0", "9daf47088ccdfcde", "a5a2ce0e1545e53f", "a8b3944bb4d25fbb", "cc91ff65c94fcd09",
    "d3bbe10392535d5d", "dbed9d7279fbd0f5", "e8cc26895de33f86", "e8e6f624166a3d3e", "f19f1c0f4615b01c",
    "f3ef6691afc06fe9",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0063be48920853c5", "0072bcd842d1f2be", "015e5ee1eb70dfb7", "0247ff91de34d22e", "09b4716ce3e6fb5c",
    "09c16e813bf730a8", "0f3785acbf2082b0", "1307e5aef9573a9b", "183cb751f8ee765d", "1f187a554ec316db",
    "21e4f8accf9bba4e", "2ace75c5c260efb3", "301a1933bf6e0773", "31319523dfbf809f", "44b342879e52c931",
    "4912f174c8268734", "4a7f3d43b6da898c", "514e26e1e452cb4e", "5633a2bf62771f3b", "5cba2b56aed502de",
    "5fe20c52eed44be4", "603b8aabefde69a0", "617c121fe4dea048", "61d46c14c956faf7", "637bd8b6706d3635",
    "6c630d1e16dcac70", "70ae7858425d14b1", "726fbca036d3c7ef", "72ef365998a08419", "7590bc527a776842",
    "7b79ccf7ddbbd8ae", "7c0ba4d606bef202", "87a409e5c181237f", "884f67e0fceeb7a2", "8919ca36344a9f6f",
    "8bc61d5774ad2156", "9131a3d7331061eb", "91e7bb9b51d7cda5", "966c528f6e76a889", "9af3854a16943bda",
    "9b120af5799072d0", "a07e7b2180d3d2e8", "a442679c421f6cab", "a5a2ce0e1545e53f", "a68bd14250bb2c85",
    "a8671cc0d05fb401", "b0b0ec8cb00e9994", "b53a192685e9b464", "c1d252211e45390b", "c2f7975e6ea16a1f",
    "cc91ff65c94fcd09", "d1b9736bd00ee29f", "d3bbe10392535d5d", "e8517fb3892b8b8a", "e8e6f624166a3d3e",
    "e9e32d00b0b170fc", "ea275fe961d263ec", "f3ef6691afc06fe9", "f99911d8882665a3", "fc2f087aa418a205",
    "fc6212044fe23f12", "fcd2d436a7a3555d", "fd35777df447ec3b",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team104-516", "team104-519", "team104-520"}
DATELINE_KIND = {"team104-516": ("القنيطرة", "a province"),
                 "team104-519": ("طرابلس", "the town of the event"),
                 "team104-520": ("الرياض", "a foreign capital")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team104-516": "Damascus-based pro-government private radio station's website",
               "team104-517": "Berlin-based Syrian exile weekly newspaper's website",
               "team104-518": "Kirkuk-based Turkmen satellite channel's Arabic-language website",
               "team104-519": "Tripoli-based Libyan online daily newspaper",
               "team104-520": "Riyadh-based Yemeni pro-government news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team104-518": [3, 4], "team104-519": [4, 6]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«شُيّع»/«دُفن»/«نُقل»/«أُصيب»/«رُفع»": re.compile(r"قُتل|شُيّع|دُفن|نُقل|أُصيب|رُفع"),
    "acronym in quotes": re.compile(r"«سانا»|«قسد»|«يونامي»|«واع»|«أونسميل»"),
    "possessive actor":
        re.compile(r"مقاتلي «الحشد الشعبي»|مسلحي الميليشيا|مقاتلي الجماعة|متطوعو الهلال الأحمر"),
    "verb–subject–object":
        re.compile(r"^(?:وسلّمت|وداهمت|وشنّ|واعتقلت|ووزّع) "
                   r"(?:المجموعات|دوريات|الطيران|قوة|قوات|متطوعو)", re.M),
    "subject–verb–object": re.compile(r"^ومحافظ القنيطرة، [^.]*? دعا ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{40,200}?، دعا "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب(?:ت|وا)،? (?:في بيان|بإشراك)"),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:بعد|قبل) "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:نفى|نقلت|قال) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"الشهداء الثلاثة|القتلى الأربعة|القتلى الثلاثة"),
    "purpose clause": re.compile(r"بهدف |لتأليب |تحسباً ل"),
    "burial or funeral": re.compile(r"^(?:وشُيّع|ودُفن|وشيّع) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a settlement deal and buses to the north
SETTLEMENT = "team104-516"
# theme (b): tribal anger and checkpoint attacks
TRIBAL = "team104-517"
# theme (c): forces redeployed and sites handed over
HANDOVER = "team104-518"
# theme (d): front-line reporting in Tripoli (the brief asks for no theme; the plan's items)
FRONTLINE = "team104-519"
# theme (e): a port-city truce
TRUCE = "team104-520"


def settlement_theme(core, lines, main):
    deal = [g for g in of_type(core, lines, "AGREE", "تسوية", done=True) if g.get("acled") == AGREEMENT]
    talks = of_type(core, lines, "CONSULT", "المفاوضات", done=True)
    disarm = [g for g in of_type(core, lines, "RETREAT", "سلاح", done=True) if g.get("mode") == "disarm"]
    buses = [g for g in of_type(core, lines, "RETREAT", "حافلة", done=True) if g.get("mode") == "withdraw"]
    more_buses = first_label(of_type(core, lines, "RETREAT", "الحافلات"), "planned")
    refused = of_type(core, lines, "REJECT", "الاتفاق", done=True)
    lull = bool(main and main.get("acled") == SHELL and "الهدوء" in para_text(lines, main))
    words = ("التسوية", "تسوية", "الاتفاق", "المصالحة", "الحافلات", "حافلة", "سلاح", "الرافض")
    return bool(deal and talks and disarm and buses and more_buses and refused and lull
                and mostly(core, lines, words))


def tribal_theme(core, lines, main):
    checkpoints = [g for g in of_type(core, lines, "ASSAULT", "حاجز", done=True) if g.get("acled") == CLASH]
    sheikh = [g for g in of_type(core, lines, "ASSAULT", "شيوخ عشائر", done=True) if "fatalities" in g]
    funeral = of_type(core, lines, "PROTEST", "وشيّع", done=True)
    sit_in = of_type(core, lines, "PROTEST", "اعتصم", done=True)
    raid = [g for g in of_type(core, lines, "COERCE", "وداهمت", done=True)
            if g.get("mode") == "arrest" and g.get("acled") == ARREST]
    curfew = [g for g in of_type(core, lines, "COERCE", "حظر تجول", done=True) if g.get("mode") == "curfew"]
    mediation = of_type(core, lines, "CONSULT", "وجهاء", done=True)
    words = ("العشائر", "العشيرة", "حاجز", "الحاجز", "الشيخ", "وجهاء", "الميليشيا")
    return bool(len(checkpoints) >= 2 and main in checkpoints and sheikh and funeral and sit_in and raid
                and curfew and mediation and mostly(core, lines, words))


def handover_theme(core, lines, main):
    entry = [g for g in of_type(core, lines, "COERCE", "دخلت", "حقول", done=True)
             if g.get("mode") == "seize" and g.get("acled") == TRANSFER]
    base = [g for g in of_type(core, lines, "RETREAT", "قاعدة", done=True) if g.get("acled") == TRANSFER]
    fleeing = [g for g in core if "نزوح" in para_text(lines, g)]
    clash = bool(main and main.get("acled") == CLASH and "اشتباك" in para_text(lines, main))
    governor = of_type(core, lines, "SANCTION", "محافظ كركوك", done=True)
    calm = of_type(core, lines, "REQUEST", "ضبط النفس", done=True)
    words = ("القوات الاتحادية", "البيشمركة", "انسحاب", "تنسحب", "سلّم", "دخلت", "قطعات", "الحشد", "محافظ")
    return bool(entry and base and fleeing and clash and governor and calm and mostly(core, lines, words))


def frontline_theme(core, lines, main):
    clashes = [g for g in of_type(core, lines, "ASSAULT", "اشتباكات", done=True) if g.get("acled") == CLASH]
    counter = [g for g in of_type(core, lines, "ASSAULT", "هجوماً معاكساً", done=True)
               if g.get("acled") == CLASH]
    airport = [g for g in of_type(core, lines, "ASSAULT", "مطار", done=True) if g.get("acled") == SHELL]
    strikes = [g for g in of_type(core, lines, "ASSAULT", done=True) if g.get("acled") == AIR]
    displaced = of_type(core, lines, "AID", "نازحة", done=True)
    truce_call = of_type(core, lines, "REQUEST", "هدنة", done=True)
    return bool(clashes and counter and airport and strikes and displaced and truce_call)


def truce_theme(core, lines, main):
    agreed = [g for g in of_type(core, lines, "AGREE", "السويد", done=True) if g.get("acled") == AGREEMENT]
    accusers = {names_en(g, "source") for g in of_type(core, lines, "ACCUSE", "خرق", done=True)}
    observers = first_label(of_type(core, lines, "CONSULT", "المراقبين"), "planned")
    redeployment = of_type(core, lines, "AGREE", "إعادة الانتشار", done=True)
    swap = first_label(of_type(core, lines, "RETREAT", "الأسرى"), "planned")
    lists = of_type(core, lines, "COOPERATE", "قوائم", done=True)
    words = ("الهدنة", "وقف إطلاق النار", "خرق", "الاتفاق", "الأسرى", "إعادة الانتشار", "المراقبين",
             "الانسحاب")
    return bool(agreed and len(accusers) >= 2 and observers and redeployment and swap and lists
                and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 101 and 103"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a settlement deal and buses to the north": (SETTLEMENT, settlement_theme),
              "tribal anger and checkpoint attacks": (TRIBAL, tribal_theme),
              "forces redeployed and sites handed over": (HANDOVER, handover_theme),
              "front-line reporting in Tripoli": (FRONTLINE, frontline_theme),
              "a port-city truce": (TRUCE, truce_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team104", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team104", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
