#!/usr/bin/env python3
"""Check team127.gold.json (the hundred-and-twenty-seventh team set, team127-631 ... team127-635) against the
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
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 122-124
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (632, 633, 634), of three kinds that
  neither the model set nor its own model used (a village on the only road into the town of the event, a
  border town in a neighbouring country, a neighbouring coastal town of the same district); the two others
  (631, 635) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Tartus: Tartus; Daraa: al-Sanamayn), one Lebanese in
  Baalbek-Hermel (Arsal), one Libyan in the Zawiya district (Sabratha) and one Yemeni in Abyan (Lawdar), each
  main event in one of its region's towns; no governorate, file-name word or accepted place name among the
  places of the first paragraphs of the READMEs of sets 122, 123 and 124, of the model set (125), of the
  regions the brief keeps for set 126 (written at the same time) and of the older regions it lists, which are
  kept here only as salted digests (``goldkit.place_digest``);
- the months: 2016-05, 2014-08, 2020-03, 2017-09, 2012-04 (five years, eight apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (632, 634), and in ¶2-¶5 after
  another core event in the others; the tolls conflict in two articles only (632, 635), each with two
  attributed sources and the gold keeping the lowest count; every toll reported is written in the main
  event's paragraphs; the no-event paragraphs differ between articles and never fall where the model set put
  its own; the main event, the background act, the rumoured, planned and negated acts and the threat of each
  article never fall at the paragraph index the model set used for them in its article of the same rank; the
  rumoured, planned and negated acts are never of the type (the background act never of the type and mode),
  and the threat never told through the medium, of the model set's article of the same rank; neither the
  conflicting tolls nor the datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about an army's posts overrun and its men carried off from a border
  town (632); (b) one mostly about a settled town stormed and its fighters sent away (633).

    python3 benchmarks/data/articles127/check_gold.py [--no-score]
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
    CLASH,
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

GOLD = "team127.gold.json"
N_ARTICLES = 5
SALT = "team127"
IDS = ["team127-631", "team127-632", "team127-633", "team127-634", "team127-635"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team127-631": [5, 14], "team127-632": [8, 17], "team127-633": [2, 10],
                  "team127-634": [4, 8], "team127-635": [7, 14]}
MODEL_NO_EVENT_INDEXES = {3, 6, 9, 11, 12, 13, 15, 16}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team127-631": ("SY", "Tartus", "Tartus", "طرطوس"),
          "team127-632": ("LB", "Baalbek-Hermel", "Arsal", "عرسال"),
          "team127-633": ("SY", "Daraa", "al-Sanamayn", "الصنمين"),
          "team127-634": ("LY", "Zawiya", "Sabratha", "صبراتة"),
          "team127-635": ("YE", "Abyan", "Lawdar", "لودر")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Tartus"): {"Tartus"},
                 ("LB", "Baalbek-Hermel"): {"Arsal"},
                 ("SY", "Daraa"): {"al-Sanamayn"},
                 ("LY", "Zawiya"): {"Sabratha"},
                 ("YE", "Abyan"): {"Lawdar"}}
# the month each article is published in
PLANNED_MONTH = {"team127-631": "2016-05", "team127-632": "2014-08", "team127-633": "2020-03",
                 "team127-634": "2017-09", "team127-635": "2012-04"}
YEAR_SPREAD = 8

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 122, 123 and 124 name (settings, outlet bases, datelines), the model set's regions, places, outlet
# bases and dateline cities (set 125), the regions the brief keeps for set 126 (written at the same time) and
# the older regions it lists, and the words of the file names of sets 18 and 125; the names themselves are
# not written here
USED_GOV_DIGESTS = frozenset({
    "0a9fd1171fc541ec", "0c947ff8f4b81289", "167834746d47093d", "16dd14568bf588b8", "1dc72fa846bce46b",
    "222d13214881933f", "23465c958bf03630", "3aa1818d5fe28f81", "3f85ee658bab07a4", "4484d3b14e08f312",
    "45d2df20d6753168", "4cb2559f9c10da0c", "4f16f770e51a0743", "519699f061bd0df7", "52d6e7c38de33d5c",
    "53a4e6af8c8605a3", "5534559543747bb1", "5789c9658814fc77", "5b96139940a520c9", "5f158feb25b62a07",
    "64eb1f4394b0e200", "652e324ac0c065e2", "67ffdefe90c1b3e5", "6cc9a304c1aee30c", "6da557657bbd421d",
    "6fa5685e4a8b0bf9", "7a19c66e77929b1d", "7b462de37f4d84f6", "7e28a9a9ba6ad176", "871d8268836b80a1",
    "8a79e98aad6f4228", "8ae88e95953f02f9", "90b3442178f8c859", "95eceb0d0dc2308f", "9b201d5241f20cfb",
    "a1035d298b8fcf62", "a2544d57e16242a6", "a3cda6a4e7b7518b", "a3e99f10b5def708", "a53c0ff0d7d4253e",
    "a980f5076187377f", "b0759ace2dfe70a0", "bcbbff05eafd8f69", "bd243735e597d644", "c191f840e2e30796",
    "c4a6bdc60b21dbc6", "c817a610a0327b43", "cfe08652952d2e13", "d0cf8b32e5457e85", "d21a8f8311c7dad2",
    "d9cdfe4695d1d909", "dfca858f63837629", "e07185334073ad0a", "e213424fc1c5174d", "e6a6d8f9517beb2c",
    "ede038a346208ef3", "f891ed9d7f8031f7", "fbfc9900617f98a8", "ff6d0582a0764715",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0882db2148000d34", "0ec30a574eae896c", "192553f700969932", "1dc72fa846bce46b", "1f914186edaf586e",
    "2e06cb982cecf094", "2fa370814d18cc4f", "3f92e27206ce0b71", "52d6e7c38de33d5c", "554309d988046426",
    "60dcc215ebf0e376", "6457f5207b209de3", "6503a1e30738c1b1", "69019b0a8fab6375", "698797d1503b2201",
    "6aca4edf34e742e6", "6b6d02ddec7fa7aa", "6e1bf65a81637355", "7381473ff89a84b4", "762a47efc513ceed",
    "7a054b2b33bb551c", "7a200870a9b4b4ad", "7bd141f153ad51cb", "871d8268836b80a1", "8ab3c087b309c7f3",
    "8f9635e55af66123", "926cbf4594c1433e", "94c63051eefe59e4", "9640f51f903fc79f", "97e1b6e40e240596",
    "9b7fe908a0d65c16", "9d1386d40427b446", "9dfa5ff99e22efa7", "9e40ebfd07c98ef7", "ab1e0c845c4045fa",
    "abec59031a68128c", "af189bd719d8be27", "b5c59b216df95467", "bf3c68881ca1793b", "c05fadfd8218076f",
    "cc84a270c78a97e7", "d4b1f2363a2fe050", "d4d33cd3b94c9b35", "d813b5f9eb54de4a", "dcc9ad08c24a2680",
    "ddec7f6c7619c2ed", "e209891b30b07a06", "e69ef38fdd1f9171", "f64715b7856d3d87", "f9dac4b77a8322c3",
    "fa927d920fb9a5eb", "fda50128757750e3",
})
USED_PLACE_DIGESTS = frozenset({
    "004e37b492aae6b0", "02f001f39d5ecab5", "03281a6e59cf9155", "03f54d605dd0a559", "06a4fb05b884cb93",
    "07e6c65afcdeea41", "0882db2148000d34", "088a2331c449f25f", "08f2a415c5ff8384", "0a1b37394a76637f",
    "0a9fd1171fc541ec", "0af2bab534f79a58", "0b0723e5eb57d354", "0c947ff8f4b81289", "0dd25cab24819904",
    "0ec30a574eae896c", "0fc79a334e67e103", "105c24d886349b4b", "1088b023f3d5648f", "11313ae78e7a7964",
    "1226d965d71722e1", "1358d474e51e502b", "15132f2ab0d3cbf1", "15748e3260d62c88", "167834746d47093d",
    "16be48abfc19e26d", "16dd14568bf588b8", "16f77cd13fa1948f", "192553f700969932", "195abddc340080a6",
    "1992d6fd91ce2c35", "1a589778db3d14bd", "1b09c17191b93c47", "1b10304ec71c1095", "1c614c3531ffa589",
    "1d60513dc8ed2243", "1dc72fa846bce46b", "1dfb7e4bfcee6510", "1e3fe16db7fee809", "1f914186edaf586e",
    "1fd0f528bfe59caa", "20d7d7e0be32d5ce", "21321623b3b4ae2b", "2194b3c3fa6b73b5", "21dae2df1f53852c",
    "21ff1b6d84925940", "222d13214881933f", "23465c958bf03630", "23d9e0a205ca79e8", "2548d70bbd6ac2b9",
    "26d69735240f82be", "278fe7dc2d210a60", "28efe0bcf4ff2f87", "29cb75d8fb449a7a", "2a7c3c9e2ef8125e",
    "2ac5ef9487af4e1e", "2af3fe6151d54f1e", "2b42acc14b5a02b0", "2bea83d3bcef8e62", "2ccfa99780db27f5",
    "2cfa66621eb14022", "2e06cb982cecf094", "2e2bd196dd770a3b", "2e5473d40611fb79", "2e6efeb886dd5fc8",
    "2f38111f1179ba68", "2fa370814d18cc4f", "301c4d12d80034b3", "30766a60860b9f55", "307a5eff051c9f3b",
    "32413a32359e8daa", "33c598305b5954e0", "33e9c873f606ef7b", "341a98433a4404d4", "34c3253e13a3623d",
    "360351e961127903", "367378614f356fbb", "36b660a25c24709b", "384d1885f268c967", "386c19664a2eade6",
    "387034f9f65d9296", "393b2237457f5d14", "3958b2ff581588f9", "3a5f1546ad7a1213", "3aa1818d5fe28f81",
    "3b36214bbf8ab4b3", "3bdb7d987549e08c", "3c7f49606ca19403", "3cd3735ae45b643a", "3ce5cf24ee51e4e8",
    "3d813e3b675488c9", "3dafefb668b58df9", "3f7f793a6d0117e8", "3f85ee658bab07a4", "3f92e27206ce0b71",
    "4046867bec552053", "405d172fbe4bf485", "409f104868a373ca", "41f01ede8329fc04", "42e0fd1f8d941f0c",
    "43be027e32a30570", "446c4d804bf7ca90", "4484d3b14e08f312", "4522f29df93acac8", "45d2df20d6753168",
    "48d49c8c317738d0", "4966925efb22577a", "4b79d5802a6a3c17", "4b84ecb593e1edc1", "4be0d66d8f66ddf3",
    "4cb2559f9c10da0c", "4d33fc0ebf25ff16", "4e6ecc728dc90139", "4ed823930beeb3f4", "4f16f770e51a0743",
    "501fa18465837e12", "507d2588b712385f", "50ce8559a8a8ae34", "519699f061bd0df7", "51fb889ec7d7aaa5",
    "5252255db679c073", "52d6e7c38de33d5c", "538444928167dd34", "53a4e6af8c8605a3", "54753f47185264ff",
    "549b9d882894dc9f", "54cc7cdcc3353c73", "54fe66a764d178d8", "550772566d9afe7d", "5534559543747bb1",
    "554309d988046426", "564540d75b96f73c", "5658e569075f7cb2", "56b5a6025dbaf4b9", "5789c9658814fc77",
    "582b7be770fedf11", "586a60c7973a37ad", "5922593a3cf24b78", "5b96139940a520c9", "5d1fddd2b6d91d4a",
    "5eddb32c6d5dde79", "5f158feb25b62a07", "5f462977eba68923", "5f4c50d12eb41506", "60cbda0bdf5ee9ac",
    "60dcc215ebf0e376", "610debcc1d79a5a3", "618c0384cfbb877a", "6208cd90140f4e82", "6210b6be88909d01",
    "626d3236f0beded5", "62a17b3a1a605bed", "63e7e73adef1942c", "64554f5d31430a4f", "6457f5207b209de3",
    "649fe631689bf862", "64d311180f34ce8a", "64d57880c6408a08", "64eb1f4394b0e200", "6503a1e30738c1b1",
    "652e324ac0c065e2", "6589ee5e778e2c32", "663314b90824b68c", "668628cb6f0c06b4", "6694f534695bd850",
    "6736b4c43c2d0bea", "67ffdefe90c1b3e5", "6827980a68fa5e0e", "69019b0a8fab6375", "698797d1503b2201",
    "6aca4edf34e742e6", "6b6b1f6076e85fdc", "6b6d02ddec7fa7aa", "6baacaf61e169157", "6bf062cd09d7eafb",
    "6c2d82dd2c5f20b9", "6cc0547a66215bbf", "6cc9a304c1aee30c", "6ceaef4e7bcc5148", "6da557657bbd421d",
    "6e1bf65a81637355", "6f241d3011117a52", "6f6fa6044df91c13", "6fa5685e4a8b0bf9", "6ff2d4f4a042dd74",
    "70b8b7debb39566a", "7248392a9b5d0630", "724ee318926b1892", "72c858838c801caf", "7302bbd79aa3a625",
    "7314bd0e8f8dea42", "7339335a8ab35d7d", "73494a5b3b857cc5", "7381473ff89a84b4", "73eb54069f33176f",
    "75b25b299d59542c", "7627e28acb2b9744", "762a47efc513ceed", "769c7f9590dd7b31", "787244d9c2331a35",
    "78fb4293604c1cb5", "798fbc3a925af430", "7a054b2b33bb551c", "7a19c66e77929b1d", "7a200870a9b4b4ad",
    "7b0a700b6f9bedd7", "7b462de37f4d84f6", "7bd141f153ad51cb", "7e28a9a9ba6ad176", "7f0b11a314fdd870",
    "80afd1905581799e", "80d6e812a3c0ae6b", "812603c909f3302d", "812e31d6a3d6c59b", "81619b9171f40298",
    "81ed417066743391", "83299c44983967b5", "84c49024b8b67bf7", "85287b08355b2784", "861196fc4e4ebb9b",
    "86e9d3a8ace5f23c", "86f6015df95e2404", "871d8268836b80a1", "887c593e14cc5dad", "88bf85480f06b1dc",
    "8a045636ace37174", "8a2a72f21059c541", "8a79e98aad6f4228", "8ab3c087b309c7f3", "8ae88e95953f02f9",
    "8dd860f69cddb7d9", "8ddb9a351d640364", "8e1585a3cecddaab", "8e63b63be44ec88e", "8e646b7ac78499c4",
    "8e91bc3d7c2db5ad", "8ef27d451d465cbc", "8f4651ded2a59169", "8f9635e55af66123", "90b3442178f8c859",
    "90e7bbd3f8d11431", "923f02b5db9f1383", "926cbf4594c1433e", "92a1b2562344a25d", "92ccd3af3d103f3b",
    "935561cf8b3990b4", "93ec343051c168e9", "946c5a1c778616c5", "94c63051eefe59e4", "954ad47ccbdb1241",
    "9572a0398bef31ed", "95eceb0d0dc2308f", "9640f51f903fc79f", "96f4e2c10beb00ba", "97c2ee5d689b5b19",
    "97d8bdd8ec91c570", "97e1b6e40e240596", "988caad15841e35b", "992cca1515604dfe", "9a269f7dd815989c",
    "9a555c74d7092fd8", "9a75327e1874c006", "9b201d5241f20cfb", "9b7fe908a0d65c16", "9c2f1bd1d0c1d182",
    "9c46480947d90121", "9cd8f59a7e6c4945", "9d1386d40427b446", "9da3e53e0bbc2c6f", "9dfa5ff99e22efa7",
    "9dfd91b27506dd84", "9dfdf479aef07eda", "9e40ebfd07c98ef7", "9f4307e44531fb72", "9f722d26443b7797",
    "a1035d298b8fcf62", "a20e9e2596d87156", "a2259ec8991cfd4f", "a2544d57e16242a6", "a2e0c1ebdcdf6b34",
    "a39cb32f9f33263d", "a3cda6a4e7b7518b", "a3e99f10b5def708", "a53c0ff0d7d4253e", "a5bfe2520861723d",
    "a70d300f2be480ef", "a773010025566e8e", "a7b9335bb79df105", "a8f1392c8af0802e", "a9360a1f5d358068",
    "a980f5076187377f", "ab1e0c845c4045fa", "ab6d48a7c73df7ed", "ab91b0a67af97493", "abec59031a68128c",
    "ad84e77ecd929222", "ae7522df45ad8fe2", "aef11955bdc3f91e", "af189bd719d8be27", "af5fec7c9428caab",
    "b0759ace2dfe70a0", "b0b47ba0089a0c78", "b234fdf3525bbd5e", "b2561af67d3d3ebf", "b292c3badb6a45f0",
    "b2e7d79e161457f3", "b441ab9246963754", "b4e29292732fa0c4", "b51ec092b821d363", "b5c59b216df95467",
    "b72e40fbffb8cb99", "b9fe3a627ea10af2", "ba3640c8db85d8cf", "badc0bcb720699a2", "bcada940cb62dcfb",
    "bcbbff05eafd8f69", "bd243735e597d644", "bd79233a505528c7", "bd8ffe68cd507287", "bd996ac07544c7f2",
    "be80d4b87f46f272", "bf0d1d85569abade", "bf3c68881ca1793b", "c014261686df69b3", "c05fadfd8218076f",
    "c191f840e2e30796", "c1ef899aafd320f7", "c27f4b52e1c3f2c6", "c2a76b14a60c65ca", "c2bff0e626404d8c",
    "c33a3da92ef230fc", "c397f69808ffec70", "c3f17062cba73974", "c4a6bdc60b21dbc6", "c5205fb6058f23b5",
    "c5413d2192f11ea1", "c65d54bd5a5f59f1", "c663add51ad68ef8", "c77d3153938b8057", "c7c18087ba0d1d71",
    "c817a610a0327b43", "c81e2cbaf0a77910", "c864a8f3425a2527", "c94261de3b73c9d2", "ca37bfbf96ed9e1a",
    "caa5949258d2dcd9", "cb5db6e45aa7b842", "cb697e5841b10381", "cc6e00bd3fe8c746", "cc84a270c78a97e7",
    "cd5e2ebd7206f4dd", "cdfa470b753a3334", "cf3538a7bc5c0e95", "cfe08652952d2e13", "d0c7cfca44275cc6",
    "d0cf8b32e5457e85", "d14e1c398421de8f", "d21a8f8311c7dad2", "d24e2ebf50c36a5e", "d34f36d042a02667",
    "d457f9b37c2f598d", "d4b1f2363a2fe050", "d4d33cd3b94c9b35", "d525c2261a8a2a6f", "d6204dd344ef0876",
    "d64578e0cb7dd785", "d6cb1f0a19f11dde", "d74613add255d37c", "d813b5f9eb54de4a", "d8a0cb7844c2d3d5",
    "d8ad95832c2e959c", "d9cdfe4695d1d909", "da4dbfc58b845d25", "da820c735162504b", "db841a6ae89e49e5",
    "dbc17cb2f74befae", "dbf7d0899d2e3a81", "dcc9ad08c24a2680", "dd60d5db37353987", "dd74e9dd10586317",
    "dddb8444fe4e7d2c", "ddec7f6c7619c2ed", "de37057cdeea7e7a", "deb93c3497f337f6", "dec50145d5f22e71",
    "df049b4e10084b79", "df91c0df8b10a209", "dfca858f63837629", "e07185334073ad0a", "e1cf2ba9f9f64d01",
    "e209891b30b07a06", "e20df66fa74fc8c1", "e213424fc1c5174d", "e2f231088aaa1bd3", "e37f149ff711b30a",
    "e51b14e88d4c89bb", "e60b07edfe8c3de1", "e64af8d1a724fa2f", "e69ef38fdd1f9171", "e6a6d8f9517beb2c",
    "e7bcd89eaeaff006", "e933b85209af9760", "e99789682f3440f5", "ec0ca547758be1c9", "ecd6eea81b3d79f4",
    "ed6c6ec62d7b7d09", "ede038a346208ef3", "ede5dbf42ce2c98b", "efe64afc8ab0dd6f", "f00fc91a7e4115ba",
    "f159c670858a5026", "f1b847e72fb3b87d", "f1bc3f3191c7f463", "f20b2ee8db4f186d", "f2c0e1d4066eb9e5",
    "f366d12f1f3f3b2d", "f43496bbcf54dea4", "f479323fa3cd8118", "f4ced1d1482a9132", "f5aa6670906f01d1",
    "f5dff958e0b5f2ea", "f64715b7856d3d87", "f65288f4b0b26f73", "f66dba4ccd87b480", "f6ee0471e183bd7b",
    "f7218beb419bf350", "f812a2e0cfcbd8bb", "f891ed9d7f8031f7", "f8e320f04cb39760", "f914d825fa54bde1",
    "f9dac4b77a8322c3", "fa28c2bac76e3d89", "fa927d920fb9a5eb", "fbf9f018c810a406", "fbfc9900617f98a8",
    "fc48e7b6c69148a8", "fcbbf527b3b8f2e5", "fda50128757750e3", "fdbae750ebc43e99", "fee4edc976775483",
    "ff2b8f259c1e4d7c", "ff6d0582a0764715",
})
# the digests of the outlet kinds (with and without their base) of the model set and of the first paragraphs
# of the READMEs of sets 122-124
USED_OUTLET_KIND_DIGESTS = frozenset({
    "0942726cfbab69bf", "0aefd6e9ad510dc9", "184c424f7e703a45", "1aa3c1155b2fab53", "1bf44dffc05c8f7e",
    "226e0f11adb57b9a", "2c094078738b8f58", "3e93e107b142c101", "462f56b8f3963f25", "48fbbb3f641c1452",
    "5002d4c6fc547e73", "537401784f0eb655", "5869c45d08ae6eb9", "5a67031a4f142874", "61a721c9f9fd080e",
    "63446c909ed3550a", "67cd7fa05bbb4b69", "691cfb19901dfded", "70e6165296a31e2c", "70f6fa89675ca791",
    "80d1dcb1d1f5f563", "8b6004ec5fc30739", "8ecf266d93814665", "92fec60695f4af61", "95062ebca3bd866d",
    "a4ba5b0491dd1e11", "b677698d39ad3f42", "baefc0f4411e3d0b", "bec21868c6866f51", "c1c17a5c99afadd1",
    "c33f2a6ecefc9760", "c8b37a7bb13a8986", "d6cedd4224753e22", "dc728bf817b166ee", "e4e93d12b8301e30",
    "ec842bcac8c5224f", "ee1e2795661e148b", "f326b5f6d77ac4d8", "fa80b29495c16f32",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team127-632", "team127-633", "team127-634"}
DATELINE_KIND = {"team127-632": ("اللبوة", "a village on the only road into the town of the event"),
                 "team127-633": ("الرمثا", "a border town in a neighbouring country"),
                 "team127-634": ("صرمان", "a neighbouring coastal town of the same district")}
# the dateline kinds of the model set (set 125) and of its own model (set 123)
MODEL_DATELINE_KINDS = {"the country's capital", "the capital of the event's own governorate",
                        "a regional capital in a neighbouring country", "the town of the event",
                        "the capital of the neighbouring governorate", "a foreign capital"}
# the kind of each outlet (all different, none of the kinds used before) and its base
OUTLET_KIND = {"team127-631": "Tartus-based loyalist news page on Facebook",
               "team127-632": "Zahle-based regional radio station's website",
               "team127-633": "Amman-based Syrian opposition news website",
               "team127-634": "Tunis-based Libyan private satellite channel's website",
               "team127-635": "Dubai-based pan-Arab news channel's website"}
OUTLET_BASE = {"team127-631": "Tartus", "team127-632": "Zahle", "team127-633": "Amman",
               "team127-634": "Tunis", "team127-635": "Dubai"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team127-631": ("Tuesday", "أمس الإثنين"), "team127-632": ("Sunday", "أمس السبت"),
           "team127-633": ("Monday", "أمس الأحد"), "team127-634": ("Friday", "أمس الخميس"),
           "team127-635": ("Wednesday", "أمس الثلاثاء")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team127-631", "يوم الخميس المقبل", "2016-05-26"),
         ("team127-632", "يوم الثلاثاء المقبل", "2014-08-05"),
         ("team127-633", "يوم الأربعاء المقبل", "2020-03-04"),
         ("team127-634", "يوم الأحد المقبل", "2017-09-24"),
         ("team127-635", "يوم الجمعة المقبل", "2012-04-13")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team127-632": [10, 14], "team127-635": [17, 22]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team127-631": ("مقتل ستة وعشرين شخصاً",),
              "team127-632": ("قُتل عشرة عسكريين", "أربعة عشر"),
              "team127-633": ("مقتل تسعة أشخاص",),
              "team127-634": ("قُتل أربعة مدنيين", "أربعة قتلى مدنيين"),
              "team127-635": ("وقُتل سبعة عشر شخصاً", "اثنين وعشرين")}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls and with a dateline. This set never
# repeats them.
MODEL_POSITIONS = {"main": [1, 4, 2, 5, 1], "historical": [9, 12, 8, 14, 10],
                   "rumored": [10, 7, 13, 8, 14], "planned": [16, 14, 16, 10, 12],
                   "negated": [12, 11, 7, 15, 8], "threat": [8, 6, 10, 7, 11]}
# the kinds of those acts in the model set's article of each rank, as its README describes them: the main type
# of the rumoured, planned and negated acts, the main type and mode of the background act, and the way the
# threat is told
MODEL_KINDS = {"rumored": ["AGREE", "ASSAULT", "COERCE", "ASSAULT", "ASSAULT"],
               "planned": ["AID", "CONSULT", "AID", "CONSULT", "PROTEST"],
               "negated": ["RETREAT", "AID", "RETREAT", "CONSULT", "RETREAT"],
               "historical": [("ASSAULT", "destroy"), ("ASSAULT", "destroy"), ("ASSAULT", "firearms"),
                              ("ASSAULT", "firearms"), ("ASSAULT", "abduct")]}
MODEL_THREAT_MEDIUM = ["an official's interview with the outlet", "the threatening group's written statement",
                       "a head of government's speech", "an armed force's video",
                       "a mediator's account (reported)"]
THREAT_MEDIUM = {"team127-631": "a police command's statement on Facebook",
                 "team127-632": "an army commander's press conference",
                 "team127-633": "an ultimatum sent through local notables",
                 "team127-634": "an armed group commander's voice message to journalists",
                 "team127-635": "a militia commander's interview with the outlet"}
MODEL_TOLL_CONFLICT_RANKS = {1, 4}
MODEL_DATELINE_RANKS = {2, 3, 5}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "LB", "LY", "YE"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"اتفاق مع ضباط|«بتنسيق كامل» مع قوة|بالتنسيق مع لجنة التفاوض|لقاءً مع ممثلين|"
                     r"«التواطؤ» مع المعتدين"),
    "على": re.compile(r"على مراكز الجيش اللبناني|على تجمعات المسلحين|على منازل في حي الطوب|على سطح منزل"),
    "ضد": re.compile(r"ضد «التقصير الأمني»|ضد «أوكار التهريب والإرهاب»|في معركتها ضد الإرهاب"),
    "من قبل": re.compile(r"من قبل عناصره"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق / نقلاً عن": re.compile(r"بحسب ما|وفق ما|وفق الحصيلة|ونقلت عن"),
    "reported speech": re.compile(r"وقال[^.]{2,80} إن |وروى [^.]{2,80} أن |ويروي [^.]{2,80} أن |"
                                  r"ويقول [^.]{2,80} إن |وتقول [^.]{2,80} إن "),
    "passive": re.compile(r"زُرعت|نُقل|قُتل|اقتيدوا|وُجّهت|سُمع|فُرضت|مُددت|يُحدد|يُتفق|حُوّلت"),
    "possessive actor": re.compile(r"مدفعيتها|دباباتها|مقاتلي «الكتيبة 48»|مسلحي «أنصار الشريعة»"),
    "quoted agency name": re.compile(r"«سانا»|«26 سبتمبر نت»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"اعتقلت دوريات مشتركة|ونقلت قيادة الجيش|واقتحمت قوات الفرقة الرابعة|"
                                      r"وأجلت فرق الهلال الأحمر|دفعت وزارة الدفاع اليمنية|"
                                      r"وشنّ الطيران الحربي|ونفذت وحدات من الجيش"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"والمجلس البلدي لصبراتة، وهو [^.]{20,}?، أعلن "),
    # a verb after a place and a time, its subject last
    "subject after a place and a time": re.compile(r"وغادرت المدينة، صباح اليوم، ثلاث حافلات"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهم «الائتلاف الوطني السوري»[^.]+، وطالب|"
                                           r"وحمّلت «هيئة التفاوض السورية»[^.]+، ودعت|"
                                           r"واتهم محافظ أبين[^.]+، وطالب"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"متهماً «جهات خارجية»|ومتهماً لجنة التفاوض"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في رواية مغايرة، قالت وكالة «سانا»|في حين قال آمر الكتيبة|"
                                           r"في المقابل، اتهم «الائتلاف الوطني السوري»"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"وجاءت الحملة بعد ليلة|وبدأ الهجوم بعد نحو ساعتين|"
                                 r"وقبل ساعات من بدء العملية|رغم إعلان وقف العمليات"),
    # a purpose clause
    "purpose clause": re.compile(r"«للتدقيق في أوضاعهم»|لإجلاء الجرحى المدنيين|لتعزيز صفوف المهاجمين|"
                                 r"لبحث تبادل جثث القتلى|«لتوثيق الانتهاكات»"),
    # a negation that negates no event
    "silence": re.compile(r"لم يؤكد الخبر ولم ينفه|ولم تحدد قيادة الجيش عدد المفقودين|"
                          r"لم يتسنّ لـ«نافذة حوران» التحقق|من دون أن تذكر أي حصيلة|"
                          r"وهو ما لم يتسنّ التحقق منه"),
    # a negated act told by a verb of failure or of not letting
    "failure verb": re.compile(r"ولم يتوصل مجلس الحكماء|ولم يسمح المسلحون|ولم ينعقد اللقاء"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وسعياً إلى وقف النار وإخراج المدنيين، دخل|"
                                  r"وحتى ساعة إعداد هذا الخبر، لم|وقبل ساعات من بدء العملية، أمهلت"),
}

# theme (a): an army's posts overrun and its men carried off from a border town
OVERRUN = "team127-632"
# theme (b): a settled town stormed and its fighters sent away
STORMED = "team127-633"
OVERRUN_WORDS = re.compile(r"عرسال|المسلحين|المسلحون|العسكريين|الجيش|المخطوفين|الجرود")
STORMED_WORDS = re.compile(r"الصنمين|الفرقة الرابعة|التسوية|الروسي|المقاتلين|المدينة")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def overrun_theme(core, lines, main):
    attacked = bool(main and main.get("acled") == CLASH and "عرسال" in para_text(lines, main))
    carried_off = [g for g in has(core, "ASSAULT", lines, "جنود")
                   if happened(g) and g.get("acled") == ABDUCTION]
    arrest_before = [g for g in has(core, "COERCE", lines, "حاجز") if happened(g)]
    mediated = [g for g in has(core, "CONSULT", lines, "هيئة العلماء") if happened(g)]
    threat = has(core, "THREATEN", lines, "المخطوفين")
    kept_out = has(core, "RETREAT", lines, "الصليب الأحمر", first="negated")
    sit_in = [g for g in has(core, "PROTEST", lines, "المفقودين") if happened(g)]
    arms_due = has(core, "AID", lines, "الذخائر", first="planned")
    return bool(attacked and carried_off and arrest_before and mediated and threat and kept_out and sit_in
                and arms_due and related(core, main, OVERRUN_WORDS, lines) * 2 > len(core))


def stormed_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "الصنمين" in para_text(lines, main))
    deal = [g for g in has(core, "AGREE", lines, "الشمال") if happened(g)]
    bused = [g for g in has(core, "RETREAT", lines, "حافلات") if happened(g)]
    ultimatum = has(core, "THREATEN", lines, "أمهلت")
    settlement = has(core, "AGREE", lines, "التسوية", first="historical")
    halted = has(core, "CONCEDE", lines, "وقف العمليات")
    search_due = has(core, "COERCE", lines, "تفتيش", first="planned")
    refused = has(core, "REJECT", lines, "الشمال")
    return bool(stormed and deal and bused and ultimatum and settlement and halted and search_due and refused
                and related(core, main, STORMED_WORDS, lines) * 2 > len(core))


THEMES = {"an army's posts overrun and its men carried off from a border town": (OVERRUN, overrun_theme),
          "a settled town stormed and its fighters sent away": (STORMED, stormed_theme)}


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
    type and mode, and the threat is never told the way it told its own."""
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
        mine = (main_type(g), g.get("mode")) if kind == "historical" else main_type(g)
        if mine == MODEL_KINDS[kind][rank]:
            errs.append(f"{did}: the {kind} act is of the model set's kind for its article of this rank "
                        f"({mine})")
    if THREAT_MEDIUM[did] == MODEL_THREAT_MEDIUM[rank]:
        errs.append(f"{did}: the threat is told the way the model set told it in its article of this rank")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 122-126",
                              themes=THEMES, other_countries=None)
    core_types, first_labels, years = Counter(), Counter(), Counter()
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
             "the countries are not Syria (twice), Lebanon, Libya and Yemen"),
            (len(years) == len(docs), "two articles share a year"),
            (int(max(years)) - int(min(years)) >= YEAR_SPREAD,
             f"the years are not spread out: {sorted(years)}"),
            (len({DATELINE_KIND[x][1] for x in DATELINE}) == len(DATELINE), "two datelines of the same kind"),
            (not {DATELINE_KIND[x][1] for x in DATELINE} & MODEL_DATELINE_KINDS,
             "a dateline of a kind the model set or its own model used"),
            ({ranks[x] for x in DATELINE} != MODEL_DATELINE_RANKS,
             "the datelines are in the model set's articles"),
            (not {ranks[x] for x in TOLL_CONFLICT} & MODEL_TOLL_CONFLICT_RANKS,
             "a conflicting toll in an article of a rank the model set used for one"),
            (len({tuple(v) for v in NO_EVENT_PARAS.values()}) > 1,
             "the no-event paragraphs are at the same places in every article"),
            (len(set(OUTLET_BASE.values())) == len(OUTLET_BASE), "two outlets share a base"),
            (len(set(THREAT_MEDIUM.values())) == len(THREAT_MEDIUM), "two threats told the same way"),
        ]
        errs += [message for ok, message in whole_set if not ok]
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team127", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
