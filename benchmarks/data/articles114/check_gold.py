#!/usr/bin/env python3
"""Check team114.gold.json (the hundred-and-fourteenth team set, team114-566 ... team114-570) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
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
- the regions: two Syrian articles, one in al-Hasakah (Ras al-Ain and the road to Tal Tamr) and one in Homs
  (al-Waer and Homs city), one Iraqi in Najaf, one Jordanian in Karak and one Yemeni in al-Jawf, the main
  event in one of the places the plan names for its region, each article in the month the plan gives it
  (October 2019, March 2017, November 2019, December 2016, March 2020); no governorate, no word of the
  article's file name and no accepted place name among the places that the first paragraphs of the READMEs
  of sets 111 and 113 name. Those two sets are blind, so their places are not written here: they are kept as
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
- the themes: one article mostly about an incursion across the border and people fleeing (shelling from
  across the border hitting a hospital, a drone strike on a convoy of civilians as the main event, families
  fleeing to camps and housed, a pause announced as an *Agreement*, fighters withdrawing under the deal, most
  core events about it); one mostly about an evacuation deal carried out in batches (a deal signed under
  Russian guarantee as an *Agreement*, buses leaving with fighters and families, a batch delayed over disputed
  lists, weapons handed over, a return of state institutions promised, shelling before the deal, most core
  events about it); one mostly about a night of protests and a consulate set on fire (the consulate stormed
  and burnt as a *Riots/Violent demonstration*, live rounds on protesters as the main event, a curfew, a
  funeral turned into a protest, arrests, a neighbouring state's condemnation, a tribal delegation mediating,
  most core events about it); security and local reporting from Karak (gunmen attacking a police patrol and
  firing from a castle as the main event, tourists and citizens trapped, a security operation, a cell's
  hideout raided with arrests and arms seized, a mourning sit-in, a tribe's statement); and ordinary conflict
  reporting from al-Jawf (a provincial capital captured after days of fighting as the main event, coalition
  air strikes, families fleeing toward Marib, a tribal mediation refused, prisoners exchanged, an aid body's
  appeal).

    python3 benchmarks/data/articles114/check_gold.py [--no-score]
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
    CLASH,
    EXCESSIVE,
    PEACEFUL,
    RIOT,
    SHELL,
    first_label,
    mostly,
    of_type,
    para_text,
    planned_set_checks,
    run_checks,
)

GOLD = "team114.gold.json"
N_ARTICLES = 5

# paragraphs that deliberately hold NO gold event (descriptions, generic statements, standing situations,
# aggregates, a witness's words): any event a system reports there must count as a false positive.
# There is no fixed layout: they fall where they fall in each article.
NO_EVENT_PARAS = {"team114-566": [7, 13, 16], "team114-567": [7, 13, 16], "team114-568": [7, 16],
                  "team114-569": [8, 13, 16], "team114-570": [8, 13, 16]}

# where each article is set: (country, first-level division, place of the main event, the Arabic name that
# a dateline-less lead gives in its first sentence)
REGION = {"team114-566": ("SY", "al-Hasakah", "Ras al-Ain", "رأس العين"),
          "team114-567": ("SY", "Homs", "Homs", "حمص"),
          "team114-568": ("IQ", "Najaf", "Najaf", "النجف"),
          "team114-569": ("JO", "Karak", "Karak", "الكرك"),
          "team114-570": ("YE", "al-Jawf", "al-Hazm", "الحزم")}
PLANNED_REGION = {"team114-566": ("SY", "al-Hasakah"), "team114-567": ("SY", "Homs"),
                  "team114-568": ("IQ", "Najaf"), "team114-569": ("JO", "Karak"),
                  "team114-570": ("YE", "al-Jawf")}
# the places the plan names for each region, as this set uses them (the main event takes place in one of
# them; see README.md)
PLANNED_TOWNS = {("SY", "al-Hasakah"): {"Ras al-Ain", "Tal Tamr", "Tal Abyad", "Suluk", "Ain Issa"},
                 ("SY", "Homs"): {"al-Waer", "Homs", "Jarablus", "Idlib"},
                 ("IQ", "Najaf"): {"Najaf", "Kufa", "Sadrein", "Thawrat al-Ishreen"},
                 ("JO", "Karak"): {"Karak", "al-Qatraneh", "Desert Highway"},
                 ("YE", "al-Jawf"): {"al-Hazm", "al-Ghayl", "Khab wa al-Sha'af", "Marib"}}
# the month the plan gives each article (the brief sets them, so years are not checked against earlier sets)
PLANNED_MONTH = {"team114-566": "2019-10", "team114-567": "2017-03", "team114-568": "2019-11",
                 "team114-569": "2016-12", "team114-570": "2020-03"}

# the places, governorates and file-name words (generic parts of names such as al, el, abu, bir, khan,
# madinat, balad, port, north, umm, red, sea and shaykh left out) that the first paragraphs of the READMEs of
# sets 111 and 113 name, as digests: sha256("team114:" + norm_place(name)), first 16 hex digits. The
# governorates of this set's own five regions are left out of the digests whether or not those paragraphs name
# them: the brief gives them.
USED_PLACE_DIGESTS = frozenset({
    "011e573aef11d813", "017ad8c86ca56b45", "0269898971381bc2", "037a7d6e4e83d06e", "0677f349d226f13d",
    "0685298c2c602b0a", "07fdbb2917bed8b7", "0a197e217571a198", "0c526a480777a10f", "0d8935267ff64e6b",
    "0e84222931ef6f57", "100d4eada62b8368", "1070e8b251c8a008", "11d264bacb7a6a1a", "128035cafab17ec0",
    "15373f9138ff84c2", "1553b28a8f9fa06a", "162c06bfdf1dbf8f", "1965fb45dfba920f", "1be00c7a2df8e643",
    "2349a16de6ab1cfe", "26122641c10c0484", "295ac4f3489e31cc", "2ac91f5962e2a66a", "2ba9acb5126043c8",
    "2cb5850324d1c4ed", "2d18174bdf45735c", "339be12a55a6dfdb", "33d2136173c8787d", "3605d04fe550060b",
    "3a31ae61705fdade", "3a6ea9cf91d8a0fb", "3aa9d1cbe3f4ed20", "3c7e16a278b10c90", "3e09be236b038f9b",
    "3e84fc5cc40b58db", "401f894c2e00dfd0", "4286abc401194f1d", "42bc93f0bb9befc4", "4332f695a143e2a4",
    "43339a89954da4c7", "4aeb72d7479a3e7d", "4b4416c29495afcf", "4d67af100b0e737e", "4ecf6e7cc93cbc34",
    "4f5de7b5b29f4518", "5798102d660d6200", "57bc7687d7ec88c8", "57e7af5de66b2d00", "584ce79d8f416f50",
    "5a66326c8dd84fc9", "63048c1ea9b5b553", "65c91f817681b355", "663df2db5370dc27", "66b7d3658b7ad820",
    "67835e499ed4baf0", "683067fef4e93198", "68a272cb13a9fd0b", "6a515c88ce7a7c71", "6ba259f62c1245f7",
    "6c566e3531e68397", "6f2159c7128e130e", "6f7206067f5ef87c", "70a44c4c628aa3e4", "727cfca914ea1ef5",
    "7448eb9b332f1c39", "75f41d41a7757576", "7772052f87e3c53c", "7a1c26ee36fbed78", "7aa3de94c7bef00f",
    "7ca44f096bc42a4b", "7d74833fd71dc4e7", "7efd710bd71abce4", "840980ae3150dec9", "845164ccef17adde",
    "85a776db56a8a89a", "85fe2ccd72dfdfc5", "8a93e985a5bcc4a1", "91ba973cadaa4a12", "91c10c69f9e020ca",
    "92822a57818a3ba3", "9301a1cdcc37e376", "93d000213e72be40", "94306abd4498d80a", "949775d24e21f2e3",
    "94d1b86fa4ee02ab", "94f9fca3f5dfc9e7", "97da0407007bda20", "99737bab8d8bf376", "9a7ac5eed6265360",
    "9af044731321f888", "a0bd467d2a2855cf", "a7cba54fbbeb0282", "a86cfec6a551e6ee", "a9b9328a041830da",
    "ac18dc1ff6051ec9", "adb738d0fea198a8", "aec41f7567bdc110", "b1677b6c60603d67", "b2c0e562f3b35b65",
    "b3081e864c88b5e1", "b5306a27c632bd78", "b559eea3505f7bdd", "b59b09a73e6b31c7", "bcdcb5cca044187a",
    "c115e436b49dfdde", "c20741b131a26a2b", "c21a83f40fa96d41", "c5144d68d5b65493", "cbd324c779322886",
    "cbe4a0780141814c", "d1903b19a8ed60e7", "d47036e6bf498783", "d8e291cae99f06d6", "db8b6922630cc393",
    "dbca6e42d84a3891", "dcba215fe0ad844d", "dcc34752d0654caf", "dd80f9df1c91b8d1", "e0c1496d8a8f44d9",
    "e8c20c2e658c469d", "e94e74d25b4068b0", "e9c060bc99adc639", "e9ec37fd877a70a5", "ee3a496e3d3f25b5",
    "f1082066a2a2ebe6", "f3d1d0f54188540a", "f4f4bd54872689ab", "f58c368cd8057e09", "f75f2731428c7525",
    "fd3f2f4770f55432", "fe3d525595938210", "ff55547edbf5441f",
})
USED_GOV_DIGESTS = frozenset({
    "0d8935267ff64e6b", "100d4eada62b8368", "26122641c10c0484", "33d2136173c8787d", "3a6ea9cf91d8a0fb",
    "3aa9d1cbe3f4ed20", "401f894c2e00dfd0", "4f5de7b5b29f4518", "5798102d660d6200", "65c91f817681b355",
    "68a272cb13a9fd0b", "75f41d41a7757576", "92822a57818a3ba3", "aec41f7567bdc110", "b2c0e562f3b35b65",
    "c115e436b49dfdde", "c21a83f40fa96d41", "db8b6922630cc393", "dcba215fe0ad844d", "e8c20c2e658c469d",
    "f4f4bd54872689ab", "f58c368cd8057e09",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "011e573aef11d813", "0269898971381bc2", "0677f349d226f13d", "0685298c2c602b0a", "0d8935267ff64e6b",
    "0e84222931ef6f57", "11d264bacb7a6a1a", "15373f9138ff84c2", "1553b28a8f9fa06a", "1be00c7a2df8e643",
    "26122641c10c0484", "295ac4f3489e31cc", "2ba9acb5126043c8", "2d18174bdf45735c", "3605d04fe550060b",
    "3aa9d1cbe3f4ed20", "3c7e16a278b10c90", "3e09be236b038f9b", "3e84fc5cc40b58db", "4286abc401194f1d",
    "42bc93f0bb9befc4", "43339a89954da4c7", "4aeb72d7479a3e7d", "4ecf6e7cc93cbc34", "57bc7687d7ec88c8",
    "57e7af5de66b2d00", "5a66326c8dd84fc9", "63048c1ea9b5b553", "6ba259f62c1245f7", "70a44c4c628aa3e4",
    "75f41d41a7757576", "7772052f87e3c53c", "7aa3de94c7bef00f", "7ca44f096bc42a4b", "7efd710bd71abce4",
    "840980ae3150dec9", "85fe2ccd72dfdfc5", "8a93e985a5bcc4a1", "91ba973cadaa4a12", "93d000213e72be40",
    "94306abd4498d80a", "949775d24e21f2e3", "94d1b86fa4ee02ab", "99737bab8d8bf376", "9af044731321f888",
    "a0bd467d2a2855cf", "a86cfec6a551e6ee", "a9b9328a041830da", "ac18dc1ff6051ec9", "adb738d0fea198a8",
    "aec41f7567bdc110", "b2c0e562f3b35b65", "b559eea3505f7bdd", "b59b09a73e6b31c7", "bcdcb5cca044187a",
    "c115e436b49dfdde", "c21a83f40fa96d41", "d8e291cae99f06d6", "db8b6922630cc393", "dcba215fe0ad844d",
    "dcc34752d0654caf", "e0c1496d8a8f44d9", "e8c20c2e658c469d", "e94e74d25b4068b0", "e9c060bc99adc639",
    "e9ec37fd877a70a5", "ee3a496e3d3f25b5", "f1082066a2a2ebe6", "f4f4bd54872689ab", "f75f2731428c7525",
    "fe3d525595938210",
})


# the articles whose ¶1 opens with a dateline, and the kind of place each dateline names
DATELINE = {"team114-567", "team114-568", "team114-570"}
DATELINE_KIND = {"team114-567": ("بيروت", "a foreign capital"),
                 "team114-570": ("الجوف", "a province"),
                 "team114-568": ("النجف", "the town of the event")}
# the kind of each outlet (all different)
OUTLET_KIND = {"team114-566": "Erbil-based Kurdish news agency's Arabic service",
               "team114-567": "Beirut-based pro-government satellite channel's website",
               "team114-568": "Najaf-based local news website",
               "team114-569": "Amman-based private daily newspaper's website",
               "team114-570": "Marib-based Yemeni government-aligned news website"}

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's
# rule)
TOLL_CONFLICT = {"team114-566": [7, 11], "team114-568": [3, 6]}

MIN_CHARS, MAX_CHARS = 60, 500
# the length of an article that the plan asks for (headline and paragraphs, newlines included)
TEXT_RANGE = (5000, 5200)

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "من قبل": re.compile(r"من قبل "),
    "وكان … قد": re.compile(r"وكان[^.]{0,80} قد "),
    "بحسب": re.compile(r"بحسب"),
    "passive «أُطلقت»/«وُقّع»/«دُفن»/«شُيّع»/«نُقلت»/«أُغلقت»/«قُتل»/«عُثر»/«ووري»":
        re.compile(r"أُطلقت|وُقّع|دُفن|شُيّع|نُقلت|أُغلقت|قُتل|عُثر|ووري"),
    "acronym in quotes": re.compile(r"«قسد»|«داعش»|«إرنا»|«أوتشا»|«إم 4»"),
    "possessive actor":
        re.compile(r"مقاتلي «قسد»|مقاتلو «قسد»|مسلحي حي الوعر|مقاتلي «الجيش الوطني»"),
    "verb–subject–object":
        re.compile(r"^(?:وقصفت|وأعلنت|وفرضت|واعتقلت|ودانت|وزار|وداهمت|ونظّم|وشنّت|ورفضت|وناشد|وسلّم|وهدّدت"
                   r"|وهدّد|وتوعّد|وحذّرت) (?:المدفعية|أنقرة|خلية|القوات|وزارة|وفد|قوة|مئات|مقاتلات|ميليشيا"
                   r"|مكتب|المسلحون|الرئاسة|مصدر|قيادي|التنظيم|قيادة)", re.M),
    "subject–verb–object":
        re.compile(r"^(?:و«مجلس|ووزارة|ومجلس|ونقابة|والحكومة) [^،]+، (?:الذي|التي) [^.]*?، "
                   r"(?:اتهم|اتهمت|دانت|حمّل)[ ،]", re.M),
    "long parenthetical between subject and verb":
        re.compile(r"، (?:الذي|التي) [^.]{40,200}?، (?:اتهم|اتهمت|دانت|حمّل)[ ،]"),
    "two events joined in one sentence with «و» and a second verb":
        re.compile(r"، وأسكنت|، ونشرت|، ووزعت|، واعتقلت|، وطالب |، وطالبت "),
    "time told after the act in its own clause": re.compile(r"، وذلك بعد "),
    "main event told again by the other side": re.compile(r"^في المقابل، (?:نفت|قالت|تبنّى|قال) ", re.M),
    "definite noun for the main event's victims":
        re.compile(r"القتلى السبعة|الشهداء الأربعة|القتلى الثلاثة|رجال الأمن الأربعة|الجنود الأربعة عشر"),
    "purpose clause": re.compile(r"بهدف |تمهيداً "),
    "burial or funeral": re.compile(r"^(?:ودُفن|وشُيّع|ونُقلت جثامين)|تشييع", re.M),
    "«من دون أن» negating nothing": re.compile(r"من دون أن"),
}

# theme (a): an incursion across the border and people fleeing
INCURSION = "team114-566"
# theme (b): an evacuation deal carried out in batches
EVACUATION = "team114-567"
# theme (c): a night of protests and a consulate set on fire
CONSULATE = "team114-568"
# theme (d): security and local reporting from Karak (the brief asks for no theme; the plan's items)
KARAK = "team114-569"
# theme (e): ordinary conflict reporting from al-Jawf (the brief asks for no theme; the plan's items)
JAWF = "team114-570"


def incursion_theme(core, lines, main):
    across = [g for g in of_type(core, lines, "ASSAULT", "الحدود", "المشفى", done=True)
              if g.get("acled") == SHELL]
    convoy = bool(main and main.get("acled") == AIR and "قافلة" in para_text(lines, main))
    camps = any("نزح" in line and "المخيمات" in line for line in lines)
    housed = of_type(core, lines, "AID", "مئات العائلات", done=True)
    pause = [g for g in of_type(core, lines, "CONCEDE", "تعليق العمليات", done=True)
             if g.get("acled") == AGREEMENT]
    withdrawn = of_type(core, lines, "RETREAT", "تنفيذاً للاتفاق", done=True)
    words = ("رأس العين", "سري كانيه", "الهدنة", "«قسد»", "تل تمر", "تل أبيض", "النازحين", "الحدود")
    return bool(across and convoy and camps and housed and pause and withdrawn and mostly(core, lines, words))


def evacuation_theme(core, lines, main):
    signed = [g for g in of_type(core, lines, "AGREE", "بضمانة روسية", done=True)
              if g.get("acled") == AGREEMENT]
    buses = of_type(core, lines, "RETREAT", "حافلة", done=True)
    delayed = of_type(core, lines, "REJECT", "قوائم", "وتأخر", done=True)
    handed = [g for g in of_type(core, lines, "RETREAT", "أسلحتهم", done=True) if g.get("mode") == "disarm"]
    promised = of_type(core, lines, "AGREE", "المؤسسات الحكومية", done=True)
    before = [g for g in first_label(core, "historical")
              if g["types"][0] == "ASSAULT" and g.get("acled") == SHELL and "الوعر" in para_text(lines, g)]
    words = ("الوعر", "الحي", "الاتفاق", "الحافلات", "الدفعة", "المسلحين", "المسلحون")
    return bool(signed and buses and delayed and handed and promised and before
                and mostly(core, lines, words))


def consulate_theme(core, lines, main):
    burnt = [g for g in of_type(core, lines, "PROTEST", "القنصلية", done=True) if g.get("acled") == RIOT]
    live = bool(main and main.get("acled") == EXCESSIVE and "الرصاص الحي" in para_text(lines, main))
    curfew = [g for g in of_type(core, lines, "COERCE", done=True) if g.get("mode") == "curfew"]
    funeral = of_type(core, lines, "PROTEST", "تشييع", done=True)
    arrests = [g for g in of_type(core, lines, "COERCE", "القنصلية", done=True) if g.get("acled") == ARREST]
    neighbour = of_type(core, lines, "ACCUSE", "الإيرانية", done=True)
    tribal = of_type(core, lines, "CONSULT", "عشائر", done=True)
    words = ("القنصلية", "المحتجين", "المعتصمين", "الحظر", "التجوال", "القتلى الثلاثة", "إطلاق النار")
    return bool(burnt and live and curfew and funeral and arrests and neighbour and tribal
                and mostly(core, lines, words))


def karak_theme(core, lines, main):
    castle = bool(main and main.get("acled") == CLASH and "قلعتها" in para_text(lines, main)
                  and "دورية" in para_text(lines, main))
    trapped = bool(main and "سياح" in para_text(lines, main))
    operation = [g for g in of_type(core, lines, "ASSAULT", "العملية الأمنية", done=True)
                 if g.get("acled") == CLASH and g.get("fatalities")]
    arrests = [g for g in of_type(core, lines, "COERCE", "مخبأ", done=True) if g.get("acled") == ARREST]
    seized = [g for g in of_type(core, lines, "COERCE", "مخبأ", done=True) if g.get("mode") == "confiscate"]
    sit_in = [g for g in of_type(core, lines, "PROTEST", "حداداً", done=True) if g.get("acled") == PEACEFUL]
    tribe = of_type(core, lines, "ACCUSE", "عشائر", done=True)
    return bool(castle and trapped and operation and arrests and seized and sit_in and tribe)


def jawf_theme(core, lines, main):
    capital = bool(main and main.get("acled") == CLASH and "مركز محافظة الجوف" in para_text(lines, main))
    strikes = [g for g in of_type(core, lines, "ASSAULT", "تحالف", done=True) if g.get("acled") == AIR]
    fleeing = any("نزحت" in line and "مأرب" in line for line in lines)
    refused = of_type(core, lines, "REJECT", "وساطة", done=True)
    exchanged = of_type(core, lines, "COOPERATE", "أسيراً", done=True)
    appeal = of_type(core, lines, "REQUEST", "ناشد", done=True)
    return bool(capital and strikes and fleeing and refused and exchanged and appeal)


#: the blind sets before this one whose places it must not use
LABEL = "sets 111 and 113"


def extra_checks():
    """Set-specific checks; returns a list of error strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    themes = {"an incursion across the border and people fleeing": (INCURSION, incursion_theme),
              "an evacuation deal carried out in batches": (EVACUATION, evacuation_theme),
              "a night of protests and a consulate set on fire": (CONSULATE, consulate_theme),
              "security and local reporting from Karak": (KARAK, karak_theme),
              "ordinary conflict reporting from al-Jawf": (JAWF, jawf_theme)}
    return planned_set_checks(HERE, docs, globals(), salt="team114", label=LABEL, themes=themes,
                              other_countries=(
                                  {"IQ": 1, "JO": 1, "YE": 1},
                                  "the three non-Syrian articles are not one Iraqi, one Jordanian "
                                  "and one Yemeni"))


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team114", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
