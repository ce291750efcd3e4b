"""The team-written article sets in benchmarks/data: every gold offset, label and date matches its article file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
sys.path.insert(0, str(DATA))

from goldkit import check  # noqa: E402

SETS = [("articles", "team.gold.json", "team", {}), ("articles2", "team2.gold.json", "team2", {"para_range": (8, 13)}),
        ("articles3", "team3.gold.json", "team3", {"para_range": (9, 14)}),
        ("articles4", "team4.gold.json", "team4", {"para_range": (9, 13)}),
        ("articles5", "team5.gold.json", "team5", {"para_range": (9, 13)}),
        ("articles6", "team6.gold.json", "team6", {"para_range": (9, 13)}),
        ("articles7", "team7.gold.json", "team7", {"para_range": (9, 13)}),
        ("articles8", "team8.gold.json", "team8", {"para_range": (9, 13)}),
        ("articles9", "team9.gold.json", "team9", {"para_range": (9, 13)}),
        ("articles10", "team10.gold.json", "team10", {"para_range": (9, 13)}),
        ("articles11", "team11.gold.json", "team11", {"para_range": (9, 13)}),
        ("articles12", "team12.gold.json", "team12", {"para_range": (9, 13)}),
        ("articles13", "team13.gold.json", "team13", {"para_range": (9, 13)}),
        ("articles14", "team14.gold.json", "team14", {"para_range": (9, 13)}),
        ("articles15", "team15.gold.json", "team15", {"para_range": (12, 16)}),
        ("articles16", "team16.gold.json", "team16", {"para_range": (12, 16)}),
        ("articles17", "team17.gold.json", "team17", {"para_range": (12, 16)}),
        ("articles18", "team18.gold.json", "team18", {"para_range": (12, 16)}),
        ("articles19", "team19.gold.json", "team19", {"para_range": (12, 16)}),
        ("articles20", "team20.gold.json", "team20", {"para_range": (12, 16)}),
        ("articles21", "team21.gold.json", "team21", {"para_range": (12, 16)}),
        ("articles22", "team22.gold.json", "team22", {"para_range": (12, 16)}),
        ("articles23", "team23.gold.json", "team23", {"para_range": (12, 16)}),
        ("articles24", "team24.gold.json", "team24", {"para_range": (12, 16)}),
        ("articles25", "team25.gold.json", "team25", {"para_range": (12, 16)}),
        ("articles26", "team26.gold.json", "team26", {"para_range": (12, 16)}),
        ("articles27", "team27.gold.json", "team27", {"para_range": (12, 16)}),
        ("articles28", "team28.gold.json", "team28", {"para_range": (12, 16)}),
        ("articles29", "team29.gold.json", "team29", {"para_range": (6, 20)}),
        ("articles30", "team30.gold.json", "team30", {"para_range": (6, 20)}),
        ("articles31", "team31.gold.json", "team31", {"para_range": (6, 20)}),
        ("articles32", "team32.gold.json", "team32", {"para_range": (6, 20)}),
        ("articles33", "team33.gold.json", "team33", {"para_range": (6, 20)}),
        ("articles34", "team34.gold.json", "team34", {"para_range": (6, 20)}),
        ("articles35", "team35.gold.json", "team35", {"para_range": (6, 20)}),
        ("articles36", "team36.gold.json", "team36", {"para_range": (6, 20)}),
        ("articles37", "team37.gold.json", "team37", {"para_range": (6, 20)}),
        ("articles38", "team38.gold.json", "team38", {"para_range": (6, 20)}),
        ("articles39", "team39.gold.json", "team39", {"para_range": (6, 20)}),
        ("articles40", "team40.gold.json", "team40", {"para_range": (6, 20)}),
        ("articles41", "team41.gold.json", "team41", {"para_range": (6, 20)}),
        ("articles42", "team42.gold.json", "team42", {"para_range": (6, 20)}),
        ("articles43", "team43.gold.json", "team43", {"para_range": (6, 20)}),
        ("articles44", "team44.gold.json", "team44", {"para_range": (6, 20)}),
        ("articles45", "team45.gold.json", "team45", {"para_range": (6, 20)}),
        ("articles46", "team46.gold.json", "team46", {"para_range": (6, 20)}),
        ("articles47", "team47.gold.json", "team47", {"para_range": (6, 20)}),
        ("articles48", "team48.gold.json", "team48", {"para_range": (6, 20)}),
        ("articles49", "team49.gold.json", "team49", {"para_range": (6, 20)}),
        ("articles50", "team50.gold.json", "team50", {"para_range": (6, 20)}),
        ("articles51", "team51.gold.json", "team51", {"para_range": (6, 20)})]


@pytest.mark.parametrize(("folder", "gold", "prefix", "kw"), SETS)
def test_the_gold_matches_its_articles(folder, gold, prefix, kw):
    docs, errors = check(str(DATA / folder), gold, id_prefix=prefix, **kw)
    assert docs and errors == []


#: the sets since 52 carry their own plan checks in their ``check_gold.py`` (on top of :func:`goldkit.check`)
LATER = sorted((p for p in DATA.glob("articles*") if p.name[8:].isdigit() and int(p.name[8:]) >= 52
                and (p / "check_gold.py").is_file()), key=lambda p: int(p.name[8:]))


def test_the_later_sets_are_found():
    assert len(LATER) >= 26 and LATER[0].name == "articles52"


@pytest.mark.parametrize("folder", LATER, ids=lambda p: p.name)
def test_a_later_set_passes_its_own_checks(folder):
    # (the output is not shown on failure: some of these sets are blind)
    done = subprocess.run([sys.executable, "check_gold.py", "--no-score"], cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.rstrip().endswith("gold OK"), f"{folder.name}: exit {done.returncode}"
