#!/usr/bin/env python3
"""Check team102.gold.json (the hundred-and-second team set, team102-506 ... team102-510) against the article
files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
Also checks, for this set, goldkit's label and role/place/date checks, and through ``goldkit.article_checks``
that every trigger lies inside its own paragraph and is not cut out of a word, that no paragraph is shorter
than 60 or longer than 500 characters and that their lengths differ widely, that each article names its
fatalities on one core event told in three or more paragraphs, that each article has a dated historical core
event at another place than that main event, a rumoured, a planned and a THREATEN core event, and at least
two no-event paragraphs. On top of these, for this set's plan:
- a headline and 17 paragraphs, 5,000–5,200 characters an article, at least one paragraph under 120 and one
  over 400 characters in each, five outlets of five different kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles, of three kinds (a foreign capital, a
  province, the town of the event); the two others have none and name their place in the first sentence;
- the regions: two Syrian articles, one in Aleppo (Afrin and the northern Aleppo countryside) and one in
  al-Suwayda, one Iraqi in Basra, one Lebanese in south Lebanon and one Yemeni in Aden, the main event in one
  of the places the plan names for its region, each article in the month the plan gives it (March 2018,
  September 2023, July 2018, October 2024, August 2019); no governorate, no word of the article's file name
  and no accepted place name among the places that the first paragraphs of the READMEs of sets 99 and 101
  name. Those two sets are blind, so their places are not written here: they are kept as salted SHA-256
  digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», passives, an
  acronym in quotes, a possessive actor, a verb–subject–object and a subject–verb–object sentence, a long
  parenthetical between a subject and its verb, two events joined in one sentence with «و» and a second verb,
  a time told after the act in its own clause, a main event told again by the other side, a definite noun
  for the main event's victims later on, a purpose clause, a burial or funeral, and «من دون أن» that negates
  nothing;
- the themes: one article mostly about a town entered and looting reported (the town entered without
  fighting as a Non-violent transfer of territory, looting reported and denied, columns of displaced people
  leaving and a road cut, a statement promising their return, most core events about it); one mostly about a
  civil strike and protest movement (three or more protests, a general strike, party offices closed, a road
  blocked, a local armed faction's threat, counter-accusations by two officials, most core events about it);
  one mostly about kidnappings and assassinations (an activist assassinated as the main event, a businessman
  abducted with a ransom asked under a threat, suspects arrested, a tribal clash with a toll, a security plan
  announced, most core events about it); front-line reporting in south Lebanon (an evacuation warning, an air
  strike on a building as the main event, rocket fire, a funeral, aid to displaced families); and a city
  taken over by a rival faction (a camp stormed as the main event, a palace handed over, a ceasefire called
  for by the coalition, prisoners held and freed, a withdrawal).

    python3 benchmarks/data/articles102/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AIR,
    CLASH,
    SHELL,
    TRANSFER,
    first_label,
    happened,
    main_type,
    mostly,
    names_en,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team102.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team102-506": [6, 12, 16], "team102-507": [7, 12, 16], "team102-508": [7, 12, 15],
                  "team102-509": [7, 11, 15], "team102-510": [6, 11, 14, 15]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team102-506": ("SY", "Aleppo", "Afrin", "عفرين"),
          "team102-507": ("SY", "al-Suwayda", "Shahba", "شهبا"),
          "team102-508": ("IQ", "Basra", "al-Zubair", "الزبير"),
          "team102-509": ("LB", "South Lebanon", "Tyre", "صور"),
          "team102-510": ("YE", "Aden", "Dar Saad", "مدينة عدن")}
PLANNED_REGION = {"team102-506": ("SY", "Aleppo"), "team102-507": ("SY", "al-Suwayda"),
                  "team102-508": ("IQ", "Basra"), "team102-509": ("LB", "South Lebanon"),
                  "team102-510": ("YE", "Aden")}
# the places the plan names for each region (the main event takes place in one of them); none was replaced
PLANNED_TOWNS = {("SY", "Aleppo"): {"Afrin", "Jandairis", "Rajo", "Sheikh al-Hadid"},
                 ("SY", "al-Suwayda"): {"al-Suwayda", "Shahba", "Salkhad", "al-Qrayya"},
                 ("IQ", "Basra"): {"al-Zubair", "Abu al-Khasib", "al-Qurna", "Shatt al-Arab"},
                 ("LB", "South Lebanon"): {"Tyre", "Bint Jbeil", "Marjayoun", "Khiam"},
                 ("YE", "Aden"): {"Crater", "Khor Maksar", "al-Mualla", "Dar Saad"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team102-506": "2018-03", "team102-507": "2023-09", "team102-508": "2018-07",
                 "team102-509": "2024-10", "team102-510": "2019-08"}

# the places, governorates and file-name words (generic parts of names such as al, tal, jabal, kafr,
# kfar, bab, dar, bir, khan, balad, kabir, sheikh, ain, south, north, city, street and country names left
# out) that the first paragraphs of the READMEs of sets 99 and 101 name, as digests:
# sha256("team102:" + norm_place(name)), first 16 hex digits.
USED_PLACE_DIGESTS = frozenset({
    "00b9867e8bc2db2e", "01fbab4356431a3c", "03169bba75f2610b", "0522607393e07560", "0666d0795fee4e02",
    "079a3126da5fc7b9", "0b1deefbeca11baa", "0b400bb62c4e07b3", "0bb41db2994a0047", "0bcc173aff0a51ef",
    "0d75b7a3eef00e62", "0ee452a8d3268835", "10816c4e6aca7c0a", "1291f637d787029b", "178d23a6c4aef2c7",
    "183afe737ac5b71c", "1d06baba5fc54778", "1d3e42b55486d543", "1db783d1bbaba55a", "1f4a8cb46411e751",
    "21428ba2998e333c", "23b30bccaca2428b", "264f165efb539735", "2779dd354b7bb962", "281adb475f2b0159",
    "284bd572cd9fed22", "2a6ae28a2b40fd7f", "2c093ad3db758db1", "2d9403a291f8f72f", "2dc3e72cdc858496",
    "2fee736c3216f151", "30e6f79c15a15096", "332f79d55fc8a0d6", "338c5badae7e8c02", "33f51b632ba2df28",
    "3504fcafa08bb81f", "3594a5f21e56159b", "382f514bf048bcef", "39db1de5f51b74dd", "3f9c391073f8d274",
    "4085fab959b890aa", "425c29c5113b5a9a", "426dc8139f58233a", "460e078fe00c6c8c", "480c55b8a24848f0",
    "48e37a0ef74e90d0", "498a7beb83753fde", "4dca59d5666bc30f", "4e08d662d31d3ee2", "4e749dcd20b8d8c6",
    "51348e03d5e1a218", "531c1ac07c4f5ed5", "550bdf839bedfbc9", "55c6b96a77e4d392", "5816b6453d4b41d4",
    "5994f11797741b50", "5a76050cfd2ceeaf", "5b0c6b67929e33da", "5b9abdcdda2b783b", "5c6b978b1b0527e1",
    "5ed027c020e309dd", "648fb9e94829d842", "64d61bd820047b03", "65cf8af216dc5f4c", "66158fc4a7b2afce",
    "6638f3d4ea213d91", "686a18283a0654d1", "69698b82dbe9d30d", "6a41d9b55a7c4066", "6bcaf74c5cd712e1",
    "6c7d5fbe6bf96de1", "6d5e57628886955b", "6dc5856f90ba6cf3", "6ed179c7b8f17d26", "708275db2ba26951",
    "70fea14c73da645a", "7434a589d8e97de6", "746c43cd9c25f220", "775b812dcd9bff1a", "77c2a246e1d2a9ca",
    "7b1b59f4f88f9103", "7cb4439da730e42b", "84619508f7e142d2", "849171f90bda7060", "890a442315320deb",
    "893dd8c176328f5d", "89b44aeb3be024ea", "8b72404cb048688d", "8e9f161d0d14070b", "8eced06df0192145",
    "9151db48672a68fa", "91d12a31cd69f58c", "9217f5f4e018ab58", "95fc201231e23c40", "9935d808486d29d1",
    "99a89b1cb864d374", "9b0669e2322aca41", "a610f6cc1d9198a8", "a76ced94eccabbc2", "a90f6e8cb9da4c01",
    "ae37f6d48e355e93", "b1aa8b735ab7f89f", "b37e9e64d613dd49", "b387acfa5bfea92d", "b4a97930cf1d916b",
    "b5d231c4cd326630", "b69f9ea88daa03f4", "b89e3cb8bc268a7b", "ba4de9101a596c27", "ba5425fcd32e80d2",
    "bbd7e5f04e50a10f", "bcc73a3d3d942a01", "c0c6b0c4692560a3", "c0ea5950defb3e17", "c26e55fe763b889d",
    "c2abb24fd156889b", "c2b025f0be89c361", "c340844430aab3b2", "c4351e7aa37747a7", "c8289e5381576c0b",
    "c9d707c0d781f54f", "cc5a659b8421ccc7", "cd98f5afd5ac72e0", "ce4f21ac19ece057", "d0f9bea7e523d6c9",
    "d1764c9ac2808b27", "d4d1672ac75627ab", "d59f93a913b83192", "d60d3e006d325fba", "d61a4a862758dadf",
    "d6d65e283b9281cf", "dc9c164ae2444fa6", "dcbdca8b1a8b8189", "defc51ccb71ddfb9", "e0ca7d063c5956ef",
    "e211e969f2699bc4", "e6346e1cec977cc4", "e80d62aacd58d2c2", "ed4cdd0abccdef7f", "ee7fb2f473232783",
    "f161c9d55bf0ddec", "f30b9fabda92bbe8", "f53e027f15b7eb78", "f5c7ffe52f9368e0", "f80891305a3ef78d",
    "f98feb9572ed46bd", "fa3c0a4482f8f7de", "fa629b0fbc1017eb", "fb9e8eab1067522c", "fb9f545df98af2f1",
    "fef91ae978a55f00", "ff50d0bdc7710b77",
})
USED_GOV_DIGESTS = frozenset({
    "00b9867e8bc2db2e", "01fbab4356431a3c", "0b400bb62c4e07b3", "178d23a6c4aef2c7", "183afe737ac5b71c",
    "1d06baba5fc54778", "281adb475f2b0159", "284bd572cd9fed22", "498a7beb83753fde", "550bdf839bedfbc9",
    "5a76050cfd2ceeaf", "64d61bd820047b03", "6bcaf74c5cd712e1", "6c7d5fbe6bf96de1", "775b812dcd9bff1a",
    "8eced06df0192145", "9935d808486d29d1", "99a89b1cb864d374", "a76ced94eccabbc2", "f30b9fabda92bbe8",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "00b9867e8bc2db2e", "01fbab4356431a3c", "03169bba75f2610b", "0666d0795fee4e02", "079a3126da5fc7b9",
    "0bcc173aff0a51ef", "0d75b7a3eef00e62", "1291f637d787029b", "183afe737ac5b71c", "1d06baba5fc54778",
    "1d3e42b55486d543", "21428ba2998e333c", "264f165efb539735", "2779dd354b7bb962", "2dc3e72cdc858496",
    "33f51b632ba2df28", "3504fcafa08bb81f", "39db1de5f51b74dd", "3f9c391073f8d274", "4085fab959b890aa",
    "425c29c5113b5a9a", "460e078fe00c6c8c", "480c55b8a24848f0", "48e37a0ef74e90d0", "531c1ac07c4f5ed5",
    "550bdf839bedfbc9", "55c6b96a77e4d392", "5816b6453d4b41d4", "5b9abdcdda2b783b", "5c6b978b1b0527e1",
    "64d61bd820047b03", "65cf8af216dc5f4c", "66158fc4a7b2afce", "6a41d9b55a7c4066", "70fea14c73da645a",
    "775b812dcd9bff1a", "84619508f7e142d2", "9151db48672a68fa", "91d12a31cd69f58c", "9217f5f4e018ab58",
    "95fc201231e23c40", "9b0669e2322aca41", "a610f6cc1d9198a8", "a90f6e8cb9da4c01", "ae37f6d48e355e93",
    "b1aa8b735ab7f89f", "b37e9e64d613dd49", "b387acfa5bfea92d", "b69f9ea88daa03f4", "bcc73a3d3d942a01",
    "c2abb24fd156889b", "c4351e7aa37747a7", "ce4f21ac19ece057", "d1764c9ac2808b27", "d4d1672ac75627ab",
    "d6d65e283b9281cf", "dcbdca8b1a8b8189", "e6346e1cec977cc4", "ed4cdd0abccdef7f", "f161c9d55bf0ddec",
    "f30b9fabda92bbe8", "f53e027f15b7eb78", "f5c7ffe52f9368e0", "fa3c0a4482f8f7de", "fa629b0fbc1017eb",
    "fb9e8eab1067522c", "fb9f545df98af2f1", "ff50d0bdc7710b77",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team102-507", "team102-508", "team102-509"}
DATELINE_KIND = {"team102-507": ("عمّان", "a foreign capital"),
                 "team102-508": ("البصرة", "a province"),
                 "team102-509": ("صور", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team102-506": "Qamishli-based Kurdish news agency's Arabic-language service",
               "team102-507": "Amman-based Jordanian news website",
               "team102-508": "Basra-based local weekly newspaper's website",
               "team102-509": "Sidon-based south Lebanon regional news website",
               "team102-510": "Gulf-based pan-Arab satellite news channel's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team102-506": [7, 11], "team102-509": [5, 8]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«دُفن»/«نُقل»/«أُغلقت»/«اعتُرض»/«أُحيل»": re.compile(r"قُتل|دُفن|نُقل|أُغلقت|اعتُرض|أُحيل"),
    "acronym in quotes": re.compile(r"«سانا»|«واع»|«اليونيفيل»"),
    "possessive actor": re.compile(r"مقاتلي «وحدات حماية الشعب»|مقاتلي الحزب|مسلحو الفصائل|مقاتلي الوحدات"),
    "verb–subject–object":
        re.compile(r"^(?:وشنّ|واعتقلت|وسلّمت|ووزّعت|وأفرجت) (?:الطيران|مفارز|ألوية|بلدية|قوات)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:وما يسمى «الجيش الوطني السوري»|ومكتب المفوضية العليا لحقوق الإنسان في البصرة)، "
                   r"[^.]*? (?:نفى|حمّل) ", re.M),
    "long parenthetical between subject and verb": re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:نفى|حمّل) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، وطالب(?:ت|وا)? (?:الأمم المتحدة|الحكومة المحلية|مجلس الأمن)"),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:بعد|قبل أن) "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:قالت|نقلت|زعم|وصفت) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى السبعة|الشابين القتيلين|الناشط القتيل|القتلى الخمسة|القتلى التسعة"),
    "purpose clause": re.compile(r"تمهيداً ل|بهدف "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشيّع|وشيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a town entered and looting reported
ENTERED = "team102-506"
# theme (b): a civil strike and protest movement
STRIKE = "team102-507"
# theme (c): kidnappings and assassinations
KIDNAP = "team102-508"
# theme (d): front-line reporting in south Lebanon (the brief asks for no theme; the plan's items)
FRONTLINE = "team102-509"
# theme (e): a city taken over by a rival faction
TAKEOVER = "team102-510"


def entered_theme(core, lines, main):
    entry = [g for g in of_type(core, lines, "COERCE", "دخل", done=True)
             if g.get("mode") == "seize" and g.get("acled") == TRANSFER]
    looting = first_label(of_type(core, lines, "COERCE", "نهب"), "reported")
    denied = of_type(core, lines, "REJECT", "نهب", done=True)
    road = [g for g in of_type(core, lines, "COERCE", "أرتال النازحين", "الطريق", done=True)
            if g.get("mode") == "restrict"]
    promise = of_type(core, lines, "AGREE", "يعود", done=True)
    convoy = bool(main and "رتل" in para_text(lines, main))
    words = ("دخول", "دخل", "نهب", "النازحين", "المسروقات", "أرتال", "الطريق", "يعود", "عودة")
    return bool(entry and looting and denied and road and promise and convoy and mostly(core, lines, words))


def strike_theme(core, lines, main):
    protests = of_type(core, lines, "PROTEST", done=True)
    strike = [g for g in protests if g.get("mode") == "strike" and "الإضراب العام" in para_text(lines, g)]
    offices = [g for g in protests if "حزب البعث" in para_text(lines, g)]
    blocked = [g for g in protests if g.get("mode") == "obstruct" and "الطريق" in para_text(lines, g)]
    faction = [g for g in of_type(core, lines, "THREATEN", done=True)
               if "Men of Dignity" in names_en(g, "source")]
    officials = {names_en(g, "source") for g in of_type(core, lines, "ACCUSE", done=True)
                 if "Governor" in names_en(g, "source") or "police" in names_en(g, "source")}
    words = ("المحتجين", "محتجون", "المتظاهرين", "الحراك", "التنسيقية", "الإضراب", "ساحة السير", "اعتصام",
             "احتجاج")
    return bool(len(protests) >= 3 and strike and offices and blocked and faction and len(officials) >= 2
                and mostly(core, lines, words))


def kidnap_theme(core, lines, main):
    killed = bool(main and main.get("mode") == "assassinate" and main_type(main) == "ASSAULT")
    abducted = [g for g in of_type(core, lines, "ASSAULT", "فدية", done=True) if g.get("mode") == "abduct"]
    ransom_threat = of_type(core, lines, "THREATEN", "فدية", done=True)
    arrested = [g for g in of_type(core, lines, "COERCE", "الخطف", done=True) if g.get("mode") == "arrest"]
    tribal = [g for g in of_type(core, lines, "ASSAULT", "عشير", done=True)
              if g.get("acled") == CLASH and "fatalities" in g]
    plan = first_label(of_type(core, lines, "MOBILIZE", "خطة أمنية"), "planned")
    words = ("اغتيال", "اغتال", "اختطاف", "اختطف", "الخطف", "الخاطف", "فدية", "القتيل", "كاتم", "الناشط")
    return bool(killed and abducted and ransom_threat and arrested and tribal and plan
                and mostly(core, lines, words))


def frontline_theme(core, lines, main):
    warning = of_type(core, lines, "THREATEN", "إخلاء", done=True)
    building = bool(main and main.get("acled") == AIR and "مبنى" in para_text(lines, main))
    rockets = [g for g in of_type(core, lines, "ASSAULT", "الصواريخ", done=True) if g.get("acled") == SHELL]
    funeral = bool(main and "شيّعت" in para_text(lines, main))
    displaced = [g for g in of_type(core, lines, "AID", "عائلة") if happened(g)]
    return bool(warning and building and rockets and funeral and displaced)


def takeover_theme(core, lines, main):
    stormed = bool(main and "معسكر" in para_text(lines, main) and "اقتحام" in para_text(lines, main))
    palace = [g for g in of_type(core, lines, "RETREAT", "قصر", done=True) if g.get("acled") == TRANSFER]
    ceasefire = [g for g in of_type(core, lines, "REQUEST", "وقف", done=True)
                 if "coalition" in names_en(g, "source")]
    held = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "arrest"]
    freed = [g for g in of_type(core, lines, "RETREAT", done=True) if g.get("mode") == "release"]
    withdrawal = [g for g in of_type(core, lines, "RETREAT", "انسحب", done=True)
                  if g.get("mode") == "withdraw"]
    return bool(stormed and palace and ceasefire and held and freed and withdrawal)


#: the blind sets before this one whose places it must not use
LABEL = "sets 99 and 101"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a town entered and looting reported": (ENTERED, entered_theme),
              "a civil strike and protest movement": (STRIKE, strike_theme),
              "kidnappings and assassinations": (KIDNAP, kidnap_theme),
              "front-line reporting in south Lebanon": (FRONTLINE, frontline_theme),
              "a city taken over by a rival faction": (TAKEOVER, takeover_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team102", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "LB": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Lebanese "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team102", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
