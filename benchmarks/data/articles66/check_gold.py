#!/usr/bin/env python3
"""Check team66.gold.json (the sixty-sixth team set, team66-326 ... team66-330) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in several paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least two
no-event paragraphs, that the five outlets differ, that the set's regions are as planned (three or more
articles in Syria, 2011–2024, in three governorates, one of them Raqqa, Hasakah or Aleppo; one in Lebanon;
one in Libya or Somalia), that at least one article is mostly about protests, strikes and sit-ins, their
dispersal, the arrests of protesters and the statements that followed (most of its core events are protests,
force or arrests used on protesters, or statements: accusations, demands, refusals, threats and support, with
at least two core protests, a core dispersal or arrest of protesters and a core accusation or demand) and at
least one mostly about kidnappings, assassinations, IED and car-bomb attacks with disputed claims of
responsibility (most of its core events are abductions, assassinations and bombings, or accusations and
denials, with core attacks of all three kinds and two core accusations by different accusers against
different accused).

    python3 benchmarks/data/articles66/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import article_checks, check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team66.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing demands, recurring violence, aggregates): any event a system reports there must count as a false
# positive. There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team66-326": [3, 13], "team66-327": [3, 11],
                  "team66-328": [3, 13],
                  "team66-329": [3, 13],
                  "team66-330": [3, 13]}

# where each article is set: (country, first-level division)
REGION = {"team66-326": ("SY", "Raqqa"), "team66-327": ("SY", "Hasakah"),
          "team66-328": ("SY", "Aleppo"), "team66-329": ("LB", "North (Tripoli)"),
          "team66-330": ("SO", "Hiiraan")}
# at least one Syrian article in one of these governorates
NORTH_EAST = {"Raqqa", "Hasakah", "Aleppo"}

MIN_CHARS, MAX_CHARS = 60, 500
# an article "mostly about protests": protests, force and arrests used on protesters (an ASSAULT or COERCE
# whose recipient's English names hold one of these words) and the statements that followed
PROTESTERS = ("protester", "demonstrator", "striker", "sit-in")
STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
# an article "mostly about kidnappings, assassinations, IED and car-bomb attacks": ASSAULTs of these modes,
# and the claims, accusations and denials around them
ATTACK_MODES = {"abduct": "abduct", "assassinate": "assassinate", "explosives": "bomb",
                "suicide-attack": "bomb"}
CLAIMS = {"ACCUSE", "REJECT"}


def on_protesters(g):
    """Whether an ASSAULT or COERCE event is aimed at protesters (by its recipient's English names)."""
    if g["types"][0] not in ("ASSAULT", "COERCE"):
        return False
    names = [x.lower() for x in (g.get("recipient") or {}).get("en", [])]
    return any(w in n for w in PROTESTERS for n in names)


def attack_kind(g):
    """abduct, assassinate or bomb for an ASSAULT of those modes, else None."""
    if g["types"][0] != "ASSAULT":
        return None
    return ATTACK_MODES.get(g.get("mode") or "")


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    protest_docs, attack_docs = [], []
    for d in docs:
        found, core = article_checks(HERE, d, NO_EVENT_PARAS.get(d["id"], []), MIN_CHARS, MAX_CHARS)
        errs += found
        types = [g["types"][0] for g in core]
        if (sum(t == "PROTEST" or t in STATEMENTS or on_protesters(g)
                for t, g in zip(types, core, strict=True)) * 2
                > len(core) and types.count("PROTEST") >= 2 and any(on_protesters(g) for g in core)
                and ("ACCUSE" in types or "REQUEST" in types)):
            protest_docs.append(d["id"])
        kinds = {attack_kind(g) for g in core} - {None}
        accusations = [g for g in core
                       if g["types"][0] == "ACCUSE" and g.get("source") and g.get("recipient")]
        disputed = any(a["source"]["en"][0] != b["source"]["en"][0]
                       and a["recipient"]["en"][0] != b["recipient"]["en"][0]
                       for a in accusations for b in accusations)
        if (sum(bool(attack_kind(g)) or g["types"][0] in CLAIMS for g in core) * 2 > len(core)
                and kinds == {"abduct", "assassinate", "bomb"} and disputed):
            attack_docs.append(d["id"])
        if d["id"] not in REGION or not REGION[d["id"]][0]:
            errs.append(f'{d["id"]}: no region recorded')
        elif REGION[d["id"]][0] == "SY" and not "2011" <= d["published"][:4] <= "2024":
            errs.append(f'{d["id"]}: a Syrian article outside 2011–2024')
    outlets = [d["outlet"] for d in docs]
    if len(set(outlets)) != len(outlets):
        errs.append("two articles share an outlet")
    if len(docs) == N_ARTICLES:
        syria = {REGION[d["id"]][1] for d in docs if REGION.get(d["id"], ("",))[0] == "SY"}
        countries = [REGION.get(d["id"], ("",))[0] for d in docs]
        if len(syria) < 3 or countries.count("SY") < 3:
            errs.append("fewer than three Syrian articles in three governorates")
        if not syria & NORTH_EAST:
            errs.append("no Syrian article in Raqqa, Hasakah or Aleppo")
        if "LB" not in countries or not {"LY", "SO"} & set(countries):
            errs.append("no Lebanese article, or none in Libya or Somalia")
        if not protest_docs:
            errs.append("no article is mostly about protests, their dispersal, arrests and statements")
        if not attack_docs:
            errs.append("no article is mostly about kidnappings, assassinations and bombings with "
                        "disputed claims")
    else:
        print(f"(set-wide checks skipped: {len(docs)} of {N_ARTICLES} articles written)")
    print("mostly about protests, their dispersal, arrests and statements:", ", ".join(protest_docs) or "-")
    print("mostly about kidnappings, assassinations and bombings with disputed claims:",
          ", ".join(attack_docs) or "-")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    errs += dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team66", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
