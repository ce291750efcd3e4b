#!/usr/bin/env python3
"""Check team90.gold.json (the ninetieth team set, team90-446 ... team90-450) against the article files,
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
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles, one in Idlib (Jabal al-Zawiya and the Idlib–Ariha area) and one in
  Daraa (Daraa al-Balad and its countryside), one Iraqi in Anbar (Haditha, Hit and the Euphrates valley), one
  Lebanese in Baalbek-Hermel and one Sudanese in Khartoum (Omdurman and Khartoum Bahri), the main event in one
  of the towns the plan names for its region, each article in the year the plan gives it (2020, 2021, 2016,
  2019, 2023); none in a governorate that the first paragraphs of the READMEs of sets 87, 88 and 89 name, no
  place of the article's file name and no accepted place name among the places they name;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», a passive
  «قُتل»/«أُطلق»/«اعتُقل»/«استُخدمت», an acronym in quotes, a possessive actor («مقاتلي الحشد العشائري»,
  «عناصر من التنظيم»), a verb–subject–object and a subject–verb–object sentence, a long parenthetical between
  a subject and its verb, two events joined in one sentence with «و» and a second verb, a time told after the
  act in its own clause, and a main event told again by the other side;
- the three themes: one article mostly about negotiations over a besieged quarter (a round of talks without
  an agreement, a road map's clause refused, a threat to storm, the only crossing closed, a new round
  planned); one mostly about a clan feud and army raids (a clash between two families over a vendetta, two
  army raids, reinforcements, a mediators' truce, the army's warning); one mostly about the humanitarian
  crisis of a city at war (a market shelled, an overwhelmed hospital, water cut, an appeal for blood and
  medicines, aid planned and aid not arrived, a pledge of fuel for water stations).

    python3 benchmarks/data/articles90/check_gold.py [--no-score]
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
    main_type,
    mostly,
    of_type,
    para_text,
    region_year_checks,
    run_checks,
    set_plan_checks,
)

GOLD = "team90.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements: habits, standing
# situations, aggregates): any event a system reports there must count as a false positive. There is no
# fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team90-446": [13, 16], "team90-447": [14, 16], "team90-448": [8, 14],
                  "team90-449": [12, 16], "team90-450": [6, 12, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team90-446": ("SY", "Idlib", "al-Fatira", "الفطيرة"),
          "team90-447": ("SY", "Daraa", "Daraa al-Balad", "درعا البلد"),
          "team90-448": ("IQ", "Anbar", "Barwana", "بروانة"),
          "team90-449": ("LB", "Baalbek-Hermel", "Brital", "بريتال"),
          "team90-450": ("SD", "Khartoum", "al-Thawra", "الثورة")}
PLANNED_REGION = {"team90-446": ("SY", "Idlib"), "team90-447": ("SY", "Daraa"),
                  "team90-448": ("IQ", "Anbar"), "team90-449": ("LB", "Baalbek-Hermel"),
                  "team90-450": ("SD", "Khartoum")}
# the towns the plan names for each region (the main event takes place in one of them)
PLANNED_TOWNS = {("SY", "Idlib"): {"al-Fatira", "al-Bara", "Kansafra", "Ariha"},
                 ("SY", "Daraa"): {"Daraa al-Balad", "Tafas", "Jasim", "Nawa"},
                 ("IQ", "Anbar"): {"Haditha", "Barwana", "Hit", "al-Baghdadi"},
                 ("LB", "Baalbek-Hermel"): {"Baalbek", "Brital", "Hermel", "Iaat"},
                 ("SD", "Khartoum"): {"Omdurman", "al-Thawra", "Karari", "Khartoum Bahri"}}
# the year the plan gives each article (the brief sets them; three of them, 2016, 2021 and 2023, are also
# years of sets 87-89, so years are not checked against the earlier sets)
PLANNED_YEAR = {"team90-446": "2020", "team90-447": "2021", "team90-448": "2016", "team90-449": "2019",
                "team90-450": "2023"}
# the governorates (or regions) that the first paragraphs of the READMEs of sets 87, 88 and 89 name
USED_GOVS = {"Kirkuk", "Latakia", "Raqqa", "northern West Bank", "Jenin", "Minya", "Assiut", "Hama",
             "Deir ez-Zor", "Diyala", "south Lebanon", "Nabatieh", "Marib", "Homs", "Hasakah", "Babil",
             "Baghdad", "western Tunisia", "Kasserine", "Hadramawt"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, abu, umm, wadi,
# tal, jabal, nabi, mount, city, camp, north, west, east, bank or lebanon are left out)
USED_BEFORE = {"daquq", "kirkuk", "riyadh", "rabia", "turkman", "haffah", "younes", "kinsabba", "latakia",
               "abyad", "suluk", "tabqa", "raqqa", "jenin", "jalama", "salem", "mallawi", "minya", "abnub",
               "assiut", "kafr", "zita", "morek", "suran", "nabudah", "latamneh", "hilal", "salamiyah",
               "hama", "busayra", "dhiban", "sur", "hajin", "deir", "zor", "ward", "khanaqin", "jalawla",
               "baqubah", "muqdadiyah", "diyala", "khiam", "marjayoun", "aita", "shaab", "ramiyeh",
               "nabatieh", "shebaa", "yaroun", "sirwah", "marib", "rastan", "talbiseh", "homs", "jumaa",
               "keif", "tamr", "qamishli", "hol", "darbasiyah", "amuda", "hasakah", "hillah", "iskandariyah",
               "baghdad", "musayyib", "babil", "bouchebka", "feriana", "kasserine", "chaambi", "tunisia",
               "tarim", "mukalla", "seiyun", "hadramawt", "masila", "shihr"}
# the same places as names, to compare with the accepted place names of the events
USED_PLACES = ["Daquq", "Kirkuk", "al-Riyadh", "Rabia", "Jabal al-Turkman", "al-Haffah", "Nabi Younes",
               "Kinsabba", "Latakia", "Tal Abyad", "Suluk", "al-Tabqa", "Raqqa", "Jenin", "al-Jalama",
               "Salem", "West Bank", "Mallawi", "Minya", "Abnub", "Assiut", "Kafr Zita", "Morek", "Suran",
               "Kafr Nabudah", "al-Latamneh", "al-Sheikh Hilal", "Salamiyah", "Hama", "al-Busayra", "Dhiban",
               "al-Sur", "Hajin", "Deir ez-Zor", "Tal al-Ward", "Khanaqin", "Jalawla", "Baqubah",
               "al-Muqdadiyah", "Diyala", "al-Khiam", "Marjayoun", "Aita al-Shaab", "Ramiyeh", "Nabatieh",
               "Shebaa", "Yaroun", "south Lebanon", "Sirwah", "Marib", "al-Wadi", "al-Rastan", "Talbiseh",
               "Homs", "Tal Jumaa", "Umm al-Keif", "Tal Tamr", "Qamishli", "al-Hol", "al-Darbasiyah",
               "Amuda", "Hasakah", "al-Hillah", "al-Iskandariyah", "Baghdad", "al-Musayyib", "Babil",
               "Bouchebka", "Feriana", "Kasserine", "Mount Chaambi", "Tarim", "al-Mukalla", "Seiyun",
               "Hadramawt", "al-Masila", "al-Shihr",
               "كركوك", "اللاذقية", "الرقة", "جنين", "حماة", "دير الزور", "ديالى", "النبطية", "مأرب", "حمص",
               "الحسكة", "بغداد", "بابل", "حضرموت", "القصرين"]

# the articles whose ¶1 opens with a dateline
DATELINE = {"team90-447", "team90-448", "team90-450"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team90-446": "Idlib opposition local news network",
               "team90-447": "Jordanian daily newspaper's website",
               "team90-448": "Iraqi satellite TV channel's news website",
               "team90-449": "Bekaa local news website",
               "team90-450": "Sudanese independent daily newspaper's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team90-448": [3, 4], "team90-450": [9, 13]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»/«استُخدمت»": re.compile(r"قُتل|أُطلق|اعتُقل|استُخدمت"),
    "acronym in quotes": re.compile(r"«سانا»|«داعش»|«إكس»"),
    "possessive actor": re.compile(r"مقاتلي الحشد العشائري|عناصر من التنظيم"),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )و?(?:دفع|أغلقت|شنّ) (?:الجيش|قوات|الطيران|طيران)", re.M),
    "subject–verb–object": re.compile(r"^وقائممقام قضاء حديثة، [^.]*? طالب ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{60,200}?، طالب "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"ودان المجلس المحلي[^.]*، وطالب |واجتمع المدير التنفيذي[^.]*، وتعهّد "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:عند|قرابة|بعد) "),
    "main event told again by the other side":
        re.compile(r"في المقابل، (?:نقلت وكالة «سانا»|قالت وكالة «سانا»|اتهمت عائلة|نفت قوات الدعم السريع)"),
}

# theme (a): negotiations over a besieged quarter
SIEGE_TALKS = "team90-447"
# theme (b): a clan feud and army raids
FEUD = "team90-449"
# theme (c): the humanitarian crisis of a city at war
CITY_AT_WAR = "team90-450"


def siege_talks_theme(core, lines, main):
    talks = of_type(core, lines, "CONSULT", "المفاوضات", "الحصار", done=True)
    no_deal = first_label(of_type(core, lines, "AGREE", "اتفاق"), "negated")
    clause = of_type(core, lines, "REJECT", "الخريطة", "التهجير", done=True) or \
        of_type(core, lines, "REJECT", "الخريطة", "ترحيل", done=True)
    storm = of_type(core, lines, "THREATEN", "باقتحام", done=True)
    crossing = of_type(core, lines, "COERCE", "حاجز", "المنفذ الوحيد", done=True)
    new_round = first_label(of_type(core, lines, "CONSULT", "المفاوضات"), "planned")
    words = ("الحصار", "المحاصرين", "المفاوضات", "الجولة", "الخريطة", "اللجنة المركزية", "درعا البلد", "الحي")
    return bool(talks and no_deal and clause and storm and crossing and new_round and main
                and mostly(core, lines, words))


def feud_theme(core, lines, main):
    clash = bool(main and main_type(main) == "ASSAULT" and "ثأر" in para_text(lines, main)
                 and "عائلتي" in para_text(lines, main))
    raids = of_type(core, lines, "COERCE", "دهمت", done=True)
    reinforcements = of_type(core, lines, "MOBILIZE", "تعزيزات", done=True)
    truce = of_type(core, lines, "AGREE", "هدنة", done=True)
    warning = of_type(core, lines, "THREATEN", "الجيش", done=True)
    words = ("آل عسّاف", "آل سويدان", "العائلتين", "عائلتي", "الثأر", "ثأر", "مطلوبين", "مطلقي النار",
             "الاشتباك", "اشتباك")
    return bool(clash and len(raids) >= 2 and reinforcements and truce and warning
                and mostly(core, lines, words))


def city_at_war_theme(core, lines, main):
    text = "\n".join(lines)
    market = bool(main and "سوق" in para_text(lines, main) and "مستشفى" in para_text(lines, main))
    water = "انقطاع المياه" in text
    appeal = of_type(core, lines, "REQUEST", "غرف الطوارئ", "الدم", done=True)
    planned_aid = first_label(of_type(core, lines, "AID"), "planned")
    missing_aid = first_label(of_type(core, lines, "AID"), "negated")
    fuel = of_type(core, lines, "AGREE", "الوقود", "المياه", done=True)
    words = ("مستشفى", "المستشفى", "مستشفيات", "المياه", "الطوارئ", "المساعدات", "الإنسانية", "حصص",
             "متطوعين", "الجرحى", "الوقود")
    return bool(market and water and appeal and planned_aid and missing_aid and fuel
                and mostly(core, lines, words))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"negotiations over a besieged quarter": [], "a clan feud and army raids": [],
              "the humanitarian crisis of a city at war": []}
    lead_first = []
    all_text = ""
    years = {}
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
        # the main event takes place in the town the plan gives the article
        if main and not any(town in x or x in town for x in main.get("location", {}).get("accept", [])):
            errs.append(f"{did}: the main event is not placed in {town}")
        # regions and governorates (the years are the plan's, checked below)
        found, year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                         town=town, planned_towns=PLANNED_TOWNS, used_govs=USED_GOVS,
                                         used_years=set(), used_file_words=USED_BEFORE,
                                         used_places=USED_PLACES, used_label="sets 87-89")
        errs += found
        years[did] = year
        if did == SIEGE_TALKS and siege_talks_theme(core, lines, main):
            themes["negotiations over a besieged quarter"].append(did)
        if did == FEUD and feud_theme(core, lines, main):
            themes["a clan feud and army raids"].append(did)
        if did == CITY_AT_WAR and city_at_war_theme(core, lines, main):
            themes["the humanitarian crisis of a city at war"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "LB": 1, "SD": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                             "and one Sudanese"),
                            whole_set=[(years == PLANNED_YEAR,
                                        f"the articles' years {years} are not the plan's {PLANNED_YEAR}")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team90", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
