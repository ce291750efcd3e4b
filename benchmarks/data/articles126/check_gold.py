#!/usr/bin/env python3
"""Check team126.gold.json (the hundred-and-twenty-sixth team set, team126-626 ... team126-630) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000 to 5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY - «OUTLET»:» (with an en dash) in exactly three articles (626, 628, 629), of
  three kinds that differ from the model set's three (a town of the same governorate near the front, neither
  its capital nor the event's town; a military base near the front where the correspondent is embedded; the
  town where one warring side's general command sits); the two others have none and name their place in the
  first sentence;
- the regions: two Syrian articles, one in Idlib (Khan Sheikhoun, al-Tamanah, al-Habeet and, across the line
  in northern Hama, Morek) and one in the Western Ghouta (Darayya and Moadamiyat al-Sham), one Iraqi in the
  Tikrit area (al-Dour, al-Alam, Albu Ajil, al-Awja, the Speicher base, with the displaced in al-Dujail), one
  Libyan in Benghazi (Ganfouda, al-Sabri, al-Gwarsha, al-Laithi) and one Yemeni on the Sirwah front (Sirwah,
  Raghwan, al-Jufaina, the Sahn al-Jinn camp, al-Juba); the main event in one of the places the plan names for
  its region; each article in the month the plan gives it (August 2019; August 2016; March 2015; January 2017;
  February 2021); no governorate, no word of the article's file name and no accepted place name among the
  places that the first paragraphs of the READMEs of sets 123 and 125 name. Those two sets are blind, so their
  places are not written here: they are kept as salted SHA-256 digests of the names (after
  ``goldkit.norm_place``), and only the digests are compared; a region of this set is compared with every
  place those paragraphs name, not only with their governorates. Three planned regions and one planned place
  were among them and were replaced by nearby ones (see README.md);
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or more
  paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2 to ¶5 after another core event
  in the others, never mentioned before its trigger's paragraph; exactly two articles let the reports of a
  toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- against the model set ``../articles124/``: no article puts its main event, its negated, rumoured, planned or
  dated historical core event or its threat at the paragraph index that the model set's article of the same
  rank uses; no no-event paragraph at an index the model set used for one of its own; the articles with the
  main event first in the lead and those with conflicting tolls are not at the model set's ranks;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere (see ``CONSTRUCTIONS``);
- the themes: one article about a ring closing around an opposition-held town while a foreign army's convoy is
  struck on the road (the battle for the town as the main event, the strike on the convoy, barrel bombs, the
  convoy not reaching its post, shelling near the post, the earlier fall of a town on the way, most core
  events about it); one about a besieged suburb's last days ending in an evacuation deal (the shelling of the
  last field hospital as the main event, the deal, the buses planned, aid not let in, barrel bombs, the
  neighbouring town squeezed, most core events about it); one about an army and militia offensive on the towns
  around a city (the battle for al-Dour as the main event, a roadside bomb, a sniper, air strikes, aid to the
  displaced, a foreign coalition not taking part, most core events about it); one about the last assault on a
  besieged district with families trapped (the storming as the main event, air strikes, a pause announced, the
  families not leaving, an ultimatum, clashes in another quarter, most core events about it); and one about an
  offensive towards a provincial centre with drones and missiles on bases and camps (the battles for the
  district as the main event, drones on a base, a missile on a displaced camp, a second front repelled, tribes
  mobilising, aid, most core events about it).

    python3 benchmarks/data/articles126/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AGREEMENT,
    AIR,
    CLASH,
    MINE,
    SHELL,
    first_label,
    line_spans,
    main_event,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team126.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a witness's words): any event a system
# reports there must count as a false positive. There is no fixed layout: they fall where they fall in each
# article, never at an index the model set used for its own (MODEL_NO_EVENT below).
NO_EVENT_PARAS = {"team126-626": [3, 16], "team126-627": [4, 13], "team126-628": [7, 17],
                  "team126-629": [8, 16], "team126-630": [2, 13]}

# where each article is set: (country, region, place of the main event, the Arabic name that a dateline-less
# lead gives in its first sentence). Three regions of the plan are among the places of the blind paragraphs,
# so each is given here by a nearby region that they do not name (README.md, "Places replaced"): the Western
# Ghouta for 627, the Tikrit area for 628 and the Sirwah district for 630.
REGION = {"team126-626": ("SY", "Idlib", "Khan Sheikhoun", "خان شيخون"),
          "team126-627": ("SY", "Western Ghouta", "Darayya", "داريا"),
          "team126-628": ("IQ", "Tikrit", "al-Dour", "الدور"),
          "team126-629": ("LY", "Benghazi", "Ganfouda", "قنفودة"),
          "team126-630": ("YE", "Sirwah", "Sirwah", "صرواح")}
PLANNED_REGION = {"team126-626": ("SY", "Idlib"), "team126-627": ("SY", "Western Ghouta"),
                  "team126-628": ("IQ", "Tikrit"), "team126-629": ("LY", "Benghazi"),
                  "team126-630": ("YE", "Sirwah")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Idlib"): {"Khan Sheikhoun", "al-Tamanah", "al-Habeet", "Morek"},
                 ("SY", "Western Ghouta"): {"Darayya", "Moadamiyat al-Sham"},
                 ("IQ", "Tikrit"): {"al-Dour", "al-Alam", "Tikrit"},
                 ("LY", "Benghazi"): {"Ganfouda", "al-Sabri"},
                 ("YE", "Sirwah"): {"Sirwah", "Raghwan"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team126-626": "2019-08", "team126-627": "2016-08", "team126-628": "2015-03",
                 "team126-629": "2017-01", "team126-630": "2021-02"}

# the places, regions and file-name words (generic parts of names such as al, el, abu, bir, khan, madinat,
# balad, port, north, umm, red, sea, shaykh, sheikh, ez, wadi, jabal, tell, kafr, bab, souq, suq, nahr, ain,
# ras, tal, tall, city, west, old, square, airport, field, valley and district, and the words of and the, left
# out of the words) that the first paragraphs of the READMEs of sets 123 and 125 name, as digests:
# sha256("team126:" + norm_place(name)), first 16 hex digits, of English and Arabic spellings (country names
# included) and of the non-generic words of the English names. USED_GOV_DIGESTS holds the digests of every
# place those paragraphs name (their governorates and all the rest), so that no region of this set shares its
# name with any of them.
USED_PLACE_DIGESTS = frozenset({
    "0120a8dfa2cd26dd", "043006e08c485083", "0483ec70771918ff", "07e1c02e251313a0", "07ea74d38df37d2a",
    "0803c1f22728c4b3", "08aa0c538840a033", "09042d08d80a6c4e", "099cfe107eefdb97", "0d504d0a09b64626",
    "0e0f819acb5304ad", "0f110b0e2031b225", "0fcacfeaff14d849", "114f87dfa982183e", "11f5a80bca478669",
    "164a4bb262e564c5", "169cb431205faf8f", "171554fb5216f22a", "17d5d4e2479af9e1", "17dfee946744c82a",
    "185b80981590ee8a", "194ea105bb1e1e48", "19a4b4c753a3fa48", "19e67a11aab0fb5d", "1a455c996a8a86ec",
    "1b518cd6a6060617", "1bce918f220dcd22", "1c26c981f4a1248b", "1e6b05714a237788", "217b5a864943d4f7",
    "24cfc6d893696a69", "262dcbf388351e98", "2882f9d7dabb2ac3", "29c82ec3739be34d", "2ab6487332b93ff7",
    "2c0605eda34c47e0", "2c8dd54713b22826", "2fdd9a74ce6dfda3", "30195c13258233d8", "32c2fed45f33d07d",
    "36518621073ab278", "38272bd4f9c2435a", "389658384cb9c8ad", "38d33d3e7d281c53", "3c60a81a187a576b",
    "3d835261ccf80d44", "3e7a5bbe79851f45", "4154e3f8fc888f6b", "429a59f3b6d0f619", "4433ee100bddbf5d",
    "44bf116a5d6ff6e7", "45ce3f41d6b75b30", "47af2b293d868802", "4862d039db434433", "491f0c0a5afe6943",
    "497ccef66dc03db8", "4aa055c46dcd775c", "4abd4201e9dd3594", "4b30ab0d557adc85", "4c04f278e27f25c9",
    "4e48d73f339f85de", "4ffc0fd423ccd2c4", "5308a29089b0a72c", "5413d6ecc11d3f3d", "561f7df86f069afd",
    "571e1aba45067e0a", "5b3be27750f7224a", "5dd3ec09ad18bde8", "5e6a9f7c67afaa38", "614ca52fc62079ff",
    "6285e09730d14369", "62d92bd9250cf5ce", "662be5e36ac19c88", "6b1e8224c84f8bb6", "6eda811199410878",
    "70f2fca6f19d87ff", "747275bc7e16442a", "7480e3d42a720389", "78bd5c94c8ff76a7", "7b184a9c3ffbe797",
    "7c6657f33e1b0ce1", "806bbae7fd353cef", "825f6033a081625e", "85f8cb369b5deb16", "862562ae399cd5a4",
    "89438e8f0eeb9b59", "89cc45227c1e431e", "8b1aea7147bd4a15", "8b8137d9c44dbd5a", "8bbc6e64d0c6c53c",
    "8c73d43ad098f994", "8ee92400384dd5d6", "8f9e0a2453aa2b47", "92059ef94f5cdf4f", "937b9a7403e78cac",
    "93a6fc4f3f3a3bab", "94b6d58f1a5eacc1", "97d03e88d34d2055", "98bfca1929edf1fa", "99952e9dd39949d5",
    "9b6693a2be942698", "9ddff012123b0ae0", "9e6be322226eb8fe", "a1979753607f45e6", "a233c5a2b71f06f0",
    "a2b71b02fbbaa23b", "a36172344e128cfa", "a3e5964a749f3df1", "a51454b4c5c1d7a9", "a54fa5d79fe99ea0",
    "a8f159f40efb17f7", "a93455ca0ded091e", "ac305926d37035d5", "adb7d536162e1239", "af3ad89c3404e0da",
    "b00b53d6a3ee15a0", "b01bd278a9eaf292", "b152080310e6eb09", "b68768666238f70b", "b72aa882aa997d5b",
    "b735374ba5804218", "b7663a230854319d", "b7b84046c16344bd", "b7e64a64c985b1ef", "bc560dbbf1fd557f",
    "bcd03e3373a2917d", "be3d8c94856eb9b8", "bfb5aba383b16a67", "c1758872b4bca614", "c18f134f60b06367",
    "c2d3b9d1a8b280cb", "c348c4071cef97b2", "c3a0d06197be4254", "c6383b7caed95be3", "c7963a63996f5bbb",
    "c8d9a4522274c15c", "c9e964f6c8a35135", "ca08253b97b99542", "cb693e61990aa2f2", "cb766342709765fe",
    "ce2aa215d2c28cc5", "ce3940387e9d46a9", "cee78c655344928f", "cee9166aaa0da19d", "cfdee9ec38249c8e",
    "d00225ed097e3c1d", "d45ff5bb450a3f32", "d60768b5dd05eaec", "d6a22ecb611c7263", "d6d2e40cd5a2121c",
    "d7a39846d59cbef8", "daf3de107206f706", "de67dc0aba106e53", "df63443d08d84380", "e05ed08ead6e6d6d",
    "e0b701363115ab70", "e2819f1176b664c6", "e2c3dfbc27525e5d", "e2e132f0ea49499a", "e5290ce7f9ad94b2",
    "e698c6fee371527e", "e797a734655e9492", "e9cf4d6c3084e0be", "ebe098e016a7b27a", "ec998fd0bf69d314",
    "eca8bbb642184dec", "ed0ec99a90dc18b5", "eecc9f159503f817", "f3392b770fad6f66", "f6b155e3249fd4bc",
    "f6ff8d1352e2572e", "fa53e2a6446710b6", "fb6ccbafd34c06c6", "fd6a7f98856130c7", "fe1da27cf49e58ce",
    "ff97939b7235cbf6", "ffc1a8381148db99",
})
USED_GOV_DIGESTS = USED_PLACE_DIGESTS  # (every place those paragraphs name, governorates included)
USED_FILE_WORD_DIGESTS = frozenset({
    "0120a8dfa2cd26dd", "07e1c02e251313a0", "0803c1f22728c4b3", "08aa0c538840a033", "09042d08d80a6c4e",
    "0e0f819acb5304ad", "114f87dfa982183e", "17dfee946744c82a", "185b80981590ee8a", "194ea105bb1e1e48",
    "19a4b4c753a3fa48", "1b518cd6a6060617", "1e6b05714a237788", "262dcbf388351e98", "2882f9d7dabb2ac3",
    "29c82ec3739be34d", "2ab6487332b93ff7", "2c8dd54713b22826", "2fdd9a74ce6dfda3", "38d33d3e7d281c53",
    "3d835261ccf80d44", "3e7a5bbe79851f45", "429a59f3b6d0f619", "47af2b293d868802", "497ccef66dc03db8",
    "4abd4201e9dd3594", "4c04f278e27f25c9", "4e48d73f339f85de", "5b3be27750f7224a", "6285e09730d14369",
    "62d92bd9250cf5ce", "78bd5c94c8ff76a7", "7b184a9c3ffbe797", "89438e8f0eeb9b59", "89cc45227c1e431e",
    "8b1aea7147bd4a15", "8b8137d9c44dbd5a", "8bbc6e64d0c6c53c", "937b9a7403e78cac", "94b6d58f1a5eacc1",
    "97d03e88d34d2055", "99952e9dd39949d5", "9ddff012123b0ae0", "9e6be322226eb8fe", "a3e5964a749f3df1",
    "a51454b4c5c1d7a9", "a54fa5d79fe99ea0", "a8f159f40efb17f7", "a93455ca0ded091e", "ac305926d37035d5",
    "adb7d536162e1239", "b152080310e6eb09", "b735374ba5804218", "b7b84046c16344bd", "b7e64a64c985b1ef",
    "bfb5aba383b16a67", "c18f134f60b06367", "c348c4071cef97b2", "c3a0d06197be4254", "c6383b7caed95be3",
    "c8d9a4522274c15c", "cb693e61990aa2f2", "ce3940387e9d46a9", "cee9166aaa0da19d", "d45ff5bb450a3f32",
    "d6d2e40cd5a2121c", "d7a39846d59cbef8", "daf3de107206f706", "e2c3dfbc27525e5d", "e2e132f0ea49499a",
    "e5290ce7f9ad94b2", "e698c6fee371527e", "e797a734655e9492", "eca8bbb642184dec", "ed0ec99a90dc18b5",
    "f3392b770fad6f66", "f6b155e3249fd4bc", "fb6ccbafd34c06c6", "ffc1a8381148db99",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names (the model set's
# three kinds were a city in a neighbouring country, the governorate's capital that is not the event's town
# and the event's own city)
DATELINE = {"team126-626", "team126-628", "team126-629"}
DATELINE_KIND = {"team126-626": ("معرة النعمان", "a town of the same governorate near the front, neither its "
                                                 "capital nor the event's town"),
                 "team126-628": ("قاعدة سبايكر", "a military base near the front, where the correspondent is "
                                                 "embedded"),
                 "team126-629": ("المرج", "the town where one warring side's general command sits")}
MODEL_DATELINE_KINDS = {"a city in a neighbouring country", "the governorate's capital, not the event's town",
                        "the event's own city"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team126-626": "Maarat al-Numan-based opposition local news agency's website",
               "team126-627": "Paris-based Syrian exile news website",
               "team126-628": "Najaf-based Shiite religious satellite channel's website",
               "team126-629": "Benghazi-based pro-army private satellite channel's website",
               "team126-630": "Riyadh-based Saudi daily's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team126-626": [9, 16], "team126-629": [7, 11]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# the model set's placements (../articles124/README.md), by rank (its articles 616 … 620): the trigger
# paragraph of the main event, of the negated, rumoured, planned and dated historical core events and of the
# threat; its no-event paragraphs; the ranks of its articles with the main event first in the lead and with
# conflicting tolls
MODEL_PLACES = [
    {"main": 1, "negated": 8, "rumored": 11, "planned": 10, "historical": 3, "threat": 7},
    {"main": 3, "negated": 11, "rumored": 5, "planned": 10, "historical": 12, "threat": 6},
    {"main": 4, "negated": 12, "rumored": 8, "planned": 13, "historical": 7, "threat": 9},
    {"main": 3, "negated": 7, "rumored": 8, "planned": 1, "historical": 16, "threat": 1},
    {"main": 1, "negated": 5, "rumored": 9, "planned": 11, "historical": 15, "threat": 4},
]
MODEL_NO_EVENT = {5, 6, 9, 10, 11, 12, 14, 15}
MODEL_LEAD_FIRST_RANKS = {0, 4}
MODEL_TOLL_CONFLICT_RANKS = {1, 4}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r" مع "),
    "على": re.compile(r" على "),
    "إثر / عقب / جراء": re.compile(r"إثر |عقب |جراء "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب / وفق": re.compile(r"بحسب|وفق "),
    "a threat made conditional with «ما لم»": re.compile(r"ما لم "),
    "«ريثما»": re.compile(r"ريثما "),
    "reported speech «قال/أفاد/ذكر/أكد/أوضح X أن/إن»":
        re.compile(r"(?:قال|قالت|أفاد|ذكر|أكد|أوضح)[^.،]{0,60} (?:أن|إن|بأن) "),
    "passive «قُتل»/«دُفن»/«شُيّعت»/«أُطلق»/«سُلّموا»/«تُسجَّل»/«فُجّرت»/«يُعقد»/«أُحيلت»/«وُوريت»":
        re.compile(r"قُتل|دُفن|شُيّعت|أُطلق|سُلّموا|تُسجَّل|فُجّرت|يُعقد|أُحيلت|وُوريت"),
    "object fronted before its subject": re.compile(r"وسبقت الاتفاقَ ليلةٌ"),
    "a concessive clause opening the sentence": re.compile(r"^ورغم ", re.M),
    "names and acronyms in quotes": re.compile(r"«M5»|«واتساب»|«أوتشا»|«غراد»|«المسيرة»"),
    "possessive actor": re.compile(r"مروحيات الأسد|مروحيات النظام|مسلحو «مجلس شورى ثوار بنغازي»|عصابات داعش"),
    "verb-subject-object":
        re.compile(r"^(?:ودانت|وألقت|ووزعت|وشن|وشنت|ودفعت|ونشرت|واعتقلت|واحتجزت|وأنذر|وناشد|واتهمت|وتوعد|ودعت|"
                   r"ومنح|وأشاد|وأخلت|ووزع) (?:وزارة|مروحيات|العتبة|طيران|مقاتلات|قبائل|الحملة|«الفرقة|«هيئة|"
                   r"الشرطة|قوة|ضابط|المجلس|الهيئة|المتحدث|قيادي|بعثة|الناطق|رئيس|الوحدة|مركز|القيادة|"
                   r"الحكومة|منظمات)",
                   re.M),
    "participle clause for a second event":
        re.compile(r"، و?(?:معتبرة|داعية|محمّلاً|مهدداً|مطالباً|مبدية|واصفاً|محذراً|متعهداً) "),
    "two events joined in one sentence with a second verb": re.compile(r"، وحذرت |، وطالبت |، إذ رفض "),
    "main event told again by another source": re.compile(r"^(?:في المقابل|لكن|ويروي)", re.M),
    "definite noun for the main event's victims":
        re.compile(r"المقاتلين التسعة|ضحايا المستشفى الستة|الشهداء الثمانية|الجنود السبعة|القتلى الستة"),
    "burial, funeral or bodies":
        re.compile(r"^(?:وشيّع|ودفن|وشُيّعت|وأدى المئات صلاة الجنازة|ووصلت إلى المستشفى العسكري)", re.M),
    "«من غير أن» / «من دون أن» negating nothing": re.compile(r"من غير أن|من دون أن"),
}

# theme (a): a ring closing around an opposition-held town while a foreign army's convoy is struck (Khan
# Sheikhoun)
RING = "team126-626"
# theme (b): a besieged suburb's last days ending in an evacuation deal (Darayya)
SIEGE_END = "team126-627"
# theme (c): an army and militia offensive on the towns around a city (al-Dour, east and south of Tikrit)
OFFENSIVE = "team126-628"
# theme (d): the last assault on a besieged district, with families trapped (Ganfouda)
LAST_ASSAULT = "team126-629"
# theme (e): an offensive towards a provincial centre, with drones and missiles on bases and camps (Sirwah)
FRONT = "team126-630"


def ring_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "خان شيخون" in para_text(lines, main)
                and "الطوق" in para_text(lines, main))
    convoy = [g for g in of_type(core, lines, "ASSAULT", "رتل", "«M5»", done=True) if g.get("acled") == AIR]
    barrels = [g for g in of_type(core, lines, "ASSAULT", "براميل", "التمانعة",
                                  done=True) if g.get("acled") == AIR]
    halted = [g for g in first_label(core,
                                     "negated") if main_type(g) == "MOBILIZE" and "مورك" in para_text(lines,
                                                                                                      g)]
    post = [g for g in of_type(core, lines, "ASSAULT", "مورك", done=True) if g.get("acled") == SHELL]
    before = [g for g in first_label(core, "historical") if "الهبيط" in para_text(lines, g)]
    words = ("خان شيخون", "قوات الأسد", "الفصائل", "مورك", "التمانعة", "الطريق الدولي", "التركية")
    return bool(town and convoy and barrels and halted and post and before and mostly(core, lines, words))


def siege_end_theme(core, lines, main):
    hospital = bool(main and main.get("acled") == SHELL and "المستشفى الميداني" in para_text(lines, main))
    deal = [g for g in of_type(core, lines, "AGREE", "إدلب", done=True) if g.get("acled") == AGREEMENT]
    buses = [g for g in first_label(core,
                                    "planned") if main_type(g) == "RETREAT" and "الحافلات" in para_text(lines,
                                                                                                        g)]
    no_aid = [g for g in first_label(core, "negated") if main_type(g) == "AID"]
    barrels = [g for g in of_type(core, lines, "ASSAULT", "براميل", done=True) if g.get("acled") == AIR]
    neighbour = of_type(core, lines, "COERCE", "معضمية الشام", done=True)
    words = ("داريا", "النظام", "معضمية الشام", "الاتفاق", "الحافلات", "المستشفى")
    return bool(hospital and deal and buses and no_aid and barrels and neighbour and mostly(core, lines,
                                                                                            words))


def offensive_theme(core, lines, main):
    town = bool(main and main.get("acled") == CLASH and "الدور" in para_text(lines, main)
                and "الحشد الشعبي" in para_text(lines, main))
    bomb = [g for g in of_type(core, lines, "ASSAULT", "عبوة", done=True) if g.get("acled") == MINE]
    sniper = [g for g in of_type(core, lines, "ASSAULT", "قناص", done=True) if g.get("acled") == CLASH]
    air = [g for g in of_type(core, lines, "ASSAULT", "العوجة", done=True) if g.get("acled") == AIR]
    displaced = of_type(core, lines, "AID", "الدجيل", done=True)
    coalition = [g for g in first_label(core, "negated") if "التحالف" in para_text(lines, g)]
    words = ("الدور", "الحشد", "الدواعش", "التنظيم", "تكريت", "العلم", "الدجيل", "سبايكر")
    return bool(town and bomb and sniper and air and displaced and coalition and mostly(core, lines, words))


def last_assault_theme(core, lines, main):
    storm = bool(main and main.get("acled") == CLASH and "قنفودة" in para_text(lines, main)
                 and "اقتحمت" in para_text(lines, main))
    air = [g for g in of_type(core, lines, "ASSAULT", "قنفودة", done=True) if g.get("acled") == AIR]
    pause = of_type(core, lines, "CONCEDE", "وقف الغارات", done=True)
    families = [g for g in first_label(core, "negated") if main_type(g) == "RETREAT"
                and "العائلات العالقة" in para_text(lines, g)]
    ultimatum = of_type(core, lines, "THREATEN", "مهلة", done=True)
    quarter = [g for g in of_type(core, lines, "ASSAULT", "الصابري", done=True) if g.get("acled") == CLASH]
    words = ("قنفودة", "الجيش", "المسلحين", "القيادة العامة", "بنغازي", "الصابري")
    return bool(storm and air and pause and families and ultimatum and quarter and mostly(core, lines, words))


def front_theme(core, lines, main):
    battles = bool(main and main.get("acled") == CLASH and "صرواح" in para_text(lines, main))
    drones = [g for g in of_type(core, lines, "ASSAULT", "مسيّرتين", done=True) if g.get("acled") == AIR]
    camp = [g for g in of_type(core, lines, "ASSAULT", "باليستي", "مخيم",
                               done=True) if g.get("acled") == SHELL]
    second = [g for g in of_type(core, lines, "ASSAULT", "رغوان", done=True) if g.get("acled") == CLASH]
    tribes = of_type(core, lines, "MOBILIZE", "قبائل", done=True)
    aid = of_type(core, lines, "AID", "الجفينة", done=True)
    words = ("صرواح", "الميليشيا", "الجيش", "القبائل", "رغوان", "الجفينة", "النازحين")
    return bool(battles and drones and camp and second and tribes and aid and mostly(core, lines, words))


#: the blind sets before this one whose places it must not use
LABEL = "sets 123 and 125"


def model_checks(docs):
    """This set's placements against the model set's (error strings): per article, the trigger
    paragraphs of the main event and of the negated, rumoured, planned and dated historical core events and of
    the threats are not the index the model set's article of the same rank uses; no no-event paragraph at an
    index the model set used; the ranks of the lead-first articles and of the conflicting tolls are not the
    model set's; the dateline kinds are not the model set's."""
    errs = []
    lead_ranks = set()
    for rank, d in enumerate(sorted(docs, key=lambda d: d["id"])):
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        spans = line_spans(lines)
        core = [g for g in d["events"] if g["core"]]
        model = MODEL_PLACES[rank]
        found = {"main": set(), "negated": set(), "rumored": set(), "planned": set(), "historical": set(),
                 "threat": set()}
        m = main_event(core)
        if m:
            found["main"].add(trigger_para(m, spans))
            if trigger_para(m, spans) == 1:
                lead_ranks.add(rank)
        for g in core:
            label = g["factuality"][0]
            if label in found and (label != "historical" or g.get("date")):
                found[label].add(trigger_para(g, spans))
            if main_type(g) == "THREATEN":
                found["threat"].add(trigger_para(g, spans))
        for what, paras in found.items():
            if model[what] in paras:
                errs.append(f"{did}: a {what} event at ¶{model[what]}, "
                            "as in the model set's article of that rank")
        same = set(NO_EVENT_PARAS.get(did, [])) & MODEL_NO_EVENT
        if same:
            errs.append(f"{did}: no-event paragraphs at the model set's indexes {sorted(same)}")
        if did in TOLL_CONFLICT and rank in MODEL_TOLL_CONFLICT_RANKS:
            errs.append(f"{did}: conflicting tolls at a rank where the model set has them")
    if lead_ranks & MODEL_LEAD_FIRST_RANKS:
        errs.append(f"the main event first in the lead at the model set's ranks {sorted(lead_ranks)}")
    if {kind for _, kind in DATELINE_KIND.values()} & MODEL_DATELINE_KINDS:
        errs.append("a dateline of a kind the model set used")
    return errs


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a ring closing around an opposition-held town while a foreign army's convoy is struck":
                  (RING, ring_theme),
              "a besieged suburb's last days ending in an evacuation deal": (SIEGE_END, siege_end_theme),
              "an army and militia offensive on the towns around a city": (OFFENSIVE, offensive_theme),
              "the last assault on a besieged district, with families trapped": (LAST_ASSAULT,
                                                                                 last_assault_theme),
              "an offensive towards a provincial centre, with drones and missiles on bases and camps":
                  (FRONT, front_theme)}
    errs = planned_set_checks(HERE, docs, globals(), salt="team126", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Yemeni"))
    return errs + model_checks(docs)


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team126", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
