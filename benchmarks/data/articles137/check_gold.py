#!/usr/bin/env python3
"""Check team137.gold.json (the hundred-and-thirty-seventh team set, team137-681 ... team137-685) against the
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
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 132-135
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (683, 684, 685), of three kinds that
  neither the model set (135) nor the sets it names as its models used (the coastal town where the killing
  that set off the feud took place, the city where the displaced of the event took refuge, a seaside resort
  town of the same governorate); the two others (681, 682) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Aleppo: al-Zahraa and Nubl; Hama: Aqarib al-Safiyah),
  one Lebanese in Mount Lebanon (Khaldeh), one Sudanese in Sennar (Sinja) and one Tunisian in Jendouba (Ain
  Soltane), each main event in one of its region's towns; no governorate, file-name word or accepted place
  name among the places of the first paragraphs of the READMEs of sets 132, 133, 134 and 135, of the regions
  the brief keeps for set 136 (written at the same time) and for sets 126, 128, 130, 132 and 134, and of the
  older regions it lists, which are kept here only as salted digests (``goldkit.place_digest``);
- the months: 2012-12, 2017-05, 2021-08, 2024-06, 2018-07 (five years, none of the model set's, twelve apart
  from first to last); each publication date falls on the weekday the plan gives, the day before it on the
  weekday the text names for «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (681, 684), not in the model
  set's, and in ¶2-¶5 after another core event in the others; the tolls conflict in two articles only (682,
  684), each with two attributed sources and the gold keeping the lowest count; every toll reported is written
  in the main event's paragraphs; the no-event paragraphs differ between articles and never fall where the
  model set put its own; the main event, the background act, the rumoured, planned and negated acts and the
  threat of each article never fall at the paragraph index the model set used for them in its article of the
  same rank; the rumoured, planned, negated and background acts are never of the main type, and the threat
  never told through the medium, of the model set's article of the same rank (nor through any medium of the
  model set or of its own models); neither the conflicting tolls nor the datelines are in the model set's
  articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about two besieged towns supplied from the air while their people
  bargain over abductees (681); (b) one mostly about a state capital stormed by a paramilitary force and the
  flight of its people eastwards (684).

    python3 benchmarks/data/articles137/check_gold.py [--no-score]
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

GOLD = "team137.gold.json"
N_ARTICLES = 5
SALT = "team137"
IDS = ["team137-681", "team137-682", "team137-683", "team137-684", "team137-685"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team137-681": [3, 12], "team137-682": [6, 15], "team137-683": [9, 16],
                  "team137-684": [11, 13], "team137-685": [3, 15]}
MODEL_NO_EVENT_INDEXES = {2, 4, 5, 7, 8, 10, 14, 17}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team137-681": ("SY", "Aleppo", "al-Zahraa", "الزهراء"),
          "team137-682": ("SY", "Hama", "Aqarib al-Safiyah", "عقارب الصافية"),
          "team137-683": ("LB", "Mount Lebanon", "Khaldeh", "خلدة"),
          "team137-684": ("SD", "Sennar", "Sinja", "سنجة"),
          "team137-685": ("TN", "Jendouba", "Ain Soltane", "عين سلطان")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Aleppo"): {"al-Zahraa", "Nubl"},
                 ("SY", "Hama"): {"Aqarib al-Safiyah"},
                 ("LB", "Mount Lebanon"): {"Khaldeh"},
                 ("SD", "Sennar"): {"Sinja"},
                 ("TN", "Jendouba"): {"Ain Soltane"}}
# the month each article is published in
PLANNED_MONTH = {"team137-681": "2012-12", "team137-682": "2017-05", "team137-683": "2021-08",
                 "team137-684": "2024-06", "team137-685": "2018-07"}
MODEL_YEARS = {"2013", "2014", "2015", "2016", "2023"}
YEAR_SPREAD = 10

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 132, 133, 134 and 135 name (settings, backgrounds, outlet bases, datelines), the regions the brief
# keeps for set 136 (written at the same time) and for sets 126, 128, 130, 132 and 134, the older regions it
# lists, and the words of the file names of sets 18 and 135; and the outlet kinds of those first paragraphs;
# the names themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "0361723087ad58b9", "0a63959fedb04563", "0aeaffb59f95ee03", "0c1a746604d18ee7", "0f061ed37e937d26",
    "10f29f24e60599f2", "139e25ddbca1d460", "1747ed3b213297a5", "1b1982eecf3656ca", "200371400f96a65e",
    "2204ce0bad333358", "235bdc8677dd52d7", "2490fbaff9b37645", "276c532a00e60db4", "2a849632857a7e5f",
    "2aa0d9f275eec47d", "31ace55e707b6498", "329809d293ceced6", "39feee34c6b2b821", "3bf6b110f6327527",
    "4c64b17e8e9eb515", "4f38b415f57ce4ee", "504e227c7752078d", "5894547dcbe4ae3a", "5baae13f9e0f6862",
    "5cd281bcf710a7ab", "5f9ee10b3e8317d0", "6b5e66ff8a1cf85e", "7313efa6e9d944cf", "7419caf9e0c0b7bf",
    "7458e52d5706257d", "769809f4fdc8adc8", "77f7dea6a0319426", "7ba8fce7b7b5b7ad", "7c194083e5b61e0d",
    "7da6ec45e4422111", "7ebebdc38dd0336d", "830bde86e337932a", "8f4a05aafcbe5d1a", "8fbdd5ecc39fc27b",
    "900116db7701de2c", "91983dc73cddb527", "997a8100a7bdc7c3", "999a71f4716e9602", "9d8fb55b94f75235",
    "9f012e7d88d99757", "a51fe01fa02ed062", "a7b0833153fdc01e", "ac3ae598348af1b8", "ae649c48ecdacedf",
    "b4577e280a045ab8", "b6cf698dfb9d08b1", "b747bbc1feaa2db0", "b90bc3c43471c929", "bb48d0648c63465c",
    "bd9d5aa3a1a6588e", "bf2f29dcd2942cf1", "d03d86f31f9bc481", "d163da914754b398", "d76d05efbeafcb45",
    "f44fc7a7f5fe7cfe", "f8b33478103747e6", "fff21fc0637a78e1",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "000ae137f8cfc107", "06dfca701bf2add6", "0ae630f90ff8581a", "166f363aae738897", "16abbe5fb268d28e",
    "19830c74b7888b1b", "1c4493070653b224", "2168aff1d6120526", "235bdc8677dd52d7", "2664f8423f96bc64",
    "279ba2f25303967a", "2c265593d75af4f8", "31d5654861b1dabc", "329809d293ceced6", "33b80d610f8b6895",
    "3ee3d08f41060a3d", "4280ade8e00a969e", "49837c84a691e827", "55f9c6defc0cf12f", "5f4992605ba3a78b",
    "6b5e66ff8a1cf85e", "6e2ba19f26b41c8c", "743cdfeea8d42a2d", "763dce6c8fd1bb78", "77f7dea6a0319426",
    "7da6ec45e4422111", "7f36c8a8d705ada3", "87e5b83b069fcf8c", "8a977547130f256f", "8c09b833e072b478",
    "8f2267633a3ccdc0", "9ac2d10c5f69deb5", "9c328f3c45b1736c", "9c9a6e641dc8e041", "a1764e8c8c2a1ba5",
    "a594eb203be164b3", "a846c72cc2596f65", "aab98ad6a86d4a19", "abe81688f039fe7d", "ae745af99469a827",
    "b413bb5cc8c6c8d9", "b9fc05bf1bddf1ab", "bc7948b94f5d17f3", "cb70eea296e89779", "dd8c5fce9962bcdd",
    "de1304531ee17440", "e16bf5167fbcae6c", "e34e5672acbf9d80", "e76dc64c4f0916b8", "e9725e4c0c2f5ade",
    "edf822d0a43fa7cc",
})
USED_PLACE_DIGESTS = frozenset({
    "000ae137f8cfc107", "01048e908cc5e930", "013206d8c6044796", "0361723087ad58b9", "03bb2e963b9ecc66",
    "044193f9e144c9bb", "05daa2ec47dc50d8", "081b410533210adc", "0858af9289a2c85f", "085a6a38c5b8d186",
    "09c736d562967bb0", "0a63959fedb04563", "0ae630f90ff8581a", "0aeaffb59f95ee03", "0b5c07e2ab56defc",
    "0c09dbda3679bd55", "0c18df80e2307741", "0c1a746604d18ee7", "0c2bd2cd0e5cc111", "0c639291de42aea9",
    "0d07ab48c4818993", "0db7b7cdedc93eb4", "0dd31a82ee26a7e3", "0e39757e6a1992f2", "0f061ed37e937d26",
    "0f58a72ccb11c747", "0fbc21d91bb02ffb", "0fdff13725e547d2", "0fffb5c50e590e93", "10f29f24e60599f2",
    "1221c591a3fe34f3", "1246fb37f07e8bdd", "129f7a226a99f20d", "12ff61fcc7603b03", "134c16f4cf3db9d9",
    "139e25ddbca1d460", "145378935e1644b4", "1501ecc5da9c6fbc", "15c6c53e8648919f", "166f363aae738897",
    "16771e3627275f60", "16867ca02b3dbcba", "168fd2527b5a1235", "16bf6a9fc6391408", "1747ed3b213297a5",
    "17807b3ed697b5a9", "17b819358b81408b", "17e17e87c37aeb5c", "18139384edac3e64", "1840c4ad6f45e43d",
    "1860402aab327f8e", "19830c74b7888b1b", "19ba4532c178d246", "19d84af60c448bea", "1b1982eecf3656ca",
    "1b9dd1a9adc64138", "1c41e2d6f12f1674", "1caa8dc99d6ec122", "1cb5c0a04180a1eb", "1ddbe804ae8e84ba",
    "1e03585aee408af3", "1f3bbf98edd4cac6", "1ff5f3eef5a7c1d8", "200371400f96a65e", "211610ca495e6506",
    "2124e07a76e3c2dc", "2144e50473b0cdd5", "21da26e93de71b95", "2204ce0bad333358", "22cf8fd5e792bfb7",
    "235bdc8677dd52d7", "23ee1bfffc96a8f8", "2478796efaa559fa", "2490fbaff9b37645", "2553207ed5372bcb",
    "258404c2262c754f", "25911a811693dc95", "25af7f7814bb7001", "2622af288fb915c4", "26f3eb20353b0143",
    "276c532a00e60db4", "277f533c0be624bb", "279ba2f25303967a", "28fb872da407dcd1", "2a142a66147369a1",
    "2a1aad290a7a1845", "2a7500930b56db24", "2a849632857a7e5f", "2a9450249ea9e11d", "2aa0d9f275eec47d",
    "2aa8cf99e29bd7b5", "2ab75511c7b77a82", "2bc8ae4ff74078a5", "2bd068168cf81bfe", "2c8c503f25b04a72",
    "2e9fa4c44bd605cd", "2f9ddc4965475b36", "2fa63a30b2e81c31", "308f9dcd1080f1ca", "30ae42c561f856a7",
    "314bc31de16b3157", "31ace55e707b6498", "31d270faa90b0e59", "329809d293ceced6", "333ac9aafa5455ca",
    "34f13621f9696b56", "356302c6fbff7d1f", "35e1c8a11dd9fad2", "3610728f7b1f47ff", "36674cb11eef3243",
    "37f5e4543a4078dd", "38c35aede8d2d6b2", "39feee34c6b2b821", "3b3ffca0cfa2316b", "3bd385ca843213f7",
    "3bf6b110f6327527", "3c2e550c023c65d8", "3d72e4b17ab4ef47", "3f22cbb6f44cb519", "3f674c07fd65f431",
    "3fea117451f7c80e", "40a79e59d2f93d4d", "4116e3ba7bbe7f1c", "41753e70a66736ab", "4280ade8e00a969e",
    "4384254562cf4ba3", "43e6c6b0b690131a", "445a229e95a91d2e", "44cf7effb6ded60d", "45de4ea898ac0e63",
    "461c431c527d1cb8", "461fd62f4b400495", "479e3c5fa2e60283", "47e2511ca584a1ec", "47fb881e24b34701",
    "4887a04b7473cb98", "495b24c2917611fc", "4a5989572b579637", "4bd1b2ec56cfb06c", "4c64b17e8e9eb515",
    "4c9299607846c2bc", "4cf5ab88b500d12d", "4d98bd5ba807b4a9", "4e4d142355307411", "4f38b415f57ce4ee",
    "504e227c7752078d", "5091cb6131ef5455", "50c69484b4db2fc1", "5135ccb763851f99", "515257d07b2a770f",
    "517d5c7536d971e4", "51c94a9cf771bc2a", "51cc8ac022cb02f5", "5296510e7041e243", "53afa4e332b28be3",
    "53d5c00d5db6a7eb", "5574ffdbddf9aa61", "55875d2c335d4e57", "5786e370070cbd4d", "58342fe6f2318c8e",
    "58559c395834b574", "5894547dcbe4ae3a", "593091a2a5a85fef", "5970771a75c76eaf", "5a007476044ff558",
    "5a56305e447867ac", "5b13888c6d117a9d", "5baae13f9e0f6862", "5cd281bcf710a7ab", "5d3c8da87aa4f9a5",
    "5d608e25ce041ed3", "5e3638183ebecd4d", "5e42631f793e66ac", "5ea65837b9b4ff2c", "5f4992605ba3a78b",
    "5f6c65027c5fe9f2", "5f6fe1e103638097", "5f9ee10b3e8317d0", "608eaa1cccb71461", "609490d01d4def1f",
    "60d5093b85eb003b", "62325546bf777185", "645f132be2bbc193", "64c50d668b647c6e", "651e5aab932a27ef",
    "652ed5cef3f81506", "6584c98c7a0c7a5b", "65e86fc3a136a8d5", "670208ccbe2f2cb4", "68413b19aaba2167",
    "692c1063a8c4b6b7", "6981b1b12509828e", "6a26b79a16c2133e", "6b5e66ff8a1cf85e", "6b75e22d4506e7fd",
    "6c3f396cf521514e", "6c880069a2b6d323", "6cc3dd58efe26ebf", "6e2ba19f26b41c8c", "6fa53cba656ca208",
    "6fadc397224c3c96", "70a228dbc70dfeb4", "710b7fec8d413042", "720063943987a39c", "721054f5e9b05b6e",
    "7262492f9cd49ca2", "72824dd21e78489f", "730e587c7803b18c", "7313efa6e9d944cf", "7419caf9e0c0b7bf",
    "743cdfeea8d42a2d", "7458e52d5706257d", "748a96761d8d607a", "760ace822d018ff5", "7621c708d560a009",
    "763dce6c8fd1bb78", "769809f4fdc8adc8", "775558bd781b5a83", "77f7dea6a0319426", "78f426d63e4beadd",
    "794fb8d2533d7b0d", "79fba3115ca855b4", "7a2b7217e066437d", "7b45d05e28d2ba24", "7ba8fce7b7b5b7ad",
    "7c194083e5b61e0d", "7c40d8ed171ca146", "7cdf9976bf5bdd51", "7d6b805eb11cd934", "7da6ec45e4422111",
    "7da94f05cdbb5fbd", "7e3a79e9a3559262", "7e59fe9c7a292f77", "7ebebdc38dd0336d", "7f36c8a8d705ada3",
    "7f4e53acb5481fe1", "7fe6fd07c24ec6a9", "8025625bff90446e", "81e4a2419ea5ccb7", "821318a2556de90e",
    "82cce512a8308445", "830bde86e337932a", "835c2f777fae8288", "83b5f8c46cdd0bac", "8453c91e3c50f2b4",
    "8499f41f792d1fa7", "84ee08a97db13cb3", "85ab92c7d49e3515", "862fa3ce4e7cb925", "86b483e6fecf453d",
    "87e5b83b069fcf8c", "87e6680565e1ae9a", "8880f661b04ce766", "89708b169c5c6512", "898bd15f7e466381",
    "8a977547130f256f", "8ab845bc04e831e5", "8b84a8da0027edbc", "8bcf4669a9d48f9f", "8bd06c56c0a1da7b",
    "8c3655c36be1c62f", "8c48050c84e03cd0", "8cedb095b6e4625c", "8d2285fb331c147e", "8d5afbf564e467e3",
    "8d6ff2da4a63f4f8", "8dbdb6fc39310662", "8e686f72626e8ac0", "8ef262dc05f05777", "8f1faf0c11d977c7",
    "8f2267633a3ccdc0", "8f4a05aafcbe5d1a", "8fbdd5ecc39fc27b", "8fdaa42293add73a", "900116db7701de2c",
    "90824db5ef95a3eb", "90da9707b4320742", "917fcf8fc0ad5282", "91983dc73cddb527", "9214776df646ba9b",
    "93687f0a158558c1", "937b5b07d1806a69", "93b0c982da7572d3", "9437f93128052d6e", "9496c51c092e772a",
    "94c0e61e8fc7e262", "953a9fab7ca728d1", "965eab0f14418ac4", "972939dc1cd1847f", "97a439c2a8b8cb03",
    "98154c9a05b3c0b5", "98e60b7244dfb561", "991f63a66d64df3e", "99395449a3b6ce0c", "997a8100a7bdc7c3",
    "999a71f4716e9602", "9a001f462a83d422", "9a2b7da2811cc6c0", "9ac2d10c5f69deb5", "9b04708a9d397902",
    "9b9b554f16b60ef6", "9bbeb6f63bc6977c", "9beb7b1a81d6a01e", "9c328f3c45b1736c", "9c9a6e641dc8e041",
    "9cbab7728e169192", "9d7b3256eff76942", "9d8fb55b94f75235", "9e94b1d5806015b0", "9f012e7d88d99757",
    "9f4e55bf18956d30", "9faa3f494005e7b3", "9fac607fd966888d", "9fd6b8836d2b7fb9", "9fe89ee4e15d82a0",
    "a05642748820ce63", "a064309488c6f3f8", "a1764e8c8c2a1ba5", "a20dfbd82e7155c4", "a3001f8cef24d6dc",
    "a31f666077fad356", "a40fde8a4cd2c15f", "a4b789813f52fa5e", "a51916b858bc5e70", "a51fe01fa02ed062",
    "a52147c64c1a788e", "a595fc9fda571c5a", "a5b946aaa6919efe", "a680dc279f37d19d", "a6c96a28d4a35683",
    "a709467980621558", "a7b0833153fdc01e", "a7f9ffb3000bed4d", "a82b281ccbbc61eb", "a846c72cc2596f65",
    "a975ec2312ea570b", "aa146fd6bba14a29", "aa79062519d00f96", "aab98ad6a86d4a19", "ab133ec2a1cc7e64",
    "ac1ca0ed94ff1fbf", "ac3ae598348af1b8", "ac655305ecb28787", "ac84eab9b34149c1", "adb46d52a979bbe0",
    "ade5079a37a50f08", "ae649c48ecdacedf", "aef1798dea82af8c", "af318706ddcef4a4", "af96b4a67c53f527",
    "afaac8c25c0da507", "afbbbcc437390b74", "afde72d949a90846", "b0a3ce75f5bb7935", "b0a3df9dd2995a95",
    "b1112ccb4250c00a", "b193701cfc1ea84d", "b22442777838ae1a", "b273a2f32866259b", "b2c3fe14cb4be27a",
    "b413bb5cc8c6c8d9", "b43bbf36b1eb507d", "b4577e280a045ab8", "b476899ab20576fa", "b5731175bc6df6e1",
    "b5d1e6416aa38715", "b5fb71f5583d6cd0", "b6cf698dfb9d08b1", "b73dc7cee8e839c7", "b747bbc1feaa2db0",
    "b75a6d825a248bc8", "b77b5bf89cba0151", "b8dcfc81a067f313", "b90bc3c43471c929", "b9fc05bf1bddf1ab",
    "ba719b7a15964ec8", "bb48d0648c63465c", "bb50d1b642438793", "bc7948b94f5d17f3", "bd9d5aa3a1a6588e",
    "be19adcf2bb1be93", "bf01d092d19257f3", "bf2f29dcd2942cf1", "bf668b7a304e7284", "bf997705d23584f9",
    "bfee4a630196dde7", "c034d011f7aeba64", "c36e74287acfed9f", "c391966799053c3d", "c3ab9d543e1a8cc8",
    "c3dba2c7827c18fb", "c4636d975532c907", "c77d6ef15b350265", "cb70eea296e89779", "cbb50eba81dc56ba",
    "cd3376a16f9f2602", "cd9019a815853288", "cf59c234261a4859", "cfcfe8aa328f42d0", "d03d86f31f9bc481",
    "d163da914754b398", "d2f294d99519d0ed", "d30090410f4b4d39", "d3139ad2abc324e5", "d4286a30a3b0664f",
    "d462aaec70944dd8", "d52cfcb376879f43", "d6363222f5d26e90", "d76d05efbeafcb45", "d7fae069f0c99ef7",
    "d90d02963c906953", "d93fd1d848c5d3a6", "d93ffe679eb14fc5", "d940d2c0a735d9ea", "db0095b2b44d4fa7",
    "db7a9c21f948d211", "db8a54561ba8bf2d", "dc0640c6b778b9a9", "dc241b3e857c42d7", "dc42f6c9ae9cf59b",
    "dc90462e26cbc625", "dc913028b765b1d7", "dd8c5fce9962bcdd", "de369623ff782dde", "deeb7b6c4809e440",
    "e0c786553d5675b6", "e14b444d7eaf98de", "e1ae1722210e530f", "e1c0ff8417fb51b0", "e31ca4aa613e2c99",
    "e34e5672acbf9d80", "e4c594df205b874d", "e4d975748a00f700", "e53446f59b9a6c58", "e5feb7fe9a6599a8",
    "e69ccb822a3275fb", "e6bce33f5fb90a73", "e8c342ccbe1cc2d7", "e92c2f6f5eb39dfb", "e9725e4c0c2f5ade",
    "e97bc6dd317fa235", "e9b80fb533256294", "efde1da94365f207", "efe267a92ae5c08e", "f15741335a30b04c",
    "f1b00a1d5f6cc670", "f22a3d7ff5fe6e03", "f27d7d8d4fe34d51", "f375f2456237d2d4", "f40cfdfba8565ae7",
    "f44fc7a7f5fe7cfe", "f47ddb96fd29cf46", "f52d29e2a793c134", "f667c5ae23619ddb", "f6a68d62047c2fa5",
    "f7f47687cd327523", "f8b33478103747e6", "f905b96c221c7f61", "f93ecc6cbac75a80", "fae54a9ea5df2326",
    "fbae9f1a21692099", "fbb291dba9b21acc", "fbd8759f1fe26892", "fbf086dd85789bc1", "fc0df734ad15ab1e",
    "fd8f41f5ee1592c2", "feba39cb9a1458c7", "fec4d24f16546a26", "fef29b7d89f71e25", "fef54fe43f069339",
    "ff3939c861dd1372", "fff21fc0637a78e1",
})
USED_OUTLET_KIND_DIGESTS = frozenset({
    "008ce92fc3b05466", "0afdec0eea9159bd", "0f696af7a548f4d3", "19b71273dbb8706f", "1df876259a9f7c9e",
    "1e8346641ca01119", "21b9350282ac3f3b", "2954c034fd487726", "3233af572deaa7ab", "32e84105888e4342",
    "39f4eadf0a7b750a", "3ecef052ef30c7ab", "3f40eb42d4a9f3f4", "4638f3dc4dd43b5c", "5a2c840891eda2ff",
    "5c875a13732f6f7b", "621abcebbfd6580b", "67db39aea8c0ed04", "6a576818aa4982ce", "779fda30c081573a",
    "789ff4923acc9475", "79e4a3171f0e9f37", "7b50e37cf9ed53e9", "7c8311dcdb4f46fc", "841864321bd8441c",
    "89c89bcd7ea20a3b", "8ac8c68950006969", "949963dea7a70fb3", "955fcfebee2d8ebe", "996056e810187de2",
    "ad12749c0fd0a2f2", "b927b628e1c38294", "cb9e76ac91c76532", "dc4959c72ae487ac", "dd8b5fe37e3c6792",
    "e0923e815de49b91", "e9c2a0b00a8ddef6", "ea36b1c8afc05487", "f47dd70b1f91c2a5", "f7a480ff75fa5d9e",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team137-683", "team137-684", "team137-685"}
DATELINE_KIND = {
    "team137-683": ("الجية", "the coastal town where the killing that set off the feud took place"),
    "team137-684": ("القضارف", "the city where the displaced of the event took refuge"),
    "team137-685": ("طبرقة", "a seaside resort town of the same governorate"),
}
# the dateline kinds of the model set (set 135) and of the sets it names as its models (its own model 133 and
# the sets that one named)
MODEL_DATELINE_KINDS = {"a Kurdish-held town further up the road from the town of the event",
                        "a town the same rebels had raided a month before the event",
                        "the outlet's home town along the coast from the town of the event",
                        "the border crossing nearest to the camp of the event",
                        "a hill town whose young men had joined the sit-in of the event",
                        "the town of the UN peacekeeping force's headquarters",
                        "a government-held town at the mouth of the valley of the event",
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
OUTLET_KIND = {"team137-681": "Tehran-based Iranian state broadcaster's Arabic-language channel website",
               "team137-682": "Hama-based Syrian state provincial daily newspaper's website",
               "team137-683": "Jounieh-based Lebanese private television station's news website",
               "team137-684": "Gedaref-based Sudanese volunteer emergency response room's news page",
               "team137-685": "Kef-based Tunisian regional private radio station's website"}
OUTLET_BASE = {"team137-681": "Tehran", "team137-682": "Hama", "team137-683": "Jounieh",
               "team137-684": "Gedaref", "team137-685": "Kef"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team137-681": ("Tuesday", "أمس الإثنين"), "team137-682": ("Friday", "أمس الخميس"),
           "team137-683": ("Monday", "أمس الأحد"), "team137-684": ("Sunday", "أمس السبت"),
           "team137-685": ("Monday", "أمس الأحد")}
AR_DAYS = {"الإثنين": "Monday", "الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday",
           "الخميس": "Thursday", "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team137-681", "يوم الخميس المقبل", "2012-12-13"),
         ("team137-682", "يوم الأحد المقبل", "2017-05-21"),
         ("team137-683", "يوم الخميس المقبل", "2021-08-05"),
         ("team137-684", "يوم الثلاثاء المقبل", "2024-07-02"),
         ("team137-685", "يوم الأربعاء المقبل", "2018-07-11")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team137-682": [31, 36], "team137-684": [14, 21]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team137-681": ("قُتل سبعة مدنيين",),
              "team137-682": ("استشهاد واحد وثلاثين مدنياً", "ستة وثلاثين"),
              "team137-683": ("مقتل أربعة أشخاص",),
              "team137-684": ("أربعة عشر مدنياً", "واحداً وعشرين قتيلاً"),
              "team137-685": ("مقتل ستة منهم",)}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls, with a dateline and with the main
# event told first in the lead. This set never repeats them.
MODEL_POSITIONS = {"main": [3, 1, 4, 2, 1], "historical": [10, 12, 13, 11, 7],
                   "rumored": [9, 8, 11, 7, 12], "planned": [16, 15, 17, 16, 13],
                   "negated": [13, 6, 9, 14, 3], "threat": [6, 3, 3, 4, 5]}
# the main types of those acts in the model set's article of each rank, as its README describes them: the
# rumoured, planned and negated acts, and the background act (the rebels' seizure of an arms depot, an army's
# withdrawal from a town, a rebel raid with shelling on a city, a foreign air force's deployment at a base, a
# ceasefire signed abroad); the background act is compared by its main type alone, a stricter rule than type
# and mode
MODEL_KINDS = {"rumored": ["CONSULT", "ASSAULT", "COERCE", "RETREAT", "AGREE"],
               "planned": ["PROTEST", "RETREAT", "AID", "CONSULT", "CONSULT"],
               "negated": ["AID", "AGREE", "CONSULT", "MOBILIZE", "CONCEDE"],
               "historical": ["ASSAULT", "RETREAT", "ASSAULT", "MOBILIZE", "AGREE"]}
# the ways the model set (by rank) and its own models told their threats: none is used here for any rank
MODEL_THREAT_MEDIUM = ["a sermon from a mosque's pulpit relayed by a worshipper over the telephone",
                       "a militia commander's press conference in a tent at the town's entrance",
                       "a governor's speech to a ruling-party rally in a city stadium",
                       "an oral ultimatum carried to the fighters by a village headman",
                       "a letter from the defence ministry to the town's municipal council"]
OLDER_THREAT_MEDIUMS = {"a field commander's words in a pro-government channel's filmed front-line report",
                        "a voice message attributed to a militia commander passed between telephones",
                        "a written warning hung by the army on the fence of the installation",
                        "a foreign army's Arabic-language spokesman's post on a social platform",
                        "a recorded speech on compact discs sold in the markets",
                        "a warning broadcast by loudspeakers on vehicles at the town's northern gate",
                        "a news ticker run on the state television channel",
                        "a speech at a funeral wake in the provincial capital",
                        "a Russian military reconciliation centre's daily briefing",
                        "a statement posted on the attackers' group's Telegram channel"}
THREAT_MEDIUM = {"team137-681": "a field commander's message on the walkie-talkie frequency monitored by the "
                                "towns' defenders",
                 "team137-682": "leaflets scattered by army helicopters over the villages held by the "
                                "jihadists",
                 "team137-683": "a clan elder's statement read before cameras in the clan's guesthouse",
                 "team137-684": "a video filmed on his phone by a paramilitary field commander in the town's "
                                "main square",
                 "team137-685": "text messages sent by the National Guard to the mobile phones of border "
                                "villagers"}
MODEL_TOLL_CONFLICT_RANKS = {1, 3}
MODEL_DATELINE_RANKS = {2, 3, 5}
MODEL_LEAD_FIRST_RANKS = {2, 5}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "LB", "SD", "TN"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"بالتعاون مع عناصر «الدفاع الوطني»|ومعارك مع وحدات من الجيش السوداني|"
                     r"مع نظيرتها التونسية"),
    "على": re.compile(r"على السوق الرئيسي في بلدة الزهراء|على تجمعات لإرهابيي «داعش»|"
                      r"على الأعوان الذين اشتبكوا"),
    "ضد": re.compile(r"«انتهاكات ممنهجة ضد المدنيين»"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "أما … ف": re.compile(r"أما محافظ حماة فقال"),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "reported speech": re.compile(r"ويروي [^.]{2,80} أن |ويقول [^.]{2,80} إن |وتقول [^.]{2,80} إن "),
    "passive": re.compile(r"قُتل|خُطفوا|خُطفن|يُطلق|تُنفَّذ|لُفّت|كُتب|استُخدمت|تُعامل|يُرسلون|نُقلوا|دُفنت"),
    "possessive actor": re.compile(r"مسلحو «جبهة النصرة»|مقاتلو اللجان الشعبية|إرهابيو «داعش»|"
                                   r"شيوخ عشائر عرب خلدة|عناصر من «الدعم السريع»"),
    "quoted organisation name": re.compile(r"«جبهة النصرة»|«لواء التوحيد»|«داعش»|«الدفاع الوطني»|"
                                           r"«حزب الله»|«الدعم السريع»|«المقاومة الشعبية»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"انتشرت وحدات من الجيش العربي السوري|اقتحمت قوات «الدعم السريع»|"
                                      r"قصفت وحدات من الجيش الوطني|أوقفت دورية من مديرية المخابرات|"
                                      r"وألقت مروحيتان تابعتان"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ورئيس الحكومة المكلف، الذي [^.]{10,}?، أثنى "),
    # a verb before a place and a time, its subject last
    "subject after a place and a time": re.compile(r"ويصل إلى سلمية يوم الأحد المقبل وفد|"
                                                   r"تُنفَّذ يوم الخميس المقبل، عند مفرق بلدة حيان"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"فوق ملعب نبل البلدي، وأطلق المسلحون|"
                                           r"واستمع إلى مطالبهم، واتفق معهم"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"داعيةً الأمم المتحدة|مطالبةً المجلس|مطالباً الجيش|"
                                                r"مطالبةً المجتمع الدولي|داعياً الحكومة السورية"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في حين قال مستشار لقائد «الدعم السريع»"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"بعد يوم من سقوط القذائف|ليلة الهجوم|بعد ساعات من الكمين|"
                                 r"بعد أيام من سيطرتها"),
    # a purpose clause
    "purpose clause": re.compile(r"لإحصاء المنازل|لبحث سبل «تطويق الفتنة»|للمطالبة بقانون|"
                                 r"لإدخال أكياس الطحين"),
    # a negation that negates no event
    "silence": re.compile(r"ولم تتبنَّ أي من الكتائب العملية|لم يصدر بشأنها أي تعليق رسمي|"
                          r"لم يتسنَّ لـ«صدى النواعير» التأكد|لم يتسنّ لـ«مرسال الشرق» التحقق|"
                          r"لم يصدر أي تعليق عن نواب المنطقة"),
    # a negated act told by a verb of failure
    "failure verb": re.compile(r"وعجزت الوساطات"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وفي الأيام الثلاثة الماضية، استقدمت|وعلى موجة اللاسلكي [^.]+، توعّد|"
                                  r"وفي مضافة العشيرة في خلدة، تلا"),
    # a planned act told by a present tense and a day ahead
    "present tense for a day ahead": re.compile(r"ويصل إلى سلمية يوم الأحد المقبل|وتعتزم نقابات أمنية"),
    # an act carried by a verbal noun
    "verbal noun for an act": re.compile(r"عن وصول نحو مئتي مقاتل|عن وصول عشرات المسلحين|عن إعدام عناصر|"
                                         r"عن فرار عناصر المجموعة"),
    # a quotation opening a paragraph, its speaker after it
    "quotation first": re.compile(r"^«كنا نحمل النعش على الأكتاف [^»]+»، يقول", re.M),
    # a condition attached to a threatened act
    "condition": re.compile(r"إذا لم يُطلق سراح|إن لم يسلّموا أنفسهم"),
    # a nominal sentence (no verb) for the setting, the place's name first
    "verbless setting": re.compile(r"^ونبل والزهراء بلدتان|^وعقارب الصافية واحدة من|^وخلدة بلدة ساحلية|"
                                   r"^وسنجة مدينة زراعية", re.M),
    # a date written in figures after the month's name
    "month and year in figures": re.compile(r"تموز 2012|آذار 2015|تشرين الأول 2020|ديسمبر 2023|فيفري 2014"),
    # constructions the model set did not list
    # a time clause «ما إن … حتى»
    "ما إن … حتى": re.compile(r"ما إن [^.]{2,60} حتى "),
    # a rhetorical question inside a quotation
    "rhetorical question": re.compile(r"«[^»]{5,60}؟»"),
    # an exception with «إلا»
    "exception with إلا": re.compile(r"لا يصل إليهما الوقود والدواء إلا "),
    # a cause introduced by «إثر»
    "cause with إثر": re.compile(r"إثر الكمين|إثر هجمات سابقة"),
}

# theme (a): two besieged towns supplied from the air while their people bargain over abductees
TOWNS_BESIEGED = "team137-681"
# theme (b): a state capital stormed by a paramilitary force and the flight of its people eastwards
CAPITAL_STORMED = "team137-684"
BESIEGED_WORDS = re.compile(r"نبل|الزهراء|البلدتين|المخطوف|اللجان الشعبية")
STORMED_WORDS = re.compile(r"سنجة|الدعم السريع|الدندر|النازح|القضارف|سنار")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def besieged_theme(core, lines, main):
    shelled = bool(main and main.get("acled") == SHELL and "الزهراء" in para_text(lines, main))
    airdrop = [g for g in has(core, "AID", lines, "مروحيت") if happened(g)]
    threat = has(core, "THREATEN", lines, "اللاسلكي")
    abducted = [g for g in has(core, "ASSAULT", lines, "خُطفوا") if happened(g)]
    talks = [g for g in has(core, "CONSULT", lines, "وجهاء") if happened(g)]
    exchange = has(core, "COOPERATE", lines, "تبادل", first="planned")
    not_freed = has(core, "RETREAT", lines, "النساء", first="negated")
    return bool(shelled and airdrop and threat and abducted and talks and exchange and not_freed
                and related(core, main, BESIEGED_WORDS, lines) * 2 > len(core))


def stormed_theme(core, lines, main):
    stormed = bool(main and main.get("acled") == CLASH and "سنجة" in para_text(lines, main))
    threat = has(core, "THREATEN", lines, "مقطع")
    detained = [g for g in has(core, "COERCE", lines, "الدعم السريع") if happened(g)]
    fed = [g for g in has(core, "AID", lines, "الدندر") if happened(g)]
    earlier = has(core, "RETREAT", lines, "ود مدني", first="historical")
    no_corridor = has(core, "CONCEDE", lines, "ممر", first="negated")
    convoy = has(core, "AID", lines, "قافلة", first="planned")
    return bool(stormed and threat and detained and fed and earlier and no_corridor and convoy
                and related(core, main, STORMED_WORDS, lines) * 2 > len(core))


THEMES = {"two besieged towns supplied from the air while their people bargain over abductees":
          (TOWNS_BESIEGED, besieged_theme),
          "a state capital stormed by a paramilitary force and the flight of its people eastwards":
          (CAPITAL_STORMED, stormed_theme)}


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
    rank; the rumoured, planned, negated and background acts are never of its main type there, and the threat
    is never told the way the model set or its own models told one."""
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
        if main_type(g) == MODEL_KINDS[kind][rank]:
            errs.append(f"{did}: the {kind} act is of the model set's kind for its article of this rank "
                        f"({main_type(g)})")
    if THREAT_MEDIUM[did] in MODEL_THREAT_MEDIUM or THREAT_MEDIUM[did] in OLDER_THREAT_MEDIUMS:
        errs.append(f"{did}: the threat is told the way the model set or its own models told one")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 126-136",
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
             "the countries are not Syria (twice), Lebanon, Sudan and Tunisia"),
            (len(years) == len(docs), "two articles share a year"),
            (not set(years) & MODEL_YEARS, "a year of the model set"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team137", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
