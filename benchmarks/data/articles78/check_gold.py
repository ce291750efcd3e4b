#!/usr/bin/env python3
"""Check team78.gold.json (the seventy-eighth team set, team78-386 ... team78-390) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 14–17 paragraphs, 5,000–7,000 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles, one in southern Idlib and one in western Daraa, one Iraqi in Diyala, one
  Yemeni in al-Hudaydah and one Palestinian around Nablus, published between 2012 and 2025 in five different
  years; none in a governorate or a year that the first paragraphs of the READMEs of sets 75, 76 and 77 name,
  and no place of the article's file name among the places they name;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core event
  in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of a
  toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», «نقلاً عن»,
  a passive «قُتل»/«أُطلق»/«اعتُقل», an acronym in quotes, a possessive actor («عناصر الـ…»/«مقاتلي …»), a
  verb–subject–object and a subject–verb–object sentence, a long parenthetical between a subject and its verb,
  two events joined in one sentence with «و» and a second verb, and a time told after the act in its own
  clause;
- the three themes: one article mostly about a siege and humanitarian access (a convoy blocked then let in, an
  airdrop, a pause agreed for evacuating the wounded, a UN call, a convoy shelled with deaths, a bakery closed
  for lack of flour told as a no-event paragraph); one mostly about a campaign of assassinations (a bomb
  under a car, gunmen on a motorcycle killing a local notable, a wave of arrests after it, a group claiming
  one and denying the other, a funeral turned into a protest, a reward offered for information); one mostly
  about raids by settlers and soldiers on villages (olive groves burned, a house demolished, a general
  strike, stone-throwing youths, arrests at dawn, a minister's condemnation and his call for international
  protection).

    python3 benchmarks/data/articles78/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    HAPPENED,
    article_plan_checks,
    main_type,
    names_en,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team78.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, economy, analysis, generic statements:
# habits, standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team78-386": [10, 16], "team78-387": [8, 16], "team78-388": [3, 16],
                  "team78-389": [2, 11], "team78-390": [11, 15, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team78-386": ("SY", "Idlib", "Maarat al-Numan", "معرة النعمان"),
          "team78-387": ("SY", "Daraa", "al-Muzayrib", "ريف درعا الغربي"),
          "team78-388": ("IQ", "Diyala", "Abu Saida", "بعقوبة"),
          "team78-389": ("YE", "al-Hudaydah", "Hays", "حيس"),
          "team78-390": ("PS", "Nablus", "Beita", "نابلس")}
PLANNED_REGION = {"team78-386": ("SY", "Idlib"), "team78-387": ("SY", "Daraa"),
                  "team78-388": ("IQ", "Diyala"), "team78-389": ("YE", "al-Hudaydah"),
                  "team78-390": ("PS", "Nablus")}
# the governorates (or regions) and years that the first paragraphs of the READMEs of sets 75, 76 and 77 name
USED_GOVS = {"Hama", "Rif Dimashq", "Kirkuk", "Shabwa", "Kasserine", "Deir ez-Zor", "Tartus", "Salahuddin",
             "Bekaa", "North Sinai", "Homs", "Hasakah", "Marib", "western Libya", "Blue Nile"}
USED_YEARS = {"2012", "2013", "2014", "2015", "2016", "2021", "2022", "2023", "2024"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, bab, bir,
# khan, sheikh, ras, tell or jebel are left out)
USED_BEFORE = {"latamneh", "morek", "qalaat", "madiq", "mhardeh", "halfaya", "hama", "misraba", "hamouriyeh",
               "arbin", "douma", "ghouta", "mulla", "abdullah", "multaqa", "rashad", "bashir", "daquq",
               "hawija", "kirkuk", "azzan", "habban", "ataq", "nisab", "musaynaa", "shabwa", "feriana",
               "thelepte", "chaambi", "sbeitla", "foussana", "salloum", "kasserine", "hajin", "baghuz",
               "susah", "shafah", "kamal", "deir", "zor", "dreikish", "safita", "badr", "tartus", "samarra",
               "tikrit", "dhuluiya", "baiji", "salahuddin", "hermel", "qasr", "arsal", "baalbek", "jousieh",
               "qaa", "labweh", "bekaa", "zuweid", "arish", "sinai", "talbiseh", "rastan", "houla", "taldou",
               "teir", "maalla", "homs", "amuda", "qahtaniyah", "qamishli", "rmelan", "hasakah", "raghwan",
               "marib", "medghal", "gharyan", "asabaa", "walid", "tarhuna", "libya", "kurmuk", "damazin",
               "qeissan"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team78-386", "team78-388", "team78-389"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team78-386": "Syrian opposition online newspaper",
               "team78-387": "Syrian local citizen-journalist network",
               "team78-388": "Iraqi provincial satellite channel's news site",
               "team78-389": "Yemeni pro-government news website",
               "team78-390": "Palestinian local news agency"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team78-386": [5, 7], "team78-389": [2, 3]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«(?:أونمها|أوتشا|داعش)»"),
    "possessive actor": re.compile(r"عناصر ال|مقاتلي |مسلحي "),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:ألقت|هدمت) (?:مروحيات|جرافات) ", re.M),
    "subject–verb–object": re.compile(r"^عضو مجلس محافظة ديالى [^.]*? اتهم ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{60,200}?، اتهم "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"هدمت جرافات الاحتلال[^.]*، وسلّمت سلطات الاحتلال |ودفعت قيادة[^.]*، ونفّذت "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قبيل|قرابة|عند|نحو|في) "),
}

# theme (a): a siege and humanitarian access
SIEGE = "team78-389"
# theme (b): a campaign of assassinations
ASSASSINATIONS = "team78-387"
# theme (c): raids by settlers and soldiers on villages
SETTLER_RAIDS = "team78-390"


def mostly(core, lines, words):
    """More than half of the core events have one of ``words`` in their paragraphs."""
    return sum(any(w in para_text(lines, g) for w in words) for g in core) * 2 > len(core)


def siege_theme(core, lines, no_event):
    blocked = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "restrict"
               and "قافلة" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    let_in = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "access"
              and g["factuality"][0] == "asserted" and "قافلة" in para_text(lines, g)]
    airdrop = [g for g in core if main_type(g) == "AID" and "إسقاط جوي" in para_text(lines, g)]
    pause = [g for g in core if main_type(g) == "AGREE" and "هدنة" in para_text(lines, g)
             and g["factuality"][0] in HAPPENED]
    evacuation = [g for g in core if main_type(g) in ("AID", "RETREAT") and g["factuality"][0] == "planned"
                  and "جريحاً" in para_text(lines, g)]
    un_call = [g for g in core if main_type(g) == "REQUEST" and "United Nations" in names_en(g, "source")]
    shelled = [g for g in core if main_type(g) == "ASSAULT" and "fatalities" in g and len(g["para"]) >= 3
               and "قافلة" in para_text(lines, g)]
    bakery = [i for i in no_event if "فرن" in lines[i] and "الطحين" in lines[i]]
    words = ("قافلة", "القافلة", "المحاصرة", "الطحين", "إسقاط", "هدنة", "الطريق", "أونمها", "الإنسانية")
    return bool(blocked and let_in and airdrop and pause and evacuation and un_call and shelled and bakery
                and mostly(core, lines, words))


def assassinations_theme(core, lines):
    car_bomb = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "explosives"
                and "أسفل سيارته" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    motorcycle = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "assassinate"
                  and "fatalities" in g and len(g["para"]) >= 3 and "دراجة نارية" in para_text(lines, g)
                  and "وجهاء" in para_text(lines, g)]
    arrests = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
               and "عقب الاغتيال" in para_text(lines, g)]
    claimed = [g for g in car_bomb if g.get("source") and "تبنّت" in para_text(lines, g)]
    denied = [g for g in core if main_type(g) == "REJECT" and "نفت" in para_text(lines, g)]
    funeral = [g for g in core if main_type(g) == "PROTEST" and "تشييع" in para_text(lines, g)]
    reward = [g for g in core if main_type(g) in ("REQUEST", "AGREE") and "مكافأة" in para_text(lines, g)]
    words = ("اغتيال", "الاغتيال", "الاغتيالات", "عبوة", "القتلة", "الوجيه", "المعتقلين", "خطف", "مكافأة")
    return bool(car_bomb and motorcycle and arrests and claimed and denied and funeral and reward
                and mostly(core, lines, words))


def settler_raids_theme(core, lines):
    groves = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "destroy"
              and "الزيتون" in para_text(lines, g) and "مستوطن" in para_text(lines, g)]
    demolition = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "destroy"
                  and "هدمت" in para_text(lines, g)]
    strike = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "strike"
              and "إضراب" in para_text(lines, g)]
    stones = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "riot"
              and "بالحجارة" in para_text(lines, g)]
    dawn = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "arrest"
            and "فجر" in para_text(lines, g) and g["factuality"][0] in HAPPENED]
    minister = [g for g in core if main_type(g) == "ACCUSE" and "Minister" in names_en(g, "source")]
    protection = [g for g in core if main_type(g) == "REQUEST" and "حماية دولية" in para_text(lines, g)]
    words = ("الاحتلال", "مستوطن", "المستوطنين", "الاستيطان")
    return bool(groves and demolition and strike and stones and dawn and minister and protection
                and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a siege and humanitarian access": [], "a campaign of assassinations": [],
              "raids by settlers and soldiers on villages": []}
    lead_first = []
    all_text = ""
    years = set()
    for d in docs:
        did = d["id"]
        country, gov, _town, place_ar = REGION.get(did, ("", "", "", ""))
        no_event = NO_EVENT_PARAS.get(did, [])
        art = article_plan_checks(HERE, d, no_event_paras=no_event, place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, lines = art.core, art.lines
        if art.lead_first:
            lead_first.append(did)
        # regions and years
        found, year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_BEFORE, used_label="sets 75-77")
        errs += found
        years.add(year)
        if did == SIEGE and siege_theme(core, lines, no_event):
            themes["a siege and humanitarian access"].append(did)
        if did == ASSASSINATIONS and assassinations_theme(core, lines):
            themes["a campaign of assassinations"].append(did)
        if did == SETTLER_RAIDS and settler_raids_theme(core, lines):
            themes["raids by settlers and soldiers on villages"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            whole_set=[(len(years) == len(docs), "two articles share a publication year")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team78", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
