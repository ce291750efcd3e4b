#!/usr/bin/env python3
"""Check team121.gold.json (the hundred-and-twenty-first team set, team121-601 ... team121-605) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
The plan is checked through ``goldkit.planned_set_checks``: per article ``goldkit.article_plan_checks``
(``goldkit.article_checks`` and ``goldkit.layout_checks``) and ``goldkit.article_shape_checks`` (with
``goldkit.region_year_checks`` and ``goldkit.used_before_checks``), then ``goldkit.set_plan_checks``; then
``goldkit.run_checks`` (the label and role/place/date checks) and ``goldkit.check_main``. That is:
- every trigger lies inside its own paragraph and is not cut out of a word; no paragraph is shorter than 60 or
  longer than 500 characters, their lengths differ widely, and each article has one under 120 and one over
  400; each article names its fatalities on one core event told in three or more paragraphs, has a dated
  historical core event at another place than that main event, a rumoured, a planned, a THREATEN and a
  negated core event, optional events, and at least two no-event paragraphs;
- a headline and 17 paragraphs, 5,000–5,200 characters an article; five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (the town of the
  event, the country's capital, the capital of the governorate), naming the plan's city; the two others
  have none and name their place in the first sentence instead;
- the regions: two Syrian articles in two governorates (Raqqa: Raqqa; Daraa: Tafas, al-Muzayrib, Daraa), one
  Libyan in the Sabha district (Sabha), one Iraqi in Basra (Umm Qasr, Basra) and one Yemeni in al-Mahra
  (Nishtun, al-Ghaydah), each main event in one of its region's towns; no governorate, file-name word or
  accepted place name among the places of the first paragraphs of the READMEs of sets 117 and 118, of the
  model set's regions (set 119) and of the regions the brief keeps for set 120, which are kept here only as
  salted digests (``goldkit.place_digest``);
- the months: each article published in the month the plan gives it (2012-03, 2017-11, 2018-07, 2019-11,
  2024-05: five different years, twelve years apart from first to last); each publication date falls on the
  weekday the plan gives, and the day before it on the weekday the text names for «أمس»;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles (602, 604), and in ¶2–¶5 after another core event in the
  others, never mentioned before its trigger's paragraph; at most two articles let the reports of a toll
  conflict (601, 603), each with two or more attributed sources and the gold keeping the lowest count; every
  toll reported is written in the main event's paragraphs; the no-event paragraphs are not at the same places
  in every article, nor at those of the model set;
- the set has core events of all sixteen PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the two themes: (a) one article mostly about a city's return after its battle (families turned back at
  the checkpoints, a returning family killed by a mine, the blame and the demand for deminers, a threat of
  arrest, a rumoured arrest of men charging returnees, joint demining, no UN convoy, food due, the return to
  two quarters allowed); (b) one mostly about a province's dispute over a foreign military presence (the
  local authority's meeting with the coalition, the sit-in committee's rejection, troops sent to the port, a
  clash at a checkpoint, the blame and the demand, a threat to close a road, the sheikhs' support, a deal
  rumoured, the airport not handed back, joint patrols due).

    python3 benchmarks/data/articles121/check_gold.py [--no-score]
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
    MINE,
    TYPES,
    main_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team121.gold.json"
N_ARTICLES = 5
SALT = "team121"

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's nights):
# any event a system reports there must count as a false positive. They fall where they fall, never at the
# model set's places.
NO_EVENT_PARAS = {"team121-601": [6, 13, 16], "team121-602": [9, 16], "team121-603": [6, 13],
                  "team121-604": [12, 16], "team121-605": [11, 15]}
MODEL_NO_EVENT_PLACES = ([9, 15], [4, 11, 16], [7, 12], [8, 15], [3, 10, 14])

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team121-601": ("SY", "Raqqa", "Raqqa", "الرقة"),
          "team121-602": ("SY", "Daraa", "Tafas", "درعا"),
          "team121-603": ("LY", "Sabha", "Sabha", "سبها"),
          "team121-604": ("IQ", "Basra", "Umm Qasr", "أم قصر"),
          "team121-605": ("YE", "al-Mahra", "Nishtun", "نشطون")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Raqqa"): {"Raqqa", "al-Karama"},
                 ("SY", "Daraa"): {"Tafas", "al-Muzayrib", "Daraa"},
                 ("LY", "Sabha"): {"Sabha"},
                 ("IQ", "Basra"): {"Umm Qasr", "Basra"},
                 ("YE", "al-Mahra"): {"Nishtun", "al-Ghaydah"}}
# the month each article is published in
PLANNED_MONTH = {"team121-601": "2017-11", "team121-602": "2024-05", "team121-603": "2012-03",
                 "team121-604": "2018-07", "team121-605": "2019-11"}
YEAR_SPREAD = 12

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 117 and 118 name (settings, outlet bases, datelines), the model set's regions, places and outlet
# bases (set 119), the regions the brief keeps for set 120 (written at the same time), and the words of the
# file names of sets 18 and 119; the names themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "094ff2d8d70e8493", "0a74b7e1b1e54877", "11507f31c2e70dfd", "1505a0975d7eb817", "15baadc506599cb7",
    "1a57430900688e47", "1cb63a3dc19683af", "1d4485b007537f32", "2baaf6bcbb86a875", "342ee2296f3ec111",
    "34d0380cf8cfdc70", "3fb996778256221d", "482dc0233d981924", "4e599e59d0ac7ca9", "51dceedc451d6d8b",
    "5a6172b8ff52937f", "5cf20700fac93036", "60cba49b414848de", "61e4c993d94b0cdb", "649370823bb0ae37",
    "653d93261c5fdb83", "6c33a40471d4c2b5", "6caa5251abe8d475", "6d4f508fd75664dc", "6d8245582317f0b8",
    "77a38a8793797b74", "78ee3fcd16f09090", "7c544d9b99c2b6d9", "7e4db903d7a4c61a", "7f6ec589c7073999",
    "83f5685a4af3bc4b", "88c5931933c39e73", "90cd807ea55d4a9a", "99680653698036f9", "a2736fb54299d65a",
    "ab38855d3ac37a79", "ad65ce7b2cc871c8", "c5119da127beff68", "c5d66ecf62cb8d21", "cbe95b3c00346bec",
    "ce0011d370324bda", "d646daf0d9f19404", "d87512aaf8ab328b", "db9b11469ebc148f", "e757bad34ef9f94a",
    "ec3ddac4466b1b0b", "efdcc272a69d51ce", "f12add07c4a95237", "f3c6b8d22821ec14", "f53a56bf40bd195d",
    "f8e1404e37c8649b", "fd24dad631b1b46d",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0384ecb3fed68c5c", "08bb334b3382c1ed", "094ff2d8d70e8493", "0a74b7e1b1e54877", "1127ba58d6442923",
    "1a5b972f8f751517", "26ec4b0a40e939ec", "2c75484675692551", "2d5187dd62a31828", "311183d456931b1d",
    "36b20690a0c39c03", "3a3950d4e05fb08f", "3b386c9e20edbed9", "3da589b7db98b5e7", "41e7f4b238fbb925",
    "4c05eb21189acf20", "5cf20700fac93036", "6186d5a6dc4d797c", "63d09bb703e0f728", "66221aa571ca9407",
    "74b1b0aa065f070c", "782c0cb53cbb3c8d", "7b799ec11220b1c1", "7c544d9b99c2b6d9", "84e11cab7fa0bbf5",
    "87ac67a102a3af40", "9156d270ae577bd2", "998ff4d6a7e8bd7d", "9aa5f900bf3af64c", "adcb7a8af8bd33da",
    "ae7be0e046668aa0", "b33247fa2de4904f", "b3697da56a6dea5b", "b3b59ff54d4dcf4d", "bf211eefe0c72663",
    "c5d66ecf62cb8d21", "c663efd5af1c0cc9", "ca23dcf24d0f5da3", "cfd26dc3f1681c3a", "d0292c40761f6e88",
    "d766e49ad805b856", "ddb88a1c600c64f0", "ddf56be7e80a4abd", "e14b378f74eb6da9", "e6dd31459370d16a",
    "e757bad34ef9f94a", "ed99ba4797b5b5a8", "ee9dd4f889eeb1a2", "f1c437ef654b9f7e", "f4fe8d586de8ecaa",
    "f674c78f3b938d41", "fb0841c1a5d61fbe",
})
USED_PLACE_DIGESTS = frozenset({
    "01f0c8a8db276f21", "01f608252eb15a1a", "03f21f7d4d2cdc2f", "062e1e0524041a13", "064570eb3acfcf67",
    "077cd2e9be8a8241", "07ee77de4330c9c5", "08bb334b3382c1ed", "093c291aaaecf58e", "094ff2d8d70e8493",
    "09efbc40dab8a991", "0a74b7e1b1e54877", "0a9dfb4afffbc744", "0b3043a3221c3c4d", "0d69f42c01f021cc",
    "0da2544376d4d4d4", "10a4d9df4a870463", "114411699c36b580", "11507f31c2e70dfd", "12130eb27e66ed9e",
    "127465617e7a9d0e", "145f21c3f41912c4", "14fa77bdff29d573", "1505a0975d7eb817", "15baadc506599cb7",
    "1622c59b853ecb2c", "16a8ca1fba0b0a20", "1750bcfe31f44ebd", "178104ee0a673bd5", "17c0c493c24dfa6c",
    "1812fbbf365b2dfe", "192a4fb41668b1cb", "19749dbd372ee5af", "1a57430900688e47", "1aafc536ca17ee60",
    "1ae19ba7466df135", "1cb63a3dc19683af", "1d4485b007537f32", "1da12a11330a4c88", "1dd816907a901a73",
    "1dec57daa80f7622", "204bb52d1670c529", "21ffbe04bf44930e", "2436d982dfe8b803", "262ca7bfe4120549",
    "29f2143315d76c66", "2baaf6bcbb86a875", "2bd8ddae30757e8d", "2d26196b7da1a349", "2d5187dd62a31828",
    "2d55cc5e93fc69bf", "2d7b34dd7ac9a406", "320d70c84a481bea", "331ec525e9e16b80", "33e883f2229bec8d",
    "342ee2296f3ec111", "34d0380cf8cfdc70", "390d2c8808cfd703", "3b386c9e20edbed9", "3c711dadcb9c2cc3",
    "3e40cc956185984c", "3eceeb45b1ef2b54", "3f8560e5c6f5acea", "3fb996778256221d", "426863465aa60e62",
    "432e5f9e34d44a00", "44e372783d95e151", "45dbc8edf025c5e5", "482dc0233d981924", "484487f0e4c83531",
    "486a27017f86458a", "489daa84dc9c9a61", "4a16e451d2d6be2c", "4a28cc1b2f17be35", "4e599e59d0ac7ca9",
    "4e91430b3769937c", "4ebb3ca0e3224acf", "4f738b6321699327", "5024fb07612c7d46", "51dceedc451d6d8b",
    "5933083d3539a0c3", "5a6172b8ff52937f", "5ac351e4af5d4f07", "5b9319810d94417b", "5cf20700fac93036",
    "5e4241d0b6f0ffb1", "5ec675fa57c14ffb", "60cba49b414848de", "61e4c993d94b0cdb", "639c1b3fd5377859",
    "649370823bb0ae37", "653d93261c5fdb83", "65751a8e2446a905", "660a9e3e3625fe76", "662e4bfe71af966c",
    "6681095e4c6d74ee", "67812afaa8bd986c", "685a37099c54807b", "6a0cbf80dc6e0143", "6c33a40471d4c2b5",
    "6caa5251abe8d475", "6d4f508fd75664dc", "6d8245582317f0b8", "6e15a2977012bab8", "6e4f97a70988c58a",
    "6fe14034e19c9620", "7151ee6e2f256570", "7198acd329306d38", "71c56bbbacd92939", "723daa1143649df3",
    "72af7d86af3c3f1f", "772ae28358bc0cae", "778cb118dd236fb2", "77a38a8793797b74", "782c0cb53cbb3c8d",
    "78ee3fcd16f09090", "791aae6f2780cdb0", "79523e4e4b27c846", "7963c500bb21ff43", "7a18c3b4fcc4a236",
    "7af9238965314b6d", "7bb95b7315cd911a", "7c544d9b99c2b6d9", "7cf71093d5cc5aff", "7d2664aa64ccf0a8",
    "7de00912520e17da", "7e4db903d7a4c61a", "7e6a8c783dabce0f", "7f6ec589c7073999", "80bb20fa3c4005e8",
    "817c4fe98f59818d", "81f4cfb878b2982e", "8316d1f7d05308ca", "83f5685a4af3bc4b", "850f7be7c31c2337",
    "86f1fadfcb17f744", "8714dfbeac9ea0b4", "87c9fc5c3c9013dd", "883b96504be14b61", "8842353df04c2c26",
    "88c5931933c39e73", "8902a6856b6872c4", "898a627c2202b0dc", "899e57c711b84b28", "8a22b1cee82f93c3",
    "8c37756564c5353b", "8c53bbfb0f3e87a8", "8f0bb99d69bec94c", "8f4f23235246a4fc", "90cd807ea55d4a9a",
    "90f9c249e26cb633", "910cf11809585f18", "93aa920bdee9b666", "959f7ee9df65efcb", "977afdcfac8582ec",
    "979b1b265159b180", "97a0eb840d1497d4", "989a75f798aa049e", "99680653698036f9", "99b0827dc6ed222a",
    "9aa5f900bf3af64c", "9aaf92dc0e3a555a", "9b1feb8a313d6744", "9bf3a7c778c3a5ff", "9f43770e047e9995",
    "9f45dfcc79f52fa2", "a2736fb54299d65a", "a55711896f5f31d8", "a569175323c8eaa0", "a65115d2454225c3",
    "a6772f15c0ffecbc", "a6c929030ad14e56", "a80f2ffa62475676", "a947880843c28e7a", "ab38855d3ac37a79",
    "ab467b452f4abb76", "ad65ce7b2cc871c8", "af69e1f0403ad0f7", "b0bf13f4c2d0ad5b", "b1b9c6ce260cadff",
    "b3697da56a6dea5b", "b3893de55ff37606", "b466a74cdd379dc1", "b4d655e82e59e63e", "b62fc71c8640fa72",
    "b69be466b9344b11", "ba416f61103e4542", "ba8280b786d7a14c", "bab5c67140cd8c0f", "bfb8eb8599234aa0",
    "bfcfd93d375a13e6", "c06a357c0a2f7da4", "c08640ac4d1e5262", "c1b63af55849b22f", "c36102b261f3c33b",
    "c4431be1772f2645", "c50a886b88c9d1e9", "c5119da127beff68", "c5c9ade9d50c5678", "c5d66ecf62cb8d21",
    "c62edcba9400f11e", "c93cd7182f78e59a", "c9ec8e7db603d0a3", "cab890f413ecd1ff", "cbe95b3c00346bec",
    "cc69b799db1524a6", "cd4a7f965becd602", "ce0011d370324bda", "cea2a2a4f587e62f", "d0412370feb8e5ae",
    "d11310ea0a1811e4", "d2a5abdee21536a0", "d4757ddb9ee55f5b", "d646daf0d9f19404", "d669d1193bb4504b",
    "d790b54f782216c9", "d87512aaf8ab328b", "db634a528fed88ac", "db9ab377c8e91b56", "db9b11469ebc148f",
    "dc763b875def098c", "ddf56be7e80a4abd", "dfdeb160b9a665ee", "e307ded1cc0a0546", "e332227fc3eb41fa",
    "e757bad34ef9f94a", "e76ed285e67bd067", "e7ec6bceebeb5b6c", "e89f1330322a8bd8", "ec3ddac4466b1b0b",
    "ec62d173a4f080fb", "ec9cbbf62cf1a5d2", "edb8b2fc2ff7c415", "ef200a82f02ebd36", "efdcc272a69d51ce",
    "f0d2b3ca025d2fde", "f12add07c4a95237", "f378fc591f1c95f5", "f3c6b8d22821ec14", "f497eb39ab537bc5",
    "f49b787adb887fa4", "f4e1b40a1d76afa7", "f4eb9ff875064ca1", "f53a56bf40bd195d", "f79bd66870071e6e",
    "f8e1404e37c8649b", "f9402f8891f194f5", "f9d7daaddd177158", "fb23ae7be70c2d90", "fb72efe12c9866d0",
    "fd24dad631b1b46d", "fd35017ecf2c5ac2", "fea0934566546b7c", "ff1cf3a5141631bb", "ff62b1728fb63406",
    "ff8d549583cd251f",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team121-603", "team121-604", "team121-605"}
DATELINE_KIND = {"team121-603": ("سبها", "the town of the event"),
                 "team121-604": ("بغداد", "the country's capital"),
                 "team121-605": ("الغيضة", "the capital of the governorate")}
# the kind of each outlet (all different) and its base (none a place the plan avoids)
OUTLET_KIND = {"team121-601": "Gaziantep-based Syrian humanitarian affairs news website",
               "team121-602": "Daraa-based local activists' network's Facebook page",
               "team121-603": "Benghazi-based private newspaper's website",
               "team121-604": "Baghdad-based Iraqi satellite channel's website",
               "team121-605": "Mukalla-based southern Yemeni news website"}
OUTLET_BASE = {"team121-601": "Gaziantep", "team121-602": "Daraa", "team121-603": "Benghazi",
               "team121-604": "Baghdad", "team121-605": "Mukalla"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team121-601": ("Thursday", "أمس الأربعاء"), "team121-602": ("Sunday", "أمس السبت"),
           "team121-603": ("Wednesday", "أمس الثلاثاء"), "team121-604": ("Monday", "أمس الأحد"),
           "team121-605": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team121-601", "يوم السبت المقبل", "2017-11-25"),
         ("team121-602", "يوم الثلاثاء المقبل", "2024-05-21"),
         ("team121-603", "يوم الجمعة المقبل", "2012-03-30"),
         ("team121-604", "يوم الجمعة المقبل", "2018-07-20"),
         ("team121-605", "يوم الأحد المقبل", "2019-11-17")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team121-601": [3, 5], "team121-603": [5, 8]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team121-601": ("فقُتل ثلاثة من أفرادها", "خمسة قتلى", "القتلى الثلاثة"),
              "team121-602": ("قُتل أربعة عناصر", "قتلاه الأربعة"),
              "team121-603": ("فقُتل خمسة مدنيين", "بلغ ثمانية", "قتلى الطيوري الخمسة"),
              "team121-604": ("قُتل متظاهران", "القتيلان"),
              "team121-605": ("قُتل خلالها ثلاثة أشخاص", "القتيلين القبليين")}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "LY", "IQ", "YE"}

SUBJECTS = r"و«اللجنة المركزية» في ريف درعا الغربي|ومجلس محافظة البصرة|و«لجنة الاعتصام السلمي لأبناء المهرة»"
SUBJECT_VERBS = r"اتهمت|حمّل"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"بالتعاون مع |مع وجهاء طفس|مع القوات السعودية|مع ضباط اللجنة"),
    "على": re.compile(r"على حي الطيوري|على مئات المحتجين|على السيارة المحترقة"),
    "ضد": re.compile(r"ضد الفساد|ضد الحكومة المحلية|ضد الوجود العسكري"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "نقلاً عن": re.compile(r"نقلاً عن "),
    "reported speech": re.compile(r"(?:أفاد به|ذكره|أكده|قاله) [^.]{2,60}|وقال [^.]{2,80} إن |"
                                  r"قالت [^.]{2,60} إن "),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|نُقلوا|أُطلقت|أُعيدتا|أُفرج|يُرحَّل"),
    "possessive actor": re.compile(r"مقاتلي التبو|مسلحي قبيلة|مسلحي أولاد|عناصر من فرع|مقاتليه"),
    "quoted acronym": re.compile(r"«قسد»|«أوتشا»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"ومنعت حواجز|ودفعت «الفرقة الرابعة»|وشنّت دوريات|وحمّل «مجلس|"
                                      r"وقطعت وزارة الاتصالات|ودفعت القوات السعودية"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهمت في بيان[^.]+، وطالبت|حمّل في بيان[^.]+، وطالب|"
                                           r"واتهم «تجمّع أبناء الرقة»[^.]+، وطالب|"
                                           r"وحمّل «مجلس أعيان التبو»[^.]+، وطالب"),
    # the hour of an act told after it, in a sentence of its own
    "time after the act": re.compile(r"ووقع الانفجار قرابة|ووقع الهجوم بُعيد|ووقعت الاشتباكات قرابة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:قالت|نفى|تبنّى)"),
    # an act named again later by a definite noun or a back-reference
    "definite back-reference": re.compile(r"وبعد ساعات من إعادة العائلات|وبعد ساعات من انهيار الهدنة|"
                                          r"وبعد ساعات من نصب الحاجز|قتلاه الأربعة|قتلى الطيوري الخمسة"),
    # a purpose clause
    "purpose clause": re.compile(r"لتسريع عودة|للفصل بين الطرفين|لإجلاء الجرحى|لمكافحة التهريب|للقاء وجهاء"),
}

# theme (a): a city's return after its battle
RETURN = "team121-601"
# theme (b): a province's dispute over a foreign military presence
PRESENCE = "team121-605"
RETURN_WORDS = re.compile(r"الرقة|الألغام|لغم|العائد|العودة|الحواجز|الأحياء|المدينة")
PRESENCE_WORDS = re.compile(r"المهرة|السعودية|التحالف|لجنة الاعتصام|نشطون|الغيضة|السلطة المحلية|شحن")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def return_theme(core, lines, main):
    killed = bool(main and main.get("acled") == MINE and "لغم" in para_text(lines, main))
    turned_back = [g for g in has(core, "COERCE", lines, "العائلات") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الألغام")
    demanded = has(core, "REQUEST", lines, "الأمم المتحدة")
    threat = has(core, "THREATEN", lines, "غير المطهّرة")
    rumoured = has(core, "COERCE", lines, "العائدين", first="rumored")
    demining = [g for g in has(core, "COOPERATE", lines, "نزع الألغام") if happened(g)]
    no_convoy = has(core, "AID", lines, "قافلة", first="negated")
    food_due = has(core, "AID", lines, "العائدين", first="planned")
    allowed = [g for g in has(core, "CONCEDE", lines, "بالعودة") if happened(g)]
    return bool(killed and turned_back and blamed and demanded and threat and rumoured and demining
                and no_convoy and food_due and allowed
                and related(core, main, RETURN_WORDS, lines) * 2 > len(core))


def presence_theme(core, lines, main):
    clash = bool(main and main.get("acled") == CLASH and "الحاجز" in para_text(lines, main))
    meeting = [g for g in has(core, "CONSULT", lines, "السلطة المحلية") if happened(g)]
    rejected = [g for g in has(core, "REJECT", lines, "لجنة الاعتصام") if happened(g)]
    deployed = [g for g in has(core, "MOBILIZE", lines, "نشطون") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "السعودية")
    demanded = has(core, "REQUEST", lines, "الحكومة اليمنية")
    threat = has(core, "THREATEN", lines, "منفذ شحن")
    backed = [g for g in has(core, "SUPPORT", lines, "لجنة الاعتصام") if happened(g)]
    deal = has(core, "AGREE", lines, "عُمانية", first="rumored")
    not_handed = has(core, "RETREAT", lines, "مطار الغيضة", first="negated")
    patrols_due = has(core, "COOPERATE", lines, "خفر السواحل", first="planned")
    return bool(clash and meeting and rejected and deployed and blamed and demanded and threat and backed
                and deal and not_handed and patrols_due
                and related(core, main, PRESENCE_WORDS, lines) * 2 > len(core))


THEMES = {"a city's return after its battle": (RETURN, return_theme),
          "a province's dispute over a foreign military presence": (PRESENCE, presence_theme)}


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


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 117-120",
                              themes=THEMES, other_countries=None)
    core_types, first_labels, years = Counter(), Counter(), Counter()
    for d in docs:
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        core = [g for g in d["events"] if g["core"]]
        main = next((g for g in core if "fatalities" in g and len(g["para"]) >= 3), None)
        if main:
            main_text = para_text(lines, main)
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
        errs += weekday_errors(did, d, lines)
        if NO_EVENT_PARAS[did] in MODEL_NO_EVENT_PLACES:
            errs.append(f"{did}: the no-event paragraphs are at the model set's places")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        years[d["published"][:4]] += 1
    if len(docs) == N_ARTICLES:
        whole_set = [
            (len(core_types) >= MIN_TYPES,
             f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
            (all(first_labels[x] for x in FACT_LABELS),
             f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
            ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
             "the countries are not Syria (twice), Libya, Iraq and Yemen"),
            (len(years) == len(docs), "two articles share a year"),
            (int(max(years)) - int(min(years)) >= YEAR_SPREAD,
             f"the years are not spread out: {sorted(years)}"),
            (len({DATELINE_KIND[x][1] for x in DATELINE}) == len(DATELINE), "two datelines of the same kind"),
            (len({tuple(v) for v in NO_EVENT_PARAS.values()}) > 1,
             "the no-event paragraphs are at the same places in every article"),
            (len(set(OUTLET_BASE.values())) == len(OUTLET_BASE), "two outlets share a base"),
        ]
        errs += [message for ok, message in whole_set if not ok]
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team121", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
