#!/usr/bin/env python3
"""Check team132.gold.json (the hundred-and-thirty-second team set, team132-656 ... team132-660) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000 to 5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (656, 657, 659), of
  three kinds that differ from the model set's three (a front-line town that the offensive aimed at, where the
  outlet sits, not the main event's town; a town across the border in a neighbouring country, where the
  correspondent stays; a distant port city where the parliament that backs the campaign sits); the two others
  have none and name their place in the first sentence;
- the regions: two Syrian articles, one in the countryside of Mhardeh, al-Lataminah and Kafr Zita (Souran,
  Maardes, Suqaylabiyah) and one in the eastern Daraa countryside (Busra al-Sham and its citadel, al-Jiza,
  Ghasm, with Sheikh Miskin for the background), one Iraqi in Wasit (al-Kut, its bridges and its sit-in
  square, with al-Hay for the background), one Libyan in Derna (its old town, Shiha, al-Maghar, Bab Tobruk,
  with Khreibish in Benghazi and al-Qubba) and one Lebanese east of Sidon (Abra and its mosque complex, Sidon,
  Ain al-Hilweh, the Taamir quarter); the main event in one of the places the plan names for its region; each
  article in the month the plan gives it (April 2017; March 2015; December 2019; June 2018; June 2013); no
  region, no word of the article's file name and no accepted place name among the places that the first
  paragraphs of the READMEs of sets 129 and 131 name. Those two sets are blind, so their places are not
  written here: they are kept as salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only
  the digests are compared; a region of this set is compared with every place those paragraphs name, not only
  with their governorates. Two places of the plan were among them and were replaced (see README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or more
  paragraphs) is told first in the lead ¶1 in one article only, and in ¶2 to ¶5 after another core event in
  the others, never mentioned before its trigger's paragraph; exactly two articles let the reports of a toll
  conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles130/``: no article puts its main event, its negated, rumoured, planned or
  dated historical core event or its threat at the paragraph index that the model set's article of the same
  rank uses, nor its rumoured, planned or negated core event of the same type, nor its dated historical core
  event with the same ACLED label; no no-event paragraph at an index the model set used for one of its own;
  the articles with the main event first in the lead and those with conflicting tolls are not at the model
  set's ranks; no dateline of a kind the model set used;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a town retaken by the army after the opposition factions' offensive, with
  rockets on a town behind the front, air strikes on the factions' towns and a field hospital hit (the
  retaking of Souran as the main event, the rockets on Mhardeh, the strikes on al-Lataminah and Kafr Zita,
  the hospital, the reinforcements, most core events about it); one about a town and its citadel taken by the
  opposition factions, with families leaving eastwards, a local council formed and the factions' statements
  (the capture of Busra al-Sham as the main event, the barrel bombs, the flight, the council, the joint
  statement, most core events about it); one about protesters shot on a bridge, with a governor's
  resignation, tribal mediation and a funeral turned march (the killings at the old bridge as the main event,
  the resignation, the sheikhs' meeting, the march, the chanted threat, most core events about it); one about
  an old town entered by the army, with families trapped, a humanitarian corridor, aid bodies' calls and
  fighters arrested (the entry into the old town as the main event, the cordon, the corridor, the call, the
  arrests, most core events about it); and one about a cleric's armed followers attacking an army checkpoint
  and their mosque complex stormed, with residents fleeing, a sit-in and political statements (the storming
  as the main event, the checkpoint, the flight, the sit-in, the accusation and the praise, most core events
  about it).

    python3 benchmarks/data/articles132/check_gold.py [--no-score]
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
    EXCESSIVE,
    MINE,
    SHELL,
    line_spans,
    main_event,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team132.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team132-656": [9, 14], "team132-657": [6, 10], "team132-658": [2, 15],
                  "team132-659": [5, 11], "team132-660": [6, 12]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). Two places of the plan are among the places of the blind paragraphs, so
# they are given here by nearby ones that they do not name (README.md, "Places replaced"): the countryside of
# Mhardeh, al-Lataminah and Kafr Zita for the governorate of 656, and Wasit (al-Kut and its bridges) for 658.
REGION = {"team132-656": ("SY", "Mhardeh countryside", "Souran", "محردة"),
          "team132-657": ("SY", "Daraa", "Busra al-Sham", "بصرى الشام"),
          "team132-658": ("IQ", "Wasit", "Kut", "الكوت"),
          "team132-659": ("LY", "Derna", "Derna", "درنة"),
          "team132-660": ("LB", "Sidon countryside", "Abra", "عبرا")}
PLANNED_REGION = {"team132-656": ("SY", "Mhardeh countryside"), "team132-657": ("SY", "Daraa"),
                  "team132-658": ("IQ", "Wasit"), "team132-659": ("LY", "Derna"),
                  "team132-660": ("LB", "Sidon countryside")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them)
PLANNED_TOWNS = {("SY", "Mhardeh countryside"): {"Souran", "al-Lataminah", "Kafr Zita", "Mhardeh",
                                                 "Suqaylabiyah"},
                 ("SY", "Daraa"): {"Busra al-Sham"},
                 ("IQ", "Wasit"): {"Kut"},
                 ("LY", "Derna"): {"Derna"},
                 ("LB", "Sidon countryside"): {"Abra"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team132-656": "2017-04", "team132-657": "2015-03", "team132-658": "2019-12",
                 "team132-659": "2018-06", "team132-660": "2013-06"}

# the places, regions and file-name words that the first paragraphs of the READMEs of sets 129 and 131 name,
# as digests: sha256("team132:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings
# (country names and the cities of the outlets and datelines included) and of the non-generic words of the
# English names (generic parts of names such as al, el, abu, umm, wadi, jabal, tell, tal, nahr, ain, ras,
# kafr, dar, bani, ben, suq, rif, north, south, east, west, eastern, western, southern, old, great, square,
# camp, station, post, bridge, university, market, castle, centre, base, road, entrance, quarter, compound,
# hills, border, air, medical, police, headquarters, hospital, mosque, port, island, countryside and district,
# the adjectives turkish, lebanese and saudi, and the words of, the and des, are left out of the words).
# USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all the
# rest), so that no region of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "030606b980a64e88", "041605387508419d", "052a6feb27450679", "0538c0bb4c137869", "05cc44f0b7f4b59a",
    "05d487566ae4bd8a", "08494403ce8ac33a", "09f966d7dc0f9a84", "0b8a27ceaa730beb", "0bd931952ece16ed",
    "0c918820644bc099", "0ed660a14ccab5d9", "0eec00194b0e2615", "104ef51e37fcbaac", "122767dc03db1ed7",
    "12600b40fc88e537", "13db3c4c5d9df619", "17247a20313b4fbf", "183f70e088600a78", "19eee66b35e3ad0e",
    "1a90a3cf227694c9", "1af6af2db3a6a806", "1b84948c39fa5801", "1c5b05c8be4e8188", "1e2e7e86c8e4dec5",
    "1f64027863fdcfcf", "1ffccf039c9570f9", "2020ac0b9158d8fd", "21bca6bf7def40f4", "255abc0bbed4dd68",
    "260cbbc6abd5aab8", "260e06304a7c47bf", "26989c7f95aec976", "2aa936ba93014f61", "2ad79dc1bab55543",
    "2b9062562b77e61b", "2c624839a0f20404", "2d1dc1801a715417", "2dc84d5df57ff5b3", "2e4a333c2240af08",
    "2fd235e606f14157", "2fe36bc67675ad98", "308da86015e6f9df", "309a37ab18e9372c", "318699de4669091a",
    "3220b6136bab977a", "3246eff844cca560", "325a4ea533f02f8a", "332c6127578adace", "33f732079896bfb8",
    "347fe5c9fe14bd42", "34fd4f03488d0c26", "354df30d5efb2b73", "39f7dbd9617686b9", "3bb738d34c088ff1",
    "3d2d02fdc4ec26c2", "3deff9545b3cfab0", "3f43a37961f068c4", "42554c238cb9d065", "43c7f6f144aeb55d",
    "45943759a270a81e", "45c988e2de0f6918", "45cce1475e10db9b", "47c38592a82a8f3f", "4846bee3600cabc1",
    "4864ed9957f68c5a", "4894879bd1d0c5e3", "49709e610d5ba2bf", "4bf87a00e0ca594b", "4c5314381bc6d278",
    "4d632b455dcca9ec", "5125b755a3b00543", "5145b3e8d6f2a549", "51b0ff8c8455b55e", "520148d85c98b047",
    "543f5ba715cffdf1", "57d8709b2ff27cc8", "57e0d53763813ea1", "586c041677179d4d", "593717995ee8dc63",
    "59c747a059adc12c", "5a5c09082c8202aa", "5a6575a68179f64d", "5adc41e8825b3275", "5b35133c0870f6e0",
    "5d95feec5d08acd4", "60a51a4c868bdca8", "614f98c03893b20b", "6150168becada701", "619d5acce7e29b34",
    "61da462a34226f11", "620ec6566100799c", "63acc31ff20dc1d2", "673ec978cb6cccc6", "68812dd3ff77f315",
    "69906032e2ec4ce7", "69d4e32dddeda852", "6a4180966108c078", "6a9ff54999712921", "6acbefbe7dee0da7",
    "6b04c13706995972", "6c51cc8f84faa2cd", "6dfb90ae17b50215", "7106afd0d34262bd", "726773cad26894ae",
    "731b6b645acfd52b", "78626b3ae20dc78b", "79ad45edb7351050", "7d1f7f2adeb31915", "7d7e40486962f686",
    "80cab28c4deb769a", "8129433fa6fc376a", "815e778a06934779", "8165ef490ed560ff", "826af4f12143cc92",
    "82e3bd2ae4f513a7", "83b64ece12c213fc", "85102641f3944c13", "85f3320b2455bc52", "88b90352fa78d63a",
    "8984c9e92dd389e8", "8ab27ef5971589f9", "8b199972f8af3db4", "8b2184738b811868", "8cdadfcb421cdf09",
    "8d2aa5f709ad864d", "8d811ac121757bb4", "8e09694f1cab0b08", "8ef02453d0e02779", "90021cbabc694bcb",
    "902dd86d6cfdf748", "90493bbf9c30d0b4", "906e99c3f848ff36", "91c5b89122491d72", "9241eb9b0e7aeffe",
    "93f10e5e8df95747", "963cc3d5df162dbb", "97d3574c26fee8eb", "a0f0ac8911e6f84a", "a1e37beb150ded43",
    "a2b7fa7b2306389b", "a4b200dc9abb362f", "a73b9a06280d3ddb", "a81694543318d854", "a9ed8dd1a756f635",
    "ad5ad65b7bb1e363", "ae2f9dabcbde124b", "aeab83818d724329", "af9b994de98c7121", "b31dc854b8eee33a",
    "b33c80508a0d7224", "b4c68a475925dcff", "b5185e8c994f7aca", "b66505261aabc479", "b87acce9b5f2c7a6",
    "b8ef0d805524c21e", "b96797ae96606b6f", "b9d159c7cdb6cc6e", "ba113dbfd8083c25", "bcd1ede0f1e3575e",
    "bce23964765ad54a", "be9c47ad73be722a", "bf27a9f6c64840a0", "bff02de068dcc1e2", "c0942777b805ac90",
    "c1fea29c3ab78f73", "c2d266cea24b2144", "c2f095af293b9511", "c5a6c1b94d8e4c4c", "c693a3bb2b2eb2df",
    "c78af5325d488b1b", "c79b6b9a9fd7e896", "c90b25fdafcd17cc", "c946f82bab53aa14", "ce02e96a7c6dbee2",
    "ceb2928cf65422ac", "d0e5fa2821994885", "d208dc7752cc2627", "d22721b998913a8c", "d346c4e882806ffe",
    "d39586f2a13c4426", "d53360d90666e204", "d5c05ff541e80f9e", "d68e2424ef32fae7", "d8407167b03a142a",
    "d969f596068213e1", "db33f135f0303318", "dde110890675ff08", "e0e9c11a3081224c", "e4f65173330337e6",
    "e50c636123269237", "e5befbdb72837f62", "e5e97c646b5165db", "e601d2c95f552924", "e65d612d22d071f5",
    "e6cdb5aa9e07e209", "e6f8ea3eea1e48ad", "e73a4b5a7499fcd0", "e8bfe4ba4f77785d", "e9e426049b94d96a",
    "ebbb2d078c778e82", "ed3a7b074fd0745b", "ef47468e3ac062df", "ef4ac13fca548881", "ef7d61725fb13400",
    "eff2002d3ae26f0e", "f1cdcf7a0f608e01", "f347935b8ccd601a", "f50e6a168d36daa5", "f6b8a597adb42e6c",
    "f8dd37835a0cbe51", "f9c64f31df41d62f", "fabff50908a782af", "fd8730dddaf84820", "ff7c23161d84de1f",
    "ff957c20056b302f",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "030606b980a64e88", "041605387508419d", "052a6feb27450679", "0538c0bb4c137869", "0ed660a14ccab5d9",
    "0eec00194b0e2615", "122767dc03db1ed7", "12600b40fc88e537", "17247a20313b4fbf", "19eee66b35e3ad0e",
    "1c5b05c8be4e8188", "1f64027863fdcfcf", "21bca6bf7def40f4", "26989c7f95aec976", "2ad79dc1bab55543",
    "3246eff844cca560", "325a4ea533f02f8a", "347fe5c9fe14bd42", "3bb738d34c088ff1", "3deff9545b3cfab0",
    "3f43a37961f068c4", "43c7f6f144aeb55d", "4846bee3600cabc1", "49709e610d5ba2bf", "4d632b455dcca9ec",
    "5125b755a3b00543", "57e0d53763813ea1", "593717995ee8dc63", "5a5c09082c8202aa", "5a6575a68179f64d",
    "5d95feec5d08acd4", "60a51a4c868bdca8", "61da462a34226f11", "620ec6566100799c", "63acc31ff20dc1d2",
    "673ec978cb6cccc6", "69d4e32dddeda852", "6b04c13706995972", "6c51cc8f84faa2cd", "731b6b645acfd52b",
    "78626b3ae20dc78b", "8129433fa6fc376a", "815e778a06934779", "8984c9e92dd389e8", "8b199972f8af3db4",
    "8b2184738b811868", "8cdadfcb421cdf09", "8d2aa5f709ad864d", "8e09694f1cab0b08", "8ef02453d0e02779",
    "90493bbf9c30d0b4", "906e99c3f848ff36", "93f10e5e8df95747", "a0f0ac8911e6f84a", "a1e37beb150ded43",
    "a73b9a06280d3ddb", "a81694543318d854", "a9ed8dd1a756f635", "b66505261aabc479", "b9d159c7cdb6cc6e",
    "bcd1ede0f1e3575e", "c0942777b805ac90", "c1fea29c3ab78f73", "c2d266cea24b2144", "c78af5325d488b1b",
    "ceb2928cf65422ac", "d0e5fa2821994885", "d346c4e882806ffe", "d5c05ff541e80f9e", "d969f596068213e1",
    "e50c636123269237", "e5befbdb72837f62", "e65d612d22d071f5", "e6f8ea3eea1e48ad", "e8bfe4ba4f77785d",
    "ebbb2d078c778e82", "ef47468e3ac062df", "ef4ac13fca548881", "ef7d61725fb13400", "eff2002d3ae26f0e",
    "f1cdcf7a0f608e01", "f347935b8ccd601a", "f8dd37835a0cbe51", "f9c64f31df41d62f", "ff7c23161d84de1f",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds were the country's capital, far from the front, where the outlet sits; a shrine city of a
# neighbouring governorate, where the wounded are treated; the event's own town, where the correspondent
# lives)
DATELINE = {"team132-656", "team132-657", "team132-659"}
DATELINE_KIND = {"team132-656": ("محردة", "a front-line town that the offensive aimed at, where the outlet "
                                          "sits, not the main event's town"),
                 "team132-657": ("الرمثا", "a town across the border in a neighbouring country, where the "
                                           "correspondent stays"),
                 "team132-659": ("طبرق", "a distant port city where the parliament that backs the campaign "
                                         "sits")}
MODEL_DATELINE_KINDS = {"the country's capital, far from the front, where the outlet sits",
                        "a shrine city of a neighbouring governorate, where the wounded are treated",
                        "the event's own town, where the correspondent lives"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team132-656": "Mhardeh-based local Christian community news page on Facebook",
               "team132-657": "Amman-based Syrian opposition regional news website",
               "team132-658": "Erbil-based Iraqi Kurdish satellite channel's Arabic-language website",
               "team132-659": "Cairo-based Egyptian state-owned daily newspaper's website",
               "team132-660": "Paris-based French public international radio's Arabic service website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team132-658": [14, 19], "team132-660": [22, 28]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles130/README.md), by rank (its articles 646 … 650): the trigger
# paragraph of the main event, of the negated, rumoured, planned and dated historical core events and of the
# threat; the types of its negated, rumoured and planned core events and the ACLED label of its dated
# historical one; its no-event paragraphs; the ranks of its articles with the main event first in the lead
# and with conflicting tolls
MODEL_PLACES = [
    {"main": 3, "negated": 11, "rumored": 7, "planned": 15, "historical": 8, "threat": 9},
    {"main": 4, "negated": 14, "rumored": 10, "planned": 16, "historical": 9, "threat": 11},
    {"main": 2, "negated": 12, "rumored": 6, "planned": 15, "historical": 9, "threat": 11},
    {"main": 5, "negated": 13, "rumored": 11, "planned": 15, "historical": 10, "threat": 7},
    {"main": 1, "negated": 14, "rumored": 12, "planned": 16, "historical": 11, "threat": 8},
]
MODEL_KINDS = [
    {"negated": "AID", "rumored": "ASSAULT", "planned": "RETREAT", "historical": CLASH},
    {"negated": "RETREAT", "rumored": "RETREAT", "planned": "MOBILIZE", "historical": AIR},
    {"negated": "ASSAULT", "rumored": "MOBILIZE", "planned": "CONSULT", "historical": MINE},
    {"negated": "MOBILIZE", "rumored": "ASSAULT", "planned": "COERCE", "historical": MINE},
    {"negated": "RETREAT", "rumored": "AGREE", "planned": "PROTEST", "historical": SHELL},
]
MODEL_NO_EVENT = {3, 4, 7, 8, 13, 16, 17}
MODEL_LEAD_FIRST_RANKS = {4}
MODEL_TOLL_CONFLICT_RANKS = {1, 3}

# constructions the plan asks for somewhere in the set (none of them is among those the model set lists)
CONSTRUCTIONS = {
    "a threat made conditional with «كلما», «كل من», «لئن», «بمجرد أن» or «فور»":
        re.compile(r" كلما | كل من |«لئن |بمجرد أن |«سيتحركون فور»"),
    "another source's count opened with «أما» or «غير أن»":
        re.compile(r"^(?:أما |غير أن )", re.M),
    "a back-reference to the main event opened with «ويصف», «ويتذكر» or «ويحكي»":
        re.compile(r"^(?:ويصف|ويتذكر|ويحكي) ", re.M),
    "a description opened with «تُعدّ», «ولـ… مكانة», the place as a nominal subject, «اشتهرت» or «حتى سنوات "
    "قليلة»":
        re.compile(r"^(?:تُعدّ |ولبصرى الشام مكانة |الكوت مدينة |اشتهرت |حتى سنوات قليلة)", re.M),
    "passives «نُقلوا», «عُثر», «مُنعت», «قُتل», «شُيّع», «دُفنوا», «سُمع», «يُحدد»":
        re.compile(r"نُقلوا|عُثر|مُنعت|قُتل|دُفنوا|سُمع|يُحدد"),
    "a participle clause («مضيفاً», «منوّهاً», «متعهدة», «مشيرة», «معللاً», «محمّلة», «محذرتين», «واصفاً», "
    "«مثمنة», «مطالباً», «مشيراً»)":
        re.compile(r"، (?:مضيفاً|منوّهاً|متعهدة|مشيرة|معللاً|محمّلة|محذرتين|واصفاً|مثمنة|مطالباً|مشيراً) "),
    "a death told with «قضت», «أودت بحياة» or «سقط … قتلى»":
        re.compile(r"فقضت |وأودت بحياة |سقط فيه ثلاثة قتلى"),
    "a toll written out in words":
        re.compile(r"(?:سبعة وعشرين|خمسة وثلاثون|أربعة عشر|تسعة عشر|اثنين وعشرين|ثماني وعشرين)"
                   r" (?:إرهابياً|قتيلاً|محتجاً|شخصاً|جثة)"),
    "platforms in quotes («فيسبوك», «تويتر»)": re.compile(r"«فيسبوك»|«تويتر»"),
    "«رغم», «عقب» or «جراء» inside the sentence": re.compile(r"، رغم | جراء "),
}

# theme (a): a town retaken by the army after the factions' offensive, with rockets on a town behind the
# front, air strikes on the factions' towns and a field hospital hit (Souran)
RETAKEN = "team132-656"
# theme (b): a town and its citadel taken by the opposition factions, with families leaving eastwards, a local
# council formed and the factions' statements (Busra al-Sham)
CITADEL = "team132-657"
# theme (c): protesters shot on a bridge, with a governor's resignation, tribal mediation and a funeral
# turned march (al-Kut)
BRIDGES = "team132-658"
# theme (d): an old town entered by the army, with families trapped, a humanitarian corridor, aid bodies'
# calls and fighters arrested (Derna)
CORRIDOR = "team132-659"
# theme (e): a cleric's armed followers attacking an army checkpoint and their mosque complex stormed, with
# residents fleeing, a sit-in and political statements (Abra)
COMPLEX = "team132-660"


def retaken_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "صوران" in para_text(lines, main)
                and "الدفاع الوطني" in para_text(lines, main))
    rockets = [g for g in of_type(core, lines, "ASSAULT", "محردة", done=True) if g.get("acled") == SHELL]
    strikes = [g for g in of_type(core, lines, "ASSAULT", "اللطامنة", done=True) if g.get("acled") == AIR]
    hospital = [g for g in of_type(core, lines, "ASSAULT", "مشفى") if g["factuality"][0] == "reported"]
    build_up = of_type(core, lines, "MOBILIZE", "السقيلبية", done=True)
    words = ("صوران", "محردة", "الجيش", "الفصائل", "اللطامنة", "السقيلبية", "جيش العزة")
    return bool(town and rockets and strikes and hospital and build_up and mostly(core, lines, words))


def citadel_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "بصرى الشام" in para_text(lines, main)
                and "قلعتها" in para_text(lines, main))
    barrels = [g for g in of_type(core, lines, "ASSAULT", "براميل", done=True) if g.get("acled") == AIR]
    flight = of_type(core, lines, "RETREAT", "شرقاً", done=True)
    council = of_type(core, lines, "CONSULT", "مجلساً محلياً", done=True)
    statement = of_type(core, lines, "REQUEST", "بياناً مشتركاً", done=True)
    words = ("بصرى", "الثوار", "الفصائل", "قوات الأسد", "القلعة", "المدينة", "الميليشيات")
    return bool(town and barrels and flight and council and statement and mostly(core, lines, words))


def bridges_theme(core, lines, main):
    bridge = bool(main and main.get("acled") == EXCESSIVE and "الجسر القديم" in para_text(lines, main))
    resigned = of_type(core, lines, "CONCEDE", "استقالته", done=True)
    mediation = of_type(core, lines, "CONSULT", "عشائر", done=True)
    march = of_type(core, lines, "PROTEST", "التشييع", done=True)
    chant = of_type(core, lines, "THREATEN", "الهوسات")
    words = ("الكوت", "المحتجين", "الجسر", "واسط", "التنسيقية", "العشائر")
    return bool(bridge and resigned and mediation and march and chant and mostly(core, lines, words))


def corridor_theme(core, lines, main):
    old_town = bool(main and main.get("acled") == CLASH and "المدينة القديمة" in para_text(lines, main))
    trapped = of_type(core, lines, "COERCE", "عالقة", done=True)
    corridor = of_type(core, lines, "RETREAT", "ممراً إنسانياً", done=True)
    calls = of_type(core, lines, "REQUEST", "للصليب الأحمر", done=True)
    arrests = [g for g in of_type(core, lines, "COERCE", "القبض", done=True) if g.get("acled") == ARREST]
    words = ("درنة", "الجيش", "المدينة القديمة", "الغرفة", "قوة حماية درنة", "العائلات")
    return bool(old_town and trapped and corridor and calls and arrests and mostly(core, lines, words))


def complex_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "مجمع المسجد" in para_text(lines, main))
    checkpoint = [g for g in of_type(core, lines, "ASSAULT", "حاجزاً", done=True) if g.get("acled") == CLASH]
    fled = of_type(core, lines, "RETREAT", "نزح", done=True)
    sit_in = of_type(core, lines, "PROTEST", "اعتصاماً", done=True)
    said = of_type(core, lines, "ACCUSE", done=True) and of_type(core, lines, "SUPPORT", done=True)
    words = ("عبرا", "الجيش", "الشيخ", "المجمع", "صيدا", "المسلحين")
    return bool(stormed and checkpoint and fled and sit_in and said and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 129 and 131"


def model_checks(docs):
    """This set's placements against the model set's (error strings): per article, the trigger paragraphs of
    the main event and of the negated, rumoured, planned and dated historical core events and of the threats
    are not the index the model set's article of the same rank uses, and its negated, rumoured and planned
    core events are not of the type, nor its dated historical core event of the ACLED label, of the model's;
    no no-event paragraph at an index the model set used; the ranks of the lead-first articles and of the
    conflicting tolls are not the model set's; the dateline kinds are not the model set's."""
    errs = []
    lead_ranks = set()
    for rank, d in enumerate(sorted(docs, key=lambda d: d["id"])):
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        spans = line_spans(lines)
        core = [g for g in d["events"] if g["core"]]
        model, kinds = MODEL_PLACES[rank], MODEL_KINDS[rank]
        found = {"main": set(), "negated": set(), "rumored": set(), "planned": set(), "historical": set(),
                 "threat": set()}
        m = main_event(core)
        if m:
            found["main"].add(trigger_para(m, spans))
            if trigger_para(m, spans) == 1:
                lead_ranks.add(rank)
        for g in core:
            label = g["factuality"][0]
            if label in found and (label != "historical" or g.get("date")):
                found[label].add(trigger_para(g, spans))
                kind = g.get("acled") if label == "historical" else main_type(g)
                if kind == kinds[label]:
                    errs.append(f"{did} {g['id']}: a {label} core event of the kind the model set's article "
                                f"of that rank uses")
            if main_type(g) == "THREATEN":
                found["threat"].add(trigger_para(g, spans))
        for what, paras in found.items():
            if model[what] in paras:
                errs.append(f"{did}: a {what} event at ¶{model[what]}, "
                            "as in the model set's article of that rank")
        same = set(NO_EVENT_PARAS.get(did, [])) & MODEL_NO_EVENT
        if same:
            errs.append(f"{did}: no-event paragraphs at the model set's indexes {sorted(same)}")
        if did in TOLL_CONFLICT and rank in MODEL_TOLL_CONFLICT_RANKS:
            errs.append(f"{did}: conflicting tolls at a rank where the model set has them")
    if lead_ranks & MODEL_LEAD_FIRST_RANKS:
        errs.append(f"the main event first in the lead at the model set's ranks {sorted(lead_ranks)}")
    if {kind for _, kind in DATELINE_KIND.values()} & MODEL_DATELINE_KINDS:
        errs.append("a dateline of a kind the model set used")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a town retaken by the army after the factions' offensive, with rockets on a town behind the "
              "front, air strikes on the factions' towns and a field hospital hit": (RETAKEN, retaken_theme),
              "a town and its citadel taken by the opposition factions, with families leaving eastwards, a "
              "local council formed and the factions' statements": (CITADEL, citadel_theme),
              "protesters shot on a bridge, with a governor's resignation, tribal mediation and a funeral "
              "turned march": (BRIDGES, bridges_theme),
              "an old town entered by the army, with families trapped, a humanitarian corridor, aid bodies' "
              "calls and fighters arrested": (CORRIDOR, corridor_theme),
              "a cleric's armed followers attacking an army checkpoint and their mosque complex stormed, "
              "with residents fleeing, a sit-in and political statements": (COMPLEX, complex_theme)}
    errs = planned_set_checks(HERE, docs, globals(), salt="team132", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "LB": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Lebanese"))
    return errs + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team132", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
