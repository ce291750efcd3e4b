#!/usr/bin/env python3
"""Check team130.gold.json (the hundred-and-thirtieth team set, team130-646 ... team130-650) against the
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
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (646, 648, 650), of
  three kinds that differ from the model set's three (the country's capital, far from the front, where the
  outlet sits; a shrine city of a neighbouring governorate, where the wounded are treated; the event's own
  town, where the correspondent lives); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in the Qusayr countryside towards the Lebanese border (al-Qusayr,
  al-Dabaa and its airbase road, al-Buwaydah al-Sharqiyah, Hisyah) and one in the eastern Aleppo countryside
  (the Kuweires airbase, Tell Sabeen, al-Sheikh Ahmad, al-Jabboul, Deir Hafer), one Iraqi in northern Babil
  (Jurf al-Sakhar, al-Musayyib, al-Fadhiliya, al-Iskandariya), one Yemeni in Shabwa (Azzan, Habban, Ataq,
  with al-Sabeen Square in Sanaa) and one Lebanese in the northern Bekaa (al-Qaa, its barrens and its
  projects, al-Fakiha); the main event in one of the places the plan names for its region; each article in
  the month the plan gives it (June 2013; November 2015; October 2014; June 2012; August 2014); no region, no
  word of the article's file name and no accepted place name among the places that the first paragraphs of
  the READMEs of sets 127 and 129 name. Those two sets are blind, so their places are not written here: they
  are kept as salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are
  compared; a region of this set is compared with every place those paragraphs name, not only with their
  governorates. Three planned regions were among them and were replaced by nearby ones (see README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or more
  paragraphs) is told first in the lead ¶1 in one article only, and in ¶2 to ¶5 after another core event in
  the others, never mentioned before its trigger's paragraph; exactly two articles let the reports of a toll
  conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles128/``: no article puts its main event, its negated, rumoured, planned or
  dated historical core event or its threat at the paragraph index that the model set's article of the same
  rank uses, nor its rumoured, planned or negated core event of the same type, nor its dated historical core
  event with the same ACLED label; no no-event paragraph at an index the model set used for one of its own;
  the articles with the main event first in the lead and those with conflicting tolls are not at the model
  set's ranks; no dateline of a kind the model set used;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a town stormed by the army and allied fighters, its gunmen withdrawing by
  night with their wounded and the airbase road shelled (the storming as the main event, the mortar rounds on
  the airbase road, the night withdrawal, the loudspeaker warning, the convoy that could not enter, most core
  events about it); one about a siege of years broken on an airbase, with a suicide car bomb on the column and
  foreign air strikes on villages (the breaking of the siege as the main event, the car bomb, the strikes, the
  flight of the villagers, the strike on Deir Hafer recalled, most core events about it); one about an area
  retaken from ISIS by the army and volunteer units, with roadside bombs, a sniper and families kept from
  returning (the storming as the main event, the roadside bombs, the sniper, the ban on return, the coalition
  absent, most core events about it); one about towns retaken from Ansar al-Sharia by the army and the
  popular committees, with mines left in the streets and the suicide attack on a parade recalled (the
  retaking of Azzan as the main event, the mine, Habban left without a fight, the parade bombing, the curfew,
  most core events about it); and one about militants storming army posts and a police station, with soldiers
  and policemen taken captive, a truce mediated by clerics and their convoy fired upon (the battles at the
  posts as the main event, the station stormed, the captives, the truce, the convoy, no captive released,
  most core events about it).

    python3 benchmarks/data/articles130/check_gold.py [--no-score]
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
    ATTACK,
    CLASH,
    MINE,
    SHELL,
    TRANSFER,
    first_label,
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

GOLD = "team130.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team130-646": [4, 13], "team130-647": [7, 13], "team130-648": [8, 17],
                  "team130-649": [3, 16], "team130-650": [4, 17]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). Three regions of the plan are among the places of the blind paragraphs,
# so they are given here by nearby regions that they do not name (README.md, "Places replaced"): the Qusayr
# countryside for 646, Shabwa (Azzan and Habban) for 649 and the northern Bekaa (al-Qaa) for 650.
REGION = {"team130-646": ("SY", "Qusayr countryside", "al-Qusayr", "القصير"),
          "team130-647": ("SY", "Aleppo", "Kuweires", "كويرس"),
          "team130-648": ("IQ", "Babil", "Jurf al-Sakhar", "جرف الصخر"),
          "team130-649": ("YE", "Shabwa", "Azzan", "عزان"),
          "team130-650": ("LB", "Northern Bekaa", "al-Qaa", "القاع")}
PLANNED_REGION = {"team130-646": ("SY", "Qusayr countryside"), "team130-647": ("SY", "Aleppo"),
                  "team130-648": ("IQ", "Babil"), "team130-649": ("YE", "Shabwa"),
                  "team130-650": ("LB", "Northern Bekaa")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them)
PLANNED_TOWNS = {("SY", "Qusayr countryside"): {"al-Qusayr", "al-Buwaydah al-Sharqiyah", "al-Dabaa"},
                 ("SY", "Aleppo"): {"Kuweires", "Tell Sabeen", "al-Sheikh Ahmad"},
                 ("IQ", "Babil"): {"Jurf al-Sakhar"},
                 ("YE", "Shabwa"): {"Azzan", "Habban"},
                 ("LB", "Northern Bekaa"): {"al-Qaa", "Masharii al-Qaa"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team130-646": "2013-06", "team130-647": "2015-11", "team130-648": "2014-10",
                 "team130-649": "2012-06", "team130-650": "2014-08"}

# the places, regions and file-name words that the first paragraphs of the READMEs of sets 127 and 129 name,
# as digests: sha256("team130:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings
# (country names and the cities of the outlets and datelines included) and of the non-generic words of the
# English names (generic parts of names such as al, el, abu, umm, wadi, jabal, tell, tal, nahr, ain, ras,
# north, south, east, west, eastern, old, square, camp, station, post, bridge, university, market, castle,
# centre, base, road, entrance, quarter, compound, hills, border and barrens, and the words of and the, are
# left out of the words). USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their
# governorates and all the rest), so that no region of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "0025c303b27ae95e", "03e44cecc91bd1e2", "05e49659e475b377", "05fad787a066c86c", "06719226f462d9d9",
    "08d955981e0f39ff", "0921e88f8852156f", "0989d86ff8009e97", "0c1f14f9a30bcb23", "0cd5c388b5342131",
    "0d0f64c76c63f252", "0d7c8bf7939bb100", "0da8b31819b05370", "1003cf9e0a85ed44", "105dbd229a6aa15c",
    "1292be8b54480c79", "12a750fa6cac1a19", "144a7faae26e99c0", "150213572c54d9a2", "1579c7da5108d9ff",
    "15ae2852cb4c3f20", "15c8b6663c5d90aa", "16272d7553e802f0", "17018717be22f52b", "17f5d229b5e78cdb",
    "18125e4046bacae1", "198a9301ef660af9", "1db24148f628d878", "1fb9f10f35b30913", "1feaa14b4644e88b",
    "20cda911db36c4d1", "21b6c152a4204a91", "22800be3676210a4", "24ee09f62a69f1d9", "272366f363c7398e",
    "28cb32b5331e1e44", "28e1c70ece46a9ad", "2a97c1121fa4327a", "30de4296a301312b", "31213f48ae36c5b3",
    "324476d98a7fb36b", "33319ce484458d8b", "34b02aa7581448b0", "350b7416f57d5dd6", "3668aa1d700148d7",
    "38570400207656ac", "385c8b370148ff7b", "3a0ddc92fee0c401", "3b30b01d60e712af", "3cc61db9f587f076",
    "3d4c264c8be3a213", "3d77c0efa48dac8f", "3f75f15643ec4959", "4060d38664ad3e16", "4142bf43d44c3163",
    "4160738c97dc3cbe", "41ef105143cab7b3", "42e0d4d6edccfeee", "441db8f6f92e557e", "45501c03cc1ddc23",
    "456569e8d1daef70", "473d79b2f58d7a6f", "475af0a454b6d1fe", "478b27337da1ebc2", "494fc9edd0d879c0",
    "49fe6b2fa7459772", "4c1394d6bc972f20", "4e8fccc9a35b97e5", "4f831325dd7a7ec4", "5218338f04dc9476",
    "545a7bc541953c98", "54af018b2705b957", "5539455ce6185eec", "557f0f6a9dc8eb9d", "585fd6db3112e989",
    "5b1c6043cbd9b80f", "5b3c3ba59cb73c6f", "5bdf51b56f035179", "5c6bd20240cc7399", "5d20764ec268c36a",
    "5d2fc11145921aaf", "5d6b85e98d266185", "62e83f050a21c9b3", "64ef998cf5b1066c", "651fa6b72d8b2860",
    "6844dad27e14f8be", "6adb00c82093ca9c", "6c24a6968f25cf11", "6cdbf76f950bbabf", "6da5c86a5869e99b",
    "6ec193f641ea79d8", "6ef515c4d71bdef0", "71734680011bca1d", "71b94e84c2f9b5f1", "72146e88197784fa",
    "721dd53c90081f1f", "727de03a0a67049c", "72e384806bdcad6a", "75430e8511260dbb", "75e926ef22d40f58",
    "7662b35433af5f31", "76a12161c0c031c2", "793fa9a41b8675b9", "7abf11ac95b36510", "7ad52bb3309f4fa6",
    "7d8decb98040289c", "7db1540517f4286b", "7efb01cda6a928dc", "7fcfaa32fdfba1d2", "7fedfd48419e4e3b",
    "822f31add253f1fb", "82ef03ac2bd3a905", "837f958951c261fe", "8653cd810ec05017", "86f72b2a96f87f53",
    "887f7a2e8d871fe0", "88b76563d7502200", "89fbab091f7f454f", "8b1db03e6cf178ce", "8b4abe2d7f8599f3",
    "8cadb1129d6cbf2f", "8d0d0102307bde7d", "90d1bd8e7a03f388", "9116f67c45fa91ce", "9147797338082a43",
    "935a7e02efef5196", "955008088638b73f", "9cc8c350ab83636c", "9e76f3aabf2a2481", "9e80a345c67b216d",
    "9ec08632a6c76ad1", "9ee5bdaf0d852681", "a0199c383c3c66ab", "a07bf8e97c925e19", "a0d12479920fd487",
    "a14dbecaa71ccf2c", "a2cc0fc717369083", "a3c5f395f25c933b", "a47252979a7c4b4a", "a5bcbda1065cf05e",
    "a5d2bfa09a5e4ca5", "a754e00d1df74c26", "a8a46b2fa295b7d6", "a92553f14b00bea0", "a9f7f60a37bc8c19",
    "aa1a79378b7121b9", "aa5ab3dff42647ad", "aaa393b32b779bc8", "abe52db797546d43", "aca2666640838b48",
    "acee2c88171da2bf", "b3419510281dc7bf", "b414583b806670fd", "b492544515b43e6b", "b49807c2fc250fb9",
    "b80ddf7d212937ec", "bacd392f7c172de2", "bcb57d4171bec016", "bd5a84f993b0b101", "bdff4ba822514655",
    "c0805e30e6947626", "c0b36b574bef63a3", "c14ffcf97eeb9d39", "c8933dde9f366d05", "cd6cc8304851eb07",
    "ce866d38559d96b4", "cf3d13af64b84c89", "cf3e806d1143bcdc", "cf40036efceecec5", "d105d6111416110e",
    "d4996273a6e5894a", "d57ce12922fe7834", "d61ddd7b420c0139", "d62a89b644488412", "da96b3f63b4a4e3b",
    "dd46f7abe14ebd0d", "ddd51efcbebc2796", "de33c207be5536db", "de71b63862bf0118", "de85ece6b1f647ea",
    "e01f0ee3706601da", "e0bc9afa6080bfa1", "e325a3f57a66eb07", "e6a04de288d10999", "e6bdce9cd3890e42",
    "e73df3b08c2ae3b9", "e83ead3db82e7572", "e8d39cc2ed5bb7c1", "e927df872c348cb2", "eb61e428b4abe5e9",
    "ebbbd4dd3bdd2447", "ecd4088a900758a5", "eed40da71fd75359", "efc1a405393e3022", "f016a01f146a2ee0",
    "f0cf772e34b559d0", "f2e7ed44c9ffad32", "f3ae43cb028795dc", "f4438510664be3f5", "f6028a48afa6f0c3",
    "f64058e157159392", "f859dd6b7f6644d3", "f898bf319e060a5d", "f93346133129ba40", "f9441b7840abd1fe",
    "fbab602644bb617f", "fbb57c53d9543f57", "fe324b8489880b1d",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "03e44cecc91bd1e2", "05fad787a066c86c", "0921e88f8852156f", "0989d86ff8009e97", "0cd5c388b5342131",
    "0d0f64c76c63f252", "0d7c8bf7939bb100", "1003cf9e0a85ed44", "150213572c54d9a2", "1579c7da5108d9ff",
    "15ae2852cb4c3f20", "1db24148f628d878", "1feaa14b4644e88b", "20cda911db36c4d1", "22800be3676210a4",
    "272366f363c7398e", "30de4296a301312b", "31213f48ae36c5b3", "324476d98a7fb36b", "350b7416f57d5dd6",
    "38570400207656ac", "385c8b370148ff7b", "3b30b01d60e712af", "3d4c264c8be3a213", "3f75f15643ec4959",
    "4160738c97dc3cbe", "473d79b2f58d7a6f", "475af0a454b6d1fe", "494fc9edd0d879c0", "49fe6b2fa7459772",
    "545a7bc541953c98", "585fd6db3112e989", "5b1c6043cbd9b80f", "5b3c3ba59cb73c6f", "5c6bd20240cc7399",
    "6844dad27e14f8be", "6cdbf76f950bbabf", "6da5c86a5869e99b", "6ec193f641ea79d8", "71b94e84c2f9b5f1",
    "72146e88197784fa", "721dd53c90081f1f", "727de03a0a67049c", "75e926ef22d40f58", "7662b35433af5f31",
    "76a12161c0c031c2", "793fa9a41b8675b9", "7abf11ac95b36510", "7ad52bb3309f4fa6", "7fcfaa32fdfba1d2",
    "7fedfd48419e4e3b", "822f31add253f1fb", "82ef03ac2bd3a905", "86f72b2a96f87f53", "887f7a2e8d871fe0",
    "89fbab091f7f454f", "8cadb1129d6cbf2f", "90d1bd8e7a03f388", "935a7e02efef5196", "9cc8c350ab83636c",
    "9ee5bdaf0d852681", "a0199c383c3c66ab", "a2cc0fc717369083", "a3c5f395f25c933b", "a5d2bfa09a5e4ca5",
    "a754e00d1df74c26", "a8a46b2fa295b7d6", "a92553f14b00bea0", "abe52db797546d43", "b3419510281dc7bf",
    "bacd392f7c172de2", "cd6cc8304851eb07", "cf3d13af64b84c89", "d61ddd7b420c0139", "d62a89b644488412",
    "dd46f7abe14ebd0d", "de85ece6b1f647ea", "e01f0ee3706601da", "e0bc9afa6080bfa1", "e6a04de288d10999",
    "e927df872c348cb2", "ebbbd4dd3bdd2447", "f0cf772e34b559d0", "f2e7ed44c9ffad32", "f3ae43cb028795dc",
    "f4438510664be3f5", "f6028a48afa6f0c3", "f859dd6b7f6644d3", "f898bf319e060a5d", "f93346133129ba40",
    "f9441b7840abd1fe", "fbb57c53d9543f57", "fe324b8489880b1d",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds were the capital of a foreign power that backs one side, a mountain above the event's town and
# a front-line quarter on the edge of the country's capital)
DATELINE = {"team130-646", "team130-648", "team130-650"}
DATELINE_KIND = {"team130-646": ("دمشق", "the country's capital, far from the front, where the outlet sits"),
                 "team130-648": ("كربلاء", "a shrine city of a neighbouring governorate, where the wounded "
                                           "are treated"),
                 "team130-650": ("القاع", "the event's own town, where the correspondent lives")}
MODEL_DATELINE_KINDS = {"the capital of a foreign power that backs one side",
                        "a mountain above the event's town, where the correspondent stays",
                        "a front-line quarter on the edge of the country's capital, not the event's town"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team130-646": "Damascus-based Syrian state-run daily newspaper's website",
               "team130-647": "Istanbul-based Syrian opposition satellite television channel's website",
               "team130-648": "Najaf-based Shiite religious satellite channel's website",
               "team130-649": "Sanaa-based Yemeni defence ministry's army newspaper website",
               "team130-650": "Beirut-based Lebanese Christian political party's news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team130-647": [38, 52], "team130-649": [21, 26]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles128/README.md), by rank (its articles 636 … 640): the trigger
# paragraph of the main event, of the negated, rumoured, planned and dated historical core events and of the
# threat; the types of its negated, rumoured and planned core events and the ACLED label of its dated
# historical one; its no-event paragraphs; the ranks of its articles with the main event first in the lead
# and with conflicting tolls
MODEL_PLACES = [
    {"main": 5, "negated": 9, "rumored": 8, "planned": 14, "historical": 12, "threat": 10},
    {"main": 1, "negated": 12, "rumored": 7, "planned": 13, "historical": 11, "threat": 8},
    {"main": 3, "negated": 16, "rumored": 9, "planned": 14, "historical": 8, "threat": 7},
    {"main": 2, "negated": 9, "rumored": 12, "planned": 14, "historical": 11, "threat": 5},
    {"main": 4, "negated": 13, "rumored": 10, "planned": 15, "historical": 9, "threat": 7},
]
MODEL_KINDS = [
    {"negated": "RETREAT", "rumored": "MOBILIZE", "planned": "AID", "historical": AIR},
    {"negated": "AGREE", "rumored": "COERCE", "planned": "CONSULT", "historical": SHELL},
    {"negated": "COOPERATE", "rumored": "RETREAT", "planned": "COOPERATE", "historical": ATTACK},
    {"negated": "CONCEDE", "rumored": "AID", "planned": "PROTEST", "historical": SHELL},
    {"negated": "AID", "rumored": "ASSAULT", "planned": "MOBILIZE", "historical": ATTACK},
]
MODEL_NO_EVENT = {5, 6, 9, 10, 11, 12, 14, 15}
MODEL_LEAD_FIRST_RANKS = {1}
MODEL_TOLL_CONFLICT_RANKS = {2, 4}

# constructions the plan asks for somewhere in the set (none of them is among those the model set lists)
CONSTRUCTIONS = {
    "a threat made conditional with «ما داموا», «لو», «طالما» or «حالما»":
        re.compile(r"«ما داموا | لو |«لو»|«طالما |«حالما "),
    "another source's count opened with «في المقابل» or «في حين»":
        re.compile(r"^(?:في المقابل، |في حين )", re.M),
    "a back-reference to the main event opened with «ويروي», «ويستعيد» or «وبحسب رواية»":
        re.compile(r"^(?:ويروي|ويستعيد|وبحسب رواية) ", re.M),
    "a description opened with a fronted place phrase («على بعد», «في قلب», «على تخوم», «عند سفح», "
    "«في أقصى»)":
        re.compile(r"^(?:على بعد|في قلب|على تخوم|عند سفح|في أقصى) ", re.M),
    "passives «أُسر», «قُصفت», «جُمعت», «أُنشئ», «أُخلوا», «شُددت», «أُسعف», «ضُبطت», «أُحرقت», «تُقرع»":
        re.compile(r"أُسر |قُصفت|جُمعت|أُنشئ|أُخلوا|شُددت|أُسعف|ضُبطت|أُحرقت|تُقرع"),
    "a participle clause («مؤكداً», «معتبرة», «مستنكراً», «محذّراً», «مشدداً», «موضحاً», «لافتاً», «مبررة», "
    "«قائلاً»)":
        re.compile(r"، (?:مؤكداً|مؤكدة|معتبرة|معتبراً|مستنكراً|محذّراً|مشدداً|موضحاً|لافتاً|مبررة|قائلاً) "),
    "a death told with «لقي … مصرعهما», «استشهد» or «فارق … الحياة»":
        re.compile(r"لقي طفلان مصرعهما|استشهد |فارق [^.]{0,20}الحياة"),
    "a toll written out in words":
        re.compile(r"(?:ثلاثة وأربعين|ثمانية وثلاثين|اثنين وخمسين|نحو ستين|واحد وعشرين"
                   r"|ستة وعشرين|أحد عشر) (?:إرهابياً|مقاتلاً|قتيلاً|عسكرياً|مدنياً|من)"),
    "platforms in quotes («تلغرام», «يوتيوب», «واتساب»)": re.compile(r"«تلغرام»|«يوتيوب»|«واتساب»"),
    "«على الرغم من» inside the sentence": re.compile(r" على الرغم من "),
    "«ريثما», «قبيل» and «إثر»": re.compile(r"ريثما |قبيل |إثر "),
}

# theme (a): a town stormed by the army and allied fighters, its gunmen withdrawing by night with their
# wounded and the airbase road shelled (al-Qusayr)
QUSAYR_THEME = "team130-646"
# theme (b): a siege of years broken on an airbase, with a suicide car bomb on the column and foreign air
# strikes on villages (Kuweires)
SIEGE = "team130-647"
# theme (c): an area retaken from ISIS by the army and volunteer units, with roadside bombs, a sniper and
# families kept from returning (Jurf al-Sakhar)
VOLUNTEERS = "team130-648"
# theme (d): towns retaken from Ansar al-Sharia by the army and the popular committees, with mines left in the
# streets and the suicide attack on a parade recalled (Azzan)
COMMITTEES = "team130-649"
# theme (e): militants storming army posts and a police station, with soldiers and policemen taken captive, a
# truce mediated by clerics and their convoy fired upon (al-Qaa)
CAPTIVES = "team130-650"


def qusayr_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "القصير" in para_text(lines, main)
                and "اللجان الشعبية" in para_text(lines, main))
    road = [g for g in of_type(core, lines, "ASSAULT", "مطار الضبعة", done=True) if g.get("acled") == SHELL]
    night = of_type(core, lines, "RETREAT", "البويضة الشرقية", "الجرحى", done=True)
    warning = of_type(core, lines, "THREATEN", "مكبرات")
    no_convoy = [g for g in first_label(core, "negated") if main_type(g) == "AID"]
    words = ("القصير", "الجيش", "المسلحين", "البويضة", "الضبعة", "حسياء")
    return bool(town and road and night and warning and no_convoy and mostly(core, lines, words))


def siege_theme(core, lines, main):
    base = bool(main and main.get("acled") == CLASH and "كويرس" in para_text(lines, main)
                and "حصار" in para_text(lines, main))
    car_bomb = [g for g in of_type(core, lines, "ASSAULT", "مفخخة", done=True) if g.get("acled") == MINE]
    strikes = [g for g in of_type(core, lines, "ASSAULT", "روسية", done=True) if g.get("acled") == AIR]
    flight = of_type(core, lines, "RETREAT", "نزحت", done=True)
    market = [g for g in first_label(core, "historical") if "دير حافر" in para_text(lines, g)]
    words = ("كويرس", "قوات النظام", "تنظيم «الدولة»", "روسية", "الروسية", "المطار")
    return bool(base and car_bomb and len(strikes) >= 2 and flight and market
                and mostly(core, lines, words))


def volunteers_theme(core, lines, main):
    area = bool(main and main.get("acled") == CLASH and "جرف الصخر" in para_text(lines, main)
                and "المتطوعين" in para_text(lines, main))
    bombs = [g for g in of_type(core, lines, "ASSAULT", "عبوتين", done=True) if g.get("acled") == MINE]
    sniper = of_type(core, lines, "ASSAULT", "قناص", done=True)
    kept = of_type(core, lines, "COERCE", "العودة", done=True)
    no_coalition = [g for g in first_label(core, "negated") if main_type(g) == "ASSAULT"
                    and "التحالف" in para_text(lines, g)]
    words = ("جرف الصخر", "داعش", "المتطوعين", "الناحية", "القوات الأمنية", "بابل")
    return bool(area and bombs and sniper and kept and no_coalition and mostly(core, lines, words))


def committees_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "عزان" in para_text(lines, main)
                and "اللجان الشعبية" in para_text(lines, main))
    mine = [g for g in of_type(core, lines, "ASSAULT", "لغم", done=True) if g.get("acled") == MINE]
    second = [g for g in of_type(core, lines, "RETREAT", "حبان", done=True) if g.get("acled") == TRANSFER]
    parade = [g for g in first_label(core, "historical") if "ميدان السبعين" in para_text(lines, g)]
    curfew = [g for g in first_label(core, "planned") if main_type(g) == "COERCE"]
    words = ("عزان", "حبان", "القاعدة", "اللجان الشعبية", "التنظيم", "شبوة")
    return bool(town and mine and second and parade and curfew and mostly(core, lines, words))


def captives_theme(core, lines, main):
    posts = bool(main and main.get("acled") == CLASH and "مراكز الجيش" in para_text(lines, main))
    station = of_type(core, lines, "ASSAULT", "مخفر", done=True)
    taken = of_type(core, lines, "ASSAULT", "واقتاد", done=True)
    truce = of_type(core, lines, "AGREE", "هيئة العلماء المسلمين", done=True)
    convoy = [g for g in of_type(core, lines, "ASSAULT", "موكب", done=True) if g.get("acled") == ATTACK]
    kept = [g for g in first_label(core, "negated") if main_type(g) == "RETREAT"
            and "الأسرى" in para_text(lines, g)]
    words = ("القاع", "الجيش", "المسلحين", "المسلحون", "العسكريين", "الجرود", "الأسرى")
    return bool(posts and station and taken and truce and convoy and kept and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 127 and 129"


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
    themes = {"a town stormed by the army and allied fighters, its gunmen withdrawing by night with their "
              "wounded and the airbase road shelled": (QUSAYR_THEME, qusayr_theme),
              "a siege of years broken on an airbase, with a suicide car bomb on the column and foreign air "
              "strikes on villages": (SIEGE, siege_theme),
              "an area retaken from ISIS by the army and volunteer units, with roadside bombs, a sniper and "
              "families kept from returning": (VOLUNTEERS, volunteers_theme),
              "towns retaken from Ansar al-Sharia by the army and the popular committees, with mines left in "
              "the streets and the suicide attack on a parade recalled": (COMMITTEES, committees_theme),
              "militants storming army posts and a police station, with soldiers and policemen taken "
              "captive, a truce mediated by clerics and their convoy fired upon": (CAPTIVES, captives_theme)}
    errs = planned_set_checks(HERE, docs, globals(), salt="team130", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "LB": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Lebanese"))
    return errs + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team130", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
