#!/usr/bin/env python3
"""Check team70.gold.json (the seventieth team set, team70-346 ... team70-350) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 14–17 paragraphs, 5,000–7,000 characters an article, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles; the two others have none and name
  their place in the first sentence instead;
- the regions: two Syrian articles of 2012–2024 in two different governorates among Idlib, Daraa, Quneitra,
  Hasakah, Latakia and the Aleppo countryside; one Libyan; one Palestinian (a West Bank raid in the Jenin,
  Tulkarm, Hebron or Nablus governorates); one in Iraqi Kurdistan or Sinjar; no place of the article's file
  name among those set 69's README lists as used;
- the layout: the main event (the core event with fatalities told in three or more paragraphs) is told
  first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another event in the others; one article
  gives its toll only in the headline and a late paragraph; at most two articles let the reports of a toll
  conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the three themes: one article mostly about fighting between two armed factions of the same camp (two or
  more two-sided clashes naming both, a mediation, a truce agreed and then broken by a later clash, an
  exchange of prisoners carried out, and most core events involving one of the two); one mostly about a war
  of words (most core events accusations, denials, threats and calls, with a core ACCUSE, REJECT, THREATEN
  and REQUEST, nested reported speech «نقلت X عن Y قوله», a statement answering another statement and a
  retraction); one mostly about raids and arrest campaigns (most core events arrests, raids, releases,
  demolitions and seizures, with a core house raid, arrest, release on bail, demolition and confiscation).

    python3 benchmarks/data/articles70/check_gold.py [--no-score]
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
    article_checks,
    layout_checks,
    names_en,
    run_checks,
    set_plan_checks,
)

GOLD = "team70.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, analysis, generic statements: habits,
# standing situations, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team70-346": [5, 12], "team70-347": [6, 13],
                  "team70-348": [5, 15], "team70-349": [6, 15],
                  "team70-350": [8, 16]}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence)
REGION = {"team70-346": ("SY", "Daraa", "Tafas", "طفس"),
          "team70-347": ("SY", "Hasakah", "Tal Tamr", "الحسكة"),
          "team70-348": ("LY", "Tripoli", "Janzour", "جنزور"),
          "team70-349": ("PS", "Hebron", "Beit Ummar", "بيت أمّر"),
          "team70-350": ("IQ", "Nineveh", "Sinjar", "سنجار")}
SYRIA_GOVS = {"Idlib", "Daraa", "Quneitra", "Hasakah", "Latakia", "Aleppo"}
WEST_BANK_GOVS = {"Jenin", "Tulkarm", "Hebron", "Nablus"}
KURDISTAN_SINJAR = {"Nineveh", "Erbil", "Duhok", "Sulaymaniyah"}
# the places set 69's README lists as used by it and by the template set (file-name words)
USED_BEFORE = {"yabroud", "rima", "sahel", "flita", "arsal", "qara", "maara", "salamiyah", "dara", "barri",
               "saan", "kafat", "seiyun", "qatn", "shibam", "tarim", "mukalla", "sinja", "sennar", "dinder",
               "madani", "ruwaished", "turra", "amman", "azraq", "nyala", "kalma", "daein", "anbar", "horan",
               "rutba", "hit", "ramadi", "hodeidah", "hays", "jah", "tuhayta", "khawkha", "tubas", "tammun",
               "faraa", "balata", "nablus", "qusayr", "jousieh", "hermel", "jenin", "shams", "taiz", "abyan",
               "fasher", "sabha", "derna", "misrata", "zawiya", "huwara", "aqqaba"}

# the articles whose ¶1 opens with a dateline
DATELINE = {"team70-346", "team70-348", "team70-349"}
# the kind of each outlet (all different)
OUTLET_KIND = {"team70-346": "citizen-journalism network", "team70-347": "pro-government daily",
               "team70-348": "satellite channel's news site", "team70-349": "local news agency",
               "team70-350": "regional news site in Arabic"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team70-346": [3, 2, 4, 3], "team70-350": [3, 4, 2]}
# the article that gives its toll only in the headline and a late paragraph
TOLL_LATE = {"team70-349": 13}
DEATH_WORDS = re.compile(r"استشهاد|استشهد|شهيد|قُتل|قتل|مقتل|قتيل|قتلى|جثة|جثمان|مصرع")

MIN_CHARS, MAX_CHARS = 60, 500

# theme (a): fighting between two factions of the same camp
FACTIONS = ("Western Victory Battalion", "Lions of Janzour Company")
# theme (b): a war of words
WORD_TYPES = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
NESTED_RE = re.compile(r"نقلت[^.]{0,80}عن[^.]{0,80}قول(?:ه|ها)")
ANSWER_RE = re.compile(r"(?:ردّ|رد)[^.]{0,80}على بيان")
RETRACT_RE = re.compile(r"(?:يتراجع|تراجع|تتراجع) عن")
# theme (c): raids and arrest campaigns
RAID_WORDS = re.compile(r"داهم|دهم|اقتحم")


def factions_theme(core):
    both = [g for g in core if g["types"][0] == "ASSAULT" and g.get("acled") == ["Battles/Armed clash"]
            and all(f in names_en(g, "source") for f in FACTIONS)]
    agree = [g for g in core if g["types"][0] == "AGREE" and g["factuality"][0] == "asserted"]
    consult = [g for g in core if g["types"][0] == "CONSULT" and g["factuality"][0] == "asserted"]
    swap = [g for g in core if {"COOPERATE", "RETREAT"} & set(g["types"])
            and g["factuality"][0] == "asserted"]
    broken = [c for c in both for a in agree if min(c["para"][1:] or c["para"]) > max(a["para"])
              and c["date"]["value"] >= a["date"]["value"]]
    involved = sum(any(f in names_en(g, r) for f in FACTIONS for r in ("source", "recipient")) for g in core)
    return len(both) >= 2 and agree and consult and swap and broken and involved * 2 > len(core)


def words_theme(core, text):
    kinds = {g["types"][0] for g in core}
    return (sum(g["types"][0] in WORD_TYPES for g in core) * 2 > len(core)
            and {"ACCUSE", "REJECT", "THREATEN", "REQUEST"} <= kinds
            and NESTED_RE.search(text) and ANSWER_RE.search(text) and RETRACT_RE.search(text))


def raids_theme(core, lines):
    def raid_kind(g):
        return g["types"][0] in ("COERCE", "RETREAT") or g.get("mode") == "destroy"

    arrests = [g for g in core if g["types"][0] == "COERCE" and g.get("mode") == "arrest"
               and g["factuality"][0] in HAPPENED]
    house = [g for g in arrests if any(RAID_WORDS.search(lines[i]) for i in g["para"])]
    bail = [g for g in core if "RETREAT" in g["types"] and g["factuality"][0] in HAPPENED
            and any("بكفالة" in lines[i] for i in g["para"])]
    demolish = [g for g in core if g.get("mode") == "destroy" and g["factuality"][0] in HAPPENED]
    seize = [g for g in core if g["types"][0] == "COERCE" and g.get("mode") == "confiscate"
             and g["factuality"][0] in HAPPENED]
    return sum(map(raid_kind, core)) * 2 > len(core) and house and bail and demolish and seize


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"factional fighting": [], "a war of words": [], "raids and arrests": []}
    lead_first = []
    for d in docs:
        did = d["id"]
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(did, []), MIN_CHARS, MAX_CHARS)
        errs += found
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        country, gov, _town, place_ar = REGION.get(did, ("", "", "", ""))
        found, lead, m = layout_checks(d, text, core, dateline_ids=DATELINE, place_ar=place_ar,
                                       toll_conflict=TOLL_CONFLICT, no_event_paras=NO_EVENT_PARAS.get(did, []))
        errs += found
        if lead:
            lead_first.append(did)
        # regions
        if not country:
            errs.append(f"{did}: no region recorded")
        elif country == "SY" and (gov not in SYRIA_GOVS or not "2012" <= d["published"][:4] <= "2024"):
            errs.append(f"{did}: a Syrian article outside the governorates or years asked for")
        elif country == "PS" and gov not in WEST_BANK_GOVS:
            errs.append(f"{did}: a Palestinian article outside the governorates asked for")
        elif country == "IQ" and gov not in KURDISTAN_SINJAR:
            errs.append(f"{did}: an Iraqi article outside Kurdistan and Sinjar")
        used = set(re.split(r"[_\d.]+", d["file"])) & USED_BEFORE
        if used:
            errs.append(f"{did}: places used before: {sorted(used)}")
        # the toll told only in the headline and a late paragraph
        if m and did in TOLL_LATE:
            late = TOLL_LATE[did]
            if not ({0, late} <= set(m["para"]) and late >= len(lines) // 2):
                errs.append(f"{did}: the late toll paragraph is not the main event's")
            for i in m["para"]:
                if i not in (0, late) and DEATH_WORDS.search(lines[i]):
                    errs.append(f"{did}: a death word in ¶{i}, before the late toll")
        if factions_theme(core):
            themes["factional fighting"].append(did)
        if words_theme(core, text):
            themes["a war of words"].append(did)
        if raids_theme(core, lines):
            themes["raids and arrests"].append(did)
    errs += set_plan_checks(
        docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT, dateline=DATELINE,
        lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
        other_countries=({"LY": 1, "PS": 1, "IQ": 1}, "not one Libyan, one Palestinian and one Iraqi Kurdistan/Sinjar article"),
        whole_set=[(bool(TOLL_LATE), "no article gives its toll only in the headline and a late paragraph")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team70", no_event_paras=NO_EVENT_PARAS, para_range=(15, 18))
