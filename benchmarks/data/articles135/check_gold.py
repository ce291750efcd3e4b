#!/usr/bin/env python3
"""Check team135.gold.json (the hundred-and-thirty-fifth team set, team135-671 ... team135-675) against the
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
  bases, none of the model set's kinds nor of the kinds the first paragraphs of the READMEs of sets 130-132
  name (kept as digests), no base among the places avoided;
- ¶1 opens with a dateline «CITY - «OUTLET»:» in exactly three articles (672, 673, 675), of three kinds that
  neither the model set (133) nor the sets it names as its models used (a Kurdish-held town further up the
  road from the town of the event, a town the same rebels had raided a month before the event, the outlet's
  home town along the coast from the town of the event); the two others (671, 674) name their place in the
  first sentence;
- the regions: two Syrian articles in two governorates (Homs: al-Qaryatayn; Latakia: Salma), one Iraqi in
  Diyala (Jalawla), one Sudanese in South Kordofan (Abu Karshola) and one Libyan in al-Zawiya, each main
  event in one of its region's towns; no governorate, file-name word or accepted place name among the places
  of the first paragraphs of the READMEs of sets 130, 131, 132 and 133, of the regions the brief keeps for set
  134 (written at the same time) and for sets 126, 128, 130 and 132, and of the older regions it lists, which
  are kept here only as salted digests (``goldkit.place_digest``);
- the months: 2015-08, 2014-11, 2013-05, 2016-01, 2023-05 (five years, ten apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (672, 675), not in the model
  set's, and in ¶2-¶5 after another core event in the others; the tolls conflict in two articles only (671,
  673), each with two attributed sources and the gold keeping the lowest count; every toll reported is written
  in the main event's paragraphs; the no-event paragraphs differ between articles and never fall where the
  model set put its own; the main event, the background act, the rumoured, planned and negated acts and the
  threat of each article never fall at the paragraph index the model set used for them in its article of the
  same rank; the rumoured, planned and negated acts are never of the type (the background act never of the
  type and mode), and the threat never told through the medium, of the model set's article of the same rank
  (nor through any medium of the model set or of its own model); neither the conflicting tolls nor the
  datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a town retaken by two allied forces that then quarrel over who
  holds it (672); (b) one mostly about a Kordofan town left by a rebel alliance and bombed from the air as its
  people fled (673).

    python3 benchmarks/data/articles135/check_gold.py [--no-score]
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
    AIR,
    CLASH,
    HAPPENED,
    TRANSFER,
    TYPES,
    main_event,
    main_type,
    para_text,
    place_digest,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team135.gold.json"
N_ARTICLES = 5
SALT = "team135"
IDS = ["team135-671", "team135-672", "team135-673", "team135-674", "team135-675"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team135-671": [7, 14], "team135-672": [4, 17], "team135-673": [2, 10],
                  "team135-674": [5, 8], "team135-675": [10, 14]}
MODEL_NO_EVENT_INDEXES = {3, 6, 9, 11, 12, 13, 15, 16}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team135-671": ("SY", "Homs", "al-Qaryatayn", "القريتين"),
          "team135-672": ("IQ", "Diyala", "Jalawla", "جلولاء"),
          "team135-673": ("SD", "South Kordofan", "Abu Karshola", "أبو كرشولا"),
          "team135-674": ("SY", "Latakia", "Salma", "سلمى"),
          "team135-675": ("LY", "al-Zawiya", "Zawiya", "الزاوية")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Homs"): {"al-Qaryatayn"},
                 ("IQ", "Diyala"): {"Jalawla"},
                 ("SD", "South Kordofan"): {"Abu Karshola"},
                 ("SY", "Latakia"): {"Salma"},
                 ("LY", "al-Zawiya"): {"Zawiya"}}
# the month each article is published in
PLANNED_MONTH = {"team135-671": "2015-08", "team135-672": "2014-11", "team135-673": "2013-05",
                 "team135-674": "2016-01", "team135-675": "2023-05"}
YEAR_SPREAD = 9

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 130, 131, 132 and 133 name (settings, backgrounds, outlet bases, datelines), the regions the brief
# keeps for set 134 (written at the same time) and for sets 126, 128, 130 and 132, the older regions it lists,
# and the words of the file names of sets 18 and 133; and the outlet kinds of those first paragraphs; the
# names themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "018ef91b673a988e", "02765e2a5606bf5b", "0a101fbbfd10c7b6", "13c2e13caef33e3e", "17668cdf48e45327",
    "1b2ce69ab7549663", "1ccb10a70b7f0e92", "1dd7e164d1bebf13", "23ad78aa95e68a71", "2e010ce7bf37d235",
    "33f7027caf4a79e2", "458cc7d3bf1f3931", "4980579112f53264", "57660c5fb2724f35", "590874e8a4bddf9a",
    "5f1b0ddd1079121a", "60daa1d641b28175", "6849f8da7518861f", "6a8d52a3c6a06b85", "6ac391e76a30f4eb",
    "77447b1283919c97", "77538abe7a70fda4", "78a7c0102968b1be", "794baca19b0220cc", "79f07e36a21f92d5",
    "7e47bbab517c13c2", "7ef99a94662ca865", "800651495b019c20", "81149395677d9e40", "882f843a9014afd6",
    "9e9324b601806137", "aabda0ea07accffd", "aeb9a5511e71bf8c", "afda7cf291599854", "b9a68330e4a09df5",
    "c4c3c504ff023d12", "caf9a0e063681677", "cced46fd5eb819e5", "cdc752733495fd9a", "d4ca13f480eafc34",
    "d5d814014b8de85e", "d851a613fe560d8b", "db6e26bbe818d93e", "dbcda60f660a9e3b", "dcf9d35fdaca8165",
    "e4538a9bdff88c28", "e45544a4c487945b", "e4f6ef41e1754d0b", "e59138c558fc88d1", "e9740087b1be9e7a",
    "ed3fd674676946a7", "eff4fbfee9ecc511", "fb17a24fe2785e0d", "fbe4810741aad88b",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "1164dd1a40e9ee59", "1249b1f96e8a7ffc", "14ff7f40594fdbc4", "1725ca7af9ba08da", "1ac8c884e69f53b5",
    "2343f3d9c95fc0cf", "2443d7dbe6e0dcfe", "2cf2bdaac60f729d", "40710fce2144e9c8", "42b8092e6d5a1c95",
    "435918f77fbbabf0", "43702553bb5f3c1f", "44881cb0caa6d420", "52b72084b085c168", "5dc51ac2c1ebd1da",
    "61d8901f5c11ce1c", "644e5f6509779a92", "681ec10b837b62a3", "7760e286721f2f7b", "7a0eecfacbee2a1a",
    "7c37880789d22ff9", "7e108d0042460bd6", "8019532b626e46f5", "882f843a9014afd6", "8834f0da65423fd7",
    "937c31d5bdb3632f", "9591a42c7cd22656", "9983b398271d36a1", "a1478ab987cbda22", "a88d5b2426d729d4",
    "a9c4156490e20b82", "b45366428a1308d1", "b5f534a9ed6c2af3", "bb293036c41573e6", "c127a24d0ee49a95",
    "c17feffef94420b4", "c32e2ac239d446c3", "c5913abcf886092f", "c603a4243db3e623", "d7a69f01f050a41a",
    "d89ca87acea7d5e2", "d9db2f827e1dc256", "da5706bb6649cc29", "ed2b7a485e8a22cd", "ede3a8978b9679d9",
    "f167da365f8aa162", "f28da15bb0a9248e", "f3562805fdb6e95b", "f7e5d59773ada53e", "fb17a24fe2785e0d",
})
USED_PLACE_DIGESTS = frozenset({
    "0003a1e42db96ebf", "009635cf04afd738", "018ef91b673a988e", "0878505eb176e523", "08aa3d6feb8a6746",
    "0966d84015da32c1", "09fa90ac08022f3c", "0a101fbbfd10c7b6", "0aa530e8e4dfde58", "0aeecf733b5f4981",
    "0bdef1a183f64110", "0bec39c2be139d07", "0cfa71b1686ab83b", "102a5f4cce295ae2", "10aff705c2634e4c",
    "1103a714cd1d789e", "1126da7749552e62", "115bb854995160b6", "1296252acf9ed04e", "13c2e13caef33e3e",
    "13dd7805d2ca8885", "146a8993b06e8662", "14c6c3ccf538815a", "15113d8827b081c4", "152845e1aebfa4ca",
    "1725ca7af9ba08da", "17668cdf48e45327", "1809165b566af647", "1ac8c884e69f53b5", "1b2ce69ab7549663",
    "1b8630932120aacf", "1d5e0b4d335bb638", "1dd7e164d1bebf13", "1e97ac3315d5a33f", "1fd9808364769f64",
    "207f37829c95b013", "23ad78aa95e68a71", "2443d7dbe6e0dcfe", "253068897101d269", "264e22e273b37a84",
    "2654cf49d6d7cf0f", "2713cbf87ef68f16", "2ec2087c8324cdad", "2f9172dc53346a06", "3037390d82e0298e",
    "30c04550230870a7", "334252ab8de889a6", "34639fb3bcdafb55", "3693dd1f6b82583e", "399caf829d230575",
    "3c5d3445c129d6ec", "3ca5d56f1cc4c509", "3e4c8651a7372ef5", "3eafa1e137cb2d39", "3f0dff042b398f8f",
    "40710fce2144e9c8", "40ef74f429230b64", "420c01fe955cf38d", "42b7cf9d377dc394", "43c276c4ee15f193",
    "443ae98f9167aaaa", "443c355dd5ab8974", "4544c228b1df071c", "458cc7d3bf1f3931", "468325e350ca4b96",
    "472cf77997105ca4", "47f404568ab9528c", "480fe479c0959397", "4980579112f53264", "49927097e3c69951",
    "49b32d15e6621cd6", "4e3e824f7aed5f33", "4e5338b8e54f95b6", "5082a5f70b21e6d6", "5155b9b0c78ddddf",
    "52bc2026941014bc", "52fc49ec5c04d6ef", "53a2f37772523ddd", "56f50c552cfc75ff", "57660c5fb2724f35",
    "5882ba6b8359d1ac", "590874e8a4bddf9a", "59f465e2b7aa3746", "5aaa4dd5a05af5dc", "5b7df68128503bde",
    "5be9bdfe5f3b8eac", "5c0e4414b42b95b5", "5c34fbd878c23505", "5c5d81a44f68f204", "5cc0d01a095b6607",
    "5dc51ac2c1ebd1da", "5f1b0ddd1079121a", "6197294a74ba8901", "662ea1dac515a779", "6697b05094c07af1",
    "670a5e95326bf9df", "672ebe7b5defd3c8", "677224d4efde04a2", "689ea8437bb65fcb", "69aad5162dfe3560",
    "6a8d52a3c6a06b85", "6cdbd2c7d235427b", "6d06f6c177615ddd", "6df1e33fd6f3bb35", "712b0a7789670d00",
    "72c8910799fe70f6", "7701b2efd838cfd4", "77447b1283919c97", "77538abe7a70fda4", "7760e286721f2f7b",
    "77dd825e3e1362fa", "78a7c0102968b1be", "79f07e36a21f92d5", "7b04040fbdc3d559", "7c37880789d22ff9",
    "7cc81ef3b88bc9aa", "7dd7343da05444c2", "7e108d0042460bd6", "7e47bbab517c13c2", "7ec7378c474f96e9",
    "7ef99a94662ca865", "7f0f09fe7542dc9f", "800651495b019c20", "80433a5c1cf7ac00", "80f19f50403ba305",
    "81149395677d9e40", "816fbe56c4ee6924", "819006cc34e6f104", "86056f2b2b45a884", "882f843a9014afd6",
    "885309e20cb215c7", "8a72b3a023c8a848", "8a814d0bd5b2be1c", "8bf3cf998fb5660b", "8c046e2330d54e3e",
    "8cc5f9aeb88ef680", "8dc8453b11455d6f", "8f336d6d5ea84327", "8f74b0629d7488a6", "8f83acf9eb3e58cf",
    "90ff3eece85451fe", "91597e511c7c7f21", "94ee62698b99162f", "964686eadb987a01", "9983b398271d36a1",
    "9adf38821d96dec5", "9b055a2bd2a43f3e", "9e9324b601806137", "9e9bae4fc70aac02", "a2b2e7a971195677",
    "a2f9c9ae6aec26d7", "a38a58c8f0da3235", "a4b83fa0b6900197", "a675c48ff42937c0", "a9c4156490e20b82",
    "aae262355779017e", "abfae483485b0bc8", "adee20fe86a587b0", "aef4773be27d4eba", "af510ba0a6b80291",
    "afda7cf291599854", "b334526348414ed1", "b3475a7d88b82bff", "b5aa8fd50cd567f0", "b5c5807f29874b1c",
    "ba7bc2d857cf35e9", "bd2b7d9a1eecf9e3", "bd54f0852e0ada3a", "be13b41ab371fa6c", "c085cab5401fc5ad",
    "c11b73fa0f6588b0", "c2eed0aefee66c50", "c2f30dcecca39031", "c32e2ac239d446c3", "c4affbbb839f858b",
    "c5913abcf886092f", "caf9a0e063681677", "cc844a33621f65e8", "cced46fd5eb819e5", "cd6376be49af87cd",
    "cdc752733495fd9a", "ce1e1307a510a832", "cff7c0377651aae6", "d0e0b3263990f3b4", "d22940d1c4b465c2",
    "d2b892b9b7f787cb", "d46a42975952b46f", "d4ca13f480eafc34", "d52edd1484729042", "d5d814014b8de85e",
    "d7885f88a32cdd47", "d7a69f01f050a41a", "d7e380046f8d1201", "d851a613fe560d8b", "d96b2dd7fa44dfbc",
    "da5706bb6649cc29", "daebdb6f93add038", "db6e26bbe818d93e", "dca84a8429fa9def", "ded7fb2a14157251",
    "e1be18ac14c55eec", "e3165cafb791d591", "e363f205e5c624c8", "e43a244b9fabce58", "e4538a9bdff88c28",
    "e45544a4c487945b", "e4f6ef41e1754d0b", "e64b449d20b39ed6", "e653248cdbd4050a", "e6b81ba0b663aecd",
    "e75b68ad966da9f5", "e95ed50642c69420", "e9740087b1be9e7a", "eafb2443ca363dcd", "ec182b7ded162846",
    "ecea0c975d323312", "ed2b7a485e8a22cd", "ed3fd674676946a7", "ed604dab5687fc51", "edc559cf3b65da2d",
    "ede3a8978b9679d9", "eeb5c1f1ef5e1848", "ef607e0995d8f983", "f0666961fd950687", "f1b121aeef3cfcbf",
    "f2b0dd2e2228aca7", "f31066530cb6e89a", "f5889df62ece9e23", "f5a74131492e90d6", "f5d9cbb4336edae8",
    "f7fb85b720785ef5", "f948e67571acab04", "fbe4810741aad88b", "fd72f9d3db15fa61", "fef4d2c1cc505344",
    "ff3ba5afe36da0c5",
})
USED_OUTLET_KIND_DIGESTS = frozenset({
    "08e446e64fead5fe", "09a6dce355424449", "155fbd2988e1cc1a", "17a21a725d700588", "1de541021c2f1b6f",
    "1f9d8cf27d979d85", "2004115d2335761e", "2018c2f82b1782f6", "2454de5469de4e56", "29f21b54819331d3",
    "333c5aed80d87edc", "4480d00302fd0535", "49de25d3bf54361a", "54d45a455787e205", "5fce686f55e1c42a",
    "5fd07de1e87e26e9", "6e8a69d208330f72", "727e291a3b103629", "7783e3046228a74f", "790073de668b3858",
    "880a64c3c8ba2071", "8de0b63c277ae9d1", "8e02832d7b4c8490", "9030cdd2ef172b39", "940ab6fde67c25df",
    "9a0eba0a1fa35dce", "a1fe6f1e22bafc5c", "a34857ab1daab1ba", "a5ad5018080f2cce", "c113b80472a643b8",
    "c63d3ef5509d8bf3", "c89ae0d8ff7f2724", "cd89e76235adff9c", "df1b2326aadaa43c", "e874d39d478217e7",
    "eedb4a7448ecfd66", "f0efba0bb49bdfe1", "f3102fc154309006", "f90ae73fd7e99fbc", "ff08e5e674cf78b3",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team135-672", "team135-673", "team135-675"}
DATELINE_KIND = {
    "team135-672": ("خانقين", "a Kurdish-held town further up the road from the town of the event"),
    "team135-673": ("أم روابة", "a town the same rebels had raided a month before the event"),
    "team135-675": ("زوارة", "the outlet's home town along the coast from the town of the event"),
}
# the dateline kinds of the model set (set 133) and of the sets it names as its models (its own model 131 and
# the sets that one named)
MODEL_DATELINE_KINDS = {"the border crossing nearest to the camp of the event",
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
OUTLET_KIND = {"team135-671": "Stockholm-based Syriac diaspora association's news website",
               "team135-672": "Sulaymaniyah-based Kurdish independent news agency's Arabic service",
               "team135-673": "Kampala-based Sudanese opposition radio station's website",
               "team135-674": "Moscow-based Russian state news agency's Arabic service",
               "team135-675": "Zuwara-based Libyan Amazigh community news website"}
OUTLET_BASE = {"team135-671": "Stockholm", "team135-672": "Sulaymaniyah", "team135-673": "Kampala",
               "team135-674": "Moscow", "team135-675": "Zuwara"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team135-671": ("Friday", "أمس الخميس"), "team135-672": ("Tuesday", "أمس الإثنين"),
           "team135-673": ("Wednesday", "أمس الثلاثاء"), "team135-674": ("Thursday", "أمس الأربعاء"),
           "team135-675": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday",
           "الخميس": "Thursday", "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team135-671", "يوم الأحد المقبل", "2015-08-09"),
         ("team135-672", "يوم الخميس المقبل", "2014-11-27"),
         ("team135-673", "يوم السبت المقبل", "2013-06-01"),
         ("team135-674", "يوم الأحد المقبل", "2016-01-17"),
         ("team135-675", "يوم الجمعة المقبل", "2023-06-02")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team135-671": [12, 19], "team135-673": [8, 11]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team135-671": ("مقتل اثني عشر عنصراً", "تسعة عشر عنصراً"),
              "team135-672": ("قُتل فيها أربعة عشر مقاتلاً",),
              "team135-673": ("ثمانية قتلى مدنيين", "أحد عشر مدنياً قضوا"),
              "team135-674": ("خمسة عسكريين من وحدة الهندسة حتفهم",),
              "team135-675": ("مقتل ثلاثة أشخاص",)}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls, with a dateline and with the main
# event told first in the lead. This set never repeats them.
MODEL_POSITIONS = {"main": [4, 2, 1, 1, 3], "historical": [8, 14, 10, 9, 11],
                   "rumored": [11, 12, 7, 13, 9], "planned": [15, 17, 16, 17, 14],
                   "negated": [12, 10, 14, 8, 15], "threat": [3, 4, 5, 6, 2]}
# the kinds of those acts in the model set's article of each rank, as its README describes them: the main type
# of the rumoured, planned and negated acts, the main type and mode of the background act (an air strike on a
# camp, a truck bomb, a prime minister's visit, artillery shells on a house, a roadside bomb), and the way the
# threat is told
MODEL_KINDS = {"rumored": ["AGREE", "RETREAT", "MOBILIZE", "CONSULT", "MOBILIZE"],
               "planned": ["AID", "CONSULT", "PROTEST", "AID", "AID"],
               "negated": ["RETREAT", "MOBILIZE", "RETREAT", "AGREE", "MOBILIZE"],
               "historical": [("ASSAULT", "aerial"), ("ASSAULT", "explosives"), ("CONSULT", "visit"),
                              ("ASSAULT", "heavy-weapons"), ("ASSAULT", "explosives")]}
# the ways the model set (by rank) and its own model told their threats: none is used here for any rank
MODEL_THREAT_MEDIUM = ["a field commander's words in a pro-government channel's filmed front-line report",
                       "a voice message attributed to a militia commander passed between telephones",
                       "a written warning hung by the army on the fence of the installation",
                       "a foreign army's Arabic-language spokesman's post on a social platform",
                       "a recorded speech on compact discs sold in the markets"]
OLDER_THREAT_MEDIUMS = {"a warning broadcast by loudspeakers on vehicles at the town's northern gate",
                        "a news ticker run on the state television channel",
                        "a speech at a funeral wake in the provincial capital",
                        "a Russian military reconciliation centre's daily briefing",
                        "a statement posted on the attackers' group's Telegram channel"}
THREAT_MEDIUM = {"team135-671": "a sermon from a mosque's pulpit relayed by a worshipper over the telephone",
                 "team135-672": "a militia commander's press conference in a tent at the town's entrance",
                 "team135-673": "a governor's speech to a ruling-party rally in a city stadium",
                 "team135-674": "an oral ultimatum carried to the fighters by a village headman",
                 "team135-675": "a letter from the defence ministry to the town's municipal council"}
MODEL_TOLL_CONFLICT_RANKS = {2, 4}
MODEL_DATELINE_RANKS = {1, 3, 4}
MODEL_LEAD_FIRST_RANKS = {3, 4}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "SD", "LY"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"اشتباكات مع عناصر الجيش|مع أمراء التنظيم|معارك عنيفة مع مسلحي|في اتصال مع"),
    "على": re.compile(r"غارة على بلدة القريتين|على تجمع للعائلات الفارّة|على أطراف مدينة اللاذقية"),
    "ضد": re.compile(r"«الحملة ضد المهربين»"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "أما … ف": re.compile(r"أما المرصد السوري لحقوق الإنسان فيقول|أما الجبهة الثورية فتقول"),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "reported speech": re.compile(r"ويروي [^.]{2,80} أن |ويقول [^.]{2,80} إن |وتقول [^.]{2,80} إن "),
    "passive": re.compile(r"قُتلوا|أُحيلت|انتُشلت|نُقلوا|كُتب|تُسلَّم|يُعفى|خُصصت"),
    "possessive actor": re.compile(r"مسلحو التنظيم|مقاتلو البيشمركة|مسلحو «جبهة النصرة»|معتمد محلية"),
    "quoted organisation name": re.compile(r"«داعش»|«الدفاع الوطني»|«الحشد الشعبي»|«جبهة النصرة»|"
                                           r"«جهاز دعم الاستقرار»|«الحزب الإسلامي التركستاني»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"شنّ الطيران الحربي السوري|أكملت قوات البيشمركة|دخلت القوات الحكومية|"
                                      r"سيطرت وحدات من الجيش السوري|استهدفت طائرة مسيّرة"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(r"ووزارة الخارجية السورية، التي [^.]{20,}?، أثنت "),
    # a verb before a place and a time, its subject last
    "subject after a place and a time": re.compile(r"وتنطلق من الأبيض يوم السبت المقبل قافلة"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"استقدم الجيش السوري[^.]+، وأغلقوا|واحتشد مئات[^.]+، وطالبوا"),
    # a second event told by a participle
    "participle for a second event": re.compile(r"مطالبة الصليب الأحمر|داعيةً أبناء الطائفة|"
                                                r"مطالباً رئيس الوزراء|داعية الدول المجاورة"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"بينما ترد حكومة الإقليم|في حين نفى المتحدث باسم الجيش|"
                                           r"وهو ما وصفته وزارة الدفاع الروسية|في حين يؤكد مصدر في غرفة"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"بعد ساعات من السيطرة على البلدة|قبل انسحابهم|«حقناً لدماء سكانها»|"
                                 r"بعد يومين من استعادتها"),
    # a purpose clause
    "purpose clause": re.compile(r"لحثّ الحكومات الأوروبية|لاستجوابهم|لبحث «عودة الأهالي|لاحتواء الغضب"),
    # a negation that negates no event
    "silence": re.compile(r"لم يؤكد الرواية ولم ينفها|ولم تتمكن «إذاعة المرحال» من التثبت|"
                          r"ولم يتح لـ«رادوغا» التحقق|ولم يعلّق أي من الطرفين"),
    # a negated act told by a verb of failure
    "failure verb": re.compile(r"وأخفقت وكالات الأمم المتحدة"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وإلى الغرب من البلدة، استقدم|وفي مؤتمر صحفي عقده|وفي خطبة ألقاها|"
                                  r"وفي رسالة وجّهها"),
    # a planned act told by a present tense and a day ahead
    "present tense for a day ahead": re.compile(r"وتنظّم جمعيات سريانية|ويلتقي ضباط روس|"
                                                r"ويزور وفد من المجلس الرئاسي"),
    # an act carried by a verbal noun
    "verbal noun for an act": re.compile(r"عن تفجير منازل|عن احتجاز القوات الحكومية|عن بدء مسلحي|"
                                         r"رواية عن اتصالات"),
    # constructions the model set did not list
    # a quotation opening a paragraph, its speaker after it
    "quotation first": re.compile(r"^«البحر صار مخيفاً من فوق»، يقول", re.M),
    # a condition attached to a threatened or announced act
    "condition": re.compile(r"ما لم تُسلَّم|إذا لم يحملوا سلاحاً|إذا لم تكتمل"),
    # a nominal sentence (no verb) for the setting, the place's name first
    "verbless setting": re.compile(r"^والقريتين واحة|^وسلمى بلدة صغيرة|^ومصفاة الزاوية، ثانية", re.M),
    # a date written in figures after the month's name
    "month and year in figures": re.compile(r"تشرين الثاني 2013|أكتوبر 2020"),
}

# theme (a): a town retaken by two allied forces that then quarrel over who holds it
TOWN_QUARREL = "team135-672"
# theme (b): a Kordofan town left by a rebel alliance and bombed from the air as its people fled
TOWN_BOMBED = "team135-673"
QUARREL_WORDS = re.compile(r"جلولاء|البيشمركة|«الحشد|الأسايش|الإقليم|البلدة")
KORDOFAN_WORDS = re.compile(r"أبو كرشولا|الجبهة الثورية|كردفان|الرهد|الأبيض|النازح")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def quarrel_theme(core, lines, main):
    retaken = bool(main and main.get("acled") == CLASH and "جلولاء" in para_text(lines, main))
    deployed = [g for g in has(core, "MOBILIZE", lines, "البيشمركة") if happened(g)]
    threat = has(core, "THREATEN", lines, "مؤتمر صحفي")
    no_deal = has(core, "AGREE", lines, "الطرفين", first="negated")
    arrested = [g for g in has(core, "COERCE", lines, "الأسايش") if happened(g)]
    accused = [g for g in has(core, "ACCUSE", lines, "البيشمركة") if happened(g)]
    joint = [g for g in has(core, "COOPERATE", lines, "مشتركة") if happened(g)]
    leaving = has(core, "RETREAT", lines, "«الحشد»", first="planned")
    return bool(retaken and deployed and threat and no_deal and arrested and accused and joint and leaving
                and related(core, main, QUARREL_WORDS, lines) * 2 > len(core))


def bombed_theme(core, lines, main):
    bombed = bool(main and main.get("acled") == AIR and "أبو كرشولا" in para_text(lines, main))
    left = [g for g in has(core, "RETREAT", lines, "الجبهة الثورية")
            if happened(g) and g.get("acled") == TRANSFER]
    threat = has(core, "THREATEN", lines, "استاد")
    held = [g for g in has(core, "COERCE", lines, "الأبيض") if happened(g)]
    no_talks = has(core, "CONSULT", lines, "أديس أبابا", first="negated")
    dismissed = [g for g in has(core, "SANCTION", lines, "معتمد") if happened(g)]
    convoy = has(core, "AID", lines, "قافلة", first="planned")
    return bool(bombed and left and threat and held and no_talks and dismissed and convoy
                and related(core, main, KORDOFAN_WORDS, lines) * 2 > len(core))


THEMES = {"a town retaken by two allied forces that then quarrel over who holds it":
          (TOWN_QUARREL, quarrel_theme),
          "a Kordofan town left by a rebel alliance and bombed from the air as its people fled":
          (TOWN_BOMBED, bombed_theme)}


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
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 126-134",
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
             "the countries are not Syria (twice), Iraq, Sudan and Libya"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team135", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
