#!/usr/bin/env python3
"""Check team108.gold.json (the hundred-and-eighth team set, team108-536 ... team108-540) against the article
files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles, one in Deir ez-Zor (its eastern countryside) and one in Homs (its
  northern countryside), one Iraqi in Nineveh, one Sudanese in West Darfur and one Egyptian in North Sinai,
  the main event in one of the places the plan names for its region, each article in the month the plan
  gives it (November 2018, April 2018, September 2017, June 2023, February 2018); no governorate, no word of
  the article's file name and no accepted place name among the places that the first paragraphs of the
  READMEs of sets 105 and 107 name. Those two sets are blind, so their places are not written here: they are
  kept as salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are
  compared;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», passives, an
  acronym in quotes, a possessive actor, a verb–subject–object and a subject–verb–object sentence, a long
  parenthetical between a subject and its verb, two events joined in one sentence with «و» and a second verb,
  a time told after the act in its own clause, a main event told again by the other side, a definite noun
  for the main event's victims later on, a purpose clause, a burial or funeral, and «من دون أن» that negates
  nothing;
- the themes: one article mostly about a ground push against a last pocket, and denials (villages entered
  one by one after clashes, a counter-attack in a sandstorm, a strike with civilian deaths that the accused
  side says it is checking as the main event, a second strike the same night that the accused side denies,
  families leaving through the desert, most core events about it); one mostly about a truce, its breaches
  and an evacuation deal (a ceasefire announced, a breach as the main event that each side blames on the
  other, committees meeting and a deal agreed, buses leaving, heavy weapons handed over, some refusing, most
  core events about it); one mostly about the days after a battle (a mass grave, arrests at a screening
  point, displaced returning and others prevented, a car bomb defused, a tribal pact, a booby-trapped house
  as the main event, most core events about it); ordinary conflict reporting in West Darfur (an attack on a
  quarter and its market as the main event, a curfew, people fleeing to Chad, aid blocked, a committee's
  call, a threat by a force named in its statement); and a security bulletin from North Sinai (an attack on a
  checkpoint as the main event, raids with militants killed, explosives defused, a curfew extended, schools
  closed).

    python3 benchmarks/data/articles108/check_gold.py [--no-score]
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
    ARREST,
    ATTACK,
    CLASH,
    first_label,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team108.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team108-536": [7, 13, 16], "team108-537": [7, 13, 16], "team108-538": [7, 13, 16],
                  "team108-539": [7, 13, 16], "team108-540": [7, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team108-536": ("SY", "Deir ez-Zor", "al-Susah", "هجين"),
          "team108-537": ("SY", "Homs", "Teir Maalla", "حمص"),
          "team108-538": ("IQ", "Nineveh", "Tal Afar", "تلعفر"),
          "team108-539": ("SD", "West Darfur", "El Geneina", "الجنينة"),
          "team108-540": ("EG", "North Sinai", "Sheikh Zuweid", "الشيخ زويد")}
PLANNED_REGION = {"team108-536": ("SY", "Deir ez-Zor"), "team108-537": ("SY", "Homs"),
                  "team108-538": ("IQ", "Nineveh"), "team108-539": ("SD", "West Darfur"),
                  "team108-540": ("EG", "North Sinai")}
# the places the plan names for each region (the main event takes place in one of them); one town of the
# brief was replaced by another town of the same governorate because an earlier set used it
PLANNED_TOWNS = {("SY", "Deir ez-Zor"): {"Hajin", "al-Susah", "al-Shafah", "al-Bukamal"},
                 ("SY", "Homs"): {"al-Rastan", "Talbiseh", "al-Houla", "Teir Maalla"},
                 ("IQ", "Nineveh"): {"Tal Afar", "Hammam al-Alil", "Bashiqa", "Tel Keppe"},
                 ("SD", "West Darfur"): {"El Geneina", "Misterei", "Kreinik", "Sirba"},
                 ("EG", "North Sinai"): {"al-Arish", "Sheikh Zuweid", "Rafah", "Bir al-Abd"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team108-536": "2018-11", "team108-537": "2018-04", "team108-538": "2017-09",
                 "team108-539": "2023-06", "team108-540": "2018-02"}

# the places, governorates and file-name words (generic parts of names such as al, tal, tel, jabal, kafr,
# bab, dar, bir, khan, ain, wadi, abu, ras, south, north, east, west, city, road, camp, river, desert, state
# and country names left out) that the first paragraphs of the READMEs of sets 105 and 107 name, as digests:
# sha256("team108:" + norm_place(name)), first 16 hex digits. The governorates of this set's own five regions
# are left out of the digests whether or not those paragraphs name them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "000f983f36c797dc", "03b52dd64755fc6e", "056266bcf42ac488", "0628c0fb0aadae2b", "07b19e90c17d7ebf",
    "088f8f68e6edd9f9", "0ab03810df3c3a62", "0bb5eb225baeea27", "0cc20a3657fedfa3", "0d38d32d88498aed",
    "0f1a2d7807785f3c", "0f4d86a339891761", "147bb3964776035f", "147cc2c9c567039c", "1650bc2eee154816",
    "179193a66a472f68", "17a2c45b1bbf6ce4", "195096c128ac3070", "1962ec0457bd99a1", "1c2d9fe6d1bca98a",
    "1ccf46ed18186511", "1daf100fc80d4584", "1dc13877c432ca5e", "2009efc6b64cc2c0", "21945def2d934b8c",
    "231fa2d8e0a12e86", "23a1e7ab97aa28c8", "25f3460ec70db750", "26f7409b62b202dd", "280fe4d047c78362",
    "2acead83b7d6fc79", "2ae629824dbf5a99", "2af7c0c9aadc87c9", "2c813c7254fb143c", "2f62f90ff0f91b52",
    "31788a0decfdb9c5", "3183e40b431f09d0", "31fa870aebdedef9", "3223da3bead0e519", "329496f58287f1a4",
    "33a9b48e63d5ee8e", "369e1465327f67b4", "39252b8a47dbd799", "3c9e2e67be50624a", "3f9733f04fb8134b",
    "40002e437207471d", "431c70dd818857d4", "485a5643c3c89d9c", "4b153f13b22bd040", "4c396e7dad047a02",
    "5242a3263465e149", "5335e3cb54b921b5", "537271ff041bf3e3", "5547e755b3341da0", "55d1b54a7fcd7707",
    "5663ea6d851ad8f6", "5a8ef8a098ce7038", "5c7708d2d8cdc3cf", "5dda914fbc9f4a13", "5eae7e96d7a25508",
    "5f6c848e8f8a7f79", "604fe0ba9d14d5f4", "6370ded571bd75fa", "637d7b5c548e7db5", "642324202ffbbf6b",
    "652cef46a82e7866", "666457e6d2a51949", "674bab60e6809a80", "68d41929df7567f4", "6b73d5aa179ddc6d",
    "6e05d003e0b5b785", "708228d4c1977ca3", "7451eb4ed5e3dc7d", "7463e91636363699", "75faa21994d40b08",
    "7625f1050b572e21", "766186b360e29a2a", "76bf4cb038d4ce8d", "77c3887a9fb1301a", "7b0314ab74851c08",
    "7bfa7128b32d2e99", "7c323f54feb4f89b", "805d33627ed1fb06", "81c0996d64d50d84", "82c2933422554bae",
    "8a219b977e05fd01", "8a9fd4d6057042d7", "8ddf7efe8297feea", "8dfc25fde0c333f1", "8ff8b8878833a824",
    "9293d8a44b06afc2", "963506bbb40e1e5b", "97c293b63ca0e49c", "99037d2fb09d1d19", "9c9553443f35bb6b",
    "a0f197c7ef1cfd6d", "a0fd790d94852ca3", "a2ac393f0441b799", "a2d562a82de999b0", "a457adfe2f4e4eba",
    "a96cf0c098f922dd", "a9b30e356fff306b", "ab0a8450f0d5001b", "abedf3dc76665870", "abf3d45f23d7ac95",
    "abf6aa3d21b2da96", "acfac0464101439f", "ad3d249146a8fb32", "adc988b3233ba243", "b0008b3d0172cf7c",
    "b01b2c61f54907d6", "b3dd2925a80d3d8f", "b8291d455072f73c", "b98c428140955bad", "b9e2cfd6c00bface",
    "ba7d714393ebfced", "bbe14c438fb90534", "bbffa1fd00eb65c9", "bc9dd88de0b4bcb2", "be3eb3344d81cdf3",
    "bf6e922a451041b3", "bfb295975cad34d8", "bfc96ed16ac82637", "c3fe59788efd2357", "c63dfe600b9201fc",
    "c73c1848b69fd9ea", "c767a5bb6b8ef6f0", "cb59edf4fc01c399", "cceb9a57028e8891", "d3f9aa09419d8e17",
    "d53ad13ed2061096", "d99e0e670fe81432", "da5e9ac437a07f18", "da891382f85f246b", "dbd8c2d002aac0e6",
    "dd22c5609313e022", "ddaa694c540368c7", "df15e9ae969faf7f", "e5b85c198850d9f9", "e7b574fbc79114c2",
    "e9a66ef58d90ca78", "ee5ab44f67f63fe7", "efba3384ff6e32e7", "f11e583e0f98b565", "f54faf61229f3311",
    "f5731438f752486a", "f9f0e6b41a98c417", "fa74a802650b5018", "fc4273cd635ef71d",
})
USED_GOV_DIGESTS = frozenset({
    "07b19e90c17d7ebf", "0bb5eb225baeea27", "17a2c45b1bbf6ce4", "1962ec0457bd99a1", "280fe4d047c78362",
    "33a9b48e63d5ee8e", "431c70dd818857d4", "674bab60e6809a80", "7451eb4ed5e3dc7d", "7463e91636363699",
    "7b0314ab74851c08", "8ddf7efe8297feea", "8ff8b8878833a824", "97c293b63ca0e49c", "a0fd790d94852ca3",
    "a457adfe2f4e4eba", "bfc96ed16ac82637", "c767a5bb6b8ef6f0", "d53ad13ed2061096", "df15e9ae969faf7f",
    "f11e583e0f98b565",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "000f983f36c797dc", "03b52dd64755fc6e", "088f8f68e6edd9f9", "0ab03810df3c3a62", "0bb5eb225baeea27",
    "0cc20a3657fedfa3", "0d38d32d88498aed", "0f4d86a339891761", "147bb3964776035f", "1650bc2eee154816",
    "1c2d9fe6d1bca98a", "1ccf46ed18186511", "231fa2d8e0a12e86", "23a1e7ab97aa28c8", "25f3460ec70db750",
    "2acead83b7d6fc79", "2ae629824dbf5a99", "2c813c7254fb143c", "3183e40b431f09d0", "31fa870aebdedef9",
    "3223da3bead0e519", "329496f58287f1a4", "33a9b48e63d5ee8e", "39252b8a47dbd799", "5663ea6d851ad8f6",
    "5c7708d2d8cdc3cf", "637d7b5c548e7db5", "642324202ffbbf6b", "6b73d5aa179ddc6d", "6e05d003e0b5b785",
    "708228d4c1977ca3", "7463e91636363699", "75faa21994d40b08", "7625f1050b572e21", "766186b360e29a2a",
    "76bf4cb038d4ce8d", "805d33627ed1fb06", "8a219b977e05fd01", "8ddf7efe8297feea", "963506bbb40e1e5b",
    "97c293b63ca0e49c", "99037d2fb09d1d19", "9c9553443f35bb6b", "a0f197c7ef1cfd6d", "a0fd790d94852ca3",
    "a9b30e356fff306b", "abedf3dc76665870", "abf3d45f23d7ac95", "acfac0464101439f", "ad3d249146a8fb32",
    "adc988b3233ba243", "b3dd2925a80d3d8f", "b98c428140955bad", "ba7d714393ebfced", "bbffa1fd00eb65c9",
    "bc9dd88de0b4bcb2", "be3eb3344d81cdf3", "bfb295975cad34d8", "bfc96ed16ac82637", "cb59edf4fc01c399",
    "cceb9a57028e8891", "d3f9aa09419d8e17", "da891382f85f246b", "dbd8c2d002aac0e6", "dd22c5609313e022",
    "e5b85c198850d9f9", "e7b574fbc79114c2", "ee5ab44f67f63fe7", "f11e583e0f98b565", "f54faf61229f3311",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team108-537", "team108-538", "team108-539"}
DATELINE_KIND = {"team108-537": ("حمص", "a province"),
                 "team108-538": ("تلعفر", "the town of the event"),
                 "team108-539": ("نيروبي", "a foreign capital")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team108-536": "Deir ez-Zor activists' news network's website",
               "team108-537": "Damascus-based pro-government daily newspaper's website",
               "team108-538": "Baghdad-based Iraqi news agency's website",
               "team108-539": "Nairobi-based Sudanese independent news website",
               "team108-540": "Cairo-based state-aligned daily newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team108-536": [7, 12], "team108-539": [11, 17]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«استُشهد»/«أُصيب»/«دُفن»/«شُيّع»/«نُقلت»/«زُرعت»":
        re.compile(r"قُتل|استُشهد|أُصيب|دُفن|شُيّع|نُقلت|زُرعت"),
    "acronym in quotes": re.compile(r"«قسد»|«داعش»|«آر بي جي»"),
    "possessive actor":
        re.compile(r"مقاتلي (?:تنظيم|التنظيم)|مسلحي «جبهة النصرة»|مقاتلو التنظيم|مسلحو «جبهة النصرة»"),
    "verb–subject–object":
        re.compile(r"^(?:دخلت|واجتمع|واعتقلت|وفرضت|وألقت|ودانت|وفكّكت|وناشدت) "
                   r"(?:قوات|ضباط|قوة|لجنة|أجهزة|وزارة|مفرزة|تنسيقية)", re.M),
    "subject–verb–object": re.compile(r"^ومحافظ حمص، [^.]*? أشاد ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{40,200}?، أشاد "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب(?:ت|وا) (?:المجلس|بإدراج|بـ)"),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:قال|نقلت|نفت|زعم) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى السبعة|الشهداء الثلاثة|الضحايا الثلاثة|الضحايا الأحد عشر|المجندَين الشهيدين"),
    "purpose clause": re.compile(r"بهدف |تمهيداً "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع|وشُيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a ground push against a last pocket, and denials
POCKET = "team108-536"
# theme (b): a truce, its breaches and an evacuation deal
TRUCE = "team108-537"
# theme (c): the days after a battle
AFTERMATH = "team108-538"
# theme (d): ordinary conflict reporting in West Darfur (the brief asks for no theme; the plan's items)
DARFUR = "team108-539"
# theme (e): a security bulletin from North Sinai (the brief asks for no theme; the plan's items)
SINAI = "team108-540"


def pocket_theme(core, lines, main):
    entered = [g for g in of_type(core, lines, "ASSAULT", "دخلت", done=True) if g.get("acled") == CLASH]
    counter = [g for g in of_type(core, lines, "ASSAULT", "عاصفة رملية", done=True)
               if g.get("acled") == CLASH]
    checking = bool(main and main.get("acled") == AIR and "يتحقق" in para_text(lines, main)
                    and "Coalition" in names_en(main, "source"))
    second = [g for g in of_type(core, lines, "ASSAULT", "الليلة نفسها", "نفى", done=True)
              if g.get("acled") == AIR and "fatalities" in g]
    desert = [g for g in core if "البادية" in para_text(lines, g) and "طرق صحراوية" in para_text(lines, g)]
    words = ("التنظيم", "قسد", "الجيب", "غارة", "التحالف", "هجين", "السوسة")
    return bool(entered and counter and checking and second and desert and mostly(core, lines, words))


def truce_theme(core, lines, main):
    announced = first_label(of_type(core, lines, "CONCEDE", "وقفاً لإطلاق النار"), "asserted")
    breach = bool(main and main.get("acled") == CLASH and "الهدنة" in para_text(lines, main))
    blamed = of_type(core, lines, "ACCUSE", "خرقت الهدنة", done=True)
    met = [g for g in of_type(core, lines, "CONSULT", "لجنة المصالحة", done=True)
           if g.get("mode") == "third-party"]
    deal = [g for g in of_type(core, lines, "AGREE", "اتفاق", done=True) if g.get("acled") == AGREEMENT]
    buses = of_type(core, lines, "RETREAT", "الحافلات", done=True)
    heavy = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "disarm"]
    refusing = of_type(core, lines, "REJECT", "تسليم", done=True)
    words = ("الهدنة", "وقفاً لإطلاق النار", "الاتفاق", "اتفاق", "التسوية", "الحافلات", "المصالحة",
             "المسلحين", "المسلحون", "المخطوفين")
    return bool(announced and breach and len(blamed) >= 2 and met and deal and buses and heavy and refusing
                and mostly(core, lines, words))


def aftermath_theme(core, lines, main):
    grave = first_label(of_type(core, lines, "ASSAULT", "مقبرة جماعية"), "historical")
    screening = [g for g in of_type(core, lines, "COERCE", "التدقيق", done=True)
                 if g.get("mode") == "arrest" and g.get("acled") == ARREST]
    returned = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "return"]
    prevented = [g for g in of_type(core, lines, "COERCE", "العودة", done=True)
                 if g.get("mode") == "restrict"]
    defused = of_type(core, lines, "COERCE", "سيارة مفخخة", done=True)
    pact = [g for g in of_type(core, lines, "AGREE", "عشائر", done=True) if g.get("acled") == AGREEMENT]
    booby_trap = bool(main and main.get("mode") == "explosives" and "عودتهم" in para_text(lines, main))
    words = ("التنظيم", "داعش", "العائلات", "العودة", "عادت", "العائدين", "نازحي", "مقبرة", "مفخخة",
             "التدقيق")
    return bool(grave and screening and returned and prevented and defused and pact and booby_trap
                and mostly(core, lines, words))


def darfur_theme(core, lines, main):
    market = bool(main and main.get("acled") == ATTACK and "سوقه" in para_text(lines, main))
    curfew = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "curfew"]
    chad = of_type(core, lines, "AID", "تشاد", done=True)
    blocked = [g for g in of_type(core, lines, "COERCE", "أدوية", done=True) if g.get("mode") == "restrict"]
    call = of_type(core, lines, "REQUEST", "تنسيقية", done=True)
    named_threat = of_type(core, lines, "THREATEN", "اسم", "بيان")
    return bool(market and curfew and chad and blocked and call and named_threat)


def sinai_theme(core, lines, main):
    checkpoint = bool(main and main.get("acled") == CLASH and "كمين" in para_text(lines, main))
    raids = [g for g in of_type(core, lines, "ASSAULT", "المداهمة", "عناصر تكفيرية", done=True)
             if g.get("acled") == CLASH and g.get("fatalities")]
    defused = of_type(core, lines, "COERCE", "تفكيك", "عبوات ناسفة", done=True)
    curfew = [g for g in of_type(core, lines, "COERCE", "بمدّ", done=True) if g.get("mode") == "curfew"]
    schools = any("الفصل الدراسي" in line and "مدارس" in line for line in lines)
    return bool(checkpoint and raids and defused and curfew and schools)


#: the blind sets before this one whose places it must not use
LABEL = "sets 105 and 107"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a ground push against a last pocket, and denials": (POCKET, pocket_theme),
              "a truce, its breaches and an evacuation deal": (TRUCE, truce_theme),
              "the days after a battle": (AFTERMATH, aftermath_theme),
              "ordinary conflict reporting in West Darfur": (DARFUR, darfur_theme),
              "a security bulletin from North Sinai": (SINAI, sinai_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team108", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "SD": 1, "EG": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Sudanese "
                                  "and one Egyptian"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team108", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
