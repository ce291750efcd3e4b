#!/usr/bin/env python3
"""Check team73.gold.json (the seventy-third team set, team73-361 ... team73-365) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``). Also checks, for this set, goldkit's label and role/place/date checks, that
every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter than 60
or longer than 500 characters and that their lengths differ widely, that each article names its fatalities on
one core event told in several paragraphs, that each article has a dated historical core event at another
place than that main event, a rumoured, a planned and a THREATEN core event, and at least two no-event
paragraphs (all of these through ``goldkit.article_checks``), and, for this set's plan: articles of
5,000–7,000 characters with 14–17 paragraphs after the headline, each with a paragraph under 120 and one over
400 characters; five different outlets; a dateline «CITY – «OUTLET»:» in exactly three articles, the two
others naming their place in the first sentence instead; the regions (two Syrian articles in the north and
east: Raqqa, Deir ez-Zor or the Aleppo countryside, in two different areas; three from three other Arab
conflict areas, among them Yemen, Sudan or Somalia), none of them at a place or in a year named in the first
paragraph of the READMEs of sets 69, 70 and 71, and no two articles in the same year; each main event told in
three or more paragraphs after the headline (with the other side's version where there is one); its toll
following the lowest-count rule, every reported toll written in its paragraphs, conflicting in at most two
articles (each with two or more attributed sources); the main event told first in the lead in at most two
articles; a core negated event in every article; and three themed articles: one mostly about protests and
strikes with demands and their repression, one mostly about kidnappings, releases and prisoner exchanges, one
mostly about aid convoys (see the sets of types below).

    python3 benchmarks/data/articles73/check_gold.py [--no-score]
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
    DATELINE_RE,
    EXCESSIVE,
    article_checks,
    run_checks,
)

GOLD = "team73.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, a funeral, a silence, analysis, generic
# statements: habits, standing complaints, prices): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team73-361": [4, 13, 15], "team73-362": [5, 14],
                  "team73-363": [6, 7, 14], "team73-364": [6, 14, 15],
                  "team73-365": [5, 7, 15, 16]}

# where each article is set: (country, first-level division, area of the plan)
REGION = {"team73-361": ("SY", "Raqqa", "Raqqa"),
          "team73-362": ("SY", "Aleppo", "Aleppo countryside"),
          "team73-363": ("YE", "Taiz", "Taiz"),
          "team73-364": ("SD", "South Kordofan", "South Kordofan"),
          "team73-365": ("SO", "Middle Shabelle", "Hirshabelle")}
SYRIA_AREAS = {"Raqqa", "Deir ez-Zor", "Aleppo countryside"}
OTHER_COUNTRIES = {"IQ", "YE", "LB", "LY", "SD", "PS", "SO"}
PREFERRED = {"YE", "SD", "SO"}
# the years and places named in the first paragraph of the READMEs of sets 69, 70 and 71: no event of this set
# is placed there, and no article is set in those years
USED_YEARS = {"2014", "2016", "2021", "2022", "2023", "2024"}
USED_PLACES = {
    "Yabroud", "يبرود", "Qalamoun", "القلمون", "Salamiyah", "سلمية", "Wadi Hadramawt", "وادي حضرموت",
    "Hadramawt", "حضرموت", "Sinja", "سنجة", "Sennar", "سنار", "ar-Ruwayshid", "الرويشد", "Tafas", "طفس",
    "al-Muzayrib", "المزيريب", "Daraa", "درعا", "Tal Tamr", "تل تمر", "Hasakah", "الحسكة", "Janzour", "جنزور",
    "Tripoli", "طرابلس", "Beit Ummar", "بيت أمر", "Hebron", "الخليل", "Sinjar", "سنجار", "Baghdad", "بغداد",
    "Erbil", "أربيل", "Makhmour", "مخمور", "Suwayda", "السويداء", "Shahba", "شهبا", "Salkhad", "صلخد",
    "al-Qrayya", "القريّا", "القريا", "Jabal al-Zawiya", "جبل الزاوية", "al-Bara", "البارة", "Fleifel",
    "فليفل", "Blida", "بليدا", "Aitaroun", "عيترون", "Kfar Kila", "كفركلا", "al-Dhayra", "الضهيرة",
    "Marjayoun", "مرجعيون", "Marib", "مأرب", "al-Juba", "الجوبة", "al-Abdiyah", "العبدية", "Harib", "حريب",
    "al-Mutaybijah", "مطيبيجة", "Samarra", "سامراء", "Hamrin", "حمرين", "al-Dour", "الدور", "al-Ishaqi",
    "الإسحاقي", "Tikrit", "تكريت", "Jisr al-Shughur", "جسر الشغور", "Idlib", "إدلب", "Salahuddin",
    "صلاح الدين", "Nineveh", "نينوى",
}
DATELINED = {"team73-362", "team73-363", "team73-365"}
# the place the two articles without a dateline name in the first sentence of the lead
LEAD_PLACE = {"team73-361": "مدينة الطبقة", "team73-364": "مدينة الدلنج"}

# every toll the article reports for its main event (the gold keeps the lowest, ACLED's rule), and the words
# that write each toll in the main event's paragraphs
TOLLS = {"team73-361": (2,), "team73-362": (5, 7), "team73-363": (4,), "team73-364": (6, 9),
         "team73-365": (7,)}
TOLL_WORDS = {"team73-361": ("شابين",), "team73-362": ("خمسة", "سبعة"), "team73-363": ("أربعة",),
              "team73-364": ("ستة", "تسعة"), "team73-365": ("سبعة",)}
MAX_CONFLICTING = 2
MAX_LEAD_FIRST = 2
# the paragraph that gives the other side's version of the main event (362's bomb has no claimed author)
OTHER_SIDE = {"team73-361": 5, "team73-363": 4, "team73-364": 9, "team73-365": 2}

MIN_CHARS, MAX_CHARS = 60, 500
SHORT, LONG = 120, 400
MIN_ARTICLE, MAX_ARTICLE = 5000, 7000
DONE = ("asserted", "reported")
# "mostly about protests and strikes, their demands and their repression"
PROTEST_SIDE = {"PROTEST", "COERCE", "REQUEST", "THREATEN", "REJECT", "CONSULT", "AGREE"}
# "mostly about kidnappings, releases and prisoner exchanges"
KIDNAP_SIDE = {"COOPERATE", "RETREAT", "COERCE", "THREATEN", "REQUEST", "PROTEST"}
# "mostly about aid convoys: arrived, looted, blocked, planned, and the arrangements for them"
AID_SIDE = {"AID", "COERCE", "REJECT", "CONSULT", "AGREE", "REQUEST", "RETREAT"}


def main_event(core):
    """The article's main event: the core event with fatalities told in the most paragraphs."""
    fatal = [g for g in core if "fatalities" in g]
    return max(fatal, key=lambda g: len(g["para"])) if fatal else None


def first(g):
    return g["types"][0], g["factuality"][0]


def is_protest_article(core):
    def counts(g):
        return g["types"][0] in PROTEST_SIDE or (g["types"][0] == "ASSAULT" and g.get("acled") == EXCESSIVE)
    protests = [g for g in core if g["types"][0] == "PROTEST"]
    strike = [g for g in protests if g.get("mode") == "strike" and g["factuality"][0] in DONE]
    demo = [g for g in protests if g.get("mode") == "demo" and g["factuality"][0] in DONE]
    kinds = {first(g) for g in core}
    repression = [g for g in core if g.get("acled") == EXCESSIVE]
    return (sum(counts(g) for g in core) * 2 > len(core) and len(protests) >= 3 and strike and demo
            and repression and ("COERCE", "asserted") in kinds
            and all((t, "asserted") in kinds for t in ("CONSULT", "REQUEST", "REJECT", "AGREE")))


def is_kidnap_article(core):
    def abduction(g):
        return g["types"][0] == "ASSAULT" and g.get("mode") == "abduct"
    kinds = {first(g) for g in core}
    exchange = [g for g in core if g["types"][0] == "COOPERATE" and "RETREAT" in g["types"]]
    return (sum(g["types"][0] in KIDNAP_SIDE or abduction(g) for g in core) * 2 > len(core)
            and any(first(g) == ("COOPERATE", "asserted") for g in exchange)
            and any(first(g) == ("COOPERATE", "planned") for g in exchange)
            and ("RETREAT", "asserted") in kinds and ("RETREAT", "negated") in kinds
            and any(abduction(g) and g.get("acled") == ABDUCTION for g in core)
            and ("THREATEN", "reported") in kinds)


def is_aid_article(core):
    kinds = {first(g) for g in core}
    seized = [g for g in core if g["types"][0] == "COERCE" and g.get("mode") == "seize"]
    return (sum(g["types"][0] in AID_SIDE for g in core) * 2 > len(core)
            and all(("AID", f) in kinds for f in ("asserted", "planned", "negated"))
            and seized and ("CONSULT", "asserted") in kinds and ("AGREE", "asserted") in kinds)


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    protest, kidnap, aid = [], [], []
    first_told, conflicting, lead_first, datelined = set(), 0, 0, set()
    for d in docs:
        did = d["id"]
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(did, []), MIN_CHARS, MAX_CHARS)
        errs += found
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        if not MIN_ARTICLE <= len(text) <= MAX_ARTICLE:
            errs.append(f"{did}: {len(text)} characters (want {MIN_ARTICLE}–{MAX_ARTICLE})")
        lens = [len(x) for x in lines[1:]]
        if min(lens) >= SHORT or max(lens) <= LONG:
            errs.append(f"{did}: no paragraph under {SHORT} or none over {LONG} characters "
                        f"({min(lens)}–{max(lens)})")
        # datelines in three articles; the two others name their place in the lead's first sentence
        if DATELINE_RE.match(lines[1]):
            datelined.add(did)
        elif LEAD_PLACE.get(did, "\0") not in re.split(r"[.!؟]", lines[1])[0]:
            errs.append(f"{did}: no dateline and no place named in the lead's first sentence")
        main = main_event(core)
        tolls = TOLLS.get(did)
        if not main or not tolls or main["fatalities"] != min(tolls):
            errs.append(f"{did}: the main event's fatalities are not the lowest reported toll {tolls}")
            continue
        told = sorted(p for p in main["para"] if p > 0)
        first_told.add(told[0])
        lead_first += told[0] == 1
        if len(told) < 3:
            errs.append(f"{did}: the main event is not told in three paragraphs after the headline")
        if did in OTHER_SIDE and OTHER_SIDE[did] not in told:
            errs.append(f"{did}: the other side's version (¶{OTHER_SIDE[did]}) is not among the main event's "
                        f"paragraphs")
        main_text = " ".join(lines[i] for i in main["para"])
        for w in TOLL_WORDS.get(did, ()):
            if not re.search(rf"(?<![\w]){w}(?![\w])", main_text):
                errs.append(f"{did}: the toll word {w!r} is not in the main event's paragraphs")
        if len(set(tolls)) > 1:
            conflicting += 1
            if len(main.get("attribution") or []) < 2:
                errs.append(f"{did}: conflicting tolls without two attributed sources")
        if not any(g["factuality"][0] == "negated" for g in core):
            errs.append(f"{did}: no core negated event")
        for g in d["events"]:
            for name in (g.get("location") or {}).get("accept", []):
                if name in USED_PLACES:
                    errs.append(f'{did} {g["id"]}: place {name!r} is named in the first paragraph of the '
                                f"READMEs of sets 69–71")
        if is_protest_article(core):
            protest.append(did)
        if is_kidnap_article(core):
            kidnap.append(did)
        if is_aid_article(core):
            aid.append(did)
        country, _adm1, area = REGION.get(did, ("", "", ""))
        year = d["published"][:4]
        if year in USED_YEARS:
            errs.append(f"{did}: set in {year}, a year the READMEs of sets 69–71 name")
        if country == "SY" and area not in SYRIA_AREAS:
            errs.append(f"{did}: a Syrian article outside Raqqa, Deir ez-Zor and the Aleppo countryside")
        if country and country != "SY" and country not in OTHER_COUNTRIES:
            errs.append(f"{did}: a country outside the planned Arab conflict areas")
        if not country:
            errs.append(f"{did}: no region recorded")
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    years = [d["published"][:4] for d in docs]
    if len(set(years)) != len(years):
        errs.append("two articles are set in the same year")
    if conflicting > MAX_CONFLICTING:
        errs.append(f"{conflicting} articles with conflicting tolls (at most {MAX_CONFLICTING})")
    if lead_first > MAX_LEAD_FIRST:
        errs.append(f"the main event is told first in the lead in {lead_first} articles "
                    f"(at most {MAX_LEAD_FIRST})")
    if datelined != {d["id"] for d in docs} & DATELINED:
        errs.append(f"datelines in {sorted(datelined)}, planned in {sorted(DATELINED)}")
    if len(docs) == N_ARTICLES:
        countries = [REGION.get(d["id"], ("",))[0] for d in docs]
        syria = {REGION[d["id"]][2] for d in docs if REGION.get(d["id"], ("",))[0] == "SY"}
        others = [c for c in countries if c != "SY"]
        if countries.count("SY") != 2 or len(syria) != 2:
            errs.append("not two Syrian articles in two areas")
        if len(set(others)) != 3 or not set(others) & PREFERRED:
            errs.append("the three other articles are not from three countries including Yemen, Sudan "
                        "or Somalia")
        if len(datelined) != 3:
            errs.append(f"datelines in {len(datelined)} articles (want 3)")
        if len(first_told) < 3:
            errs.append(f"the main events are first told in too few places {sorted(first_told)}")
        if not protest:
            errs.append("no article is mostly about protests and strikes")
        if not kidnap:
            errs.append("no article is mostly about kidnappings, releases and prisoner exchanges")
        if not aid:
            errs.append("no article is mostly about aid convoys")
        if len(set(protest + kidnap + aid)) < 3:
            errs.append("the three themes do not fall on three different articles")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about protests and strikes:", ", ".join(protest) or "-")
    print("mostly about kidnappings, releases and prisoner exchanges:", ", ".join(kidnap) or "-")
    print("mostly about aid convoys:", ", ".join(aid) or "-")
    print(f"main events first told in paragraphs {sorted(first_told)} (in the lead: {lead_first}); "
          f"articles with conflicting tolls: {conflicting}; datelines: {len(datelined)}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team73", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
