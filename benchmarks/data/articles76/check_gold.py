#!/usr/bin/env python3
"""Check team76.gold.json (the seventy-sixth team set, team76-376 ... team76-380) against the article files,
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
- the regions: two Syrian articles, one in Deir ez-Zor (the Abu Kamal countryside) and one in Tartus, one
  Iraqi in Salahuddin, one Lebanese in the Bekaa and one Egyptian in North Sinai, published between 2012 and
  2025 in five different years; none in a governorate or a year that the first paragraphs of the READMEs of
  sets 73, 74 and 75 name, and no place of the article's file name among the places they name;
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
- the three themes: one article mostly about cross-border shelling and raids over several days (strikes on
  three or more places on three or more days, each its own event, a retaliation, a claim and a counter-claim,
  a border crossing closed, a call between two ministers); one mostly about detainees and a prison (a court's
  verdicts, a hunger strike, a riot put down, some detainees released and others not, the families' sit-in,
  a human-rights body's demand); one mostly about mines and explosive remnants (civilians killed by a mine,
  an IED defused, demining teams deployed, an NGO's warning, an accusation about who planted them, a promised
  compensation).

    python3 benchmarks/data/articles76/check_gold.py [--no-score]
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
    trigger_para,
)

GOLD = "team76.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, economy, analysis, generic statements:
# habits, standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team76-376": [7, 16], "team76-377": [7, 14, 15],
                  "team76-378": [10, 16], "team76-379": [9, 16], "team76-380": [10, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team76-376": ("SY", "Deir ez-Zor", "Hajin", "دير الزور"),
          "team76-377": ("SY", "Tartus", "Dreikish", "طرطوس"),
          "team76-378": ("IQ", "Salahuddin", "Samarra", "سامراء"),
          "team76-379": ("LB", "Bekaa", "Hermel", "الهرمل"),
          "team76-380": ("EG", "North Sinai", "Bir al-Abd", "العريش")}
PLANNED_REGION = {"team76-376": ("SY", "Deir ez-Zor"), "team76-377": ("SY", "Tartus"),
                  "team76-378": ("IQ", "Salahuddin"), "team76-379": ("LB", "Bekaa"),
                  "team76-380": ("EG", "North Sinai")}
# the governorates and years that the first paragraphs of the READMEs of sets 73, 74 and 75 name
USED_GOVS = {"Raqqa", "Aleppo", "Taiz", "South Kordofan", "Hirshabelle", "Quneitra", "Latakia",
             "North Lebanon", "Benghazi", "Bethlehem", "Hama", "Rif Dimashq", "Kirkuk", "Shabwa", "Kasserine"}
USED_YEARS = {"2012", "2013", "2014", "2016", "2017", "2018", "2019", "2020", "2025"}
# the places those paragraphs name, as file-name words (generic parts of names such as al, bab, bir, khan,
# sheikh, umm or jabal are left out)
USED_BEFORE = {"tabqa", "mansoura", "raqqa", "zandin", "qabasin", "bzaa", "tadef", "jarabulus", "aleppo",
               "dhabab", "salw", "misrakh", "taiz", "dilling", "kadugli", "obeid", "kordofan", "jowhar",
               "mahaday", "balad", "beledweyne", "hirshabelle", "mashara", "batinah", "breiqa", "arnabah",
               "ajam", "ruwayhinah", "hamidiyah", "quneitra", "latakia", "daher", "kabani", "rabia",
               "slinfah", "tabbaneh", "mohsen", "qubbah", "nour", "tripoli", "fuwayhat", "salmani", "dubai",
               "kish", "marj", "bayda", "benghazi", "dheisheh", "tuqu", "nahalin", "ofer", "etzion",
               "bethlehem", "latamneh", "morek", "qalaat", "madiq", "mhardeh", "halfaya", "hama", "misraba",
               "hamouriyeh", "arbin", "douma", "ghouta", "mulla", "abdullah", "multaqa", "rashad", "bashir",
               "daquq", "hawija", "kirkuk", "azzan", "habban", "ataq", "nisab", "musaynaa", "feriana",
               "thelepte", "chaambi", "sbeitla", "foussana", "salloum", "kasserine"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team76-378", "team76-379", "team76-380"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team76-376": "Syrian local activist news network",
               "team76-377": "Syrian state-run provincial daily newspaper",
               "team76-378": "Iraqi local news agency",
               "team76-379": "Lebanese daily newspaper's website",
               "team76-380": "Egyptian private news portal"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team76-376": [3, 4], "team76-379": [2, 3]}

MIN_CHARS, MAX_CHARS = 60, 500

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "نقلاً عن": re.compile(r"نقلاً عن"),
    "passive «قُتل»/«أُطلق»/«اعتُقل»": re.compile(r"قُتل|أُطلق|اعتُقل"),
    "acronym in quotes": re.compile(r"«(?:قسد|داعش)»"),
    "possessive actor": re.compile(r"عناصر ال|مقاتلي "),
    "verb–subject–object": re.compile(r"(?:^|[.،:] )(?:فككت|أصدرت|ألقت) (?:فرق|محكمة|مروحيات) ", re.M),
    "subject–verb–object": re.compile(
        r"^المتحدث باسم مجلس دير الزور العسكري، [^.]*? اتهم خلايا|غير أن رئيس بلدية الهرمل نفى ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{60,200}?، اتهم "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"وفرضت «قسد» حظراً[^.]*، وهددت "),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|عند|نحو|في) "),
}

# theme (a): cross-border shelling and raids over several days
CROSS_BORDER = "team76-379"
# theme (b): detainees and a prison
PRISON = "team76-378"
# theme (c): mines and explosive remnants
MINES = "team76-376"


def cross_border_theme(core, lines, spans):
    strikes = [g for g in core if main_type(g) == "ASSAULT" and g["factuality"][0] in ("asserted", "reported")
               and g.get("location") and g.get("date")]
    places = {g["location"]["accept"][0] for g in strikes}
    days = {g["date"]["value"] for g in strikes}
    retaliation = [g for g in strikes if "Lebanese Army" in names_en(g, "source")
                   and "ردّ" in lines[trigger_para(g, spans)]]
    claimed = [g for g in strikes if "fatalities" in g and len(g["para"]) >= 3 and g.get("source")
               and "تبنّت" in para_text(lines, g)]
    counter = [g for g in core if main_type(g) == "REJECT" and g["factuality"][0] in HAPPENED]
    closed = [g for g in core if main_type(g) == "COERCE" and g.get("mode") == "restrict"
              and "معبر" in para_text(lines, g)]
    call = [g for g in core if main_type(g) == "CONSULT" and g.get("mode") == "phone"
            and "Minister" in names_en(g, "source") and "Minister" in names_en(g, "recipient")]
    words = ("صواريخ", "قذيف", "براميل", "معبر", "الحدود", "جرود", "القصف")
    border = sum(any(w in para_text(lines, g) for w in words) for g in core)
    return bool(len(places) >= 3 and len(days) >= 3 and retaliation and claimed and counter and closed
                and call and border * 2 > len(core))


def prison_theme(core, lines):
    verdicts = [g for g in core if main_type(g) == "SANCTION" and g.get("mode") == "convict"
                and g["factuality"][0] in HAPPENED]
    hunger = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "strike"
              and "الطعام" in para_text(lines, g)]
    riot = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "riot"]
    put_down = [g for g in core if main_type(g) == "ASSAULT" and "fatalities" in g
                and "شغب" in para_text(lines, g) and g["factuality"][0] in ("asserted", "reported")]
    released = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release"
                and g["factuality"][0] in HAPPENED]
    kept = [g for g in core if main_type(g) == "RETREAT" and g.get("mode") == "release"
            and g["factuality"][0] == "negated"]
    sit_in = [g for g in core if main_type(g) == "PROTEST" and g.get("mode") == "demo"
              and "ذوي المعتقلين" in para_text(lines, g)]
    rights = [g for g in core if main_type(g) == "REQUEST" and "Human Rights" in names_en(g, "source")]
    prison = sum(any(w in para_text(lines, g) for w in ("سجن", "السجن", "النزلاء", "المعتقلين", "المضربين",
                                                         "موقوف", "المحكمة", "محكمة"))
                 for g in core)
    return bool(verdicts and hunger and riot and put_down and released and kept and sit_in and rights
                and prison * 2 > len(core))


def mines_theme(core, lines):
    killed = [g for g in core if main_type(g) == "ASSAULT" and g.get("mode") == "explosives"
              and "fatalities" in g and g["factuality"][0] in ("asserted", "reported")
              and "لغم" in para_text(lines, g)]
    defused = [g for g in core if g.get("mode") == "seize" and "عبوة" in para_text(lines, g)
               and g["factuality"][0] in HAPPENED]
    deployed = [g for g in core if main_type(g) == "MOBILIZE" and "الهندسة" in para_text(lines, g)
                and g["factuality"][0] in HAPPENED]
    warning = [g for g in core if main_type(g) == "REQUEST" and "حذّرت منظمة" in para_text(lines, g)]
    planted = [g for g in core if main_type(g) == "ACCUSE" and "بزرع" in para_text(lines, g)]
    compensation = [g for g in core if main_type(g) in ("AGREE", "AID") and "تعويض" in para_text(lines, g)
                    and g["factuality"][0] in ("asserted", "planned")]
    mines = sum(any(w in para_text(lines, g) for w in ("لغم", "ألغام", "عبوة", "تعويض", "المسح"))
                for g in core)
    return bool(killed and defused and deployed and warning and planted and compensation
                and mines * 2 > len(core))


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"cross-border shelling and raids": [], "detainees and a prison": [],
              "mines and explosive remnants": []}
    lead_first = []
    all_text = ""
    years = set()
    for d in docs:
        did = d["id"]
        country, gov, _town, place_ar = REGION.get(did, ("", "", "", ""))
        art = article_plan_checks(HERE, d, no_event_paras=NO_EVENT_PARAS.get(did, []), place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, lines, spans = art.core, art.lines, art.spans
        if art.lead_first:
            lead_first.append(did)
        # regions and years
        found, year = region_year_checks(did, d, country=country, gov=gov, planned_region=PLANNED_REGION,
                                         used_govs=USED_GOVS, used_years=USED_YEARS,
                                         used_file_words=USED_BEFORE, used_label="sets 73-75")
        errs += found
        years.add(year)
        if did == CROSS_BORDER and cross_border_theme(core, lines, spans):
            themes["cross-border shelling and raids"].append(did)
        if did == PRISON and prison_theme(core, lines):
            themes["detainees and a prison"].append(did)
        if did == MINES and mines_theme(core, lines):
            themes["mines and explosive remnants"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            whole_set=[(len(years) == len(docs), "two articles share a publication year")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team76", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
