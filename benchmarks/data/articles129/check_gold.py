#!/usr/bin/env python3
"""Check team129.gold.json (the hundred-and-twenty-ninth team set, team129-641 ... team129-645) against the
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
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 124-126
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (641, 643, 645), of three kinds that
  neither the model set (127) nor the sets it names as its models used (a valley town below the town of the
  event, the seat of the district that holds the village of the event, a rebel-held town in the mountains of
  the same state); the two others (642, 644) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Homs: al-Hosn; Hama: al-Mabuja), one Iraqi in Dhi Qar
  (Nasiriyah), one Libyan in Sabha (Sabha) and one Sudanese in South Kordofan (Abu Kershola), each main event
  in one of its region's towns; no governorate, file-name word or accepted place name among the places of the
  first paragraphs of the READMEs of sets 124, 125, 126 and 127, of the model set (127), of the regions the
  brief keeps for set 128 (written at the same time) and of the older regions it lists, which are kept here
  only as salted digests (``goldkit.place_digest``);
- the months: 2014-03, 2019-11, 2015-04, 2018-03, 2013-05 (five years, six apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (641, 643), not in the model
  set's, and in ¶2-¶5 after another core event in the others; the tolls conflict in two articles only (643,
  644), each with two attributed sources and the gold keeping the lowest count; every toll reported is written
  in the main event's paragraphs; the no-event paragraphs differ between articles and never fall where the
  model set put its own; the main event, the background act, the rumoured, planned and negated acts and the
  threat of each article never fall at the paragraph index the model set used for them in its article of the
  same rank; the rumoured, planned and negated acts are never of the type (the background act never of the
  type and mode), and the threat never told through the medium, of the model set's article of the same rank;
  neither the conflicting tolls nor the datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a protest square's bridges cleared by force and the city's
  tribes stepping in (642); (b) one mostly about a village on the desert's edge raided at night, its people
  killed and carried off (643).

    python3 benchmarks/data/articles129/check_gold.py [--no-score]
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
    ABDUCTION,
    ATTACK,
    EXCESSIVE,
    HAPPENED,
    TYPES,
    main_event,
    main_type,
    para_text,
    place_digest,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team129.gold.json"
N_ARTICLES = 5
SALT = "team129"
IDS = ["team129-641", "team129-642", "team129-643", "team129-644", "team129-645"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team129-641": [6, 13], "team129-642": [3, 9], "team129-643": [11, 15],
                  "team129-644": [6, 12], "team129-645": [9, 16]}
MODEL_NO_EVENT_INDEXES = {2, 4, 5, 7, 8, 10, 14, 17}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team129-641": ("SY", "Homs", "al-Hosn", "الحصن"),
          "team129-642": ("IQ", "Dhi Qar", "Nasiriyah", "الناصرية"),
          "team129-643": ("SY", "Hama", "al-Mabuja", "المبعوجة"),
          "team129-644": ("LY", "Sabha", "Sabha", "سبها"),
          "team129-645": ("SD", "South Kordofan", "Abu Kershola", "أبو كرشولا")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Homs"): {"al-Hosn"},
                 ("IQ", "Dhi Qar"): {"Nasiriyah"},
                 ("SY", "Hama"): {"al-Mabuja"},
                 ("LY", "Sabha"): {"Sabha"},
                 ("SD", "South Kordofan"): {"Abu Kershola"}}
# the month each article is published in
PLANNED_MONTH = {"team129-641": "2014-03", "team129-642": "2019-11", "team129-643": "2015-04",
                 "team129-644": "2018-03", "team129-645": "2013-05"}
YEAR_SPREAD = 6

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 124, 125, 126 and 127 name (settings, outlet bases, datelines), the model set's regions, places,
# outlet bases and dateline cities (set 127), the regions the brief keeps for set 128 (written at the same
# time) and the older regions it lists, and the words of the file names of sets 18 and 127; the names
# themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "04b9a5224097ce0b", "059f8dbf909ff9f3", "077ea795ecc580d3", "09895edd2560a355", "09df4bbd2c965269",
    "10519bd1e1dccc2d", "12bf7b67ddb96680", "1626299da0f8c265", "175769460566b2ac", "17f01974883b60d6",
    "19785b506a7df37d", "1dfb61d109238c73", "22066bb70fb418fb", "26f4bf02c18ccf8d", "29266b41389a0a21",
    "29889f7cf6da6094", "2ab9261cbd4af108", "302a44a711d27edf", "327642e1e6e3e122", "37615e2c00d59cdd",
    "3b3b86a142b1e9ed", "3c8aacdf9c0a7c6c", "3d32e047a8bfeda0", "3ea4d65f45139a10", "40e3ef81663b025b",
    "42d61b13420ea4b0", "44da6f7f96865eea", "4759892b987b51cf", "47e4d55caad8fffa", "4958f8e341971c03",
    "49a8ddf470aa7574", "4b4e8efd6c77b075", "4bc2b24de74db1bc", "4d4b442f98062e9f", "4dd3ca9a96f476bd",
    "4e2c8489e17474fb", "4e6c8b4bcb660150", "4ec731050047953f", "5076577261d4bad7", "528f2cf2d2826d00",
    "540eadbaaf8ff6a1", "54bdff149355e578", "55e1e107f0262f66", "5c1605554471f5d6", "5e70a19e4a8a7a7a",
    "6130ab15da87d9b6", "632e68a99a77763e", "692eac2475f8e4ec", "6bb92d9c0f2caf5c", "6f0f17454cf70240",
    "6f7201e6459795bf", "703702b136b0bd06", "7154144d70d2b476", "75c799a2b87d82ca", "76216195d232189a",
    "77f765866e08c31a", "7c0313e65f304a94", "7c1339df4f237a20", "7d44aef9e9f0bf9a", "83a0f0faf6ee47d6",
    "870f177ac8d7e75d", "890e780c628c34a2", "8922ce8feefa10d9", "895675009be6350f", "8cfbc78aed49e8a5",
    "8d5679f07167dc99", "8dc3eda1b91fda1a", "925cbaa269b179b4", "95bd9386b7d4b506", "98dc41607c6f6463",
    "99a8ae3878a13fdb", "99fbb5267275ad05", "9c49a4d940968064", "9cfe7451ef252eb2", "a089ad056f3bfcb2",
    "a1f17acc3df027cb", "a7fe54defb09c492", "a92bc151bab8c880", "ab73852cf19a91e9", "aed568527143f179",
    "afc1fdf2aa1a9faa", "b103b953109efb37", "b3afc6990b4ef2cf", "b70aa374ad90c9a5", "b77eb9b49e60a835",
    "bd881833e7428da4", "c2b82eec8aa2c630", "c3e6b6fad05838fd", "c8047a42aea023d3", "c9220ea5139b276d",
    "c93c39261b197fb3", "cf239182422b4c22", "d01e4a361a8cdc33", "d7617ba6de7c1698", "dbc4b80004735af8",
    "dd3102b7a3f441a8", "e56aa50126b4b74b", "e839798de8c073ac", "e8858938ed4f47f4", "ec7950e433df627a",
    "ed6d6eb4e102b60f", "f1f1d0e80a135a22", "f3d8d3af68c83581", "f46548a086d4c68a", "f489c52d86b597a8",
    "f54b951d5465a1fa", "f59b54a66d3ae059", "f5c6966726ffd35f", "f78257b1ab87c412", "fd46bc740830859f",
    "fd96d6cf565af171",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0421f3ce949518aa", "09895edd2560a355", "0de2dfc2f6ab284f", "1537c1926d596df7", "1c958f9b3f103215",
    "22fbc3fbaf165e92", "368c52fe594e37bd", "3bf7e48427032939", "3ebbade80f2096ec", "44da6f7f96865eea",
    "4b7c1831e7ccfe41", "50d59ae4be956800", "596d803a9644571c", "5b2df736d6f80528", "5c1605554471f5d6",
    "6124bc79942d2c6a", "6181676f4d6d61b7", "69ee17b84fd38866", "7154144d70d2b476", "757a104bf8210d52",
    "79d9c93cd3e673ab", "7b4a69b3a15ea4fc", "7beea9fb9891e6c5", "7c931a4849bafc4a", "80d593add49794bd",
    "8eefe490a6323caf", "922a687f066c6c62", "951e8975152b3991", "96730ac6cf101153", "9a2bf88b304383df",
    "a230dd480ccfb140", "a60165e4848413bd", "aa0e6b4e01543c3b", "b303d08bcdc55ebc", "b97629cc9accecdb",
    "bcb5b10f3a9c835c", "c0ab39a40f269cf4", "c625743da6217833", "c808daa465eff06d", "cceebca6705a0e34",
    "cd1e87fd12fe6b5f", "cf7832f9d3e07100", "d6225faf50c10097", "d6d729911775563c", "dd3102b7a3f441a8",
    "e1221ba60f6f33cf", "e60956703a4cffba", "ebd3e1cfc378c1cd", "ef124a7c84b2ac03", "f04345148a134e84",
    "f53b9fc70be4545b",
})
USED_PLACE_DIGESTS = frozenset({
    "008e141a495aa56e", "00cbf3901d08b082", "01e85db2adc7a319", "0421f3ce949518aa", "045f4b9ef41bfd61",
    "04b9a5224097ce0b", "05867d57ee29248f", "059f8dbf909ff9f3", "060ab069504065ea", "06124cbb78d84b62",
    "0669efe3ae4eaa1c", "06ea85bd733536fe", "077ea795ecc580d3", "0891c478294dcf0f", "08beba37cfeb8707",
    "09895edd2560a355", "098b5bdc0248832d", "09df4bbd2c965269", "0a32f9a65458b14f", "0bc5f9074a666c6a",
    "0c0d444afcb140b1", "0c6050940a384658", "0c6aaacc63523f64", "0de2dfc2f6ab284f", "0ee87c77fed25623",
    "0f50899e1372d42b", "0fb5c7b2fb6241ef", "10519bd1e1dccc2d", "105cd8ee6651a9e7", "1098e80b32ea7cab",
    "10d351d3bd344961", "127a5bce26630eae", "12bf7b67ddb96680", "13f15a75503322c0", "15283fe942f8d235",
    "1537c1926d596df7", "15bbea2d49561d75", "15f3eb4c5e02a581", "1626299da0f8c265", "16a8b0c57a8f21ee",
    "175769460566b2ac", "17f01974883b60d6", "17f95731b1d7ccfa", "188c7aef5e077852", "18eeee6ba0eb418a",
    "1908a8ce77c06b1a", "19785b506a7df37d", "1a00f4b43191fd58", "1ac0db1e240d55d5", "1ac86a5648d6f6ed",
    "1bb8885f12603651", "1c01a19c004e1854", "1c729a513f42df4d", "1c958f9b3f103215", "1d95a2d0984ae053",
    "1dfb61d109238c73", "1f41ef115ff8471b", "1f5ca9fc8a92f8a7", "20666f43395c3e06", "20f9be5719beaef6",
    "22066bb70fb418fb", "2253d3fc9b59b788", "22fbc3fbaf165e92", "232eb4fe19956df7", "2486b8d044509b64",
    "251935a7543e7ee9", "25a6f9bbfebdcf45", "25bd98ce59382067", "2610335706c4b565", "26c9d9a6d580b6d5",
    "26f4bf02c18ccf8d", "28c44785b9ed26c1", "28cc81e52453139f", "29266b41389a0a21", "29889f7cf6da6094",
    "2990eb71c4d39b57", "29f8855642fa4819", "2aa37d5e050c2a79", "2ab9261cbd4af108", "2b49741a2f3a5d39",
    "2bc14d6d4f81b6b2", "2bf492ce0cd5a11c", "2ca4d2b63441d8f9", "300fd7a4f22494f3", "302a44a711d27edf",
    "3150ee1589112bcf", "324871f5a4214a52", "32623c5aada6a586", "327642e1e6e3e122", "32cd4107fb3e8e8f",
    "34320c51778a6432", "35a6f5d40c4ef390", "35ed3715a0e41e7d", "361e8df853054a06", "366adce31d9e3a1f",
    "366d9641bc12dd21", "368c52fe594e37bd", "36902ebfea3c84fb", "36dbb3486f3f9485", "37615e2c00d59cdd",
    "37dff08d6ac3c316", "37e919c7b45bed89", "381ecd03f4387522", "38de75f7354f5be7", "38f3621fe3207b9c",
    "3b3b86a142b1e9ed", "3bf7e48427032939", "3c8aacdf9c0a7c6c", "3cbd809a6e905966", "3ccc247601b2d034",
    "3d32e047a8bfeda0", "3d8a18d580a4ad5c", "3d8d54fd12fa7596", "3e05077b21107271", "3e062f8cc5cf7b67",
    "3e799651c03a6d68", "3e97f9b8d021dcdf", "3ea4d65f45139a10", "3ebbade80f2096ec", "40178cba3b17280e",
    "4050d06bb0150edb", "40e3ef81663b025b", "4124eec251ed7c5a", "41a08f8cdcd82c8d", "41e1ef0ff3610d70",
    "41fb08ce2bfaf5dd", "4223b3a038e04734", "42662075a345755f", "42d61b13420ea4b0", "4359a8520665260d",
    "43f78c76cb7ea05c", "44da6f7f96865eea", "453d94aba3ee5d3a", "46884d71ff96be3b", "4759892b987b51cf",
    "47e4d55caad8fffa", "4844c9eab659bf28", "4951de819a5321ec", "4958f8e341971c03", "497f8fda1f3ca1f3",
    "49a8ddf470aa7574", "4a416b4c896a22a9", "4b0de63ef864364c", "4b0f384040b7b8c9", "4b4e8efd6c77b075",
    "4b6bfc3750d85ce5", "4b7c1831e7ccfe41", "4b966ba99bcccd9c", "4bc2b24de74db1bc", "4cce89b382b449b7",
    "4d4b442f98062e9f", "4dd3ca9a96f476bd", "4e1ab8874bc6f91b", "4e2c8489e17474fb", "4e6c8b4bcb660150",
    "4ec731050047953f", "4ed9d20dfdab43ab", "4edb024594027b4f", "4f752f468a3c3b04", "4f9f6b2e08a1da54",
    "5068a9e9b1e12bfe", "5076577261d4bad7", "50c275b45ea611db", "50d59ae4be956800", "52552bc57748c6f3",
    "526a3342f7b614a1", "528f2cf2d2826d00", "52e8cc109549a748", "53c6928a8c2a33cc", "540eadbaaf8ff6a1",
    "5473c8f849d8e7f1", "54bced99c8ec6a64", "54bdff149355e578", "54e1b451dead889c", "55583cc599e2fa64",
    "55e1e107f0262f66", "56827d3f01770a10", "58883ef9d7796c94", "59589f538cecf35f", "596d803a9644571c",
    "5b2df736d6f80528", "5b8cba9728f22fb7", "5bb9ac1c080ae565", "5bf92b18ec3231c5", "5c1605554471f5d6",
    "5db4d41567a6fe4a", "5e1c11067a8df684", "5e29d30bc5579baf", "5e70a19e4a8a7a7a", "5f4520023ebc9573",
    "61112d38ece7d5f5", "6124bc79942d2c6a", "6130ab15da87d9b6", "6181676f4d6d61b7", "61f5bfe145659ee4",
    "629215f595c9fd4d", "62b0fcc301dd2546", "62f316c3611146b7", "632e68a99a77763e", "635588a46930a6fb",
    "63732fdc03fd9a9f", "65a3b93601a28d8a", "66e59f26c865aaae", "672dde076ec2afb2", "67562ffe5fe49a99",
    "67f17a4e687f4e32", "68539f8e6b16127b", "692eac2475f8e4ec", "69ee17b84fd38866", "69fb605ccf47e798",
    "6b37c1b7e55012d0", "6b480e6a92f77408", "6bb92d9c0f2caf5c", "6be224b30dfbe8a9", "6c0366d5d13c8c1d",
    "6daa53469b071abe", "6e51a22c9b126c17", "6e6a7c4d53478b07", "6e8f02809375ed20", "6f0f17454cf70240",
    "6f7201e6459795bf", "6f72ff5d734832e5", "6fa20384efa8a689", "703702b136b0bd06", "70b8ca978be66c54",
    "7154144d70d2b476", "72a76a39e4b4bd54", "72e85d2443900b1f", "7322ab0c91a43712", "7519cf529de67e0e",
    "757a104bf8210d52", "75c799a2b87d82ca", "75e1cc626ac88ea1", "76216195d232189a", "7651c048f04bc517",
    "7763ef65cd9ffdb0", "777c6d944459f6e2", "77f765866e08c31a", "79d9c93cd3e673ab", "7b4a69b3a15ea4fc",
    "7bc27536ee7f9277", "7beea9fb9891e6c5", "7c0313e65f304a94", "7c1339df4f237a20", "7c931a4849bafc4a",
    "7ce179e156084e69", "7ce511a351bcf65b", "7cfb91da9698647f", "7d44aef9e9f0bf9a", "7d4e5ed4a6060287",
    "7fa6e36407e8796c", "7feaf18f74f01383", "8096affbdfb3a886", "80d593add49794bd", "81a8fb51514fd525",
    "83a0f0faf6ee47d6", "8571c2538fb725f3", "861a6668a3eedb45", "870f177ac8d7e75d", "874d8605411996bd",
    "877f191956f31a09", "87d584a1ab33efdc", "890e780c628c34a2", "8922ce8feefa10d9", "8951954d59e4c618",
    "895675009be6350f", "89b46fdc65d51974", "89fb02c17819fc4c", "89ffd4f420d5b8d3", "8a574fd3a87b82ec",
    "8ad41dd9229b5b09", "8af71993a18c37af", "8c07c4228d6c6166", "8c3a408a5ce7bc2a", "8cfbc78aed49e8a5",
    "8d5679f07167dc99", "8dc3eda1b91fda1a", "8e325357aafe307a", "8eefe490a6323caf", "8fe137cd901bf3ba",
    "900ac43c7d078454", "9036d0e12adb54df", "906b6b57e5c5fb05", "922a687f066c6c62", "92337d3faa85c10b",
    "925cbaa269b179b4", "928513522924b917", "93cfd35f5f5c6312", "9405f95955c623ac", "943e0dc2007b2359",
    "9442e995286aff82", "951e8975152b3991", "959df24e9bfb0220", "95bd9386b7d4b506", "96730ac6cf101153",
    "96f6e203c3e3b45d", "977bb1fa25de46ce", "97c3fed6e46297ee", "98dc41607c6f6463", "98e5bf497450ef52",
    "99a8ae3878a13fdb", "99fbb5267275ad05", "9a2bf88b304383df", "9c49a4d940968064", "9cfe7451ef252eb2",
    "9d2f352e94a27cee", "9e8a9732876ed329", "a0282d17315d7d41", "a089ad056f3bfcb2", "a098f1802230e976",
    "a1429805d2ff5a25", "a1f17acc3df027cb", "a214f787c23d5594", "a230dd480ccfb140", "a262c4349dffef3b",
    "a367e1c43c2585a7", "a60165e4848413bd", "a647b271481ddca1", "a7fe54defb09c492", "a86290d760338542",
    "a92bc151bab8c880", "a9818c958c5909d2", "a9ad5442026bd286", "aa0e6b4e01543c3b", "aa293bcbd41c5dee",
    "ab73852cf19a91e9", "abbc851dc48260eb", "acb998954637f64d", "ad57dbcebbd97f15", "ad82cf6e9f843ae0",
    "ae1d103dcff4df67", "aed568527143f179", "afc1fdf2aa1a9faa", "b045e2728ad89d43", "b103b953109efb37",
    "b1c5e25eb2e94884", "b224d119d92affbd", "b303d08bcdc55ebc", "b379ec1da96137b1", "b3afc6990b4ef2cf",
    "b51988203a57a2f6", "b64ac9830a4e6abc", "b6691b6ed0995be7", "b70aa374ad90c9a5", "b72c5edefced4ec4",
    "b7333168241fcd5f", "b77eb9b49e60a835", "b8372217ec3e249e", "b97629cc9accecdb", "b9aa6423231df9c7",
    "baff807f4a76046d", "bc828393f02cf257", "bcb5b10f3a9c835c", "bcd7399a2584dc53", "bd33929cf179d7c0",
    "bd3466edc502802e", "bd881833e7428da4", "be9c8b624bccb53f", "c01263a35079c903", "c0ab39a40f269cf4",
    "c0ed8bab4b2eb364", "c1f48fb3d2e27ebd", "c2187584ab2b1fb2", "c26dadadf0d0a3da", "c2b82eec8aa2c630",
    "c2f01c8815107874", "c3e6b6fad05838fd", "c59ecda2e89c07aa", "c625743da6217833", "c79b06b48634278f",
    "c8047a42aea023d3", "c808daa465eff06d", "c9220ea5139b276d", "c93c39261b197fb3", "c9d38ae615b0ff31",
    "ca130fa762f5e8d9", "ca1cd385d799f11d", "ca25238f2ba3ffed", "cc39c33e2665a277", "cccae126387609ae",
    "cce724d490fef17b", "cceebca6705a0e34", "cd1e87fd12fe6b5f", "ce11bbebaff522b1", "ceb2de761a4c1972",
    "cf239182422b4c22", "cf7832f9d3e07100", "d01e4a361a8cdc33", "d0ddd83d045e8c3a", "d24906595d5c29f3",
    "d32c56a054f0604b", "d36b3cb022578862", "d3ad076df0e5dbda", "d44fa918bd294d19", "d46297c5fad4c1d9",
    "d4ad69eb7c3b7d2f", "d511fee6a0f9589e", "d53a1e520f4a64a2", "d575449079a66ad1", "d59ec8705d7f3982",
    "d5d9fad74aecc22f", "d61cd3f32098c968", "d6225faf50c10097", "d6946e33198c6d1d", "d6d729911775563c",
    "d7617ba6de7c1698", "d77f06b0f6b5a76b", "d7852d2fa3b69215", "d79d32bc98be9363", "d79f23772a37b9ce",
    "d804f8175ae29b04", "d9aa429d3c6fe32e", "db45ec3c860b1b51", "db731e08e4c1db52", "db8d6b65d0ffc628",
    "dba05f1790d9626a", "dbc4b80004735af8", "dcb743827fc0ecd5", "dcbd6679b7e24679", "dd23bbe1b1ce3d34",
    "dd3102b7a3f441a8", "df82fd6851f6e12b", "df883bf5a6705038", "e1221ba60f6f33cf", "e1e8769fa588fe41",
    "e250d8ac3f1a839d", "e252a0fb453ae15f", "e265b9c044a9a9ac", "e31591d7dfcc3a99", "e56aa50126b4b74b",
    "e593fc2daf351e40", "e60956703a4cffba", "e645bb3d600a057e", "e66ea8f47b278c85", "e67ddcb0a76e2d48",
    "e6eb488d36bd6c67", "e6f593a2cc47989f", "e7004419e02de563", "e790df9ad588f2d4", "e839798de8c073ac",
    "e87dc942c4672455", "e8858938ed4f47f4", "eade28d0039fc903", "eb09fdd184f51e16", "ebd3e1cfc378c1cd",
    "ec705e61e74647a0", "ec7950e433df627a", "ed0d87196ce6b6ff", "ed6d6eb4e102b60f", "ef124a7c84b2ac03",
    "effeb0bfac293cb1", "f0107b8b94e51f8d", "f026f200ddc89ee8", "f04345148a134e84", "f04a191db05e8bef",
    "f115340691b489ca", "f1f1d0e80a135a22", "f225a0a26eb9107b", "f2c5ef6a46827517", "f2c62dfd8b483b19",
    "f32463ab0451c31e", "f37253e5bb43fbfd", "f3d8d3af68c83581", "f3de5e51fd08208a", "f3f48d0388e76581",
    "f44d67e54b70a97f", "f46548a086d4c68a", "f489c52d86b597a8", "f53b9fc70be4545b", "f54b951d5465a1fa",
    "f59b54a66d3ae059", "f5c6966726ffd35f", "f6e531ad25c1affa", "f725891e441da87c", "f72a4255d528fc72",
    "f78257b1ab87c412", "fd46bc740830859f", "fd96d6cf565af171", "fda3a498d540df4c", "fe5c076e5ded2846",
    "ff03360deb1d0f35",
})
# the digests of the outlet kinds (with and without their base) of the model set and of the first
# paragraphs of the READMEs of sets 124-126
USED_OUTLET_KIND_DIGESTS = frozenset({
    "00d9ee5da0bffc3d", "0b014756153e5c7f", "0cf3c3a57bb079f6", "180fffba1e798b9d", "20dda48c5f6863a4",
    "40a6a266d5d72fa0", "452b89d1a087d05e", "50379b8a0e1d2d59", "5630fe0927d30cb7", "64153fac9c0f6475",
    "695652febcb781a1", "6b5c1266d7d113e1", "6b79b72918353f13", "6bd8a70018138fca", "70231b5a9b8cfb38",
    "704f1e236790a395", "73a74a85c0bb282c", "74f9c9565615e4d4", "793791d56ed2865b", "7f04de9b3f2d72b5",
    "84e437b0940cfe7e", "85b6723fb063b3c2", "8919a1b9c87cc981", "89e785faba45e1b1", "8e8d52ef6c9bf525",
    "8f681eb50d02b96c", "9c897213c0556a08", "9fd27ff7893062d8", "a27155e7f5ec587c", "a510ded145677c63",
    "a839917d24464dca", "a8ce1d962b99869e", "b4662e0d238f8c66", "be208310768a8c40", "cba9fa0eb17474f9",
    "ccf9732a7f8029f6", "e4a7c8234ede094a", "e75be43bdfe4d75b", "eb4184ddaab9ce54", "ec634d44cc6bf878",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team129-641", "team129-643", "team129-645"}
DATELINE_KIND = {"team129-641": ("مرمريتا", "a valley town below the town of the event"),
                 "team129-643": ("السلمية", "the seat of the district that holds the village of the event"),
                 "team129-645": ("كاودا", "a rebel-held town in the mountains of the same state")}
# the dateline kinds of the model set (set 127) and of the sets it names as its models (sets 123 and 125)
MODEL_DATELINE_KINDS = {"a village on the only road into the town of the event",
                        "a border town in a neighbouring country",
                        "a neighbouring coastal town of the same district",
                        "the country's capital", "the capital of the event's own governorate",
                        "a regional capital in a neighbouring country", "the town of the event",
                        "the capital of the neighbouring governorate", "a foreign capital"}
# the kind of each outlet (all different, none of the kinds used before) and its base
OUTLET_KIND = {"team129-641": "Moscow-based Russian state Arabic-language television's website",
               "team129-642": "Nasiriyah-based protest activists' Telegram channel",
               "team129-643": "Doha-based Qatari daily's website",
               "team129-644": "Sabha-based local FM radio station's website",
               "team129-645": "Nairobi-based Sudanese exile news website"}
OUTLET_BASE = {"team129-641": "Moscow", "team129-642": "Nasiriyah", "team129-643": "Doha",
               "team129-644": "Sabha", "team129-645": "Nairobi"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team129-641": ("Friday", "أمس الخميس"), "team129-642": ("Friday", "أمس الخميس"),
           "team129-643": ("Wednesday", "أمس الثلاثاء"), "team129-644": ("Monday", "أمس الأحد"),
           "team129-645": ("Wednesday", "أمس الثلاثاء")}
AR_DAYS = {"الإثنين": "Monday", "الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday",
           "الخميس": "Thursday", "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team129-641", "يوم الأحد المقبل", "2014-03-23"),
         ("team129-642", "يوم الأحد المقبل", "2019-12-01"),
         ("team129-643", "يوم السبت المقبل", "2015-04-04"),
         ("team129-644", "يوم الأربعاء المقبل", "2018-03-07"),
         ("team129-645", "يوم الجمعة المقبل", "2013-05-03")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team129-643": [37, 46], "team129-644": [6, 9]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team129-641": ("قُتل فيها ثلاثون مسلحاً",),
              "team129-642": ("مقتل ثلاثة وعشرين متظاهراً",),
              "team129-643": ("سبعة وثلاثين مدنياً", "ستة وأربعين قتيلاً"),
              "team129-644": ("مقتل ستة أشخاص", "تسعة أشخاص قُتلوا"),
              "team129-645": ("وقُتل فيها أربعة وعشرون شخصاً",)}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls, with a dateline and with the main
# event told first in the lead. This set never repeats them.
MODEL_POSITIONS = {"main": [3, 1, 4, 1, 2], "historical": [11, 9, 12, 6, 13],
                   "rumored": [8, 12, 9, 11, 6], "planned": [15, 16, 15, 13, 16],
                   "negated": [10, 13, 11, 9, 10], "threat": [6, 5, 3, 15, 9]}
# the kinds of those acts in the model set's article of each rank, as its README describes them: the main type
# of the rumoured, planned and negated acts, the main type and mode of the background act (the mode None when
# only the type is known), and the way the threat is told
MODEL_KINDS = {"rumored": ["SANCTION", "AGREE", "ASSAULT", "RETREAT", "MOBILIZE"],
               "planned": ["CONSULT", "AID", "COERCE", "RETREAT", "CONSULT"],
               "negated": ["COERCE", "RETREAT", "AID", "AGREE", "CONSULT"],
               "historical": [("ASSAULT", "explosives"), ("ASSAULT", "explosives"), ("AGREE", None),
                              ("ASSAULT", "aerial"), ("ASSAULT", "firearms")]}
MODEL_THREAT_MEDIUM = ["a police command's statement on Facebook", "an army commander's press conference",
                       "an ultimatum sent through local notables",
                       "an armed group commander's voice message to journalists",
                       "a militia commander's interview with the outlet"]
THREAT_MEDIUM = {"team129-641": "leaflets dropped over the town from army helicopters",
                 "team129-642": "a tribal council's statement read out in a guesthouse",
                 "team129-643": "words written by the attackers on the walls of a school and a mosque",
                 "team129-644": "text messages sent to residents' telephones",
                 "team129-645": "a state radio station's repeated broadcasts"}
MODEL_TOLL_CONFLICT_RANKS = {2, 5}
MODEL_DATELINE_RANKS = {2, 3, 4}
MODEL_LEAD_FIRST_RANKS = {2, 4}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "LY", "SD"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"مع مسلحي «جند الشام»|مع قادة المسلحين|مع المهاجمين|مع المعتصمين|مع مساعد الرئيس"),
    "على": re.compile(r"على منازل في حي الطيوري|على مواقع التنظيم|بالرصاص الحي على مئات|على مهبط الطائرات"),
    "ضد": re.compile(r"ضد المحتجين السلميين"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "أما … ف": re.compile(r"أما «الائتلاف الوطني السوري» المعارض فاتهم"),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما|وفق الحصيلة"),
    "reported speech": re.compile(r"وقال[^.]{2,80} إن |ويروي [^.]{2,80} أن |ويقول [^.]{2,80} إن |"
                                  r"وتقول [^.]{2,80} إنها "),
    "passive": re.compile(r"قُتل|ذُبحوا|أُحرقوا|نُقلوا|يُحتجز|استُخدمت|يُطلق|تُسمع|وسيُحالون"),
    "possessive actor": re.compile(r"مسلحي «جند الشام»|مسلحو تنظيم «الدولة الإسلامية»|عناصر اللواء|"
                                   r"قوات «الجبهة الثورية السودانية»"),
    "quoted organisation name": re.compile(r"«يونيسف»|«الدفاع الشعبي»|«القوة الثالثة»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"استعادت وحدات من الجيش|وأرسلت وزارة الصحة|وشنّ الطيران الحربي|"
                                      r"دفع «اللواء السادس مشاة»|ألقت طائرة حكومية|انتشر مئات المسلحين"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ومنظمة الأمم المتحدة للطفولة «يونيسف»، التي "
                                                       r"[^.]{20,}?، طالبت "),
    # a verb after a place and a time, its subject last
    "subject after a place and a time": re.compile(r"ووصلت إلى الرهد، مساء أمس، قافلة"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"وتوعد مجلس عشائر ذي قار[^.]+، وطالب|"
                                           r"دفع «اللواء السادس مشاة»[^.]+، في حين أغلقت"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"مطالبين بتسليح|وداعياً أعيان المدينة|متهمة الحكومة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في حين نفى عضو في المجلس الاجتماعي|"
                                           r"فيما قال الناطق باسم القوات المسلحة|لكن الناطق باسم اللواء قال"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"وردّ محتجون غاضبون|لدى انسحابهم|منذ بدء الاشتباكات"),
    # a purpose clause
    "purpose clause": re.compile(r"لإبطاء تقدّم الدبابات|«لحماية أبنائنا المعتصمين|لتبرير قصف|"
                                 r"لبحث أوضاع القرى الشرقية"),
    # a negation that negates no event
    "silence": re.compile(r"من دون أن تذكر خسائر وحداتها|وهو ما لم يؤكده أي مصدر رسمي|"
                          r"من دون أن ترد معلومات|وهو ما لم يعلق عليه"),
    # a negated act told by a verb of failure or of not letting
    "failure verb": re.compile(r"ولم تُفضِ اتصالات|ولم تسمح القوات الحكومية|ولم ترسل القيادة العامة"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وعلى الجانب الآخر من الحدود، أوقف|وفي مدينة الرهد بشمال كردفان، وزعت|"
                                  r"وبحسب شهود وصلوا إلى كاودا"),
}

# theme (a): a protest square's bridges cleared by force and the city's tribes stepping in
BRIDGES_CLEARED = "team129-642"
# theme (b): a village on the desert's edge raided at night, its people killed and carried off
VILLAGE_RAIDED = "team129-643"
BRIDGES_WORDS = re.compile(r"الناصرية|الحبوبي|جسر|الجسور|المتظاهرين|المعتصمين|المحتجين|عشائر")
VILLAGE_WORDS = re.compile(r"المبعوجة|التنظيم|المهاجمين|المهاجمون|المخطوفين|القرية|السلمية")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def bridges_theme(core, lines, main):
    cleared = bool(main and main.get("acled") == EXCESSIVE and "جسر" in para_text(lines, main))
    tribes_out = [g for g in has(core, "MOBILIZE", lines, "عشائر") if happened(g)]
    withdrawn = [g for g in has(core, "SANCTION", lines, "خلية الأزمة") if happened(g)]
    riot = [g for g in has(core, "PROTEST", lines, "بإحراق") if happened(g)]
    threat = has(core, "THREATEN", lines, "عشائر")
    pulled_back = has(core, "CONCEDE", lines, "الجسور")
    none_held = has(core, "COERCE", lines, "الضباط", first="negated")
    strike_due = has(core, "PROTEST", lines, "إضراب", first="planned")
    sheikhs = [g for g in has(core, "CONSULT", lines, "شيوخ") if happened(g)]
    return bool(cleared and tribes_out and withdrawn and riot and threat and pulled_back and none_held
                and strike_due and sheikhs and related(core, main, BRIDGES_WORDS, lines) * 2 > len(core))


def village_theme(core, lines, main):
    raided = bool(main and main.get("acled") == ATTACK and "المبعوجة" in para_text(lines, main))
    carried_off = [g for g in has(core, "ASSAULT", lines, "خمسين")
                   if happened(g) and g.get("acled") == ABDUCTION]
    defended = [g for g in has(core, "ASSAULT", lines, "الدفاع الوطني") if happened(g) and g is not main]
    walls = has(core, "THREATEN", lines, "جدران")
    not_freed = has(core, "RETREAT", lines, "المخطوفين", first="negated")
    demand = [g for g in has(core, "REQUEST", lines, "المخطوفين") if happened(g)]
    mourners = [g for g in has(core, "PROTEST", lines, "السلمية") if happened(g)]
    return bool(raided and carried_off and defended and walls and not_freed and demand and mourners
                and related(core, main, VILLAGE_WORDS, lines) * 2 > len(core))


THEMES = {"a protest square's bridges cleared by force and the city's tribes stepping in":
          (BRIDGES_CLEARED, bridges_theme),
          "a village on the desert's edge raided at night, its people killed and carried off":
          (VILLAGE_RAIDED, village_theme)}


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
    type and mode (of its type when only the type is known), and the threat is never told the way it told its
    own."""
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
        if kind == "historical":
            mine = (main_type(g), g.get("mode") if model[1] is not None else None)
        else:
            mine = main_type(g)
        if mine == model:
            errs.append(f"{did}: the {kind} act is of the model set's kind for its article of this rank "
                        f"({mine})")
    if THREAT_MEDIUM[did] in MODEL_THREAT_MEDIUM:
        errs.append(f"{did}: the threat is told the way the model set told one of its own")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 124-128",
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
             "the countries are not Syria (twice), Iraq, Libya and Sudan"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team129", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
