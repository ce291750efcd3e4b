#!/usr/bin/env python3
"""Check team71.gold.json (the seventy-first team set, team71-351 ... team71-355) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, that every trigger lies inside its own
paragraph and is not cut out of a word, that no paragraph is shorter than 60 or longer than 500 characters and
that their lengths differ widely, that each article names its fatalities on one core event told in several
paragraphs, that each article has a dated historical core event at another place than that main event, a
rumoured, a planned and a THREATEN core event, and at least two no-event paragraphs (all of these through
``goldkit.article_checks``), and, for this set's plan: articles of 5,000–7,000 characters with 14–17
paragraphs after the headline; five different outlets; a dateline «CITY – «OUTLET»:» in exactly three
articles, the two others naming their place in the first sentence instead; the regions (two Syrian articles
of 2012–2024 in two different areas among the Homs countryside, Tartus, Raqqa, Deir ez-Zor's eastern villages,
Suwayda and Idlib's Jabal al-Zawiya; one South Lebanon border article of 2023–2024; one Yemeni article in
Marib, Shabwa, al-Bayda or Saada; one Iraqi article in Nineveh, Salahuddin or Kirkuk), none of them at a place
named in set 68's README or in the template set's; each main event retold in at least three paragraphs after
the headline, one of them the other side's version; its toll following the lowest-count rule, conflicting in
at most two articles (each with two or more attributed sources); the main event told first in the lead in at
most two articles and in ¶2–¶5 in the others; one article giving the toll only in the headline and a late
paragraph; a core negated event in every article; and one article mostly about a protest movement and its
negotiation, one mostly about cross-border shelling and air strikes with their tolls by place, and one mostly
about humanitarian and political consequences (see the sets of types below).

    python3 benchmarks/data/articles71/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    DATELINE_RE,
    EXCESSIVE,
    article_checks,
    run_checks,
)

GOLD = "team71.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, analysis, generic statements:
# habits, standing situations, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team71-351": [5, 9, 15], "team71-352": [7, 14, 15],
                  "team71-353": [6, 16, 17], "team71-354": [6, 16],
                  "team71-355": [3, 15, 16]}

# where each article is set: (country, first-level division, area of the plan)
REGION = {"team71-351": ("SY", "Suwayda", "Suwayda"),
          "team71-352": ("LB", "Nabatieh", "South Lebanon border"),
          "team71-353": ("YE", "Marib", "Marib"),
          "team71-354": ("IQ", "Salahuddin", "Salahuddin"),
          "team71-355": ("SY", "Idlib", "Jabal al-Zawiya")}
SYRIA_AREAS = {"Homs countryside", "Tartus", "Raqqa", "Deir ez-Zor eastern villages", "Suwayda",
               "Jabal al-Zawiya"}
YEMEN_ALLOWED = {"Marib", "Shabwa", "al-Bayda", "Saada"}
IRAQ_ALLOWED = {"Nineveh", "Salahuddin", "Kirkuk"}
# the places the template set's and set 68's READMEs list as used: no event of this set is placed there
USED_PLACES = {
    "Qudsaya", "قدسيا", "al-Hameh", "الهامة", "Dummar", "دمر", "Baqubah", "بعقوبة", "al-Khalis", "الخالص",
    "Kanaan", "كنعان", "Balad Ruz", "بلدروز", "al-Muqdadiyah", "المقدادية", "Bani Saad", "بني سعد", "Diyala",
    "ديالى", "al-Mayadin", "الميادين", "Mahkan", "محكان", "Albu Kamal", "البوكمال", "al-Omar field",
    "حقل العمر",
    "Uqayribat", "عقيربات", "Salamiyah", "سلمية", "Sabburah", "صبورة", "Ain al-Hilweh", "عين الحلوة", "Sidon",
    "صيدا", "Mieh Mieh", "المية ومية", "Nyala", "نيالا", "Ed Daein", "الضعين", "Wadi Horan", "وادي حوران",
    "ar-Rutbah", "الرطبة", "Hit", "هيت", "Ramadi", "الرمادي", "Hays", "حيس", "al-Khawkha", "الخوخة", "Tubas",
    "طوباس", "Tammun", "طمون", "Balata", "بلاطة", "al-Qusayr", "القصير", "Jousieh", "جوسية", "Hermel",
    "الهرمل",
}
DATELINED = {"team71-352", "team71-354", "team71-355"}
# the place the two articles without a dateline name in the first sentence of the lead
LEAD_PLACE = {"team71-351": "السويداء", "team71-353": "مدينة مأرب"}

# every toll the article reports for its main event (the gold keeps the lowest, ACLED's rule)
TOLLS = {"team71-351": (1,), "team71-352": (3, 4), "team71-353": (4, 6), "team71-354": (3,),
         "team71-355": (3,)}
MAX_CONFLICTING = 2
MAX_LEAD_FIRST = 2
# the paragraph that gives the other side's version of the main event
OTHER_SIDE = {"team71-351": 6, "team71-352": 6, "team71-353": 7, "team71-354": 9, "team71-355": 8}
# the article whose toll is given only in the headline and a late paragraph: (doc, late paragraph, toll words)
TOLL_ONLY = ("team71-354", 14, ("ثلاثة", "3"))

MIN_CHARS, MAX_CHARS = 60, 500
MIN_ARTICLE, MAX_ARTICLE = 5000, 7000
DONE = ("asserted", "reported")
# "mostly about a mass protest movement and its negotiation with the authorities"
PROTEST_SIDE = {"PROTEST", "COERCE", "REQUEST", "THREATEN", "REJECT", "CONSULT", "AGREE"}
# "mostly about cross-border shelling and air strikes with their tolls by place"
SHELLING_SIDE = {"ASSAULT", "THREATEN", "MOBILIZE", "ACCUSE"}
STRIKE_LABELS = (["Explosions/Remote violence/Air/drone strike"],
                 ["Explosions/Remote violence/Shelling/artillery/missile attack"])
# "mostly about humanitarian and political consequences: displacement, aid, evacuations, visits and calls"
HUMANITARIAN_SIDE = {"AID", "RETREAT", "CONSULT", "REQUEST", "AGREE"}


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
    dispersal = [g for g in core if g.get("acled") == EXCESSIVE]
    return (sum(counts(g) for g in core) * 2 > len(core) and len(protests) >= 3 and strike and demo
            and dispersal
            and all((t, "asserted") in kinds for t in ("CONSULT", "REQUEST", "REJECT", "AGREE")))


def is_shelling_article(core):
    strikes = [g for g in core if g["types"][0] == "ASSAULT" and g.get("acled") in STRIKE_LABELS
               and g["factuality"][0] in DONE]
    places = {g["location"]["accept"][0] for g in strikes if g.get("location")}
    by_day = {}
    for g in strikes:
        by_day.setdefault((g.get("date") or {}).get("value"), set()).add(g["location"]["accept"][0])
    fatal = [g for g in strikes if g.get("fatalities")]
    toll_sources = {(g.get("attribution") or [""])[0] for g in fatal}
    return (sum(g["types"][0] in SHELLING_SIDE for g in core) * 2 > len(core) and len(strikes) >= 4
            and len(places) >= 4 and max(len(v) for v in by_day.values()) >= 3 and len(fatal) >= 2
            and len(toll_sources) >= 2)


def is_humanitarian_article(core):
    kinds = {first(g) for g in core}
    visits = [g for g in core if g["types"][0] == "CONSULT" and g.get("mode") == "visit"
              and g["factuality"][0] in DONE]
    calls = [g for g in core
             if g["types"][0] == "REQUEST" or (g["types"][0] == "CONSULT" and g.get("mode") == "phone")]
    return (sum(g["types"][0] in HUMANITARIAN_SIDE for g in core) * 2 > len(core)
            and ("AID", "asserted") in kinds and ("RETREAT", "asserted") in kinds and visits
            and len(calls) >= 2)


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    protest, shelling, humanitarian = [], [], []
    first_told, conflicting, lead_first, datelined = set(), 0, 0, set()
    for d in docs:
        did = d["id"]
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(did, []), MIN_CHARS, MAX_CHARS)
        errs += found
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        if not MIN_ARTICLE <= len(text) <= MAX_ARTICLE:
            errs.append(f"{did}: {len(text)} characters (want {MIN_ARTICLE}–{MAX_ARTICLE})")
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
        if told[0] > 5:
            errs.append(f"{did}: the main event is first told after ¶5")
        if len(told) < 3 or OTHER_SIDE.get(did) not in told:
            errs.append(f"{did}: the main event is not retold in three paragraphs "
                        f"with the other side's version")
        if tolls and len(set(tolls)) > 1:
            conflicting += 1
            if len(main.get("attribution") or []) < 2:
                errs.append(f"{did}: conflicting tolls without two attributed sources")
        if did == TOLL_ONLY[0]:
            word = re.compile(r"(?<![\w])(?:" + "|".join(TOLL_ONLY[2]) + r")(?![\w])")
            where = [i for i, line in enumerate(lines) if word.search(line)]
            if where != [0, TOLL_ONLY[1]] or TOLL_ONLY[1] not in main["para"] or TOLL_ONLY[1] < 8:
                errs.append(f"{did}: the toll is not given only in the headline and a late paragraph "
                            f"({where})")
        if not any(g["factuality"][0] == "negated" for g in core):
            errs.append(f"{did}: no core negated event")
        for g in d["events"]:
            for name in (g.get("location") or {}).get("accept", []):
                if name in USED_PLACES:
                    errs.append(f'{did} {g["id"]}: place {name!r} was used by set 68 or the template set')
        if is_protest_article(core):
            protest.append(did)
        if is_shelling_article(core):
            shelling.append(did)
        if is_humanitarian_article(core):
            humanitarian.append(did)
        country, adm1, area = REGION.get(did, ("", "", ""))
        year = d["published"][:4]
        if country == "SY" and (area not in SYRIA_AREAS or not "2012" <= year <= "2024"):
            errs.append(f"{did}: a Syrian article outside the planned areas or 2012–2024")
        if country == "LB" and (area != "South Lebanon border" or year not in ("2023", "2024")):
            errs.append(f"{did}: a Lebanese article not on the southern border in 2023–2024")
        if country == "YE" and adm1 not in YEMEN_ALLOWED:
            errs.append(f"{did}: a Yemeni article outside Marib, Shabwa, al-Bayda and Saada")
        if country == "IQ" and adm1 not in IRAQ_ALLOWED:
            errs.append(f"{did}: an Iraqi article outside Nineveh, Salahuddin and Kirkuk")
        if not country:
            errs.append(f"{did}: no region recorded")
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
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
        if countries.count("SY") != 2 or len(syria) != 2:
            errs.append("not two Syrian articles in two areas")
        if countries.count("IQ") != 1 or countries.count("LB") != 1 or countries.count("YE") != 1:
            errs.append("not one Iraqi, one Lebanese and one Yemeni article")
        if len(datelined) != 3:
            errs.append(f"datelines in {len(datelined)} articles (want 3)")
        if len(first_told) < 3:
            errs.append(f"the main events are first told in too few places {sorted(first_told)}")
        if not protest:
            errs.append("no article is mostly about a protest movement and its negotiation")
        if not shelling:
            errs.append("no article is mostly about cross-border shelling and air strikes with tolls "
                        "by place")
        if not humanitarian:
            errs.append("no article is mostly about displacement, aid, evacuations, visits and calls")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about a protest movement and its negotiation:", ", ".join(protest) or "-")
    print("mostly about cross-border shelling and air strikes with tolls by place:",
          ", ".join(shelling) or "-")
    print("mostly about humanitarian and political consequences:", ", ".join(humanitarian) or "-")
    print(f"main events first told in paragraphs {sorted(first_told)} (in the lead: {lead_first}); "
          f"articles with conflicting tolls: {conflicting}; datelines: {len(datelined)}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team71", no_event_paras=NO_EVENT_PARAS,
               para_range=(15, 18))
