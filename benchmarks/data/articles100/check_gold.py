#!/usr/bin/env python3
"""Check team100.gold.json (the hundredth team set, team100-496 ... team100-500) against the article files,
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
- the regions: two Syrian articles, one in Aleppo (eastern Aleppo city) and one in Homs (the northern Homs
  countryside), one Iraqi in Dhi Qar, one Yemeni in al-Bayda and one Sudanese in al-Jazirah, the main event
  in one of the places the plan names for its region, each article in the month the plan gives it (December
  2016, May 2018, November 2019, September 2021, January 2025); no governorate, no word of the article's file
  name and no accepted place name among the places that the first paragraphs of the READMEs of sets 97 and 99
  name. Those two sets are blind, so their places are not written here: they are kept as salted SHA-256
  digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
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
- the themes: one article mostly about a ceasefire that broke down (a truce agreed, its hours counted,
  the shelling resumed as the main event, each side accusing the other of breaking it, the truce and its
  collapse named by nouns, buses waiting that have not moved, most core events about it); one mostly
  about a surrender deal (heavy weapons handed over, men settling their status, a promise to release
  detainees and a release, the deal's first stage delayed, the refusers' departure north planned, most
  core events about it); one mostly about a protest movement met with force (sit-ins and demonstrations,
  a bridge blocked, protesters shot with live fire and tear gas as the main event, a curfew, tribal
  sheikhs mediating, mourners marching, most core events about it); front-line reporting around a
  surrounded town (a cordon tightened, a drone strike as the main event, prisoners exchanged after a
  tribal mediation); and front-line reporting after a town was retaken (the town retaken, reprisals
  against civilians reported and denied in a militia's statement, detainees freed, aid convoys).

    python3 benchmarks/data/articles100/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    EXCESSIVE,
    first_label,
    happened,
    main_type,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team100.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a silence, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team100-496": [6, 11, 13, 16], "team100-497": [7, 12, 16], "team100-498": [6, 13],
                  "team100-499": [7, 12, 15], "team100-500": [7, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team100-496": ("SY", "Aleppo", "al-Sukkari", "حلب"),
          "team100-497": ("SY", "Homs", "Talbiseh", "تلبيسة"),
          "team100-498": ("IQ", "Dhi Qar", "al-Nasiriyah", "الناصرية"),
          "team100-499": ("YE", "al-Bayda", "Mukayras", "مدينة مكيراس"),
          "team100-500": ("SD", "al-Jazirah", "Rufaa", "مدينة رفاعة")}
PLANNED_REGION = {"team100-496": ("SY", "Aleppo"), "team100-497": ("SY", "Homs"),
                  "team100-498": ("IQ", "Dhi Qar"), "team100-499": ("YE", "al-Bayda"),
                  "team100-500": ("SD", "al-Jazirah")}
# the places the plan names for each region (the main event takes place in one of them); none was replaced
PLANNED_TOWNS = {("SY", "Aleppo"): {"Bustan al-Qasr", "al-Sukkari", "al-Kallaseh", "al-Ramouseh"},
                 ("SY", "Homs"): {"al-Rastan", "Talbiseh", "al-Houla", "Teir Maalla"},
                 ("IQ", "Dhi Qar"): {"al-Nasiriyah", "al-Shatra", "Suq al-Shuyukh", "al-Rifai"},
                 ("YE", "al-Bayda"): {"Rada'a", "al-Zahir", "Mukayras", "al-Sawma'ah"},
                 ("SD", "al-Jazirah"): {"Wad Madani", "al-Hasaheisa", "Rufaa", "Tamboul"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team100-496": "2016-12", "team100-497": "2018-05", "team100-498": "2019-11",
                 "team100-499": "2021-09", "team100-500": "2025-01"}

# the places, governorates and file-name words (generic parts of names such as al, tal, jabal, kafr,
# kfar, bab, dar, bir, khan, balad, kabir, south, north, city, street or syria left out) that the first
# paragraphs of the READMEs of sets 97 and 99 name, as digests: sha256("team100:" + norm_place(name)),
# first 16 hex digits.
USED_PLACE_DIGESTS = frozenset({
    "025d53ff42bffcc5", "03a74a2ca987f482", "0af3eda381c1ab4b", "0e9baccc62b83970", "0f32c2d40b513237",
    "107dc3d70e08693d", "11d37dbd991f2e61", "1c79e8b96844ed10", "1cc920de0bce2ce2", "1d3797350876bc0f",
    "20310c3627846238", "2081b86845f711bc", "22c9d4a278c3f1db", "25507f81ab8a9a3b", "25f0a48d2b185bed",
    "28a7c41eaec57a49", "2a454d4ffe8ec774", "2b042bc48364d1d8", "2b6b558b754bfd17", "2ce99e435fe526e9",
    "2e10ca832180d6e3", "2e577604183d0dfd", "2e6bd854b27c01f0", "2f38a33019a6394f", "2f685d68dc53661a",
    "3213b9b6258b586a", "35fb676a9a1e0c84", "3ae4e42568184da0", "3d6ef6f84cf8926f", "43ce6877f5b4a809",
    "44408042907ccfb3", "44d08181d281a4e2", "452af2658affbf4a", "4537076bd9161cb4", "45cd939c4d17a013",
    "4b5e7ff3fc138ca8", "4f1c87bd80527f9b", "503ec66387d0c072", "5226e861b7a31bbd", "53dffae8196cc5f1",
    "57dcfdf9e6c90f02", "60cef4d0fd211b7d", "632b9427c6bb09d6", "647161af8e95f010", "648454588d3a950c",
    "64ffb23c53637c98", "6611d44810fd14c1", "6619926950b9bf63", "668a60d26e5a8e79", "6863f795b98ab359",
    "6aec094ceae6f60f", "6b8405a57c8cfcdd", "7054ee9875205411", "72678e5aa379e685", "7684793756084021",
    "784b54328320bb0c", "79535fab18ba7216", "79f4bd6d6cb0f1ea", "7dbdef8d6af4569e", "7f4f2b7ba22530a8",
    "804fdca1e1b56742", "85f13969b688b0b9", "89a86e398ff8bd48", "89ca89d74fc92aaf", "8ae719fc9c2d2bed",
    "8beefcc35b047fdf", "906fcc06b54b9c10", "9071c8900a9ebcce", "92fdbb5758ca6fc4", "93d1b452fdf57a0c",
    "95ef315fa9cc886c", "96a6514b343af017", "9ddd7ef01f29b100", "9edabebb2e996754", "a01bc860a3288fbb",
    "a82931350e22140b", "a8d71ef3c0941ee4", "a9d47d4bb3dd95e3", "ab0919757c4351ec", "abcaf1d7f492191c",
    "ad253108cea3cf64", "aebfda8ee60bbb62", "aef3fa765b8d39ec", "af69dd0bf4d7c243", "b3a5c6c9edb81ff9",
    "b59f9b94e63a62f6", "b5bb65d7c0a2275b", "b5ca24cd1c7a4261", "b87d3dd0448104d6", "bb024b6901ed63ab",
    "be7c0355418c6da3", "bea712da2fc58582", "bf7dffdfa919d2fd", "c63010d1fbb75f65", "c7a9c649a74c6a69",
    "ccc75543f3bf5414", "ce4bffe3106f57ec", "d0d5aaa0e86b8886", "d0d80427370981c6", "d189762b4d5594c4",
    "d1ce5c42a93f6c17", "d24bf15f2ff0cac2", "d2bfd5853cc481ae", "d341ee94e526948f", "d5215386d896198f",
    "d5b07bc4184e5057", "d62f032981813ddd", "d6e74d12c301e451", "d739d75c9a97b414", "d784ee3fe2a10fc0",
    "d91e31d7877b9f48", "dd118e53652eb7f1", "dd859b2bb6aed49a", "e0e7367bf0316a7c", "e19c92080022d91e",
    "e2efc9b5a8875c86", "e3314e55ec5e2b22", "e4b6136b216320a6", "e4c515bd99a3a9b8", "e6b23a479fdad3af",
    "e94daa54b4e51e94", "ea2cc9d76758318b", "ecfa6aa5129ce437", "f05b8918fef20221", "f0cbe7d5d5822818",
    "f35eb6da4039389e", "f3bc959d4adcb2e1", "f66613e7e61b736d", "f9fddf5ab60b5538", "fb4b444ccd10caf7",
    "fee95ce71e92c0c8", "ff43807593cd943f",
})
USED_GOV_DIGESTS = frozenset({
    "0e9baccc62b83970", "0f32c2d40b513237", "107dc3d70e08693d", "1c79e8b96844ed10", "2081b86845f711bc",
    "22c9d4a278c3f1db", "28a7c41eaec57a49", "2e577604183d0dfd", "2f38a33019a6394f", "3213b9b6258b586a",
    "503ec66387d0c072", "5226e861b7a31bbd", "53dffae8196cc5f1", "60cef4d0fd211b7d", "6619926950b9bf63",
    "668a60d26e5a8e79", "6aec094ceae6f60f", "85f13969b688b0b9", "b87d3dd0448104d6", "bf7dffdfa919d2fd",
    "d1ce5c42a93f6c17", "dd118e53652eb7f1", "e3314e55ec5e2b22", "ecfa6aa5129ce437", "f0cbe7d5d5822818",
    "f66613e7e61b736d", "fb4b444ccd10caf7",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0af3eda381c1ab4b", "0e9baccc62b83970", "11d37dbd991f2e61", "1d3797350876bc0f", "28a7c41eaec57a49",
    "2ce99e435fe526e9", "2e10ca832180d6e3", "2e577604183d0dfd", "3213b9b6258b586a", "3ae4e42568184da0",
    "3d6ef6f84cf8926f", "452af2658affbf4a", "45cd939c4d17a013", "4b5e7ff3fc138ca8", "4f1c87bd80527f9b",
    "503ec66387d0c072", "5226e861b7a31bbd", "64ffb23c53637c98", "6863f795b98ab359", "6b8405a57c8cfcdd",
    "7054ee9875205411", "72678e5aa379e685", "79535fab18ba7216", "7f4f2b7ba22530a8", "804fdca1e1b56742",
    "85f13969b688b0b9", "89ca89d74fc92aaf", "906fcc06b54b9c10", "93d1b452fdf57a0c", "9edabebb2e996754",
    "a82931350e22140b", "a8d71ef3c0941ee4", "a9d47d4bb3dd95e3", "abcaf1d7f492191c", "b59f9b94e63a62f6",
    "b5bb65d7c0a2275b", "b5ca24cd1c7a4261", "bb024b6901ed63ab", "bf7dffdfa919d2fd", "c63010d1fbb75f65",
    "ccc75543f3bf5414", "ce4bffe3106f57ec", "d0d5aaa0e86b8886", "d1ce5c42a93f6c17", "d24bf15f2ff0cac2",
    "d5215386d896198f", "d62f032981813ddd", "dd118e53652eb7f1", "dd859b2bb6aed49a", "e0e7367bf0316a7c",
    "e19c92080022d91e", "e3314e55ec5e2b22", "e6b23a479fdad3af", "e94daa54b4e51e94", "ea2cc9d76758318b",
    "ecfa6aa5129ce437", "f05b8918fef20221",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team100-496", "team100-497", "team100-498"}
DATELINE_KIND = {"team100-496": ("أنقرة", "a foreign capital"),
                 "team100-497": ("حمص", "a province"),
                 "team100-498": ("الناصرية", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team100-496": "Ankara-based Turkish news agency's Arabic-language service",
               "team100-497": "Homs-based pro-government Syrian news website",
               "team100-498": "Baghdad-based independent Iraqi daily newspaper's website",
               "team100-499": "Aden-based Yemeni pro-government online newspaper",
               "team100-500": "Sudanese independent news website run by journalists in exile"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team100-496": [9, 14], "team100-498": [6, 9]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«نُقل»/«دُفن»/«شُيّعت»/«أُنجزت»/«أُطلق»": re.compile(r"قُتل|نُقل|دُفن|شُيّعت|أُنجزت|أُطلق"),
    "acronym in quotes": re.compile(r"«سانا»|«واع»|«سونا»"),
    "possessive actor":
        re.compile(r"مقاتلي ميليشيات|عناصر «الفرقة الرابعة»|مسلحي الجماعة|عناصر قوات الرد السريع"),
    "verb–subject–object":
        re.compile(r"^(?:ودفعت|وشنّ|وأدخل|ووزّع|وأفرجت|وأطلقت) (?:قوات|طيران|«الهلال|السلطات)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:و«هيئة تحرير الشام»|والمفوضية العليا لحقوق الإنسان"
                   r"|والسلطة المحلية في محافظة البيضاء)، [^.]*? (?:رفضت|حمّلت) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:رفضت|حمّلت) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالبت (?:الجانب التركي|القضاء|المبعوث|المفوضية)"),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|في ذروة|قبل أن) "),
    "main event told again by the other side":
        re.compile(r"^في المقابل، (?:نقلت|زعمت|قالت|نفت) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى التسعة|القتلى الأربعة|الضحايا الستة|القتلى الخمسة|القتلى الثمانية"),
    "purpose clause": re.compile(r"تمهيداً ل|في محاولة ل|بهدف "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشيّع|وشُيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a ceasefire that broke down
CEASEFIRE = "team100-496"
# theme (b): a surrender deal
SURRENDER = "team100-497"
# theme (c): a protest movement met with force
PROTEST = "team100-498"
# theme (d): front-line reporting around a surrounded town (the brief asks for no theme; the plan's items)
CORDON = "team100-499"
# theme (e): front-line reporting after a town was retaken
RETAKEN = "team100-500"


def ceasefire_theme(core, lines, main):
    truce = [g for g in of_type(core, lines, "AGREE", done=True) if g.get("acled")
             and any(w in para_text(lines, g) for w in ("الهدنة", "وقف إطلاق النار"))]
    hours = any("ساعات" in line and "سريان" in line for line in lines)
    resumed = bool(main and main_type(main) == "ASSAULT" and "وقف إطلاق النار" in para_text(lines, main))
    accusers = {names_en(g, "source") for g in of_type(core, lines, "ACCUSE", done=True)
                if any(w in para_text(lines, g) for w in ("بخرق", "الانقلاب على الهدنة"))}
    by_noun = sum("انهيار" in line for line in lines) >= 2
    waiting = first_label(of_type(core, lines, "RETREAT", "الحافلات"), "negated")
    words = ("الهدنة", "التهدئة", "وقف إطلاق النار", "الحافلات", "إجلاء", "بخرق", "الاتفاق")
    return bool(truce and hours and resumed and len(accusers) >= 2 and by_noun and waiting
                and mostly(core, lines, words))


def surrender_theme(core, lines, main):
    heavy = [g for g in of_type(core, lines, "RETREAT", "الثقيلة", done=True) if g.get("mode") == "disarm"]
    settled = [g for g in of_type(core, lines, "RETREAT", "تسوية أوضاعهم",
                                  done=True) if g.get("mode") == "disarm"]
    promise = of_type(core, lines, "AGREE", "بالإفراج", done=True)
    released = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "release"]
    delayed = first_label(of_type(core, lines, "RETREAT", "الدفعة الأولى"), "negated")
    north = first_label(of_type(core, lines, "RETREAT", "الشمالي"), "planned")
    words = ("التسوية", "الاتفاق", "تسليم", "السلاح", "الإفراج", "رافضي", "الرافضين", "الحافلات", "القوائم")
    return bool(main and heavy and settled and promise and released and delayed and north
                and mostly(core, lines, words))


def protest_theme(core, lines, main):
    protests = of_type(core, lines, "PROTEST", done=True)
    blocked = [g for g in protests if g.get("mode") == "obstruct" and "الجسر" in para_text(lines, g)]
    shot = bool(main and main.get("acled") == EXCESSIVE and "الغاز المسيل للدموع" in para_text(lines, main))
    curfew = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "curfew"]
    mediation = of_type(core, lines, "CONSULT", "شيوخ عشائر", done=True)
    mourners = [g for g in protests if "شيّع" in para_text(lines, g)]
    words = ("المتظاهرين", "المحتجين", "متظاهر", "محتج", "الاعتصام", "المعتصمين", "الجسر", "الحبوبي",
             "الاحتجاج", "التنسيقية")
    return bool(len(protests) >= 3 and blocked and shot and curfew and mediation and mourners
                and mostly(core, lines, words))


def cordon_theme(core, lines, main):
    ring = [g for g in of_type(core, lines, "COERCE", "طوق", done=True) if g.get("mode") == "restrict"]
    drone = bool(main and "مسيّرة" in para_text(lines, main))
    exchange = [g for g in of_type(core, lines, "COOPERATE", "تبادل", done=True)
                if "وساطة" in para_text(lines, g)]
    air = [g for g in of_type(core, lines, "ASSAULT", "غارات", done=True) if g.get("mode") == "aerial"]
    return bool(ring and drone and exchange and air)


def retaken_theme(core, lines, main):
    retaken = [g for g in of_type(core, lines, "ASSAULT", "استعادة", "دخلت", done=True)]
    reprisals = [g for g in first_label(of_type(core, lines, "ASSAULT", "مدني"),
                                        "reported") if "fatalities" in g]
    denied = [g for g in of_type(core, lines, "REJECT", "بيان", done=True)
              if "Sudan Shield Forces" in names_en(g, "source")]
    freed = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "release"]
    convoys = [g for g in of_type(core, lines, "AID", "قافلة") if happened(g)]
    return bool(main and retaken and reprisals and denied and freed and convoys)


#: the blind sets before this one whose places it must not use
LABEL = "sets 97 and 99"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a ceasefire that broke down": (CEASEFIRE, ceasefire_theme),
              "a surrender deal": (SURRENDER, surrender_theme),
              "a protest movement met with force": (PROTEST, protest_theme),
              "front-line reporting around a surrounded town": (CORDON, cordon_theme),
              "front-line reporting after a town was retaken": (RETAKEN, retaken_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team100", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "SD": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Sudanese"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team100", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
