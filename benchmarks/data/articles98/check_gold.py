#!/usr/bin/env python3
"""Check team98.gold.json (the ninety-eighth team set, team98-486 ... team98-490) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (the town of the
  event, a province, a foreign capital); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Hasakah (al-Hasakah city and its prison at Ghwayran) and one in Rif
  Dimashq (Madaya and its surroundings), one Iraqi in Babil, one Libyan in Sirte and one Sudanese in South
  Kordofan, the main event in one of the places the plan names for its region, each article in the month
  the plan gives it (January 2022, April 2017, October 2014, June 2016, March 2025); no governorate, no word
  of the article's file name and no accepted place name among the places that the first paragraphs of the
  READMEs of sets 95 and 97 name. Those two sets are blind, so their places are not written here: they are
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
  for the main event's victims later on, a purpose clause, a burial, and «من دون أن» that negates nothing;
- the themes: one article mostly about a prison break and the manhunt that followed (an attack on a prison as
  the main event, inmates escaping, a curfew, raids and arrests, inmates surrendering, hostages held inside,
  most core events about it); one mostly about an evacuation deal and the buses (a deal announced, buses
  arriving, the evacuation halted, a bombing at the convoy's waiting point as the main event, people leaving,
  the deal's terms disputed, most core events about it); one mostly about a besieged hospital and the wounded
  (a hospital surrounded, a hospital shelled as the main event, medics held, wounded evacuated by sea or road,
  a truce for evacuation asked for and refused, most core events about it); and front-line reporting
  (villages taken, a drone strike with casualties as the main event, a tribal mediation, detainees freed or
  promised).

    python3 benchmarks/data/articles98/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    first_label,
    happened,
    main_type,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team98.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive. There is
# no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team98-486": [7, 11, 16], "team98-487": [7, 13], "team98-488": [7, 12, 16],
                  "team98-489": [7, 13, 16], "team98-490": [7, 12, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team98-486": ("SY", "Hasakah", "Ghwayran", "الحسكة"),
          "team98-487": ("SY", "Rif Dimashq", "Bqin", "مدينة مضايا"),
          "team98-488": ("IQ", "Babil", "al-Iskandariya", "الإسكندرية"),
          "team98-489": ("LY", "Sirte", "Sirte", "مدينة سرت"),
          "team98-490": ("SD", "South Kordofan", "Kadugli", "كادقلي")}
PLANNED_REGION = {"team98-486": ("SY", "Hasakah"), "team98-487": ("SY", "Rif Dimashq"),
                  "team98-488": ("IQ", "Babil"), "team98-489": ("LY", "Sirte"),
                  "team98-490": ("SD", "South Kordofan")}
# the places the plan names for each region (the main event takes place in one of them); none was replaced
PLANNED_TOWNS = {("SY", "Hasakah"): {"al-Hasakah", "Ghwayran", "al-Shaddadi", "Tal Tamr"},
                 ("SY", "Rif Dimashq"): {"Madaya", "al-Zabadani", "Wadi Barada", "Bqin"},
                 ("IQ", "Babil"): {"Jurf al-Sakhar", "al-Musayyib", "al-Iskandariya", "Hilla"},
                 ("LY", "Sirte"): {"Sirte", "Harawa", "Bin Jawad", "Abu Grein"},
                 ("SD", "South Kordofan"): {"Kadugli", "Dilling", "Habila", "al-Abbasiya"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team98-486": "2022-01", "team98-487": "2017-04", "team98-488": "2014-10",
                 "team98-489": "2016-06", "team98-490": "2025-03"}

# the places, governorates and file-name words (generic parts of names such as al, abu, umm, bab, tal, kafr,
# deir, qasr, jabal, south, castle or road left out) that the first paragraphs of the READMEs of sets 95 and
# 97 name, as digests: sha256("team98:" + norm_place(name)), first 16 hex digits.
USED_PLACE_DIGESTS = frozenset({
    "04ccb7fddbea7ee5", "04e7a6f10cbeda1f", "07e4d4fb6ecb208b", "0935658cd0c20196", "0a2c6a4c631642f9",
    "0a4b1b2f88e925c4", "0bcd281778ef5589", "10747b6c2bc1dcb6", "1251d94fd5192de6", "13bbaecd804e4205",
    "1a0a494d32135a17", "1ca40f1d09df78f5", "1cc5d0c565c096ae", "1d99aa98727ef7c2", "1d9d1daeed250f57",
    "239852c046816c05", "24342bab051717dd", "24c293382a348780", "2765f921c9417f10", "2cc72cf7f9cd07fc",
    "2f82cf814427db3c", "2fb68620417d09d1", "32389d53117467c1", "334839225cf2551b", "353914beda396614",
    "388abedc585cc7b4", "38f89bd9028d38ae", "392afc7d41b0d531", "3990ea0c42108462", "3b0f606152029aa3",
    "3f4a6c4a13b71a40", "427db8e639d66864", "44a0a5bffc181368", "461ae1610f5cd377", "46a8e4ef5d7bbccb",
    "46c5303dc2d379ec", "492a698642b08c27", "4a68905a82acbb5c", "4d2983ae4e4de824", "4e95243d889b83e7",
    "4e9ffe5981ff110d", "547eaccdcf43e3ba", "563f9dbb4e3093d1", "570a380289b946cd", "59c903e17c646ffd",
    "5c15e839191fa819", "5d068461910691ee", "60569cd7fa3676ea", "6146954b0b602ab1", "6353a57fabc9a319",
    "640ede83b09fe468", "642077642f0e5552", "65bcc7fb8a6515d5", "6e3c76892383ca79", "70415332415852c2",
    "721b6d3692d6ac47", "73469cdf14b9e1ef", "739666cebcd6b1e7", "73c0a252e7748cb7", "7573188cc4fd3153",
    "778c869eedd7eacb", "78a6fbd0855612fb", "7cef14b520d93a81", "7d962c43ae0b9b52", "7eec7b796539c75b",
    "81b26cb4fc83694c", "8323174c15abed8e", "842bf49373804c3f", "847c6c58a7710c45", "85b3f51e1cbef6d3",
    "862bc8b452c6e117", "8a745ec15db4947a", "8e5d87ce56ee7984", "8eae63ca13ecf66a", "98312d5af58d7f8f",
    "9a10e67bfaf7ea64", "9dcb11ae06e90fc2", "9e74a5caa19d8523", "9f5a9ef5e58a5d23", "9fd4fa543af64eb8",
    "a028b5b90dd53fe8", "a1a90df6f010b05c", "a1b01e13c19fa750", "a1f87c51d23c7538", "a65e224c0c7b6570",
    "a72682abe18180f3", "abbefc88196866bf", "ac38a40d070a638c", "ae67fd1ae9a608fe", "aed2c697efee40dc",
    "af1466a709f1af23", "b071e9d6f8f003af", "b25c907f89ecec2e", "b56de1986ebb89a5", "bcd2075b2d8f6edb",
    "bfea3fbe53820d26", "c105017a784bfbd8", "c139fee06a3e2218", "c2f825fcce025bd1", "c3b66218f897be81",
    "c7fbd9f793c0912a", "c85ad2fa406ef60d", "cb06a681b6cdb2a8", "d0425ce1c8fdeaa6", "d102b0a44662bf71",
    "d2f868386b432b5d", "d418161f25ba0c75", "d4fbd1824bb66d2c", "d55f1fc839626a2d", "d7baf1fccdc9aef5",
    "d8a4458d08ac7374", "dd14ca432fbc8921", "dd95e3324b15f01d", "ddd1245b35ede8dd", "def5f75403f033d5",
    "df7d2bce2dea8c2e", "e0a3e524b7b6957f", "e1bf9f147c426c62", "e2540f5e43704327", "e4058bf87b8c08b4",
    "e81d2691ea0dafdd", "eb85ae443183e74b", "ebf3fb2342243ce5", "eda757572e01005e", "ee57564421c22c09",
    "f8f35e3361fa6d74", "fd09af8542ae2d38", "fe364557603968d0", "fe6fc93a1ecc86a9",
})
USED_GOV_DIGESTS = frozenset({
    "0a2c6a4c631642f9", "1ca40f1d09df78f5", "24342bab051717dd", "2fb68620417d09d1", "3990ea0c42108462",
    "46a8e4ef5d7bbccb", "4e95243d889b83e7", "563f9dbb4e3093d1", "721b6d3692d6ac47", "739666cebcd6b1e7",
    "73c0a252e7748cb7", "81b26cb4fc83694c", "9a10e67bfaf7ea64", "9fd4fa543af64eb8", "bcd2075b2d8f6edb",
    "d418161f25ba0c75", "d7baf1fccdc9aef5", "e81d2691ea0dafdd", "eda757572e01005e", "ee57564421c22c09",
    "fe364557603968d0", "fe6fc93a1ecc86a9",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "07e4d4fb6ecb208b", "0a4b1b2f88e925c4", "124970b7c75d261c", "1251d94fd5192de6", "1a0a494d32135a17",
    "1ca40f1d09df78f5", "1d9d1daeed250f57", "2fb68620417d09d1", "388abedc585cc7b4", "38f89bd9028d38ae",
    "392afc7d41b0d531", "3990ea0c42108462", "3bc1e12cbe1389f7", "3f4a6c4a13b71a40", "44a0a5bffc181368",
    "4a68905a82acbb5c", "4e95243d889b83e7", "563f9dbb4e3093d1", "5c15e839191fa819", "60569cd7fa3676ea",
    "61089ff4988a57e9", "65bcc7fb8a6515d5", "70415332415852c2", "73469cdf14b9e1ef", "7573188cc4fd3153",
    "78a6fbd0855612fb", "7d962c43ae0b9b52", "7eec7b796539c75b", "847c6c58a7710c45", "85b3f51e1cbef6d3",
    "862bc8b452c6e117", "8a745ec15db4947a", "8eae63ca13ecf66a", "98312d5af58d7f8f", "a028b5b90dd53fe8",
    "a1a90df6f010b05c", "a1f87c51d23c7538", "ac38a40d070a638c", "b4ee1c00bf59b976", "b56de1986ebb89a5",
    "bcd2075b2d8f6edb", "bf65fbaf26b3d217", "bf8a1aa75e1110ab", "bfea3fbe53820d26", "c2f825fcce025bd1",
    "c3b66218f897be81", "c622bd3458edb633", "c781a7f2d3cc90ba", "c7fbd9f793c0912a", "c85ad2fa406ef60d",
    "d0425ce1c8fdeaa6", "d102b0a44662bf71", "d2f868386b432b5d", "d418161f25ba0c75", "d4fbd1824bb66d2c",
    "d61388d87008908d", "d7baf1fccdc9aef5", "def5f75403f033d5", "e0a3e524b7b6957f", "eda757572e01005e",
    "edca93c0087a41ec", "fe364557603968d0",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team98-486", "team98-488", "team98-490"}
DATELINE_KIND = {"team98-486": ("الحسكة", "the town of the event"),
                 "team98-488": ("بابل", "a province"),
                 "team98-490": ("القاهرة", "a foreign capital")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team98-486": "bilingual Arabic-Kurdish regional news portal of north-east Syria",
               "team98-487": "Istanbul-based Syrian opposition exile news website",
               "team98-488": "Hilla-based provincial news website",
               "team98-489": "Misrata-based news website close to a military operation",
               "team98-490": "London-based pan-Arab news website writing from a foreign bureau"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team98-486": [7, 11, 12], "team98-490": [5, 9]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«نُقل»/«شُيّع»/«دُفن»/«حُددت»/«أُخرج»": re.compile(r"قُتل|نُقل|شُيّع|دُفن|حُددت|أُخرج"),
    "acronym in quotes": re.compile(r"«قسد»|«سانا»|«واع»"),
    "possessive actor":
        re.compile(r"مسلحو تنظيم|مسلحي تنظيم|مسلحي التنظيم|مقاتلي الزبداني|عناصر الحشد|عناصر الحرس"),
    "verb–subject–object":
        re.compile(r"^(?:وشنّت|وشنّ|ودفعت|وأدخل) (?:مروحيات|طيران|«قسد»|ميليشيا|«الهلال|مسيّرات)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:والإدارة الذاتية|ومجلس محافظة بابل)، [^.]*? (?:حمّلت|قرر) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:حمّلت|قرر|اعتقلوا) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالبت الدول|، وطالب الأمم المتحدة|، وطالبوا مجلس|، وتعهدت بالإفراج"),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|قبيل) "),
    "main event told again by the other side":
        re.compile(r"^(?:في المقابل|بالمقابل)، (?:نقلت|زعمت|زعم|قال|نفت|نفى|تبنّى) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"الحراس السبعة|القتلى الستة|الضحايا الثمانية|القتلى الثلاثة|القتلى الخمسة"),
    "purpose clause": re.compile(r"تمهيداً ل|في محاولة ل|بهدف "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع|وشُيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a prison break and the manhunt that followed
PRISON = "team98-486"
# theme (b): an evacuation deal and the buses
EVACUATION = "team98-487"
# theme (c): a besieged hospital and the wounded
HOSPITAL = "team98-489"
# theme (d): front-line reporting
FRONT = "team98-490"


def prison_theme(core, lines, main):
    attack = bool(main and main_type(main) == "ASSAULT" and "السجن" in para_text(lines, main))
    escape = any("فرّوا" in line or "الفارّين" in line for line in lines)
    curfew = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "curfew"]
    arrests = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "arrest"]
    raid = any("داهمت" in para_text(lines, g) for g in arrests)
    surrender = of_type(core, lines, "RETREAT", "استسلم", done=True)
    hostages = [g for g in core if g.get("mode") == "abduct" and happened(g)
                and "يحتجزون" in para_text(lines, g)]
    words = ("السجن", "فار", "النزلاء", "المهجع", "المحتجزين", "حظر التجوال", "استسلم")
    return bool(attack and escape and curfew and len(arrests) >= 2 and raid and surrender and hostages
                and mostly(core, lines, words))


def evacuation_theme(core, lines, main):
    deal = [g for g in of_type(core, lines, "AGREE", "الاتفاق", done=True) if g.get("acled")]
    buses = [g for g in of_type(core, lines, "COOPERATE", "حافلة", done=True)]
    halted = first_label(of_type(core, lines, "RETREAT", "الحافلات"), "negated")
    bombing = bool(main and main.get("mode") == "explosives" and "نقطة الانتظار" in para_text(lines, main))
    leaving = first_label(of_type(core, lines, "RETREAT"), "asserted")
    disputed = of_type(core, lines, "REJECT", "بنود الاتفاق", done=True)
    words = ("الحافلات", "حافلة", "القافلة", "الاتفاق", "الخروج", "الخارجين", "نقطة الانتظار", "التفجير")
    return bool(deal and buses and halted and bombing and leaving and disputed and mostly(core, lines, words))


def hospital_theme(core, lines, main):
    surrounded = of_type(core, lines, "COERCE", "مستشفى", done=True)
    shelled = bool(main and "المستشفى الميداني" in para_text(lines, main))
    medics = [g for g in core if g.get("mode") == "abduct" and "الطاقم الطبي" in para_text(lines, g)]
    evacuated = [g for g in core if main_type(g) in ("AID", "RETREAT") and happened(g)
                 and "جريح" in para_text(lines, g)
                 and any(w in para_text(lines, g) for w in ("سفينة", "الطريق"))]
    asked = of_type(core, lines, "REQUEST", "هدنة", done=True)
    refused = of_type(core, lines, "REJECT", "هدنة", done=True)
    words = ("المستشفى", "مستشفى", "الجرحى", "جريح", "الطبي", "هدنة", "إجلاء", "إسعاف", "الأدوية", "مسعف")
    return bool(surrounded and shelled and medics and len(evacuated) >= 2 and asked and refused
                and mostly(core, lines, words))


def front_theme(core, lines, main):
    villages = of_type(core, lines, "ASSAULT", "قرى", "سيطرت", done=True)
    drone = bool(main and "مسيّرة" in para_text(lines, main))
    mediation = [g for g in core if main_type(g) in ("AGREE", "CONSULT", "RETREAT")
                 and "وساطة" in para_text(lines, g)]
    freed = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release"]
    return bool(villages and drone and mediation and freed)


#: the blind sets before this one whose places it must not use
LABEL = "sets 95 and 97"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a prison break and the manhunt that followed": (PRISON, prison_theme),
              "an evacuation deal and the buses": (EVACUATION, evacuation_theme),
              "a besieged hospital and the wounded": (HOSPITAL, hospital_theme),
              "front-line reporting": (FRONT, front_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team98", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LY": 1, "SD": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Libyan "
                                  "and one Sudanese"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team98", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
