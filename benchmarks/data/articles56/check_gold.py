#!/usr/bin/env python3
"""Check team56.gold.json (the fifty-sixth team set, team56-276 ... team56-280) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's dateline, label and role/place/date checks (articles may open without a
dateline), that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is
shorter than 60 or longer than 500 characters and that their lengths differ widely, that each article names
its fatalities on one core event told in three or more paragraphs, that each article has a dated
historical core event and a rumoured, a planned and a THREATEN core event, and that the follow-up of the
main event does not fall in the same paragraph in every article.

    python3 benchmarks/data/articles56/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team56.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions, silences, generic statements: habits,
# standing grievances, aggregates): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team56-276": [3, 11], "team56-277": [2, 9],
                  "team56-278": [4, 11], "team56-279": [3, 10],
                  "team56-280": [3, 11]}

MIN_CHARS, MAX_CHARS = 60, 500
WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    follow_ups = set()
    for d in docs:
        text = open(os.path.join(HERE, d["file"]), encoding="utf-8").read()
        lines = text.split("\n")[:-1]
        spans = []
        pos = 0
        for line in lines:
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        lens = [len(x) for x in lines[1:]]
        if min(lens) < MIN_CHARS or max(lens) > MAX_CHARS:
            errs.append(f'{d["id"]}: paragraph lengths {min(lens)}–{max(lens)} '
                        f'outside {MIN_CHARS}–{MAX_CHARS}')
        if max(lens) < 3 * min(lens):
            errs.append(f'{d["id"]}: paragraphs of too even a length ({min(lens)}–{max(lens)})')
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            a, b = g["trigger"]["span"]
            if text[a:b] != g["trigger"]["text"]:
                errs.append(f"{gid}: trigger text does not match its span")
            tp = [i for i, (s, e) in enumerate(spans) if s <= a and b <= e]
            if len(tp) != 1 or tp[0] not in g["para"]:
                errs.append(f"{gid}: trigger not inside one of the event's own paragraphs")
            # a trigger starts and ends on a word boundary (prefixes such as و/ب/ل belong to the trigger's
            # word)
            if a > 0 and text[a - 1] in WORD_CHARS:
                errs.append(f"{gid}: trigger starts inside a word")
            if b < len(text) and text[b] in WORD_CHARS and g["trigger"]["text"][-1] not in "«":
                errs.append(f"{gid}: trigger ends inside a word")
        core = [g for g in d["events"] if g["core"]]
        main = [g for g in core if "fatalities" in g and len(g["para"]) >= 3]
        if not main:
            errs.append(f'{d["id"]}: no core event with fatalities told in three or more paragraphs')
        else:
            follow_ups.add(main[0]["para"][-1])
        if not any(g["factuality"][0] == "historical" and g.get("date") for g in core):
            errs.append(f'{d["id"]}: no dated historical core event')
        for lbl in ("rumored", "planned"):
            if not any(g["factuality"][0] == lbl for g in core):
                errs.append(f'{d["id"]}: no core event whose first factuality label is {lbl}')
        if not any(g["types"][0] == "THREATEN" for g in core):
            errs.append(f'{d["id"]}: no core THREATEN event')
    if len(docs) > 2 and len(follow_ups) < 2:
        errs.append(f"the main event's follow-up falls in the same paragraph in every article: {follow_ups}")
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
    check_main(HERE, GOLD, id_prefix="team56", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
