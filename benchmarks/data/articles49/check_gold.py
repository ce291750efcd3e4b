"""Check team49.gold.json (the forty-ninth team set, team49-241 ... team49-245) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``). Beyond goldkit's checks, it runs goldkit's ``dateline_label_checks`` (without
requiring a dateline: 242 has none, and 244 and 245 open with «– خاص:» and «مكتب» forms) and
``role_place_date_checks`` (a place may be named only in the dateline paragraph), and checks that each article
has a headline and 13 to 16 paragraphs, that every trigger lies inside its own paragraph, that the article
files are one paragraph a line, and that the paragraphs are of unequal length.

    python3 benchmarks/data/articles49/check_gold.py [--no-score]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import goldkit  # noqa: E402
from common import OVERTAKE, SUICIDE  # noqa: E402
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team49.gold.json"

# paragraphs that deliberately hold NO gold event (descriptions of a place, silences, caveats, generic
# statements: habits, recurring violence, aggregates): any event a system reports there must count as a false
# positive
NO_EVENT_PARAS = {"team49-241": [4, 6, 12, 15], "team49-242": [4, 13], "team49-243": [5],
                  "team49-244": [4, 13], "team49-245": [4, 14]}

# the two ACLED sub-event types this set uses beyond goldkit's list (see common.py)
goldkit.SET_ACLED_LABELS.update({tuple(SUICIDE), tuple(OVERTAKE)})


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = dateline_label_checks(HERE, GOLD, dateline=False)
    errs += role_place_date_checks(HERE, GOLD, dateline_places=True)
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
        lines = text.split("\n")[:-1]
        if text != "\n".join(lines) + "\n":
            errs.append(f'{d["id"]}: article file not in one-paragraph-per-line form')
        if not 13 <= len(lines) - 1 <= 16:
            errs.append(f'{d["id"]}: {len(lines) - 1} paragraphs after the headline (want 13-16)')
        body = [len(x) for x in lines[1:]]
        if min(body) > 120 or max(body) < 300:
            errs.append(f'{d["id"]}: paragraphs too even ({min(body)}-{max(body)} characters)')
        spans = goldkit.para_offsets(text)
        for g in d["events"]:
            gid = f'{d["id"]} {g["id"]}'
            a, b = g["trigger"]["span"]
            owner = [i for i, (ps, pe) in enumerate(spans) if ps <= a and b <= pe]
            if not owner or owner[0] not in g["para"]:
                errs.append(f"{gid}: trigger not inside one of the event's paragraphs")
            if g.get("core") and g["factuality"][0] not in goldkit.FACT:
                errs.append(f"{gid}: first factuality label not in the spec")
    return errs


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team49", no_event_paras=NO_EVENT_PARAS, para_range=(14, 17))
