#!/usr/bin/env python3
"""Check team134.gold.json (the hundred-and-thirty-fourth team set, team134-666 ... team134-670) against the
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
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (668, 669, 670), of
  three kinds that differ from the model set's three and from those of the model set's own model (the centre
  of the district the besieged town belongs to, where the volunteers and the forces gathered; the largest city
  of the region, where many of the displaced families took refuge; the governorate's seat, where the minister
  negotiated with the sit-in's delegates); the two others have none and name their place in the first
  sentence;
- the regions: two Syrian articles, one in the Zabadani plain north-west of Damascus (Buqayn and its spring,
  Serghaya, Bloudan, with the road between al-Zabadani and Bloudan for the background) and one in Eastern
  Ghouta (Harasta and its vehicles base, Arbin, Douma, with the shells on the east of Damascus), one Iraqi in
  Salahuddin (Amerli, Tuz Khurmatu, Yankaja, Sulaiman Beg), one Libyan in Ubari (its central districts, the
  Sharara field, Sabha, Ghat, with the airport road for the background) and one Tunisian in Kebili (the
  pumping station south of El Faouar, Douz, Kebili, with the Douz delegation's seat for the background); the
  main event in one of the places the plan names for its region; each article in the month the plan gives it
  (January 2017; January 2018; September 2014; November 2014; May 2017); no region, no word of the article's
  file name and no accepted place name among the places that the first paragraphs of the READMEs of sets 131
  and 133 name. Those two sets are blind, so their places are not written here: they are kept as salted
  SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared; a region of
  this set is compared with every place those paragraphs name, not only with their governorates. Places of the
  plan were among them and were replaced (see README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or more
  paragraphs) is told first in the lead ¶1 in one article only, and in ¶2 to ¶5 after another core event in
  the others, never mentioned before its trigger's paragraph; exactly two articles let the reports of a toll
  conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles132/``: no article puts its main event, its negated, rumoured, planned or
  dated historical core event or its threat at the paragraph index that the model set's article of the same
  rank uses, nor its rumoured, planned or negated core event of the same type, nor its dated historical core
  event with the same ACLED label; no no-event paragraph at an index the model set used for one of its own;
  the articles with the main event first in the lead and those with conflicting tolls are not at the model
  set's ranks; no dateline of a kind the model set (or its own model) used;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a spring town entered by the army after a deal, with the capital's water cut,
  strikes on the valley's villages, mediated talks and fighters bussed north (the entry into Buqayn as the
  main event, the pump room's damage, the strikes, the deal, the buses, the water tankers in Damascus, most
  core events about it); one about a military base partly stormed by the opposition factions, with air strikes
  on the besieged towns, shells on the capital and a medical evacuation negotiated (the storming of the
  vehicles base as the main event, the strikes on Arbin, the shells on Damascus, the talks, the evacuation
  planned, most core events about it); one about a besieged town relieved by the army, volunteers and the
  Peshmerga, with airdrops and officials' and a UN envoy's statements (the entry into Amerli as the main
  event, the siege, the airdrop, the build-up, the envoy's welcome, the MPs' demand, most core events about
  it); one about two communities' armed groups fighting for a town's central districts, with the hospital
  overwhelmed, families displaced, a mediated ceasefire broken and restored and an oil field shut (the
  fighting in Ubari as the main event, the hospital's appeal, the flight, the ceasefire and its restoration,
  the Sharara field, most core events about it); and one about a jobless youths' sit-in at an oil pumping
  station, with the valve closed, a protester run over, ministerial talks and offers, a general strike and
  clashes at the station (the clashes as the main event, the valve, the killing, the talks and the offer, the
  strike, most core events about it).

    python3 benchmarks/data/articles134/check_gold.py [--no-score]
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
    CLASH,
    DESTRUCTION,
    EXCESSIVE,
    PEACEFUL,
    RIOT,
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

GOLD = "team134.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team134-666": [7, 16], "team134-667": [4, 13], "team134-668": [8, 17],
                  "team134-669": [3, 13], "team134-670": [7, 17]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). Places of the plan are among the places of the blind paragraphs, so they
# are given here by nearby ones that they do not name (README.md, "Places replaced"): the Zabadani plain
# (Buqayn and its spring) for the valley and the spring of 666, Kebili (the pumping station south of El
# Faouar, Douz) for the governorate, the town and the sit-in of 670, and Eastern Ghouta rather than its
# governorate for 667.
REGION = {"team134-666": ("SY", "Zabadani plain", "Buqayn", "بقين"),
          "team134-667": ("SY", "Eastern Ghouta", "Harasta", "حرستا"),
          "team134-668": ("IQ", "Salahuddin", "Amerli", "آمرلي"),
          "team134-669": ("LY", "Ubari", "Ubari", "أوباري"),
          "team134-670": ("TN", "Kebili", "El Faouar", "الفوار")}
PLANNED_REGION = {"team134-666": ("SY", "Zabadani plain"), "team134-667": ("SY", "Eastern Ghouta"),
                  "team134-668": ("IQ", "Salahuddin"), "team134-669": ("LY", "Ubari"),
                  "team134-670": ("TN", "Kebili")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them)
PLANNED_TOWNS = {("SY", "Zabadani plain"): {"Buqayn", "Serghaya", "Bloudan"},
                 ("SY", "Eastern Ghouta"): {"Harasta", "Arbin"},
                 ("IQ", "Salahuddin"): {"Amerli"},
                 ("LY", "Ubari"): {"Ubari"},
                 ("TN", "Kebili"): {"El Faouar", "Douz"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team134-666": "2017-01", "team134-667": "2018-01", "team134-668": "2014-09",
                 "team134-669": "2014-11", "team134-670": "2017-05"}

# the places, regions and file-name words that the first paragraphs of the READMEs of sets 131 and 133 name,
# as digests: sha256("team134:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings
# (country names and the cities of the outlets and datelines included) and of the non-generic words of the
# English names (generic parts of names such as al, el, abu, umm, wadi, jabal, tell, tal, nahr, ain, ras,
# kafr, dar, bani, ben, suq, rif, north, south, east, west, eastern, western, southern, old, great, square,
# camp, station, post, bridge, university, market, castle, centre, base, road, entrance, quarter, compound,
# hills, border, air, medical, police, headquarters, hospital, mosque, port, island, countryside and district,
# the adjectives turkish, lebanese and saudi, and the words of, the, des and arabia, are left out of the
# words). USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all
# the rest), so that no region of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "003aa9823fd52b2a", "018b2a91369a357a", "03c8b1c791d5dd37", "048f3d72b606487e", "0670f09dcd2d98eb",
    "07c594553f3999b7", "0986dc95a80d5be8", "0ad15ac47112e2cb", "0ccecff29f97881b", "0d79fd35671d9237",
    "0e5ba0f403f6e4d0", "0edb250d948487f9", "0f1d1d95dc318950", "0f63b4ff284d6083", "0fb3fb5e5929cd25",
    "0fed5e061138b5e7", "103e1c0df11e22fc", "105ce19d4e9d6b04", "140be248428545d6", "154a8f875903ad91",
    "159e9d1facb9d6da", "16ed1953118911df", "173307ba76bb8645", "17c0d4f0070ae3d8", "191cad5cced2764b",
    "1c8ee4c055ccaced", "1cd4bc8ec38f16fc", "1d8a6b9b00798373", "1e392a0e1335f346", "1faa5f739205f709",
    "20a95d68858469d2", "20f06a169c6cf7e8", "25a50325fb54d7f2", "264945986f0dee1c", "2795e454c41320c7",
    "280f1f236caebd7b", "281ec6ba07286970", "286a0b805b1877b0", "2885cec9fb932e06", "290316ddb9093b3f",
    "295d3c1ce2e5bd49", "2b0908ca302558bd", "2da8e6872b43af2b", "2e2607c1194584eb", "2f19e7c6ece5e53d",
    "302fd2a46e2be8d1", "333e02578c03da0d", "34c957233a34a9ca", "3784893dd4ad835f", "397c38aa0a8c18a5",
    "3a341646b12f02d4", "3c23569bc7c8ba01", "3d3acafac844be2c", "3dbe14066af5e707", "3e66e5efb0dafe8a",
    "3eae045e07835c0a", "417923fd5cf6c546", "42121ff613804dfe", "42752cd28e7e8b0d", "4505016ce22caac4",
    "480e9da7974408ef", "4e1e0a792aae1df6", "4e9dbf091d147132", "4f0be529b957da69", "4fbc2a4000b40316",
    "4fbe67c88a518a39", "51e17a0fb822dbea", "5221eea35a16528c", "52bc0506381a4e99", "547dbcc9abba28c4",
    "57cf93a3b3027625", "595ce2910df8fc7f", "59644d14d42c6c38", "5b00e2449d3a8d23", "5cf100d24499b876",
    "5dd3237583e00544", "5de6a2120933e482", "6216d966a5819a20", "62a05da5c17967df", "62a65bfab0f2e6b0",
    "6324b375020f7407", "63a1b464c902b924", "64d2526e0f99c437", "662c0257ac4e6995", "669fa345f336323e",
    "6b4604b96d21ba7e", "6e53a885084e5c3d", "6f569035ae1c9b56", "713a274b36628d11", "71ec67e4e25c672f",
    "7342a184c43a9a66", "7368eeaf9f0f3a5a", "744135436071715d", "747e43e77cc7b0fe", "788a5c4b4cf3abc3",
    "7a4db5e9f4a20be1", "7b28a968d273c17a", "7d4337810ffcbcc3", "7d6f698e1ceb4e61", "7f928fd06a790e92",
    "812e955b028937d7", "8257cef5e9343531", "867a521581d0839c", "87901de823dcfab4", "8bf7e08f7a24fdbc",
    "8dcfd414859a828c", "8e5a6f70927cfd6c", "8f9aac2c94f3deb4", "91ab23ffecb4481d", "93dd62602c1af3ab",
    "95a7c23583fb5546", "989b77df39f0b7ad", "99572162f56109c4", "995fcf7e3f4ffc0f", "997f2ce5722b4de2",
    "9b86b7ca4df99d33", "9bc28eb1029f9f77", "9bd5d41ed2a44e8b", "9e42dec76bd4c54f", "9f09bdfac4de435f",
    "9f0e585f1b3f0e8c", "9f7ec7b0ed70fac6", "a0638de14f32fcb5", "a116f06ea9854b76", "a429ec2f052b5720",
    "a66df654e90cb026", "a6d253ae7a3afba4", "a74eaa06b7e8169f", "a8944401cceb6b19", "abc3f514a2c55b26",
    "ae149b25eeebc1bb", "af5ad89326939bc7", "b06f9d5a9e785e02", "b0ea4f9a447a46eb", "b0f5384dd9b9e7e2",
    "b1b7d330518f7195", "b36c136f8a863e2f", "b475b10db9ac4509", "b6fe023300b31063", "b8c1054e7968688d",
    "baa46676efe017dd", "be27f683f9220ac0", "bfa2adf03af4104c", "bfe7d330770d39ed", "c0f9f752c8c3ca8f",
    "c331393554825d66", "c576d3d6fb8a99dc", "c5a1e794dba14a03", "c6c9416148726435", "c7874ba66ec65f23",
    "cc7000cf60bc5308", "cfc3240f2802f99a", "d01df409f5a2eab0", "d13c87f256604456", "d94f840804ebef77",
    "da4f8e41e06130de", "dae9f7cf1d2d4861", "db107ae38476b773", "db3d327737c7dad7", "de0e53528bf02084",
    "deee75d268c8c66b", "dfbe28e98b83b8df", "e0254180cbf35f75", "e23cd283fc2149f0", "e29dae68697cbf95",
    "e52a139fd11fb5f7", "e7eb348299d9637a", "e87f104287b67d8b", "e9702cf70b8f7c5d", "e9dca842cc1f129c",
    "eb2df13981c60beb", "eba5df10b5f8df3a", "eba9f8586415e17a", "ec9fad3084bcabd7", "f1a06c5589a2533c",
    "f2039ab4ecbe61db", "f3cad45532ad7673", "f5934533cf836b04", "f5bd196f640e36a7", "f5d231da120cab36",
    "f7dc968409fbd871", "f862fa2580b4c2fb", "fe9d9ed6ecc90a3a", "ff94743a35d63995",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "048f3d72b606487e", "07c594553f3999b7", "0d79fd35671d9237", "0edb250d948487f9", "0fb3fb5e5929cd25",
    "173307ba76bb8645", "17c0d4f0070ae3d8", "191cad5cced2764b", "1cd4bc8ec38f16fc", "1d8a6b9b00798373",
    "20f06a169c6cf7e8", "25a50325fb54d7f2", "264945986f0dee1c", "280f1f236caebd7b", "286a0b805b1877b0",
    "2885cec9fb932e06", "290316ddb9093b3f", "2b0908ca302558bd", "2f19e7c6ece5e53d", "333e02578c03da0d",
    "3784893dd4ad835f", "3d3acafac844be2c", "3dbe14066af5e707", "3e66e5efb0dafe8a", "42121ff613804dfe",
    "42752cd28e7e8b0d", "4e1e0a792aae1df6", "4e9dbf091d147132", "4fbc2a4000b40316", "5221eea35a16528c",
    "547dbcc9abba28c4", "59644d14d42c6c38", "5dd3237583e00544", "6216d966a5819a20", "62a65bfab0f2e6b0",
    "63a1b464c902b924", "64d2526e0f99c437", "6b4604b96d21ba7e", "7342a184c43a9a66", "744135436071715d",
    "788a5c4b4cf3abc3", "7b28a968d273c17a", "7d6f698e1ceb4e61", "867a521581d0839c", "8f9aac2c94f3deb4",
    "99572162f56109c4", "995fcf7e3f4ffc0f", "997f2ce5722b4de2", "9e42dec76bd4c54f", "a116f06ea9854b76",
    "a429ec2f052b5720", "a6d253ae7a3afba4", "a8944401cceb6b19", "abc3f514a2c55b26", "b0ea4f9a447a46eb",
    "b0f5384dd9b9e7e2", "b1b7d330518f7195", "b6fe023300b31063", "bfe7d330770d39ed", "c576d3d6fb8a99dc",
    "d01df409f5a2eab0", "d13c87f256604456", "d94f840804ebef77", "da4f8e41e06130de", "de0e53528bf02084",
    "dfbe28e98b83b8df", "e0254180cbf35f75", "e29dae68697cbf95", "e7eb348299d9637a", "e87f104287b67d8b",
    "e9702cf70b8f7c5d", "e9dca842cc1f129c", "eb2df13981c60beb", "eba5df10b5f8df3a", "f1a06c5589a2533c",
    "f862fa2580b4c2fb", "ff94743a35d63995",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds and those of its own model are in MODEL_DATELINE_KINDS)
DATELINE = {"team134-668", "team134-669", "team134-670"}
DATELINE_KIND = {"team134-668": ("طوزخورماتو", "the centre of the district the besieged town belongs to, "
                                               "where the volunteers and the forces gathered"),
                 "team134-669": ("سبها", "the largest city of the region, where many of the displaced "
                                         "families took refuge"),
                 "team134-670": ("قبلي", "the governorate's seat, where the minister negotiated with the "
                                         "sit-in's delegates")}
MODEL_DATELINE_KINDS = {"a front-line town that the offensive aimed at, where the outlet sits, not the main "
                        "event's town",
                        "a town across the border in a neighbouring country, where the correspondent stays",
                        "a distant port city where the parliament that backs the campaign sits",
                        "the country's capital, far from the front, where the outlet sits",
                        "a shrine city of a neighbouring governorate, where the wounded are treated",
                        "the event's own town, where the correspondent lives"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team134-666": "Beirut-based Lebanese daily newspaper's website, close to Damascus",
               "team134-667": "Douma-based Eastern Ghouta opposition news agency's website",
               "team134-668": "Baghdad-based Iraqi Shiite Islamist party's satellite channel's website",
               "team134-669": "Sabha-based Fezzan community radio's website",
               "team134-670": "Tunis-based Tunisian trade-union weekly's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team134-667": [41, 28], "team134-669": [17, 24]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles132/README.md), by rank (its articles 656 … 660): the trigger
# paragraph of the main event, of the negated, rumoured, planned and dated historical core events and of the
# threat; the types of its negated, rumoured and planned core events and the ACLED label of its dated
# historical one; its no-event paragraphs; the ranks of its articles with the main event first in the lead
# and with conflicting tolls
MODEL_PLACES = [
    {"main": 4, "negated": 12, "rumored": 10, "planned": 16, "historical": 11, "threat": 7},
    {"main": 1, "negated": 15, "rumored": 11, "planned": 17, "historical": 12, "threat": 9},
    {"main": 3, "negated": 13, "rumored": 14, "planned": 16, "historical": 11, "threat": 10},
    {"main": 2, "negated": 14, "rumored": 10, "planned": 16, "historical": 12, "threat": 8},
    {"main": 4, "negated": 15, "rumored": 11, "planned": 17, "historical": 13, "threat": 9},
]
MODEL_KINDS = [
    {"negated": "AGREE", "rumored": "RETREAT", "planned": "PROTEST", "historical": SHELL},
    {"negated": "AID", "rumored": "MOBILIZE", "planned": "CONSULT", "historical": CLASH},
    {"negated": "COERCE", "rumored": "COERCE", "planned": "PROTEST", "historical": EXCESSIVE},
    {"negated": "RETREAT", "rumored": "CONSULT", "planned": "AID", "historical": CLASH},
    {"negated": "CONSULT", "rumored": "RETREAT", "planned": "CONSULT", "historical": CLASH},
]
MODEL_NO_EVENT = {2, 5, 6, 9, 10, 11, 12, 14, 15}
MODEL_LEAD_FIRST_RANKS = {1}
MODEL_TOLL_CONFLICT_RANKS = {2, 4}

# constructions the plan asks for somewhere in the set (none of them is among those the model set lists)
CONSTRUCTIONS = {
    "a threat made conditional with «أينما», «مهما», «مَن», «حيثما» or «أيّ»":
        re.compile(r"«أينما |مهما اشتد |«مَن يبقَ |حيثما وُجدوا|«أيّ تحرك "),
    "another source's count opened with «بيد أن» or «في المقابل»":
        re.compile(r"^(?:بيد أن |في المقابل، )", re.M),
    "a back-reference to the main event opened with «ويستعيد», «ويسرد», «ويروي» or «ويقصّ»":
        re.compile(r"^(?:ويستعيد|ويسرد|ويروي|ويقصّ) ", re.M),
    "a description opened with «يعرف السوريون», «تمتد», «يعيش في», «يبلغ عدد سكان» or «لا يتجاوز عدد سكان»":
        re.compile(r"^(?:يعرف السوريون |تمتد |يعيش في |يبلغ عدد سكان |لا يتجاوز عدد سكان )", re.M),
    "passives «أُصيب», «استُعملت», «أُغلقت», «زُرعت», «ضُبط», «دُفنت», «أُسعفوا», «حُفر»":
        re.compile(r"أُصيب|استُعملت|أُغلقت|زُرعت|ضُبط|دُفنت|أُسعفوا|حُفر"),
    "a participle clause («مؤكداً», «معتبراً», «مبدياً», «موضحاً», «متهمة», «مستنكراً», «داعيةً», «منبهاً», "
    "«مشيدةً», «معتبرةً»)":
        re.compile(r"، (?:مؤكداً|معتبراً|مبدياً|موضحاً|متهمة|مستنكراً|داعيةً|منبهاً|مشيدةً|معتبرةً) "),
    "a death told with «لقي … حتفهم», «فارق الحياة», «راح … ضحية» or «لقوا مصرعهم»":
        re.compile(r"لقي [^،.]{0,30}حتفهم|ففارق الحياة|راح ستة مدنيين، بينهم طفلان، ضحية"
                   r"|راح ضحيتها|لقوا مصرعهم"),
    "a toll written in digits":
        re.compile(r"(?:23|41|28|56|17) (?:قتيلاً|عنصراً|إرهابياً|شخصاً)"),
    "platforms in quotes («واتساب», «تلغرام»)": re.compile(r"«واتساب»|«تلغرام»"),
    "«إثر» or «على وقع» inside the sentence": re.compile(r"على إثر |، على وقع "),
}

# theme (a): a spring town entered by the army after a deal, with the capital's water cut, strikes on the
# valley's villages, mediated talks and fighters bussed north (Buqayn)
SPRING = "team134-666"
# theme (b): a military base partly stormed by the opposition factions, with air strikes on the besieged
# towns, shells on the capital and a medical evacuation negotiated (Harasta)
BASE = "team134-667"
# theme (c): a besieged town relieved by the army, volunteers and the Peshmerga, with airdrops and officials'
# and a UN envoy's statements (Amerli)
SIEGE = "team134-668"
# theme (d): two communities' armed groups fighting for a town's central districts, with the hospital
# overwhelmed, families displaced, a mediated ceasefire broken and restored and an oil field shut (Ubari)
COMMUNITIES = "team134-669"
# theme (e): a jobless youths' sit-in at an oil pumping station, with the valve closed, a protester run over,
# ministerial talks and offers, a general strike and clashes at the station (El Faouar)
SIT_IN = "team134-670"


def spring_theme(core, lines, main):
    entered = bool(main and main.get("acled") == CLASH and "بقين" in para_text(lines, main)
                   and "منشأة النبع" in para_text(lines, main))
    damaged = [g for g in of_type(core, lines, "ASSAULT", "نبع بقين", done=True)
               if g.get("acled") == DESTRUCTION]
    strikes = [g for g in of_type(core, lines, "ASSAULT", "سرغايا", done=True) if g.get("acled") == AIR]
    deal = [g for g in of_type(core, lines, "AGREE", "وجهاء", done=True) if g.get("acled") == AGREEMENT]
    buses = of_type(core, lines, "RETREAT", "الحافلات", "الشمال", done=True)
    water = of_type(core, lines, "AID", "الصهاريج", "دمشق", done=True)
    words = ("بقين", "النبع", "الجيش السوري", "المسلحين", "دمشق", "بلودان")
    return bool(entered and damaged and strikes and deal and buses and water and mostly(core, lines, words))


def base_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "إدارة المركبات" in para_text(lines, main))
    strikes = [g for g in of_type(core, lines, "ASSAULT", "عربين", done=True) if g.get("acled") == AIR]
    shells = [g for g in of_type(core, lines, "ASSAULT", "دمشق", done=True) if g.get("acled") == SHELL]
    talks = of_type(core, lines, "CONSULT", "حالة مرضية", done=True)
    evacuation = [g for g in of_type(core, lines, "RETREAT", "الحالات المرضية")
                  if g["factuality"][0] == "planned"]
    words = ("حرستا", "الثوار", "قوات النظام", "الغوطة", "الثكنة", "الروسي")
    return bool(stormed and strikes and shells and talks and evacuation and mostly(core, lines, words))


def siege_theme(core, lines, main):
    relieved = bool(main and main.get("acled") == CLASH and "آمرلي" in para_text(lines, main)
                    and "البيشمركة" in para_text(lines, main))
    siege = of_type(core, lines, "COERCE", "تطوقها", done=True)
    airdrop = of_type(core, lines, "AID", "الطحين", done=True)
    volunteers = of_type(core, lines, "MOBILIZE", "المتطوعين", done=True)
    envoy = of_type(core, lines, "SUPPORT", "الممثل الخاص", done=True)
    officials = of_type(core, lines, "REQUEST", "نواب", done=True)
    words = ("آمرلي", "داعش", "الحشد", "البلدة", "التنظيم", "الحصار")
    return bool(relieved and siege and airdrop and volunteers and envoy and officials
                and mostly(core, lines, words))


def communities_theme(core, lines, main):
    fight = bool(main and main.get("acled") == CLASH and "الأحياء الوسطى" in para_text(lines, main)
                 and "الطوارق" in para_text(lines, main) and "التبو" in para_text(lines, main))
    hospital = of_type(core, lines, "REQUEST", "مستشفى", done=True)
    displaced = of_type(core, lines, "RETREAT", "نزحت", done=True)
    ceasefire = [g for g in of_type(core, lines, "AGREE", "وسطاء", done=True) if g.get("acled") == AGREEMENT]
    restored = of_type(core, lines, "CONCEDE", "وقف إطلاق النار", done=True)
    oil = of_type(core, lines, "COERCE", "حقل الشرارة", done=True)
    words = ("أوباري", "الطوارق", "التبو", "الطرفين", "سبها", "وقف إطلاق النار")
    return bool(fight and hospital and displaced and ceasefire and restored and oil
                and mostly(core, lines, words))


def sit_in_theme(core, lines, main):
    clashes = bool(main and main.get("acled") == RIOT and "محطة الضخ" in para_text(lines, main))
    valve = [g for g in of_type(core, lines, "PROTEST", "«الفانا»", done=True) if g.get("acled") == PEACEFUL]
    run_over = [g for g in of_type(core, lines, "ASSAULT", "دهست", done=True)
                if g.get("acled") == EXCESSIVE and g.get("fatalities")]
    talks = (of_type(core, lines, "CONSULT", "وزير", done=True)
             and of_type(core, lines, "AGREE", "انتداب", done=True))
    strike = [g for g in of_type(core, lines, "PROTEST", "إضراب عام", done=True) if g.get("mode") == "strike"]
    words = ("المعتصم", "الاعتصام", "المحطة", "الفوار", "دوز", "الحرس")
    return bool(clashes and valve and run_over and talks and strike and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 131 and 133"


def model_checks(docs):
    """This set's placements against the model set's (error strings): per article, the trigger paragraphs of
    the main event and of the negated, rumoured, planned and dated historical core events and of the threats
    are not the index the model set's article of the same rank uses, and its negated, rumoured and planned
    core events are not of the type, nor its dated historical core events of the ACLED label, of the model's;
    no no-event paragraph at an index the model set used; the ranks of the lead-first articles and of the
    conflicting tolls are not the model set's; the dateline kinds are not the model set's nor its model's."""
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
    themes = {"a spring town entered by the army after a deal, with the capital's water cut, strikes on the "
              "valley's villages, mediated talks and fighters bussed north": (SPRING, spring_theme),
              "a military base partly stormed by the opposition factions, with air strikes on the besieged "
              "towns, shells on the capital and a medical evacuation negotiated": (BASE, base_theme),
              "a besieged town relieved by the army, volunteers and the Peshmerga, with airdrops and "
              "officials' and a UN envoy's statements": (SIEGE, siege_theme),
              "two communities' armed groups fighting for a town's central districts, with the hospital "
              "overwhelmed, families displaced, a mediated ceasefire broken and restored and an oil field "
              "shut": (COMMUNITIES, communities_theme),
              "a jobless youths' sit-in at an oil pumping station, with the valve closed, a protester run "
              "over, ministerial talks and offers, a general strike and clashes at the station": (SIT_IN,
                                                                                                   sit_in_theme)}
    errs = planned_set_checks(HERE, docs, globals(), salt="team134", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "TN": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Tunisian"))
    return errs + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team134", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
