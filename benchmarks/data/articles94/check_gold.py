#!/usr/bin/env python3
"""Check team94.gold.json (the ninety-fourth team set, team94-466 ... team94-470) against the article files,
then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles, one in Latakia (the Jabal al-Turkman front) and one in Raqqa (the
  Euphrates dam), one Iraqi in Nineveh, one Libyan in Benghazi and one Yemeni in Hodeidah, the main event in
  one of the places the plan names for its region, each article in the month the plan gives it (February
  2016, April 2017, August 2017, November 2016, December 2018); no governorate, no word of the article's file
  name and no accepted place name among the places that the first paragraphs of the READMEs of sets 91 and 93
  name (the brief gives this set its five regions, so their names are left out of the comparison). Those two
  sets are blind, so their places are not written here: they are kept as salted SHA-256 digests of the names
  (after ``goldkit.norm_place``), and only the digests are compared;
- the layout (``goldkit.layout_checks``): the main event (the core event with fatalities told in three or
  more paragraphs) is told first in the lead ¶1 in at most two articles, and in ¶2–¶5 after another core
  event in the others, never mentioned before its trigger's paragraph; at most two articles let the reports of
  a toll conflict, each with two or more attributed sources and the gold keeping the lowest count;
- every article has a core negated event and optional events;
- the set uses the constructions asked for somewhere: «بين … و…», «من قبل», «وكان … قد», «بحسب», passives, an
  acronym in quotes, a possessive actor, a verb–subject–object and a subject–verb–object sentence, a long
  parenthetical between a subject and its verb, two events joined in one sentence with «و» and a second verb,
  a time told after the act in its own clause, a main event told again by the other side, a purpose clause,
  a burial, and «من دون أن» that negates nothing;
- the themes: one article mostly about an offensive and the displacement it causes toward the border
  (hilltops taken and retaken, families fleeing told in a no-event paragraph, a camp shelled or said to be, a
  border gate kept shut or opened, most core events about it); one mostly about a dam in danger and a pause to
  repair it (a pause announced, engineers let in, the pause broken by the main event, a flood feared in a
  no-event paragraph, villages told to leave, two accusations over who fired, most core events about it); one
  mostly about families trapped in a besieged quarter and talks to get them out (a corridor offered and
  refused, a few families brought out, hostages alleged, the families trapped told in a no-event paragraph,
  talks planned, a clash as the main event, most core events about it); and a ceasefire's first days (a
  redeployment planned and put off, a withdrawal not carried out, violations alleged by both sides, a
  monitoring team's visit, a shelling with casualties as the main event).

    python3 benchmarks/data/articles94/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    article_plan_checks,
    article_shape_checks,
    first_label,
    happened,
    main_type,
    mostly,
    of_type,
    para_text,
    run_checks,
    set_plan_checks,
)

GOLD = "team94.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive. There is
# no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team94-466": [4, 12, 15, 16], "team94-467": [6, 13, 15], "team94-468": [7, 15],
                  "team94-469": [6, 15], "team94-470": [8, 15]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team94-466": ("SY", "Latakia", "Kabani", "جبل التركمان"),
          "team94-467": ("SY", "Raqqa", "Euphrates Dam", "سد الفرات"),
          "team94-468": ("IQ", "Nineveh", "al-Muhallabiyah", "المحلبية"),
          "team94-469": ("LY", "Benghazi", "Ganfouda", "قنفودة"),
          "team94-470": ("YE", "Hodeidah", "Hodeidah", "الحديدة")}
PLANNED_REGION = {"team94-466": ("SY", "Latakia"), "team94-467": ("SY", "Raqqa"),
                  "team94-468": ("IQ", "Nineveh"), "team94-469": ("LY", "Benghazi"),
                  "team94-470": ("YE", "Hodeidah")}
# the places the plan names for each region (the main event takes place in one of them); in Nineveh one town
# of the brief was replaced by another town of the governorate (Badush), because an earlier set used it
PLANNED_TOWNS = {("SY", "Latakia"): {"Jabal al-Turkman", "Kabani", "Salma", "Rabia"},
                 ("SY", "Raqqa"): {"al-Tabqa", "Euphrates Dam", "al-Mansoura", "al-Karama"},
                 ("IQ", "Nineveh"): {"al-Ayadiya", "al-Muhallabiyah", "Rabia", "Badush"},
                 ("LY", "Benghazi"): {"Ganfouda", "al-Sabri", "Souq al-Hout"},
                 ("YE", "Hodeidah"): {"Hodeidah", "Hodeidah port", "Kilo 16", "al-Durayhimi", "Hays"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team94-466": "2016-02", "team94-467": "2017-04", "team94-468": "2017-08",
                 "team94-469": "2016-11", "team94-470": "2018-12"}

# the places, governorates and file-name words (generic parts of names such as al, abu, umm, tal, khan, beit,
# mount, city, dam, port, road, market, square, crossing or strip left out) that the first paragraphs of the
# READMEs of sets 91 and 93 name, as digests: sha256("team94:" + norm_place(name)), first 16 hex digits.
USED_PLACE_DIGESTS = frozenset({"007dededfdf9ce09", "01b5e33be5b123c2", "047cb70c07fb0d4e",
                             "09a641b6d0c80f07", "0c32d84baf7631ec", "0faefb59178c3c9f",
                             "1017412fa5819bbd", "1236e7b67e775479", "1343b683829639eb",
                             "15bba19f7a22d653", "16b00f7dd15f8c91", "1901cf7d2d269402",
                             "1a35ae7a3566130b", "1a8d87fbb1ca1ab0", "1bfc681ca2fa1d82",
                             "1db9bf22c52e3ff6", "1ed178c8994801e8", "201fd6e15ffed525",
                             "21493013a500d162", "228d7adb3c50425a", "266559492289984a",
                             "27487db0bc064e04", "293dab6cebc701f7", "29e125c2e40053c1",
                             "2f4bb099c2c2091c", "30d3f36fdeecb8b4", "33d460f6a3d5f53d",
                             "3441f10bc31713ae", "35f608640928b0b7", "37d5bb0095bfa1c1",
                             "39899a0ece97875c", "3c4192ccd1c014db", "479578fd51db3814",
                             "49adc3d9d5f5061b", "4aebdcf67bacae4b", "5107b1405144be5a",
                             "5169d386715f924f", "52a7e2ff7e477b87", "52bfd07a472d5da9",
                             "5550cf11a52ef217", "5789f976dd1a2855", "589e7d12f01b6044",
                             "5db0e581538a08dd", "605e993efb3424c8", "61d0cd5d607a253b",
                             "638bcb218617dd91", "69a0349850de151d", "6c4f492fa03d63a0",
                             "6d26dff99a3ae4c2", "6f199d7e17238d14", "700c8a9556f2a6ed",
                             "71cc9bbd4810ca53", "72737efe83b3c55f", "73e02a4fb57fc80e",
                             "73fb0f5c04d7c865", "76eedff31e46149c", "8009acac77c526b7",
                             "81d7f65f1d6e45d0", "82816bf21e750b63", "85e2cad9cf87e395",
                             "885098df87db459b", "88feccdbaf6ac149", "8bd272ba706fde6b",
                             "8c4c2590c8c1f3ad", "8fbbb5f26dcc8d91", "90a9ba07c92675e0",
                             "9261f6f2dd85ecbe", "945b8bdb9f510bda", "9492916261c1c05b",
                             "96af97b5e0ba0cc8", "98e893eeebb31fa8", "98e96b4cfa291ae3",
                             "996e49dd4b36031c", "9a72b9a542ba0e57", "9bc7689309f151d7",
                             "a0322f53bb7c4076", "a054f1c74360b880", "a3fc4bff4be09001",
                             "aa003394702081e5", "aa17c09f0513eed5", "b140c63f25160f2a",
                             "b9d5abea83c45e93", "bc4097fba70432e9", "bc8cdbd63c611cb7",
                             "bf53c8fb58c6f2b0", "c05f0c428f3eb158", "c0f03dc43f3383a5",
                             "c1c5893cf3044254", "c1dd00939fce674e", "c3ebb243d07243d2",
                             "c4132b3ef0f0b20e", "c4553beaf9df7e8b", "c54f4ced92eed3c5",
                             "c7e803eac120d7cd", "ca7a3afba206a51c", "cbf899d1e3bff4e3",
                             "cf11620866b18ac8", "cf91e154f3fd4584", "d0fbf04faeafd382",
                             "d56ab5caa3ceb559", "d5e22cfce850534f", "d643008266239b6e",
                             "d6751bb0fd4412c6", "da5f6f8376a20a8e", "de1fc16fae33604c",
                             "dec0d60120d90ff2", "e19a7af63449ba21", "e2ebf59b76d1adee",
                             "e35a2d467a588582", "e424fbfd3200b3de", "e6dd6f0d1fbf3af6",
                             "e7ba248e908c5784", "e934943fc31a3c05", "e9f084651aaa5a3d",
                             "ead4eb42f7f85d4b", "ec551b87d8611295", "f23513e367c2b034",
                             "f759eee9a5501925", "f8f3b555240db587", "f9d747bb2b9b95a5",
                             "fc2b72c88977e531", "fd014d30cadc710a", "fe444f7dfc5130b1",
                             "fe4a560968c9ab83"})
USED_GOV_DIGESTS = frozenset({"047cb70c07fb0d4e", "360cc7985d6ea7c5", "39899a0ece97875c",
                           "4aebdcf67bacae4b", "5169d386715f924f", "589e7d12f01b6044", "76eedff31e46149c",
                           "90a9ba07c92675e0", "98e893eeebb31fa8", "9a72b9a542ba0e57", "aa17c09f0513eed5",
                           "b140c63f25160f2a", "bc4097fba70432e9", "cc3e2ecfeae49b1f", "d56ab5caa3ceb559",
                           "e9f084651aaa5a3d", "f759eee9a5501925"})
USED_FILE_WORD_DIGESTS = frozenset({"01b5e33be5b123c2", "07b5543732f097df", "09a641b6d0c80f07",
                                 "0c32d84baf7631ec", "1343b683829639eb", "15bba19f7a22d653",
                                 "16b00f7dd15f8c91", "1901cf7d2d269402", "1a35ae7a3566130b",
                                 "1bfc681ca2fa1d82", "21493013a500d162", "2f4bb099c2c2091c",
                                 "30d3f36fdeecb8b4", "3563128511ac38a1", "3852876826ec7536",
                                 "39899a0ece97875c", "3c4192ccd1c014db", "4fe0589c4406b383",
                                 "5107b1405144be5a", "52a7e2ff7e477b87", "52bfd07a472d5da9",
                                 "5789f976dd1a2855", "589e7d12f01b6044", "605e993efb3424c8",
                                 "6f199d7e17238d14", "700c8a9556f2a6ed", "71cc9bbd4810ca53",
                                 "72737efe83b3c55f", "73fb0f5c04d7c865", "76eedff31e46149c",
                                 "8009acac77c526b7", "85e2cad9cf87e395", "8fbbb5f26dcc8d91",
                                 "996e49dd4b36031c", "9a72b9a542ba0e57", "a0322f53bb7c4076",
                                 "a09edd27230c225f", "a3fc4bff4be09001", "a4c93532c87087c7",
                                 "bc8cdbd63c611cb7", "c1dd00939fce674e", "c7e803eac120d7cd",
                                 "cf11620866b18ac8", "cf91e154f3fd4584", "d06b44c2bc191388",
                                 "d35f21c73736b572", "d5e22cfce850534f", "d643008266239b6e",
                                 "d6751bb0fd4412c6", "da5f6f8376a20a8e", "de1fc16fae33604c",
                                 "e7adb575560e4299", "e7ba248e908c5784", "e8e564157a2755bd",
                                 "f759eee9a5501925", "f762995e43f0b0cc", "f9d747bb2b9b95a5",
                                 "fd014d30cadc710a"})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team94-468", "team94-469", "team94-470"}
DATELINE_KIND = {"team94-468": ("نينوى", "a province"), "team94-469": ("تونس", "a foreign capital"),
                 "team94-470": ("الحديدة", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team94-466": "Syrian Turkmen opposition news website",
               "team94-467": "north-east Syrian news agency close to the SDF",
               "team94-468": "Nineveh local news website run by displaced journalists",
               "team94-469": "Libyan electronic newspaper published from a foreign capital",
               "team94-470": "Sanaa-based news website aligned with the Houthis"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team94-467": [3, 5], "team94-469": [3, 6]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«استُهدفت»/«أُرجئت»/«نُقل»/«زُرعت»": re.compile(r"قُتل|استُهدفت|أُرجئت|نُقل|زُرعت"),
    "acronym in quotes": re.compile(r"«سانا»|«آفاد»|«أونسميل»|«سبأ»"),
    "possessive actor":
        re.compile(r"مقاتلي الحشد الشعبي|مسلحي التنظيم|مسلحي المجلس|مقاتلي قوات سوريا الديمقراطية"),
    "verb–subject–object":
        re.compile(r"^و?(?:دفعت|استهدفت|أرسلت|وزّع) (?:قوات|طائرات|القيادة|برنامج)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:والمجلس التركماني السوري|والمتحدث الرسمي باسم حملة «غضب الفرات»)، "
                   r"[^.]*? (?:طالب|حمّل) ", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{60,200}?، (?:طالب|حمّل) "),
    "two events in one sentence joined with «و» and a second verb":
        re.compile(r"، واتهم روسيا|، وطالب الأمم المتحدة|، ودعا الحكومة الاتحادية"),
    "time told after the act in its own clause": re.compile(r"، وذلك (?:قرابة|عند|بعد) "),
    "main event told again by the other side":
        re.compile(r"^(?:في المقابل|بالمقابل|وفي رواية أخرى)، (?:نقلت|زعمت|قال) ", re.M),
    "purpose clause": re.compile(r"تمهيداً(?:، بحسب| لانطلاق)"),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع|وشُيّعت) ", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): an offensive and the displacement it causes toward the border
OFFENSIVE = "team94-466"
# theme (b): a dam in danger and a pause to repair it
DAM = "team94-467"
# theme (c): families trapped in a besieged quarter and talks to get them out
TRAPPED = "team94-469"
# theme (d): a ceasefire agreement's first days
CEASEFIRE = "team94-470"


def offensive_theme(core, lines, main, no_event):
    hills = of_type(core, lines, "ASSAULT", "تلتين", done=True)
    taken = [g for g in hills if "سيطرت" in para_text(lines, g)]
    retaken = [g for g in hills if "استعاد" in para_text(lines, g)]
    fleeing = any("غادرت" in lines[i] or "النزوح" in lines[i] for i in no_event)
    camp = of_type(core, lines, "ASSAULT", "مخيم")
    gate = [g for g in core if main_type(g) in ("RETREAT", "COERCE")
            and "البوابة الحدودية" in para_text(lines, g)]
    flight_hit = bool(main and ("نازحة" in para_text(lines, main) or "النزوح" in para_text(lines, main)))
    words = ("تلتين", "النزوح", "نازحة", "النازحين", "الحدود", "الحدودية", "مخيم", "العائلات", "الهجوم")
    return bool(taken and retaken and fleeing and camp and gate and flight_hit and mostly(core, lines, words))


def dam_theme(core, lines, main, no_event):
    pause = [g for g in core if main_type(g) == "CONCEDE" and happened(g)
             and "لإطلاق النار" in para_text(lines, g)]
    let_in = [g for g in of_type(core, lines, "RETREAT", "مهندس", done=True) if g.get("mode") == "access"]
    broken = bool(main and "الهدنة" in para_text(lines, main))
    flood = any("فيضان" in lines[i] for i in no_event)
    leave = of_type(core, lines, "REQUEST", "الابتعاد", done=True)
    blame = [g for g in of_type(core, lines, "ACCUSE", done=True)
             if "السد" in para_text(lines, g) or "القصف" in para_text(lines, g)]
    words = ("السد", "الهدنة", "مهندس", "المهندس", "النهر", "القصف")
    return bool(pause and let_in and broken and flood and leave and len(blame) >= 2
                and mostly(core, lines, words))


def trapped_theme(core, lines, main, no_event):
    corridor = [g for g in core if main_type(g) in ("AGREE", "CONCEDE") and "ممر" in para_text(lines, g)]
    refused = of_type(core, lines, "REJECT", "العرض", done=True)
    brought_out = of_type(core, lines, "RETREAT", "عائلات", done=True)
    hostages = of_type(core, lines, "ACCUSE", "رهائن", done=True)
    trapped = any("العالقين" in lines[i] for i in no_event)
    talks = first_label(of_type(core, lines, "CONSULT", "العائلات"), "planned")
    clash = bool(main and "اشتباكات" in para_text(lines, main))
    words = ("قنفودة", "العائلات", "عائلات", "ممر", "الخروج", "المحاصرين", "رهائن")
    return bool(corridor and refused and brought_out and hostages and trapped and talks and clash
                and mostly(core, lines, words))


def ceasefire_theme(core, lines, main):
    redeploy = first_label(of_type(core, lines, "RETREAT", "إعادة الانتشار", "أُرجئت"), "planned")
    not_withdrawn = first_label(of_type(core, lines, "RETREAT"), "negated")
    violations = of_type(core, lines, "ACCUSE", "خرق", done=True)
    visit = [g for g in of_type(core, lines, "CONSULT", "المراقبين", done=True) if g.get("mode") == "visit"]
    shelling = bool(main and "وقف إطلاق النار" in para_text(lines, main))
    return bool(redeploy and not_withdrawn and len(violations) >= 2 and visit and shelling)


#: the blind sets before this one whose places it must not use
LABEL = "sets 91 and 93"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    errs = []
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"an offensive and the displacement it causes toward the border": [],
              "a dam in danger and a pause to repair it": [],
              "families trapped in a besieged quarter and talks to get them out": [],
              "a ceasefire agreement's first days": []}
    lead_first = []
    all_text = ""
    months = {}
    for d in docs:
        did = d["id"]
        country, gov, town, place_ar = REGION.get(did, ("", "", "", ""))
        no_event = NO_EVENT_PARAS.get(did, [])
        art = article_plan_checks(HERE, d, no_event_paras=no_event, place_ar=place_ar,
                                  dateline_ids=DATELINE, toll_conflict=TOLL_CONFLICT, min_chars=MIN_CHARS,
                                  max_chars=MAX_CHARS)
        errs += art.errors
        all_text += art.text
        core, lines, main = art.core, art.lines, art.main
        if art.lead_first:
            lead_first.append(did)
        # the plan's length, dateline, town and region; then the places of sets 91 and 93, by digest
        errs += article_shape_checks(did, d, art, text_range=TEXT_RANGE, dateline_kind=DATELINE_KIND,
                                     country=country, gov=gov, town=town, planned_region=PLANNED_REGION,
                                     planned_towns=PLANNED_TOWNS, salt="team94", label=LABEL,
                                     gov_digests=USED_GOV_DIGESTS, file_word_digests=USED_FILE_WORD_DIGESTS,
                                     place_digests=USED_PLACE_DIGESTS)
        months[did] = d["published"][:7]
        if did == OFFENSIVE and offensive_theme(core, lines, main, no_event):
            themes["an offensive and the displacement it causes toward the border"].append(did)
        if did == DAM and dam_theme(core, lines, main, no_event):
            themes["a dam in danger and a pause to repair it"].append(did)
        if did == TRAPPED and trapped_theme(core, lines, main, no_event):
            themes["families trapped in a besieged quarter and talks to get them out"].append(did)
        if did == CEASEFIRE and ceasefire_theme(core, lines, main):
            themes["a ceasefire agreement's first days"].append(did)
    errs += set_plan_checks(docs, region=REGION, outlet_kind=OUTLET_KIND, toll_conflict=TOLL_CONFLICT,
                            dateline=DATELINE, constructions=CONSTRUCTIONS, all_text=all_text,
                            lead_first=lead_first, themes=themes, n_articles=N_ARTICLES,
                            other_countries=({"IQ": 1, "LY": 1, "YE": 1},
                                             "the three non-Syrian articles are not one Iraqi, one Libyan "
                                             "and one Yemeni"),
                            whole_set=[(months == PLANNED_MONTH,
                                        f"the articles' months {months} are not the plan's {PLANNED_MONTH}")])
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team94", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
