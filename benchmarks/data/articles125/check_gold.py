#!/usr/bin/env python3
"""Check team125.gold.json (the hundred-and-twenty-fifth team set, team125-621 ... team125-625) against the
article files, then score an empty and an oracle prediction with ../shared/eval/score.py (see
``benchmarks/data/goldkit.py``).
The plan is checked through ``goldkit.planned_set_checks``: per article ``goldkit.article_plan_checks``
(``goldkit.article_checks`` and ``goldkit.layout_checks``) and ``goldkit.article_shape_checks`` (with
``goldkit.region_year_checks`` and ``goldkit.used_before_checks``), then ``goldkit.set_plan_checks``; then
``goldkit.run_checks`` (the label and role/place/date checks) and ``goldkit.check_main``. That is:
- every trigger lies inside its own paragraph and on word boundaries; paragraphs of 60 to 500 characters, of
  widely unequal length, one under 120 and one over 400 in each article; a core event with fatalities told in
  three or more paragraphs, a dated historical core event at another place, a rumoured, a planned, a THREATEN
  and a negated core event, optional events and at least two no-event paragraphs in each article;
- a headline and 17 paragraphs, 5,000–5,200 characters an article; five outlets of five different kinds, none
  of the model set's kinds;
- ¶1 opens with a dateline «CITY – «OUTLET»:» in exactly three articles (622, 623, 625), of three kinds that
  the model set did not use (the country's capital, the capital of the event's own governorate, a regional
  capital in a neighbouring country); the two others (621, 624) name their place in the first sentence;
- the regions: two Syrian articles in two governorates (Rif Dimashq: al-Hamah; Hasakah: Tal Tamr), one Iraqi
  in Salahuddin (Amerli), one Tunisian in Medenine (Ben Guerdane) and one Yemeni in Shabwa (Ataq), each main
  event in one of its region's towns; no governorate, file-name word or accepted place name among the places
  of the first paragraphs of the READMEs of sets 120, 121 and 122, of the regions the brief keeps for set 124
  (written at the same time) and of the older regions it lists, and of the model set's regions (set 123),
  which are kept here only as salted digests (``goldkit.place_digest``);
- the months: 2017-01, 2014-08, 2016-03, 2022-08, 2015-05 (five years, eight apart from first to last); each
  publication date falls on the weekday the plan gives, the day before it on the weekday the text names for
  «أمس», and the days ahead on the weekdays the texts name;
- the layout: the main event is told first in the lead ¶1 in two articles only (621, 625), and in ¶2–¶5 after
  another core event in the others; the tolls conflict in two articles only (621, 624), each with two
  attributed sources and the gold keeping the lowest count; every toll reported is written in the main
  event's paragraphs; the no-event paragraphs differ between articles and never fall where the model set put
  its own; the main event, the background act, the rumoured, planned and negated acts and the threat of each
  article never fall at the paragraph index the model set used for them in its article of the same rank, and
  neither the conflicting tolls nor the datelines are in the model set's articles;
- the set has core events of all sixteen PLOVER types and every factuality class as a first label, and uses
  the constructions of ``CONSTRUCTIONS``;
- the two themes: (a) one article mostly about a besieged town supplied from the air (622); (b) one mostly
  about villagers abducted and bargained over (625).

    python3 benchmarks/data/articles125/check_gold.py [--no-score]
"""
import calendar
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import (  # noqa: E402
    ABDUCTION,
    HAPPENED,
    SHELL,
    TYPES,
    main_event,
    main_type,
    para_text,
    planned_set_checks,
    run_checks,
    trigger_para,
)

GOLD = "team125.gold.json"
N_ARTICLES = 5
SALT = "team125"
IDS = ["team125-621", "team125-622", "team125-623", "team125-624", "team125-625"]

# paragraphs that deliberately hold NO gold event (descriptions, standing situations, a witness's days): any
# event a system reports there counts as a false positive. None falls at an index the model set used for its
# own no-event paragraphs.
NO_EVENT_PARAS = {"team125-621": [6, 13], "team125-622": [9, 16], "team125-623": [11, 15],
                  "team125-624": [3, 12], "team125-625": [6, 16]}
MODEL_NO_EVENT_INDEXES = {2, 4, 5, 7, 8, 10, 14, 17}

# where each article is set: (country, first-level division, town of the main event, the Arabic name that a
# dateline-less lead gives in its first sentence, or the place of the main event for a dateline article)
REGION = {"team125-621": ("SY", "Rif Dimashq", "al-Hamah", "وادي بردى"),
          "team125-622": ("IQ", "Salahuddin", "Amerli", "آمرلي"),
          "team125-623": ("TN", "Medenine", "Ben Guerdane", "بن قردان"),
          "team125-624": ("YE", "Shabwa", "Ataq", "عتق"),
          "team125-625": ("SY", "Hasakah", "Tal Tamr", "تل نصري")}
PLANNED_REGION = {did: (r[0], r[1]) for did, r in REGION.items()}
# the plan's places: (country, division) → the towns an article may be set in
PLANNED_TOWNS = {("SY", "Rif Dimashq"): {"al-Hamah", "Qudsaya"},
                 ("IQ", "Salahuddin"): {"Amerli", "Tuz Khurmatu"},
                 ("TN", "Medenine"): {"Ben Guerdane"},
                 ("YE", "Shabwa"): {"Ataq"},
                 ("SY", "Hasakah"): {"Tal Tamr"}}
# the month each article is published in
PLANNED_MONTH = {"team125-621": "2017-01", "team125-622": "2014-08", "team125-623": "2016-03",
                 "team125-624": "2022-08", "team125-625": "2015-05"}
YEAR_SPREAD = 8

# the salted digests (``goldkit.place_digest(name, SALT)``) of the governorates and regions, of the places
# (Arabic and English) and of the file-name words this set avoids: those the first paragraphs of the READMEs
# of sets 120, 121 and 122 name (settings, outlet bases, datelines), the regions the brief keeps for set 124
# (written at the same time) and the older regions it lists, the model set's regions, places, outlet bases and
# dateline cities (set 123), and the words of the file names of sets 18 and 123; the names themselves are not
# written here
USED_GOV_DIGESTS = frozenset({
    "0781c304185e69b3", "08e6d5d52b82a9f6", "12bdc3e6f4ae6afb", "15f767158f2cf34a", "1b09881a991ca00f",
    "206cdbeaeeeb16cf", "23c30d53e39ba6cb", "289b32f5138a09e2", "356767ed3cfab2d4", "37e4fdadf0fa197a",
    "38cc3ae228391edf", "3bec1b6d1b66c227", "3d6856f175573df3", "42084da40bb6d1b9", "4686a6fa3be3c3bb",
    "4c75adccba8bc46c", "507cd996aacc4e98", "5729bce91f6e180c", "5b8ce782356d8852", "6cb6327427f4c5e3",
    "6cf1f4259d7c744c", "6dd4c177b9fb7b89", "73b1da1f42a85ac7", "73e640558b2d3ad5", "75f993a6e70b7589",
    "76b040da141b7c5e", "76cb1317bc29f0d5", "7cb9b2e5414bdc9d", "8409d50e99401dea", "8519cee52af43bd5",
    "8af5fe3e59cff099", "8ef8d5a0ffe19ce9", "97b951b5072ada14", "99098a8d5ba869fd", "9fd38fe13bcbf6a5",
    "a1567d680dbf18b6", "a16614ab53610fb6", "a78bed1e010d8dbb", "aa5522e4ffe31cfd", "ac9c402a305d7041",
    "b12adc7cd31e26a4", "b76039ec071f5513", "c3520244145eb205", "c4838e595f743632", "c6580616f248b979",
    "cef6154e7a5ec0e7", "cf21ab0839af9a9c", "d4910b4de001a9b8", "e30c645f6bd41f35", "e70ff96b9407dbaa",
    "e81d67bf5ed28e3d", "e8a4f0ef77298db1", "ebcc6a6ab1ca84bb", "ecf17368245b20f9", "edd5076bcc2668d0",
    "f098094688491a0a", "f2b066362f15e4a9", "f620d4a508d47147", "f62487e7ab0beba1", "f7beffe9e063fd98",
    "fe1ade38f729f12e",
})
USED_FILE_WORD_DIGESTS = frozenset({
    "0215e0f2cd61da65", "08e590a573eebc66", "09d2abc3db488ac4", "0d649a3255d16106", "0f1f32786a32b80f",
    "23c30d53e39ba6cb", "2552b08b5583592c", "3dcc912d7c045f78", "4686a6fa3be3c3bb", "533cd410fe65e579",
    "5597c1099d9b19b7", "5b6751c0270cab53", "5e1b439915d52a68", "5f2f2305d0e349c9", "6846991c22f39453",
    "6ca239e9ae0fb771", "6d425a3a327aa71f", "73b1ee59fb43c564", "7caff1c63331ea13", "7d26279f78a13c17",
    "815def3654a0b4c1", "81ab0496ced30802", "84cdc945f213e343", "84e1b50495784714", "896b7b65dfb2a760",
    "89a5123fe5a9a758", "8cfe5ededde1f0af", "98570bb7fc4948e8", "9fc9fc40edb4f1b0", "a23e06e18b1b4c17",
    "a460278ec1dcf25d", "b74ec94f8a9f28ef", "be410d0380dc4fcf", "c03fd555a3005d7f", "c202cb69b8e99109",
    "cc87dc10c4ac0747", "d10c9cdccfda974d", "d48b6d055e136fc0", "d4910b4de001a9b8", "d55dd2255310adf6",
    "d762a8a7f0a72200", "d89221efe07706f5", "d8d0b1ae052bff29", "df0bab635f3f16d4", "e17f44ac07bf6c90",
    "e3c1e325956a217d", "edd5076bcc2668d0", "ef86af0e0db1dc3e", "f8430395c157da3a", "fa35344bd77331d0",
})
USED_PLACE_DIGESTS = frozenset({
    "0002dbebb3c95825", "003062bc1a44711c", "01a5f3e63e2141ed", "01af1127aaef24d7", "01ecc25e5ad953f8",
    "0215e0f2cd61da65", "02162508e2ccbf23", "023d8e330ce5097d", "02764f258ec6254f", "04236728a5d92154",
    "04dbb654521266d5", "054ec6442a1eb3f3", "06ff201886135977", "0781c304185e69b3", "0786bd412d374383",
    "08e590a573eebc66", "08e6d5d52b82a9f6", "08f489a1a7c09c34", "09237426ce5c639b", "09afe2fd4d139a30",
    "09d2abc3db488ac4", "0b1306955de53182", "0b6274682d1e143e", "0c21b4214c40c172", "0d649a3255d16106",
    "0e0f846efd2cd041", "0ee9fb89dd87a889", "0f1f32786a32b80f", "0fd15074fc02046c", "11002fba56b90eda",
    "1161b0f321debd2d", "123f33c8bf931123", "12bdc3e6f4ae6afb", "12bdd6cf3f4c0d4f", "12d03bcbc4e2f086",
    "135dbb104721c41e", "14afa2e75eff65cb", "1513198edc09a33f", "15f767158f2cf34a", "16e9d28327a29969",
    "175447e29a499545", "183462e2ad35788c", "19049b5dfe9bbf40", "1a5683d1d83462e5", "1ad76c2901834ece",
    "1b09881a991ca00f", "1b33528f229d1524", "1c4989b4596d6492", "1c6de20c8ce4c113", "1c7ebb5f51fd386d",
    "1d6dd80f51922d55", "1de1634c8e0b8eb0", "1f129c62ba31db84", "1f9880312bfa5be2", "1fbf8a6b4f530489",
    "203946c02952e8f1", "206cdbeaeeeb16cf", "20af02dfd3631275", "22b4a07d9c8c606a", "235a9782d48f35a8",
    "23c30d53e39ba6cb", "23f57ec85c5b7ccb", "252baba1c3ad6694", "2552b08b5583592c", "257aef32dd6484b2",
    "25a2f790bfba9bfa", "26022356d7961bd8", "279b70f9685bef31", "27fced14aae442f3", "289b32f5138a09e2",
    "28a49ab9c894f4ed", "2951c06e5eb43a3f", "2a0e9ed48bed5364", "2ac19b375fa0a468", "2b9d6f92f5e97741",
    "2daa34b46b361c91", "2e54de082ecf91ad", "2e7daa9b42100d60", "2ea630a6bcfbcded", "2ec0f0eb8e842e5a",
    "2ed08f94a73c3f9a", "2f6b4762b81e9735", "2fa58e4a2247ede9", "320d1e2e55fa78d6", "321ded4b79d371de",
    "322a026878885953", "329e6629da9893b2", "333f61b2f6aaf3ae", "339c03c860dfc9a0", "34886c8e19589b32",
    "356767ed3cfab2d4", "36c9cbacc67016f4", "376ebde7dcfc52b9", "378c145de0e93bd7", "37e4fdadf0fa197a",
    "37f86bfd1d3227d6", "380cc23dd06a911a", "38cc3ae228391edf", "38f229b8d5c2d2eb", "391778c74f704ca1",
    "39378c16a59cb488", "395cd99238495f30", "39ee1a079f2b6a48", "3a9d8c1c74427095", "3b09fe55149bacef",
    "3bc831dd3ab580f1", "3be7642be9a69756", "3bec1b6d1b66c227", "3befcee44b68a490", "3c5c6a82ac4595f5",
    "3c663e955c536531", "3d6856f175573df3", "3dcc912d7c045f78", "3eaa08333499f5b2", "3eb8d5b5a19fa028",
    "3f098bdccec9f412", "3f1836cf514efd62", "3f7eb9faa2b7bc15", "3ff00ae1d30ab9ac", "413964bfba2362fd",
    "41bb0d3871013d66", "42084da40bb6d1b9", "44ca3146e9a52315", "459ac3235d0e1600", "45b6d96c031b6ec6",
    "4686a6fa3be3c3bb", "46bdc67362c79119", "47b135dbb3c5276e", "4a515e9be7b0a5dc", "4b20dc5686c99ba3",
    "4b6334aac47abc45", "4b6f8ad234cd01dc", "4c75adccba8bc46c", "4c8ec0641e051514", "4c9a118534190ab5",
    "4cef49c73c8c29f8", "4d7a23e9e8a3dd30", "4dd31104e8b57bac", "4e18797b24d2fb32", "507cd996aacc4e98",
    "50f6a14017fde809", "5140ee1cd555146c", "5171ced24ed9be72", "5202bbce0977c65c", "520e7c71c6694d2a",
    "533cd410fe65e579", "54542bf631faa22e", "5556b3aec75023ae", "5597c1099d9b19b7", "55e25f812fa036a5",
    "55fa507eb2103f7f", "563c8320f7e73ea9", "566a600dae5be113", "566e9bc31167daa0", "5720123bec01648b",
    "5729bce91f6e180c", "59d55ac5178c3d0b", "5a351064364aa99a", "5a8b65d25c049587", "5b6751c0270cab53",
    "5b88979e453cbe79", "5b8ce782356d8852", "5c1d223d61fd1032", "5c656aec8742d608", "5ce339f54e9d55e7",
    "5cef5ccf0abbb1f1", "5cf9be213596fdbe", "5d8ce49ce4e51e49", "5e1b439915d52a68", "5e6cdabad30d4469",
    "5e770bf745709f92", "5ee0cbb08d439c2b", "5f2f2305d0e349c9", "60820d3614a8b07d", "628a07ecb2539694",
    "62e254df60bb7ee3", "635644f5546964bc", "64021b7e4452c657", "640d4c1385c61061", "64665a449cb356a8",
    "6501033fba9dab01", "669a4b08de6bf812", "66fdda0abc0a42e7", "6718f3a2b71e71b9", "673806a24d2aa75c",
    "676dc520c7496444", "67bcd54159b596ac", "6846991c22f39453", "6a68cca7a7696853", "6ca239e9ae0fb771",
    "6cb6327427f4c5e3", "6cf1f4259d7c744c", "6d425a3a327aa71f", "6dd4c177b9fb7b89", "6fb48ba51d61e13c",
    "703a377d71ef46e6", "7044a239ffc8c09f", "71f257b1bfea8fce", "726a625b700dfbc8", "7273e61ac78c6799",
    "72b79592a4eb7f53", "7372b381d164c08d", "73b1da1f42a85ac7", "73b1ee59fb43c564", "73e640558b2d3ad5",
    "741ced072a424fc8", "7460fd851fea4b24", "74a3489f17562062", "752e8d904f8e7d47", "75e0ccc2a2ebf594",
    "75f52a4d254952c6", "75f993a6e70b7589", "76b040da141b7c5e", "76cb1317bc29f0d5", "776b508fff6e05e3",
    "78462cdaceaef758", "791eac237801d482", "7c728a1d2bdf02ee", "7caff1c63331ea13", "7cb9b2e5414bdc9d",
    "7d26279f78a13c17", "7e464596721e1f39", "7ef961b8c5eb4106", "8089c89a42f5941f", "80cfe726211f7541",
    "80dcfe83c2a0b1de", "810148d16651a05c", "8147cbe62fe09962", "815def3654a0b4c1", "81ab0496ced30802",
    "81e3c5a4b2804a74", "8251b0427a14f1d4", "82b9c50ea76fae29", "83134382e9d6a094", "83f88dea1d6e08ea",
    "8409d50e99401dea", "84cdc945f213e343", "84e1b50495784714", "84e361f6babaf0c0", "84fe0cdb7bf484c5",
    "851875dff9d3a265", "8519cee52af43bd5", "8527a55282712c48", "882080ca94671fef", "88a5aec9161608d5",
    "88d60752ece6d663", "890e6d2c4efc6807", "893038d3b309f117", "896b7b65dfb2a760", "89a5123fe5a9a758",
    "8a07da6970b142c6", "8af5fe3e59cff099", "8b231e703ae21a57", "8b2cc11df4fd7cbe", "8bfa1bc85c1d5653",
    "8cfe5ededde1f0af", "8d1948d94050e9a2", "8d3ca3e388909d9b", "8d6f80013042596c", "8eeb0b9ae03de06d",
    "8ef8d5a0ffe19ce9", "8f83d4020a3a83ec", "91ec323ca1eb7749", "94609573a96dd398", "953a34e24a780e65",
    "95d0fce4f41234f6", "96d53b4dab326904", "97b951b5072ada14", "98570bb7fc4948e8", "9877d7305a39f57b",
    "99098a8d5ba869fd", "996e66cb45f4d9e9", "9c10513ba990091f", "9c1a4a8c5665d76d", "9c482ada23ccc0b9",
    "9c8a417366c1f152", "9cf2fc322b90b22d", "9d94e7f3bff8bdd6", "9ee08f67932fab4b", "9efb25f01aedae41",
    "9f850982a6c8a08e", "9fc9fc40edb4f1b0", "9fd38fe13bcbf6a5", "a1567d680dbf18b6", "a16614ab53610fb6",
    "a16f6a21515e0363", "a23e06e18b1b4c17", "a241c7c5b21835db", "a2db1b6d93aa220e", "a36994efee94d0e1",
    "a3fb750c5491d54e", "a444bcc47c5596bf", "a460278ec1dcf25d", "a4f1d39986ee77e1", "a78bed1e010d8dbb",
    "a8bd2e573b4d68b8", "aa5522e4ffe31cfd", "aabc3d6d9cc142b5", "ac9c402a305d7041", "ace66c87022f7843",
    "ad972280a493b875", "ad9aef5498d22cb6", "af09784de0ab0b68", "af0b1e27c814e2df", "af2a477a746d0c48",
    "af4681b43763da34", "af6a395d8333078b", "b0650bda3b94c6ab", "b06f2bef8ac55415", "b09936fe576ca935",
    "b0d02f33132454d9", "b12adc7cd31e26a4", "b617c9d6d9cf4b0e", "b63c059f2b680bd4", "b69aa18b6381a9b4",
    "b6f2aad32c5f0e06", "b74ec94f8a9f28ef", "b76039ec071f5513", "b8ddd250275616a5", "bb37412a5a1c8ee1",
    "be410d0380dc4fcf", "befe8b25132311c5", "beff73f8bc2dd30f", "bfb6582e706a61a7", "c03fd555a3005d7f",
    "c17e58a6b2e9777c", "c202cb69b8e99109", "c3520244145eb205", "c35262dd2f03e24a", "c45a9df08c14edbd",
    "c4838e595f743632", "c49d73459f6eaf09", "c6580616f248b979", "c6b8d9e51a1c87ee", "c7151613b757cf97",
    "c72721f87a2fc783", "c7c107c02f198f52", "c7cad9dfc049c4ff", "c7e0699bdf41bb99", "c843331e7a414e6e",
    "c9201d3292d74807", "cb19b1ba29f9d753", "cb85870dd6e7dbe6", "cc87dc10c4ac0747", "ce24cd3bff5899aa",
    "cef6154e7a5ec0e7", "cf21ab0839af9a9c", "cf977f924e6c69ab", "d049db3cd355c831", "d10c9cdccfda974d",
    "d2ef86c1566e0e13", "d30640f0a7255a00", "d36ac1e0bc0313c3", "d4297907527afec0", "d48b6d055e136fc0",
    "d48deaa4796d0e8d", "d4910b4de001a9b8", "d51216c89278b5de", "d55dd2255310adf6", "d5de266aa66d8ee2",
    "d762a8a7f0a72200", "d880b701616e8d18", "d89221efe07706f5", "d8d0b1ae052bff29", "d91df50897228cef",
    "d98c3b0ad2b97c34", "db69706f64d9c3a7", "db833d83756198ca", "dcbfd1954fbae3eb", "de1e0cfeecdb4c1f",
    "de20670c3d0e259c", "de5a9828a5012f06", "df0bab635f3f16d4", "df5c28759df68a14", "e14377d12517124e",
    "e17f44ac07bf6c90", "e2829d4981b6c8b9", "e30c645f6bd41f35", "e36539d561c4f28c", "e3a99acf93a5e489",
    "e3c1e325956a217d", "e417db1a73d47535", "e4707b4992d12c38", "e52b066207e27941", "e5fbc815c8a949ed",
    "e66bd80d73bbb2f4", "e6f4dcf179884a36", "e70ff96b9407dbaa", "e789fe269dc60a47", "e81d67bf5ed28e3d",
    "e828113f56e25ac0", "e87c849c0f63aaf6", "e8845f73d0abdff1", "e88a503ec180317f", "e8a4f0ef77298db1",
    "e8c53c8338e37ca7", "e95958a57add954e", "e9bc5147f23a3928", "e9d0897d0e336966", "ea4041ac7b780430",
    "eac5d34bb24e4793", "eb1ec89826a54c65", "ebcc6a6ab1ca84bb", "ec25656f0a8e9b1f", "ecb8a900df3331d4",
    "ecf17368245b20f9", "ed86431bd0f11aab", "edd5076bcc2668d0", "eeaf487985f2c656", "ef588796b49acbe3",
    "ef59aa4c7cb162aa", "ef6413ea1783aabb", "ef74fa97adc11f35", "ef86af0e0db1dc3e", "efb070fa9d0d492c",
    "f00283c8b141de42", "f0189a57ced1cb6e", "f05effdf55bd208e", "f089413bf559c4ef", "f098094688491a0a",
    "f156df72ef97d9cf", "f1cab74db56637fe", "f28eafb39336fc9f", "f2977301b88e2f5c", "f2b066362f15e4a9",
    "f39921f9e0ea671b", "f3b1109219d1eb48", "f3d40d2b249f7289", "f43cedee1a6aae8f", "f4b366489d928312",
    "f5ae922ae5e94696", "f61a6e79fc080de1", "f61b904219b44708", "f620d4a508d47147", "f62487e7ab0beba1",
    "f6633ea3e22742f5", "f6aa6507c8dfd773", "f779251afa44b5a3", "f7beffe9e063fd98", "f80faba0ba72f34c",
    "f8430395c157da3a", "f8a5ddd5db00fcf8", "f8cddb09db1c3882", "f8e39bb0088e0157", "f9e8af3e0d1739d8",
    "fa08c3041a5d9c28", "fa35344bd77331d0", "faec65398f07ba7d", "fccdabefd4c4a7c8", "fd923e7d5c6408f2",
    "fe1ade38f729f12e",
})

# the articles whose ¶1 opens with a dateline, and the city and the kind of place each names
DATELINE = {"team125-622", "team125-623", "team125-625"}
DATELINE_KIND = {"team125-622": ("بغداد", "the country's capital"),
                 "team125-623": ("مدنين", "the capital of the event's own governorate"),
                 "team125-625": ("أربيل", "a regional capital in a neighbouring country")}
MODEL_DATELINE_KINDS = {"the town of the event", "the capital of the neighbouring governorate",
                        "a foreign capital"}
# the kind of each outlet (all different, none of the model set's kinds) and its base
OUTLET_KIND = {"team125-621": "Damascus-based pro-government radio station's website",
               "team125-622": "Baghdad-based Turkmen news agency's website",
               "team125-623": "Gabès-based regional weekly newspaper's website",
               "team125-624": "Marib-based Islah-leaning Yemeni news website",
               "team125-625": "Erbil-based Assyrian satellite channel's website"}
MODEL_OUTLET_KINDS = {"Istanbul-based Syrian opposition radio station's website",
                      "Sweida-based local news network's Telegram channel",
                      "Duhok-based Kurdish party-affiliated daily's website",
                      "Cairo-based Sudanese exile news website",
                      "Nalut-based Amazigh community news website"}
OUTLET_BASE = {"team125-621": "Damascus", "team125-622": "Baghdad", "team125-623": "Gabès",
               "team125-624": "Marib", "team125-625": "Erbil"}
# the weekday of each publication date (checked with ``calendar``) and the words that name the day before it
WEEKDAY = {"team125-621": ("Monday", "أمس الأحد"), "team125-622": ("Friday", "أمس الخميس"),
           "team125-623": ("Saturday", "أمس الجمعة"), "team125-624": ("Wednesday", "أمس الثلاثاء"),
           "team125-625": ("Tuesday", "أمس الإثنين")}
AR_DAYS = {"الإثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
           "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
# the weekdays the texts name for the days after publication (planned acts): (article, words, date)
AHEAD = [("team125-621", "يوم الخميس المقبل", "2017-01-12"),
         ("team125-622", "يوم الإثنين المقبل", "2014-08-25"),
         ("team125-623", "يوم الثلاثاء المقبل", "2016-03-22"),
         ("team125-624", "يوم السبت المقبل", "2022-08-13"),
         ("team125-625", "يوم الجمعة المقبل", "2015-05-15")]

# articles whose reports of the main toll conflict: the counts given (the gold keeps the lowest, ACLED's rule)
TOLL_CONFLICT = {"team125-621": [3, 5], "team125-624": [7, 11]}
# the words that write each reported toll in the main event's paragraphs
TOLL_WORDS = {"team125-621": ("استُشهد ثلاثة مدنيين", "خمسة شهداء"),
              "team125-622": ("مقتل ستة مدنيين", "القتلى الستة"),
              "team125-623": ("مقتل عون من الحرس واثنين من المسلحين", "المسلحَين القتيلين"),
              "team125-624": ("سبعة قتلى", "أحد عشر من أفرادها"),
              "team125-625": ("قُتل خمسة من مقاتلي", "القتلى الخمسة")}

# the model set's choices, by the rank of the article in its set (first … fifth): the paragraph index of the
# main event's trigger, of the dated background act, of the first rumoured, planned and negated core acts and
# of the core threat; and the ranks of its articles with conflicting tolls and with a dateline. This set never
# repeats them.
MODEL_POSITIONS = {"main": [5, 1, 3, 1, 3], "historical": [11, 16, 12, 7, 12],
                   "rumored": [12, 11, 9, 11, 9], "planned": [15, 15, 13, 15, 13],
                   "negated": [13, 13, 10, 6, 10], "threat": [10, 8, 7, 9, 7]}
MODEL_TOLL_CONFLICT_RANKS = {3, 5}
MODEL_DATELINE_RANKS = {1, 3, 4}

MIN_CHARS, MAX_CHARS = 60, 500
TEXT_RANGE = (5000, 5200)
MIN_TYPES = len(TYPES)
FACT_LABELS = ("asserted", "reported", "rumored", "planned", "negated", "hypothetical", "historical",
               "generic")
COUNTRIES = {"SY", "IQ", "TN", "YE"}

# constructions the plan asks for somewhere in the set
CONSTRUCTIONS = {
    "بين … و…": re.compile(r"بين [^،.]{2,40} و"),
    "مع": re.compile(r"بالتنسيق مع قوات البيشمركة|بالاشتراك مع مقاتلي|بالتعاون مع محافظة|اجتماعاً مع ممثلين"),
    "على": re.compile(r"على نقطة لتوزيع|على طابور من الأهالي|على قرية تل نصري|على تجمعات للتنظيم"),
    "ضد": re.compile(r"سلاحاً ضد|معارك ضد الحوثيين"),
    "من قبل": re.compile(r"من قبل الوحدات الأمنية"),
    "وكان … قد": re.compile(r"وكانت? [^.]{0,60} قد "),
    "بحسب / وفق / نقلاً عن": re.compile(r"بحسب ما|وفق ما|وفق بلاغ|نقلاً عن"),
    "reported speech": re.compile(r"وقال[^.]{2,80} إن |وروى [^.]{2,80} أن |ويقول [^.]{2,80} إن "),
    "passive": re.compile(r"استُشهد|أُسقطت|نُقلوا|وشُيّع|ودُفن|وأُحيل|يُسلَّم|ووري"),
    "possessive actor": re.compile(r"مسلحو التنظيم|مقاتلي «حرس الخابور»|ممثلو قوات الأمن الخاصة|مدفعيته"),
    "quoted agency name": re.compile(r"«سانا»|«سبأ»"),
    # a verb opening the clause, then its subject (and object)
    "verb-subject-object": re.compile(r"ودفع الجيش العربي السوري|ودفعت ألوية العمالقة|واعتقلت قوة من شرطة|"
                                      r"وأوقفت الوحدات الأمنية|وشنّت طائرات التحالف|"
                                      r"واستقدمت وحدات حماية الشعب"),
    # a subject, a long parenthesis, then its verb
    "parenthesis between subject and verb": re.compile(
        r"والجبهة التركمانية العراقية، وهي [^.]{20,}?، حمّلت "),
    # a verb after a place and a time, its subject last
    "subject after a place and a time": re.compile(r"ووصلت إلى قضاء طوزخورماتو، منذ مساء الأربعاء، أرتال"),
    # two events in one sentence, the second verb joined with «و»
    "two events joined with و": re.compile(r"واتهمت وزارة الخارجية[^.]+، وطالبت|حمّلت[^.]+، وطالبت|"
                                           r"وطالب الاتحاد الجهوي[^.]+، واتهمها|اتهمت فيه[^.]+، ودعت|"
                                           r"واتهم التجمع[^.]+، وطالب"),
    # the same act told again by the other side
    "the other side's version": re.compile(r"أما وكالة «سانا»|في المقابل، قال بيان صادر عن قوات الأمن الخاصة|"
                                           r"في المقابل، رفضت «الهيئة الإعلامية"),
    # an act named again later by a back-reference
    "back-reference": re.compile(r"وبعد ساعات من الإنزال|وجاء القرار بعد ساعات من|أعقبت الاشتباك|"
                                 r"بعد أن وُزّع الطحين الذي ألقته المروحيات"),
    # a purpose clause
    "purpose clause": re.compile(r"لتخفيف الضغط|لإخراج الجرحى|لبحث الإفراج|لاستكمال الأبحاث|"
                                 r"لحماية قرى الخابور"),
    # a negation that negates no event
    "silence": re.compile(r"فيما لم يصدر عن التحالف|امتنعت السفارة الأمريكية عن التعليق|لم يذكر حصيلة دقيقة|"
                          r"وهو ما لم تعلّق عليه"),
    # a verb of absence that negates the act it governs
    "absence verb": re.compile(r"وتغيّب ممثلو"),
    # an adverbial phrase before the verb
    "adverbial first": re.compile(r"وفي مسعى لتجنيب الوادي معركة واسعة، عقد|وبالتوازي، وزّعت"),
}

# theme (a): a besieged town supplied from the air
AIRLIFT = "team125-622"
# theme (b): villagers abducted and bargained over
HOSTAGES = "team125-625"
AIRLIFT_WORDS = re.compile(r"آمرلي|الناحية|الحصار|المحاصر|طوزخورماتو|داعش|التنظيم|المروحيات")
HOSTAGE_WORDS = re.compile(r"الخابور|المخطوفين|الآشوري|تل تمر|تل نصري|داعش|التنظيم")


def happened(g):
    return g["factuality"][0] in HAPPENED


def has(events, kind, lines, word, *, first=None):
    """The events of main type ``kind`` whose paragraphs hold ``word`` (and whose first factuality label is
    ``first`` when given)."""
    return [g for g in events if main_type(g) == kind and re.search(word, para_text(lines, g))
            and (first is None or g["factuality"][0] == first)]


def related(core, main, rx, lines):
    return sum(g is main or bool(rx.search(para_text(lines, g))) for g in core)


def airlift_theme(core, lines, main):
    shelled = bool(main and main.get("acled") == SHELL and "آمرلي" in para_text(lines, main))
    dropped = [g for g in has(core, "AID", lines, "مروحيات") if happened(g)]
    coordinated = [g for g in has(core, "COOPERATE", lines, "البيشمركة") if happened(g)]
    massed = [g for g in has(core, "MOBILIZE", lines, "الحشد") if happened(g)]
    threat = has(core, "THREATEN", lines, "باقتحام")
    no_fuel = has(core, "AID", lines, "الوقود", first="negated")
    corridor = has(core, "REQUEST", lines, "ممر")
    session_due = has(core, "CONSULT", lines, "آمرلي", first="planned")
    praised = has(core, "SUPPORT", lines, "صمود")
    return bool(shelled and dropped and coordinated and massed and threat and no_fuel and corridor
                and session_due and praised and related(core, main, AIRLIFT_WORDS, lines) * 2 > len(core))


def hostage_theme(core, lines, main):
    attacked = bool(main and "الخابور" in para_text(lines, main))
    abducted = [g for g in has(core, "ASSAULT", lines, "خطف", first="historical")
                if g.get("acled") == ABDUCTION]
    bargained = [g for g in has(core, "CONSULT", lines, "الإفراج") if happened(g)]
    none_freed = has(core, "RETREAT", lines, "المخطوفين", first="negated")
    threat = has(core, "THREATEN", lines, "بإعدام")
    appeal = has(core, "REQUEST", lines, "المخطوفين")
    march_due = has(core, "PROTEST", lines, "المخطوفين", first="planned")
    return bool(attacked and abducted and bargained and none_freed and threat and appeal and march_due
                and related(core, main, HOSTAGE_WORDS, lines) * 2 > len(core))


THEMES = {"a besieged town supplied from the air": (AIRLIFT, airlift_theme),
          "villagers abducted and bargained over": (HOSTAGES, hostage_theme)}


def weekday_errors(did, d, lines):
    """The publication date falls on the weekday the plan gives, and the day before it on the weekday the text
    names for «أمس»; the days ahead the text names fall on their weekdays."""
    errs = []
    y, m, day = (int(x) for x in d["published"].split("-"))
    want_en, words = WEEKDAY[did]
    if calendar.day_name[calendar.weekday(y, m, day)] != want_en:
        errs.append(f"{did}: {d['published']} is not a {want_en}")
    text = "\n".join(lines)
    if words not in text:
        errs.append(f"{did}: the text does not name the day before as «{words}»")
    eve = datetime.date(y, m, day) - datetime.timedelta(days=1)
    name = next(w for w in words.split() if w in AR_DAYS)
    if calendar.day_name[eve.weekday()] != AR_DAYS[name]:
        errs.append(f"{did}: {eve} is not a {AR_DAYS[name]}")
    for ahead_id, ahead_words, ahead_date in AHEAD:
        if ahead_id != did:
            continue
        if ahead_words not in text:
            errs.append(f"{did}: the text does not name «{ahead_words}»")
        wd = datetime.date.fromisoformat(ahead_date).weekday()
        ahead_name = next(w for w in ahead_words.split() if w in AR_DAYS)
        if calendar.day_name[wd] != AR_DAYS[ahead_name] or ahead_date <= d["published"]:
            errs.append(f"{did}: {ahead_date} is not the {AR_DAYS[ahead_name]} after publication")
    return errs


def position_errors(did, d, core, spans):
    """The main event, the background act, the first rumoured, planned and negated core acts and the core
    threat of the article never fall at the paragraph index the model set used in its article of the same
    rank."""
    errs = []
    rank = IDS.index(did)

    def first_para(events):
        return trigger_para(events[0], spans) if events else None

    main = main_event(core)
    found = {
        "main": trigger_para(main, spans) if main else None,
        "historical": first_para([g for g in core if g["factuality"][0] == "historical" and g.get("date")]),
        "rumored": first_para([g for g in core if g["factuality"][0] == "rumored"]),
        "planned": first_para([g for g in core if g["factuality"][0] == "planned"]),
        "negated": first_para([g for g in core if g["factuality"][0] == "negated"]),
        "threat": first_para([g for g in core if main_type(g) == "THREATEN"]),
    }
    for kind, para in found.items():
        if para is None or para == MODEL_POSITIONS[kind][rank]:
            errs.append(f"{did}: the {kind} act is at ¶{para}, the model set's index for its article "
                        "of this rank")
    return errs


def extra_checks():
    """The plan's checks (``goldkit.planned_set_checks``) and this set's own; returns a list of error
    strings."""
    docs = json.load(open(os.path.join(HERE, GOLD), encoding="utf-8"))
    errs = planned_set_checks(HERE, docs, globals(), salt=SALT, label="sets 120-124",
                              themes=THEMES, other_countries=None)
    core_types, first_labels, years = Counter(), Counter(), Counter()
    for d in docs:
        did = d["id"]
        lines = open(os.path.join(HERE, d["file"]), encoding="utf-8").read().split("\n")[:-1]
        spans, pos = [], 0
        for line in lines:
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        core = [g for g in d["events"] if g["core"]]
        main = main_event(core)
        if main:
            main_text = para_text(lines, main)
            for w in TOLL_WORDS.get(did, ()):
                if w not in main_text:
                    errs.append(f"{did}: the toll words {w!r} are not in the main event's paragraphs")
        errs += weekday_errors(did, d, lines)
        errs += position_errors(did, d, core, spans)
        if set(NO_EVENT_PARAS[did]) & MODEL_NO_EVENT_INDEXES:
            errs.append(f"{did}: a no-event paragraph at an index the model set used")
        core_types.update(main_type(g) for g in core)
        first_labels.update(g["factuality"][0] for g in d["events"])
        years[d["published"][:4]] += 1
    if len(docs) == N_ARTICLES:
        ranks = {did: IDS.index(did) + 1 for did in IDS}
        whole_set = [
            (len(core_types) >= MIN_TYPES,
             f"core events of only {len(core_types)} PLOVER types (want {MIN_TYPES})"),
            (all(first_labels[x] for x in FACT_LABELS),
             f"not every factuality class is a first label somewhere: {dict(first_labels)}"),
            ({REGION[d["id"]][0] for d in docs} == COUNTRIES,
             "the countries are not Syria (twice), Iraq, Tunisia and Yemen"),
            (len(years) == len(docs), "two articles share a year"),
            (int(max(years)) - int(min(years)) >= YEAR_SPREAD,
             f"the years are not spread out: {sorted(years)}"),
            (len({DATELINE_KIND[x][1] for x in DATELINE}) == len(DATELINE), "two datelines of the same kind"),
            (not {DATELINE_KIND[x][1] for x in DATELINE} & MODEL_DATELINE_KINDS,
             "a dateline of a kind the model set used"),
            ({ranks[x] for x in DATELINE} != MODEL_DATELINE_RANKS,
             "the datelines are in the model set's articles"),
            (not {ranks[x] for x in TOLL_CONFLICT} & MODEL_TOLL_CONFLICT_RANKS,
             "a conflicting toll in an article of a rank the model set used for one"),
            (not set(OUTLET_KIND.values()) & MODEL_OUTLET_KINDS, "an outlet of a kind the model set used"),
            (len({tuple(v) for v in NO_EVENT_PARAS.values()}) > 1,
             "the no-event paragraphs are at the same places in every article"),
            (len(set(OUTLET_BASE.values())) == len(OUTLET_BASE), "two outlets share a base"),
        ]
        errs += [message for ok, message in whole_set if not ok]
    print(f"core PLOVER types: {len(core_types)}; "
          f"first factuality labels: {dict(sorted(first_labels.items()))}")
    return errs


if __name__ == "__main__":
    run_checks(HERE, GOLD, extra_checks(), id_prefix="team125", no_event_paras=NO_EVENT_PARAS,
               para_range=(18, 18))
