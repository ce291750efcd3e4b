#!/usr/bin/env python3
"""Check team117.gold.json (the hundred-and-seventeenth team set, team117-581 ... team117-585) against the
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
- the regions: two Syrian articles in two governorates (Hama: Kafr Zita, al-Latamneh, Morek; Latakia:
  al-Ziraa, Latakia, Jableh), one Lebanese in North Lebanon (Bab al-Tabbaneh, Jabal Mohsen, Tripoli), one
  Tunisian in Tataouine (El Kamour, Tataouine, Dhehiba) and one Sudanese in West Darfur (El Geneina, Murnei),
  each main event in one of its region's towns; no governorate, file-name word or accepted place name among
  the places of the first paragraphs of the READMEs of sets 113 and 114, of the model set's regions (set
  115) and of the regions the brief keeps for set 116, which are kept here only as salted digests
  (``goldkit.place_digest``);
- the months: each article published in the month the plan gives it (2013-12, 2014-11, 2017-05, 2019-06,
  2023-07: five different years, ten years apart from first to last); each publication date falls on the
  weekday the plan gives, and the day before it on the weekday the text names for «أمس»;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles (582, 585), and in ¶2–¶5 after another core event in the
  others, never mentioned before its trigger's paragraph; at most two articles let the reports of a toll
  conflict (581, 583), each with two or more attributed sources and the gold keeping the lowest count; every
  toll reported is written in the main event's paragraphs; the no-event paragraphs are not at the same places
  in every article, nor at those of the model set (¶5 with ¶11 or ¶12);
- the set has core events of all sixteen PLOVER types and events of every factuality class as a first label;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the two themes: (a) one article mostly about the wheat harvest under fire (harvest workers killed in the
  fields, the fields set on fire, the blame, a threat to burn the fields, no aid for the burned crops, a
  protest for the farming seasons due, a grain deal, the farmers' union's rejection of the state grain
  board, firebreaks dug together); (b) one mostly about a jobs sit-in at an oil pumping station (the valve
  closed, a protester killed by a National Guard vehicle, the labour union's blame and demand, the defence
  ministry's warning, army reinforcements, coordinators' arrest rumoured, no new measure announced, an
  officer dismissed, talks due, support for the protesters).

    python3 benchmarks/data/articles117/check_gold.py [--no-score]
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
    EXCESSIVE,
    HAPPENED,
    SHELL,
    TYPES,
    main_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team117.gold.json"
N_ARTICLES = 5
SALT = "team117"

# paragraphs that deliberately hold NO gold event (descriptions, standing situations): any event a
# system reports there must count as a false positive. They fall where they fall, never at the model set's
# places.
NO_EVENT_PARAS = {"team117-581": [6, 14], "team117-582": [7, 13], "team117-583": [6, 11],
                  "team117-584": [8, 14], "team117-585": [6, 10]}
MODEL_NO_EVENT_PLACES = ([5, 11], [5, 12])

# where each article is set: (country, first-level division, town of the main event, the Arabic name
# that a dateline-less lead gives in its first sentence, or the place of the main event for a
# dateline article)
REGION = {"team117-581": ("SY", "Hama", "Kafr Zita", "ريف حماة الشمالي"),
          "team117-582": ("SY", "Latakia", "al-Ziraa", "اللاذقية"),
          "team117-583": ("LB", "North Lebanon", "Bab al-Tabbaneh", "باب التبانة"),
          "team117-584": ("TN", "Tataouine", "El Kamour", "الكامور"),
          "team117-585": ("SD", "West Darfur", "El Geneina", "الجنينة")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Hama"): {"Kafr Zita", "al-Latamneh", "Morek"},
                 ("SY", "Latakia"): {"al-Ziraa", "Latakia", "Jableh"},
                 ("LB", "North Lebanon"): {"Bab al-Tabbaneh", "Jabal Mohsen", "Tripoli"},
                 ("TN", "Tataouine"): {"El Kamour", "Tataouine", "Dhehiba"},
                 ("SD", "West Darfur"): {"El Geneina", "Murnei"}}
# the month each article is published in
PLANNED_MONTH = {"team117-581": "2019-06", "team117-582": "2014-11", "team117-583": "2013-12",
                 "team117-584": "2017-05", "team117-585": "2023-07"}
YEAR_SPREAD = 10

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 113 and 114 name (settings, outlet bases, datelines), the model set's regions and outlet bases
# (set 115) and the regions the brief keeps for set 116 (written at the same time); the names themselves
# are not written here
USED_GOV_DIGESTS = frozenset({"00e8ef79639225fe", "021ad70e3f3630d1", "02819c3ff70e4481",
    "094f20da9a7f9e29", "14c6d7c9ec13228d", "17501d74716a41fd", "19b7256862b79402", "202301d4d382e2aa",
    "20707df4f2594e05", "207ccba758f1ca81", "25d823cb2173346d", "27097f2d489eb0fd", "2a563a51de36c09e",
    "2bec46319e252218", "2cd7c39582f3fb42", "2e6f8831c6eac20a", "371060f7aad31708", "3a82f06e89a85889",
    "464f1ef8f77114e0", "4a4d7072c358969f", "4dead1e924ecf742", "5aac04ea140aec87", "660bc731a6ba5a69",
    "6c6ca481aabd57f1", "6d23df042397e9d5", "6ebc7f2cb50c5b3b", "6edb921a9cd14687", "7d80377e8f428585",
    "8603499a971d6e8c", "86557e54b22f016e", "8b40d7effd89bb1b", "8d1ee572c0512e2b", "8dd36f7cfb287c8c",
    "9688dfc2cc08e337", "9cfbace5a6e478a1", "a974b125c39b889e", "ae89791727b09b78", "beb67651c76260d9",
    "c06847b992fd9b6f", "c569fbb7d0b53de7", "d2fd4b951bc7b051", "d6f66bfdf413db10", "d7f733f36ec311fc",
    "dd8cbfda783ce5e4", "defb7dbb6d5868a0", "eb3c874b2c3f17a0", "f2d7a57971d9850a", "f502ee351fcf91c5"})
USED_FILE_WORD_DIGESTS = frozenset({"0068fb3f88dcc4a9", "07833e7b7493b33a", "07968bae6966aeea",
    "0fc14c46ab3d1254", "16190df6eedb74fc", "1a59a0a909c735f6", "1cca6ee18b9850c6", "21e117bd02b0656f",
    "27d9569827e8bc45", "2d66f4059a803b1b", "362a78f3401d4d62", "37216c3194abf61e", "3c9363b5c36f86ab",
    "41960e84363e70d5", "444fd0d99f35bc0e", "477dbd14d13b92ab", "48c1ccc5254389b4", "4a4d7072c358969f",
    "4b11fd9d9ded7a45", "5251bfbf8e691e7c", "5a2fbf152161c0b0", "5dd61f44c04f3525", "6129560a74330718",
    "69355ef2e7fae348", "6ebc7f2cb50c5b3b", "7327b710fcd8756c", "733200ede9aba2ca", "7397185f879f7920",
    "7517ffa6c49d2455", "76cdb4054fb2e8b0", "7e1a8d9c0316a334", "86557e54b22f016e", "87c80894a398c24a",
    "8d1ee572c0512e2b", "8f1a5becf847489d", "978a95235eff2217", "97b01e334e5cceba", "bff3e19246dc37f0",
    "c60d49d84ce20a4a", "c822c45ef515d0c1", "cf1a7b1cb3a99ece", "d1131db5e287c90c", "d1d47f9bdc09f60d",
    "d1fb4b908e3aa31d", "d4b394cb6efea259", "d66cf886e23c8ef8", "d8bab6ae3c7ca444", "e545d80ef49b8d8a",
    "e54a71592ee00855", "e8080923dbf9ba5e", "f056c0202d6d4694", "f75af1fc4054446b", "fef9e5a077375ff1"})
USED_PLACE_DIGESTS = frozenset({"00e8ef79639225fe", "021ad70e3f3630d1", "02819c3ff70e4481",
    "037e33b0db4bbc6f", "094f20da9a7f9e29", "09ca71578b99b8e6", "112fbce2cfca28b9", "11d1e0331d12614f",
    "11e759c30b97f48d", "13a9ca102613cbcd", "13bc0d2c25986f2d", "13f57c279d1bf721", "14c621a31591f35b",
    "14c6d7c9ec13228d", "16bc3de4cef6b3ea", "17501d74716a41fd", "19b7256862b79402", "1bb52df9538de0f9",
    "1cca6ee18b9850c6", "1e55e89ae5fad486", "202301d4d382e2aa", "202acc4a200a94d0", "20707df4f2594e05",
    "207ccba758f1ca81", "2092ef2e3e6f2711", "2536ce8b51de7e48", "25d823cb2173346d", "2672fabefa24c477",
    "27097f2d489eb0fd", "2752fd12e3387aea", "29e43f52004767e8", "2a563a51de36c09e", "2bec46319e252218",
    "2c426a62f56c6836", "2cd7c39582f3fb42", "2e6f8831c6eac20a", "30e766178bef2a22", "332232eaf42813e6",
    "355f82334aeb29bc", "357be98805b84d7e", "36db6e8f796edf17", "371060f7aad31708", "38d9f08790bb4122",
    "39e4339359dfa7d6", "3a0fcd6413aa97fb", "3a82f06e89a85889", "3b26770af37385c2", "3b4007c797c0382f",
    "3eb9da7ee0120ce4", "3f17dbeae059ea0c", "3f5ef3b5b534d705", "4257ab4ac2284cd9", "43929f9fa6ce76e3",
    "440cc10411ce9250", "444fd0d99f35bc0e", "464f1ef8f77114e0", "465510d2d119a367", "4859e5caaa741be7",
    "49f427c1be60b717", "49f451e101470c91", "4a4d7072c358969f", "4b11fd9d9ded7a45", "4c4f07533260335b",
    "4c6d65107c4cc2d3", "4dead1e924ecf742", "4e4f9a154d6f8aa6", "51020986f35dbdcb", "561eaa4d21c0b24e",
    "5630bc641094e633", "586ad37698165be9", "5aac04ea140aec87", "5bf11589f443b775", "5cb74ebc95edb5e7",
    "5d300ec140630b9a", "5f80f647dddf985e", "5fbaa6c159ec5d73", "60a46d747d74f137", "6204e4a9cdf1bca2",
    "652e9fef9688d4ba", "660bc731a6ba5a69", "685fe36393a2a7f1", "688f0ee0f6affd78", "6ba285436678c70c",
    "6c6ca481aabd57f1", "6d23df042397e9d5", "6ebc7f2cb50c5b3b", "6edb921a9cd14687", "6f6ab726693e9fee",
    "7393b3326a06ffbc", "74f5d2fec941b4be", "758b5a48d2b34a4c", "77bc738ed6be37ce", "77f0c9d00cc262b3",
    "79fa01dce5d1bd30", "7b09e305ad954641", "7b7f47a64e0d704e", "7bde2fb82b51fff0", "7d80377e8f428585",
    "7e18596945358211", "7f0d2fde74ec4712", "8603499a971d6e8c", "8632a6fa9c60f671", "86557e54b22f016e",
    "87cfeec98170facf", "8867a6d1a78ce2b9", "8b40d7effd89bb1b", "8c89c1e3910e458e", "8d1ee572c0512e2b",
    "8dd36f7cfb287c8c", "8f7c33bea8e0d5eb", "956f451e5c0f54df", "9688dfc2cc08e337", "9b57e26b397574e4",
    "9cfbace5a6e478a1", "a1989806c88f9ef7", "a1da02a16c1e8caf", "a4667c91dd222956", "a4d627cd9d9fcee1",
    "a5964647a895af8c", "a5d67a4139ca9813", "a660cb6d3810bd5a", "a6c0cd60a5d2dbd5", "a8172bafabc7e215",
    "a824dbf36e8c7486", "a974b125c39b889e", "aa3ba7b074ae8a26", "ae89791727b09b78", "af6d873debcb29b1",
    "b0ec7d80fd8f886a", "b4384c427fbff767", "b7125f1a634d598a", "b72a5c9e8395d6c9", "b904fa9e1f8cd529",
    "b914a36865cba530", "b9184efeb365e830", "baa5b44d953a3b8f", "beb67651c76260d9", "c06847b992fd9b6f",
    "c08cd1431fef8f9c", "c1eebf567da576d7", "c294fccf3892bc55", "c3f9299aafbf6a5c", "c5602184157747c8",
    "c569fbb7d0b53de7", "c5e5bfdfb5376c8a", "c60d49d84ce20a4a", "c9599b12dea84dcc", "cc8cba74a622914f",
    "d0f78012fcbb904f", "d16a10a93b66cbaa", "d2fd4b951bc7b051", "d3cafdb7978aca0b", "d3d8fc055bcd819f",
    "d4132f6521672607", "d447883a954194aa", "d5881748aca9160c", "d6d3bd3bfbcc1cdf", "d6f66bfdf413db10",
    "d72dd1c726677eec", "d7f733f36ec311fc", "d8bab6ae3c7ca444", "daf1b8515ec44a74", "dd8cbfda783ce5e4",
    "de9b64aea696aeed", "defb7dbb6d5868a0", "df51811df704ae2e", "e254a00a155a852b", "e469d9b609eac8de",
    "e479e4bc2dd33d2f", "e509c08ea12e6e9a", "e6e4d8510f60b12d", "e7624f109a32a8d5", "e8b708927d235abf",
    "ea4070b7d37dd535", "eb147220a7609faa", "eb3c874b2c3f17a0", "ee1a2183feadccaf", "ee76bc780bd0e6d9",
    "ef7f5310fda5b071", "efcde8ad0e9595aa", "f056c0202d6d4694", "f2781795ed2fcf3a", "f2d7a57971d9850a",
    "f40c03474c4ee009", "f4e0bae9e238b4a3", "f502ee351fcf91c5", "f62b222c2a3cfd97", "f671d32c59196529",
    "f75af1fc4054446b", "faa2a13ca2de1512", "fbb85e5379e26cf2", "fc06236f0f0b84d5"})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team117-583", "team117-584", "team117-585"}
DATELINE_KIND = {"team117-583": ("طرابلس", "the town of the event"),
                 "team117-584": ("تطاوين", "the capital of the governorate"),
                 "team117-585": ("نيروبي", "a foreign capital")}
# the kind of each outlet (all different) and its base (none a place the plan avoids)
OUTLET_KIND = {"team117-581": "Istanbul-based Syrian opposition radio station's website",
               "team117-582": "Latakia-based pro-government local news network's Facebook page",
               "team117-583": "Tripoli-based local daily newspaper's website",
               "team117-584": "Sfax-based private radio station's website",
               "team117-585": "Nairobi-based Sudanese independent news website"}
OUTLET_BASE = {"team117-581": "Istanbul", "team117-582": "Latakia", "team117-583": "Tripoli",
               "team117-584": "Sfax", "team117-585": "Nairobi"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day
# before it
WEEKDAY = {"team117-581": ("Wednesday", "أمس الثلاثاء"), "team117-582": ("Sunday", "أمس السبت"),
           "team117-583": ("Tuesday", "أمس الإثنين"), "team117-584": ("Monday", "أمس الأحد"),
           "team117-585": ("Thursday", "أمس الأربعاء")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the dateline article 583 names no «أمس»: its night is «ليلة» before «فجر اليوم»
NO_YESTERDAY = {"team117-583"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest,
# ACLED's rule)
TOLL_CONFLICT = {"team117-581": [5, 7], "team117-583": [4, 6]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team117-581": ("فقُتل خمسة منهم", "ارتفع إلى سبعة"),
              "team117-582": ("استشهد ثلاثة مدنيين", "الشهداء الثلاثة"),
              "team117-583": ("وقُتل خلالها أربعة أشخاص", "وإن عدد القتلى ستة"),
              "team117-584": ("ما أدى إلى وفاته",),
              "team117-585": ("قُتل تسعة نازحين",)}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "LB", "TN", "SD"}

SUBJECTS = (r"والمجلس المحلي لكفرزيتا|ولجنة أهالي حي الزراعة|وهيئة العلماء المسلمين في طرابلس|"
            r"والاتحاد الجهوي للشغل بتطاوين")
SUBJECT_VERBS = r"اتهم|اتهمت|حمّل"
# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"من الدفاع المدني مع |بالتعاون مع |واتفق تجار حبوب مع |وبدأت السلطات التشادية مع "),
    "على": re.compile(r"على حي الزراعة|النار على قافلة|على بعد"),
    "ضد": re.compile(r"ضد المحتجين|ضد المساليت|ضد «حكم"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق": re.compile(r"بحسب ما|وفق ما"),
    "نقلاً عن": re.compile(r"نقلاً عن "),
    "reported speech": re.compile(r"(?:أفاد به|ذكره|أكده|قاله) [^.]{2,60}|وقال [^.]{2,80} إن |"
                                  r"قالت [^.]{2,60} إن "),
    "من دون أن": re.compile(r"من دون أن "),
    "passive": re.compile(r"قُتل|شُيّع|دُفن|اعتُقل|أُقيمت|نُقل|صودرت"),
    "possessive actor": re.compile(r"مقاتلي «|أعوان الحرس|أعيان أحياء|منسقي الاعتصام"),
    "quoted acronym": re.compile(r"«سانا»|«يونيسف»|«آر بي جي»|«وات»|«أوتشا»|«سونا»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"استهدفت راجمات|أغلق عشرات|أطلق مسلحون|ووزّع الهلال|واتهمت هيئة"),
    # a subject opening the clause, then its verb
    "subject-verb-object": re.compile(rf"(?:{SUBJECTS})، [^.]+، (?:{SUBJECT_VERBS}) "),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        rf"(?:{SUBJECTS})، (?:الذي|التي) [^.]{{60,}}?، (?:{SUBJECT_VERBS}) "),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"اتهم في بيان[^.]+، وطالب|اتهمت في بيان[^.]+، وطالبت|"
                                           r"حمّل في بيان[^.]+، وطالب|واتهمت هيئة[^.]+، وطالبت"),
    # the hour of an act told after it, in a clause of its own
    "time after the act": re.compile(r"ووقع ذلك قبيل|ووقع ذلك قرابة|وجرى ذلك بين"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"في المقابل، (?:نقلت|تبنّت|قال|قالت|نفت)"),
    # an act named again later by a definite noun
    "definite back-reference": re.compile(r"بعد ساعات من اندلاع الحرائق|وجاء الانتشار بعد|"
                                          r"بعد ساعات من إغلاق الصمام"),
    # a purpose clause
    "purpose clause": re.compile(r"لإنقاذ ما تبقى|لتأمين المدينة|لبحث تكليف|لتأمين المحطة|لتسريع نقلهم|"
                                 r"للاطلاع على"),
}

# theme (a): the wheat harvest under fire
HARVEST = "team117-581"
# theme (b): a jobs sit-in at an oil pumping station
SIT_IN = "team117-584"
HARVEST_WORDS = re.compile(r"القمح|الحصاد|الحقول|حقل|المحصول|المحاصيل|محاصيلهم|الفلاحين|فلاحي|سنابل|"
                           r"حصّادة|الزراعية")
SIT_IN_WORDS = re.compile(r"الاعتصام|المعتصم|للمعتصمين|الكامور|الصمام|الفانة|التشغيل|المحتج")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def harvest_theme(core, lines, main):
    killed = bool(main and main.get("acled") == SHELL and "عمال الحصاد" in para_text(lines, main))
    burned = [g for g in has(core, "ASSAULT", lines, "حقول القمح") if happened(g) and g is not main]
    blamed = has(core, "ACCUSE", lines, "الفلاحين")
    threat = has(core, "THREATEN", lines, "حقل")
    no_aid = has(core, "AID", lines, "المحاصيل", first="negated")
    protest_due = has(core, "PROTEST", lines, "المواسم الزراعية", first="planned")
    deal = [g for g in has(core, "AGREE", lines, "القمح") if happened(g)]
    rejected = [g for g in has(core, "REJECT", lines, "محاصيلهم") if happened(g)]
    firebreaks = [g for g in has(core, "COOPERATE", lines, "الحقول") if happened(g)]
    return bool(killed and burned and blamed and threat and no_aid and protest_due and deal and rejected
                and firebreaks and related(core, main, HARVEST_WORDS, lines) * 2 > len(core))


def sit_in_theme(core, lines, main):
    killed = bool(main and main.get("acled") == EXCESSIVE and "المعتصمين" in para_text(lines, main))
    closed = [g for g in has(core, "PROTEST", lines, "الفانة") if happened(g)]
    blamed = has(core, "ACCUSE", lines, "المحتجين")
    demanded = has(core, "REQUEST", lines, "المحتجين")
    warned = has(core, "THREATEN", lines, "ضخ النفط")
    reinforced = [g for g in has(core, "MOBILIZE", lines, "الكامور") if happened(g)]
    rumoured = has(core, "COERCE", lines, "منسقي الاعتصام", first="rumored")
    no_measure = has(core, "CONCEDE", lines, "المعتصمين", first="negated")
    dismissed = [g for g in has(core, "SANCTION", lines, "الحرس الوطني") if happened(g)]
    talks_due = has(core, "CONSULT", lines, "التنسيقية", first="planned")
    support = [g for g in has(core, "SUPPORT", lines, "للمعتصمين") if happened(g)]
    return bool(killed and closed and blamed and demanded and warned and reinforced and rumoured
                and no_measure and dismissed and talks_due and support
                and related(core, main, SIT_IN_WORDS, lines) * 2 > len(core))


THEMES = {"the wheat harvest under fire": (HARVEST, harvest_theme),
          "a jobs sit-in at an oil pumping station": (SIT_IN, sit_in_theme)}


def weekday_errors(did, d, lines):
    """The publication date falls on the weekday the plan gives, and the day before it on the weekday the text
    names for «أمس»."""
    errs = []
    y, m, day = (int(x) for x in d["published"].split("-"))
    want_en, words = WEEKDAY[did]
    if calendar.day_name[calendar.weekday(y, m, day)] != want_en:
        errs.append(f"{did}: {d['published']} is not a {want_en}")
    text = "\n".join(lines)
    if did in NO_YESTERDAY:
        if "أمس" in text.replace("أمسك", ""):
            errs.append(f"{did}: the plan names no «أمس» in this article")
        return errs
    if words not in text:
        errs.append(f"{did}: the text does not name the day before as «{words}»")
    eve = datetime.date(y, m, day) - datetime.timedelta(days=1)
    name = next(w for w in words.split() if w in AR_DAYS)
    if calendar.day_name[eve.weekday()] != AR_DAYS[name]:
        errs.append(f"{did}: {eve} is not a {AR_DAYS[name]}")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 113-116",
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
             "the countries are not Syria (twice), Lebanon, Tunisia and Sudan"),
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
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team117", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
