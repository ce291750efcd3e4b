#!/usr/bin/env python3
"""Check team119.gold.json (the hundred-and-nineteenth team set, team119-591 ... team119-595) against the
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital,
  the capital of the governorate, the town of the event), naming the plan's city; the two others have none
  and name their place in the first sentence instead;
- the regions: two Syrian articles in two governorates (al-Hasakah: Umm al-Kaif, Tell Tamr, al-Hasakah;
  Aleppo: al-Bab, Qabasin), one Iraqi in Kirkuk (Altun Kupri, Kirkuk, Dibis), one Yemeni in Marib (Sirwah,
  Marib) and one Jordanian in Irbid (Ramtha, Irbid), each main event in one of its region's towns; no
  governorate, file-name word or accepted place name among the places of the first paragraphs of the READMEs
  of sets 115 and 116, of the model set's regions (set 117) and of the regions the brief keeps for set 118,
  which are kept here only as salted digests (``goldkit.place_digest``);
- the months: each article published in the month the plan gives it (2012-11, 2017-10, 2020-08, 2021-02,
  2024-04: five different years, twelve years apart from first to last); each publication date falls on the
  weekday the plan gives, and the day before it on the weekday the text names for «أمس»;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles (592, 595), and in ¶2–¶5 after another core event in the
  others, never mentioned before its trigger's paragraph; at most two articles let the reports of a toll
  conflict (592, 594), each with two or more attributed sources and the gold keeping the lowest count; every
  toll reported is written in the main event's paragraphs; the no-event paragraphs are not at the same places
  in every article, nor at those of the model set;
- the set has core events of all sixteen PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the two themes: (a) one article mostly about a city's water cut (the station's technicians turned back,
  civilians killed at a water tanker, the blame for using water as a weapon, a threat to the tankers, aid in
  water tanks, a rumoured deal on the station, the road to its power feeder not opened, a meeting on the
  station due, a sit-in at the UN office, wells dug together); (b) one mostly about a province's council and
  its communities after a change of control (the council's session, the Kurdish bloc's rejection, a clash
  between the federal forces and the Peshmerga, the blame and the demand, a threat, a police chief's
  dismissal rumoured, the Turkmen Front's praise, families not back, a UN visit due, a local agreement).

    python3 benchmarks/data/articles119/check_gold.py [--no-score]
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
    main_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team119.gold.json"
N_ARTICLES = 5
SALT = "team119"

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall, never at the model set's
# places.
NO_EVENT_PARAS = {"team119-591": [9, 15], "team119-592": [4, 11, 16], "team119-593": [7, 12],
                  "team119-594": [8, 15], "team119-595": [3, 10, 14]}
MODEL_NO_EVENT_PLACES = ([6, 14], [7, 13], [6, 11], [8, 14], [6, 10])

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team119-591": ("SY", "al-Hasakah", "Tell Tamr", "الحسكة"),
          "team119-592": ("SY", "Aleppo", "al-Bab", "الباب"),
          "team119-593": ("IQ", "Kirkuk", "Altun Kupri", "ألتون كوبري"),
          "team119-594": ("YE", "Marib", "Sirwah", "صرواح"),
          "team119-595": ("JO", "Irbid", "Ramtha", "الرمثا")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "al-Hasakah"): {"Tell Tamr", "Umm al-Kaif", "al-Hasakah"},
                 ("SY", "Aleppo"): {"al-Bab", "Qabasin"},
                 ("IQ", "Kirkuk"): {"Altun Kupri", "Kirkuk", "Dibis"},
                 ("YE", "Marib"): {"Sirwah", "Marib"},
                 ("JO", "Irbid"): {"Ramtha", "Irbid"}}
# the month each article is published in
PLANNED_MONTH = {"team119-591": "2020-08", "team119-592": "2024-04", "team119-593": "2017-10",
                 "team119-594": "2021-02", "team119-595": "2012-11"}
YEAR_SPREAD = 12

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 115 and 116 name (settings, outlet bases, datelines), the model set's regions and outlet bases
# (set 117), the regions the brief keeps for set 118 (written at the same time), and the words of the file
# names of sets 18 and 117; the names themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "0571b7ecaf86e6fd", "0a1b9aa97241989c", "1aae60b76dd0f9d5", "1e5338abaa881f68", "1f0628593315b7d7",
    "1f2f5d956c96e67f", "22037fa60d06d056", "250d3c6c419defe9", "2ceb89dd54a102d2", "2eee435efa84b95a",
    "2f8cf8598635eb15", "35366c4d859647be", "3dc86726df1adc65", "3ee1ba0f74c3661d", "4c2b8a8fd2f457d2",
    "4d99d295ffc17f82", "52fa2d5f45424cb7", "54b0ea37ee74084c", "58096a2b8be3c9b9", "581904c8cf55a979",
    "5fb2385b033d8d7c", "6bd7048208624e2f", "728f292b2da45fd5", "78aef9c672c0050c", "867f5b265bf6077f",
    "883631a408f0cb03", "8f3b56a7619f98ca", "99d0e4bdea04f1a5", "a0847bc9a7fceaf6", "a1dc3d60f30f300e",
    "a7c84e91858a16d0", "a846c717dadfffd8", "aa86526929b96ac4", "b4c34f91d5eca0e6", "b7200f20170b4170",
    "c5a3bfa2155c246b", "c86ef40d03430205", "ca80394327a6df54", "d23764b7060da38a", "e3882be10325cf71",
    "e4025e0f5f888862", "e69253b85e1ef796", "e9632cb28ec7f771", "eb56b202ab9c02a0", "f1ed233806cfba89",
    "f234f0e229171f10", "f738b4ff13d3e79b", "f78ee2abbd4d7100", "f89d0aa7bd282c75", "fac51a8cf5b1439f"})
USED_FILE_WORD_DIGESTS = frozenset({
    "010c197f657be605", "027fee22d323c80e", "0a1827a304fa2a38", "0a1b9aa97241989c", "1a46043192974a52",
    "1e3c1299aa34c7f2", "1f0628593315b7d7", "1ff8f20982cc5065", "240bfe2d81f4e291", "2905ce3807686510",
    "2aa3b0279d543ef6", "2ceb89dd54a102d2", "30202ab574db9c6f", "31e94535fc33b9ec", "38c8cf5c84d740a9",
    "3a77d2a37f018b0c", "466cc8eea2d00061", "4af4d57822e1a901", "51e04782e847bfb2", "5ee6b7b700e5adca",
    "616f55295e5318e2", "68ecdf3e9eaa7355", "6a98a5063cedaea0", "8a0ec72e72c7682e", "953e549b6a159324",
    "9b19f5dafed825d7", "a25c0dc3a4c97db8", "a92f3680a9415524", "a9a4727d169f3831", "b08809dc07f79dba",
    "b4a799c35b11add9", "b59fbd48566dc75b", "b921d1b6848c51f1", "b96eedd3640a8615", "c413d52f3f31f704",
    "c6c1555b16e03522", "cb19877a61754acb", "cd17a5459f4a574d", "cffd29691ec3736f", "d201aaba38ac6bc8",
    "d23764b7060da38a", "d5c529fc8aefce63", "dc536aea10798dd5", "dc81b560813b7d3f", "e5d46e78af27eb4e",
    "f148d52aefb4cfe7", "f17639217badfea2", "f7e61e25eef7b2b3", "f89d0aa7bd282c75", "fa475c08a7ea06c0"})
USED_PLACE_DIGESTS = frozenset({
    "027fee22d323c80e", "02e52f6df8c73e2d", "030ebf7b2105b6b2", "036a8bd95211d200", "043d64d91d9dd2c7",
    "0571b7ecaf86e6fd", "063c46a1e491529c", "0654a70b0857371c", "0878ea805acdd6f2", "0a1b9aa97241989c",
    "0a395f4e07353b5d", "0d76c6b1f1f4a14b", "0f55ca151ddd7568", "12f3db55be6d0a39", "149831d973677183",
    "15c70a0005c80323", "18262b7592eba6d0", "18f1ae575ee07855", "191194b5f805087e", "1a185ecbcc07d6e3",
    "1a9a15851acc6638", "1aae60b76dd0f9d5", "1b1b3d79f5e1f28e", "1e5338abaa881f68", "1f0628593315b7d7",
    "1f2f5d956c96e67f", "1ff948d0f2261c53", "218f129b0f47092e", "22037fa60d06d056", "22a69128fd378e6e",
    "230cedd5c3cee655", "250d3c6c419defe9", "2582883ad00108ac", "25c68ea079933668", "2905ce3807686510",
    "2b0319cdc99aaecf", "2b5190bd321ae7b6", "2cbb3c4b61ee0def", "2ceb89dd54a102d2", "2d398d002fe1b8c2",
    "2dd3b97e4e3f98e9", "2eee435efa84b95a", "2f8cf8598635eb15", "3194e443fbda467c", "32cf60010fee0fa8",
    "32d5e566862cc8e5", "34c07e2d7e1d341e", "34ca3e7b0026c1bc", "35366c4d859647be", "367704cf9ac9c8f4",
    "3bd0a21783ff12c1", "3c4d6c09163da29e", "3dc5589e884e35a6", "3dc86726df1adc65", "3e1f0f3122626ab6",
    "3ee1ba0f74c3661d", "40acf9b0b99b7967", "429837522c0de78c", "42cd3587d6eb03c9", "459f40917160bd35",
    "466cc8eea2d00061", "49aa67cdc0da2dc2", "4b32884d788e2bce", "4b44ab2a2af3d9df", "4c2b8a8fd2f457d2",
    "4d99d295ffc17f82", "4e34c7c3ea72369d", "4e64d62391923ac5", "4f3d45e7e949746d", "5183ab494c45e54c",
    "51e04782e847bfb2", "52fa2d5f45424cb7", "539d42d261b21084", "545efe38d5542dd3", "54b0ea37ee74084c",
    "568ce073fdd9e61a", "56af0a1991d160ee", "58096a2b8be3c9b9", "581904c8cf55a979", "5856ce847a4b52e1",
    "598f3c4df838cc89", "59cddc9b5f063b22", "5aad190452bffebe", "5aaf15bb8e1d8831", "5b113d95b277fbaa",
    "5b1cf9394ab250c5", "5b9f84f5a3bafda8", "5bafd35d289b3054", "5bd59a2ecf4569db", "5c0657706d087d90",
    "5fb2385b033d8d7c", "6070549443d044bc", "61148b030d45c29f", "6148cabe3ff7620d", "62e2412b49eb18d7",
    "62f3fdba0c0aa8f4", "63f2f976ed4e932f", "64100c079d2f5b96", "64d0dd844eb79cf1", "68a626b181dd3eab",
    "68ecdf3e9eaa7355", "696541fa0faae869", "6bd7048208624e2f", "6cc505c0d57f4f9c", "6cf2dd88843a0a15",
    "70c27aed7c2dce60", "70d1896a54e648be", "728f292b2da45fd5", "745b01a74f4ddaef", "78aef9c672c0050c",
    "797ed19a156d95b9", "79d6aa54daa9bd34", "79e95a7e18f0726b", "7bebcccdbfde8ef3", "8269ef9392f86c9e",
    "867f5b265bf6077f", "86ff7e61975e0a8c", "883631a408f0cb03", "8f3b56a7619f98ca", "9038432c46905525",
    "9221696bf387d849", "92370b2d3b862c76", "928dd5357b562c99", "987b0cfddc51ec74", "98e33dbfc4c81873",
    "99426b8a055034fa", "99d0e4bdea04f1a5", "9c77d5779d540c37", "9d1bf328529d6724", "a0847bc9a7fceaf6",
    "a1dc3d60f30f300e", "a1dfedcefb88d352", "a2bf75b7745c08d2", "a592a660e62a499f", "a5e212d4308b0bd0",
    "a6c159236c5f8600", "a6e34fb37ffbe64a", "a7c84e91858a16d0", "a82ae9b18f1a707f", "a846c717dadfffd8",
    "a9ce1e9de77a7c5f", "aa3ee181bbe66d53", "aa86526929b96ac4", "ab959eef71e07ea8", "ac38d950bedda930",
    "ac9b5983fc6869b5", "afeaf10cbe2e1690", "b03d20788ecca886", "b2aeb1a37861c828", "b36699109529396e",
    "b3b90cd40d45ebf5", "b42db4210672208c", "b46428227700ba72", "b4a799c35b11add9", "b4c34f91d5eca0e6",
    "b59fbd48566dc75b", "b7200f20170b4170", "b96eedd3640a8615", "bbe22dc3af93dc5f", "bd5aef5f1cbc3bb2",
    "bd9cb6486411b29d", "c2a04274dc3262d3", "c50896c899e273b8", "c5366ef8bf11bc22", "c5a3bfa2155c246b",
    "c86ef40d03430205", "ca80394327a6df54", "ca8c1f33c4bb4787", "cb19877a61754acb", "cf6ed9d29574886c",
    "d201aaba38ac6bc8", "d23764b7060da38a", "d3722052edacd249", "d636d8d61493282d", "d6a56ed1ddb49924",
    "d6c1c4e7deb9117a", "d8aab49fc9d7f5ca", "d91ff8ee0939914d", "da06ebfb821b6ab3", "db721414498d26c7",
    "dd3410839757d4bd", "df337e610ed47f0b", "e2c12734af3429a7", "e2da3179b0f2a94c", "e3882be10325cf71",
    "e4025e0f5f888862", "e4c7e10a3662d33f", "e5b6a1151a563cc9", "e69253b85e1ef796", "e7868c331cbdc2cc",
    "e7951c49197a2b9e", "e91c3cfd54d2c372", "e94365d534a14f52", "e9632cb28ec7f771", "eafe35e1f12fd1db",
    "eb3156ee8c803cf7", "eb56b202ab9c02a0", "ebaf0121e329c900", "ed54ded86f7f804a", "ee1975e2c4e8934f",
    "eecb22281d6c55b1", "ef243b4f3cbf4412", "ef8231bd424384f7", "f1ed233806cfba89", "f234f0e229171f10",
    "f246c1151ac2112a", "f2d4b90f6cf13fc2", "f33b22b64e82a6ff", "f4c58cda874f8057", "f659220412875a48",
    "f66e72f0d2cf4c1c", "f738b4ff13d3e79b", "f77a6dcdbdf867ac", "f78ee2abbd4d7100", "f81a0c39246682f0",
    "f89d0aa7bd282c75", "f93ff98ef7e5a518", "fa13afaa1db13681", "fac51a8cf5b1439f", "fb2710ebd6d691d2"})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team119-593", "team119-594", "team119-595"}
DATELINE_KIND = {"team119-593": ("أنقرة", "a foreign capital"),
                 "team119-594": ("مأرب", "the capital of the governorate"),
                 "team119-595": ("الرمثا", "the town of the event")}
# the kind of each outlet (all different) and its base (none a place the plan avoids)
OUTLET_KIND = {"team119-591": "Qamishli-based Kurdish local news agency's website",
               "team119-592": "Azaz-based Syrian opposition activists' Telegram channel",
               "team119-593": "Ankara-based Iraqi Turkmen news website",
               "team119-594": "Marib-based local radio station's website",
               "team119-595": "Amman-based private daily newspaper's website"}
OUTLET_BASE = {"team119-591": "Qamishli", "team119-592": "Azaz", "team119-593": "Ankara",
               "team119-594": "Marib", "team119-595": "Amman"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team119-591": ("Tuesday", "أمس الإثنين"), "team119-592": ("Saturday", "أمس الجمعة"),
           "team119-593": ("Tuesday", "أمس الإثنين"), "team119-594": ("Tuesday", "أمس الإثنين"),
           "team119-595": ("Thursday", "أمس الأربعاء")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team119-591", "يوم الخميس المقبل", "2020-08-20"),
         ("team119-592", "يوم الإثنين المقبل", "2024-04-08"),
         ("team119-593", "يوم الخميس المقبل", "2017-10-26"),
         ("team119-594", "يوم الخميس المقبل", "2021-02-18"),
         ("team119-595", "يوم غد الجمعة", "2012-11-16"), ("team119-595", "يوم الأحد المقبل", "2012-11-18")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team119-592": [6, 8], "team119-594": [7, 9]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team119-591": ("فقُتل ثلاثة مدنيين", "القتلى الثلاثة"),
              "team119-592": ("مقتل ستة مدنيين", "ثمانية قتلى"),
              "team119-593": ("قُتل خلالها أربعة", "عناصر الشرطة الأربعة"),
              "team119-594": ("قُتل خلاله سبعة", "جثث تسعة جنود", "الجنود السبعة"),
              "team119-595": ("مقتل شاب",)}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "YE", "JO"}

SUBJECTS = r"والإدارة الذاتية لشمال وشرق سوريا|والحكومة اليمنية"
SUBJECT_VERBS = r"اتهمت|حمّلت"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"بالتعاون مع |الأحمر الكردي» مع |، مع فرق فنية|مع مناطق سيطرة"),
    "على": re.compile(r"على صهريج|على محتجين|على مواقع الجيش"),
    "ضد": re.compile(r"سلاحاً ضد|شعارات ضد|هتافات ضد"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "نقلاً عن": re.compile(r"نقلاً عن "),
    "reported speech": re.compile(r"(?:أفاد به|ذكره|أكده|قاله) [^.]{2,60}|وقال [^.]{2,80} إن |"
                                  r"قالت [^.]{2,60} إن "),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|نُقلوا|أُطلقت|سُرقت|أُفرج"),
    "possessive actor": re.compile(r"مقاتلي «|مقاتلو ميليشيا|عناصر الحاجز|مسلحيها"),
    "quoted acronym": re.compile(r"«قسد»|«يونيسف»|«يونامي»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"أطلقت قوات الدرك|شنّ مقاتلو|ودفعت قبائل|واتهم المجلس المحلي|"
                                      r"وحمّل حزب|وشنّت مقاتلات"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهمت في بيان[^.]+، وطالبت|واتهم المجلس المحلي[^.]+، وطالب|"
                                           r"حمّلت في بيان[^.]+، وطالبت|وحمّل حزب[^.]+، وطالب|"
                                           r"واتهم فرع[^.]+، وطالب"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"وحدث ذلك قرابة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:قال|قالت|نفت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"وبعد ساعات من إعادة الفريق|بعد ساعات من سقوط القذائف|"
                                          r"وبعد ساعات من سقوط الصاروخ|الذي عبرته السيارة|"
                                          r"منذ دخول القوات الاتحادية"),
    # a purpose clause
    "purpose clause": re.compile(r"لإصلاح مضخاتها|لبحث أزمة|لتأمين مياه|لتأمين صلاة|للقاء ممثلي|"
                                 r"لمساندة قوات|لتسليم مذكرة|لمراجعة التعيينات"),
}

# theme (a): a city's water cut
WATER = "team119-591"
# theme (b): a province's council and communities after a change of control
AFTERMATH = "team119-593"
WATER_WORDS = re.compile(r"المياه|الماء|مياه|صهريج|الصهاريج|المحطة|محطة|علوك|آبار|خزان|الضخ")
AFTERMATH_WORDS = re.compile(r"كركوك|الكرد|الكردية|التركمان|التركمانية|القوات الاتحادية|الحشد|"
                             r"البيشمركة|الاتحادية")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def water_theme(core, lines, main):
    killed = bool(main and main.get("acled") == SHELL and "صهريج" in para_text(lines, main))
    blocked = [g for g in has(core, "COERCE", lines, "محطة علوك") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "المياه سلاحاً")
    threat = has(core, "THREATEN", lines, "صهريج")
    aid = [g for g in has(core, "AID", lines, "خزان") if happened(g)]
    deal = has(core, "AGREE", lines, "المحطة", first="rumored")
    no_road = has(core, "RETREAT", lines, "ورشات الكهرباء", first="negated")
    meeting_due = has(core, "CONSULT", lines, "المحطة", first="planned")
    sit_in = [g for g in has(core, "PROTEST", lines, "الماء") if happened(g)]
    wells = [g for g in has(core, "COOPERATE", lines, "آبار") if happened(g)]
    return bool(killed and blocked and blamed and threat and aid and deal and no_road and meeting_due
                and sit_in and wells and related(core, main, WATER_WORDS, lines) * 2 > len(core))


def aftermath_theme(core, lines, main):
    clash = bool(main and main.get("acled") == CLASH and "البيشمركة" in para_text(lines, main))
    session = [g for g in has(core, "CONSULT", lines, "مجلس محافظة كركوك") if happened(g)]
    rejected = [g for g in has(core, "REJECT", lines, "الكتلة الكردية") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الحشد")
    demanded = has(core, "REQUEST", lines, "التحالف الدولي")
    threat = has(core, "THREATEN", lines, "البيشمركة")
    dismissal = has(core, "SANCTION", lines, "مدير شرطة كركوك", first="rumored")
    praise = [g for g in has(core, "SUPPORT", lines, "التركمانية") if happened(g)]
    not_back = has(core, "RETREAT", lines, "العائلات الكردية", first="negated")
    visit_due = has(core, "CONSULT", lines, "يونامي", first="planned")
    agreed = [g for g in has(core, "AGREE", lines, "داقوق") if happened(g)]
    return bool(clash and session and rejected and blamed and demanded and threat and dismissal and praise
                and not_back and visit_due and agreed
                and related(core, main, AFTERMATH_WORDS, lines) * 2 > len(core))


THEMES = {"a city's water cut": (WATER, water_theme),
          "a province's council and communities after a change of control": (AFTERMATH, aftermath_theme)}


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
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 115-118",
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
             "the countries are not Syria (twice), Iraq, Yemen and Jordan"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team119", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
