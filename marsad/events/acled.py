"""The ACLED view of an event: event_type / sub_event_type / interaction.

ACLED codes political violence and strategic developments; meetings and
statements get ``None``.  Mapping rules (ACLED codebook 2023):

* ASSAULT: two-sided fights (both sides in ``source``, firearms/clashes) are
  *Battles / Armed clash*; aerial modes *Explosions/Remote violence / Air/drone strike*;
  shelling *Shelling/artillery/missile attack*; explosives *Remote explosive/landmine/IED*;
  suicide attacks *Suicide bomb*; abduction *Violence against civilians / Abduction/forced
  disappearance*; sexual violence *Sexual violence*; other one-sided violence against
  civilians *Attack*; violence between armed actors without a mode is an *Armed clash*.
* PROTEST: demonstrations *Protests / Peaceful protest*; riots *Riots / Violent demonstration*.
* MOBILIZE, COERCE (arrests, raids), SANCTION of officials: *Strategic developments*
  (Headquarters or base established / Arrests / Other);
  AGREE, CONCEDE and RETREAT agreements and evacuations: *Strategic developments / Agreement*,
  a handover of territory without fighting: *Non-violent transfer of territory*.
* Interaction: ACLED's two-digit code from actor categories when the actor
  dictionary provides them (``actor_category`` 1 state … 8 civilians), else omitted.
"""

from __future__ import annotations

from typing import Any

_CIVILIAN_WORDS = ("مدني", "مواطن", "سكان", "اهالي", "اطفال", "نساء", "صحاف", "مصلين", "طلاب", "ركاب", "مدنيين",
                   "اشخاص", "شخصا", "عمال", "مزارع", "رعاه", "صياد", "سياح", "سائح", "اطباء", "مسعف", "لاجئ", "نازح")


def _civilian(args: list[dict[str, Any]]) -> bool:
    return any(any(w in (a.get("_norm") or a.get("text") or "") for w in _CIVILIAN_WORDS) for a in args)


def acled_view(event: dict[str, Any]) -> dict[str, Any] | None:
    """ACLED ``{event_type, sub_event_type}`` (+ ``interaction`` when known) or ``None``."""
    t = event.get("type")
    mode = event.get("mode")
    src = event.get("source") or []
    rec = event.get("recipient") or []
    out: dict[str, Any] | None
    if t == "ASSAULT":
        if mode == "aerial":
            out = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
        elif mode == "heavy-weapons":
            out = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
        elif mode == "suicide-attack":
            out = {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"}
        elif mode == "explosives":
            out = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}
        elif mode == "abduct":
            out = {"event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance"}
        elif mode == "sexual":
            out = {"event_type": "Violence against civilians", "sub_event_type": "Sexual violence"}
        elif len(src) >= 2 and not rec:
            out = {"event_type": "Battles", "sub_event_type": "Armed clash"}
        elif _civilian(rec) or mode in ("execute", "torture", "beat", "assassinate"):
            out = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
        else:
            out = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    elif t == "PROTEST":
        if mode == "riot":
            out = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
        else:
            out = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    elif t == "MOBILIZE":
        out = {"event_type": "Strategic developments", "sub_event_type": "Other"}
    elif t == "COERCE":
        sub = "Arrests" if mode == "arrest" else "Other"
        out = {"event_type": "Strategic developments", "sub_event_type": sub}
    elif t in ("AGREE", "CONCEDE"):
        out = {"event_type": "Strategic developments", "sub_event_type": "Agreement"}
    elif t == "RETREAT":
        trig = ((event.get("evidence") or {}).get("trigger") or {}).get("text", "")
        if "تسليم" in trig or "سلم" in trig:
            out = {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
        else:
            out = {"event_type": "Strategic developments", "sub_event_type": "Agreement"}
    else:
        return None
    inter = _interaction(src, rec)
    if inter is not None:
        out["interaction"] = inter
    return out


def _interaction(src: list[dict[str, Any]], rec: list[dict[str, Any]]) -> int | None:
    cats = []
    for side in (src, rec):
        c = next((a.get("_category") for a in side if a.get("_category")), None)
        if c is not None:
            cats.append(int(c))
    if not cats:
        return None
    if len(cats) == 1:
        return cats[0] * 10
    a, b = sorted(cats)
    return a * 10 + b
