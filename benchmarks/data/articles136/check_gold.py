#!/usr/bin/env python3
"""Check team136.gold.json (the hundred-and-thirty-sixth team set, team136-676 ... team136-680) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``). Also checks, for this set, goldkit's label and role/place/date checks, and
through ``goldkit.article_checks`` that every trigger lies inside its own paragraph and is not cut out of a
word, that no paragraph is shorter than 60 or longer than 500 characters and that their lengths differ
widely, that each article names its fatalities on one core event told in three or more paragraphs, that each
article has a dated historical core event at another place than that main event, a rumoured, a planned and a
THREATEN core event, and at least two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000 to 5,200 characters an article, at least one paragraph under 120 and
  one over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (676, 677, 680),
  of three kinds that differ from the model set's three and from those of the model set's own model (a
  hillside quarter of the capital overlooking the fighting, from which the correspondent watched it; a hill
  town behind the besiegers' lines, where their joint operations room sits; a coastal city outside the
  governorate, from which the correspondent files because the region's connections are cut); the two others
  have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Damascus (Qaboun and its orchards, tunnels and industrial zone,
  Barzeh, with al-Qusour and al-Adawi for the mortar shells) and one in Aleppo (the Regiment 46 base,
  al-Atarib, with Urum al-Kubra for the background), one Lebanese in the North (the Nahr al-Bared camp,
  Beddawi, with al-Abdeh and Ain Alaq for the background), one Libyan in the oil crescent (the Es Sider and
  Ras Lanuf terminals, Bin Jawad, Ajdabiya, with the Mabruk field for the background) and one Tunisian in
  Sidi Bouzid (Sidi Bouzid, Menzel Bouzaiane, with Gafsa for the background); the main event in one of the
  places the plan names for its region; each article in the month the plan gives it (May 2017; November
  2012; September 2007; January 2016; January 2011); no region, no word of the article's file name and no
  accepted place name among the places that the first paragraphs of the READMEs of sets 133 and 135 name.
  Those two sets are blind, so their places are not written here: they are kept as salted SHA-256 digests of
  the names (after ``goldkit.norm_place``), and only the digests are compared; a region of this set is
  compared with every place those paragraphs name, not only with their governorates. No place of the plan
  was among them (see README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in one article only, and in ¶2 to ¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; exactly two articles let the reports
  of a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles134/``: no article puts its main event, its negated, rumoured, planned
  or dated historical core event or its threat at the paragraph index that the model set's article of the
  same rank uses, nor its rumoured, planned or negated core event of the same type, nor its dated historical
  core event with the same ACLED label; no no-event paragraph at an index the model set used for one of its
  own; the articles with the main event first in the lead and those with conflicting tolls are not at the
  model set's ranks, and at most one dateline sits at a rank where the model set has one; no dateline of a
  kind the model set (or its own model) used;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a district taken by the army after a three-month offensive on its orchards
  and tunnels, with air strikes, a committee's deal busing fighters north, mortar shells on the capital and
  a neighbouring truce holding but strained (the fighting in Qaboun as the main event, the strikes, the
  deal, the buses, the shells, the Barzeh truce and the charge that strains it, most core events about it);
  one about a besieged army base stormed by rebel brigades, with an air strike on a market town, prisoners
  and defections, a council's appeal for aid and a demonstration after Friday prayers (the storming of
  Regiment 46 as the main event, the strike, the siege, the prisoners, the appeal, the demonstration, most
  core events about it); one about a refugee camp stormed by the army after a months-long battle with a
  militant group, with shelling, civilians fleeing to a neighbouring camp, a failed mediation, an aid convoy
  shot at and a day of mourning (the last assault on Nahr al-Bared as the main event, the shelling, the
  evacuation, the mediation, the convoy, the prime minister's praise, most core events about it); one about
  an extremist group's attack on oil terminals, with tanks ablaze, firefighters' appeals, a counter-attack
  backed by air strikes, statements by the oil corporation and a UN envoy and workers evacuated (the attack
  on the Es Sider gate as the main event, the tanks, the appeal, the counter-attack and the strikes, the two
  statements, the evacuation, most core events about it); and one about a street vendor's self-immolation
  followed by weeks of protest, with arrests, lawyers' sit-ins, a regional general strike, a governor
  dismissed and the police firing on protesters (the shooting in Menzel Bouzaiane as the main event, the
  self-immolation, the arrests, the sit-in, the strike, the dismissal, most core events about it).
The plan's years 2007 and 2011 lie before the span goldkit's region check uses by default (2012-2025): its
"year outside" message is dropped for 678 and 680 only, whose years the plan's months check instead.

    python3 benchmarks/data/articles136/check_gold.py [--no-score]
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
    DESTRUCTION,
    EXCESSIVE,
    MINE,
    PEACEFUL,
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

GOLD = "team136.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team136-676": [6, 14], "team136-677": [9, 15], "team136-678": [5, 12],
                  "team136-679": [6, 11], "team136-680": [2, 10]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). No place of the plan is among the places of the blind paragraphs, so
# none was replaced (README.md, "Places replaced").
REGION = {"team136-676": ("SY", "Damascus", "Qaboun", "القابون"),
          "team136-677": ("SY", "Aleppo", "Regiment 46 base", "الأتارب"),
          "team136-678": ("LB", "North Lebanon", "Nahr al-Bared", "نهر البارد"),
          "team136-679": ("LY", "Oil Crescent", "Es Sider", "راس لانوف"),
          "team136-680": ("TN", "Sidi Bouzid", "Menzel Bouzaiane", "سيدي بوزيد")}
PLANNED_REGION = {"team136-676": ("SY", "Damascus"), "team136-677": ("SY", "Aleppo"),
                  "team136-678": ("LB", "North Lebanon"), "team136-679": ("LY", "Oil Crescent"),
                  "team136-680": ("TN", "Sidi Bouzid")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them)
PLANNED_TOWNS = {("SY", "Damascus"): {"Qaboun", "Barzeh"},
                 ("SY", "Aleppo"): {"Regiment 46 base", "al-Atarib"},
                 ("LB", "North Lebanon"): {"Nahr al-Bared", "Beddawi"},
                 ("LY", "Oil Crescent"): {"Es Sider", "Ras Lanuf"},
                 ("TN", "Sidi Bouzid"): {"Sidi Bouzid", "Menzel Bouzaiane"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team136-676": "2017-05", "team136-677": "2012-11", "team136-678": "2007-09",
                 "team136-679": "2016-01", "team136-680": "2011-01"}
# goldkit's region check reports a year before 2012 with this message; the plan's years 2007 and 2011 are
# the brief's, so the message is dropped for these two articles (their months are checked above)
EARLY_YEARS = {"team136-678": "2007", "team136-680": "2011"}

# the places, regions and file-name words that the first paragraphs of the READMEs of sets 133 and 135 name,
# as digests: sha256("team136:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings
# (country names and the cities of the outlets and datelines included) and of the non-generic words of the
# English names (generic parts of names such as al, el, abu, um, umm, wadi, jabal, tell, tal, nahr, ain,
# ras, kafr, dar, bani, ben, suq, rif, north, south, east, west, eastern, western, southern, old, great,
# square, camp(s), station, post, bridge, university, market, castle, centre, base, road, entrance, quarter,
# compound, hills, border, air, airbase, airport, crossing, citadel, depots, arms, orchards, medical,
# police, headquarters, hospital, mosque, port, island, countryside and district, and the words of, the and
# des, are left out of the words). USED_GOV_DIGESTS holds the digests of every place those paragraphs name
# (their governorates and all the rest), so that no region of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "009a69c53d41d7de", "05ece6837bca4675", "0641f07f619d8a78", "06b5930c6fbd89dd", "08659eb4b26bc96f",
    "08b10fd7dcc7ec37", "0973a7f7e41bab35", "0a2f4a84196d9a62", "0a910ca1217b34a3", "0ab07ac3f92cca94",
    "0c415c7a668d9cce", "0c7d5f73221e6680", "0c7d6e34957e36b3", "0f33b896fe968252", "1236093077dd5902",
    "13eefc93c7251d24", "15e519316fd4b471", "17492251c982fc23", "1852272b6310d1f2", "19c0252eb734aa17",
    "19f6d2edb0141737", "1a9ecf1e55163823", "1bde57ff81e34a6f", "1f5ae3da055febf7", "210395daa8c825bf",
    "220795dcd5228ec4", "22a2267722f7d6ac", "230d026578bfed61", "243c757bbc99a983", "26f429c29c95ed48",
    "2814c41bd514d6c3", "281c67bb25d8a1c0", "2854df3077d04b69", "28d00233549de360", "29eab32b6fbe678a",
    "2c454d5e2a174f2d", "2d69e667493e81c7", "2e1d6f3ca427a320", "2fcceb3169dd810f", "30578ab59af41226",
    "30de24b1919b5953", "33373cd2325002f4", "3381bcd7242bf43f", "347ee90dd7b058e4", "34b6c085d952c448",
    "36466a719d9c8735", "364a8d8be4bfb11b", "368c99f3efeac947", "37b041c4d04f11f8", "3a0318df35b47a3a",
    "3b746a38a787d4fd", "3bb330452639147f", "3c1f3cc6b0c235ee", "3cfabe76dee9a913", "3d1c833ef6ed51f0",
    "3d8dd99407b17cea", "3e59344bc8670537", "3ec0b226465c0a6c", "3f43fe9c8a491334", "3ff780bab0e3cb4b",
    "41c8efc217c6108b", "42b2d389a4997c79", "42de126628231101", "42f02b7505e398aa", "447419028c060281",
    "45c0a5615a77e42d", "488870ae741ab77f", "48c792454fdbe359", "4a50d8be80534ffb", "4bd5747225a2bcee",
    "4d6eded44801b7a7", "5278b01d1796beac", "535fe26e357335ff", "54204dd116137c08", "59d17dca9a01e032",
    "5f37a0d2b85ceb25", "6002dfb270837848", "663285a0f9b52c53", "67979637d12481c0", "6d5dc9ba8b63cb00",
    "6dae7a97575973cf", "6eee60f15c4b51e3", "700b57b4f46fe468", "726bcaa5d1bffd92", "730b2fbb4e70d944",
    "74d4204f965653e1", "75af68fb4518ab4f", "78a419c8e13dff77", "78c394491ab06294", "7ab686a124655f31",
    "7ae8e79feacc44a1", "7c11c70756f43449", "7cdc7348cbe20b8c", "7f38d5c80b0ed7ac", "7fb6d30efa6511b4",
    "8120935afe23c6e2", "82c05653b94b5ef7", "82f49e4aaed9c0b6", "834894672d77d692", "857cde37de9c81f6",
    "85de7d0f5e26957b", "88250afe7b6a7a8e", "8843f64cca5003bc", "89cf7af17f4d9b3f", "8aa4e8b29d78e02b",
    "8ace412d56050616", "8c6696170cbe49d7", "8ca40a1387ab1737", "8f6af11c961400a0", "90133affb392ecfe",
    "91a8494577339e59", "946f1f201cc423d2", "95dff5a7b504b547", "96c15a155f6443c9", "96e19cd47e4f9707",
    "96ff1d2688083ef5", "9b2c9da46cf53c9a", "9cf7ef04be7f8435", "9d6144669bc3f7ec", "9dab43d229423735",
    "9e4901687ca40173", "9ec6612dcf22e703", "a01a10dd88fe545e", "a3d9acdac7db24b1", "a5ccc25668f6e4cf",
    "a5e309efa1e8b424", "a5e8b8756b378c07", "a6eb4b9c90f942b1", "a7fe27c584f2529c", "aa3682f8a1131ab1",
    "ac1571d4f7dbddca", "ac27c110617011c5", "ae4966f45bc4e161", "ae4fe1f89ab7de93", "b05d62bb56ad175d",
    "b2ed1b8fdaf63733", "b4fc25ee4bba3184", "b71edeb0f90c6c13", "b7931fbeff7a022b", "b90d5de355841d1a",
    "b9185d712ceb2156", "b9bb7356a68b3a49", "bbc295833060d0c0", "bbe40acdd4bd0585", "bc7b2d193e27b8e0",
    "bdfe775a8e5a0bbb", "c1c308c663b61099", "c4ded757d7aa2a14", "c509d46b16457034", "c59a68a1ff8c56fe",
    "c5bd1d6aa9dd8d6d", "c640a12ca4f878b1", "c6aca0f6f364d4bf", "c979a3ad5aedddbc", "ca528528677c71ee",
    "cc109a790386caab", "cd3dec77f14b6309", "ce4809ee074ec9f8", "cf0890f67469c740", "d160b9e828505ba6",
    "d3d13a98efdc8ed2", "d4ccce7d11ffbde2", "d54ecc93dca7b379", "d5c73f05b823fa93", "d8e977b609413d5d",
    "d95f9f8ef82083ad", "da30be0cb9796294", "da4b318fe27a51dc", "db34eb86e9108c34", "dbe711c6c795e91a",
    "dfea0fb7c5706f2f", "e11f8da06bc86fdf", "e28796bd939b278e", "e35dbfb523c95a3e", "e648a41ae3ecb6aa",
    "e89d11d38197a852", "eb0462831e80aca9", "eca13ecbfc55a8a3", "ed5e1b6e759830fd", "efa563e7a6b8e626",
    "f196497976b09dd4", "f31cd5e8286a7666", "f48af54ae3202e0c", "f4e40a51f61d0208", "f6b3b7c679f9bae5",
    "fb67248b1c18dcc5", "fbe3b4783c3a03c0",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "06b5930c6fbd89dd", "0a910ca1217b34a3", "0c415c7a668d9cce", "0c7d6e34957e36b3", "1236093077dd5902",
    "15e519316fd4b471", "19f6d2edb0141737", "1a9ecf1e55163823", "1f5ae3da055febf7", "210395daa8c825bf",
    "220795dcd5228ec4", "22a2267722f7d6ac", "230d026578bfed61", "2814c41bd514d6c3", "281c67bb25d8a1c0",
    "2854df3077d04b69", "28d00233549de360", "29eab32b6fbe678a", "2fcceb3169dd810f", "3381bcd7242bf43f",
    "347ee90dd7b058e4", "368c99f3efeac947", "37b041c4d04f11f8", "3a0318df35b47a3a", "3cfabe76dee9a913",
    "3d1c833ef6ed51f0", "3d8dd99407b17cea", "3e59344bc8670537", "3f43fe9c8a491334", "45c0a5615a77e42d",
    "488870ae741ab77f", "4a50d8be80534ffb", "5f37a0d2b85ceb25", "6eee60f15c4b51e3", "726bcaa5d1bffd92",
    "730b2fbb4e70d944", "75af68fb4518ab4f", "78a419c8e13dff77", "7c11c70756f43449", "7cdc7348cbe20b8c",
    "857cde37de9c81f6", "88250afe7b6a7a8e", "8aa4e8b29d78e02b", "8ace412d56050616", "8c6696170cbe49d7",
    "8ca40a1387ab1737", "8f6af11c961400a0", "90133affb392ecfe", "91a8494577339e59", "96e19cd47e4f9707",
    "9d6144669bc3f7ec", "a3d9acdac7db24b1", "a5ccc25668f6e4cf", "a5e309efa1e8b424", "a5e8b8756b378c07",
    "a6eb4b9c90f942b1", "aa3682f8a1131ab1", "ac1571d4f7dbddca", "ae4966f45bc4e161", "ae4fe1f89ab7de93",
    "b9bb7356a68b3a49", "bbc295833060d0c0", "bc7b2d193e27b8e0", "bdfe775a8e5a0bbb", "c509d46b16457034",
    "c6aca0f6f364d4bf", "cf0890f67469c740", "d3d13a98efdc8ed2", "d5c73f05b823fa93", "e11f8da06bc86fdf",
    "e28796bd939b278e", "e35dbfb523c95a3e", "eb0462831e80aca9", "ed5e1b6e759830fd", "f196497976b09dd4",
    "f4e40a51f61d0208", "f6b3b7c679f9bae5", "fbe3b4783c3a03c0",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds and those of its own model are in MODEL_DATELINE_KINDS)
DATELINE = {"team136-676", "team136-677", "team136-680"}
DATELINE_KIND = {"team136-676": ("عش الورور", "a hillside quarter of the capital overlooking the fighting, "
                                              "from which the correspondent watched it"),
                 "team136-677": ("دارة عزة", "a hill town behind the besiegers' lines, where their joint "
                                             "operations room sits"),
                 "team136-680": ("صفاقس", "a coastal city outside the governorate, from which the "
                                          "correspondent files because the region's connections are cut")}
MODEL_DATELINE_KINDS = {"the centre of the district the besieged town belongs to, where the volunteers and "
                        "the forces gathered",
                        "the largest city of the region, where many of the displaced families took refuge",
                        "the governorate's seat, where the minister negotiated with the sit-in's delegates",
                        "a front-line town that the offensive aimed at, where the outlet sits, not the main "
                        "event's town",
                        "a town across the border in a neighbouring country, where the correspondent stays",
                        "a distant port city where the parliament that backs the campaign sits"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team136-676": "Damascus-based pro-government Syrian private FM radio's website",
               "team136-677": "Doha-based pan-Arab satellite news channel's website",
               "team136-678": "Sidon-based Palestinian refugees' rights organisation's news website",
               "team136-679": "Benghazi-based Libyan energy and economy weekly's website",
               "team136-680": "Paris-based Tunisian exiled opposition news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team136-676": [31, 17], "team136-680": [1, 2]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles134/README.md), by rank (its articles 666 … 670): the trigger
# paragraphs of the main event, of the negated, rumoured, planned and dated historical core events and of
# the threat; the types of its negated, rumoured and planned core events and the ACLED labels of its dated
# historical ones; its no-event paragraphs; the ranks of its articles with the main event first in the lead,
# with conflicting tolls and with a dateline
MODEL_PLACES = [
    {"main": {5}, "negated": {14}, "rumored": {11}, "planned": {15}, "historical": {4, 13}, "threat": {9}},
    {"main": {2}, "negated": {16}, "rumored": {12}, "planned": {15}, "historical": {14}, "threat": {6}},
    {"main": {4}, "negated": {14}, "rumored": {12}, "planned": {15}, "historical": {13}, "threat": {11}},
    {"main": {1}, "negated": {15}, "rumored": {11}, "planned": {17}, "historical": {14}, "threat": {10}},
    {"main": {3}, "negated": {13}, "rumored": {12}, "planned": {16}, "historical": {14}, "threat": {10}},
]
MODEL_KINDS = [
    {"negated": {"RETREAT"}, "rumored": {"COERCE"}, "planned": {"AID"}, "historical": [DESTRUCTION, MINE]},
    {"negated": {"CONCEDE"}, "rumored": {"AGREE"}, "planned": {"RETREAT"}, "historical": [AIR]},
    {"negated": {"AGREE"}, "rumored": {"RETREAT"}, "planned": {"CONSULT"}, "historical": [ABDUCTION]},
    {"negated": {"CONSULT"}, "rumored": {"AID"}, "planned": {"CONSULT"}, "historical": [ATTACK]},
    {"negated": {"COERCE"}, "rumored": {"MOBILIZE"}, "planned": {"PROTEST"}, "historical": [EXCESSIVE]},
]
MODEL_NO_EVENT = {3, 4, 7, 8, 13, 16, 17}
MODEL_LEAD_FIRST_RANKS = {3}
MODEL_TOLL_CONFLICT_RANKS = {1, 3}
MODEL_DATELINE_RANKS = {2, 3, 4}

# constructions the plan asks for somewhere in the set (none of them is among those the model set lists)
CONSTRUCTIONS = {
    "a threat made conditional with «إمّا … وإمّا», «حين», «ما إن … حتى», «أنّى» or «عند أول»":
        re.compile(r"«إمّا أن |«حين تؤوون |«ما إن يطأ |«أنّى رست |عند أول مساس "),
    "another source's count opened with «أما» or «وتخالف»": re.compile(r"^(?:أما |وتخالف )", re.M),
    "a back-reference to the main event opened with «ويصف», «ويحكي», «ويتذكر» or «وينقل»":
        re.compile(r"^(?:ويصف|ويحكي|ويتذكر|وينقل) ", re.M),
    "a description opened with «يجاور», «تتربع», «أُنشئ», «يُعدّ» or «تقع»":
        re.compile(r"^(?:يجاور|تتربع|أُنشئ|يُعدّ|تقع) ", re.M),
    "passives «نُقلت», «جُرح», «شُيّع», «أُقفلت», «نُكّست», «دُسّ», «ذُيّلت», «نُصبت»":
        re.compile(r"نُقلت|جُرح|شُيّع|أُقفلت|نُكّست|دُسّ|ذُيّلت|نُصبت"),
    "a participle clause («مضيفاً», «محذّراً», «محذّرة», «مشيراً», «واصفاً», «مطالبةً», «قائلاً», «قائلة», "
    "«مبقيةً», «مذكّراً», «واعداً», «مثنياً»)":
        re.compile(r"، و?(?:مضيفاً|محذّراً|محذّرة|مشيراً|واصفاً|مطالبةً|قائلاً|قائلة|مبقيةً|مذكّراً|واعداً"
                   r"|مثنياً) "),
    "a death told with «أودت بحياة», «أودى بحياة», «قضى» or «قضوا»":
        re.compile(r"أودت بحياة|أودى بحياة|قضى ثمانية|قضوا تحت أنقاض"),
    "a toll written out in words":
        re.compile(r"سبعة عشر قتيلاً|واحد وثلاثين مسلحاً|ستة وثلاثين قتيلاً|ثمانية وثلاثين شخصاً"
                   r"|مقتل تسعة من الحرس"),
    "platforms in quotes («فيسبوك», «يوتيوب»)": re.compile(r"«فيسبوك»|«يوتيوب»"),
    "«في أعقاب» or «على بعد» inside the sentence": re.compile(r"في أعقاب |، على بعد "),
}

# theme (a): a district taken by the army after a three-month offensive on its orchards and tunnels, with
# air strikes, a committee's deal busing fighters north, mortar shells on the capital and a neighbouring
# truce holding but strained (Qaboun)
DISTRICT = "team136-676"
# theme (b): a besieged army base stormed by rebel brigades, with an air strike on a market town, prisoners
# and defections, a council's appeal for aid and a demonstration after Friday prayers (Regiment 46)
BASE = "team136-677"
# theme (c): a refugee camp stormed by the army after a months-long battle with a militant group, with
# shelling, civilians fleeing to a neighbouring camp, a failed mediation, an aid convoy shot at and a day of
# mourning (Nahr al-Bared)
CAMP = "team136-678"
# theme (d): an extremist group's attack on oil terminals, with tanks ablaze, firefighters' appeals, a
# counter-attack backed by air strikes, statements by the oil corporation and a UN envoy and workers
# evacuated (Es Sider)
TERMINALS = "team136-679"
# theme (e): a street vendor's self-immolation followed by weeks of protest, with arrests, lawyers' sit-ins,
# a regional general strike, a governor dismissed and the police firing on protesters (Menzel Bouzaiane)
UPRISING = "team136-680"


def district_theme(core, lines, main):
    taken = bool(main and main.get("acled") == CLASH and "القابون" in para_text(lines, main)
                 and "الأنفاق" in para_text(lines, main))
    strikes = [g for g in of_type(core, lines, "ASSAULT", "البساتين", done=True) if g.get("acled") == AIR]
    deal = [g for g in of_type(core, lines, "AGREE", "لجنة المصالحة", done=True)
            if g.get("acled") == AGREEMENT and g["factuality"][0] == "asserted"]
    buses = of_type(core, lines, "RETREAT", "الحافلات", "الشمال", done=True)
    shells = [g for g in of_type(core, lines, "ASSAULT", "قذائف هاون", done=True) if g.get("acled") == SHELL]
    truce = [g for g in of_type(core, lines, "AGREE", "برزة", done=True)
             if g["factuality"][0] == "historical"]
    strained = of_type(core, lines, "ACCUSE", "الهدنة", "برزة", done=True)
    words = ("القابون", "برزة", "الجيش", "المسلحين", "الهدنة", "البساتين")
    return bool(taken and strikes and deal and buses and shells and truce and strained
                and mostly(core, lines, words))


def base_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "الفوج" in para_text(lines, main))
    market = [g for g in of_type(core, lines, "ASSAULT", "سوق", done=True) if g.get("acled") == AIR]
    siege = of_type(core, lines, "COERCE", "حصاراً", done=True)
    prisoners = of_type(core, lines, "COERCE", "وأسر", done=True)
    appeal = of_type(core, lines, "REQUEST", "المجلس المحلي", done=True)
    prayers = [g for g in of_type(core, lines, "PROTEST", "صلاة", done=True) if g.get("acled") == PEACEFUL]
    words = ("الأتارب", "الفوج", "الثوار", "الكتائب", "النظام")
    return bool(stormed and market and siege and prisoners and appeal and prayers
                and mostly(core, lines, words))


def camp_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "نهر البارد" in para_text(lines, main))
    shelling = [g for g in of_type(core, lines, "ASSAULT", "دكّت", done=True) if g.get("acled") == SHELL]
    fled = of_type(core, lines, "RETREAT", "البداوي", done=True)
    mediation = of_type(core, lines, "CONSULT", "الوساطة", done=True)
    convoy = [g for g in of_type(core, lines, "ASSAULT", "قافلة للأونروا", done=True)
              if g.get("acled") == ATTACK]
    mourning = of_type(core, lines, "SUPPORT", "حداد", done=True)
    words = ("المخيم", "الجماعة", "الجيش", "البداوي", "نهر البارد")
    return bool(stormed and shelling and fled and mediation and convoy and mourning
                and mostly(core, lines, words))


def terminals_theme(core, lines, main):
    gate = bool(main and main.get("acled") == CLASH and "السدرة" in para_text(lines, main))
    tanks = [g for g in of_type(core, lines, "ASSAULT", "خزانات", done=True) if g.get("acled") == SHELL]
    firefighters = of_type(core, lines, "REQUEST", "الإطفاء", done=True)
    counter = [g for g in of_type(core, lines, "ASSAULT", "هجوماً مضاداً", done=True)
               if g.get("acled") == CLASH]
    strikes = [g for g in of_type(core, lines, "ASSAULT", "غارات", done=True) if g.get("acled") == AIR]
    statements = (of_type(core, lines, "ACCUSE", "المؤسسة الوطنية للنفط", done=True)
                  and of_type(core, lines, "ACCUSE", "المبعوث الأممي", done=True))
    evacuated = of_type(core, lines, "RETREAT", "عمالها", done=True)
    words = ("التنظيم", "الحرس", "راس لانوف", "السدرة", "بن جواد", "الموانئ")
    return bool(gate and tanks and firefighters and counter and strikes and statements and evacuated
                and mostly(core, lines, words))


def uprising_theme(core, lines, main):
    shooting = bool(main and main.get("acled") == EXCESSIVE and "منزل بوزيان" in para_text(lines, main))
    vendor = of_type(core, lines, "PROTEST", "أضرم", done=True)
    arrests = [g for g in of_type(core, lines, "COERCE", "اعتقلت", done=True) if g.get("acled") == ARREST]
    sit_in = of_type(core, lines, "PROTEST", "المحامين", done=True)
    strike = [g for g in of_type(core, lines, "PROTEST", "إضراباً عاماً", done=True)
              if g.get("mode") == "strike"]
    dismissed = of_type(core, lines, "SANCTION", "والي", done=True)
    words = ("سيدي بوزيد", "منزل بوزيان", "المحتج", "الشبان", "الاتحاد الجهوي", "الموقوفين")
    return bool(shooting and vendor and arrests and sit_in and strike and dismissed
                and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 133 and 135"


def model_checks(docs):
    """This set's placements against the model set's (error strings): per article, the trigger paragraphs of
    the main event and of the negated, rumoured, planned and dated historical core events and of the threats
    are not an index the model set's article of the same rank uses, and its negated, rumoured and planned core
    events are not of a type, nor its dated historical core events of an ACLED label, of the model's; no
    no-event paragraph at an index the model set used; the ranks of the lead-first articles and of the
    conflicting tolls are not the model set's, at most one dateline at a rank where the model set has one; the
    dateline kinds are not the model set's nor its model's."""
    errs = []
    lead_ranks, dateline_ranks = set(), set()
    for rank, d in enumerate(sorted(docs, key=lambda d: d["id"])):
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        spans = line_spans(lines)
        core = [g for g in d["events"] if g["core"]]
        model, kinds = MODEL_PLACES[rank], MODEL_KINDS[rank]
        found = {what: set() for what in model}
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
                if kind in kinds[label]:
                    errs.append(f"{did} {g['id']}: a {label} core event of the kind the model set's article "
                                f"of that rank uses")
            if main_type(g) == "THREATEN":
                found["threat"].add(trigger_para(g, spans))
        for what, paras in found.items():
            if paras & model[what]:
                errs.append(f"{did}: a {what} event at ¶{sorted(paras & model[what])}, "
                            "as in the model set's article of that rank")
        same_no_event = set(NO_EVENT_PARAS.get(did, [])) & MODEL_NO_EVENT
        if same_no_event:
            errs.append(f"{did}: no-event paragraphs at the model set's indexes {sorted(same_no_event)}")
        if did in TOLL_CONFLICT and rank in MODEL_TOLL_CONFLICT_RANKS:
            errs.append(f"{did}: conflicting tolls at a rank where the model set has them")
        if did in DATELINE:
            dateline_ranks.add(rank)
    if lead_ranks & MODEL_LEAD_FIRST_RANKS:
        errs.append(f"the main event first in the lead at the model set's ranks {sorted(lead_ranks)}")
    if len(dateline_ranks & MODEL_DATELINE_RANKS) > 1:
        errs.append(f"datelines at more than one of the model set's ranks {sorted(dateline_ranks)}")
    if {kind for _, kind in DATELINE_KIND.values()} & MODEL_DATELINE_KINDS:
        errs.append("a dateline of a kind the model set used")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {
        "a district taken by the army after a three-month offensive on its orchards and tunnels, with air "
        "strikes, a committee's deal busing fighters north, mortar shells on the capital and a neighbouring "
        "truce holding but strained": (DISTRICT, district_theme),
        "a besieged army base stormed by rebel brigades, with an air strike on a market town, prisoners and "
        "defections, a council's appeal for aid and a demonstration after Friday prayers": (BASE, base_theme),
        "a refugee camp stormed by the army after a months-long battle with a militant group, with shelling, "
        "civilians fleeing to a neighbouring camp, a failed mediation, an aid convoy shot at and a day of "
        "mourning": (CAMP, camp_theme),
        "an extremist group's attack on oil terminals, with tanks ablaze, firefighters' appeals, a "
        "counter-attack backed by air strikes, statements by the oil corporation and a UN envoy and workers "
        "evacuated": (TERMINALS, terminals_theme),
        "a street vendor's self-immolation followed by weeks of protest, with arrests, lawyers' sit-ins, a "
        "regional general strike, a governor dismissed and the police firing on protesters": (UPRISING,
                                                                                             uprising_theme),
    }
    errs = planned_set_checks(HERE, docs, globals(), salt="team136", label=LABEL, themes=themes,
                              other_countries=(
                                  {"LB": 1, "LY": 1, "TN": 1},
                                  "the three non-Syrian articles are not one Lebanese, one Libyan "
                                  "and one Tunisian"))
    early = {f"{did}: a year outside 2012-2025" for did in EARLY_YEARS}
    for did, year in EARLY_YEARS.items():
        if PLANNED_MONTH[did][:4] != year:
            errs.append(f"{did}: the early year {year} is not the plan's")
    kept = [e for e in errs if e not in early]
    if len(kept) != len(errs):
        print(f"(goldkit's 2012-2025 year span not applied to {', '.join(sorted(EARLY_YEARS))}: "
              "the plan's years, checked by month)")
    return kept + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team136", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
