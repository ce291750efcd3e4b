#!/usr/bin/env python3
"""Check team106.gold.json (the hundred-and-sixth team set, team106-526 ... team106-530) against the article
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
- the regions: two Syrian articles, one in Daraa (Daraa al-Balad and the western countryside) and one in Hama
  (its northern countryside), one Iraqi in al-Anbar, one Lebanese in Tripoli (north Lebanon) and one Yemeni in
  Marib, the main event in one of the places the plan names for its region, each article in the month the
  plan gives it (August 2021, May 2019, March 2016, March 2014, February 2021); no governorate, no word of the
  article's file name and no accepted place name among the places that the first paragraphs of the READMEs
  of sets 103 and 105 name. Those two sets are blind, so their places are not written here: they are kept as
  salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
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
- the themes: one article mostly about a siege and a negotiated roadmap (a neighbourhood besieged and a road
  closed, mediators' meetings, a roadmap offered and points of it refused, a shelling during the talks as the
  main event, a corridor opened for families, a lull agreed, most core events about it); one mostly about a
  ground push under air raids (villages entered after clashes, a counter-attack, a second raid on the same
  night, a hospital hit as the main event and the strike denied by the side accused, families fleeing, most
  core events about it); one mostly about kidnappings on the desert road (travellers abducted at a fake
  checkpoint, a ransom demanded, tribal negotiators, a rescue raid as the main event, a convoy escorted, most
  core events about it); street-clash reporting in Tripoli (a night of clashes, sniping, the army deploying,
  a security plan due, arrests, shops closed, a threat by a group named in its statement); and front-line
  reporting in Marib (an attack on positions, drones shot down, a displaced camp hit, tribes mobilising, calls
  for a ceasefire).

    python3 benchmarks/data/articles106/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARREST,
    CLASH,
    SHELL,
    first_label,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team106.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team106-526": [7, 13, 16], "team106-527": [7, 13, 16], "team106-528": [7, 13, 16],
                  "team106-529": [6, 13, 16], "team106-530": [8, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team106-526": ("SY", "Daraa", "Daraa al-Balad", "درعا البلد"),
          "team106-527": ("SY", "Hama", "Morek", "مورك"),
          "team106-528": ("IQ", "al-Anbar", "Haditha", "الرمادي"),
          "team106-529": ("LB", "North", "al-Qubbah", "طرابلس"),
          "team106-530": ("YE", "Marib", "Sirwah", "صرواح")}
PLANNED_REGION = {"team106-526": ("SY", "Daraa"), "team106-527": ("SY", "Hama"),
                  "team106-528": ("IQ", "al-Anbar"), "team106-529": ("LB", "North"),
                  "team106-530": ("YE", "Marib")}
# the places the plan names for each region (the main event takes place in one of them); three towns of the
# brief were replaced by other towns of the same governorate because an earlier set used them
PLANNED_TOWNS = {("SY", "Daraa"): {"Daraa al-Balad", "Tafas", "al-Muzayrib", "Jasim"},
                 ("SY", "Hama"): {"Morek", "Maarkaba", "al-Zakah", "Lahaya"},
                 ("IQ", "al-Anbar"): {"al-Ramadi", "Hit", "Haditha", "al-Rutba"},
                 ("LB", "North"): {"Bab al-Tabbaneh", "Jabal Mohsen", "al-Qubbah", "al-Mina"},
                 ("YE", "Marib"): {"Sirwah", "al-Jubah", "Raghwan", "Madghal"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team106-526": "2021-08", "team106-527": "2019-05", "team106-528": "2016-03",
                 "team106-529": "2014-03", "team106-530": "2021-02"}

# the places, governorates and file-name words (generic parts of names such as al, tal, jabal, kafr, kfar,
# bab, dar, bir, khan, balad, kabir, sheikh, ain, wadi, bani, south, north, city, street and country names
# left out) that the first paragraphs of the READMEs of sets 103 and 105 name, as digests: sha256("team106:"
# + norm_place(name)), first 16 hex digits. The governorates and provincial capitals of this set's own five
# regions are left out of the digests whether or not those paragraphs name them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "006a3711375ebe34", "00f1a93e527035f7", "01a0c86d27f988eb", "03ff1950c8ee1ae0", "0403943d8120a0b0",
    "050ab06e8df05428", "06fbc081c5186fc2", "07d53034ae6b24ae", "08cce79f836f18a7", "08fffa07b6ebfb01",
    "0ba1e2e480f49448", "0c54226fa0ad3acd", "0c69714c2abd5783", "0e6f0b25704b60cc", "14fba6f802b71164",
    "1593eabb72a7f875", "15f1b1ef11fce015", "17ee6a92f7add415", "1b76f64288f7ac6f", "1c1a94938013b501",
    "1c29518024086d01", "1e27ecdeb01c5f6a", "1e45f2c5dc6cfdbe", "1f26d559426a6ed0", "2175da110f858bd7",
    "291153d487a17bc0", "2de0a187b9d1b567", "2f08734d5f30537d", "33f22c7102d0a994", "34f5d5e31c57c1e6",
    "36570cb088912e54", "374759de8b574e72", "390a1b465ec1e7e3", "3ba306b4ec7839b3", "409022b1162d464a",
    "43cdb01c3b65535e", "43d1e5fea5de4052", "44e25059729e5409", "45645fa0a434a3b2", "48d840b857d1f16e",
    "49d38a3673e79e89", "4a3537bf02da9ed7", "4b16553ecf1b0028", "4be6ddfec9aa83dc", "5193531578edeb7e",
    "51e2e31cd95b2cba", "521c96bb7d22d8c6", "5282bdd379d024b5", "547ef71093cc67de", "54aac2be2664aa83",
    "54e79aa002cd4249", "571b067ec6bd6377", "5bae3a1fb9adbd4a", "5d974fd8a60a04f7", "5e10e581b9ccbd3e",
    "5faecb7a29d44e25", "621829171e2d8c55", "6263b71ffe509cb2", "649b06e1fb737c8e", "654b52dd2f2ff070",
    "68874d6a7f8fa266", "6a34a2b7ca7703db", "6e49b889c134ea52", "6ec0fd020a43699e", "718f5decabc8ccf3",
    "747cc7d73c2a6877", "77eecebe9c1ff896", "784f059869fee949", "80746a1cba785385", "8283a31ca7188f86",
    "83554143f0a04d02", "89097dcd265b1882", "8cc28ddcede0fe83", "8d8254f321f6ea74", "8dbbd868045fff61",
    "8e77e8b7bbeb5ef7", "96547ce14c8994de", "96be404cce6f6b97", "972a222d16b2373a", "989de1ecf787653f",
    "993de97e858b422d", "99ace66fd80c9277", "99b335ea78bcb8e2", "9a8aa0783431527c", "9aba66196418ace2",
    "9aecea07ba3b8d43", "9d08bc63bc2330fa", "9ddededb82f96650", "adfbeff6f9d7b9a0", "ae3d7043a1924661",
    "b17e38d997528d4b", "b4b2412b39279b64", "b5df857a9d5c66bf", "b705e6dc7306fb23", "b916c4b29c524cfc",
    "b9cad40c07db8414", "bed4aacaa1bfed7e", "bf7cb6acc9ef6683", "c0d803951229e4ce", "c501ba415df23456",
    "c7feb3c4b0753646", "c933c8a053d45ae0", "cd7e8e13b4341668", "cea74e4407200fa9", "cf60e8c4cc517bfb",
    "d17b62606a80c16d", "d5a65342769598db", "db5168ea77dafb26", "dc3496a47d5ac100", "e0ac31edd376d15c",
    "e0b0d8b8e1d76116", "e17ad1a1a7f144c3", "e205a7f6aeee2215", "e58ec118c3c1a8ed", "e5f9815b9fa91f1c",
    "e69671ad080e7cd4", "e6a085f6aa72eb18", "e6e5d589cc569d58", "e9cdb65a632654b0", "ea0ba53262a4f708",
    "ec72fb91f3d11ad8", "eedb1d0dffd2f51a", "f3e7de438cf79a22", "f47d99e5f92847b1", "f65cb5cf722a533e",
    "f68e2ccb3ccf9d37", "f844cf563f3c95c0", "fd49398be5f28356", "fe56e6f60060af0e", "fe7b6200fdbcca94",
    "ff84402faf08c65c",
})
USED_GOV_DIGESTS = frozenset({
    "08cce79f836f18a7", "08fffa07b6ebfb01", "2c53e5f16dee51bf", "4a3537bf02da9ed7", "4b16553ecf1b0028",
    "4be6ddfec9aa83dc", "5d974fd8a60a04f7", "5f60fb0f5b1e832f", "621829171e2d8c55", "649b06e1fb737c8e",
    "747cc7d73c2a6877", "77eecebe9c1ff896", "784f059869fee949", "83554143f0a04d02", "8e77e8b7bbeb5ef7",
    "99b335ea78bcb8e2", "9a8aa0783431527c", "9d08bc63bc2330fa", "dc3496a47d5ac100", "f47d99e5f92847b1",
    "f65cb5cf722a533e", "f844cf563f3c95c0",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "006a3711375ebe34", "00f1a93e527035f7", "050ab06e8df05428", "07d53034ae6b24ae", "0ba1e2e480f49448",
    "0c54226fa0ad3acd", "0e6f0b25704b60cc", "14fba6f802b71164", "1593eabb72a7f875", "15f1b1ef11fce015",
    "17ee6a92f7add415", "1b76f64288f7ac6f", "1c1a94938013b501", "2175da110f858bd7", "291153d487a17bc0",
    "2f08734d5f30537d", "33f22c7102d0a994", "374759de8b574e72", "3ba306b4ec7839b3", "43cdb01c3b65535e",
    "44e25059729e5409", "49d38a3673e79e89", "4a3537bf02da9ed7", "5193531578edeb7e", "51e2e31cd95b2cba",
    "547ef71093cc67de", "54aac2be2664aa83", "571b067ec6bd6377", "5bae3a1fb9adbd4a", "5e10e581b9ccbd3e",
    "621829171e2d8c55", "654b52dd2f2ff070", "68874d6a7f8fa266", "6a34a2b7ca7703db", "77eecebe9c1ff896",
    "8283a31ca7188f86", "89097dcd265b1882", "8d8254f321f6ea74", "96be404cce6f6b97", "972a222d16b2373a",
    "989de1ecf787653f", "99b335ea78bcb8e2", "9d08bc63bc2330fa", "9ddededb82f96650", "ae3d7043a1924661",
    "b4b2412b39279b64", "b5df857a9d5c66bf", "b916c4b29c524cfc", "b9cad40c07db8414", "c933c8a053d45ae0",
    "cf60e8c4cc517bfb", "d17b62606a80c16d", "d5a65342769598db", "e205a7f6aeee2215", "e58ec118c3c1a8ed",
    "e69671ad080e7cd4", "e6e5d589cc569d58", "ea0ba53262a4f708", "f3e7de438cf79a22", "f844cf563f3c95c0",
    "fe7b6200fdbcca94",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team106-526", "team106-528", "team106-529"}
DATELINE_KIND = {"team106-526": ("عمّان", "a foreign capital"),
                 "team106-528": ("الرمادي", "a province"),
                 "team106-529": ("طرابلس", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team106-526": "Amman-based Syrian opposition radio station's website",
               "team106-527": "Istanbul-based Syrian opposition satellite TV channel's website",
               "team106-528": "Ramadi-based Iraqi local news website",
               "team106-529": "Beirut-based Lebanese daily newspaper's website",
               "team106-530": "Marib-based Yemeni pro-government weekly newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team106-526": [3, 5], "team106-530": [4, 6]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«شُيّع»/«دُفن»/«نُقل»/«أُصيب»/«فُتح»": re.compile(r"قُتل|شُيّع|دُفن|نُقل|أُصيب|فُتح"),
    "acronym in quotes": re.compile(r"«سانا»|«داعش»|«أوتشا»"),
    "possessive actor":
        re.compile(r"مقاتلي (?:الفرقة|الجبهة|«هيئة تحرير الشام»|الجماعة)|مسلحو التنظيم"),
    "verb–subject–object":
        re.compile(r"^(?:وأغلقت|وبحث|وشنّت|واختطف|واعتقلت|ودهمت|وأسقطت|وحشدت) "
                   r"(?:الفرقة|وفد|الفصائل|المسلحون|قوة|وحدات|الدفاعات|مقاتلات|قبائل)", re.M),
    "subject–verb–object": re.compile(r"^ومحافظ الأنبار، [^.]*? أشاد ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{40,200}?، أشاد "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب(?:ت|وا)?،? (?:في بيان|في مذكرة|بـ)"),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:نقلت|نفت|زعمت|نفى) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى الثلاثة|القتلى الأربعة|القتيلان|الخاطفين الثلاثة|النازحين الأربعة"),
    "purpose clause": re.compile(r"بهدف |لتوريط |لتقييم "),
    "burial or funeral": re.compile(r"^(?:وشُيّع|ودُفن) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a siege and a negotiated roadmap
SIEGE = "team106-526"
# theme (b): a ground push under air raids
PUSH = "team106-527"
# theme (c): kidnappings on the desert road
KIDNAP = "team106-528"
# theme (d): street-clash reporting in Tripoli (the brief asks for no theme; the plan's items)
STREET = "team106-529"
# theme (e): front-line reporting in Marib (the brief asks for no theme; the plan's items)
FRONTLINE = "team106-530"


def siege_theme(core, lines, main):
    closed = [g for g in of_type(core, lines, "COERCE", "الطوق", done=True) if g.get("mode") == "restrict"]
    meeting = of_type(core, lines, "CONSULT", "خارطة", done=True)
    offered = [g for g in of_type(core, lines, "AGREE", "خارطة", done=True) if not g.get("acled")]
    refused = of_type(core, lines, "REJECT", "بنود", done=True)
    during_talks = bool(main and main.get("acled") == SHELL and "الاجتماع" in para_text(lines, main))
    corridor = [g for g in of_type(core, lines, "RETREAT", "ممر", done=True) if g.get("mode") == "access"]
    lull = [g for g in of_type(core, lines, "AGREE", "تهدئة", done=True) if g.get("acled") == AGREEMENT]
    more_talks = first_label(of_type(core, lines, "CONSULT", "المفاوضات"), "planned")
    words = ("الحصار", "المحاصر", "الطوق", "تهدئة", "خارطة", "اللجنة المركزية", "المفاوضات", "ممر", "التسوية")
    return bool(closed and meeting and offered and refused and during_talks and corridor and lull
                and more_talks and mostly(core, lines, words))


def push_theme(core, lines, main):
    entered = [g for g in of_type(core, lines, "ASSAULT", "دخلت", done=True) if g.get("acled") == CLASH]
    counter = [g for g in of_type(core, lines, "ASSAULT", "هجوماً معاكساً", done=True)
               if g.get("acled") == CLASH]
    second_raid = [g for g in of_type(core, lines, "ASSAULT", "الليلة نفسها", done=True)
                   if g.get("acled") == AIR]
    hospital = bool(main and main.get("acled") == AIR and "المستشفى" in para_text(lines, main))
    denied = [g for g in of_type(core, lines, "ACCUSE", "نفت", done=True)
              if "Russia" in names_en(g, "source")]
    fleeing = [g for g in core if "النزوح" in para_text(lines, g)]
    words = ("قوات الأسد", "الفصائل", "غارة", "الطيران", "طائرات", "مروحيات", "القصف", "المستشفى", "الهجوم",
             "النزوح", "النازحين")
    return bool(entered and counter and second_raid and hospital and denied and fleeing
                and mostly(core, lines, words))


def kidnap_theme(core, lines, main):
    abducted = [g for g in of_type(core, lines, "ASSAULT", "سيطرة وهمية", done=True)
                if g.get("mode") == "abduct" and g.get("acled") == ABDUCTION]
    ransom = of_type(core, lines, "REQUEST", "فدية", done=True)
    negotiators = [g for g in of_type(core, lines, "CONSULT", "وجهاء", done=True)
                   if g.get("mode") == "third-party"]
    rescue = bool(main and main.get("acled") == CLASH and "حرّرت" in para_text(lines, main))
    escorted = of_type(core, lines, "MOBILIZE", "رافق", "قافلة", done=True)
    words = ("المختطفين", "الخاطفين", "الخاطفون", "اختطف", "الطريق", "فدية", "سيطرة", "قافلة")
    return bool(abducted and ransom and negotiators and rescue and escorted and mostly(core, lines, words))


def street_theme(core, lines, main):
    clashes = [g for g in of_type(core, lines, "ASSAULT", "اشتباكات", done=True) if g.get("acled") == CLASH]
    sniping = bool(main and "قناص" in para_text(lines, main))
    deployed = of_type(core, lines, "MOBILIZE", "الجيش", done=True)
    plan = first_label(of_type(core, lines, "MOBILIZE", "الخطة الأمنية"), "planned")
    arrests = [g for g in of_type(core, lines, "COERCE", done=True)
               if g.get("mode") == "arrest" and g.get("acled") == ARREST]
    shops = of_type(core, lines, "PROTEST", "المحال", done=True)
    named_threat = of_type(core, lines, "THREATEN", "اسم", "بيان")
    return bool(clashes and sniping and deployed and plan and arrests and shops and named_threat)


def frontline_theme(core, lines, main):
    positions = [g for g in of_type(core, lines, "ASSAULT", "مواقع", done=True) if g.get("acled") == CLASH]
    drones = [g for g in of_type(core, lines, "ASSAULT", "مسيّرتين", done=True) if g.get("acled") == AIR]
    camp = bool(main and main.get("acled") == SHELL and "مخيم" in para_text(lines, main))
    tribes = of_type(core, lines, "MOBILIZE", "قبائل", done=True)
    ceasefire = of_type(core, lines, "REQUEST", "وقف فوري لإطلاق النار", done=True)
    return bool(positions and drones and camp and tribes and ceasefire)


#: the blind sets before this one whose places it must not use
LABEL = "sets 103 and 105"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a siege and a negotiated roadmap": (SIEGE, siege_theme),
              "a ground push under air raids": (PUSH, push_theme),
              "kidnappings on the desert road": (KIDNAP, kidnap_theme),
              "street-clash reporting in Tripoli": (STREET, street_theme),
              "front-line reporting in Marib": (FRONTLINE, frontline_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team106", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LB": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team106", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
