#!/usr/bin/env python3
"""Check team120.gold.json (the hundred-and-twentieth team set, team120-596 ... team120-600) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  province, the town of the event); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Raqqa (Ain Issa and the northern Raqqa countryside) and one in
  Idlib (Jabal al-Zawiya), one Iraqi in Anbar (al-Qaim on the Syrian border), one Yemeni in al-Hudaydah (the
  city and its airport) and one Sudanese in Khartoum (the capital's three cities), the main event in one of
  the places the plan names for its region, each article in the month the plan gives it (November 2022; June
  2021; November 2017; June 2018; April 2023); no governorate, no word of the article's file name and no
  accepted place name among the places that the first paragraphs of the READMEs of sets 117 and 119 name.
  Those two sets are blind, so their places are not written here: they are kept as salted SHA-256 digests of
  the names (after ``goldkit.norm_place``), and only the digests are compared; a governorate of this set is
  compared with every place those paragraphs name, not only with their governorates;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «مع», «على», «ضد», «من قبل», «وكان … قد»,
  «بحسب»/«وفق», «نقلاً عن», reported speech («قال/أفاد/ذكر/أكد X أن/إن»), passives, an acronym in quotes, a
  possessive actor, a verb–subject–object and a subject–verb–object sentence, a long parenthetical between a
  subject and its verb, two events joined in one sentence with «و» and a second verb, a time told after the
  act in its own clause, a main event told again by the other side, a definite noun for the main event's
  victims later on, a purpose clause, a burial or funeral, and «من دون أن» that negates nothing;
- the themes: one article about cross-border escalation around a front-line town (a drone strike on its market
  as the main event, shelling of the villages around it, a retaliation on a base, a rumoured deal over the
  town, a planned meeting of the guarantor states, a threat of a ground operation, most core events about
  it); one about shelling of villages during a ceasefire (a shell on a house killing children as the main
  event, air strikes on the outskirts, the civil defence pulling out the wounded, a protest in a nearby town,
  a foreign army's observation post reinforced and silent, most core events about it); one about a town
  retaken from ISIS and its aftermath (the battles that retook it, a car bomb at a checkpoint as the main
  event, a roadside bomb left behind, prisoners taken, aid in the camps, a demand to compensate returnees,
  most core events about it); one about a battle for a port city's airport (the battles as the main event,
  air strikes on positions and on a market, fishermen hit at sea, the UN envoy's talks on the port, an aid
  convoy stopped, a call for humanitarian corridors, most core events about it); and one about war in a
  capital and the flight from it (clashes despite a truce, air strikes on camps, a hospital shelled as the
  main event, an evacuation convoy to the coast, a border crossing opened, a threat of escalation, most core
  events about it).

    python3 benchmarks/data/articles120/check_gold.py [--no-score]
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
    MINE,
    PEACEFUL,
    SHELL,
    first_label,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team120.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, aggregates, a witness's
# words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article, never where the model set put its own.
NO_EVENT_PARAS = {"team120-596": [6, 12], "team120-597": [5, 14], "team120-598": [11, 15],
                  "team120-599": [9, 15], "team120-600": [6, 10]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team120-596": ("SY", "Raqqa", "Ain Issa", "عين عيسى"),
          "team120-597": ("SY", "Idlib", "Kansafra", "جبل الزاوية"),
          "team120-598": ("IQ", "Anbar", "al-Qaim", "القائم"),
          "team120-599": ("YE", "al-Hudaydah", "al-Hudaydah", "الحديدة"),
          "team120-600": ("SD", "Khartoum", "Omdurman", "الخرطوم")}
PLANNED_REGION = {"team120-596": ("SY", "Raqqa"), "team120-597": ("SY", "Idlib"),
                  "team120-598": ("IQ", "Anbar"), "team120-599": ("YE", "al-Hudaydah"),
                  "team120-600": ("SD", "Khartoum")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Raqqa"): {"Ain Issa", "Saida", "al-Muallaq", "Hoshan"},
                 ("SY", "Idlib"): {"Kansafra", "al-Bara", "Balyun", "Marayan"},
                 ("IQ", "Anbar"): {"al-Qaim", "Husaybah", "al-Karabilah", "al-Ubaydi"},
                 ("YE", "al-Hudaydah"): {"al-Hudaydah"},
                 ("SD", "Khartoum"): {"Khartoum", "Omdurman", "Bahri"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team120-596": "2022-11", "team120-597": "2021-06", "team120-598": "2017-11",
                 "team120-599": "2018-06", "team120-600": "2023-04"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq, nahr,
# ain, ras and tal, and the words of and the, left out of the words) that the first paragraphs of the READMEs
# of sets 117 and 119 name, as digests: sha256("team120:" + norm_place(name)), first 16 hex digits, of English
# and Arabic spellings and of the non-generic words of the English names.
# USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all the
# rest), so that no governorate of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "0062c9c7033ae520", "01709cc6e9c95458", "019b37be6529606e", "04248e0c643854b1", "0432e594e177407b",
    "05f5043ebf72f60d", "06972224ff1aa5f1", "06cce44a1123a447", "073eed8ce1ff1096", "08c9be0ab3e0d661",
    "0a767125036062dc", "0b3744d660d9d59b", "0b44eb2090e17363", "0bb4b90e4ec118e2", "0c601167d203e924",
    "0d34371f885df5f1", "0d346ea7de3d97d5", "0ea744a564583ef5", "1188cf5d7217021f", "12e9f686cc15fd21",
    "13914184186a2233", "13ccc43914c68226", "1634ab2290136855", "1680daa9a550e4cb", "16cc36caedb51f8f",
    "18a24b2bc243fcb2", "19825bbcbad491ff", "19b2dc554fbf757b", "19ce33c4596fc326", "1c28cbc8cc38c3ed",
    "1dd04f6c10d00d28", "1de13b11ac222a5d", "210e7205a0ffa6d6", "2129fcbd58e62203", "23e2d2486b3f90fc",
    "26e27a0666377a79", "28856bb90a2f495d", "2a07fd08c1d04e57", "2acacf9d3ed944c5", "2f0b7a81cd075783",
    "3069a8a50dbb0805", "31967def9bc86bf9", "329f67652e6a2860", "3376fdbc460b7aab", "34f955dfeb3904f2",
    "35b8641b2f1effbb", "35dc4a0181bbf536", "371e1f4a98404b37", "39dc3acd22676900", "3a47fb7a1e73ba2a",
    "3d806bc8aa9dbdab", "3d84c94e90b6c16d", "3fa1399272f2a6e9", "40268d0b6c1903a2", "41ac03623666a8c0",
    "4267e7015483d0b0", "45bec03cd6c505c2", "45d7e9cd3a2e3fd4", "472ebc6b0970fb55", "479b54ee0157b9d4",
    "47aaaa8abbbfb5c7", "47c8def0f9508973", "489e2f0719af6799", "4921e33925d95712", "49ec5c6642a60185",
    "4cca9d7202605abb", "4d640538eec2ca60", "4deeb23c7c915b8a", "4fac349fc22f09b7", "504c6f42aee43cd5",
    "50c8b245b819f815", "51365cbd699eb378", "5159e1f93727867f", "515dedb2c67d1573", "51b8df542f6b8e2f",
    "52fce73a2ed1dbf5", "53bdd1ee418d2bc0", "5428533b8b73f538", "558687b27ef0be8e", "5590d06e82c4d00a",
    "55c931dcda2a04e5", "56226126a5e3e346", "566f9883d93738c7", "5925680934ed2869", "5c06dada07eafb46",
    "5d125250eeb4d200", "5d9ee1ca38c6d5c8", "5eae0473a33b16eb", "5f121c27e84e5368", "5f3acfd9bd9aa42f",
    "60e6574862a92f7d", "6116c46afbb0f929", "61744c6b7f056bdc", "619c514fdbc4b4c1", "643a9a26512a9ecf",
    "653fca7beb107887", "6687dcdbfe44b781", "66a250d32c7a8935", "6798e4ad4cc0ac84", "67fb0722371190cd",
    "6826d7627d6e1a09", "68e21806e3cd9c5b", "6a086a6c3f51e365", "6add1eca77870f76", "6e9cde1048498826",
    "6ef199bddf9789ff", "6f761e4a5f6057c6", "7238accb7c376002", "72b8b443eab6a1b8", "7312d930dcaef025",
    "74996ee61dfd5268", "74ac05dbf271d5bd", "775e627039178e43", "78cb665519d67a14", "7d6b00bd3c88e683",
    "7fc3713f3f8d3c50", "7ffb39c715b7725a", "80caec152b4c5665", "8143485fce4e0447", "81db5b678ca3a264",
    "82f993b795027f4d", "842e1c9068183d92", "87b55aa0eee89079", "881704bbbe461ffc", "8a7db2b41094269e",
    "8c798d94973d96ff", "8dfc72179414d265", "921fae480fded11f", "9271a96c79508601", "94af5dfe509e6b90",
    "95c920ce169b6187", "95ff1c43a88a01da", "96c61919eda70c68", "971e591d4d4ecbc8", "97eee6a76135813c",
    "9937346ff564e973", "9a4b84cfcdc49840", "9d46aed6c1af7e83", "9e52b3f01846e3fd", "a129ee9a29e965b5",
    "a1ac2bfb102b7e2a", "a53fe25c45d63801", "a565a25f5c1b5816", "a643f0cb9c5b8ef2", "a6cc5befc14126f1",
    "a78a4d42ef3e8933", "a81d3cd9186d0eaa", "a84c2729e4cc8c71", "a8cff2dbc0fe4ac3", "a99cb59a55dab4db",
    "aa66f01e877d1939", "aa6fe84048f77777", "abe7c3bf79642c18", "ad3a186ada113ec1", "add7038224782a85",
    "ae02d45abe4d6452", "b1c0c53b3d70d37b", "b22934c098ffe412", "b24d95cb3683a917", "b3487fb16212d728",
    "b4eb9bad30529051", "b8207ec56b7c589d", "b91aeb93c954a026", "b92ee65f97f3e3c1", "bb0e9f6b495cc56c",
    "bb69162d8dba4fc6", "bd233a022c94f7ad", "bf220085235b4437", "bf24f75b37c914e2", "bf6f8cbf81c3279d",
    "c038c82b39a18b06", "c05a9d588ecb4f2a", "c0c1754c405b4c6c", "c0cb467b17c4223f", "c134e34286dbc2b3",
    "c1698e9cc98a6e37", "c1f7ea93f0ce8b37", "c2733934a387cfed", "c2cc17a0d0afa5a2", "c3ece5bd4213d1b4",
    "c4e8b09198fae40b", "c59ba1de3cd661e1", "c6891a9cf519e234", "c7a07b236f5ddaa2", "c8a1dc0e91beb84d",
    "ca2e34b2ddf7da8e", "cc88a618c7618fbf", "cdad0169cef04ca6", "cfcd07d3d0e9aba9", "d2bcca5c9ad3f802",
    "d2cc15ec42818ab3", "d3aebdfd434470e3", "d46c1b4197e176e9", "d4e4bcfe27722ca8", "d5cac33103212fa9",
    "d7dee5c98e970d84", "d84f6379e53077ed", "d8a6edff39e56d28", "d93c1cf8f01eaa86", "dc092c4658a01618",
    "dea267d280f48295", "df5321baae753890", "dfa79d98bf7ef5c5", "e185e473bc3e056b", "e2140a056daec449",
    "e31bac2241fdf1af", "e5d5bda3ad23b88d", "e5dd71fd16a4f108", "e65fdbdbddef01e2", "e6fcab3b8f1fdfef",
    "e7490e23c3618374", "e7d5e60f6c8c8fbf", "eb08ab07088ff8c1", "eb480d6d8180109e", "eb7ce443ae3272e4",
    "ed54153138505d7f", "ee230757e99b274f", "f2c4f90b30ee4f99", "f2ebbe10364b7dd5", "f4cd3a7fef351c89",
    "f5024561f94ac9c2", "f570a99ebda32d14", "f5caaba1275c3b3c", "f6d351cf99f4a21c", "f81acd69c84dd4cd",
    "f86df1e1ffc3a624", "f8d9a80c4d809a98", "fa0ef199b9885b61", "fb99a52932210f7a", "fd9c443ebeae9673",
    "feb1f6505fbeb6cf", "fecd4eedb78da7f1", "fedadf772a51939f",
})
USED_GOV_DIGESTS = frozenset({
    "0062c9c7033ae520", "01709cc6e9c95458", "019b37be6529606e", "04248e0c643854b1", "0432e594e177407b",
    "05f5043ebf72f60d", "06972224ff1aa5f1", "06cce44a1123a447", "073eed8ce1ff1096", "08c9be0ab3e0d661",
    "0a767125036062dc", "0b3744d660d9d59b", "0b44eb2090e17363", "0bb4b90e4ec118e2", "0c601167d203e924",
    "0d34371f885df5f1", "0d346ea7de3d97d5", "0ea744a564583ef5", "1188cf5d7217021f", "12e9f686cc15fd21",
    "13914184186a2233", "13ccc43914c68226", "1634ab2290136855", "1680daa9a550e4cb", "16cc36caedb51f8f",
    "18a24b2bc243fcb2", "19825bbcbad491ff", "19b2dc554fbf757b", "19ce33c4596fc326", "1c28cbc8cc38c3ed",
    "1dd04f6c10d00d28", "1de13b11ac222a5d", "210e7205a0ffa6d6", "2129fcbd58e62203", "23e2d2486b3f90fc",
    "26e27a0666377a79", "28856bb90a2f495d", "2a07fd08c1d04e57", "2acacf9d3ed944c5", "2f0b7a81cd075783",
    "3069a8a50dbb0805", "31967def9bc86bf9", "329f67652e6a2860", "3376fdbc460b7aab", "34f955dfeb3904f2",
    "35b8641b2f1effbb", "35dc4a0181bbf536", "371e1f4a98404b37", "39dc3acd22676900", "3a47fb7a1e73ba2a",
    "3d806bc8aa9dbdab", "3d84c94e90b6c16d", "3fa1399272f2a6e9", "40268d0b6c1903a2", "41ac03623666a8c0",
    "4267e7015483d0b0", "45bec03cd6c505c2", "45d7e9cd3a2e3fd4", "472ebc6b0970fb55", "479b54ee0157b9d4",
    "47aaaa8abbbfb5c7", "47c8def0f9508973", "489e2f0719af6799", "4921e33925d95712", "49ec5c6642a60185",
    "4cca9d7202605abb", "4d640538eec2ca60", "4deeb23c7c915b8a", "4fac349fc22f09b7", "504c6f42aee43cd5",
    "50c8b245b819f815", "51365cbd699eb378", "5159e1f93727867f", "515dedb2c67d1573", "51b8df542f6b8e2f",
    "52fce73a2ed1dbf5", "53bdd1ee418d2bc0", "5428533b8b73f538", "558687b27ef0be8e", "5590d06e82c4d00a",
    "55c931dcda2a04e5", "56226126a5e3e346", "566f9883d93738c7", "5925680934ed2869", "5c06dada07eafb46",
    "5d125250eeb4d200", "5d9ee1ca38c6d5c8", "5eae0473a33b16eb", "5f121c27e84e5368", "5f3acfd9bd9aa42f",
    "60e6574862a92f7d", "6116c46afbb0f929", "61744c6b7f056bdc", "619c514fdbc4b4c1", "643a9a26512a9ecf",
    "653fca7beb107887", "6687dcdbfe44b781", "66a250d32c7a8935", "6798e4ad4cc0ac84", "67fb0722371190cd",
    "6826d7627d6e1a09", "68e21806e3cd9c5b", "6a086a6c3f51e365", "6add1eca77870f76", "6e9cde1048498826",
    "6ef199bddf9789ff", "6f761e4a5f6057c6", "7238accb7c376002", "72b8b443eab6a1b8", "7312d930dcaef025",
    "74996ee61dfd5268", "74ac05dbf271d5bd", "775e627039178e43", "78cb665519d67a14", "7d6b00bd3c88e683",
    "7fc3713f3f8d3c50", "7ffb39c715b7725a", "80caec152b4c5665", "8143485fce4e0447", "81db5b678ca3a264",
    "82f993b795027f4d", "842e1c9068183d92", "87b55aa0eee89079", "881704bbbe461ffc", "8a7db2b41094269e",
    "8c798d94973d96ff", "8dfc72179414d265", "921fae480fded11f", "9271a96c79508601", "94af5dfe509e6b90",
    "95c920ce169b6187", "95ff1c43a88a01da", "96c61919eda70c68", "971e591d4d4ecbc8", "97eee6a76135813c",
    "9937346ff564e973", "9a4b84cfcdc49840", "9d46aed6c1af7e83", "9e52b3f01846e3fd", "a129ee9a29e965b5",
    "a1ac2bfb102b7e2a", "a53fe25c45d63801", "a565a25f5c1b5816", "a643f0cb9c5b8ef2", "a6cc5befc14126f1",
    "a78a4d42ef3e8933", "a81d3cd9186d0eaa", "a84c2729e4cc8c71", "a8cff2dbc0fe4ac3", "a99cb59a55dab4db",
    "aa66f01e877d1939", "aa6fe84048f77777", "abe7c3bf79642c18", "ad3a186ada113ec1", "add7038224782a85",
    "ae02d45abe4d6452", "b1c0c53b3d70d37b", "b22934c098ffe412", "b24d95cb3683a917", "b3487fb16212d728",
    "b4eb9bad30529051", "b8207ec56b7c589d", "b91aeb93c954a026", "b92ee65f97f3e3c1", "bb0e9f6b495cc56c",
    "bb69162d8dba4fc6", "bd233a022c94f7ad", "bf220085235b4437", "bf24f75b37c914e2", "bf6f8cbf81c3279d",
    "c038c82b39a18b06", "c05a9d588ecb4f2a", "c0c1754c405b4c6c", "c0cb467b17c4223f", "c134e34286dbc2b3",
    "c1698e9cc98a6e37", "c1f7ea93f0ce8b37", "c2733934a387cfed", "c2cc17a0d0afa5a2", "c3ece5bd4213d1b4",
    "c4e8b09198fae40b", "c59ba1de3cd661e1", "c6891a9cf519e234", "c7a07b236f5ddaa2", "c8a1dc0e91beb84d",
    "ca2e34b2ddf7da8e", "cc88a618c7618fbf", "cdad0169cef04ca6", "cfcd07d3d0e9aba9", "d2bcca5c9ad3f802",
    "d2cc15ec42818ab3", "d3aebdfd434470e3", "d46c1b4197e176e9", "d4e4bcfe27722ca8", "d5cac33103212fa9",
    "d7dee5c98e970d84", "d84f6379e53077ed", "d8a6edff39e56d28", "d93c1cf8f01eaa86", "dc092c4658a01618",
    "dea267d280f48295", "df5321baae753890", "dfa79d98bf7ef5c5", "e185e473bc3e056b", "e2140a056daec449",
    "e31bac2241fdf1af", "e5d5bda3ad23b88d", "e5dd71fd16a4f108", "e65fdbdbddef01e2", "e6fcab3b8f1fdfef",
    "e7490e23c3618374", "e7d5e60f6c8c8fbf", "eb08ab07088ff8c1", "eb480d6d8180109e", "eb7ce443ae3272e4",
    "ed54153138505d7f", "ee230757e99b274f", "f2c4f90b30ee4f99", "f2ebbe10364b7dd5", "f4cd3a7fef351c89",
    "f5024561f94ac9c2", "f570a99ebda32d14", "f5caaba1275c3b3c", "f6d351cf99f4a21c", "f81acd69c84dd4cd",
    "f86df1e1ffc3a624", "f8d9a80c4d809a98", "fa0ef199b9885b61", "fb99a52932210f7a", "fd9c443ebeae9673",
    "feb1f6505fbeb6cf", "fecd4eedb78da7f1", "fedadf772a51939f",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0432e594e177407b", "06cce44a1123a447", "073eed8ce1ff1096", "08c9be0ab3e0d661", "0b3744d660d9d59b",
    "0bb4b90e4ec118e2", "0d34371f885df5f1", "0d346ea7de3d97d5", "0ea744a564583ef5", "1188cf5d7217021f",
    "13914184186a2233", "13ccc43914c68226", "18a24b2bc243fcb2", "19825bbcbad491ff", "19b2dc554fbf757b",
    "1c28cbc8cc38c3ed", "1de13b11ac222a5d", "210e7205a0ffa6d6", "2129fcbd58e62203", "26e27a0666377a79",
    "2a07fd08c1d04e57", "2acacf9d3ed944c5", "2f0b7a81cd075783", "3069a8a50dbb0805", "31967def9bc86bf9",
    "329f67652e6a2860", "35b8641b2f1effbb", "371e1f4a98404b37", "39dc3acd22676900", "3a47fb7a1e73ba2a",
    "3d84c94e90b6c16d", "3fa1399272f2a6e9", "45bec03cd6c505c2", "45d7e9cd3a2e3fd4", "472ebc6b0970fb55",
    "479b54ee0157b9d4", "47aaaa8abbbfb5c7", "4921e33925d95712", "49ec5c6642a60185", "4cca9d7202605abb",
    "4d640538eec2ca60", "4deeb23c7c915b8a", "504c6f42aee43cd5", "50c8b245b819f815", "51365cbd699eb378",
    "5159e1f93727867f", "52fce73a2ed1dbf5", "5428533b8b73f538", "558687b27ef0be8e", "5590d06e82c4d00a",
    "55c931dcda2a04e5", "56226126a5e3e346", "566f9883d93738c7", "5d125250eeb4d200", "5d9ee1ca38c6d5c8",
    "5eae0473a33b16eb", "5f121c27e84e5368", "5f3acfd9bd9aa42f", "60e6574862a92f7d", "6116c46afbb0f929",
    "61744c6b7f056bdc", "6687dcdbfe44b781", "6798e4ad4cc0ac84", "72b8b443eab6a1b8", "7312d930dcaef025",
    "74ac05dbf271d5bd", "775e627039178e43", "78cb665519d67a14", "7ffb39c715b7725a", "80caec152b4c5665",
    "81db5b678ca3a264", "82f993b795027f4d", "842e1c9068183d92", "8c798d94973d96ff", "921fae480fded11f",
    "9271a96c79508601", "94af5dfe509e6b90", "96c61919eda70c68", "971e591d4d4ecbc8", "97eee6a76135813c",
    "9937346ff564e973", "9a4b84cfcdc49840", "9d46aed6c1af7e83", "a129ee9a29e965b5", "a1ac2bfb102b7e2a",
    "a565a25f5c1b5816", "a643f0cb9c5b8ef2", "a6cc5befc14126f1", "a78a4d42ef3e8933", "a84c2729e4cc8c71",
    "a8cff2dbc0fe4ac3", "aa66f01e877d1939", "aa6fe84048f77777", "abe7c3bf79642c18", "b1c0c53b3d70d37b",
    "b24d95cb3683a917", "b4eb9bad30529051", "b8207ec56b7c589d", "bd233a022c94f7ad", "bf24f75b37c914e2",
    "bf6f8cbf81c3279d", "c038c82b39a18b06", "c05a9d588ecb4f2a", "c0c1754c405b4c6c", "c0cb467b17c4223f",
    "c2733934a387cfed", "c2cc17a0d0afa5a2", "c4e8b09198fae40b", "c59ba1de3cd661e1", "c6891a9cf519e234",
    "c8a1dc0e91beb84d", "cc88a618c7618fbf", "d2bcca5c9ad3f802", "d3aebdfd434470e3", "d46c1b4197e176e9",
    "d4e4bcfe27722ca8", "d7dee5c98e970d84", "d84f6379e53077ed", "d8a6edff39e56d28", "d93c1cf8f01eaa86",
    "dea267d280f48295", "e5d5bda3ad23b88d", "e5dd71fd16a4f108", "e65fdbdbddef01e2", "e6fcab3b8f1fdfef",
    "e7490e23c3618374", "eb480d6d8180109e", "ee230757e99b274f", "f4cd3a7fef351c89", "f5024561f94ac9c2",
    "f570a99ebda32d14", "f5caaba1275c3b3c", "f6d351cf99f4a21c", "f81acd69c84dd4cd", "f86df1e1ffc3a624",
    "f8d9a80c4d809a98", "fa0ef199b9885b61", "fb99a52932210f7a", "fd9c443ebeae9673", "fecd4eedb78da7f1",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team120-596", "team120-598", "team120-599"}
DATELINE_KIND = {"team120-599": ("الرياض", "a foreign capital"),
                 "team120-596": ("الرقة", "a province"),
                 "team120-598": ("القائم", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team120-596": ("Raqqa-based local news network's website close to the Autonomous "
                               "Administration"),
               "team120-597": "Gaziantep-based Syrian opposition news agency's website",
               "team120-598": "Baghdad-based Shia party-affiliated satellite channel's website",
               "team120-599": "Riyadh-based Saudi-owned pan-Arab daily newspaper's website",
               "team120-600": "Khartoum-based independent Sudanese radio station's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team120-596": [5, 7], "team120-600": [6, 9]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r" مع "),
    "على": re.compile(r" على "),
    "ضد": re.compile(r"«?ضد "),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب / وفق": re.compile(r"بحسب|وفق "),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "reported speech «قال/أفاد/ذكر/أكد X أن/إن»":
        re.compile(r"(?:قال|أفاد|ذكر|أكد)[^.،]{0,60} (?:أن|إن) "),
    "passive «قُتل»/«أُصيب»/«شُيّع»/«دُفن»/«اعتُقل»/«استُهدف»/«وُوري»/«فُجّرت»/«نُقل»":
        re.compile(r"قُتل|أُصيب|شُيّع|دُفن|اعتُقل|استُهدف|وُوري|فُجّرت|نُقل"),
    "acronym in quotes": re.compile(r"«قسد»|«الأسايش»|«سانا»"),
    "possessive actor": re.compile(r"مقاتلو «قوات سوريا الديمقراطية»|مقاتلي الحشد العشائري"),
    "verb–subject–object":
        re.compile(r"^(?:وهدّد|وتوعّدت|وتوعّد|ودخل|وشنّ|وشنّت|واعتقلت|ودفعت|ووزّعت|وفتحت|وأوقفت|ودعت"
                   r"|واستهدفت) (?:الرئيس|«الجبهة|قيادي|رتل|الطيران|مقاتلات|طيران|قوى|القوات|هيئة|منظمة"
                   r"|السلطات|نقاط|منسقة|فصائل|القيادة|رئيس|«غرف)",
                   re.M),
    "subject–verb–object":
        re.compile(r"^(?:والإدارة|ومنظمة|ومجلس|والحكومة|ونقابة) [^،]+، (?:الذي|التي) [^.]*?، "
                   r"(?:اتهم|اتهمت|حمّل|حمّلت)[ ،]",
                   re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|اتهمت|حمّل|حمّلت)[ ،]"),
    "two events joined in one sentence with «و» and a second verb": re.compile(r"، وطالبت |، وطالب "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:بعد|عقب) "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:زعم|زعمت|قالت|قال) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى الخمسة|الأطفال الخمسة|الشهداء الأربعة|معارك المطار|القتلى الستة"),
    "purpose clause": re.compile(r"كي تقي|لحماية |بهدف |لإجبارهم |تمهيداً لنقلهم"),
    "burial or funeral": re.compile(r"^(?:وشُيّع|ودُفن|ووُوري)", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): cross-border escalation around a front-line town (Ain Issa)
FRONTLINE = "team120-596"
# theme (b): shelling of villages during a ceasefire (Jabal al-Zawiya)
CEASEFIRE = "team120-597"
# theme (c): a town retaken from ISIS and its aftermath (al-Qaim)
RETAKEN = "team120-598"
# theme (d): a battle for a port city's airport (al-Hudaydah)
AIRPORT = "team120-599"
# theme (e): war in a capital and the flight from it (Khartoum and Omdurman)
CAPITAL = "team120-600"


def frontline_theme(core, lines, main):
    market = bool(main and main.get("acled") == AIR and "السوق" in para_text(lines, main))
    shelling = [g for g in of_type(core, lines, "ASSAULT", "قرى", done=True) if g.get("acled") == SHELL]
    base = [g for g in of_type(core, lines, "ASSAULT", "قاعدة", done=True) if g.get("acled") == SHELL]
    deal = [g for g in first_label(core, "rumored")
            if main_type(g) == "AGREE" and "بتسليم" in para_text(lines, g)]
    guarantors = [g for g in first_label(core, "planned")
                  if main_type(g) == "CONSULT" and "أستانا" in para_text(lines, g)]
    threat = of_type(core, lines, "THREATEN", "برية")
    words = ("عين عيسى", "التركي", "تركية", "قسد", "النازح")
    return bool(market and shelling and base and deal and guarantors and threat
                and mostly(core, lines, words))


def ceasefire_theme(core, lines, main):
    house = bool(main and main.get("acled") == SHELL and "منزل" in para_text(lines, main)
                 and "وقف إطلاق النار" in para_text(lines, main))
    air = [g for g in of_type(core, lines, "ASSAULT", "الأطراف", done=True) if g.get("acled") == AIR]
    rescue = of_type(core, lines, "AID", "الدفاع المدني", done=True)
    protest = [g for g in of_type(core, lines, "PROTEST", "أريحا", done=True) if g.get("acled") == PEACEFUL]
    post = of_type(core, lines, "MOBILIZE", "نقطة المراقبة التركية", done=True)
    silent = [g for g in first_label(core, "negated")
              if main_type(g) == "ASSAULT" and "النقطة التركية" in para_text(lines, g)]
    words = ("جبل الزاوية", "قوات الأسد", "التركية", "البارة", "كنصفرة", "القصف")
    return bool(house and air and rescue and protest and post and silent and mostly(core, lines, words))


def retaken_theme(core, lines, main):
    retake = [g for g in of_type(core, lines, "ASSAULT", "تحرير", done=True) if g.get("acled") == CLASH]
    car_bomb = bool(main and main.get("acled") == MINE and "مفخخة" in para_text(lines, main)
                    and "سيطرة" in para_text(lines, main))
    mine = [g for g in of_type(core, lines, "ASSAULT", "عبوة", done=True) if g.get("acled") == MINE]
    prisoners = [g for g in of_type(core, lines, "COERCE", "التنظيم", done=True) if g.get("acled") == ARREST]
    camps = of_type(core, lines, "AID", "مخيمات", done=True)
    compensation = of_type(core, lines, "REQUEST", "بتعويض", done=True)
    words = ("القائم", "التنظيم", "داعش", "الحشد", "الأنبار")
    return bool(retake and car_bomb and mine and prisoners and camps and compensation
                and mostly(core, lines, words))


def airport_theme(core, lines, main):
    battle = bool(main and main.get("acled") == CLASH and "مطار" in para_text(lines, main))
    positions = [g for g in of_type(core, lines, "ASSAULT", "المنظر", done=True) if g.get("acled") == AIR]
    market = [g for g in of_type(core, lines, "ASSAULT", "سوقاً", done=True) if g.get("acled") == AIR]
    fishermen = of_type(core, lines, "ASSAULT", "صيادين", done=True)
    envoy = of_type(core, lines, "CONSULT", "ميناء", done=True)
    convoy = of_type(core, lines, "COERCE", "قافلة", done=True)
    corridors = of_type(core, lines, "REQUEST", "ممرات إنسانية", done=True)
    words = ("الحديدة", "الميليشيات", "الحوثي", "التحالف", "الميناء", "المطار")
    return bool(battle and positions and market and fishermen and envoy and convoy and corridors
                and mostly(core, lines, words))


def capital_theme(core, lines, main):
    clashes = [g for g in of_type(core, lines, "ASSAULT", "هدنة", done=True) if g.get("acled") == CLASH]
    camps = [g for g in of_type(core, lines, "ASSAULT", "معسكرات", done=True) if g.get("acled") == AIR]
    hospital = bool(main and main.get("acled") == SHELL and "مستشفى" in para_text(lines, main))
    evacuation = of_type(core, lines, "AID", "بورتسودان", done=True)
    crossing = [g for g in of_type(core, lines, "RETREAT", "معبر", done=True) if g.get("mode") == "access"]
    threat = of_type(core, lines, "THREATEN", "حسم")
    words = ("الخرطوم", "أم درمان", "بحري", "الدعم السريع", "الجيش", "القوات المسلحة", "الهدنة")
    return bool(clashes and camps and hospital and evacuation and crossing and threat
                and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 117 and 119"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"cross-border escalation around a front-line town": (FRONTLINE, frontline_theme),
              "shelling of villages during a ceasefire": (CEASEFIRE, ceasefire_theme),
              "a town retaken from ISIS and its aftermath": (RETAKEN, retaken_theme),
              "a battle for a port city's airport": (AIRPORT, airport_theme),
              "war in a capital and the flight from it": (CAPITAL, capital_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team120", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "SD": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Sudanese"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team120", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
