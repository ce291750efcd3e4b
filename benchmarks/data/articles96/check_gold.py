#!/usr/bin/env python3
"""Check team96.gold.json (the ninety-sixth team set, team96-476 ... team96-480) against the article files,
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  province, the town of the event); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Aleppo (al-Bab and its countryside) and one in Homs (the desert
  around Palmyra), one Iraqi in Kirkuk, one Sudanese in North Darfur and one Yemeni in Shabwa, the main event
  in one of the places the plan names for its region, each article in the month the plan gives it (February
  2017, March 2016, October 2017, May 2024, January 2022); no governorate, no word of the article's file name
  and no accepted place name among the places that the first paragraphs of the READMEs of sets 93 and 95 name.
  Those two sets are blind, so their places are not written here: they are kept as salted SHA-256 digests of
  the names (after ``goldkit.norm_place``), and only the digests are compared;
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
- the themes: one article mostly about a town's water cut off and the fight over the pumping station (a
  station seized, pumping stopped, engineers kept out or let in, two accusations over who cut the water,
  shelling near the station, most core events about it); one mostly about a town retaken and the mines left
  behind (an advance, a withdrawal, deminers sent, a mine blast as the main event, a return of families
  planned and postponed, most core events about it); one mostly about a siege and aid convoys (a convoy
  stopped or looted, a road closed, a market shelled as the main event, displaced families arriving in a camp
  told in a no-event paragraph, two appeals and a warning, most core events about it); and front-line
  reporting (a district retaken, a missile or drone strike with casualties as the main event, a tribal
  mediation, prisoners exchanged or promised).

    python3 benchmarks/data/articles96/check_gold.py [--no-score]
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

GOLD = "team96.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive. There is
# no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team96-476": [7, 11, 14], "team96-477": [7, 13], "team96-478": [7, 14],
                  "team96-479": [5, 12], "team96-480": [7, 12]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team96-476": ("SY", "Aleppo", "al-Bab", "مدينة الباب"),
          "team96-477": ("SY", "Homs", "Palmyra", "تدمر"),
          "team96-478": ("IQ", "Kirkuk", "al-Riyadh", "ناحية الرياض"),
          "team96-479": ("SD", "North Darfur", "El Fasher", "الفاشر"),
          "team96-480": ("YE", "Shabwa", "Ataq", "عتق")}
PLANNED_REGION = {"team96-476": ("SY", "Aleppo"), "team96-477": ("SY", "Homs"),
                  "team96-478": ("IQ", "Kirkuk"), "team96-479": ("SD", "North Darfur"),
                  "team96-480": ("YE", "Shabwa")}
# the places the plan names for each region (the main event takes place in one of them); none was replaced
PLANNED_TOWNS = {("SY", "Aleppo"): {"al-Bab", "Tadef", "Qabasin", "Bza'a"},
                 ("SY", "Homs"): {"Palmyra", "al-Qaryatain", "T4 airbase", "Arak"},
                 ("IQ", "Kirkuk"): {"Hawija", "al-Riyadh", "al-Abbasi", "Daquq"},
                 ("SD", "North Darfur"): {"El Fasher", "Kutum", "Tawila", "Mellit"},
                 ("YE", "Shabwa"): {"Ataq", "Bayhan", "Usaylan", "Markha"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team96-476": "2017-02", "team96-477": "2016-03", "team96-478": "2017-10",
                 "team96-479": "2024-05", "team96-480": "2022-01"}

# the places, governorates and file-name words (generic parts of names such as al, abu, umm, bab, tal, kafr,
# deir, qasr, mount, road, square, castle, crossing, desert or mountains left out) that the first paragraphs
# of the READMEs of sets 93 and 95 name, as digests: sha256("team96:" + norm_place(name)), first 16
# hex digits.
USED_PLACE_DIGESTS = frozenset({
    "03c2203fe35acd0d", "03d7a27fcc204b20", "051bfe3e7d764e0e", "08dcb0d07a4041ad", "0a9c705382fa6fb8",
    "0be48e16d3fe6677", "0d164b8a0b05feff", "0f8e77b5fc36dc63", "101a27dbedb52f38", "1239becfa599f3e9",
    "17799259757f8feb", "18556af0c0ab6cda", "19da4cda220410b4", "1ab6fa66a0333e05", "1e17189227c63afd",
    "21302f1345429979", "22182fe3c8e57ebe", "24e28ac41cf031e9", "26311da4a7bf02d0", "267354075f7ff991",
    "2836b202a6e14eb0", "2909a88a42a8ef4c", "2b7a6d11ca952f4e", "2c2870fd4027efab", "30181f0cb7811228",
    "307b2e2725ce5fb6", "323c33e3d4d2db7b", "325a339fb6c53f96", "329d9d7a41fb601d", "32b93a045e71985b",
    "33c5bf29624cb04d", "35c8f9615b632caf", "3a98aad5f6b891e3", "3c1ac4f890eaab77", "3c532ab048e7aa41",
    "40677a7d0fba5478", "439c86dce54e962c", "4556ce7777a1a3d0", "4749ff938704042f", "48cea0aa6b13f6aa",
    "4e0de0f02cdb6745", "52ee788532258c64", "54d93d19d5e91a67", "54fc105874d3da6a", "5553108b41c241b4",
    "58de406675ffc368", "59eda618f7862791", "5a98c18ef2c4bcb5", "5b88f79485c112c2", "5d4081accebcd652",
    "5dbc674f45c944ae", "5ef60a7993d499b4", "60d06c815f914ec6", "60f1309b4ccc720f", "61b665413ebb8505",
    "62c335a234db9fb9", "69cd29555cf1f145", "6b9623b923654eee", "6c3e49c91b41cc79", "6cf0d0c97b5dbed1",
    "70a03da876b2b0bd", "7141c178214cd729", "71da5e0bd9f46b54", "7283ad179e52c18d", "72c3d8532ea12994",
    "75edb5f753a2c94a", "766c9427e6a96054", "7a01cb542c1df3a5", "7a47f24e32c7f4cf", "7b3b99831c5ca06c",
    "7d50303a1cea33c3", "7dcb6c63603c7d57", "81fd88982d1e115e", "841bbd1dfb5b646f", "84438569127742fd",
    "8472e662d60920d2", "85a3705c2f485022", "86eac1a7140faeef", "8779c26b1ce975f9", "889da14907e388b4",
    "8e6b53ae4d9e9c4d", "8f983ddb5e6f9a6d", "90357b3a94b6d29b", "957de0b14a5502b3", "96ac800fca812b7e",
    "972060bb3b9ff525", "989d5003bf1c1a99", "9ed792e1bb03f15a", "a42ac7e6a05bc297", "a691b0dfc10f3ef1",
    "a7b12db6cfee1f3e", "ac31c5f9d9fefd0f", "acc473024edcca3c", "ad54e743d3056b29", "ae7ad0caa87cf79d",
    "b1ed3bb15fa98415", "b305bb34f03fc2f0", "b36e5a4c0ec96d72", "b38f0aac1afa3b46", "b3cd87dd20d502a4",
    "b6e9dfc9374d8896", "b86143bce152651e", "bdddf0b51b634b3d", "bdebca39b1eec0bf", "c2ee58a797bbb458",
    "c88477baac148f80", "c9f9e48f8cf0d323", "cc45793c5a239432", "cd00ce1b32ac89f7", "cea3d184c6b7c0cc",
    "cf43efbce98fa146", "d3370257e746430f", "d3c7990ad899642f", "d5c9d59172f61536", "d93c0582b9b21e25",
    "d9aae599fe03ef19", "daf7a1998c4018f8", "dc3930f12ac2908a", "de46e63690fbab74", "df148c50e792dd65",
    "e1f3d132fc254489", "e3c7c5742af51079", "e688fe689bcef744", "e9867e99083b5c02", "ea2a7d708cd935c0",
    "f125eabd96008044", "f16b327577a36da2", "f1c92c35738e334f", "f2e395d91528a170", "f42f9eb6b4d684d1",
    "f614fbbc9a7d61a3", "f86f427445414e3f", "fb75cb0f91c0ff53", "fc620b25f55653f3", "fd5d4acb93473ed7",
    "fdbde98c06a71388",
})
USED_GOV_DIGESTS = frozenset({
    "0be48e16d3fe6677", "26311da4a7bf02d0", "32b93a045e71985b", "54fc105874d3da6a", "5a98c18ef2c4bcb5",
    "5dbc674f45c944ae", "7283ad179e52c18d", "72c3d8532ea12994", "766c9427e6a96054", "7a47f24e32c7f4cf",
    "7dcb6c63603c7d57", "85a3705c2f485022", "8779c26b1ce975f9", "ad54e743d3056b29", "ae7ad0caa87cf79d",
    "b1ed3bb15fa98415", "bdebca39b1eec0bf", "d3c7990ad899642f", "d9aae599fe03ef19", "f125eabd96008044",
    "f42f9eb6b4d684d1", "f86f427445414e3f", "fb75cb0f91c0ff53", "fd5d4acb93473ed7",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "03d7a27fcc204b20", "051bfe3e7d764e0e", "0f8e77b5fc36dc63", "17799259757f8feb", "22182fe3c8e57ebe",
    "26311da4a7bf02d0", "2909a88a42a8ef4c", "29f237f6f6692fe7", "2b7a6d11ca952f4e", "2cd43a69dfb0e888",
    "2d6693979e67a14f", "323c33e3d4d2db7b", "325a339fb6c53f96", "32b93a045e71985b", "35c8f9615b632caf",
    "3f48e5b7b011c2fc", "4749ff938704042f", "53612077a0f651c2", "53828d6b76c0b660", "54d93d19d5e91a67",
    "54fc105874d3da6a", "58de406675ffc368", "5d4081accebcd652", "5dbc674f45c944ae", "60d06c815f914ec6",
    "6b9623b923654eee", "70a03da876b2b0bd", "7141c178214cd729", "7a47f24e32c7f4cf", "7c5ab947d7196174",
    "7dcb6c63603c7d57", "7e9f8e2f4b70e1c3", "841bbd1dfb5b646f", "84438569127742fd", "8472e662d60920d2",
    "8779c26b1ce975f9", "957de0b14a5502b3", "972060bb3b9ff525", "a42ac7e6a05bc297", "a7b12db6cfee1f3e",
    "acc473024edcca3c", "ad54e743d3056b29", "ae7ad0caa87cf79d", "b305bb34f03fc2f0", "b36e5a4c0ec96d72",
    "b4ec771feeeb74aa", "b6e9dfc9374d8896", "b7f8ffe65cfbe968", "b86143bce152651e", "c2ee58a797bbb458",
    "c9f9e48f8cf0d323", "cc45793c5a239432", "cd00ce1b32ac89f7", "cea3d184c6b7c0cc", "d3370257e746430f",
    "d93c0582b9b21e25", "dc3930f12ac2908a", "e3c7c5742af51079", "e9867e99083b5c02", "f16b327577a36da2",
    "f1c92c35738e334f", "f2e395d91528a170", "f614fbbc9a7d61a3", "fb75cb0f91c0ff53", "fd5d4acb93473ed7",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team96-477", "team96-479", "team96-480"}
DATELINE_KIND = {"team96-477": ("تدمر", "the town of the event"),
                 "team96-479": ("كمبالا", "a foreign capital"),
                 "team96-480": ("شبوة", "a province")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team96-476": "local opposition news website of the eastern Aleppo countryside",
               "team96-477": "Damascus-based pro-government news website",
               "team96-478": "Erbil-based Kurdish news website in Arabic",
               "team96-479": "Sudanese exile news website published from Kampala",
               "team96-480": "southern Yemeni news website close to the Giants Brigades"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team96-477": [3, 5], "team96-479": [7, 12]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«استُشهد»/«نُقل»/«زُرعت»/«شُيّع»": re.compile(r"قُتل|استُشهد|نُقل|زُرعت|شُيّع"),
    "acronym in quotes": re.compile(r"«سانا»|«واع»|«أوتشا»|«سبأ»"),
    "possessive actor":
        re.compile(r"مسلحي التنظيم|عناصر الحشد العشائري|عناصر الدعم السريع|مهندسي المجلس المحلي"),
    "verb–subject–object":
        re.compile(r"^(?:ووزّع|ودفعت|وشنّ|وأغلقت) (?:الهلال|قيادة|قوات|الطيران|طيران|عناصر)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:والمجلس المحلي لمدينة الباب|وقوات دفاع شبوة)، [^.]*? (?:اتهم|ألقت) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:اتهم|ألقت) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب الأمم المتحدة|، وحمّلت الميليشيا|، واتهمت الجيش|، ودعت الأهالي"),
    "time told after the act in its own clause": re.compile(r"، وذلك قرابة "),
    "main event told again by the other side":
        re.compile(r"^(?:في المقابل|بالمقابل)، (?:نقلت|زعمت|زعم|قال|نفت) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى الأربعة|الشهداء الثلاثة|القتلى السبعة|الضحايا الثلاثة|الجريحان"),
    "purpose clause": re.compile(r"تمهيداً ل|تهدف إلى|في محاولة ل"),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع|وشُيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a town's water cut off and the fight over the pumping station
WATER = "team96-476"
# theme (b): a town retaken and the mines left behind
MINES = "team96-477"
# theme (c): a siege and aid convoys
SIEGE = "team96-479"
# theme (d): front-line reporting
FRONT = "team96-480"


def water_theme(core, lines, main):
    seized = [g for g in of_type(core, lines, "COERCE", "محطة", done=True) if g.get("mode") == "seize"]
    stopped = [g for g in of_type(core, lines, "COERCE", "الضخ", done=True) if g.get("mode") == "withhold"]
    engineers = [g for g in core if main_type(g) in ("RETREAT", "COERCE") and "مهندس" in para_text(lines, g)]
    blame = [g for g in of_type(core, lines, "ACCUSE", done=True)
             if any(w in para_text(lines, g) for w in ("المياه", "مياه", "الضخ"))]
    near = [g for g in of_type(core, lines, "ASSAULT", "المحطة", done=True) if g is not main]
    fight = bool(main and main_type(main) == "ASSAULT")
    words = ("المحطة", "الضخ", "المياه", "مياه", "مهندس", "البئر", "الصهاريج")
    return bool(seized and stopped and engineers and len(blame) >= 2 and near and fight
                and mostly(core, lines, words))


def mines_theme(core, lines, main):
    advance = of_type(core, lines, "ASSAULT", "وتقدمت", done=True)
    withdrawal = of_type(core, lines, "RETREAT", "انسحب", done=True)
    deminers = [g for g in core if main_type(g) in ("AID", "MOBILIZE") and happened(g)
                and "الألغام" in para_text(lines, g)]
    blast = bool(main and "لغم" in para_text(lines, main))
    put_off = first_label([g for g in of_type(core, lines, "RETREAT", "العودة")
                           if "إرجاء" in para_text(lines, g)], "planned")
    words = ("لغم", "الألغام", "الهندسة", "العودة", "تعود", "انسحب", "تقدم", "المهجّر", "تمشيط")
    return bool(advance and withdrawal and deminers and blast and put_off and mostly(core, lines, words))


def siege_theme(core, lines, main, no_event):
    convoy = [g for g in of_type(core, lines, "COERCE", "قافلة", done=True)
              if g.get("mode") in ("confiscate", "restrict")]
    road = [g for g in of_type(core, lines, "COERCE", "الطريق", done=True) if g.get("mode") == "restrict"]
    market = bool(main and "السوق" in para_text(lines, main))
    arriving = any("مخيمات" in lines[i] and "نازحة" in lines[i] for i in no_event)
    appeals = of_type(core, lines, "REQUEST", done=True)
    warning = any("حذّر" in line or "محذّرة" in line for line in lines)
    words = ("قافلة", "القافلة", "الشاحنات", "شاحنات", "الطريق", "حصار", "السوق", "ممرات", "الإمدادات",
             "القوافل")
    return bool(convoy and road and market and arriving and len(appeals) >= 2 and warning
                and mostly(core, lines, words))


def front_theme(core, lines, main):
    retaken = of_type(core, lines, "ASSAULT", "تحرير", "مديرية", done=True)
    strike = bool(main and any(w in para_text(lines, main) for w in ("صاروخ", "مسيّرة")))
    mediation = [g for g in core if main_type(g) in ("AGREE", "CONSULT") and "وساطة" in para_text(lines, g)]
    prisoners = [g for g in core if main_type(g) in ("COOPERATE", "RETREAT")
                 and any(w in para_text(lines, g) for w in ("أسير", "أسرى"))]
    return bool(retaken and strike and mediation and prisoners)


#: the blind sets before this one whose places it must not use
LABEL = "sets 93 and 95"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a town's water cut off and the fight over the pumping station": (WATER, water_theme),
              "a town retaken and the mines left behind": (MINES, mines_theme),
              "a siege and aid convoys": (SIEGE, lambda core, lines, main: siege_theme(
                  core, lines, main, NO_EVENT_PARAS.get(SIEGE, []))),
              "front-line reporting": (FRONT, front_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team96", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "SD": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Sudanese "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team96", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
