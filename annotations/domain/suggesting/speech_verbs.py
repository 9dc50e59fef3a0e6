"""The speech verbs that cue an attribution ("said", "told", "according to" is a pattern of its own),
with the cue each gives, those that need a clause after them to be one, and what someone is quoted
"as" doing."""

from ...scales import Cue

# What someone is quoted or cited "as" doing with words ("quoted Teodor Vlasek as claiming").
AS_SAYING = (
    r"(?:saying|telling|stating|claiming|warning|insisting|arguing|admitting|confirming|describing|writing|"
    r"calling|suggesting|predicting|acknowledging|estimating|noting|adding|explaining|recalling|alleging|finding|"
    r"reporting)"  # ("cited the local news site Novi Glas as reporting that")
)


_VERBS = {
    "reported": Cue.REPORTED, "reports": Cue.REPORTED, "report": Cue.REPORTED,
    "said": Cue.SAID, "says": Cue.SAID, "say": Cue.SAID, "noted": Cue.SAID, "wrote": Cue.SAID,
    "writes": Cue.SAID, "claimed": Cue.SAID, "claims": Cue.SAID, "explained": Cue.SAID,
    "warned": Cue.SAID, "warns": Cue.SAID, "insisted": Cue.SAID, "argued": Cue.SAID, "argues": Cue.SAID,
    "acknowledged": Cue.SAID, "admitted": Cue.SAID, "alleged": Cue.SAID, "alleges": Cue.SAID,
    "estimated": Cue.SAID, "estimates": Cue.SAID, "expect": Cue.SAID,
    "expects": Cue.SAID, "predicted": Cue.SAID, "predicts": Cue.SAID, "forecast": Cue.SAID,
    "believe": Cue.SAID, "believes": Cue.SAID, "revealed": Cue.SAID, "disclosed": Cue.SAID,
    "indicated": Cue.SAID, "suggested": Cue.SAID, "stressed": Cue.SAID, "emphasised": Cue.SAID,
    "emphasized": Cue.SAID, "promised": Cue.SAID, "pledged": Cue.SAID, "vowed": Cue.SAID,
    "attributed": Cue.SAID, "urged": Cue.SAID, "understands": Cue.SAID,
    "tweeted": Cue.SAID, "informed": Cue.SAID, "specified": Cue.SAID, "commented": Cue.SAID,
    "remarked": Cue.SAID, "observed": Cue.SAID, "asserted": Cue.SAID, "declared": Cue.SAID,
    "reiterated": Cue.SAID, "underlined": Cue.SAID, "underscored": Cue.SAID, "clarified": Cue.SAID,
    "complained": Cue.SAID, "assured": Cue.SAID, "countered": Cue.SAID, "contended": Cue.SAID,
    "elaborated": Cue.SAID, "mentioned": Cue.SAID, "highlighted": Cue.SAID, "signalled": Cue.SAID,
    "signaled": Cue.SAID, "hinted": Cue.SAID, "speculated": Cue.SAID, "lamented": Cue.SAID,
    "boasted": Cue.SAID, "joked": Cue.SAID, "objected": Cue.SAID, "protested": Cue.SAID,
    "cautions": Cue.SAID, "explains": Cue.SAID, "insists": Cue.SAID, "recounted": Cue.SAID,
    "recommended": Cue.SAID, "recommends": Cue.SAID, "suggests": Cue.SAID, "indicates": Cue.SAID,
    "reveals": Cue.SAID, "affirmed": Cue.SAID, "requested": Cue.SAID, "instructed": Cue.SAID,
    "reaffirmed": Cue.SAID, "reaffirms": Cue.SAID, "reads": Cue.STATED,
    "called for": Cue.SAID, "put it to": Cue.SAID, "puts it to": Cue.SAID,
    # belief, hope and fear reported as said (PARC's cues), and translated state media's phrasings
    "pointed out": Cue.SAID, "hoped": Cue.SAID, "hopes": Cue.SAID, "thinks": Cue.SAID, "feared": Cue.SAID,
    "fears": Cue.SAID, "acknowledges": Cue.SAID, "answered": Cue.SAID, "expressed hope": Cue.SAID,
    "expressed the hope": Cue.SAID, "expressed confidence": Cue.SAID, "expressed concern": Cue.SAID,
    "expressed regret": Cue.SAID, "expressed doubt": Cue.SAID, "voiced concern": Cue.SAID,
    "informs": Cue.SAID, "transmits": Cue.SAID, "communicates": Cue.SAID, "communicated": Cue.SAID,
    "describes": Cue.SAID,
    "called on": Cue.SAID, "calls on": Cue.SAID, "call on": Cue.SAID, "described": Cue.SAID,
    "found": Cue.SAID, "finds": Cue.SAID,
    "repeated": Cue.SAID, "called": Cue.SAID, "branded": Cue.SAID, "dubbed": Cue.SAID, "labelled": Cue.SAID,
    "labeled": Cue.SAID, "termed": Cue.SAID, "suggest": Cue.SAID, "indicate": Cue.SAID, "reveal": Cue.SAID,
    "predict": Cue.SAID,
    "posted": Cue.SAID, "replied": Cue.SAID, "responded": Cue.SAID, "recalled": Cue.SAID,
    "conceded": Cue.SAID, "cautioned": Cue.SAID, "maintained": Cue.SAID, "testified": Cue.SAID,
    "concluded": Cue.SAID, "projected": Cue.SAID, "agreed": Cue.SAID, "accepted": Cue.SAID,
    "condemned": Cue.SAID, "condemns": Cue.SAID, "accused": Cue.SAID, "accuses": Cue.SAID,
    "is reporting": Cue.REPORTED, "are reporting": Cue.REPORTED, "was reporting": Cue.REPORTED,
    "were reporting": Cue.REPORTED, "is now reporting": Cue.REPORTED,
    # an election night's projections ("TV Kestrel is now projecting that")
    "is projecting": Cue.SAID, "are projecting": Cue.SAID, "is now projecting": Cue.SAID,
    "are now projecting": Cue.SAID, "is forecasting": Cue.SAID, "is predicting": Cue.SAID,
    "announced": Cue.STATED, "announces": Cue.STATED,
    "told": Cue.TOLD, "tells": Cue.TOLD, "tell": Cue.TOLD, "added": Cue.ADDED, "adds": Cue.ADDED,
    "stated": Cue.STATED, "states": Cue.STATED, "confirmed": Cue.CONFIRMED, "confirms": Cue.CONFIRMED,
    "denied": Cue.SAID, "denies": Cue.SAID, "show": Cue.OTHER, "shows": Cue.OTHER, "showed": Cue.OTHER,
    # the present tense of a report or a letter read out ("Ms Forsyth notes that", "The report concludes")
    "notes": Cue.SAID, "concludes": Cue.SAID, "observes": Cue.SAID, "recalls": Cue.SAID,
    "recounts": Cue.SAID, "stresses": Cue.SAID, "emphasises": Cue.SAID, "emphasizes": Cue.SAID,
    "maintains": Cue.SAID, "contends": Cue.SAID, "asserts": Cue.SAID, "reiterates": Cue.SAID,
    "concedes": Cue.SAID, "points out": Cue.SAID, "testifies": Cue.SAID,
    # and of many speakers ("They insist he will not go on strike", "Residents warn that")
    "insist": Cue.SAID, "claim": Cue.SAID, "argue": Cue.SAID, "warn": Cue.SAID, "deny": Cue.SAID,
    "maintain": Cue.SAID, "contend": Cue.SAID, "allege": Cue.SAID, "estimate": Cue.SAID,
    "write": Cue.SAID, "conclude": Cue.SAID, "explain": Cue.SAID, "caution": Cue.SAID,
    "admit": Cue.SAID, "concede": Cue.SAID, "acknowledge": Cue.SAID, "stress": Cue.SAID,
    "project": Cue.SAID, "projects": Cue.SAID, "confided": Cue.SAID, "confides": Cue.SAID,
    "remembered": Cue.SAID, "remembers": Cue.SAID, "advised": Cue.SAID, "advises": Cue.SAID,
    # what someone is called by one who rejects it ("rejected the report as "a pitiful lie"")
    "rejected": Cue.SAID, "dismissed": Cue.SAID, "denounced": Cue.SAID,
    # how it was said, as tabloids and sports pages write it ("He fumed: "...""); some take an object
    # too ("blasted the referee"): those need a clause (below); "shouted" is left out: what was shouted
    # is often an act told by another ("Parents shouted "shame" from the gallery")
    "fumed": Cue.SAID, "raged": Cue.SAID, "quipped": Cue.SAID, "gushed": Cue.SAID, "beamed": Cue.SAID,
    "exclaimed": Cue.SAID, "muttered": Cue.SAID, "whispered": Cue.SAID, "sighed": Cue.SAID,
    "blasted": Cue.SAID, "slammed": Cue.SAID,
    "raved": Cue.SAID, "groaned": Cue.SAID, "grumbled": Cue.SAID,
    # what minutes or a log hold ("Minutes of the meeting record that"); not "records", a noun too often
    "record": Cue.STATED, "recorded": Cue.STATED,
}  # fmt: skip


# Verbs that also take a plain object ("declared a state of emergency", "denies four counts of
# corruption"): a cue only before "that", a quotation or a colon, or after the content.
NEEDS_CLAUSE = frozenset(
    ["described", "found", "finds", "repeated", "called", "branded", "dubbed", "labelled", "labeled",
     "termed",
     "declared", "highlighted", "signalled", "signaled", "mentioned", "hinted", "denied", "denies",
     "assured", "reiterated", "underlined", "underscored", "lamented", "protested", "objected",
     "complained", "indicated", "indicates", "acknowledged", "admitted", "stressed", "emphasised",
     "emphasized", "alleged", "alleges", "informed", "hoped", "hopes", "thinks", "feared", "fears",
     "describes", "agreed", "accepted", "condemned", "condemns", "instructed", "accused", "accuses",
     "notes", "observes", "recalls", "stresses", "emphasises", "emphasizes", "maintains", "claim", "deny",
     "maintain", "estimate", "project", "remembered", "remembers", "advised", "advises",
     "rejected", "dismissed", "denounced", "reaffirmed", "reaffirms", "reads",
     "blasted", "slammed", "raved", "whispered", "muttered", "record", "recorded",
     # (the plural present, "The researchers write that": a clause after it, not "write a paper")
     "write", "conclude", "explain", "caution", "admit", "concede", "acknowledge", "stress"]
)  # fmt: skip


# How something was said, which is as often how it moved or felt ("Fans fumed.", "Oil gushed from the
# pipe", "Tom Reid beamed"): a cue only before a colon, a quotation or "that", or just after a quotation.
MANNER_VERBS = frozenset(
    ["fumed", "raged", "quipped", "gushed", "beamed", "exclaimed", "muttered", "whispered", "sighed",
     "blasted", "slammed", "raved", "groaned", "grumbled"]
)  # fmt: skip


_VERB_WORDS = (
    r"(?:(?:went|goes|go)\s+on\s+to\s+say|" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")\b"
)


# The speech verbs that need no clause after them to be one ("declared" does: "declared a state of
# emergency" is an act).
PLAIN_VERB_WORDS = (
    r"(?:(?:went|goes|go)\s+on\s+to\s+say|"
    + "|".join(sorted(set(_VERBS) - NEEDS_CLAUSE, key=len, reverse=True))
    + r")\b"
)


_VERB = rf"(?P<verb>{_VERB_WORDS})"
