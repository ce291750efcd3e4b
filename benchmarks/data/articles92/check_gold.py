#!/usr/bin/env python3
"""Check team92.gold.json (the ninety-second team set, team92-456 ... team92-460) against the article files,
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
- the regions: two Syrian articles, one in Quneitra (the villages of the Golan front) and one in Rif Dimashq
  (Eastern Ghouta), one Iraqi in Salah ad-Din, one Lebanese in North Lebanon (Tripoli) and one Yemeni in Taiz,
  the main event in one of the places the plan names for its region, each article in the month the plan gives
  it (July 2018, November 2017, April 2015, March 2014, August 2016); none in a governorate that the first
  paragraphs of the READMEs of sets 89 and 91 name, no place of the article's file name and no accepted place
  name among the places they name;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», passives, an
  acronym in quotes, a possessive actor, a verb–subject–object and a subject–verb–object sentence, a long
  parenthetical between a subject and its verb, two events joined in one sentence with «و» and a second verb,
  a time told after the act in its own clause, a main event told again by the other side, a purpose clause,
  a burial, and «من دون أن» that negates nothing;
- the themes: one article mostly about a settlement and the departures under it (the deal's terms, buses
  planned and delayed, weapons handed over, a list of names refused, a town that rejects the deal); one mostly
  about a siege and the hunger it brings (a crossing closed, a convoy partly let in, prices, a medical
  evacuation requested and refused, a child dead of malnutrition told in a no-event paragraph); one mostly
  about sniper fire between two quarters and a security plan (sniper fire as the main event, an army
  deployment, a plan for next week, arrest warrants, a sit-in, a cabinet meeting); and a prisoner exchange
  mediated by notables (carried out in part, its completion planned, one side accused of breaking it).

    python3 benchmarks/data/articles92/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    article_plan_checks,
    first_label,
    mostly,
    of_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team92.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a death without an act): any event a system reports there must count as a false positive. There
# is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team92-456": [11, 15], "team92-457": [6, 8, 15], "team92-458": [7, 15],
                  "team92-459": [10, 14, 16], "team92-460": [9, 15]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team92-456": ("SY", "Quneitra", "al-Hamidiyah", "الحميدية"),
          "team92-457": ("SY", "Rif Dimashq", "Misraba", "دوما"),
          "team92-458": ("IQ", "Salah ad-Din", "Samarra", "سامراء"),
          "team92-459": ("LB", "North", "Bab al-Tabbaneh", "طرابلس"),
          "team92-460": ("YE", "Taiz", "al-Masbah", "تعز")}
PLANNED_REGION = {"team92-456": ("SY", "Quneitra"), "team92-457": ("SY", "Rif Dimashq"),
                  "team92-458": ("IQ", "Salah ad-Din"), "team92-459": ("LB", "North"),
                  "team92-460": ("YE", "Taiz")}
# the places the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Quneitra"): {"Khan Arnabah", "Jubata al-Khashab", "al-Hamidiyah", "Quneitra"},
                 ("SY", "Rif Dimashq"): {"Douma", "Harasta", "Misraba", "al-Wafideen"},
                 ("IQ", "Salah ad-Din"): {"Samarra", "Tikrit", "Baiji", "al-Dour"},
                 ("LB", "North"): {"Bab al-Tabbaneh", "Jabal Mohsen", "Syria Street", "al-Qubbah"},
                 ("YE", "Taiz"): {"al-Masbah", "Salh", "al-Dhabab road", "presidential palace hill"}}
# the month the plan gives each article (the brief sets them; 2015, 2017 and 2018 are also years of sets 89
# and 91, so years are not checked against the earlier sets)
PLANNED_MONTH = {"team92-456": "2018-07", "team92-457": "2017-11", "team92-458": "2015-04",
                 "team92-459": "2014-03", "team92-460": "2016-08"}
# the governorates (or regions) that the first paragraphs of the READMEs of sets 89 and 91 name
USED_GOVS = {"Homs", "Hasakah", "Babil", "western Tunisia", "Kasserine", "Hadramawt", "Tartus", "Aleppo",
             "Dhi Qar", "western Libya", "Gaza Strip"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, umm, tal,
# khan, beit, mount, city, dam, port, road, market, prison, north, west or east are left out)
USED_BEFORE = {"rastan", "talbiseh", "homs", "khabur", "jumaa", "keif", "tamr", "qamishli", "hol",
               "darbasiyah", "amuda", "hasakah", "hillah", "iskandariyah", "baghdad", "musayyib", "babil",
               "bouchebka", "feriana", "kasserine", "chaambi", "tunisia", "tarim", "mukalla", "seiyun",
               "hadramawt", "masila", "shihr", "safita", "dreikish", "baniyas", "qadmus", "tartus", "manbij",
               "sajur", "jarabulus", "arima", "tishreen", "aleppo", "fuhud", "suq", "shuyukh", "nasiriyah",
               "shatra", "dhi", "qar", "sabratha", "zuwara", "surman", "ajaylat", "libya", "younis", "rafah",
               "erez", "gaza", "lahia"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["al-Rastan", "Talbiseh", "Homs", "Khabur", "Tal Jumaa", "Umm al-Keif", "Tal Tamr", "Qamishli",
               "al-Hol", "al-Darbasiyah", "Amuda", "Hasakah", "al-Hillah", "al-Iskandariyah", "Baghdad",
               "al-Musayyib", "Babil", "Bouchebka", "Feriana", "Kasserine", "Mount Chaambi", "Tarim",
               "al-Mukalla", "Seiyun", "Hadramawt", "al-Masila", "al-Shihr", "Safita", "al-Dreikish",
               "Baniyas",
               "al-Qadmus", "Tartus", "Manbij", "Sajur", "Jarabulus", "al-Arima", "Tishreen Dam", "Aleppo",
               "al-Fuhud", "Suq al-Shuyukh", "al-Nasiriyah", "al-Shatra", "Dhi Qar", "Sabratha", "Zuwara",
               "Surman", "al-Ajaylat", "Khan Younis", "Rafah", "Erez", "Gaza City", "Beit Lahia",
               "Gaza Strip",
               "حمص", "الحسكة", "القامشلي", "بابل", "بغداد", "الحلة", "حضرموت", "المكلا", "القصرين", "طرطوس",
               "صافيتا", "منبج", "حلب", "ذي قار", "الناصرية", "صبراتة", "خان يونس", "رفح", "غزة"]

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team92-456", "team92-458", "team92-459"}
DATELINE_KIND = {"team92-456": ("عمّان", "a foreign capital"), "team92-458": ("صلاح الدين", "a province"),
                 "team92-459": ("طرابلس", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team92-456": "pan-Arab news agency's wire service",
               "team92-457": "Eastern Ghouta local opposition media office's website",
               "team92-458": "Iraqi daily newspaper's website",
               "team92-459": "Lebanese TV station's news website",
               "team92-460": "Yemeni pro-government news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team92-458": [3, 5], "team92-459": [2, 3]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«أُفرج»/«صودرت»/«أُرجئ»/«اعتُقلوا»": re.compile(r"قُتل|أُفرج|صودرت|أُرجئ|اعتُقلوا"),
    "acronym in quotes": re.compile(r"«سانا»|«أندوف»|«أوتشا»|«سبأ»"),
    "possessive actor": re.compile(r"مقاتلي الحشد|مسلحي الحوثي|قناصي الجبل|مقاتلي الحركة"),
    "verb–subject–object":
        re.compile(r"(?:^|[.،:] )و?(?:سلّم|استقدمت|دفعت|شنّ|عزّز|أطلق) "
                   r"(?:مقاتلون|القوات|هيئة|طيران|الجيش|مسلحون)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:والمجلس المحلي لمدينة دوما|ومحافظ صلاح الدين)، [^.]*? (?:اتهم|دعا) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:اتهم|دعا) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"وتظاهر مئات[^.]*، وطالبوا |اعتصاماً[^.]*، وطالبوا "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|عند|بعد) "),
    "main event told again by the other side":
        re.compile(r"(?:في المقابل|وفي رواية مغايرة)، (?:نقلت وكالة|زعمت وكالة|تبنّت|حمّل)"),
    "purpose clause": re.compile(r"تمهيداً(?: لتنفيذ|، بحسب)"),
    "burial or funeral": re.compile(r"^(?:ودُفن|ودفن|وشُيّع|وشُيّعت|وشيّع) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a settlement and the departures under it
SETTLEMENT = "team92-456"
# theme (b): a siege and the hunger it brings
SIEGE_HUNGER = "team92-457"
# theme (c): sniper fire between two quarters and a security plan
SNIPERS_PLAN = "team92-459"
# theme (d): a prisoner exchange mediated by local notables
EXCHANGE = "team92-460"


def settlement_theme(core, lines, main):
    deal = of_type(core, lines, "AGREE", "التسوية", done=True)
    buses = first_label(of_type(core, lines, "RETREAT", "الحافلات"), "planned")
    handover = [g for g in of_type(core, lines, "RETREAT", "أسلحتهم", done=True) if g.get("mode") == "disarm"]
    names_refused = of_type(core, lines, "REJECT", "قائمة", done=True)
    town_rejects = of_type(core, lines, "REJECT", "بلدة", "الاتفاق", done=True)
    words = ("التسوية", "الاتفاق", "الحافلات", "الخارجين", "أسلحتهم", "سلاحهم", "المهلة", "قائمة", "سوّوا")
    return bool(deal and buses and handover and names_refused and town_rejects and main
                and mostly(core, lines, words))


def siege_hunger_theme(core, lines, main, no_event):
    crossing = [g for g in of_type(core, lines, "COERCE", "معبر", done=True) if g.get("mode") == "restrict"]
    convoy_in = of_type(core, lines, "AID", "قافلة", done=True)
    convoy_out = first_label(of_type(core, lines, "AID", "الشاحنات"), "negated")
    evacuation = of_type(core, lines, "REQUEST", "بإجلاء", done=True)
    refused = of_type(core, lines, "REJECT", "الطلب", done=True)
    prices = any("سعر" in lines[i] for i in no_event)
    hunger_death = [i for i, line in enumerate(lines) if "سوء التغذية" in line and "توفيت" in line]
    words = ("الحصار", "المحاصرة", "المعبر", "معبر", "القافلة", "قافلة", "الشاحنات", "إجلاء", "الجوع",
             "التجويع", "الطحين", "جوعاً")
    return bool(crossing and convoy_in and convoy_out and evacuation and refused and prices and hunger_death
                and set(hunger_death) <= set(no_event) and main and mostly(core, lines, words))


def snipers_plan_theme(core, lines, main):
    sniping = bool(main and "القنص" in para_text(lines, main))
    deployed = of_type(core, lines, "MOBILIZE", "الجيش", done=True)
    plan = first_label(of_type(core, lines, "MOBILIZE", "خطة", "الأسبوع المقبل"), "planned")
    warrants = of_type(core, lines, "COERCE", "مذكرات توقيف", done=True)
    sitin = of_type(core, lines, "PROTEST", "اعتصاماً", done=True)
    cabinet = of_type(core, lines, "CONSULT", "مجلس الوزراء", done=True)
    words = ("القنص", "قنص", "قناص", "الخطة", "مذكرات", "المحاور", "المطلوبين", "شارع سوريا", "التبانة",
             "جبل محسن")
    return bool(sniping and deployed and plan and warrants and sitin and cabinet
                and mostly(core, lines, words))


def exchange_theme(core, lines):
    done = [g for g in of_type(core, lines, "COOPERATE", "الأسرى", "وجهاء", done=True)]
    planned = first_label(of_type(core, lines, "COOPERATE", "الصفقة"), "planned")
    broken = of_type(core, lines, "ACCUSE", "التنصل", done=True)
    return bool(done and planned and broken)


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a settlement and the departures under it": [], "a siege and the hunger it brings": [],
              "sniper fire between two quarters and a security plan": [],
              "a prisoner exchange mediated by local notables": []}
    lead_first = []
    all_text = ""
    months = {}
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = REGION.get(did, ("", "", "", ""))
        no_event = NO_EVENT_PARAS.get(did, [])
        art = article_plan_checks(HERE, d, no_event_paras=no_event, place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, lines, main = art.core, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        # the article's length and paragraph count as the plan asks
        if not TEXT_RANGE[0] <= len(art.text) <= TEXT_RANGE[1]:
            errs.append(f"{did}: {len(art.text)} characters (the plan wants {TEXT_RANGE[0]}-{TEXT_RANGE[1]})")
        if len(lines) != 18:
            errs.append(f"{did}: {len(lines) - 1} paragraphs after the headline (the plan wants 17)")
        # the dateline names the kind of place the plan gives it
        if did in DATELINE_KIND and not lines[1].startswith(DATELINE_KIND[did][0] + " – «"):
            city, kind = DATELINE_KIND[did]
            errs.append(f"{did}: the dateline does not name {kind} ({city})")
        # the main event takes place in a town the plan gives the article
        if main and not any(town in x or x in town for x in main.get("location", {}).get("accept", [])):
            errs.append(f"{did}: the main event is not placed in {town}")
        # regions and governorates (the years are the plan's, checked below)
        found, _year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                          town=town, planned_towns=PLANNED_TOWNS, used_govs=USED_GOVS,
                                          used_years=set(), used_file_words=USED_BEFORE,
                                          used_places=USED_PLACES, used_label="sets 89 and 91")
        errs += found
        months[did] = d["published"][:7]
        if did == SETTLEMENT and settlement_theme(core, lines, main):
            themes["a settlement and the departures under it"].append(did)
        if did == SIEGE_HUNGER and siege_hunger_theme(core, lines, main, no_event):
            themes["a siege and the hunger it brings"].append(did)
        if did == SNIPERS_PLAN and snipers_plan_theme(core, lines, main):
            themes["sniper fire between two quarters and a security plan"].append(did)
        if did == EXCHANGE and exchange_theme(core, lines):
            themes["a prisoner exchange mediated by local notables"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "LB": 1, "YE": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                             "and one Yemeni"),
                            whole_set=[(months == PLANNED_MONTH,
                                        f"the articles' months {months} are not the plan's {PLANNED_MONTH}")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team92", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
