#!/usr/bin/env python3
"""Check team131.gold.json (the hundred-and-thirty-first team set, team131-651 ... team131-655) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
The plan is checked through ``goldkit.planned_set_checks``: per article ``goldkit.article_plan_checks``
(``goldkit.article_checks`` and ``goldkit.layout_checks``) and ``goldkit.article_shape_checks`` (with
``goldkit.region_year_checks`` and ``goldkit.used_before_checks``), then ``goldkit.set_plan_checks``; then
``goldkit.run_checks`` (the label and role/place/date checks) and ``goldkit.check_main``. That is:
- every trigger lies inside its own paragraph and on word boundaries; paragraphs of 60 to 500 characters, of
  widely unequal length, one under 120 and one over 400 in each article; a core event with fatalities told in
  three or more paragraphs, a dated historical core event at another place, a rumoured, a planned, a THREATEN
  and a negated core event, optional events and at least two no-event paragraphs in each article;
- a headline and 17 paragraphs, 5,000-5,200 characters an article; five outlets of five different kinds and
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 126-128
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (652, 654, 655), of three kinds that
  neither the model set (129) nor the sets it names as its models used (a government-held town at the mouth
  of the valley of the event, the town where the wounded of the event were taken, an island off the coast of
  the event's governorate); the two others (651, 653) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Rif Dimashq: Ain al-Fijah; Aleppo: al-Atarib), one
  Libyan in the Bani Walid district (Bani Walid), one Yemeni in Saada (Dammaj) and one Tunisian in Medenine
  (Ben Guerdane), each main event in one of its region's towns; no governorate, file-name word or accepted
  place name among the places of the first paragraphs of the READMEs of sets 126, 127, 128 and 129, of the
  model set (129), of the regions the brief keeps for set 130 (written at the same time) and of the older
  regions it lists, which are kept here only as salted digests (``goldkit.place_digest``);
- the months: 2012-10, 2017-01, 2013-10, 2021-03, 2016-03 (five years, nine apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (652, 655), not in the model
  set's, and in ¶2-¶5 after another core event in the others; the tolls conflict in two articles only (651,
  655), each with two attributed sources and the gold keeping the lowest count; every toll reported is written
  in the main event's paragraphs; the no-event paragraphs differ between articles and never fall where the
  model set put its own; the main event, the background act, the rumoured, planned and negated acts and the
  threat of each article never fall at the paragraph index the model set used for them in its article of the
  same rank; the rumoured, planned and negated acts are never of the type (the background act never of the
  type and mode), and the threat never told through the medium, of the model set's article of the same rank
  (nor through any medium of the model set or of its own model); neither the conflicting tolls nor the
  datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a surgical hospital shelled, its patients moved and its staff
  calling a strike (654); (b) one mostly about a border town's barracks attacked at dawn and its people
  rallying behind the soldiers (655).

    python3 benchmarks/data/articles131/check_gold.py [--no-score]
"""
import calendar
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    CLASH,
    HAPPENED,
    SHELL,
    TYPES,
    main_event,
    main_type,
    para_text,
    place_digest,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team131.gold.json"
N_ARTICLES = 5
SALT = "team131"
IDS = ["team131-651", "team131-652", "team131-653", "team131-654", "team131-655"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team131-651": [5, 14], "team131-652": [4, 10], "team131-653": [2, 8],
                  "team131-654": [7, 17], "team131-655": [7, 14]}
MODEL_NO_EVENT_INDEXES = {3, 6, 9, 11, 12, 13, 15, 16}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team131-651": ("LY", "Bani Walid", "Bani Walid", "بني وليد"),
          "team131-652": ("SY", "Rif Dimashq", "Ain al-Fijah", "عين الفيجة"),
          "team131-653": ("YE", "Saada", "Dammaj", "دماج"),
          "team131-654": ("SY", "Aleppo", "al-Atarib", "الأتارب"),
          "team131-655": ("TN", "Medenine", "Ben Guerdane", "بن قردان")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("LY", "Bani Walid"): {"Bani Walid"},
                 ("SY", "Rif Dimashq"): {"Ain al-Fijah"},
                 ("YE", "Saada"): {"Dammaj"},
                 ("SY", "Aleppo"): {"al-Atarib"},
                 ("TN", "Medenine"): {"Ben Guerdane"}}
# the month each article is published in
PLANNED_MONTH = {"team131-651": "2012-10", "team131-652": "2017-01", "team131-653": "2013-10",
                 "team131-654": "2021-03", "team131-655": "2016-03"}
YEAR_SPREAD = 9

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 126, 127, 128 and 129 name (settings, outlet bases, datelines), the model set's regions, places,
# outlet bases and dateline cities (set 129), the regions the brief keeps for set 130 (written at the same
# time) and the older regions it lists, and the words of the file names of sets 18 and 129; the names
# themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "00836f427f94c2c1", "0983d1de983ad088", "0a24e31cb0ce368a", "0f4b32330eb62ee7", "101bfdc91e846cff",
    "12be2876046277df", "15396239c80dba30", "1d91b0b555e01b0e", "1f468236e36729bb", "22250b85136efcdf",
    "25da6413acd9bf50", "26175ee556088f4b", "29b983b2ea6988ce", "2d14623d50186117", "34c3bc1756fa7276",
    "367a160d84a66b95", "41a68b3c76fd8cb5", "4428df1a320efb4b", "46c813a6138a4b5d", "479e4a0bf5e5576b",
    "49ea6ade74275a2c", "49f3c1e2b9908dd9", "4fb9f7036bb20257", "517b77da453b373b", "5226ead1783f1846",
    "538191e142dbfeb6", "53c70a0f7796f6b5", "54280113298a4c3d", "54b62f4e8b212d4c", "5561a213b482a847",
    "559fb6789a5b2750", "55a8a8548321b00e", "574cdcc1dc40c5a1", "5773c5ab6d046123", "58f0718dcb952c1f",
    "5a8eddaec439e340", "5ce911c9889e8c80", "5fed33f8996c3ce7", "6088708b3d5c861e", "63b413e3805af483",
    "64adc7f4c64bd8c9", "65110246087b58ff", "66f0184ffc5e37cb", "6723c87f4bb97bd6", "6ca16f288a7d2134",
    "711d11584b174474", "71a2a82c8e25ea38", "7325f0277a203f77", "739afc6de027705a", "75cde4fd1030eb89",
    "7be163ab9fb27c35", "86f12b4ba2a46c98", "8f2cb0500a7ea1c6", "923caa71a8559547", "984645e938007451",
    "9895907583f5e1c6", "a10e805a82fd1006", "a57cc8c8dd9ef68a", "a642d1778a6e47e9", "a83aba4e7683423a",
    "a97459d6136feed1", "ab4589da6b31edbe", "ad4ed499109517d8", "ae993b38d2ef5b19", "b1bfbb5fcd2d10f0",
    "b438c72dd60cf6ae", "b6feefe5142ecf45", "b7584ac1a9e66704", "b91c242c63632c7d", "ba597f5b1461b3db",
    "bb969ed96cbc617f", "bf488c36140ab92c", "c877d35dbf05266e", "c9db0d68bc9cc14e", "ca81df757a84f3f8",
    "d06755e6146ce1b7", "d50ab073ec7fdda6", "d52405dd9a498307", "d741154231d1ca23", "d8d9f5c3d3d8c4f8",
    "da432ca241488ef7", "de2b50a1c3224175", "e00ec86f4b8f4beb", "e0be6223a3fc6f0f", "e6fcec4e5539a983",
    "eba00f3d596d744a", "ef34d666d02e63c7", "f08f71aa49c14f6a", "f482ff164a017aed", "f591fca392ea02a2",
    "fbb8c3785d09d004", "ff92718a91598c70",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0263d82bbac70335", "0554438f281a4086", "0cd91aa1de26891d", "0ec27769ef18ba87", "1854a37d9f338485",
    "18f872013c04290d", "1a625536f41bc6de", "1dedb599207cf225", "210894a7dc7c5eb3", "23fc91969c32b393",
    "28489ffa6511668d", "2dbc1cc1070a8627", "30515df7fb9ef8f5", "3605febd329da1fc", "3bce63f377224eeb",
    "3ff43fb8f416cce9", "4843492d956823bb", "4a6d8924e5d32e3d", "4d8f09afa829667e", "54066a3e6c83d025",
    "57c08ea4bbcd5cf5", "668959b5f958cfe6", "66f0184ffc5e37cb", "722892c19232d460", "72a962d32893c2a6",
    "7789f867d1e2d9e1", "82545b9f54d9f499", "8bf602601318a0e5", "9522ec27be90ca12", "9760efe42c0fd35c",
    "a8a78ccac7b665af", "af9bc24366289182", "b09fb250b709878a", "b784efb200ad9aa1", "b8bf4749a969a3d3",
    "bb535c67fa89f293", "c324b04823917e6e", "c3dc32f1386c9636", "c603cdbf22562268", "cbcebec85c593f48",
    "cc53d192bd013385", "d326464022556631", "d9387ec3bf8b720e", "e143a48aa0d60cdd", "e26283f441984277",
    "e790779d26978c33", "e8e7a5da7ab19192", "e970f7e01ae56a0d", "eba00f3d596d744a", "f2f34bc50eefe3e4",
})
USED_PLACE_DIGESTS = frozenset({
    "00836f427f94c2c1", "009b92b7c041fb64", "0167adfb5023fa9f", "0263d82bbac70335", "029fa9bfafe2c60b",
    "040484d55af891fd", "045edf825382aa89", "04c23ffe7f7115de", "0554438f281a4086", "07d07a71a79940e2",
    "0983d1de983ad088", "0a24e31cb0ce368a", "0a6c96100ef067f2", "0aabf4febaf3da82", "0af5007c348d31ff",
    "0b3a5c326b1cab06", "0b7cc8fa95a06c46", "0b931d4f9aef41f0", "0cd91aa1de26891d", "0d0fd6d863069389",
    "0d2374c90a556189", "0d24a21bd41eeb60", "0e07c3b11ccdd5d5", "0ec27769ef18ba87", "0efeb8552934d36b",
    "0f19ce7d7875dbcc", "0f4b32330eb62ee7", "101bfdc91e846cff", "106e34e71bac0c0a", "10f72dde9f12d9f9",
    "11ddb303df83ab2b", "1205f378872ac94a", "128c4cdf06981e25", "12be2876046277df", "136eb5532c47dcd4",
    "1432049f8b98b0df", "148419b66bde4123", "15396239c80dba30", "154feffb6a8ae28f", "156cf6c757c97ac1",
    "15773cbf8f84f604", "164a196adf8fee05", "16b47e0526f2238c", "1854a37d9f338485", "18f872013c04290d",
    "1998cb034dec8312", "19d9d26fc28ad383", "19e448cb1e5e614c", "1a481f173694de29", "1a625536f41bc6de",
    "1a9e0f139570fe4f", "1c4c4a17d551de89", "1d259674903ca835", "1d91b0b555e01b0e", "1dedb599207cf225",
    "1e2fdf23002170df", "1e98bd29d894544a", "1f468236e36729bb", "1fb8851998797f61", "20cee85cc355c3e4",
    "210894a7dc7c5eb3", "2130c935932af942", "2172a099a136f11e", "21a9bceed041eb71", "22250b85136efcdf",
    "23fc91969c32b393", "2575d15e6451ce02", "258c2fb11ba9e6b4", "25da6413acd9bf50", "26175ee556088f4b",
    "27e1a4ce811dd4bb", "28489ffa6511668d", "28d1420de94f399d", "294c05dbda0de0c8", "294ca972b22f4f31",
    "29b983b2ea6988ce", "2a360cd2be6428f0", "2a61915e5d859625", "2aae2e639bbafe66", "2b23f27651e9cd6f",
    "2b7903e5996fcfc4", "2ca035f3af508b65", "2ca787042b8a3060", "2cb3d45d67519757", "2d14623d50186117",
    "2d545aef1202d283", "2dbc1cc1070a8627", "2e3ccc08a2aca58e", "2ea6532981be20a9", "2fb8d609ee00af22",
    "2fdb13f6e510aa0e", "30515df7fb9ef8f5", "30b3b6ce98c3c545", "315d4367be0506d3", "31b68e4a5588b187",
    "337b3bdaad61cb74", "33e71bf02bb77ad4", "34c3bc1756fa7276", "35871f494c96aa67", "3605febd329da1fc",
    "367a160d84a66b95", "368c4d4e8c2e5b74", "36e5031e22232489", "3890a7e89e215a95", "390fc212b385321d",
    "39633eb1e7b26143", "39ab70aba652baf5", "3a12fc9c4b989a6a", "3a38964fd31e493d", "3bce63f377224eeb",
    "3c08e3376d28ccdb", "3c3b368053a58b93", "3c60f8be4df0670a", "3cb9ea34494bacb9", "3ccc972cefa9181d",
    "3d0b1c427a58b65e", "3d5a564fb400b135", "3d8d9884dbf62fcf", "3ddd1c44e3cbf8c2", "3ff43fb8f416cce9",
    "416b1e812823bb60", "41a68b3c76fd8cb5", "41e7cafa2799bf0a", "426484da29b722da", "42a3b16798f6d4b6",
    "42dd6a083e7a4d41", "435b81e314fe574d", "43bddb166500fa2c", "4428df1a320efb4b", "445a76de1391766d",
    "44c01fcf7e66fe93", "44d20b0b5329e05b", "44e03eb7f9ae43cc", "460a85cb95c5958d", "46c813a6138a4b5d",
    "479e4a0bf5e5576b", "4843492d956823bb", "49ea6ade74275a2c", "49f06c41bbff7d0f", "49f3c1e2b9908dd9",
    "4a292ac5bbbbc23f", "4a6d8924e5d32e3d", "4d8f09afa829667e", "4db781f6ed0a56f9", "4f1fa8de4b668e37",
    "4fb9f7036bb20257", "50f110ebf2d26ae2", "517b77da453b373b", "5226ead1783f1846", "52ce7281a896d203",
    "538191e142dbfeb6", "53c70a0f7796f6b5", "54066a3e6c83d025", "54075e6ef88494ef", "54280113298a4c3d",
    "54b62f4e8b212d4c", "5561a213b482a847", "559fb6789a5b2750", "55a8a8548321b00e", "55e0694920d44dc6",
    "5611de39f15ff298", "5631c7a0ce598e68", "574cdcc1dc40c5a1", "5773c5ab6d046123", "57c08ea4bbcd5cf5",
    "58a9b599cca2baa9", "58f0718dcb952c1f", "594f5d78973e364d", "59be8733458a8591", "59d590f9dc012b85",
    "5a8eddaec439e340", "5b15c4527235c7dd", "5ce911c9889e8c80", "5cff43ff7a08dfa9", "5ddf0e990328215e",
    "5dff876085d3f24b", "5e3020c4e40f271f", "5e8abe4cbef5e59d", "5e9b5dfc37976fbc", "5ebaa96e599cb690",
    "5f18c0eec43535ee", "5f80e45fe1ef89d0", "5fed33f8996c3ce7", "6088708b3d5c861e", "61d8d939e14734a1",
    "62e4dda6e77eb715", "62e8035810a55180", "6334058cce959fac", "63b413e3805af483", "63bc58167309edf3",
    "63de39f31323fb1b", "6479458603607649", "64adc7f4c64bd8c9", "65110246087b58ff", "652a7945b5c06d2e",
    "657b60de8ab1ccee", "668959b5f958cfe6", "668f4ef8e320068c", "669cb1ecf68d9ab6", "66f0184ffc5e37cb",
    "6723c87f4bb97bd6", "69c83f9e15352674", "6a3a76e6eef618e4", "6b890ea4b9237359", "6c77544af338c875",
    "6ca16f288a7d2134", "6d0062d0a6427044", "6d7cb614daeb6a71", "6e06bdad48ced0a5", "6e229998bb2a473c",
    "6e8546b53853af0a", "70fd03e0864defd1", "711d11584b174474", "71a2a82c8e25ea38", "722892c19232d460",
    "722aa36d80bfb440", "72a962d32893c2a6", "72ace7ded38ec24a", "7325f0277a203f77", "739afc6de027705a",
    "75460569b24ab49f", "75cde4fd1030eb89", "75d14d447dc605a5", "763301b9d06095b3", "7789f867d1e2d9e1",
    "78a4a081ddd86504", "79035ff719720289", "796275a7e5d93a89", "79912041a7ff7a90", "7a98e4de09870196",
    "7bd70beb01697629", "7be163ab9fb27c35", "7fd58efdd54e3265", "80f23d2ca603febe", "82545b9f54d9f499",
    "82d21da2a1b51e2c", "82f8f0afce9f992b", "863f0e6da32789f4", "864d4ea07ba7e36f", "86f12b4ba2a46c98",
    "87842a80445114ca", "8a74fd10296f2f70", "8bf602601318a0e5", "8f2cb0500a7ea1c6", "8fd05d95a00672ef",
    "9039a585dc3dcbe5", "91870e83c8a7021f", "91c11396453f4cbd", "91dd46d5f7b4558e", "923caa71a8559547",
    "92cd07e5c8d36899", "9522ec27be90ca12", "95e388d198a0ffc1", "95ea29ee455ddd35", "96d5100ca1fc49ea",
    "9760efe42c0fd35c", "977b7fa3df03f580", "983d6bac3eabaf83", "984645e938007451", "9895907583f5e1c6",
    "9a12f51fd1ce8776", "9b3c05a93db13da5", "9ba26c9e9bd9bcaa", "9c2d45e32fe0f962", "9d49daf19863d70e",
    "9d9a328f6555a288", "9e06873f4502b390", "9ec6ec02c185bb05", "a0592be133d6ba22", "a07d8d111a574aa2",
    "a10e805a82fd1006", "a11fec5a62fe9c54", "a1d2b66b2775aa67", "a331c790c0acdfeb", "a37324f09251aaf3",
    "a4fb1c7a18142c88", "a57cc8c8dd9ef68a", "a642d1778a6e47e9", "a668f90b57b8e6bd", "a7b8c82973984b66",
    "a82441d8448eea0a", "a83aba4e7683423a", "a8a78ccac7b665af", "a8e7aed78151de97", "a97459d6136feed1",
    "a99f22023fbcfb99", "aacf6cda55890ac8", "ab38ac6a09115c9c", "ab4589da6b31edbe", "abc301be40ca543b",
    "ac58ecde765f354a", "ad4ed499109517d8", "ad5b7abbc97ac69e", "adfe2c7144f22b07", "ae12751e4dd935f7",
    "ae993b38d2ef5b19", "aed003feb7028eda", "af9bc24366289182", "b0989944da270f08", "b09fb250b709878a",
    "b1bfbb5fcd2d10f0", "b1f25bde36fbba11", "b234538da223f712", "b3003c1c944ec26e", "b3d4cc0c4b5992cc",
    "b438c72dd60cf6ae", "b5538b7e5c3be917", "b57e3fa784cdac3c", "b600b8c95bfae029", "b69fa1286a1c54dc",
    "b6feefe5142ecf45", "b7584ac1a9e66704", "b784efb200ad9aa1", "b82b1a5dc524c01c", "b84c2d2e90c072ab",
    "b85f652b6501355c", "b8bf4749a969a3d3", "b91c242c63632c7d", "ba351686cf059314", "ba597f5b1461b3db",
    "bb535c67fa89f293", "bb969ed96cbc617f", "be332cfea3ea0990", "bf488c36140ab92c", "c0f8f0e57b023d33",
    "c1e2b40e37e9dcc0", "c1e5fa9a45841cfa", "c21c4a766759f86c", "c25e616066e2cce4", "c2607b73cec1ad8a",
    "c2b86126f22c90e3", "c324b04823917e6e", "c3435be86bb7f9d1", "c3dc32f1386c9636", "c603cdbf22562268",
    "c7123c5575dfff5a", "c78d06d677d73a02", "c7b3df96bcc8a54a", "c82be3a4151f8233", "c877d35dbf05266e",
    "c8fdfe470da23dd1", "c9664d233626cba2", "c9db0d68bc9cc14e", "ca81df757a84f3f8", "cbcebec85c593f48",
    "cc4eb790fc52da9b", "cc53d192bd013385", "cc5729ae953f2b23", "ccae3c9e5edb4b59", "cdea175061a05874",
    "ce5b4ebbfc38a541", "cfcf998c0a89cfb6", "d06755e6146ce1b7", "d0c3c9ea56097834", "d0dd74b1e19a31de",
    "d326464022556631", "d37a2538a357abff", "d4f3879d5862077d", "d50ab073ec7fdda6", "d52405dd9a498307",
    "d5b922000e473d39", "d5c3271bf0804bb4", "d5eb83f47eacc2b1", "d6deeada5f174529", "d704e5deb1bada64",
    "d741154231d1ca23", "d765d8708af26340", "d77d59836590ff8c", "d79ea1d0a728d954", "d83a25caa7f3c8e8",
    "d8a2290a0e77b4e2", "d8d9f5c3d3d8c4f8", "d92c325cab4d30cb", "d9387ec3bf8b720e", "d953b685841a9b94",
    "da432ca241488ef7", "daf7a7b1526b7f62", "db1ffb2e19491267", "dc26a82cc636cd2e", "dc64c0649fac4dac",
    "dcf7cfd903f38611", "de2b50a1c3224175", "df6156f553e3ac54", "e0096e253216aa8f", "e00ec86f4b8f4beb",
    "e0be6223a3fc6f0f", "e143a48aa0d60cdd", "e26283f441984277", "e29df74af8d2021a", "e388deb618113057",
    "e3b55b82920db0bd", "e465fbedd0aeab58", "e47b9f34fd78a825", "e4c2728a85ce5cc9", "e5507e3587a1e7dd",
    "e5ad1fb10f5971a1", "e5f0e43f329a6bff", "e62eba92b445a0fe", "e6a38c674fb382ad", "e6fcec4e5539a983",
    "e790779d26978c33", "e8102b68269320a5", "e815c0247af13cd6", "e88ab47bfe9d905c", "e8afbe7935800451",
    "e8cd03ee6d6348ec", "e8e7a5da7ab19192", "e970f7e01ae56a0d", "ea88caafedfe4f0b", "ead5217d30afd3c4",
    "eb125e75a85acaba", "eb4480fab65fa51e", "eba00f3d596d744a", "eed5fea58df1318e", "ef34d666d02e63c7",
    "efdf048986eb4e23", "f05b7cc78a275979", "f08f71aa49c14f6a", "f0db09e6012e5671", "f0e472240221b24b",
    "f146edc740516257", "f200fd8f355799bb", "f25f6ffa1da417c5", "f2f34bc50eefe3e4", "f3ced9e5d6b5c9a5",
    "f426ab29d6f12a9d", "f482ff164a017aed", "f591fca392ea02a2", "f5d207d89a134ef5", "f631336b684f0400",
    "f6b2dd2c913651b3", "f851e7c7c8997472", "fa99985d0b527d79", "fb207da8f5d5d392", "fbb8c3785d09d004",
    "fbc24ec4fcb423f4", "fbd574de606cb210", "fc433336870b4f00", "fcb9f34a76c61a13", "fd903a340143c50c",
    "fdb55a2ca1644951", "fe1ac1bd6057de26", "fe796716e5258d0b", "ff92718a91598c70", "ffdd561a2ca2d0d7",
})
USED_OUTLET_KIND_DIGESTS = frozenset({
    "04d63990cd3277fe", "084ae9ee611b01b0", "0b3017c9e96e70a5", "0fe6a3187213f202", "1333de9b0138f2b7",
    "1fe3db7088095a9f", "24978637788ae77c", "256457457844fc17", "25650611865acf20", "28732d3a74eef1c3",
    "2c8ec7c7de7c62b1", "351aa819b6e5ee69", "3ef3d4263647285b", "4653c342b6744acf", "4de2954e15470ad1",
    "4f370cb53cc4fed4", "528fd69eae3cb0a8", "5422d505c88c0e95", "5a1390c12428ad51", "5eb5cbac953434d4",
    "62930e4c817ce27f", "6fa126e4d5397d09", "7696b936a76f90ed", "791a2fe38bd07bad", "79c374fbf7cba0f4",
    "7c084c650ab86985", "881717924f62f30a", "95dc14dccc29a734", "9c4db85d55bb9970", "a951d27ab3411d67",
    "ab1f0a95d804c3f4", "b5332102f60598a5", "b54b33b15796b75e", "ba432efeefc3f359", "cbbdbb2d9272c585",
    "d6fb871441390c61", "de9c35dc850878ed", "e498cc76c37464f9", "f017bd2dd8176cfd", "f75d629b47cbc1c9",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team131-652", "team131-654", "team131-655"}
DATELINE_KIND = {"team131-652": ("قدسيا", "a government-held town at the mouth of the valley of the event"),
                 "team131-654": ("دارة عزة", "the town where the wounded of the event were taken"),
                 "team131-655": ("جربة", "an island off the coast of the event's governorate")}
# the dateline kinds of the model set (set 129) and of the sets it names as its models (sets 127, 123, 125)
MODEL_DATELINE_KINDS = {"a valley town below the town of the event",
                        "the seat of the district that holds the village of the event",
                        "a rebel-held town in the mountains of the same state",
                        "a village on the only road into the town of the event",
                        "a border town in a neighbouring country",
                        "a neighbouring coastal town of the same district",
                        "the country's capital", "the capital of the event's own governorate",
                        "a regional capital in a neighbouring country", "the town of the event",
                        "the capital of the neighbouring governorate", "a foreign capital"}
# the kind of each outlet (all different, none of the kinds used before) and its base
OUTLET_KIND = {"team131-651": "Misrata-based municipal council's newspaper's website",
               "team131-652": "Istanbul-based Syrian opposition satellite channel's website",
               "team131-653": "Jeddah-based Yemeni Salafi news website",
               "team131-654": "Gaziantep-based Syrian medical relief organisation's news website",
               "team131-655": "Sfax-based Tunisian private radio station's website"}
OUTLET_BASE = {"team131-651": "Misrata", "team131-652": "Istanbul", "team131-653": "Jeddah",
               "team131-654": "Gaziantep", "team131-655": "Sfax"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team131-651": ("Sunday", "أمس السبت"), "team131-652": ("Monday", "أمس الأحد"),
           "team131-653": ("Thursday", "أمس الأربعاء"), "team131-654": ("Tuesday", "أمس الإثنين"),
           "team131-655": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday",
           "الخميس": "Thursday", "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team131-651", "يوم الثلاثاء المقبل", "2012-10-23"),
         ("team131-652", "يوم الخميس المقبل", "2017-01-12"),
         ("team131-653", "يوم السبت المقبل", "2013-11-02"),
         ("team131-654", "يوم الجمعة المقبل", "2021-03-26"),
         ("team131-655", "يوم الخميس المقبل", "2016-03-10")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team131-651": [12, 19], "team131-655": [44, 49]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team131-651": ("مقتل اثني عشر شخصاً", "تسعة عشر شخصاً قُتلوا"),
              "team131-652": ("قُتل أحد عشر مدنياً",),
              "team131-653": ("مقتل أربعة وعشرين طالباً",),
              "team131-654": ("وقُتل سبعة أشخاص",),
              "team131-655": ("مقتل أربعة وأربعين شخصاً", "تسعة وأربعين قتيلاً")}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls, with a dateline and with the main
# event told first in the lead. This set never repeats them.
MODEL_POSITIONS = {"main": [1, 4, 1, 3, 4], "historical": [8, 10, 9, 8, 14],
                   "rumored": [11, 11, 10, 13, 11], "planned": [16, 15, 16, 15, 15],
                   "negated": [12, 14, 12, 11, 12], "threat": [9, 8, 6, 10, 7]}
# the kinds of those acts in the model set's article of each rank, as its README describes them: the main type
# of the rumoured, planned and negated acts, the main type and mode of the background act, and the way the
# threat is told
MODEL_KINDS = {"rumored": ["RETREAT", "COERCE", "COERCE", "ASSAULT", "ASSAULT"],
               "planned": ["RETREAT", "PROTEST", "CONSULT", "AGREE", "AID"],
               "negated": ["AGREE", "COERCE", "RETREAT", "MOBILIZE", "RETREAT"],
               "historical": [("ASSAULT", "abduct"), ("PROTEST", "riot"), ("ASSAULT", "explosives"),
                              ("ASSAULT", "firearms"), ("ASSAULT", "aerial")]}
# the ways the model set (by rank) and its own model told their threats: none is used here for any rank
MODEL_THREAT_MEDIUM = ["leaflets dropped over the town from army helicopters",
                       "a tribal council's statement read out in a guesthouse",
                       "words written by the attackers on the walls of a school and a mosque",
                       "text messages sent to residents' telephones",
                       "a state radio station's repeated broadcasts"]
OLDER_THREAT_MEDIUMS = {"a police command's statement on Facebook", "an army commander's press conference",
                        "an ultimatum sent through local notables",
                        "an armed group commander's voice message to journalists",
                        "a militia commander's interview with the outlet"}
THREAT_MEDIUM = {"team131-651": "a warning broadcast by loudspeakers on vehicles at the town's northern gate",
                 "team131-652": "a news ticker run on the state television channel",
                 "team131-653": "a speech at a funeral wake in the provincial capital",
                 "team131-654": "a Russian military reconciliation centre's daily briefing",
                 "team131-655": "a statement posted on the attackers' group's Telegram channel"}
MODEL_TOLL_CONFLICT_RANKS = {3, 4}
MODEL_DATELINE_RANKS = {1, 3, 5}
MODEL_LEAD_FIRST_RANKS = {1, 3}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "LY", "YE", "TN"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"مع أعضاء في مجلس حكماء|مع منظمة «أطباء بلا حدود»|مع نظيره الجزائري"),
    "على": re.compile(r"على المسجد الكبير لدار الحديث|على المشفى الجراحي|على ثكنة الجيش|على بلدة عين الفيجة"),
    "ضد": re.compile(r"ضد طلاب العلم"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "أما … ف": re.compile(r"أما رئيس الحكومة التونسية فاتهم"),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "reported speech": re.compile(r"ويروي [^.]{2,80} أن |ويقول [^.]{2,80} إن |وتروي [^.]{2,80} أن |"
                                  r"وتقول [^.]{2,80} إن "),
    "passive": re.compile(r"قُتل|استُخدمت|واقتيدوا|سُلّمت|نُقلت|عُقد|تُبلَّغ|أُخرجت"),
    "possessive actor": re.compile(r"مسلحي الوادي|مسلحي قبائل حاشد وبكيل|كتائب ثوار مصراتة"),
    "quoted organisation name": re.compile(r"«درع ليبيا»|«حزب الله»|«أطباء بلا حدود»|«هيئة تحرير الشام»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"دفعت رئاسة الأركان|ووزعت اللجنة الدولية|ودخل رتل عسكري تركي|"
                                      r"وأرسلت وزارة الصحة|وتجمّع مئات"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"وبعثة الأمم المتحدة للدعم في ليبيا، التي "
                                                       r"[^.]{20,}?، دعت "),
    # a verb before a place and a time, its subject last
    "subject after a place and a time": re.compile(r"وتصل إلى دماج يوم السبت المقبل، إن لم يطرأ جديد، قافلة"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"واتفق وفد من أعيان ترهونة[^.]+، وحذّر|"
                                           r"وأعلنت خلية الأزمة[^.]+، وأغلقت"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"مطالباً بإرسال|محمّلة موسكو|داعياً إلى إطلاق|"
                                                r"متهمة قوات الأسد"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في حين نفى ناطق باسم رئاسة الأركان|"
                                           r"فيما اتهم الناطق باسم الجماعة|"
                                           r"في حين تقول الفصائل|في حين تؤكد وزارة الداخلية"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"منذ بدء المواجهات|بعد فشل الهجوم|خلال احتجازه"),
    # a purpose clause
    "purpose clause": re.compile(r"«لإخضاع أهلها»|لبحث شروط|لإفساح المجال|لملاحقة مسلحين"),
    # a negation that negates no event
    "silence": re.compile(r"لم يقدّم أصحابها أي دليل|من دون أن يؤكد أي من الطرفين|وهو ما لم تعلّق عليه|"
                          r"من دون أن يتبنى"),
    # a negated act told by a verb of failure or of not being able
    "failure verb": re.compile(r"ولم تُفلح لجنة الوساطة|لم تتمكن من عبور|ولم يعقد مجلس الأمن"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وفي ترهونة، وزّع|وعلى محور بسيمة، دارت|وفي إيجازه اليومي، توعّد|"
                                  r"وفي كلمة ألقاها"),
}

# theme (a): a surgical hospital shelled, its patients moved and its staff calling a strike
HOSPITAL_SHELLED = "team131-654"
# theme (b): a border town's barracks attacked at dawn and its people rallying behind the soldiers
BARRACKS_ATTACKED = "team131-655"
HOSPITAL_WORDS = re.compile(r"المشفى|المشافي|مشافٍ|مشفى|الأتارب|الطبية|الصحية|الجرحى")
BARRACKS_WORDS = re.compile(r"بن قردان|المهاجمين|المهاجمون|الهجوم|الحرس الوطني|الجيش|المدينة")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def hospital_theme(core, lines, main):
    shelled = bool(main and main.get("acled") == SHELL and "المشفى الجراحي" in para_text(lines, main))
    accused = [g for g in has(core, "ACCUSE", lines, "استهداف المشفى") if happened(g)]
    moved = [g for g in has(core, "COOPERATE", lines, "لنقل الحالات") if happened(g)]
    supplied = [g for g in has(core, "AID", lines, "المستلزمات الجراحية") if happened(g)]
    solidarity = [g for g in has(core, "SUPPORT", lines, "كادر المشفى") if happened(g)]
    refused = [g for g in has(core, "REJECT", lines, "إدارة المشفى") if happened(g)]
    no_session = has(core, "CONSULT", lines, "مجلس الأمن", first="negated")
    strike_due = has(core, "PROTEST", lines, "إضراب", first="planned")
    return bool(shelled and accused and moved and supplied and solidarity and refused and no_session
                and strike_due and related(core, main, HOSPITAL_WORDS, lines) * 2 > len(core))


def barracks_theme(core, lines, main):
    attacked = bool(main and main.get("acled") == CLASH and "ثكنة" in para_text(lines, main))
    curfew = [g for g in has(core, "COERCE", lines, "حظر التجول") if happened(g)]
    swept = [g for g in has(core, "COOPERATE", lines, "تمشيط") if happened(g)]
    rally = [g for g in has(core, "PROTEST", lines, "سكان المدينة") if happened(g)]
    praise = [g for g in has(core, "SUPPORT", lines, "أهالي بن قردان") if happened(g)]
    threat = has(core, "THREATEN", lines, "تلغرام")
    none_held = has(core, "COERCE", lines, "القبض", first="negated")
    return bool(attacked and curfew and swept and rally and praise and threat and none_held
                and related(core, main, BARRACKS_WORDS, lines) * 2 > len(core))


THEMES = {"a surgical hospital shelled, its patients moved and its staff calling a strike":
          (HOSPITAL_SHELLED, hospital_theme),
          "a border town's barracks attacked at dawn and its people rallying behind the soldiers":
          (BARRACKS_ATTACKED, barracks_theme)}


def weekday_errors(did, d, lines):
    """The publication date falls on the weekday the plan gives, and the day before it on the weekday the text
    names for «أمس»; the days ahead the text names fall on their weekdays."""
    errs = []
    y, m, day = (int(x) for x in d["published"].split("-"))
    want_en, words = WEEKDAY[did]
    if calendar.day_name[calendar.weekday(y, m, day)] != want_en:
        errs.append(f"{did}: {d['published']} is not a {want_en}")
    text = "\n".join(lines)
    if words not in text:
        errs.append(f"{did}: the text does not name the day before as «{words}»")
    eve = datetime.date(y, m, day) - datetime.timedelta(days=1)
    name = next(w for w in words.split() if w in AR_DAYS)
    if calendar.day_name[eve.weekday()] != AR_DAYS[name]:
        errs.append(f"{did}: {eve} is not a {AR_DAYS[name]}")
    for ahead_id, ahead_words, ahead_date in AHEAD:
        if ahead_id != did:
            continue
        if ahead_words not in text:
            errs.append(f"{did}: the text does not name «{ahead_words}»")
        wd = datetime.date.fromisoformat(ahead_date).weekday()
        ahead_name = next(w for w in ahead_words.split() if w in AR_DAYS)
        if calendar.day_name[wd] != AR_DAYS[ahead_name] or ahead_date <= d["published"]:
            errs.append(f"{did}: {ahead_date} is not the {AR_DAYS[ahead_name]} after publication")
    return errs


def position_errors(did, d, core, spans):
    """The main event, the background act, the first rumoured, planned and negated core acts and the core
    threat of the article never fall at the paragraph index the model set used in its article of the same
    rank; the rumoured, planned and negated acts are never of its type there, the background act never of its
    type and mode, and the threat is never told the way the model set or its own model told one."""
    errs = []
    rank = IDS.index(did)

    def first_of(events):
        return events[0] if events else None

    main = main_event(core)
    acts = {
        "main": main,
        "historical": first_of([g for g in core if g["factuality"][0] == "historical" and g.get("date")]),
        "rumored": first_of([g for g in core if g["factuality"][0] == "rumored"]),
        "planned": first_of([g for g in core if g["factuality"][0] == "planned"]),
        "negated": first_of([g for g in core if g["factuality"][0] == "negated"]),
        "threat": first_of([g for g in core if main_type(g) == "THREATEN"]),
    }
    for kind, g in acts.items():
        para = trigger_para(g, spans) if g else None
        if para is None or para == MODEL_POSITIONS[kind][rank]:
            errs.append(f"{did}: the {kind} act is at ¶{para}, the model set's index for its article "
                        "of this rank")
        if g is None or kind not in MODEL_KINDS:
            continue
        model = MODEL_KINDS[kind][rank]
        mine = (main_type(g), g.get("mode")) if kind == "historical" else main_type(g)
        if mine == model:
            errs.append(f"{did}: the {kind} act is of the model set's kind for its article of this rank "
                        f"({mine})")
    if THREAT_MEDIUM[did] in MODEL_THREAT_MEDIUM or THREAT_MEDIUM[did] in OLDER_THREAT_MEDIUMS:
        errs.append(f"{did}: the threat is told the way the model set or its own model told one")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 126-130",
                              themes=THEMES, other_countries=None)
    core_types, first_labels, years = Counter(), Counter(), Counter()
    lead_first = set()
    for d in docs:
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        spans, pos = [], 0
        for line in lines:
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        core = [g for g in d["events"] if g["core"]]
        main = main_event(core)
        if main:
            main_text = para_text(lines, main)
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
            if trigger_para(main, spans) == 1:
                lead_first.add(IDS.index(did) + 1)
        errs += weekday_errors(did, d, lines)
        errs += position_errors(did, d, core, spans)
        if set(NO_EVENT_PARAS[did]) & MODEL_NO_EVENT_INDEXES:
            errs.append(f"{did}: a no-event paragraph at an index the model set used")
        kind = OUTLET_KIND[did]
        kind_digests = {place_digest(kind, SALT), place_digest(kind.split("-based ", 1)[-1], SALT)}
        if kind_digests & USED_OUTLET_KIND_DIGESTS:
            errs.append(f"{did}: an outlet of a kind used before ({kind})")
        if place_digest(OUTLET_BASE[did], SALT) in USED_PLACE_DIGESTS:
            errs.append(f"{did}: an outlet base among the places avoided ({OUTLET_BASE[did]})")
        if not OUTLET_KIND[did].startswith(OUTLET_BASE[did] + "-based "):
            errs.append(f"{did}: the outlet kind does not name its base")
        if did in DATELINE_KIND and place_digest(DATELINE_KIND[did][0], SALT) in USED_PLACE_DIGESTS:
            errs.append(f"{did}: a dateline city among the places avoided")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        years[d["published"][:4]] += 1
    if len(docs) == N_ARTICLES:
        ranks = {did: IDS.index(did) + 1 for did in IDS}
        whole_set = [
            (len(core_types) >= MIN_TYPES,
             f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
            (all(first_labels[x] for x in FACT_LABELS),
             f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
            ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
             "the countries are not Syria (twice), Libya, Yemen and Tunisia"),
            (len(years) == len(docs), "two articles share a year"),
            (int(max(years)) - int(min(years)) >= YEAR_SPREAD,
             f"the years are not spread out: {sorted(years)}"),
            (len({DATELINE_KIND[x][1] for x in DATELINE}) == len(DATELINE), "two datelines of the same kind"),
            (not {DATELINE_KIND[x][1] for x in DATELINE} & MODEL_DATELINE_KINDS,
             "a dateline of a kind the model set or its own models used"),
            ({ranks[x] for x in DATELINE} != MODEL_DATELINE_RANKS,
             "the datelines are in the model set's articles"),
            (not {ranks[x] for x in TOLL_CONFLICT} & MODEL_TOLL_CONFLICT_RANKS,
             "a conflicting toll in an article of a rank the model set used for one"),
            (not lead_first & MODEL_LEAD_FIRST_RANKS,
             "the main event told first in the lead in an article of a rank the model set used for that"),
            (len({tuple(v) for v in NO_EVENT_PARAS.values()}) == len(NO_EVENT_PARAS),
             "two articles have their no-event paragraphs at the same places"),
            (len(set(OUTLET_BASE.values())) == len(OUTLET_BASE), "two outlets share a base"),
            (len(set(THREAT_MEDIUM.values())) == len(THREAT_MEDIUM), "two threats told the same way"),
        ]
        errs += [message for ok, message in whole_set if not ok]
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team131", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
