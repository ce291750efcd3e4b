#!/usr/bin/env python3
"""Check team112.gold.json (the hundred-and-twelfth team set, team112-556 ... team112-560) against the article
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
- the regions: two Syrian articles, one in Idlib (Jisr al-Shughur and the al-Ghab plain) and one in Aleppo
  (Manbij and its countryside), one Iraqi in Maysan, one Yemeni in Hadramawt and one Tunisian in Kasserine,
  the main event in one of the places the plan names for its region, each article in the month the plan
  gives it (April 2015, October 2019, February 2020, May 2016, July 2014); no governorate, no word of the
  article's file name and no accepted place name among the places that the first paragraphs of the READMEs
  of sets 109 and 111 name. Those two sets are blind, so their places are not written here: they are kept as
  salted SHA-256 digests of the names (after ``goldkit.norm_place``), and only the digests are compared;
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
- the themes: one article mostly about a town taken and its aftermath (the town's capture after days of
  fighting as an *Armed clash*, soldiers besieged in a hospital, air raids on the town after its fall as the
  main event, residents fleeing towards the Turkish border, a failed breakout, prisoners taken, most core
  events about it); one mostly about patrols, handovers and a truce (positions handed over and entered as a
  *Non-violent transfer of territory*, a joint patrol, shelling across the Sajur, a truce announced as an
  *Agreement* and breached in an *Armed clash*, a protest against a patrol, a car bomb in the market as the
  main event, most core events about it); one mostly about tribal feuds and a security campaign (a clash
  between two clans with medium weapons as the main event, an activist assassinated, arrests and weapons
  seized in a campaign, a tribal reconciliation signed, a curfew, a protest before the governorate building,
  most core events about it); ordinary conflict reporting in Hadramawt (a suicide bombing at a recruitment
  centre as the main event, forces entering a port as a *Non-violent transfer of territory*, a drone strike on
  a car, mines cleared, an airport reopened, unpaid recruits protesting); and security and local reporting
  from Kasserine (an attack on two army posts as the main event, a mine blast under a patrol, a cell
  dismantled with arrests, a funeral with a protest, a closed military zone declared, a party's
  condemnation).

    python3 benchmarks/data/articles112/check_gold.py [--no-score]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    AGREEMENT,
    AIR,
    ARREST,
    ATTACK,
    CLASH,
    MINE,
    OTHER,
    PEACEFUL,
    SHELL,
    TRANSFER,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team112.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team112-556": [7, 13, 16], "team112-557": [7, 13, 16], "team112-558": [8, 13, 16],
                  "team112-559": [6, 13, 16], "team112-560": [7, 12, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team112-556": ("SY", "Idlib", "Jisr al-Shughur", "جسر الشغور"),
          "team112-557": ("SY", "Aleppo", "Manbij", "منبج"),
          "team112-558": ("IQ", "Maysan", "al-Kahla", "الكحلاء"),
          "team112-559": ("YE", "Hadramawt", "Mukalla", "المكلا"),
          "team112-560": ("TN", "Kasserine", "Salloum", "جبل السلوم")}
PLANNED_REGION = {"team112-556": ("SY", "Idlib"), "team112-557": ("SY", "Aleppo"),
                  "team112-558": ("IQ", "Maysan"), "team112-559": ("YE", "Hadramawt"),
                  "team112-560": ("TN", "Kasserine")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "Idlib"): {"Jisr al-Shughur", "Muhambal", "Ishtabraq", "al-Ziyara", "Qarqur"},
                 ("SY", "Aleppo"): {"Manbij", "al-Arima", "al-Dadat", "Sajur", "Qirat"},
                 ("IQ", "Maysan"): {"al-Amarah", "al-Majar al-Kabir", "Ali al-Gharbi", "al-Kahla",
                                    "Qalat Salih"},
                 ("YE", "Hadramawt"): {"Mukalla", "al-Shihr", "al-Riyan", "Ghayl Ba Wazir", "Seiyun"},
                 ("TN", "Kasserine"): {"Salloum", "Mghila", "Feriana", "Sbiba", "Thala", "Haidra"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team112-556": "2015-04", "team112-557": "2019-10", "team112-558": "2020-02",
                 "team112-559": "2016-05", "team112-560": "2014-07"}

# the places, governorates and file-name words (generic parts of names such as al, tal, tel, tell, jabal,
# kafr, bab, dar, bir, khan, ain, wadi, abu, ras, madinat, balad, south, north, east, west, eastern, city,
# road, camp, river, desert, state, mount, red, sea, museum and country names left out) that the first
# paragraphs of the READMEs of sets 109 and 111 name, as digests: sha256("team112:" + norm_place(name)), first
# 16 hex digits. The governorates of this set's own five regions are left out of the digests whether or not
# those paragraphs name them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "006bc3f1546c5c97", "007f5b4bae03c7e6", "00beb1caff787602", "03c3d0225e01b2ca", "04bb518e8f264451",
    "076eca94a2ee72e9", "08c060f8f3855735", "09a91b989a80e93f", "0a3eaff6b2a22c69", "10593fd73ef73e52",
    "10f0d11515e4df0a", "11589df9d3ce4d2f", "1216b1adad3d2527", "1428a1bd24efd6d3", "1615a63ef1872ac0",
    "1866f39d7b42c451", "1ae25e53fc60f5b3", "1bad1d7f38d5f031", "1ed0ecdbb2f20a4f", "20915561db2990f2",
    "20accb6fd49ee90e", "217b1609506fe92f", "22695f2a78dfde6e", "23358290ea3320f4", "233e1358a892e8b1",
    "23771125b401e51b", "24348c9e317b73e8", "246d747658303894", "253700c9adc32399", "27230fd8e5735f73",
    "2a3a4f2accf3a78e", "2a79b93f3157d403", "2accf6f43a4b29aa", "2cc54af37b769d8b", "2d296a0b143ce3ef",
    "2ff3d222ecc803a5", "3083ae08c60f9cbe", "316aeac4db86da8f", "33ea513f1f63486c", "37d9fd0014a06071",
    "3c7cb10302408c1c", "44fc48141cd401a4", "46877b6eba94ceb9", "479cfd82e4405ed5", "4977978959b19a65",
    "49c04a2a928d4c2a", "49d0e4f3c9b6b8de", "49f65c4af065c540", "4fbb29e5798a9a74", "4fda17b8247f233e",
    "503d19d6cac70b69", "59a847fb1637b22a", "5a27e8af7eb29222", "5bf050015c191fb0", "5d5f53d31822b226",
    "5dd0a6f4c806d3eb", "5e98105b09bc84f7", "5e9fdf4899436348", "60d7ce849216ed82", "66d355ed058ff8c7",
    "68f69be34afdf94d", "6b3ab7a8c1ac0560", "6c4e596658a7db06", "6cde1818424e8eb2", "6cfda15e4ecf7a77",
    "6d0611f22128dc48", "6ecbaaa72113e309", "700545525f10016c", "704e48aa0a0b4ace", "72ebfbb5230db4a3",
    "7447fa6303479a89", "75f7772e1ac52aab", "76a08204c9076706", "7797cb315069ba87", "77f4e20495ad87f7",
    "7a8c62760e7a5d26", "7db6d726ddd527b6", "7e3c457d33413c1e", "7f841d4ef058bab7", "8010bba8bfa18062",
    "826a9dc319645a3e", "847f51c53e2e26a8", "873861d6c996cf13", "878ec39c1e7d3e2e", "88ac7dc2a01c9314",
    "896acd61e61c5e68", "897140c0350c5267", "89ca856c2e7321fc", "8f4a0818bfe2bab2", "9131fc44807201fb",
    "91405aab8b0b32ab", "919cca00ff93dd10", "91aa212507de2e59", "9d5ae0e6ae7537be", "9ef464c96a8ea60e",
    "9f45d6bb9ca35cf2", "a028f3dbfee8b7e9", "a26d7bbc555653b7", "a2789b4d6a1176e6", "a2812c83acd2d192",
    "a2ddfbc703f7290c", "a38fe7110b6b7cf2", "a4553cc8b0d1cf7f", "a7c5fd22e40b674a", "a8298d11f3c71b3e",
    "a975d5fe0db1b26f", "a993397bd8b81816", "ac743dfe87141ff6", "ae4ad56741f353bb", "af84cb3bc16cb520",
    "b0ab245acd2566fe", "b2603d92585bf7e4", "b402d0c71eb44133", "b6ccd214b5cd1be3", "b85cd2d9f868026b",
    "b8c14c6bb2b64ca2", "bc18b9750c165dcb", "bdacd4d5bc69d36d", "be59db1dad6c234d", "c117191c7b79f210",
    "c297058e7128c6ac", "c415a5c3a83b8dbf", "c424c4b5007a443d", "c96acd8879b28404", "ca94d45a45a5ac91",
    "cada6098ecc2f5b9", "cc64d5ce1fc05795", "d2d144b0c6e8647b", "d328d6c4f79b6583", "d389f61dce262ea9",
    "d72f7a4cc7607466", "d868a3bdf33b601d", "db4cffe001b5b97f", "dc18c4f8c8990d7a", "dc8eca1ac3696f61",
    "dcb1f93a8f35a9fc", "df2afc0dc9ab4679", "dfced243af389273", "e09289d710bd6a81", "e2ffeee9be275315",
    "e4c256800fff11de", "e6968bf7c2905e3e", "e705a86e2c2b37c5", "e86635091925c8db", "e8f01ae52ce70e06",
    "ec1b2a6442059856", "edfad76e369d74fb", "f021e54c643e5f94", "f10177b70d382239", "f1963a92f69466cf",
    "f9948e725f03129f", "fb982acd55587794",
})
USED_GOV_DIGESTS = frozenset({
    "10f0d11515e4df0a", "1ed0ecdbb2f20a4f", "22695f2a78dfde6e", "2cc54af37b769d8b", "3083ae08c60f9cbe",
    "316aeac4db86da8f", "4977978959b19a65", "49d0e4f3c9b6b8de", "6b3ab7a8c1ac0560", "72ebfbb5230db4a3",
    "7797cb315069ba87", "878ec39c1e7d3e2e", "9131fc44807201fb", "91405aab8b0b32ab", "a028f3dbfee8b7e9",
    "a8298d11f3c71b3e", "b6ccd214b5cd1be3", "c96acd8879b28404", "e8f01ae52ce70e06", "f1963a92f69466cf",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "00beb1caff787602", "076eca94a2ee72e9", "0a3eaff6b2a22c69", "10f0d11515e4df0a", "11589df9d3ce4d2f",
    "1216b1adad3d2527", "1428a1bd24efd6d3", "1866f39d7b42c451", "1ae25e53fc60f5b3", "1ed0ecdbb2f20a4f",
    "20accb6fd49ee90e", "24348c9e317b73e8", "246d747658303894", "2701851eb9491c0a", "2a3a4f2accf3a78e",
    "2cc54af37b769d8b", "2e6e8fcc1330e978", "2ff3d222ecc803a5", "3083ae08c60f9cbe", "316aeac4db86da8f",
    "33ea513f1f63486c", "49f65c4af065c540", "503d19d6cac70b69", "50ab8af3ce68fd76", "59a847fb1637b22a",
    "5a27e8af7eb29222", "5bf050015c191fb0", "5c3c22497f5d3f9a", "5dd0a6f4c806d3eb", "5e98105b09bc84f7",
    "5e9fdf4899436348", "68f69be34afdf94d", "6c4e596658a7db06", "6d0611f22128dc48", "6d0c326dd608baca",
    "6ecbaaa72113e309", "6eff979938e72084", "700545525f10016c", "704e48aa0a0b4ace", "72ebfbb5230db4a3",
    "76a08204c9076706", "7797cb315069ba87", "7e3c457d33413c1e", "8010bba8bfa18062", "826a9dc319645a3e",
    "878ec39c1e7d3e2e", "88ac7dc2a01c9314", "896acd61e61c5e68", "897140c0350c5267", "8ad3a88adc85e071",
    "919cca00ff93dd10", "91aa212507de2e59", "9d5ae0e6ae7537be", "9ef464c96a8ea60e", "9f45d6bb9ca35cf2",
    "a028f3dbfee8b7e9", "a57bf7329a50201b", "a7c5fd22e40b674a", "a8298d11f3c71b3e", "ac743dfe87141ff6",
    "b0ab245acd2566fe", "b2603d92585bf7e4", "b402d0c71eb44133", "b6ccd214b5cd1be3", "b71102d384d41663",
    "c424c4b5007a443d", "c5aaef326162906d", "c94a3494275739f5", "cada6098ecc2f5b9", "d09371a3ad808281",
    "d2d144b0c6e8647b", "d328d6c4f79b6583", "d389f61dce262ea9", "db4cffe001b5b97f", "dc8eca1ac3696f61",
    "dcb1f93a8f35a9fc", "e4c256800fff11de", "e6968bf7c2905e3e", "e705a86e2c2b37c5", "e86635091925c8db",
    "ec1b2a6442059856", "f021e54c643e5f94", "f10177b70d382239", "f382cad90b24cea5", "fb982acd55587794",
    "fc3df2762b4f7801", "ffc6621cb551e480",
})

# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team112-556", "team112-558", "team112-559"}
DATELINE_KIND = {"team112-556": ("لندن", "a foreign capital"),
                 "team112-558": ("ميسان", "a province"),
                 "team112-559": ("المكلا", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team112-556": "London-based pan-Arab daily newspaper's website",
               "team112-557": "Moscow-based Russian state news agency's Arabic service",
               "team112-558": "Baghdad-based Iraqi independent daily newspaper's website",
               "team112-559": "Aden-based southern news website",
               "team112-560": "Tunis-based private radio station's website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team112-556": [9, 14], "team112-558": [3, 5]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «قُتل»/«دُفن»/«أُسر»/«خُرقت»/«زُرع»/«نُقلت»/«وُوري»/«استُشهد»/«شُيّع»":
        re.compile(r"قُتل|دُفن|أُسر|خُرقت|زُرع|نُقلت|وُوري|استُشهد|شُيّع"),
    "acronym in quotes": re.compile(r"«سانا»|«قسد»|«آر بي جي»|«داعش»"),
    "possessive actor":
        re.compile(r"مقاتلو «جيش الفتح»|مقاتلي «جيش الفتح»|مقاتلي تنظيم «القاعدة»|مقاتلو التنظيم"
                   r"|مقاتلي «القاعدة»"),
    "verb–subject–object":
        re.compile(r"^(?:ودخلت|دخلت|وسيّرت|وقصفت|وفرضت|ووقّع|وفكّكت|ونظّم|وأعلن|وأعلنت|وأمهل) "
                   r"(?:قوات|وحدات|الشرطة|الفصائل|المدفعية|خلية|شيوخ|فرق|مئات|مركز|وزارة|«جيش)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:والائتلاف|ووزارة|ومكتب|ومحافظ|والجبهة) [^،]+، (?:الذي|التي) [^.]*?، "
                   r"(?:اتهم|دانت|دان)[ ،]", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|دانت|دان)[ ،]"),
    "two events joined in one sentence with «و» and a second verb":
        re.compile(r"، وطالب (?:مجلس الأمن|الحكومة|دول)|، وطالبت (?:المجتمع|الحكومة)|، ووزّعت|، ونشرت قوة"),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:نقلت|نفى|قال|تبنّى|تبنّت) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى التسعة|القتلى الستة|القتلى الثلاثة|الضحايا الأحد عشر|العسكريين الأربعة"),
    "purpose clause": re.compile(r"بهدف |تمهيداً "),
    "burial or funeral": re.compile(r"^(?:ودُفن|ووُوري|ونُقلت جثامين|وشُيّع)|تشييع", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): a town taken and its aftermath
TOWN_TAKEN = "team112-556"
# theme (b): patrols, handovers and a truce
HANDOVER = "team112-557"
# theme (c): tribal feuds and a security campaign
FEUDS = "team112-558"
# theme (d): ordinary conflict reporting in Hadramawt (the brief asks for no theme; the plan's items)
HADRAMAWT = "team112-559"
# theme (e): security and local reporting from Kasserine (the brief asks for no theme; the plan's items)
KASSERINE = "team112-560"


def town_taken_theme(core, lines, main):
    capture = [g for g in of_type(core, lines, "ASSAULT", "سيطرتها", done=True) if g.get("acled") == CLASH]
    raids = bool(main and main.get("acled") == AIR and "سقوط المدينة" in para_text(lines, main))
    siege = [g for g in of_type(core, lines, "COERCE", "المشفى", done=True) if g.get("mode") == "restrict"]
    breakout = [g for g in of_type(core, lines, "ASSAULT", "الخروج", "المشفى", done=True)
                if g.get("acled") == CLASH]
    prisoners = of_type(core, lines, "COERCE", "أُسر", done=True)
    fleeing = any("نزحت" in line and "تركيا" in line for line in lines)
    words = ("جسر الشغور", "المدينة", "المشفى", "جيش الفتح")
    return bool(capture and raids and siege and breakout and prisoners and fleeing
                and mostly(core, lines, words))


def handover_theme(core, lines, main):
    entered = [g for g in of_type(core, lines, "MOBILIZE", "سلّمها", done=True) if g.get("acled") == TRANSFER]
    handed = of_type(core, lines, "RETREAT", "سلّمها", done=True)
    patrol = of_type(core, lines, "COOPERATE", "دورية مشتركة", done=True)
    shelling = [g for g in of_type(core, lines, "ASSAULT", "الساجور", done=True) if g.get("acled") == SHELL]
    truce = [g for g in of_type(core, lines, "CONCEDE", "وقفاً لإطلاق النار", done=True)
             if g.get("acled") == AGREEMENT]
    breached = [g for g in of_type(core, lines, "ASSAULT", "خُرقت", done=True) if g.get("acled") == CLASH]
    protest = of_type(core, lines, "PROTEST", "دورية", done=True)
    car_bomb = bool(main and main.get("acled") == MINE and "السوق" in para_text(lines, main))
    words = ("منبج", "المدينة", "دورية", "التسليم", "الهدنة", "الفصائل", "المجلس العسكري", "التماس")
    return bool(entered and handed and patrol and shelling and truce and breached and protest and car_bomb
                and mostly(core, lines, words))


def feuds_theme(core, lines, main):
    clans = bool(main and main.get("acled") == CLASH and "الأسلحة المتوسطة" in para_text(lines, main)
                 and "عشيرتين" in para_text(lines, main))
    activist = [g for g in of_type(core, lines, "ASSAULT", "ناشطاً", done=True)
                if g.get("mode") == "assassinate" and g.get("acled") == ATTACK]
    arrests = [g for g in of_type(core, lines, "COERCE", "حملة", done=True) if g.get("acled") == ARREST]
    seized = [g for g in of_type(core, lines, "COERCE", "حملة", done=True) if g.get("mode") == "confiscate"]
    reconciled = [g for g in of_type(core, lines, "AGREE", "صلح", done=True) if g.get("acled") == AGREEMENT]
    curfew = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "curfew"]
    governorate = [g for g in of_type(core, lines, "PROTEST", "ديوان", done=True)
                   if g.get("acled") == PEACEFUL]
    words = ("عشيرتين", "العشيرتين", "العشائر", "عشائري", "حملة", "الكحلاء", "الناشط", "الشرطة")
    return bool(clans and activist and arrests and seized and reconciled and curfew and governorate
                and mostly(core, lines, words))


def hadramawt_theme(core, lines, main):
    suicide = bool(main and main.get("mode") == "suicide-attack" and "مركز للتجنيد" in para_text(lines, main))
    port = [g for g in of_type(core, lines, "MOBILIZE", "ميناء", done=True) if g.get("acled") == TRANSFER]
    drone = [g for g in of_type(core, lines, "ASSAULT", "سيارتهم", done=True) if g.get("acled") == AIR]
    mines = [g for g in of_type(core, lines, "COERCE", "لغماً", done=True) if g.get("acled") == OTHER]
    airport = [g for g in of_type(core, lines, "RETREAT", "مطار", done=True) if g.get("mode") == "access"]
    unpaid = [g for g in of_type(core, lines, "PROTEST", "رواتبهم", done=True) if g.get("acled") == PEACEFUL]
    return bool(suicide and port and drone and mines and airport and unpaid)


def kasserine_theme(core, lines, main):
    posts = bool(main and main.get("acled") == CLASH and "نقطتين" in para_text(lines, main))
    mine = [g for g in of_type(core, lines, "ASSAULT", "دورية", done=True) if g.get("acled") == MINE]
    cell = [g for g in of_type(core, lines, "COERCE", "خلية", done=True) if g.get("acled") == ARREST]
    funeral = of_type(core, lines, "PROTEST", "وشُيّع", done=True)
    zone = [g for g in of_type(core, lines, "COERCE", "منطقتي عمليات عسكرية", done=True)
            if g.get("mode") == "restrict"]
    party = of_type(core, lines, "ACCUSE", "الجبهة الشعبية", done=True)
    return bool(posts and mine and cell and funeral and zone and party)


#: the blind sets before this one whose places it must not use
LABEL = "sets 109 and 111"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"a town taken and its aftermath": (TOWN_TAKEN, town_taken_theme),
              "patrols, handovers and a truce": (HANDOVER, handover_theme),
              "tribal feuds and a security campaign": (FEUDS, feuds_theme),
              "ordinary conflict reporting in Hadramawt": (HADRAMAWT, hadramawt_theme),
              "security and local reporting from Kasserine": (KASSERINE, kasserine_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team112", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "YE": 1, "TN": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Yemeni "
                                  "and one Tunisian"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team112", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
