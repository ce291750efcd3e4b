#!/usr/bin/env python3
"""Check team123.gold.json (the hundred-and-twenty-third team set, team123-611 ... team123-615) against the
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
- a headline and 17 paragraphs, 5,000–5,200 characters an article; five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles (611, 613, 614), of three kinds (the
  town of the event, the capital of the neighbouring governorate, a foreign capital); the two others (612,
  615) name their place in the first sentence instead;
- the regions: two Syrian articles in two governorates (Homs: Homs; Sweida: Sweida, Shahba), one Iraqi in
  Nineveh (Sinuni, Sinjar), one Sudanese in North Darfur (El Fasher) and one Libyan in the Jabal al-Gharbi
  district (Gharyan), each main event in one of its region's towns; no governorate, file-name word or accepted
  place name among the places of the first paragraphs of the READMEs of sets 119 and 120, of the regions the
  brief keeps for set 122 (written at the same time) and of the model set's regions (set 121), which are kept
  here only as salted digests (``goldkit.place_digest``);
- the months: 2017-03, 2023-09, 2022-05, 2024-06, 2019-06 (five years, seven apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (612, 614), and in ¶3–¶5 after
  another core event in the others; the tolls conflict in two articles only (613, 615), each with two
  attributed sources and the gold keeping the lowest count; every toll reported is written in the main
  event's paragraphs; the no-event paragraphs differ between articles and never fall where the model set put
  its own;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a besieged quarter emptied under a deal (611); (b) one mostly
  about a displacement camp cut off from food under siege (614).

    python3 benchmarks/data/articles123/check_gold.py [--no-score]
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
    HAPPENED,
    SHELL,
    TYPES,
    main_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team123.gold.json"
N_ARTICLES = 5
SALT = "team123"

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team123-611": [7, 14], "team123-612": [5, 10], "team123-613": [8, 14],
                  "team123-614": [4, 10], "team123-615": [2, 17]}
MODEL_NO_EVENT_INDEXES = {6, 9, 11, 12, 13, 15, 16}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team123-611": ("SY", "Homs", "Homs", "الوعر"),
          "team123-612": ("SY", "Sweida", "Sweida", "السويداء"),
          "team123-613": ("IQ", "Nineveh", "Sinuni", "سنوني"),
          "team123-614": ("SD", "North Darfur", "El Fasher", "أبو شوك"),
          "team123-615": ("LY", "Jabal al Gharbi", "Gharyan", "غريان")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Homs"): {"Homs"},
                 ("SY", "Sweida"): {"Sweida", "Shahba"},
                 ("IQ", "Nineveh"): {"Sinuni", "Sinjar"},
                 ("SD", "North Darfur"): {"El Fasher"},
                 ("LY", "Jabal al Gharbi"): {"Gharyan"}}
# the month each article is published in
PLANNED_MONTH = {"team123-611": "2017-03", "team123-612": "2023-09", "team123-613": "2022-05",
                 "team123-614": "2024-06", "team123-615": "2019-06"}
YEAR_SPREAD = 7

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 119 and 120 name (settings, outlet bases, datelines), the regions the brief keeps for set 122
# (written at the same time), the model set's regions, places and outlet bases (set 121), and the words of
# the file names of sets 18 and 121; the names themselves are not written here
USED_GOV_DIGESTS = frozenset({
    "0111c1a9970152b0", "0a328d3327221240", "0beca75bf2fc6dcb", "0f5bcfadc2b34329", "12a65b41a7c09277",
    "1630a1c10e34e0c6", "1cb5ebc8cc9aad12", "1e7c025e72287ef5", "1ee6b23b923cd0b2", "223bc13633806e4a",
    "2855be30bcb06f0d", "2c2e269e22a6e5e7", "30c3577235927e05", "30d8a019f3e3c423", "31582d30dd3baaf1",
    "327396c7d0f6810b", "337d183ce2c5bb40", "3f6c70468302c892", "3fc99282eaeffe91", "506c90eea24ff247",
    "531fc6e3b1a885ea", "53c26a87df4e6d8e", "55a71cc50c5806bd", "5e698ef8896d8734", "6367fa43cf0ff0b4",
    "69f55c0fd046597f", "77447077e031b14f", "79730ddb92c1b072", "7bb1758fcd9916bd", "82c464ce5fa55319",
    "851331a0ba0c02fb", "8c944bab750fd4e7", "96e5aaa498958a39", "9a158e877d51d62e", "a5b40597ff40d15b",
    "acbe1cabfa55d688", "b9192fb0d4763916", "be395411af8eeeab", "c0096bbf3dd323a3", "c5703eda325003e0",
    "c8abf0f5c5c064a3", "c8c62fdec01c4549", "d23f074dc45ad69f", "d2ea1045280f12f5", "e0726f933d7c8959",
    "e5ace851c0a4d9e4", "ea0dd53dba195c5b", "fe059e775abcbd1d",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "04495fe89c54a890", "055620ee35b56d10", "07cb46431ce3359d", "08aaed3b71985a4f", "0a19091f669680c9",
    "0bd911b23c1a81a4", "0d71201e52521f34", "16df8819631608e9", "28d6858212213128", "2c0487c5f3e69ce3",
    "327396c7d0f6810b", "39b15087e3bfe5de", "3c70d1c4d5612655", "3c7b5712f796c8ef", "3f6a095e817c1cf6",
    "41b82a959f292308", "44a89af9b1fc6bf4", "47e4de211a66d85b", "531fc6e3b1a885ea", "53c26a87df4e6d8e",
    "543a08d8ca3aa229", "57d97ffe25f5bf5b", "57f94e5bccd772e8", "5879e2ed892f2e8a", "64181638c5ea754e",
    "6477571a0195ac0e", "6763aa53843e161f", "6764be80208daa83", "677ab503c316e253", "6a199d37f1c7d082",
    "7861c475c29a0be5", "79730ddb92c1b072", "8839b1d57e747435", "8a3b964a94b257a2", "8cfc571535617373",
    "95bb8cefc65f86a7", "a3954b7bd60e4091", "a80ceb6cec5059b0", "b2b244103bd88fdd", "b7c399b3b3ff3d76",
    "bad5e06b7ec85438", "c035e74d23b4b08e", "c7ae1f3746a7b4fc", "c8abf0f5c5c064a3", "ce16f2eb06b31683",
    "ddc053f82021629a", "e189327d3f07361c", "e66d62c674068336", "ed1257af142b0e96", "fe059e775abcbd1d",
    "feb1e38df54925b1",
})
USED_PLACE_DIGESTS = frozenset({
    "0111c1a9970152b0", "01f1931bef094620", "0215e4fc13ccfa53", "02774c58aae72f64", "0328f85416eec320",
    "033b0a15de3af27b", "04495fe89c54a890", "0522faa12dd57935", "0621cdef41cf31cd", "0a20d1d1ad27e49f",
    "0a328d3327221240", "0ac4a14a88447e40", "0beca75bf2fc6dcb", "0c7ad8a771af5bb2", "0d7a91a0e8051886",
    "0de5059e365e10b5", "0f5bcfadc2b34329", "0fa7733171dfa9b3", "0fc55bea9452348f", "11c473ae51532ae5",
    "122da2e9e27226e9", "12a65b41a7c09277", "136e7a7276ebac2a", "14a543a1a2dcab54", "14b647c523a594a9",
    "161a8340aee3a9a4", "162bbc40ca1fd8c3", "1630a1c10e34e0c6", "163918473ba9509c", "163e1215941db90c",
    "165195816ffddcf4", "193d4ba7729933d5", "19e4a42791cdef41", "1a453d94ae033229", "1c3e3f73174abe73",
    "1ca50b9d5f2e7d0a", "1cb5ebc8cc9aad12", "1ccb6ff3f551268e", "1e7c025e72287ef5", "1eb427b2c5e73d98",
    "1ee6b23b923cd0b2", "1f94472a57b4577b", "20a6ed9365c6ef57", "2103810b001b78d3", "210e59fa0708e749",
    "21b2b61c39a78e97", "223bc13633806e4a", "2286088f10b2f126", "248460060a2c5f36", "258efecd58e5b844",
    "2855be30bcb06f0d", "28d6858212213128", "290ca7410c6ceaf2", "2935e6afc8b4c715", "2991d729a8e8d41d",
    "2af47313a66ff9c9", "2c0487c5f3e69ce3", "2c2e269e22a6e5e7", "2c7ef3e31ce74aa1", "2faa9bb174e811c9",
    "30c3577235927e05", "30d8a019f3e3c423", "310f0620ca0f708c", "3145359d834bbe69", "31582d30dd3baaf1",
    "31bcfdf79582ce85", "327396c7d0f6810b", "337d183ce2c5bb40", "3448cdb048f2d6fb", "3713621c4272bcaa",
    "3936c26de3828ec1", "3988841811bee44f", "39b15087e3bfe5de", "3a039f2f5373dfdc", "3a7af209bd6018e4",
    "3b5c0a201c9a0f0e", "3d43476dc34189b0", "3f6c70468302c892", "3fc99282eaeffe91", "40d6b6d581ea9d3c",
    "4249394663db133c", "42d6104546280bb7", "42fda24e8b75f337", "4394d7684482b029", "4495a28e7b49237a",
    "474160f3dd9efbaa", "47a229a48883fb3e", "49b0cfe4fac5efc1", "4b2362bf5527b4ed", "4c088945a311cf1f",
    "4dc2b2fa6b61181c", "506c90eea24ff247", "51090ea95e976053", "5253648b8ff44cf3", "531fc6e3b1a885ea",
    "53c26a87df4e6d8e", "53d8f52af0a4e785", "55a71cc50c5806bd", "57d9d13f5109f027", "586b3cda79bed94d",
    "5879e2ed892f2e8a", "598d13d32bc68359", "5cb707de0d466e97", "5d3f202bf2a59b42", "5e44ed5fdbcd50ae",
    "5e698ef8896d8734", "5f1682ce545250b9", "604d159a6d2a1aea", "607b776fb6ccce0e", "613fb59ad99f32cb",
    "617ee2fd2e90d624", "6367fa43cf0ff0b4", "646b05dc6c153db5", "647bdd3d1b1e65e7", "64e0cc250a7bba4e",
    "6763aa53843e161f", "67663270dc9ea6f7", "6804d14f9873e592", "697d2cf92f4f2007", "69a51d90f96a5a4a",
    "69afb79b0dc01a1b", "69f55c0fd046597f", "6c87576a9661e8f4", "6cb8b24ecb3efb10", "6d28a9a972629093",
    "6e64cf4a7666dae9", "71987c2fc5f8f347", "73136013da75a27f", "759df791809eaf99", "77447077e031b14f",
    "7861c475c29a0be5", "79730ddb92c1b072", "7b989d6a33361f31", "7bb1758fcd9916bd", "7cc1b6e5e32e23ab",
    "7dd5bcf47a4ce070", "7de4abbee4a33b27", "7e8f2b0611c3d3e7", "7f8d7521ae9e67e3", "7fe798a39617e837",
    "81ef9352f4af6fad", "82c464ce5fa55319", "84f84d4f170d243f", "851331a0ba0c02fb", "85d6e0e987d3479d",
    "89c0ddb39eea6bf6", "8a4928be736c42e7", "8ab2d2608274db28", "8c944bab750fd4e7", "8e3f3bcab150d4c5",
    "8eb4e2754b56a949", "90134a539c5028de", "9083525fff076442", "929be0019cbf0529", "9590305531132c57",
    "95c699a5c9415f9f", "9691f37aafb7e90a", "96e5aaa498958a39", "98d2129474468156", "992cf5ba12823aea",
    "9a158e877d51d62e", "9a7dcca466325a6b", "9b08e04e91f48b5e", "9bd336054ebab027", "9d91c7b9ede22aa1",
    "9eb218e4d7250ecf", "9f96baf2e1b20328", "9fdb6e04565bf2fb", "a18f775d846aff35", "a1a58f757ee06195",
    "a1a5d80bc9cf212c", "a1c9d5a68a116aa5", "a4a22b91f7acf521", "a4af423d88dcf509", "a5a9fbd9d344084c",
    "a5b40597ff40d15b", "a661d757d81174d9", "a7496565a2cd86f2", "a7839c0b9c120bcb", "aa8586855386b838",
    "ab7b87eadecf073c", "ac9f313460b79d1c", "acbe1cabfa55d688", "ad2f9cd812849c76", "ae70cf3a6aa2d150",
    "b786f790277e40f3", "b7c399b3b3ff3d76", "b825cb73d09cd26f", "b9192fb0d4763916", "bad5e06b7ec85438",
    "bae1b229e986c0e4", "bc318540dddb351b", "bcdf44cc0ea59775", "bd9a89deeb141a35", "be395411af8eeeab",
    "c0096bbf3dd323a3", "c08b8daa4a1691ef", "c1bba251ed8aea8f", "c4e215e94cf89e6e", "c5703eda325003e0",
    "c73be411622b91fd", "c8abf0f5c5c064a3", "c8c62fdec01c4549", "c9852c43e8157ceb", "c9bee5786964ccd0",
    "cb9702e2f0dfa9c6", "cba7ca0d0bcbb073", "cd0ef05b6f504122", "cd17b4f3e2aaa598", "ce41c72deead4b4f",
    "d23f074dc45ad69f", "d2ea1045280f12f5", "d3b16fddb85fe9df", "d3c28564e2aec53d", "d44d1deaef5a748d",
    "d5c108f0b6761730", "d78a7c8fb09f0b1f", "d7dec314c5411b14", "d803e5965c400daf", "d85d5f35eb2b2567",
    "d8dcc0a781b233a4", "dac66871c13a811a", "dea82f5c0406d643", "debe467ea282c66e", "df1af590da1d5cea",
    "df85cde55bd44979", "e0266db5131c4209", "e0726f933d7c8959", "e25a730b698b7238", "e286f35b3a3fe069",
    "e40021ea88027f71", "e4c0f16a661443bb", "e4c8dff3bb472768", "e5578419f4a3053a", "e5ace851c0a4d9e4",
    "e6e804ef6a17ddae", "e79b9b3eab00dee0", "e7e2a4a394508434", "e8b01a2d02b611d1", "ea0dd53dba195c5b",
    "ec504033489b4c82", "ed641a699a463ded", "ef256fa4dc4b6350", "ef958be689533ef0", "efaf30195fcf8d51",
    "f3739a59ccde49d6", "f51be4d79a04b568", "f57ec4085e0944c8", "f71782be74c9403f", "f7a9537be00dbad0",
    "f9f37ec61fe52b21", "fa08bf420b5a5b52", "fa240df06a0ccad4", "fa327c2dbabe1235", "fe059e775abcbd1d",
    "fe1d167d1b4512fd", "ff2a61c306125fa2", "ffac4aa3b90e408b",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team123-611", "team123-613", "team123-614"}
DATELINE_KIND = {"team123-611": ("حمص", "the town of the event"),
                 "team123-613": ("دهوك", "the capital of the neighbouring governorate"),
                 "team123-614": ("القاهرة", "a foreign capital")}
# the kind of each outlet (all different, none of the model set's kinds) and its base
OUTLET_KIND = {"team123-611": "Istanbul-based Syrian opposition radio station's website",
               "team123-612": "Sweida-based local news network's Telegram channel",
               "team123-613": "Duhok-based Kurdish party-affiliated daily's website",
               "team123-614": "Cairo-based Sudanese exile news website",
               "team123-615": "Nalut-based Amazigh community news website"}
OUTLET_BASE = {"team123-611": "Istanbul", "team123-612": "Sweida", "team123-613": "Duhok",
               "team123-614": "Cairo", "team123-615": "Nalut"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team123-611": ("Wednesday", "أمس الثلاثاء"), "team123-612": ("Tuesday", "أمس الإثنين"),
           "team123-613": ("Thursday", "أمس الأربعاء"), "team123-614": ("Saturday", "أمس الجمعة"),
           "team123-615": ("Sunday", "أمس السبت")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team123-611", "يوم السبت المقبل", "2017-03-25"),
         ("team123-612", "يوم الجمعة المقبل", "2023-09-22"),
         ("team123-613", "يوم الأحد المقبل", "2022-05-29"),
         ("team123-614", "يوم الإثنين المقبل", "2024-06-17"),
         ("team123-615", "يوم الثلاثاء المقبل", "2019-07-02")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team123-613": [4, 7], "team123-615": [4, 6]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team123-611": ("مقتل أربعة مدنيين", "القتلى الأربعة"),
              "team123-612": ("قُتل شابان", "القتيلين"),
              "team123-613": ("مقتل أربعة أشخاص", "بلغ سبعة"),
              "team123-614": ("بحياة سبعة أشخاص", "قتلاهم السبعة"),
              "team123-615": ("مقتل أربعة مدنيين", "القتلى ستة")}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "SD", "LY"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"مع الجانب الروسي|مع حكومة الإقليم|بالتنسيق مع الجيش|مع أهالي غريان"),
    "على": re.compile(r"على باحة مدرسة|على موكب من|على سوق معسكر|على سوق الخضار"),
    "ضد": re.compile(r"ضد «الأفرع الأمنية»"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما|وفق حصيلة|وفق قرار"),
    "reported speech": re.compile(r"وقال[^.]{2,80} إن |وقالت [^.]{2,80} إن |وروى [^.]{2,80} أن "),
    "passive": re.compile(r"أُطلقت|أُطلق سراحهم|نُقلوا|نُقلا|شُيّع|أُضرمت|ووُري|ووريت|فُقد"),
    "possessive actor": re.compile(r"مسلحي «اليبشة»|مقاتلي القيادة العامة|عناصر حاجز تابع"),
    "quoted acronym": re.compile(r"«سانا»|«اليبشة»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"وانتشرت عشرات|ودفع الجيش العراقي|واحتجزت عناصر|"
                                      r"وأوقفت وزارة الداخلية|ونشرت «القوة المشتركة"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"(?:ولجنة التفاوض عن أهالي الوعر|و«الهيئة العامة للحراك السلمي»)، (?:التي|وهي) [^.]{40,}?، حمّلت "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"حمّلت[^.]+، وطالبت|واتهم المجلس الروحاني[^.]+، وطالب|"
                                           r"وحمّلت «تنسيقية[^.]+، وناشدت|تضامنه[^.]+، وطالب"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"أما وكالة «سانا»|أما قيادة الشرطة|أما قيادة العمليات المشتركة|"
                                           r"نفت «قوات الدعم السريع»|من جهته، قال المركز الإعلامي"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"وقبل ساعات من انطلاق الحافلات|وجاء وصول الرتل بعد|"
                                 r"ولم تمضِ ساعات على نشر صور الأسرى|عن مقتل الشابين"),
    # a purpose clause
    "purpose clause": re.compile(r"لتسجيل أسمائهم|لتسهيل خروج العائلات|لإجلاء الجرحى|لحماية النازحين|"
                                 r"لتسوية أوضاعهم"),
    # the hour of an act told in a sentence of its own
    "the hour on its own": re.compile(r"وكانت الساعة تقارب|وسمع السكان دوي الانفجار"),
    # a negation that negates no event
    "silence": re.compile(r"ولم تتطرق إلى خسائرها|ولم يتبنَّ أحد الضربة|ولم يتسنَّ"),
    # a failure verb that negates the act it governs
    "failure verb": re.compile(r"وأخفق «برنامج الأغذية العالمي»"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وبالتنسيق مع الجيش العراقي، فتحت"),
}

# theme (a): a besieged quarter emptied under a deal
EVACUATION = "team123-611"
# theme (b): a displacement camp cut off from food under siege
CAMP = "team123-614"
EVACUATION_WORDS = re.compile(r"الوعر|حمص|الحافلات|الدفعة|التهجير|الاتفاق|التفاوض|الحي")
CAMP_WORDS = re.compile(r"الفاشر|معسكر|النازحين|زمزم|أبو شوك|الدعم السريع|الغذاء")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def evacuation_theme(core, lines, main):
    shelled = bool(main and main.get("acled") == SHELL and "قوائم" in para_text(lines, main))
    left = [g for g in has(core, "RETREAT", lines, "حافلة") if happened(g)]
    escorted = [g for g in has(core, "MOBILIZE", lines, "الشرطة العسكرية الروسية") if happened(g)]
    eased = [g for g in has(core, "CONCEDE", lines, "الموظفين") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "الروسي")
    demanded = has(core, "REQUEST", lines, "الأمم المتحدة")
    threat = has(core, "THREATEN", lines, "باقتحام")
    offer = has(core, "AGREE", lines, "عرض", first="rumored")
    no_medicine = has(core, "AID", lines, "أدوية", first="negated")
    next_batch = has(core, "RETREAT", lines, "الدفعة الثالثة", first="planned")
    return bool(shelled and left and escorted and eased and blamed and demanded and threat and offer
                and no_medicine and next_batch
                and related(core, main, EVACUATION_WORDS, lines) * 2 > len(core))


def camp_theme(core, lines, main):
    shelled = bool(main and main.get("acled") == SHELL and "معسكر" in para_text(lines, main))
    seized = [g for g in has(core, "COERCE", lines, "شاحنات") if happened(g)]
    no_food = has(core, "AID", lines, "زمزم", first="negated")
    blamed = has(core, "ACCUSE", lines, "الدعم السريع")
    appealed = has(core, "REQUEST", lines, "مجلس الأمن")
    threat = has(core, "THREATEN", lines, "الفاشر")
    sanctioned = [g for g in has(core, "SANCTION", lines, "الدعم السريع") if happened(g)]
    guarded = [g for g in has(core, "MOBILIZE", lines, "النازحين") if happened(g)]
    convoy_due = has(core, "AID", lines, "قافلة", first="planned")
    met = [g for g in has(core, "CONSULT", lines, "معسكر") if happened(g)]
    return bool(shelled and seized and no_food and blamed and appealed and threat and sanctioned and guarded
                and convoy_due and met and related(core, main, CAMP_WORDS, lines) * 2 > len(core))


THEMES = {"a besieged quarter emptied under a deal": (EVACUATION, evacuation_theme),
          "a displacement camp cut off from food under siege": (CAMP, camp_theme)}


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
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 119-122",
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
        if set(NO_EVENT_PARAS[did]) & MODEL_NO_EVENT_INDEXES:
            errs.append(f"{did}: a no-event paragraph at an index the model set used")
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
             "the countries are not Syria (twice), Iraq, Sudan and Libya"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team123", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
