#!/usr/bin/env python3
"""Check team27.gold.json (the twenty-seventh team set, team27-131 ... team27-135) against the article files, then
score an empty and an oracle prediction with ../shared/eval/score.py (see ``benchmarks/data/goldkit.py``). Beyond
goldkit's ``check`` (offsets, trigger spans, types, factuality labels, dates, the one-paragraph-a-line form, 14
paragraphs, the no-event paragraph ¶11), it runs goldkit's ``dateline_label_checks`` (the ¶1 dateline, one trigger
span per event, ACLED labels, fatalities only on ASSAULT) and ``role_place_date_checks`` (attributions, Arabic names
for every role, actor and place names in the paragraphs, dates against publication).

    python3 benchmarks/data/articles27/check_gold.py [--no-score]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import check_main, dateline_label_checks, role_place_date_checks  # noqa: E402

GOLD = "team27.gold.json"

# paragraphs that deliberately hold NO gold event (generic statements: habits, recurring violence, aggregates,
# standing complaints): any event a system reports there must count as a false positive
NO_EVENT_PARAS = {"team27-131": [11], "team27-132": [11], "team27-133": [11], "team27-134": [11],
                  "team27-135": [11]}

def extra_checks():
    """Set-specific checks (goldkit's: trigger spans, paragraph form and count are in ``check``); error strings."""
    return dateline_label_checks(HERE, GOLD) + role_place_date_checks(HERE, GOLD)


if __name__ == "__main__":
    errs = extra_checks()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("gold has problems")
        sys.exit(1)
    check_main(HERE, GOLD, id_prefix="team27", no_event_paras=NO_EVENT_PARAS, para_range=(14, 14))
