#!/usr/bin/env python3
"""Check team118.gold.json (the hundred-and-eighteenth team set, team118-586 ... team118-590) against the
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
- the regions: two Syrian articles, one in Homs (al-Sukhnah and the desert east of Palmyra) and one in Rif
  Dimashq (al-Hajar al-Aswad next to the Yarmouk camp), one Iraqi in Duhok (Zakho and the camps of the
  province), one Libyan in Jafara (Qasr bin Ghashir) and one Palestinian in Khan Younis (the border east of
  the town), the main event in one of the places the plan names for its region, each article in the month the
  plan gives it (March 2021; May 2018; May 2022; September 2018; May 2018); no governorate, no word of the
  article's file name and no accepted place name among the places that the first paragraphs of the READMEs of
  sets 115 and 117 name. Those two sets are blind, so their places are not written here: they are kept as
  salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared; a
  governorate of this set is compared with every place those paragraphs name, not only with their
  governorates;
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
- the themes: one article about a desert insurgency (an ambush on a bus as the main event, a landmine on
  truffle gatherers, Russian air strikes on the desert, shepherds' abduction rumoured, a combing operation
  planned, most core events about it); one about an offensive on a besieged pocket (air strikes on its
  quarters as the main event, clashes and the army entering, a corridor opened, an evacuation deal and buses
  planned, UNRWA's appeal for the camp's remaining residents, most core events about it); one about a local
  conflict sending the displaced back to the camps (clashes between the army and a local armed group, aid in
  the camps, a drone strike on a car as the main event, a truce through notables, a demand to apply an earlier
  agreement, most core events about it); one about clashes between brigades at a capital's edge (the clashes
  as the main event, rockets on an airport, inmates breaking out of a prison, the displaced housed, a
  UN-brokered ceasefire and a planned meeting, most core events about it); and one about protests at a border
  fence (live fire on the march as the main event, the march with tyres and kites, a crossing reopened,
  Egyptian mediation, a threat, most core events about it).

    python3 benchmarks/data/articles118/check_gold.py [--no-score]
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
    EXCESSIVE,
    MINE,
    RIOT,
    SHELL,
    first_label,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team118.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article, never where the model set put its own.
NO_EVENT_PARAS = {"team118-586": [8, 13], "team118-587": [8, 16], "team118-588": [7, 16],
                  "team118-589": [3, 13], "team118-590": [7, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team118-586": ("SY", "Homs", "al-Sukhnah", "السخنة"),
          "team118-587": ("SY", "Rif Dimashq", "al-Hajar al-Aswad", "الحجر الأسود"),
          "team118-588": ("IQ", "Duhok", "Zakho", "دهوك"),
          "team118-589": ("LY", "Jafara", "Qasr bin Ghashir", "قصر بن غشير"),
          "team118-590": ("PS", "Khan Younis", "Khan Younis", "خان يونس")}
PLANNED_REGION = {"team118-586": ("SY", "Homs"), "team118-587": ("SY", "Rif Dimashq"),
                  "team118-588": ("IQ", "Duhok"), "team118-589": ("LY", "Jafara"),
                  "team118-590": ("PS", "Khan Younis")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Homs"): {"al-Sukhnah", "al-Tayba", "al-Kawm", "Palmyra"},
                 ("SY", "Rif Dimashq"): {"al-Hajar al-Aswad", "Yalda", "Babbila"},
                 ("IQ", "Duhok"): {"Zakho", "Chamishku", "Sharya", "Khanke", "Duhok"},
                 ("LY", "Jafara"): {"Qasr bin Ghashir"},
                 ("PS", "Khan Younis"): {"Khan Younis", "Khuza'a", "Abasan", "al-Qarara"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team118-586": "2021-03", "team118-587": "2018-05", "team118-588": "2022-05",
                 "team118-589": "2018-09", "team118-590": "2018-05"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq and nahr
# left out of the words) that the first paragraphs of the READMEs of sets 115 and 117 name, as digests:
# sha256("team118:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings.
# USED_GOV_DIGESTS holds the digests of every place those paragraphs name (their governorates and all the
# rest), so that no governorate of this set shares its name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "00e11bbf97d6d38f", "018e2cf21f779f1e", "02cb947492675421", "0416b8c585700e11", "04a99b17a8f2f75e",
    "06e77ace6fd14115", "071d686409e21f56", "08336eb9b964f836", "0a4494ba51ed01b6", "0b167158b21b6af7",
    "0ba00763dc901201", "0c891ae54a8a4f4d", "0cbb5c2be9201d99", "0fec0cfaadcb1526", "111fa8a1c21e9c4b",
    "114222b11c5584e4", "141f3cae0c8620b4", "16526ff88962f9a8", "1972f976c2da18fe", "1980843e1b9aeb1f",
    "198556777d43135f", "1bb3913d47647121", "1c731075d086ddb8", "1dbb3128f4ca6f67", "1e189e52165aa78f",
    "1eb2d7ded895f73f", "1ebde7d30ab36d0c", "2055f1a09fd06af6", "20cd9781f5fa0c0c", "22f28d1216db2d08",
    "23abce3f481fb17e", "23efe2d3d366de6c", "2996326cfe201f70", "2d4faa89303426fa", "2d954221b4fd9fea",
    "2dcb63948cdd0f82", "2e12c4396870c2e2", "2f18bf7ce88669a5", "3017f2e4896cfb76", "3021ac19890da61e",
    "3251cecb16c6d07a", "32d30a786bb24ddf", "32ec1870e692fb7f", "330fb0f52e69d4e7", "340b6282ec9856ff",
    "3554a2dc2c7455d0", "35a88e641d686f23", "37f1ad9551441265", "3892978753b66b20", "3995a7319532fb56",
    "3a33aa4b0b13f06b", "3af0f930be9bd71f", "3b13e911e948ec2b", "3ba8297547d75abd", "3bf62b72261d9752",
    "3d5df883c617bba3", "3e35972664a6e04d", "3e4322cf4c2f6819", "3fed8fec5bfc7924", "400715377c057518",
    "4057931708f2d97c", "4098892b92c630dc", "474aa1664ef60881", "47a25a91605fe569", "49d250c592fdaeba",
    "4d89e203dc81793a", "4edd9b48bfa94371", "4fb87ebdd917cb35", "50e0467b20d71181", "52570a5eaac27948",
    "5268f37c0a1e68b3", "52c55518fb3ba63c", "52dde1384d27eabb", "5486bab25d472bea", "55c6af15afd1bd6e",
    "569c6c08cf06f75a", "56ac136f6f52966e", "56ebada9ad7e8b8f", "56f34147bba360d7", "581adaf61b524f30",
    "5994ee7a4dc90767", "5a1c195d9b9da405", "5d3631fedff84f8c", "60a4a76acea6470c", "611c36ab4cb6876d",
    "61a11b3562ceec04", "62d6b62f37a7c905", "65e9950cde131dc2", "66128d14e2011add", "66548be4a02c7178",
    "67e3db955819d72a", "69c4f16bb854e8f2", "6a2630bc553d166d", "6ad396c39bac9a25", "6ba68eed93180454",
    "6c0c34cb483b7861", "6cb9edc105af1435", "6d9caa05ce9c78a1", "701580cc012e4cf6", "74cfea97d472099a",
    "759e324d6ff420ee", "77a1ee644130e6ee", "7abed356eb699730", "7c156a5a59fb33be", "7c76c71667285ad8",
    "7d30fbb187ce4b92", "7e41c32390a4d347", "7eddff4d17645a33", "7f91d0fc0ca69e50", "814328cfe450cbfb",
    "8409ad05fb99f3fa", "8537965d3074688f", "8557ec487355711d", "85f59440d30a3186", "876b46f92253ee6d",
    "8a77a03717ee516a", "8b16288dc9ecd489", "8c758a9c8a76b867", "8ca6a92236ce0819", "8e1d9ccc954ae8e3",
    "900df597483ce8a8", "9056697b5454b507", "933e07e1a3a02cf3", "936cc7aaf8472ec5", "94892b37ff3b4094",
    "94dece3facd115d1", "94e5dbaee3989477", "974658107095cd8a", "980427e1ffae5d55", "989e54f4bda56a74",
    "992feab33915c8a2", "999d3386b92c5a0b", "99cb9781ab6a1a66", "9a23cf2ff6668d77", "9a59b06ee77f8fdd",
    "9b4080487242b7f1", "9b619a1c246090ea", "9b6565a653722b0b", "9c577592d16e78fe", "9cdd0246b8149b09",
    "a0cb30adff616486", "a4a844325c664063", "a56658f22ab58f99", "a5e8aece2a84792c", "a851e650dcaad193",
    "aa50d10f50bc8bb9", "acb4adcbd7bfa279", "acd12341fefacc09", "ad29eb8a6d3d03ee", "ae536330a8b70b72",
    "af4bf9dde60d0e7a", "b05a1e165939a53d", "b12ad3e0df63d267", "b1d7f6f9a2e14c7c", "b1e5c015a44cd8c7",
    "b1e6086470e733c0", "b220a9a2ba8e8646", "b2c47e39fc9223a9", "b682c10ded18076f", "b74a8f26d2359c75",
    "b98597eb779860a7", "b9e4dece97a88a06", "baedef01920f0db9", "bafc640329f7c081", "bed11fb27fe973b3",
    "c02d951964f5de75", "c189ddf7d59912dc", "c2aa355b5d2d9c47", "c69d35158002ed2a", "c6f2e10b9bf0f8ff",
    "c7f454de2b3c1e5d", "c886eed719f397dd", "ca260f901bac2f54", "ccfd8659ec460dbd", "ce2c3280048d23a3",
    "cff8fdcebc023905", "d3636237fe501010", "d3d86f848739702c", "d50e58bbd6d09191", "d6513f54478f2b38",
    "d6fbfa81ab81bf08", "d7fb7f80fe4e1c50", "d8248fa0ced04784", "d8de2cd2b49bf5d7", "db65a16d9083d570",
    "dc326c5d3e2f70f6", "dc4058d16b5b3a95", "de95df6861cdeefa", "de9a40989d8af463", "dfc73af73b823a0d",
    "e13a4421cb4d6c44", "e2b263ba12077928", "e2d92c41a3b20777", "e325cec8174076f0", "e43f6b72634a5d07",
    "e8006074aeadcd9b", "eb06ccde038fc72b", "ebf2be1e3a8e0d17", "f02241905a687dad", "f0472b3d5ac47299",
    "f19d349f0e169fe1", "f24909bd131176f8", "f2e669b2538d27c9", "f707d60cc03ea04f", "fb18c007fe4e2105",
    "fd74c79803b851b3", "fd861c30940090d7", "fd9b554f4147e97f", "fdc53e7aed25d7e4", "ff6a865c4a6aafa1",
})
USED_GOV_DIGESTS = frozenset({
    "00e11bbf97d6d38f", "018e2cf21f779f1e", "02cb947492675421", "0416b8c585700e11", "04a99b17a8f2f75e",
    "06e77ace6fd14115", "071d686409e21f56", "08336eb9b964f836", "0a4494ba51ed01b6", "0b167158b21b6af7",
    "0ba00763dc901201", "0c891ae54a8a4f4d", "0cbb5c2be9201d99", "0fec0cfaadcb1526", "111fa8a1c21e9c4b",
    "114222b11c5584e4", "141f3cae0c8620b4", "16526ff88962f9a8", "1972f976c2da18fe", "1980843e1b9aeb1f",
    "198556777d43135f", "1bb3913d47647121", "1c731075d086ddb8", "1dbb3128f4ca6f67", "1e189e52165aa78f",
    "1eb2d7ded895f73f", "1ebde7d30ab36d0c", "2055f1a09fd06af6", "20cd9781f5fa0c0c", "22f28d1216db2d08",
    "23abce3f481fb17e", "23efe2d3d366de6c", "2996326cfe201f70", "2d4faa89303426fa", "2d954221b4fd9fea",
    "2dcb63948cdd0f82", "2e12c4396870c2e2", "2f18bf7ce88669a5", "3017f2e4896cfb76", "3021ac19890da61e",
    "3251cecb16c6d07a", "32d30a786bb24ddf", "32ec1870e692fb7f", "330fb0f52e69d4e7", "340b6282ec9856ff",
    "3554a2dc2c7455d0", "35a88e641d686f23", "37f1ad9551441265", "3892978753b66b20", "3995a7319532fb56",
    "3a33aa4b0b13f06b", "3af0f930be9bd71f", "3b13e911e948ec2b", "3ba8297547d75abd", "3bf62b72261d9752",
    "3d5df883c617bba3", "3e35972664a6e04d", "3e4322cf4c2f6819", "3fed8fec5bfc7924", "400715377c057518",
    "4057931708f2d97c", "4098892b92c630dc", "474aa1664ef60881", "47a25a91605fe569", "49d250c592fdaeba",
    "4d89e203dc81793a", "4edd9b48bfa94371", "4fb87ebdd917cb35", "50e0467b20d71181", "52570a5eaac27948",
    "5268f37c0a1e68b3", "52c55518fb3ba63c", "52dde1384d27eabb", "5486bab25d472bea", "55c6af15afd1bd6e",
    "569c6c08cf06f75a", "56ac136f6f52966e", "56ebada9ad7e8b8f", "56f34147bba360d7", "581adaf61b524f30",
    "5994ee7a4dc90767", "5a1c195d9b9da405", "5d3631fedff84f8c", "60a4a76acea6470c", "611c36ab4cb6876d",
    "61a11b3562ceec04", "62d6b62f37a7c905", "65e9950cde131dc2", "66128d14e2011add", "66548be4a02c7178",
    "67e3db955819d72a", "69c4f16bb854e8f2", "6a2630bc553d166d", "6ad396c39bac9a25", "6ba68eed93180454",
    "6c0c34cb483b7861", "6cb9edc105af1435", "6d9caa05ce9c78a1", "701580cc012e4cf6", "74cfea97d472099a",
    "759e324d6ff420ee", "77a1ee644130e6ee", "7abed356eb699730", "7c156a5a59fb33be", "7c76c71667285ad8",
    "7d30fbb187ce4b92", "7e41c32390a4d347", "7eddff4d17645a33", "7f91d0fc0ca69e50", "814328cfe450cbfb",
    "8409ad05fb99f3fa", "8537965d3074688f", "8557ec487355711d", "85f59440d30a3186", "876b46f92253ee6d",
    "8a77a03717ee516a", "8b16288dc9ecd489", "8c758a9c8a76b867", "8ca6a92236ce0819", "8e1d9ccc954ae8e3",
    "900df597483ce8a8", "9056697b5454b507", "933e07e1a3a02cf3", "936cc7aaf8472ec5", "94892b37ff3b4094",
    "94dece3facd115d1", "94e5dbaee3989477", "974658107095cd8a", "980427e1ffae5d55", "989e54f4bda56a74",
    "992feab33915c8a2", "999d3386b92c5a0b", "99cb9781ab6a1a66", "9a23cf2ff6668d77", "9a59b06ee77f8fdd",
    "9b4080487242b7f1", "9b619a1c246090ea", "9b6565a653722b0b", "9c577592d16e78fe", "9cdd0246b8149b09",
    "a0cb30adff616486", "a4a844325c664063", "a56658f22ab58f99", "a5e8aece2a84792c", "a851e650dcaad193",
    "aa50d10f50bc8bb9", "acb4adcbd7bfa279", "acd12341fefacc09", "ad29eb8a6d3d03ee", "ae536330a8b70b72",
    "af4bf9dde60d0e7a", "b05a1e165939a53d", "b12ad3e0df63d267", "b1d7f6f9a2e14c7c", "b1e5c015a44cd8c7",
    "b1e6086470e733c0", "b220a9a2ba8e8646", "b2c47e39fc9223a9", "b682c10ded18076f", "b74a8f26d2359c75",
    "b98597eb779860a7", "b9e4dece97a88a06", "baedef01920f0db9", "bafc640329f7c081", "bed11fb27fe973b3",
    "c02d951964f5de75", "c189ddf7d59912dc", "c2aa355b5d2d9c47", "c69d35158002ed2a", "c6f2e10b9bf0f8ff",
    "c7f454de2b3c1e5d", "c886eed719f397dd", "ca260f901bac2f54", "ccfd8659ec460dbd", "ce2c3280048d23a3",
    "cff8fdcebc023905", "d3636237fe501010", "d3d86f848739702c", "d50e58bbd6d09191", "d6513f54478f2b38",
    "d6fbfa81ab81bf08", "d7fb7f80fe4e1c50", "d8248fa0ced04784", "d8de2cd2b49bf5d7", "db65a16d9083d570",
    "dc326c5d3e2f70f6", "dc4058d16b5b3a95", "de95df6861cdeefa", "de9a40989d8af463", "dfc73af73b823a0d",
    "e13a4421cb4d6c44", "e2b263ba12077928", "e2d92c41a3b20777", "e325cec8174076f0", "e43f6b72634a5d07",
    "e8006074aeadcd9b", "eb06ccde038fc72b", "ebf2be1e3a8e0d17", "f02241905a687dad", "f0472b3d5ac47299",
    "f19d349f0e169fe1", "f24909bd131176f8", "f2e669b2538d27c9", "f707d60cc03ea04f", "fb18c007fe4e2105",
    "fd74c79803b851b3", "fd861c30940090d7", "fd9b554f4147e97f", "fdc53e7aed25d7e4", "ff6a865c4a6aafa1",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "00e11bbf97d6d38f", "018e2cf21f779f1e", "06e77ace6fd14115", "0b167158b21b6af7", "111fa8a1c21e9c4b",
    "1c731075d086ddb8", "1e189e52165aa78f", "2055f1a09fd06af6", "2d954221b4fd9fea", "2dcb63948cdd0f82",
    "2e12c4396870c2e2", "3017f2e4896cfb76", "3251cecb16c6d07a", "32ec1870e692fb7f", "3554a2dc2c7455d0",
    "35a88e641d686f23", "3892978753b66b20", "3995a7319532fb56", "3af0f930be9bd71f", "3ba8297547d75abd",
    "3e35972664a6e04d", "3fed8fec5bfc7924", "400715377c057518", "4098892b92c630dc", "474aa1664ef60881",
    "47a25a91605fe569", "49d250c592fdaeba", "4d89e203dc81793a", "4edd9b48bfa94371", "4fb87ebdd917cb35",
    "50e0467b20d71181", "52570a5eaac27948", "5268f37c0a1e68b3", "52c55518fb3ba63c", "52dde1384d27eabb",
    "56ebada9ad7e8b8f", "5a1c195d9b9da405", "611c36ab4cb6876d", "61a11b3562ceec04", "62d6b62f37a7c905",
    "66128d14e2011add", "66548be4a02c7178", "69c4f16bb854e8f2", "6ad396c39bac9a25", "6cb9edc105af1435",
    "6d9caa05ce9c78a1", "701580cc012e4cf6", "7c76c71667285ad8", "7d30fbb187ce4b92", "7f91d0fc0ca69e50",
    "85f59440d30a3186", "8b16288dc9ecd489", "8c758a9c8a76b867", "8ca6a92236ce0819", "900df597483ce8a8",
    "936cc7aaf8472ec5", "94892b37ff3b4094", "94dece3facd115d1", "992feab33915c8a2", "999d3386b92c5a0b",
    "9b4080487242b7f1", "9b6565a653722b0b", "9c577592d16e78fe", "9cdd0246b8149b09", "a56658f22ab58f99",
    "a851e650dcaad193", "acb4adcbd7bfa279", "ae536330a8b70b72", "af4bf9dde60d0e7a", "b12ad3e0df63d267",
    "b1e5c015a44cd8c7", "b1e6086470e733c0", "b220a9a2ba8e8646", "b98597eb779860a7", "baedef01920f0db9",
    "bafc640329f7c081", "c6f2e10b9bf0f8ff", "c886eed719f397dd", "ccfd8659ec460dbd", "cff8fdcebc023905",
    "d3636237fe501010", "d6fbfa81ab81bf08", "d8248fa0ced04784", "d8de2cd2b49bf5d7", "db65a16d9083d570",
    "dc4058d16b5b3a95", "de95df6861cdeefa", "de9a40989d8af463", "dfc73af73b823a0d", "e2d92c41a3b20777",
    "e43f6b72634a5d07", "e8006074aeadcd9b", "eb06ccde038fc72b", "ebf2be1e3a8e0d17", "f02241905a687dad",
    "f2e669b2538d27c9", "fd74c79803b851b3", "fd861c30940090d7", "fd9b554f4147e97f", "ff6a865c4a6aafa1",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team118-586", "team118-587", "team118-590"}
DATELINE_KIND = {"team118-587": ("بيروت", "a foreign capital"),
                 "team118-586": ("حمص", "a province"),
                 "team118-590": ("خان يونس", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team118-586": "Homs-based pro-government news network's Telegram channel",
               "team118-587": "Beirut-based Palestinian refugee affairs news website",
               "team118-588": "Erbil-based Kurdish satellite channel's Arabic-language website",
               "team118-589": "Misrata-based private television channel's website",
               "team118-590": "Gaza-based faction-affiliated Palestinian news agency's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team118-586": [9, 12], "team118-589": [11, 14]}

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
    "passive «أُغلق»/«قُتل»/«شُيّع»/«دُفن»/«اعتُقل»/«أُصيب»/«نُقلوا»/«أُفرج»":
        re.compile(r"أُغلق|قُتل|شُيّع|دُفن|اعتُقل|أُصيب|نُقلوا|أُفرج"),
    "acronym in quotes": re.compile(r"«داعش»|«الأونروا»|«يونامي»|«حماس»"),
    "possessive actor":
        re.compile(r"مسلحو التنظيم|مسلحي التنظيم|مقاتلي التنظيم|مسلحي مجموعة|قناصة الاحتلال"
                   r"|زوارق بحرية الاحتلال"),
    "verb–subject–object":
        re.compile(r"^(?:وتوعّد|وتوعّدت|وهدّد|والتقى|ودفعت|ووقّع|وأجرى|وقصفت|واعتقلت|واحتجزت|وناشدت|وأقال"
                   r"|وأجلت) (?:مصدر|قائد|قادة|محافظ|وفد|قيادة|ممثلون|دبابة|دورية|القوات|وكالة|المجلس|فرق"
                   r"|كتائب|وزير)",
                   re.M),
    "subject–verb–object":
        re.compile(r"^(?:ووزارة|و«لجنة|والمجلس) [^،]+، (?:الذي|التي) [^.]*?، (?:اتهم|اتهمت|حمّل|حمّلت)[ ،]",
                   re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|اتهمت|حمّل|حمّلت)[ ،]"),
    "two events joined in one sentence with «و» and a second verb": re.compile(r"، وطالب |، وطالبت "),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:زعم|قالت|قال) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"الشهداء التسعة|القتلى السبعة|القتلى الثلاثة|القتلى الأحد عشر|الشهداء الأربعة"),
    "purpose clause": re.compile(r"بهدف |لمنعهم |لإيواء |«لفرض "),
    "burial or funeral": re.compile(r"^(?:وشُيّع|ودُفن|وشيّعت)", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a desert insurgency (al-Sukhnah and the desert east of Palmyra)
DESERT = "team118-586"
# theme (b): an offensive on a besieged pocket (al-Hajar al-Aswad and the Yarmouk camp)
POCKET = "team118-587"
# theme (c): a local conflict sending the displaced back to the camps (Duhok)
CAMPS = "team118-588"
# theme (d): clashes between brigades at a capital's edge (Qasr bin Ghashir)
BRIGADES = "team118-589"
# theme (e): protests at a border fence (east of Khan Younis)
FENCE = "team118-590"


def desert_theme(core, lines, main):
    bus = bool(main and main.get("acled") == ATTACK and "حافلة" in para_text(lines, main))
    mine = [g for g in of_type(core, lines, "ASSAULT", "الكمأة", done=True) if g.get("acled") == MINE]
    russian = [g for g in of_type(core, lines, "ASSAULT", "الروسي", done=True) if g.get("acled") == AIR]
    shepherds = [g for g in first_label(core, "rumored")
                 if main_type(g) == "ASSAULT" and "رعاة" in para_text(lines, g)]
    combing = [g for g in first_label(core, "planned") if "تمشيط" in para_text(lines, g)]
    words = ("البادية", "السخنة", "التنظيم", "الطيبة", "الطريق")
    return bool(bus and mine and russian and shepherds and combing and mostly(core, lines, words))


def pocket_theme(core, lines, main):
    strikes = bool(main and main.get("acled") == AIR and "الحجر الأسود" in para_text(lines, main))
    entering = [g for g in of_type(core, lines, "ASSAULT", "دخلت", done=True) if g.get("acled") == CLASH]
    corridor = [g for g in of_type(core, lines, "RETREAT", "ممر", done=True) if g.get("mode") == "access"]
    deal = of_type(core, lines, "AGREE", "الحافلات", done=True)
    buses = [g for g in first_label(core, "planned")
             if main_type(g) == "RETREAT" and "البادية" in para_text(lines, g)]
    unrwa = of_type(core, lines, "REQUEST", "«الأونروا»", "مخيم اليرموك", done=True)
    words = ("الحجر الأسود", "اليرموك", "المخيم", "التنظيم", "الممر")
    return bool(strikes and entering and corridor and deal and buses and unrwa and mostly(core, lines, words))


def camps_theme(core, lines, main):
    clashes = [g for g in of_type(core, lines, "ASSAULT", "الجيش العراقي", done=True)
               if g.get("acled") == CLASH]
    aid = of_type(core, lines, "AID", "مخيم", done=True)
    drone = bool(main and main.get("acled") == AIR and "سيارة" in para_text(lines, main))
    truce = of_type(core, lines, "AGREE", "وجهاء", done=True)
    demand = of_type(core, lines, "REQUEST", "بتطبيق", done=True)
    words = ("مخيم", "الإيزيدي", "النازحين", "المسلحين", "الجيش", "كرسي")
    return bool(clashes and aid and drone and truce and demand and mostly(core, lines, words))


def brigades_theme(core, lines, main):
    clashes = bool(main and main.get("acled") == CLASH and "«اللواء السابع»" in para_text(lines, main))
    rockets = [g for g in of_type(core, lines, "ASSAULT", "مطار", done=True) if g.get("acled") == SHELL]
    prison = [g for g in of_type(core, lines, "PROTEST", "سجن", done=True) if g.get("acled") == RIOT]
    housed = of_type(core, lines, "AID", "لإيواء", done=True)
    ceasefire = of_type(core, lines, "AGREE", "بعثة الأمم المتحدة", done=True)
    meeting = [g for g in first_label(core, "planned") if main_type(g) == "CONSULT"]
    words = ("قصر بن غشير", "العاصمة", "«اللواء السابع»", "الكتائب", "السجن", "السجناء", "حكومة الوفاق")
    return bool(clashes and rockets and prison and housed and ceasefire and meeting
                and mostly(core, lines, words))


def fence_theme(core, lines, main):
    fire = bool(main and main.get("acled") == EXCESSIVE and "السياج" in para_text(lines, main))
    march = of_type(core, lines, "PROTEST", "الإطارات", "طائرات ورقية", done=True)
    crossing = [g for g in of_type(core, lines, "RETREAT", "معبر", done=True) if g.get("mode") == "access"]
    mediation = of_type(core, lines, "CONSULT", "مصري", done=True)
    threat = of_type(core, lines, "THREATEN", "الطائرات الورقية")
    words = ("خان يونس", "الاحتلال", "القطاع", "السياج", "الشبان", "غزة")
    return bool(fire and march and crossing and mediation and threat and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 115 and 117"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a desert insurgency": (DESERT, desert_theme),
              "an offensive on a besieged pocket": (POCKET, pocket_theme),
              "a local conflict sending the displaced back to the camps": (CAMPS, camps_theme),
              "clashes between brigades at a capital's edge": (BRIGADES, brigades_theme),
              "protests at a border fence": (FENCE, fence_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team118", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "PS": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Palestinian"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team118", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
