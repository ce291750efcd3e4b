#!/usr/bin/env python3
"""Check team128.gold.json (the hundred-and-twenty-eighth team set, team128-636 ... team128-640) against the
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
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (637, 638, 639), of
  three kinds that differ from the model set's three (the capital of a foreign power that backs one side; a
  mountain above the event's town, where the correspondent stays; a front-line quarter on the edge of the
  country's capital, not the event's town); the two others have none and name their place in the first
  sentence;
- the regions: two Syrian articles, one in the northern Latakia countryside (Kessab, al-Samra, Observatory 45,
  with rockets on Latakia city) and one in the Hauran plain (Sheikh Maskin, Nawa, Ibta', Izra), one Iraqi in
  Nineveh (Sinjar, Highway 47, Solagh, Tal Qasab), one Libyan in the Jabal al-Gharbi and the south of Tripoli
  (Gharyan, Mitiga, Ain Zara, Abu Salim) and one Sudanese in West Darfur (El Geneina, Wadi Kaja, Misterei,
  with Adre and N'Djamena across the border); the main event in one of the places the plan names for its
  region; each article in the month the plan gives it (March 2014; January 2016; November 2015; June 2019;
  June 2023); no governorate, no word of the article's file name and no accepted place name among the places
  that the first paragraphs of the READMEs of sets 125 and 127 name. Those two sets are blind, so their places
  are not written here: they are kept as salted SHA-256 digests of the names (after ``goldkit.norm_place``),
  and only the digests are compared; a region of this set is compared with every place those paragraphs name,
  not only with their governorates. One planned region was among them and was replaced by a nearby one (see
  README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or more
  paragraphs) is told first in the lead ¶1 in one article only, and in ¶2 to ¶5 after another core event in
  the others, never mentioned before its trigger's paragraph; exactly two articles let the reports of a toll
  conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles126/``: no article puts its main event, its negated, rumoured, planned or
  dated historical core event or its threat at the paragraph index that the model set's article of the same
  rank uses, nor its rumoured, planned or negated core event of the same type, nor its dated historical core
  event with the same ACLED label; no no-event paragraph at an index the model set used for one of its own;
  the articles with the main event first in the lead and those with conflicting tolls are not at the model
  set's ranks;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a cross-border offensive on a minority's town, with rockets on the provincial
  capital (the battles for the hill as the main event, rockets on the city, air raids on the crossing, aid to
  the displaced families, the elderly not released, a warplane shot down earlier, most core events about it);
  one about a ground offensive under a foreign air force, with a hospital struck and families fleeing to a
  closed border (the storming as the main event, foreign air raids, the hospital raid reported and denied, the
  flight, the closed crossings, leaflets, most core events about it); one about a town retaken from ISIS, with
  booby traps and a mass grave (the storming as the main event, coalition raids, the road cut in a clash, a
  bomb in a house, the executions of 2014, most core events about it); one about a counter-offensive that
  retakes a town, with drones, an airport shelled and prisoners (the retaking as the main event, the airport
  rockets, drone raids, prisoners, a threat on the airport, most core events about it); and one about attacks
  on a city's districts after a broken truce, with its governor killed and families fleeing across the border
  (the attack as the main event, the governor's killing, the truce, the crossing to Adre, no relief convoy,
  most core events about it).

    python3 benchmarks/data/articles128/check_gold.py [--no-score]
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

GOLD = "team128.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team128-636": [6, 15], "team128-637": [9, 14], "team128-638": [5, 11],
                  "team128-639": [10, 15], "team128-640": [6, 12]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). One region of the plan is among the places of the blind paragraphs, so
# it is given here by a nearby region that they do not name (README.md, "Places replaced"): the Hauran plain
# for 637.
REGION = {"team128-636": ("SY", "Latakia", "Observatory 45", "كسب"),
          "team128-637": ("SY", "Hauran", "Sheikh Maskin", "الشيخ مسكين"),
          "team128-638": ("IQ", "Nineveh", "Sinjar", "شنكال"),
          "team128-639": ("LY", "Jabal al-Gharbi", "Gharyan", "غريان"),
          "team128-640": ("SD", "West Darfur", "El Geneina", "الجنينة")}
PLANNED_REGION = {"team128-636": ("SY", "Latakia"), "team128-637": ("SY", "Hauran"),
                  "team128-638": ("IQ", "Nineveh"), "team128-639": ("LY", "Jabal al-Gharbi"),
                  "team128-640": ("SD", "West Darfur")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them)
PLANNED_TOWNS = {("SY", "Latakia"): {"Kessab", "al-Samra", "Observatory 45", "Latakia"},
                 ("SY", "Hauran"): {"Sheikh Maskin", "Nawa", "Ibta"},
                 ("IQ", "Nineveh"): {"Sinjar", "Highway 47"},
                 ("LY", "Jabal al-Gharbi"): {"Gharyan", "Mitiga"},
                 ("SD", "West Darfur"): {"El Geneina", "Adre"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team128-636": "2014-03", "team128-637": "2016-01", "team128-638": "2015-11",
                 "team128-639": "2019-06", "team128-640": "2023-06"}

# the places, regions and file-name words (generic parts of names such as al, el, abu, bir, khan, madinat,
# balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq, suq, nahr, ain,
# ras, tal, tall, city, west, old, square, airport, field, valley and district, and the words of and the,
# left out of the words) that the first paragraphs of the READMEs of sets 125 and 127 name, as digests:
# sha256("team128:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings (country names
# and the cities of the outlets and datelines included) and of the non-generic words of the English names.
# USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all the
# rest), so that no region of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "010da5fffb7a29a7", "01cd74e006d97b56", "0205624c07094fba", "027fabdea7fc9791", "03a11a99f1ad43b2",
    "08d8b9186a7f862f", "090e35f0a4356db2", "09b917a2334abb23", "09c262e0d0c6b3f8", "0a2bac7029ad17c4",
    "0c1b0b3fc6c5f77b", "0c782bc196aa3097", "0d53d5d66a42f0b9", "0ffc3f38e6e019d6", "116843248f03a313",
    "12ea7e7c827f9f2c", "12f1cb9e5b0584d3", "14c3da909e6c1fd9", "14f915b2a2b85223", "16df80b428dcc5f5",
    "171902b5f53a00b8", "18f7315a8ef8fb1c", "1b9f2b661ed92b3e", "1c4c45e4c2c9a0c7", "2084b7e4a81fa0b9",
    "24766ea38c0559fe", "24a0810e8eb1c47f", "2720c0eece96d4b8", "27385d9f7548af6e", "28ba9d4d1f91df6f",
    "29045fae8b5eba5b", "29d199d815446060", "2aef2eb28108d458", "3047601b2aa20c67", "315a160cb948e55f",
    "327d399645d9d7cc", "3619c33e2249b9c1", "370dffc7d0bfc2c8", "3ba88c1dce50c980", "3c93c084afe0a62d",
    "3ec210ba5f038654", "3f58cdaa61d0d881", "3f81f313f66d66c9", "4051e17d75bf6d8e", "4064b0a2ae153f5d",
    "43a2d8c3a947ade7", "43cee4cb77368a3f", "44bd59c7714ba246", "45272ffe48364a91", "453d22d6b395a3d6",
    "4549a58ff446076a", "460ba8574fad0abd", "46c34f4785684a76", "4ba6d187d8ab3a25", "4f834ac9fb1ecc83",
    "501d8b95cba78e90", "511d492b250d8d3d", "52567d8a1297416b", "540ba67ded727b27", "54526d12f888f23b",
    "54a2a4a7133663cc", "552f9b1cc48a1644", "55a4125e953fc9bb", "57503caf09903cc3", "57953747d4ad5432",
    "58b31c9d027fe3f6", "591a960c5c722349", "59a3a62f13e83fe6", "5c234b827a6f60b8", "5d23b8d2cd2ef338",
    "62ab17c75682f283", "62d160dca0a80966", "654d052ea8395f16", "672e83dfe56f912e", "69897413f771df3f",
    "6a944e733da9b5a8", "6a9b85224248fa52", "6b9609925074269b", "6c2e650e84ccb74e", "6d4eff42a71b7d5a",
    "6ddc7fae6b40c465", "7031ff5fe756b980", "7268b63499377458", "73844bcfe0de3cb1", "73c6bbca639f8e6a",
    "748e4107d5a75f31", "79ace1226caaa9e9", "79ad4c096c553fe2", "7b088fece50a505a", "7b464324913eee36",
    "851cef81f34fe7f9", "85bf3861987735b2", "85cb94330c70b5bc", "86a68e6778fe3def", "872b74d48d712731",
    "87fa34c647c78b8a", "89bd0b09715c6629", "8aba496b14661920", "8b7b4c59281802aa", "8b886226d46e9755",
    "8c616fac0671d165", "8c704b96f54c1c44", "8f02705e788923b3", "9127f1a09f33acde", "95b38b2ba42efa37",
    "95feee7be5ad0d5c", "963cc06bf36d3eed", "99b3d07ad470db73", "9b3edafc83e6f382", "9da1fe484926a461",
    "9ebb5b815d320784", "9ee12e39bd2cb618", "9ff24c00b2afdf6f", "a3ca05b6d2439dcd", "a5abc96a13704edf",
    "a61525be8e1e1822", "a79fd23af90b6b4c", "a81618f8151cd4af", "a8edd83c6a885adf", "a9f20683c6c522ef",
    "afe0079515103222", "b0b7ed5dfc549f54", "b38ca9ee26cafc73", "b47d33a3ff4bf4b0", "b601faf30e1dd8bf",
    "b720f5ae55dc888b", "b9f7e2e5b9026191", "bab29d9e8da6eb32", "bbe644add50c140c", "be2220173a66404e",
    "be71c859c0c64117", "c2ef995a40a2ed56", "c4618e253b182dc6", "c533ed32393264db", "c5dffc6a284f6656",
    "caaeee012eb623a6", "cb48f211c6434a10", "cb4dbc2d852aa192", "cd5072cdbb0c63e1", "cf2cc48126feb579",
    "d0167a635888f15f", "d05113b8cdd26f91", "d1d13c41a6d90123", "d486c1ce192f94d8", "d6c9868f4b32a6ca",
    "d7ba8af44daaab90", "d7f97da7f146268a", "e1e4334f78eb2bc3", "e3006cfe858a22c9", "e45821305bc8719c",
    "e4b8d25611cb65e0", "e4dd0864ea8c7ed3", "e516b794163395c9", "e5c9335b307bc1f2", "e67551e13825f778",
    "e8a066b775ff3509", "e9237889d00bf657", "ea5005020f66a44d", "eaefb3bbbbda2a9b", "eb6b95918bbcb666",
    "eb9b218f5e39475f", "eba3b653576aa989", "ebe27fde7058969f", "ec607377e64e2361", "ec814f6fadd63d82",
    "ecb9c4b6841ddd40", "edbfdaab609e66a0", "ee25f10a187378a3", "ef4417e113e4e545", "ef4a1f307d3c2648",
    "f00ca13a9dd9fe79", "f3014a3696225e79", "f3b2216e517cc618", "f55c35a9233f3fc9", "f57ce5a5b21a4e39",
    "f6276e7380cb0d19", "f7e1042b9aaf67a0", "f95bc564ee09bf3b", "f9cb23a077f62696", "f9dfb4d71287aa8f",
    "f9e3c4a8b93d4c09", "fce30904c30d8256", "fdd810240c1750c7", "fdf798d8dcdf9649", "fec0c1d865419d37",
    "ff3fd764b18638be", "ffb7184bf0ef7fed",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "08d8b9186a7f862f", "09b917a2334abb23", "09c262e0d0c6b3f8", "0a2bac7029ad17c4", "0c1b0b3fc6c5f77b",
    "0ffc3f38e6e019d6", "12f1cb9e5b0584d3", "14f915b2a2b85223", "171902b5f53a00b8", "1b9f2b661ed92b3e",
    "1c4c45e4c2c9a0c7", "24766ea38c0559fe", "24a0810e8eb1c47f", "28ba9d4d1f91df6f", "2aef2eb28108d458",
    "3047601b2aa20c67", "3619c33e2249b9c1", "3ba88c1dce50c980", "3c93c084afe0a62d", "43a2d8c3a947ade7",
    "43cee4cb77368a3f", "44bd59c7714ba246", "453d22d6b395a3d6", "4549a58ff446076a", "460ba8574fad0abd",
    "4f834ac9fb1ecc83", "540ba67ded727b27", "54a2a4a7133663cc", "55a4125e953fc9bb", "591a960c5c722349",
    "59a3a62f13e83fe6", "62ab17c75682f283", "6a944e733da9b5a8", "6c2e650e84ccb74e", "6d4eff42a71b7d5a",
    "6ddc7fae6b40c465", "73844bcfe0de3cb1", "73c6bbca639f8e6a", "748e4107d5a75f31", "7b088fece50a505a",
    "7b464324913eee36", "851cef81f34fe7f9", "85bf3861987735b2", "86a68e6778fe3def", "87fa34c647c78b8a",
    "8aba496b14661920", "8c616fac0671d165", "8f02705e788923b3", "95feee7be5ad0d5c", "9b3edafc83e6f382",
    "9ebb5b815d320784", "9ff24c00b2afdf6f", "a3ca05b6d2439dcd", "a5abc96a13704edf", "b47d33a3ff4bf4b0",
    "b9f7e2e5b9026191", "bab29d9e8da6eb32", "bbe644add50c140c", "be71c859c0c64117", "c4618e253b182dc6",
    "c533ed32393264db", "c5dffc6a284f6656", "cb4dbc2d852aa192", "cf2cc48126feb579", "d6c9868f4b32a6ca",
    "d7f97da7f146268a", "e1e4334f78eb2bc3", "e3006cfe858a22c9", "e45821305bc8719c", "e4dd0864ea8c7ed3",
    "eb9b218f5e39475f", "ebe27fde7058969f", "ec607377e64e2361", "edbfdaab609e66a0", "ee25f10a187378a3",
    "ef4417e113e4e545", "f3014a3696225e79", "f6276e7380cb0d19", "f7e1042b9aaf67a0", "f9cb23a077f62696",
    "f9dfb4d71287aa8f", "fdf798d8dcdf9649", "ffb7184bf0ef7fed",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds were a town of the same governorate near the front, a military base near the front and the
# town of a warring side's general command)
DATELINE = {"team128-637", "team128-638", "team128-639"}
DATELINE_KIND = {"team128-637": ("موسكو", "the capital of a foreign power that backs one side"),
                 "team128-638": ("جبل شنكال", "a mountain above the event's town, where the correspondent "
                                              "stays"),
                 "team128-639": ("عين زارة", "a front-line quarter on the edge of the country's capital, not "
                                             "the event's town")}
MODEL_DATELINE_KINDS = {"a town of the same governorate near the front, neither its capital nor the event's "
                        "town", "a military base near the front, where the correspondent is embedded",
                        "the town where one warring side's general command sits"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team128-636": "Bourj Hammoud-based Armenian community daily's website",
               "team128-637": "Moscow-based Russian state-funded Arabic-language television channel's "
                              "website",
               "team128-638": "Dohuk-based Yazidi rights organisation's news website",
               "team128-639": "Tripoli-based official news agency of the Tripoli government",
               "team128-640": "N'Djamena-based Chadian Arabic-language weekly's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team128-638": [6, 10], "team128-640": [34, 60]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles126/README.md), by rank (its articles 626 … 630): the trigger
# paragraph of the main event, of the negated, rumoured, planned and dated historical core events and of the
# threat; the types of its negated, rumoured and planned core events and the ACLED label of its dated
# historical one; its no-event paragraphs; the ranks of its articles with the main event first in the lead
# and with conflicting tolls
MODEL_PLACES = [
    {"main": 4, "negated": 7, "rumored": 10, "planned": 11, "historical": 9, "threat": 6},
    {"main": 2, "negated": 5, "rumored": 9, "planned": 1, "historical": 10, "threat": 7},
    {"main": 1, "negated": 8, "rumored": 10, "planned": 12, "historical": 15, "threat": 6},
    {"main": 1, "negated": 4, "rumored": 11, "planned": 13, "historical": 9, "threat": 7},
    {"main": 3, "negated": 12, "rumored": 14, "planned": 16, "historical": 8, "threat": 10},
]
MODEL_KINDS = [
    {"negated": "MOBILIZE", "rumored": "RETREAT", "planned": "CONSULT", "historical": CLASH},
    {"negated": "AID", "rumored": "RETREAT", "planned": "RETREAT", "historical": CLASH},
    {"negated": "ASSAULT", "rumored": "COOPERATE", "planned": "CONSULT", "historical": SHELL},
    {"negated": "RETREAT", "rumored": "RETREAT", "planned": "RETREAT", "historical": CLASH},
    {"negated": "CONSULT", "rumored": "AGREE", "planned": "CONSULT", "historical": SHELL},
]
MODEL_NO_EVENT = {2, 3, 4, 7, 8, 13, 16, 17}
MODEL_LEAD_FIRST_RANKS = {2, 3}
MODEL_TOLL_CONFLICT_RANKS = {0, 3}

# constructions the plan asks for somewhere in the set (none of them is among those the model set lists)
CONSTRUCTIONS = {
    "a threat made conditional with «إن لم», «في حال», «وإلا», «متى» or «إن بقوا»":
        re.compile(r"«إن لم |في حال |وإلا |متى امتدت|إن بقوا "),
    "another source's count opened with «أما … فـ»": re.compile(r"^أما «[^»]+» ف", re.M),
    "a back-reference to the main event opened with «ويصف», «ويتحدث» or «ويقول آمر»":
        re.compile(r"^(?:ويصف|ويتحدث|ويقول آمر) ", re.M),
    "a nominal sentence opening a description («وكسب بلدة», «وشنكال مدينة», «والجنينة عاصمة»)":
        re.compile(r"^(?:وكسب بلدة|وشنكال مدينة|والجنينة عاصمة) ", re.M),
    "passives «نُقل», «عُثر», «يُعتقد», «استُخدمت», «رُفعت», «نُهبت», «تُنتشل», «يُسمح», «دُمّرت», «حُسمت», «اغتيل»":
        re.compile(r"نُقل|عُثر|يُعتقد|استُخدمت|رُفعت|نُهبت|تُنتشل|يُسمح|دُمّرت|حُسمت|اغتيل"),
    "a participle clause for a second event («مطالبة», «متهمة», «متهماً», «مضيفاً», «مشيرة», «مكتفية», "
    "«داعياً», «مذكّراً»)":
        re.compile(r"، (?:مطالبة|متهمة|متهماً|مضيفاً|مشيرة|مكتفية|داعياً|مذكّراً) "),
    "a death told with «لقوا حتفهم» or «قضى»": re.compile(r"لقوا حتفهم|قضى "),
    "a toll written in digits": re.compile(r"\d+ (?:مسلحاً|قتيلاً)"),
    "platforms and names in quotes": re.compile(r"«فيسبوك»|«تويتر»|«بركان الغضب»|«الأسايش»"),
    "«رغم» inside the sentence": re.compile(r"، رغم "),
    "«بعدما» and «إلى حين»": re.compile(r"بعدما [^.]+|إلى حين "),
}

# theme (a): a cross-border offensive on a minority's town, with rockets on the provincial capital (Kessab)
KESSAB_THEME = "team128-636"
# theme (b): a ground offensive under a foreign air force, with a hospital struck and families fleeing to a
# closed border (Sheikh Maskin)
STORMING = "team128-637"
# theme (c): a town retaken from ISIS, with booby traps and a mass grave (Sinjar)
RETAKEN = "team128-638"
# theme (d): a counter-offensive that retakes a town, with drones, an airport shelled and prisoners
# (Gharyan)
COUNTER = "team128-639"
# theme (e): attacks on a city's districts after a broken truce, with its governor killed and families
# fleeing across the border (El Geneina)
DISTRICTS = "team128-640"


def kessab_theme(core, lines, main):
    hill = bool(main and main.get("acled") == CLASH and "المرصد 45" in para_text(lines, main))
    rockets = [g for g in of_type(core, lines, "ASSAULT", "صواريخ", "اللاذقية", done=True)
               if g.get("acled") == SHELL]
    crossing = [g for g in of_type(core, lines, "ASSAULT", "السمرا", done=True) if g.get("acled") == AIR]
    aid = of_type(core, lines, "AID", "كسب", done=True)
    elderly = [g for g in first_label(core, "negated") if main_type(g) == "RETREAT"
               and "مسناً" in para_text(lines, g)]
    jet = [g for g in first_label(core, "historical") if "مقاتلة تركية" in para_text(lines, g)]
    words = ("كسب", "اللاذقية", "الأرمن", "المسلحة", "الجيش", "«جبهة النصرة»", "المرصد 45")
    return bool(hill and rockets and crossing and aid and elderly and jet and mostly(core, lines, words))


def storming_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "الشيخ مسكين" in para_text(lines, main)
                and "اقتحمت" in para_text(lines, main))
    raids = [g for g in of_type(core, lines, "ASSAULT", "الروسية", "إبطع", done=True)
             if g.get("acled") == AIR]
    hospital = [g for g in first_label(core, "reported") if main_type(g) == "ASSAULT"
                and "مستشفى" in para_text(lines, g)]
    flight = of_type(core, lines, "RETREAT", "الحدود الأردنية", done=True)
    closed = of_type(core, lines, "COERCE", "الأردنية", done=True)
    leaflets = of_type(core, lines, "THREATEN", "المنشورات")
    words = ("الشيخ مسكين", "نوى", "إبطع", "الجيش السوري", "الروسية", "المسلحين", "حوران", "إزرع")
    return bool(town and raids and hospital and flight and closed and leaflets and mostly(core, lines, words))


def retaken_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "شنكال" in para_text(lines, main)
                and "البيشمركة" in para_text(lines, main))
    raids = [g for g in of_type(core, lines, "ASSAULT", "التحالف", done=True) if g.get("acled") == AIR]
    road = [g for g in of_type(core, lines, "ASSAULT", "رقم 47", done=True) if g.get("acled") == CLASH]
    bomb = [g for g in of_type(core, lines, "ASSAULT", "عبوة", done=True) if g.get("acled") == MINE]
    grave = [g for g in first_label(core, "historical") if g.get("acled") == ATTACK
             and "مقبرة جماعية" in para_text(lines, g)]
    words = ("شنكال", "البيشمركة", "التنظيم", "داعش", "الإيزيدي", "التحالف")
    return bool(town and raids and road and bomb and grave and mostly(core, lines, words))


def counter_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "غريان" in para_text(lines, main))
    airport = [g for g in of_type(core, lines, "ASSAULT", "معيتيقة", done=True) if g.get("acled") == SHELL]
    drones = [g for g in of_type(core, lines, "ASSAULT", "مسيّرة", done=True) if g.get("acled") == AIR]
    prisoners = of_type(core, lines, "COERCE", "وأسرت", done=True)
    warning = of_type(core, lines, "THREATEN", "معيتيقة")
    words = ("غريان", "قوات الوفاق", "القوات المعتدية", "طرابلس", "معيتيقة")
    return bool(town and airport and drones and prisoners and warning and mostly(core, lines, words))


def districts_theme(core, lines, main):
    attack = bool(main and main.get("acled") == ATTACK and "الجنينة" in para_text(lines, main)
                  and "الهدنة" in para_text(lines, main))
    governor = [g for g in of_type(core, lines, "ASSAULT", "والي", done=True) if g.get("acled") == ATTACK]
    truce = of_type(core, lines, "CONCEDE", "هدنة", done=True)
    crossing = of_type(core, lines, "RETREAT", "أدري", done=True)
    no_convoy = [g for g in first_label(core, "negated") if main_type(g) == "AID"]
    words = ("الجنينة", "الدعم السريع", "أدري", "اللاجئين", "التشادية", "دارفور")
    return bool(attack and governor and truce and crossing and no_convoy and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 125 and 127"


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
    themes = {"a cross-border offensive on a minority's town, with rockets on the provincial capital":
                  (KESSAB_THEME, kessab_theme),
              "a ground offensive under a foreign air force, with a hospital struck and families fleeing to "
              "a closed border": (STORMING, storming_theme),
              "a town retaken from ISIS, with booby traps and a mass grave": (RETAKEN, retaken_theme),
              "a counter-offensive that retakes a town, with drones, an airport shelled and prisoners":
                  (COUNTER, counter_theme),
              "attacks on a city's districts after a broken truce, with its governor killed and families "
              "fleeing across the border": (DISTRICTS, districts_theme)}
    errs = planned_set_checks(HERE, docs, globals(), salt="team128", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "SD": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Sudanese"))
    return errs + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team128", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
