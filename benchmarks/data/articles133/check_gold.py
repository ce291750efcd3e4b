#!/usr/bin/env python3
"""Check team133.gold.json (the hundred-and-thirty-third team set, team133-661 ... team133-665) against the
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
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 128-130
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (661, 663, 664), of three kinds that
  neither the model set (131) nor the sets it names as its models used (the border crossing nearest to the
  camp of the event, a hill town whose young men had joined the sit-in of the event, the town of the UN
  peacekeeping force's headquarters); the two others (662, 665) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Idlib: Qah; Hasakah: Qamishli), one Tunisian in
  Tataouine (El Kamour), one Lebanese in Nabatieh (Aitaroun) and one Yemeni in al-Bayda (Rada'a), each main
  event in one of its region's towns; no governorate, file-name word or accepted place name among the places
  of the first paragraphs of the READMEs of sets 128, 129, 130 and 131, of the regions the brief keeps for set
  132 (written at the same time) and for sets 126, 128 and 130, and of the older regions it lists, which are
  kept here only as salted digests (``goldkit.place_digest``);
- the months: 2019-11, 2021-04, 2017-05, 2024-02, 2012-01 (five years, twelve apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (663, 664), not in the model
  set's, and in ¶2-¶5 after another core event in the others; the tolls conflict in two articles only (662,
  664), each with two attributed sources and the gold keeping the lowest count; every toll reported is written
  in the main event's paragraphs; the no-event paragraphs differ between articles and never fall where the
  model set put its own; the main event, the background act, the rumoured, planned and negated acts and the
  threat of each article never fall at the paragraph index the model set used for them in its article of the
  same rank; the rumoured, planned and negated acts are never of the type (the background act never of the
  type and mode), and the threat never told through the medium, of the model set's article of the same rank
  (nor through any medium of the model set or of its own model); neither the conflicting tolls nor the
  datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a city quarter fought over between a pro-government militia
  and the Kurdish-led security forces until a Russian-brokered truce (662); (b) one mostly about a desert
  sit-in at an oil pumping station broken up, a young protester killed and the region called out on a general
  strike (663).

    python3 benchmarks/data/articles133/check_gold.py [--no-score]
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

GOLD = "team133.gold.json"
N_ARTICLES = 5
SALT = "team133"
IDS = ["team133-661", "team133-662", "team133-663", "team133-664", "team133-665"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team133-661": [6, 13], "team133-662": [9, 16], "team133-663": [3, 12],
                  "team133-664": [11, 15], "team133-665": [6, 16]}
MODEL_NO_EVENT_INDEXES = {2, 4, 5, 7, 8, 10, 14, 17}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team133-661": ("SY", "Idlib", "Qah", "قاح"),
          "team133-662": ("SY", "Hasakah", "Qamishli", "القامشلي"),
          "team133-663": ("TN", "Tataouine", "El Kamour", "الكامور"),
          "team133-664": ("LB", "Nabatieh", "Aitaroun", "عيترون"),
          "team133-665": ("YE", "al-Bayda", "Rada'a", "رداع")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Idlib"): {"Qah"},
                 ("SY", "Hasakah"): {"Qamishli"},
                 ("TN", "Tataouine"): {"El Kamour"},
                 ("LB", "Nabatieh"): {"Aitaroun"},
                 ("YE", "al-Bayda"): {"Rada'a"}}
# the month each article is published in
PLANNED_MONTH = {"team133-661": "2019-11", "team133-662": "2021-04", "team133-663": "2017-05",
                 "team133-664": "2024-02", "team133-665": "2012-01"}
YEAR_SPREAD = 9

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 128, 129, 130 and 131 name (settings, outlet bases, datelines), the regions the brief keeps for set
# 132 (written at the same time) and for sets 126, 128 and 130, the older regions it lists, and the words of
# the file names of sets 18 and 131; and the outlet kinds of those first paragraphs; the names themselves are
# not written here
USED_GOV_DIGESTS = frozenset({
    "0013a50dd6d639d0", "0386962e1e6f5e13", "03bf003c99b230ca", "04dda92484a4cf1b", "06cb37fcf5e00408",
    "06cdb234a6aec8a8", "089885ee9bf84c18", "0b1aa5f49c67a442", "12bd4d6b7f477981", "13d394d42cef1263",
    "144483ecb47fac76", "1521df13c6c0b08a", "15a77c7fbd4456f0", "1d74bef3a52f051f", "1e26640686dea4fb",
    "22b0c86d3cad5231", "2318fd62d0b58885", "24a5c873614308c8", "25e7599065d3fe5f", "2b59a12b910bd29c",
    "2bd07d05753de827", "2d28d26b75ea754a", "2e7c2c1bc60bfd44", "2fb08b60b73e33a7", "33298f03a5b13524",
    "3397d867067d5c34", "33a1e30402a5dba9", "34670190e5f2983e", "3970616aa14083e0", "3b893c7fac0a6b50",
    "3d73572b471d36ca", "3f574f795a6573ab", "418c2c182e33c57c", "4332203fb1759c9b", "459f6666ad87c61b",
    "4624702bd04c5386", "470946c699affba4", "493a0bed018db4fb", "4be62e21878e15b8", "4d293607dafc6437",
    "4d3c4581794bede1", "4dd3d1e7d4508ec3", "4e8162b9e53671de", "4f588b7b85641a32", "51cbb9f5837066bc",
    "52737cee62b07935", "52a2e9008c050477", "536b175cea77dfa3", "54d6df4d8c9ae007", "55ba462728772174",
    "57424c356abb6d71", "5b025925d19c0255", "5bab73f83c2d3081", "603415e1818a1d07", "6361ced1578b017a",
    "642d929273c6e75b", "662d588cafa0a3fa", "67f9f63cfd6a1777", "68770cd9f4248aee", "68c26038a0294a31",
    "690de4d8abd50964", "6a615355499d6d87", "708a3903aa28ab47", "7857dec5d3ac0263", "82fd84daaba4d4d4",
    "85264b8af077ce53", "8632dccd0d0117f7", "8ac7ca791afb5bb0", "8d6c153a32819673", "915c8405cf6f5aa2",
    "942ea4485d48d25b", "9d045e7ce8f7fd4d", "9fcc174b82561490", "a1ca33db5d86a917", "a78dde71b9a68db3",
    "a8234cc7488a5576", "a8e6ef00ba3220e5", "aa0b418f6eea801a", "aa29a0d8938b0e8b", "ab98abcb1273318e",
    "acc5c749dfa7b30d", "add407d6d7b0305d", "af88831ef9d48195", "b58ce2aa6f13a139", "b6f2597247c2f234",
    "bb76aab89ebfe68c", "bd26b660e9ca5f1a", "bda8810b5f9947bc", "bec0a256e0e96fd3", "c29392fa725809d9",
    "c5bf667fbfcfcbd5", "c682286849584614", "c938748ab66bf6b5", "c9bfdffacc0179a3", "cb29f8aca651fe20",
    "d079bf8d5832878a", "d27de5a554083c9f", "d558bf5c95b6f286", "d86bbce6144d3f68", "dda4b4fd8e1e34bc",
    "e0b801f75c015519", "e2412d2a25c4571f", "e7dbb82ef1e0c4bf", "e916abbbc8c597bf", "e99816d22333da5d",
    "eb6136cd79cd1554", "edfd2b52d4b15be3", "efbda088f5bb8e1d", "f10b1b9e9ee52330", "f366738ac13d1a9d",
    "f4f27a8092eb7f08", "f81b5f54eadd0ed9", "f8808833f8320d3e", "fac47dce28da87d2", "fc2815e81c098f95",
    "fdd6b7f21c74cac2", "fe52f12d8b8995e9", "ff2267a982a0e77a", "ffcda3b0a75129f8",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0a6cc40b1abfca36", "0fdc9b0ec08d74d7", "1521df13c6c0b08a", "18b34a0b9a44c1bd", "2853db24e0613eca",
    "2b59a12b910bd29c", "2bfb5a77ca14a2eb", "365cd19e0f98985f", "38584a9896aea1f7", "4727a443ee1ba539",
    "4cb29d26538e9bd3", "4dd3d1e7d4508ec3", "57978aba13ee2d0b", "5dc5fa9eddc0d0fd", "5ee7bddbf94135a6",
    "68a53e18f2e493f1", "6c116b15a9d4ad4c", "6ea755446937fde9", "708a3903aa28ab47", "73834c9907686c3d",
    "739449c60c203b6e", "7e84aedf61195201", "809df0bf6bd922bf", "83070de546e3b2e5", "8d21541b7dc919bf",
    "8db5b92fd14a632d", "8dec8c2b2d1df675", "8e80ef26df3ea1b4", "946458869baf8495", "994aaa3280f44749",
    "a5dd1c6816872228", "afd167dfcc729998", "b6f2597247c2f234", "badb115e6a750c90", "bc32c8f43137563d",
    "c3a377e81b03b7b4", "c6622c958e712f82", "ca5bce1ef86b220b", "d1f5ad11c06c5911", "d64c52ed1991cb04",
    "d86bbce6144d3f68", "dd36fbfe4ff1aa77", "e1daf0d0fde4665b", "e33110fc4a44f234", "e842f5489afc84d6",
    "ea835e57333fa4ed", "eb316954fb51bfe1", "f2f717ec90b4a0c6", "f68137863ceebf89", "f8081999b70be6f9",
    "f89d3404793c3b3a", "f9525bb27d050868", "fde51eb886903e1d",
})
USED_PLACE_DIGESTS = frozenset({
    "0013a50dd6d639d0", "00ff3ddaf5bd799a", "0160612b4dca68f0", "01eac8ed4a5c8bb8", "02fe399cdb493566",
    "0386962e1e6f5e13", "03bd076f9f3a7588", "03bf003c99b230ca", "04753c3f5244cd28", "04dda92484a4cf1b",
    "06cb37fcf5e00408", "06cdb234a6aec8a8", "083d8f4519927e6c", "089885ee9bf84c18", "08b4802ffb1b710a",
    "08f41b6253b229b4", "0a11e3b24e7f538e", "0b1aa5f49c67a442", "0bfae17c9415e5c6", "0c3a9f46f8e0561c",
    "0c67b042bc9bb1af", "0c88c17e3611f640", "0cc93ef69035961b", "0cdff85d123e1e92", "0e255fffe3bfff94",
    "0f0315aa3d7abd40", "10920cb07d269041", "117197fd4a74499c", "12bd4d6b7f477981", "12e0ff96f5cf8cd1",
    "13659c281ca01252", "13d394d42cef1263", "144483ecb47fac76", "1521df13c6c0b08a", "15a77c7fbd4456f0",
    "16d7115a24367ec0", "178a97390dc73ce7", "18b34a0b9a44c1bd", "19286edab0f5f916", "1b283233c24773cd",
    "1bfed55559838190", "1c60ee380c1c3fb8", "1cd1069decb3f2e9", "1d74bef3a52f051f", "1d8aaf65329c7d10",
    "1dce131d97294881", "1e26640686dea4fb", "2013f24ddf7ee961", "2033c71e56346e10", "22b0c86d3cad5231",
    "22bda2a11d2552a8", "2318fd62d0b58885", "24a5c873614308c8", "257d992cf18a862c", "25e7599065d3fe5f",
    "26d48da0ff262c43", "27e8be627fc355b0", "2816fd6aae2aaae0", "2855fe61f0d48c59", "2b59a12b910bd29c",
    "2b8bae2a56975937", "2bd07d05753de827", "2be8a3488dc0a466", "2d0904b674f206d5", "2d1e291347974117",
    "2d28d26b75ea754a", "2e7c2c1bc60bfd44", "2f0e70d64a572c37", "2fb08b60b73e33a7", "2fc22707fdd03642",
    "3042c45f59a24d71", "30f765168c61c0e8", "32071e6d94339666", "3280ddd7267cbb9e", "33298f03a5b13524",
    "3397d867067d5c34", "33a1e30402a5dba9", "34670190e5f2983e", "34d3d9926fbc0dd0", "361466486b070d1a",
    "3899619416ea6a6e", "3970616aa14083e0", "3b893c7fac0a6b50", "3d73572b471d36ca", "3dedcf630a0f256f",
    "3f574f795a6573ab", "4056dea4a63931b8", "418c2c182e33c57c", "4312af566f79b80b", "4332203fb1759c9b",
    "4578f870e954bf1b", "45964dfdbaa76b5f", "459f6666ad87c61b", "45d9904d1ca7db20", "4624702bd04c5386",
    "46bb5bf3edd4cdec", "470946c699affba4", "483385fcad71bd75", "48c61f4c9e0e5b5a", "493a0bed018db4fb",
    "4a55df5665cd4455", "4b5a40f8ec3d9756", "4be62e21878e15b8", "4c267cee8ce99cd7", "4cb29d26538e9bd3",
    "4d293607dafc6437", "4d3c4581794bede1", "4dd3d1e7d4508ec3", "4de1cde506d84bda", "4e158b150342f015",
    "4e8162b9e53671de", "4e840839540c4754", "4f588b7b85641a32", "4f9e8502a5439196", "4ff3b5cadde6d18f",
    "5009197dfc518ee6", "512c469b01d3ecc3", "51cbb9f5837066bc", "52737cee62b07935", "52a2e9008c050477",
    "52d19cdd054241db", "533f3ed7e81b4c1a", "536b175cea77dfa3", "54d6df4d8c9ae007", "554b2de24ab4515c",
    "55ba462728772174", "56e95188bbef443d", "57424c356abb6d71", "57978aba13ee2d0b", "586843b1015f01ab",
    "59a572766f5303c9", "5a9af824479b8ad1", "5b025925d19c0255", "5b07357f59553d61", "5b245dee4debe017",
    "5bab73f83c2d3081", "5d78230a6b69810c", "5e0b94defe3f924e", "5f0586ee8dd17256", "5f6c9df7eb40d245",
    "603415e1818a1d07", "61882eeef323fb7e", "6206b4b27fd13adc", "6361ced1578b017a", "63bd91b911a4f95e",
    "642d929273c6e75b", "6583561f269fcf4d", "659687c2de3296c5", "662d588cafa0a3fa", "66fa847a6ac8902f",
    "6731667476c80479", "67f9f63cfd6a1777", "68770cd9f4248aee", "68c16c73b3ca8ffd", "68c26038a0294a31",
    "690de4d8abd50964", "693f6e90e58129ac", "69401a7504d6e86c", "696efb27d4b390a4", "69ec8ed3e5da7555",
    "6a1d756e15ef0c57", "6a615355499d6d87", "6ae421ac28ef711d", "6aef49ecaf96047d", "6c80b9f9f13f4f74",
    "6cc750f7f0086e16", "7025f607e41670ab", "708a3903aa28ab47", "70a25f3c93d73ee9", "72f932d26d6c738a",
    "76b5940225de3d2d", "76cfaa253fbf5020", "76d40e463274f16d", "774df3ddc1a3c307", "78252327b0f40b90",
    "7857dec5d3ac0263", "7a76a51a363986e0", "7bfef5d8c21ad668", "7c0f7838cfa41689", "7d35b8aaf3709a7c",
    "7d7698dbf6f97494", "7e0940838a3fc0c5", "7e21c8b45517ed19", "7e37ba107f0fef74", "7e84aedf61195201",
    "7ee7ebc5a30e5310", "7f378181ea15807e", "809df0bf6bd922bf", "82fd84daaba4d4d4", "8330d4d7128b89c5",
    "83e82a9bda0c8c92", "84a00aa2c10471f0", "84bafe53c176abf0", "851aff1aeef8a728", "85264b8af077ce53",
    "86021aef3be3f72a", "8632dccd0d0117f7", "8722cb8f7db18bc7", "87e2d0a9fb23d199", "89dd9d62de0760d6",
    "8a6692107e9a2464", "8ac7ca791afb5bb0", "8b068650fbbc3b73", "8c50a5579949f25b", "8c6694dc928d658d",
    "8d6c153a32819673", "8e20474834e4af1e", "8f39b66ef8d22153", "8f75650f5aac3166", "8fc6716011bc0dce",
    "915c8405cf6f5aa2", "91c7a9658e552383", "92584250aa156e7d", "925847ba70a5c740", "9265157053a4d272",
    "93b6863554ddfe40", "942ea4485d48d25b", "946458869baf8495", "94a34a3abf3275e6", "94d12f38b409e553",
    "96b011f80c17862a", "977fb96ea8a2491e", "97eb5992601cc52e", "994aaa3280f44749", "9953fd33e9b04a5b",
    "99a3428e1a3ab6f4", "9ac7ac40b2e9ebac", "9bda9781e158a86e", "9d045e7ce8f7fd4d", "9e9183d540c71e5a",
    "9f462390632eff11", "9fcc174b82561490", "a0d071b0e83fc70b", "a1ca33db5d86a917", "a36057c90924a6ad",
    "a57e296dd8da8f57", "a68c8737a393223d", "a78dde71b9a68db3", "a8234cc7488a5576", "a8e6ef00ba3220e5",
    "a905b69cb211849f", "a9cd052991dede6a", "a9cd100eea064e08", "aa0b418f6eea801a", "aa29a0d8938b0e8b",
    "ab2beb7947be60d3", "ab98abcb1273318e", "acc5c749dfa7b30d", "add407d6d7b0305d", "ae566b7201b21f67",
    "ae59eb674a671c00", "aeb6cf58f3a9610c", "af3dab6921842edc", "af492610bb9e0410", "af88831ef9d48195",
    "b082c01d3e3a02f2", "b1107cbf5f2fda65", "b1db3ee2c5d6a542", "b26da19bc0253cd1", "b2d64bbb3440408c",
    "b2e4d2f3ef81a01a", "b3e776b5283a7287", "b411f9c2d1baa21b", "b58ce2aa6f13a139", "b6091f3236134092",
    "b6f2597247c2f234", "b7eade7ff2334750", "b97d071aceac0d37", "ba41cbe6baa49eac", "ba71e887481942f7",
    "badb115e6a750c90", "baebbe91acc0081b", "bb76aab89ebfe68c", "bc40e53408cdfd12", "bd26b660e9ca5f1a",
    "bd87bb965b049180", "bda8810b5f9947bc", "be732e1a5278e437", "bec0a256e0e96fd3", "bf2630037b57b509",
    "c0666c1b2c0faeb9", "c0b29163553543fc", "c1862834d5512908", "c23566449d1a39f0", "c25da3dc32ae67f7",
    "c29392fa725809d9", "c2a7ed76820246fa", "c3a377e81b03b7b4", "c3a4bbf042a7f2a1", "c42cd9fdc4706ab4",
    "c44332f177fbef1e", "c54f539ec4c69abf", "c5bf667fbfcfcbd5", "c682286849584614", "c6e7ba9b7cec156b",
    "c784f66a91be9d13", "c7aae2e4d75b2f43", "c84899a3bdac538a", "c86cc02fdea17673", "c89831addd0145c1",
    "c938748ab66bf6b5", "c9bfdffacc0179a3", "ca49752972c1df93", "ca6e298a730fc9dd", "caaade44e5bcd4bb",
    "cb12ffad171dddd6", "cb29f8aca651fe20", "ccf7916a85104357", "cdbacdfb0ca6e0ee", "cddf0870a81ca963",
    "ce2c4e7f19978a86", "cec89e8a882ace20", "cee990fce4816e7a", "cfcd6d00c10d0293", "d079bf8d5832878a",
    "d1dbde668afb16b3", "d1f903b23a36f8cd", "d27de5a554083c9f", "d38e1a06f6ba0ea5", "d45cc3fc9eee9982",
    "d558bf5c95b6f286", "d64c52ed1991cb04", "d6c54398ccc80f71", "d755efc81561e578", "d7b9ad1100d56144",
    "d86bbce6144d3f68", "daca3de241cef994", "db5cf9330b417b01", "dd0f7956bb630faf", "dd4fd41a70889c77",
    "dda4b4fd8e1e34bc", "de4d3084e43d2c91", "dfcecf91098ea0bc", "e0b801f75c015519", "e14d90ceea489772",
    "e1f9da6087eb25aa", "e2412d2a25c4571f", "e27518dc9c7ff330", "e2ae9a15f2186123", "e2f01a62f9e70334",
    "e385f63979726a45", "e424a6b2c385ebd7", "e5b493b3fcd626c4", "e63605a746e854a3", "e682c8a83702ef25",
    "e7904eb81f211b51", "e7dbb82ef1e0c4bf", "e89585c8b5c3906d", "e916abbbc8c597bf", "e99816d22333da5d",
    "eb6136cd79cd1554", "ec689a2ef8893495", "edfd2b52d4b15be3", "ee6050141f0c4963", "ee61137ad89e6e94",
    "ee92a8b8472b3e81", "efbda088f5bb8e1d", "f0233ac2ee903bcd", "f0ee37bc3b6c2207", "f10b1b9e9ee52330",
    "f2f717ec90b4a0c6", "f3066f2701c3a0e6", "f366738ac13d1a9d", "f3c72bd2306cfe4d", "f4f27a8092eb7f08",
    "f5202d4948ee6034", "f6b53ab5d46e196d", "f7d91bab321db44d", "f80f1e5c88a843cc", "f81b5f54eadd0ed9",
    "f8808833f8320d3e", "f89d3404793c3b3a", "f8fc052514219323", "fa2c309e1abbf1a7", "fac456b2ca6f899c",
    "fac47dce28da87d2", "fbc6157c7442c317", "fc2815e81c098f95", "fcc3e75e015c7e6e", "fccde522a76aa0b1",
    "fdd6b7f21c74cac2", "fddfcff28d41ba8f", "fe51f7c4c3ea36c5", "fe52f12d8b8995e9", "fe8921f827586768",
    "feacc4155dee7332", "ff2267a982a0e77a", "ff7732e893a53e9c", "ffcda3b0a75129f8",
})
USED_OUTLET_KIND_DIGESTS = frozenset({
    "0609918b05f1cc0d", "091b7709505874f8", "11596aaa4b99b7a5", "13b8185417181e68", "16ea5ba558ff22cd",
    "260cbde11a338649", "28fd949f05216ad5", "3304347f367207c3", "33d097a003ac6136", "34e4e01207dd87f8",
    "3b2defbe031e641a", "3ff981101133de2e", "4674968128c6e92f", "4bda46cc925b51c2", "4c883647256362c9",
    "60fad1f7c10b70f6", "6506badd54657605", "7289afff94559029", "7d643cebc451eabc", "8dafd8325238ddeb",
    "9215c225dd49613f", "959d2a0dd5cf3587", "9c20344e46ef575b", "9d3d77a7defc1aea", "a1390557afda628a",
    "a8340083719af86c", "b0b2d9ba548a1c76", "b331e7755f9de5da", "b8a5e1cd61e37d81", "ba77439eb09f7f7e",
    "bcccac127aeaf506", "c2bfbbf0a8559d77", "c47452c91815e6e3", "c80d76445dd470c9", "cce9949f6f7b6c16",
    "cdfc58f0cb8a95cf", "d0be5e4f94242af8", "dd8df7ae9c4f289d", "f172b0880fd54948", "fff5c0206ddaa037",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team133-661", "team133-663", "team133-664"}
DATELINE_KIND = {"team133-661": ("باب الهوى", "the border crossing nearest to the camp of the event"),
                 "team133-663": ("غمراسن", "a hill town whose young men had joined the sit-in of the event"),
                 "team133-664": ("الناقورة", "the town of the UN peacekeeping force's headquarters")}
# the dateline kinds of the model set (set 131) and of the sets it names as its models (its own model 129 and
# the sets that one named)
MODEL_DATELINE_KINDS = {"a government-held town at the mouth of the valley of the event",
                        "the town where the wounded of the event were taken",
                        "an island off the coast of the event's governorate",
                        "a valley town below the town of the event",
                        "the seat of the district that holds the village of the event",
                        "a rebel-held town in the mountains of the same state",
                        "a village on the only road into the town of the event",
                        "a border town in a neighbouring country",
                        "a neighbouring coastal town of the same district",
                        "the country's capital", "the capital of the event's own governorate",
                        "a regional capital in a neighbouring country", "the town of the event",
                        "the capital of the neighbouring governorate", "a foreign capital"}
# the kind of each outlet (all different, none of the kinds used before) and its base
OUTLET_KIND = {"team133-661": "Reyhanli-based Syrian displacement camps' coordination network's news website",
               "team133-662": "Erbil-based Syrian Kurdish opposition party's news website",
               "team133-663": "Gabes-based Tunisian regional online newspaper",
               "team133-664": "London-based foreign public broadcaster's Arabic-language radio website",
               "team133-665": "Cairo-based Yemeni independent weekly's website"}
OUTLET_BASE = {"team133-661": "Reyhanli", "team133-662": "Erbil", "team133-663": "Gabes",
               "team133-664": "London", "team133-665": "Cairo"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team133-661": ("Thursday", "أمس الأربعاء"), "team133-662": ("Friday", "أمس الخميس"),
           "team133-663": ("Tuesday", "أمس الإثنين"), "team133-664": ("Saturday", "أمس الجمعة"),
           "team133-665": ("Thursday", "أمس الأربعاء")}
AR_DAYS = {"الإثنين": "Monday", "الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday",
           "الخميس": "Thursday", "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team133-661", "يوم السبت المقبل", "2019-11-23"),
         ("team133-662", "يوم الإثنين المقبل", "2021-04-26"),
         ("team133-663", "يوم الخميس المقبل", "2017-05-25"),
         ("team133-664", "يوم الإثنين المقبل", "2024-02-26"),
         ("team133-665", "يوم السبت المقبل", "2012-01-28")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team133-662": [9, 13], "team133-664": [5, 7]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team133-661": ("وقُتل ثلاثة عشر نازحاً",),
              "team133-662": ("مقتل تسعة أشخاص", "ثلاثة عشر شخصاً قُتلوا"),
              "team133-663": ("توفي شاب في الثالثة والعشرين",),
              "team133-664": ("قُتل خمسة أشخاص", "سبعة أشخاص قضوا"),
              "team133-665": ("وقُتل سبعة أشخاص",)}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls, with a dateline and with the main
# event told first in the lead. This set never repeats them.
MODEL_POSITIONS = {"main": [3, 1, 5, 2, 1], "historical": [10, 12, 11, 5, 13],
                   "rumored": [8, 9, 13, 10, 6], "planned": [17, 16, 15, 16, 16],
                   "negated": [13, 15, 9, 14, 11], "threat": [2, 6, 3, 12, 9]}
# the kinds of those acts in the model set's article of each rank, as its README describes them: the main type
# of the rumoured, planned and negated acts, the main type and mode of the background act, and the way the
# threat is told
MODEL_KINDS = {"rumored": ["MOBILIZE", "AGREE", "CONSULT", "RETREAT", "RETREAT"],
               "planned": ["CONSULT", "RETREAT", "AID", "PROTEST", "CONSULT"],
               "negated": ["AID", "RETREAT", "AGREE", "CONSULT", "COERCE"],
               "historical": [("PROTEST", "demo"), ("RETREAT", "withdraw"), ("ASSAULT", "firearms"),
                              ("ASSAULT", "aerial"), ("ASSAULT", "firearms")]}
# the ways the model set (by rank) and its own model told their threats: none is used here for any rank
MODEL_THREAT_MEDIUM = ["a warning broadcast by loudspeakers on vehicles at the town's northern gate",
                       "a news ticker run on the state television channel",
                       "a speech at a funeral wake in the provincial capital",
                       "a Russian military reconciliation centre's daily briefing",
                       "a statement posted on the attackers' group's Telegram channel"]
OLDER_THREAT_MEDIUMS = {"leaflets dropped over the town from army helicopters",
                        "a tribal council's statement read out in a guesthouse",
                        "words written by the attackers on the walls of a school and a mosque",
                        "text messages sent to residents' telephones",
                        "a state radio station's repeated broadcasts"}
THREAT_MEDIUM = {"team133-661": ("a field commander's words in a pro-government channel's filmed "
                                 "front-line report"),
                 "team133-662": "a voice message attributed to a militia commander passed between telephones",
                 "team133-663": "a written warning hung by the army on the fence of the installation",
                 "team133-664": "a foreign army's Arabic-language spokesman's post on a social platform",
                 "team133-665": "a recorded speech on compact discs sold in the markets"}
MODEL_TOLL_CONFLICT_RANKS = {1, 5}
MODEL_DATELINE_RANKS = {2, 4, 5}
MODEL_LEAD_FIRST_RANKS = {2, 5}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "TN", "LB", "YE"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"بالتنسيق مع الهلال الأحمر التركي|اتصالات الموفد الأميركي مع المسؤولين|"
                     r"جلسات التفاوض مع اللجنة الوزارية|قيفة مع قادة الجماعة"),
    "على": re.compile(r"على مخيم قاح|على السياج المحيط|على سطح منزلهما"),
    "ضد": re.compile(r"ضد أحد|ضد «مجموعات خارجة عن القانون»"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "أما … ف": re.compile(r"أما المرصد السوري لحقوق الإنسان فقال"),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "reported speech": re.compile(r"ويروي [^.]{2,80} أن |ويقول [^.]{2,80} إن |وتقول [^.]{2,80} إن "),
    "passive": re.compile(r"قُتل|نُقلوا|كُتب|اتُّخذ|تُنتشلا|نُشرت|أُنزلت|سُلّموا"),
    "possessive actor": re.compile(r"معتصمو الكامور|مسلحو جماعة|مسلحي ميليشيا"),
    "quoted organisation name": re.compile(r"«حزب الله»|«اليونيفيل»|«أنصار الشريعة»|«آفاد»|«الدفاع الوطني»|"
                                           r"«الأسايش»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"ووزّعت هيئة الهلال الأحمر الكردي|وسيّر الجيش اللبناني|"
                                      r"وعلّق الجيش|ووزّع مجلس الجنوب"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ووزارة الداخلية، التي [^.]{20,}?، أشادت "),
    # a verb before a place and a time, its subject last
    "subject after a place and a time": re.compile(r"عبرت إلى الشمال السوري من معبر باب الهوى، صباح اليوم "
                                                   r"الخميس، قافلة"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"والتقى ضباط من الشرطة العسكرية الروسية[^.]+، واتفق|"
                                           r"وأوقف الجيش اللبناني[^.]+، وضبط"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"داعياً الأهالي|مطالباً مجلس الأمن|معلناً تبنّيه|"
                                                r"مطالباً سكان القرى"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في حين قالت وزارة الدفاع الروسية|في حين تقول وزارة الداخلية|"
                                           r"في حين نفى مصدر في حزب المؤتمر|في حين تقول الإدارة الذاتية"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"«رداً على مجزرة عيترون»|منذ دخول المسلحين|بعد عشرة أيام من سيطرتهم"),
    # a purpose clause
    "purpose clause": re.compile(r"لإيواء العائلات|لتعزيز حماية الحقول|لترسيم نقاط الانتشار"),
    # a negation that negates no event
    "silence": re.compile(r"من دون أن يصدر عن موسكو أو أنقرة|ولم يؤكد أي مصدر رسمي ذلك|"
                          r"ولم يصدر عن السفارة الفرنسية|من دون أن تتبناه"),
    # a negated act told by a verb of failure
    "failure verb": re.compile(r"ولم تُسفر الجولة الأخيرة"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وفي الريف الجنوبي الشرقي لإدلب، استقدمت|وفي مدينة تطاوين، أحرق"),
    # constructions the model set did not list
    # a planned act told by a present tense and a day ahead
    "present tense for a day ahead": re.compile(r"ويدخل الاتحاد الجهوي للشغل في إضراب عام|"
                                                r"وتجتمع لجنة مشتركة بإشراف روسي"),
    # a passive verb opening a paragraph
    "passive opening": re.compile(r"^وتباع في أسواق رداع", re.M),
    # the setting told by a nominal clause
    "nominal setting": re.compile(r"وتقع عيترون على تلال|وتقع رداع على هضبة|وتقع القامشلي على الحدود"),
    # an act carried by a verbal noun
    "verbal noun for an act": re.compile(r"عن تفاهم روسي تركي|عن تجمّع مزيد|إلى لقاء غير معلن"),
}

# theme (a): a city quarter fought over between a pro-government militia and the Kurdish-led security forces
QUARTER_FOUGHT = "team133-662"
# theme (b): a desert sit-in broken up, a protester killed and the region called out on a general strike
SIT_IN_BROKEN = "team133-663"
QUARTER_WORDS = re.compile(r"حي طي|الحي|الأسايش|الدفاع الوطني|الميليشيا|القامشلي")
SIT_IN_WORDS = re.compile(r"الكامور|تطاوين|المعتصم|الاعتصام|المحتج|الحرس الوطني|التنسيقية")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def quarter_theme(core, lines, main):
    fought = bool(main and main.get("acled") == CLASH and "حي طي" in para_text(lines, main))
    built_up = [g for g in has(core, "MOBILIZE", lines, "حي طي") if happened(g)]
    arrested = [g for g in has(core, "COERCE", lines, "الميليشيا") if happened(g)]
    threat = has(core, "THREATEN", lines, "رسالة صوتية")
    talks = [g for g in has(core, "CONSULT", lines, "الشرطة العسكرية الروسية") if happened(g)]
    truce = [g for g in has(core, "AGREE", lines, "وقف إطلاق النار") if happened(g)]
    refused = [g for g in has(core, "REJECT", lines, "الأسلحة") if happened(g)]
    idle_army = has(core, "MOBILIZE", lines, "المطار", first="negated")
    return bool(fought and built_up and arrested and threat and talks and truce and refused and idle_army
                and related(core, main, QUARTER_WORDS, lines) * 2 > len(core))


def sit_in_theme(core, lines, main):
    broken_up = bool(main and main.get("acled") == EXCESSIVE and "الكامور" in para_text(lines, main))
    riot = [g for g in has(core, "PROTEST", lines, "تطاوين") if happened(g) and g.get("mode") == "riot"]
    arrested = [g for g in has(core, "COERCE", lines, "الحرس الوطني") if happened(g)]
    warning = has(core, "THREATEN", lines, "السياج")
    left_talks = [g for g in has(core, "SANCTION", lines, "التفاوض") if happened(g)]
    stayed = has(core, "RETREAT", lines, "الكامور", first="negated")
    strike = has(core, "PROTEST", lines, "إضراب", first="planned")
    return bool(broken_up and riot and arrested and warning and left_talks and stayed and strike
                and related(core, main, SIT_IN_WORDS, lines) * 2 > len(core))


THEMES = {"a city quarter fought over between a pro-government militia and the Kurdish-led security forces":
          (QUARTER_FOUGHT, quarter_theme),
          "a desert sit-in broken up, a protester killed and the region called out on a general strike":
          (SIT_IN_BROKEN, sit_in_theme)}


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
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 126-132",
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
             "the countries are not Syria (twice), Tunisia, Lebanon and Yemen"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team133", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
