"""The patterns by which the discourse reader tells what a sentence is: an introduction, a second
clause, the publisher's background, reported speech going on, a quotation opening, a time stamp
or dateline, a subject named, a person introduced (`reader.Reader` uses them)."""

import re

from . import kinds as k
from . import mentions as m

_INTRO = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d\s+)?(?:Speaking|In|On|At|After|Citing|Quoting|According|Separately|Meanwhile|"
    r"Asked|Earlier|Later|Last|Writing|Responding|Addressing|By|From|Under|Following|Despite)\b",
)


# A clause of the publisher's own, then a speaker's: "Rovers are already without two defenders, and
# Kessler acknowledged he had spoken to the board".
_SECOND_CLAUSE = re.compile(
    r"\w[^,;]{12,},\s+(?:and|but|while|whereas|although)\s+(?:both\s+[a-z]+\s+and\s+)?$|\w[^;]{12,};\s+$"
    r"|\w[^;]{12,}\s(?:after|before|when|because|since|until|unless|once)\s+$"
    # (a place, then who said something there: "..., where soldiers said the road was closed")
    r"|\w[^;]{12,},\s+where\s+$"
    # (or after a dash: "Storm Imelda dumped 120mm of rain — two months' worth — and forecasters say")
    r"|\w[^;]{12,}\s[—–]\s+(?:[^;—–]{1,80}\s[—–]\s+)?(?:and|but)\s+$"
)


def second_clause(masked: str, begins: int, ends: int) -> bool:
    """Does a clause of the publisher's own come before `ends` (`_SECOND_CLAUSE`), or "as ... and"
    ("..., as the watchdog moved towards an inquiry and leaked board papers suggested ...")? The
    second is looked for by hand: as a pattern it tried every start in a run of "as" (quadratic)."""
    if _SECOND_CLAUSE.search(masked, begins, ends):
        return True
    before = masked[begins:ends]
    if not before.endswith(" and ") or ";" in before:
        return False
    as_at = before.rfind(" as ", 0, len(before) - 5)
    return as_at >= 12 and len(before) - as_at >= 20 and "," not in before[as_at:]


# (", and that" goes on with the same speaker's words: "He says the mood is subdued, and that X told him")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and(?!\s+that\b)|but|while|whereas|although|though)\b|;|\bbut\b|\bwhile\b"
)


# A year reads as the publisher's background ("The plant opened in 1998"), unless the sentence
# looks ahead as reported speech does ("Births would be moved to Melrose from 2027").
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


_LOOKS_AHEAD = re.compile(r"\b(?:would|could|might)\b")


_BACKGROUND = re.compile(
    r"\b(?:was|were)\s+(?:founded|built|opened|established|launched|introduced|"
    r"first|elected|appointed|created|set\s+up)\b|^\W*(?:The|It|This)\b[^,]{0,60}?\b(?:is|was|are)\s+(?:one|the)\b",
)


_REPORTED_SPEECH = re.compile(r"\b(?:would|could|might|had|was\s+going\s+to)\b")


_OPENS_WITH_QUOTE = re.compile(
    r"^(?:[^\w\"“‘]{0,4}|\d{1,2}[:.]\d\d\s*(?:GMT|UTC|BST|CET)?\s*[-–—:]?\s*)[\"“‘]"
)


# A live blog's time stamp before its entry ("14:22 GMT – Officials said"): no part of any name.
# How much of each end of an overlong sentence is read (see Reader.read).
_SENTENCE_ENDS_READ = 1_500


_TIMESTAMP = re.compile(
    r"^\W*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}T))?\s*[-–—:|]?\s*"
    # a wire dateline: "PORT SUDAN, Nov 8 (MPA) - ", "MOSCOW, 5 May (VIA) - ", "Vientiane, 12 May (KPL) –"
    r"|^[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*"
)


# A dateline that credits a news agency, at a paragraph's start: "Vientiane, 12 May (KPL) – ".
# When the agency is not the publisher, what follows is that agency's text, republished (a
# monitoring service's translation), until a line that ends it ("[End of KPL text]", "Source: ...").
_CREDITED_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s*\((?P<credit>[A-Z][^()]{0,39})\)\s*[-–—]"
)


_END_OF_TEXT = re.compile(
    r"^\W*(?:End\s+of\s+(?:[\w-]+\s+){0,4}?text\b|Source:|(?-i:ENDS?)\b|-+\s*ends\s*-+|#{3}|"
    r"Notes\s+to\s+editors\b|(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)\b|For\s+(?:further|more)\s+information\b"
    # (the publisher's own reporting after it: "Additional reporting by BioPharm Dispatch")
    r"|Additional\s+reporting\b)",
    re.IGNORECASE,
)


# "The company's statement is reproduced below.": the paragraphs after it are that body's text, up
# to a line that ends it ("ENDS", "###").
_REPRODUCED_BELOW = re.compile(
    r"^\W*(?P<owner>(?:[Tt]he\s+)?[\w .&-]{1,60}?)['’]s\s+(?:full\s+)?(?:[a-z]+\s+)?"
    r"(?:statement|press\s+release|release|announcement|letter|notice)\s+(?:is|was|has\s+been)\s+"
    r"(?:reproduced|published|printed|set\s+out|given|copied)\s+(?:in\s+full\s+)?below\b"
    # "Editor's note: The following press release was issued by Voltaro Mobility on Wednesday."
    r"|^\W*(?:Editor['’]s\s+note:\s*)?The\s+following\s+(?:[a-z]+\s+)?"
    r"(?:statement|press\s+release|release|announcement|letter|notice)\s+(?:was|has\s+been|is)\s+"
    r"(?:issued|published|released|sent\s+out|put\s+out|made)\s+by\s+"
    r"(?P<issuer>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,6})"
    # "Editor's note: Valtrane Therapeutics issued the following press release on Monday."
    r"|^\W*Editor['’]s\s+note:\s*(?P<maker>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[A-Z][\w&.’'-]*){0,6})\s+(?:has\s+)?(?:issued|released|published|sent\s+out|put\s+out|distributed)\s+"
    r"the\s+following\s+(?:[a-z]+\s+)?(?:statement|press\s+release|release|announcement|letter|notice)\b"
    # "Ledger & Bench reproduces the SMC's press release below in full"
    r"|^\W*(?:[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,4}\s+)?(?:reproduces|republishes)\s+"
    r"(?P<holder>(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,6})['’]s\s+"
    r"(?:full\s+)?(?:[a-z]+\s+)?(?:statement|press\s+release|release|announcement|letter|notice)\s+below"
    # "The following is the text of the report, with some passages summarised": the medium's, as named
    r"|^\W*The\s+following\s+is\s+(?:the|a)\s+(?:full\s+|complete\s+|partial\s+)?(?:text|transcript|translation)\s+"
    r"of\s+(?P<textof>(?:the|its|this)\s+(?:[a-z-]+\s+){0,2}?(?:report|broadcast|bulletin|programme|item|segment))"
    r"(?=\s*(?:[:.]|,\s+with\b|$))"  # (no author named after it: "the report by the Harbour Commission")
    # a monitoring service's translation: "Text of report by the Drevanian centre-right daily Drevanski
    # Kurir on 21 May"
    r"|^\W*(?:Text|Excerpts?|Translation|Full\s+text)\s+of\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:report|article|"
    r"editorial|commentary|broadcast|interview|statement)\s+by\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?"
    r"(?P<textby>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})"
    # (a header, nothing more: not "Excerpts of an editorial by X were widely shared")
    r"(?=(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)(?:,?\s+\d{4})?)?"
    r"\s*(?:[;(:][^.]*)?\.?\s*$)"
)


_NOT_SAID = re.compile(
    r"\b(?:did\s+not|didn't|does\s+not|declined\s+to|would\s+not|refused\s+to|could\s+not)\s+"
    r"(?:say|comment|confirm|elaborate|give|disclose|specify|immediately|independently|verify|explain|"
    r"address|respond|mention|answer\s+(?:questions|(?:our|the|further|written)\s+questions|requests))"
    # the publisher's own caveat: "Neither side's figures could be independently verified."
    r"|\b(?:could|can|has|have)\s+(?:not\s+)?(?:yet\s+)?(?:be\s+|been\s+)?independently\s+(?:verified|confirmed)"
)


_CONTINUES = re.compile(
    r"^\W*(?:He|She|They|It|The\s+\w+\s+(?:would|could|will|had|might)|(?:In|Among|Of)\s+(?:those|these|them|such)\b)\b"
)


# A sentence's subject when it is named (a person, a company): only names are looked for, since
# whom "he" or "the company" refers to is always named first (the whole source pattern, tried with
# every ending it could have, was a fifth of the reading time).
_SUBJECT = re.compile(
    r"\W*(?:\d{1,2}[:.]\d\d\s+)?"
    # (where or when first: "Back in Tarnau, Emmerich was in no hurry.")
    r"(?:(?:Back\s+|Over\s+)?(?:[Ii]n|[Aa]t|On|By|After|Before|During|Later|Earlier|Meanwhile)\b[^,;:\"“”\x01]{0,40},\s+"
    # ("In the village of Mbuyu, in Lembe province, Grace Mutale walked")
    r"(?:in\s+[^,;:\"“”\x01]{0,40},\s+)?"
    # ("Speaking to the public broadcaster CRT on Sunday, Finance Minister Julian Teague dismissed")
    r"|(?:Speaking|Addressing|Talking|Writing|Responding|Appearing)\b[^,;:\"“”\x01]{0,60},\s+"
    # ("On Wednesday the Ministry of Foreign Affairs summoned")
    r"|(?:On|Last|Late\s+on|Early\s+on|Earlier\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Z]|the\s+[A-Z])"
    # ("Hours after the memo went out, chief executive Mattias Roold published")
    r"|(?:Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Soon|Years)\s+(?:after|before|later|earlier)\b"
    r"[^,;:\"“”\x01]{0,50},\s+)?"
    r"(?P<src>"
    rf"{m._DESCRIBED_NAME.replace('?P<described>', '?P<src_described>')}|(?:[Tt]he\s+)?{m._NAME})"
    # (a name that qualifies the subject's noun: "The Social Democrat vote was soft")
    r"(?!\s+(?!also\b|still\b|then\b|now\b|later\b|once\b|herself\b|himself\b|themselves\b|itself\b)"
    r"[a-z]+(?<!ly)\s+(?:was|were|is|are|has|had|have)\b)"
    # (not an owner: "Irazábal's agent, Gustavo Peralta, was more guarded" is the agent's sentence)
    # (a verb that needs a clause is an act without one: "Loftus denied any wrongdoing.")
    # (a party blanked out may stand before the comma: "Cllr Tom Ashdown (Ind, Fenby), whose ...,")
    rf"(?<!['’]s)(?:[ \t]*,\s+[^,;\"“”\x01]{{1,120}},)?(?=\s+(?!{m._AUX}{m.PLAIN_VERB_WORDS})"
    rf"(?!{m._AUX}{m._VERB_WORDS}\s*(?:that\b|[:\"“\x01]))[a-z])"
)


# A subject named after an organisation and a role: "Civic Liberal Union leader Hana Dvořáková has
# just spoken to reporters", "Kestrel's Chief Technology Officer Jussi Aaltonen".
# A group at a named place as a sentence's subject: "Analysts at Castellan Securities were more cautious."
_GROUP_SUBJECT = re.compile(
    rf"\W*(?P<src>[A-Z][a-z-]{{2,30}}s\s+(?:at|from|of|with|in)\s+(?:the\s+)?{m._NAME})"
    r"(?=\s+(?:were|are|have|had)\b)"
)


_SUBJECT_ROLE = re.compile(
    # (the words between are a role, not a verb: "Foreign Minister Arslan Demirov met Lucía Marenco")
    # ("Mariners director of rugby Anton Reyes-Whitlock was not convinced")
    rf"\W*(?:\d{{1,2}}[:.]\d\d\s+)?{m._NAME}(?:['’]s)?\s+(?:(?:[a-z][\w-]*\s+)?(?i:{k.PERSON_TITLES})\s+(?:of\s+[a-z]+\s+)?|"
    rf"{m._ROLE_NOUN}\s+)(?P<src>{m._NAME})"
    rf"(?=\s+(?!{m._AUX}{m._VERB_WORDS})[a-z])"
)


# A person introduced with a role in apposition, anywhere in a sentence: whom "he" or "she" next
# refers to ("This did not impress Tom Hardcastle, the shadow energy secretary, who had brought props.").
_INTRODUCED = re.compile(
    rf"(?P<src>{m._NAME}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?i:{k.PERSON_TITLES})\b"
    rf"|,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{1,3}}(?P<described_src>{m._NAME}),"
    # ("The committee's chairman, Cllr Martin Shawcross, has not commented")
    rf"|(?:[{m._UPPER}][\w-]*['’]s|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w-]*,\s+"
    rf"(?P<apposed_src>{m._NAME}),"
    # (a person with their age: "For Margaret Ellery, 71, from Hollinford, the findings confirmed ...")
    rf"|(?P<aged_src>{m._NAME}),\s+\d{{1,3}},"
    # (whom a sentence is about: "For Hamish Tulloch, who farms at Dunmarrow, the notice landed ...")
    rf"|^\W*For\s+(?P<for_src>{m._NAME}),"
    # (a witness called, whom "she" next is: "The defence called Dr Lena Vasquez, a criminologist")
    rf"|\b(?:called|calls|recalled|questioned|cross-examined|introduced|heard\s+from|turned\s+to)\s+"
    r"(?P<called_src>(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"(?=[,.]|\s+(?:to|as|on)\b)"
)


_TOLD = re.compile(
    rf"\s+(?:(?:listeners|viewers|readers|the\s+audience)\s+of\s+)?{m._LISTENER}"
    r"(?!['’]s\s+(?:staff|officials|workers|team|employees|officers|volunteers|people|lawyers)\b)"
)  # ("told listeners of Capital FM"; "told the agency's staff" tells people, not a medium)


_SAID_TO = re.compile(  # "confirmed to the BBC", "said on Northern Sports TV's Final Whistle programme"
    rf"\s+(?:to|in\s+an?\s+interview\s+with"
    # ("said in comments circulated by the Science Media Centre": the centre passed them on)
    r"|(?P<passed>in\s+(?:comments|remarks|a\s+statement|an?\s+e-?mail|a\s+note|a\s+briefing)\s+"
    r"(?:circulated|distributed|provided|issued|released|sent\s+out|put\s+out)\s+by)"
    rf"|on(?=\s+(?:[Tt]he\s+)?(?:[{m._UPPER}][\w-]*\s+){{0,5}}?"
    rf"[{m._UPPER}][\w-]*['’]s\s+(?:[{m._UPPER}][\w’'-]*\s+){{0,4}}(?:programme|program|show|podcast|broadcast)\b))"
    rf"\s+{m._LISTENER}"
)


_INNER_NAME = re.compile(rf"(?<=[\w,;:] )[{m._UPPER}][\w’'-]+")


def _shared_name(before: str, now: str, medium: str) -> bool:
    """Whether two sentences name someone in common (other than the medium, and not as a first word)."""
    names = set(_INNER_NAME.findall(before)) - set(medium.split())
    return any(name in names for name in _INNER_NAME.findall(now)) or any(
        now.lstrip(' "“').startswith(name + " ") for name in names
    )


# A transcript's speaker label at a paragraph's start ("KASIA BRENNAN: Our members ...").
_LABEL = re.compile(
    # ("CLIP - MARIA ESTRADA:", "CORRESPONDENT (RHYS CADOGAN):")
    r"(?:(?:CLIP|SOT|SOUNDBITE|ACTUALITY|INSERT|AUDIO|VIDEO)\s*[-–—:]\s*)?"
    # ("FIRE CHIEF (Ruth Okonkwo-Baird):" is the name in brackets, "ALMA FERREIRA (resident):" the label)
    r"(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:\s*\((?P<bracketed>[^()\n:]{1,40})\))?:\s"
)


# The publisher's own people named: "Our transport correspondent Jonas Berg".
_OUR_STAFF = re.compile(
    rf"\b[Oo]ur\s+(?:[\w-]+\s+){{0,3}}?(?:correspondent|reporter|editor|presenter)\s+({m._NAME})"
)


# Labels that are the publisher's own voice ("NEWSREADER:", "PRESENTER:").
_STAFF_LABEL = re.compile(
    r"(?:NEWSREADER|NEWSCASTER|PRESENTER|HOST|ANCHOR|REPORTER|CORRESPONDENT|INTERVIEWER|NARRATOR|VOICEOVER|"
    r"VOICE-OVER|CAPTION|Q|A|FLASH|URGENT|BREAKING|UPDATE|UPDATED|ALERT|EXCLUSIVE|BULLETIN|CORRECTION|"
    r"ADVISORY|NOTE|EDITOR'S\s+NOTE|WATCH|LIVE|ANALYSIS|COMMENT|OPINION|VERDICT|CLAIM|FACT|BACKGROUND)"
)


# A subordinator just before a speaker inside the content ("... agreed after ministers promised").
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|before|when|because|since|until|unless|once|although|though|where)\s+$|,\s+and\s+that\s+$"
)


# The subject a participle's words belong to, after a time stamp or a phrase of when
# ("On the same day, the Foreign Ministry issued a statement claiming that ...").
_SUBJECT_FIRST = re.compile(
    rf"\s*+\W{{0,4}}(?:\d{{1,2}}[:.]\d\d\s+)?(?:(?:On|In|At|Earlier|Later|Meanwhile|Separately)\b[^,;:\x01]{{0,40}},\s+"
    # (a time with no comma: "Within two hours Pellingham had hit back, saying")
    r"|(?:Within|After|In)\s+(?:an?|one|two|three|four|five|six|\d+|a\s+few)\s+(?:minutes?|hours?|days?|weeks?)\s+)?"
    rf"{m._SOURCE}"
)


# Who put out a document named before them: "The figures, published by the statistics office on Tuesday,".
_PUBLISHED_BY = re.compile(
    r"(?:published|released|issued|compiled|produced|put\s+out)\s+(?:\w+\s+)?by\s+"
    r"(?P<by>(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+?)(?=\s+(?:on|in|last|this|earlier)\b|$)"
)


# A promise ("vowed to fight plans to close it") then the publisher's reason (", after the council ...").
_PROMISE_ENDS = re.compile(
    r"\s+to\s+[a-z][^,;:\"“”\x01]{0,200}?,\s+(?=(?:after|as|when|while|since|before)\s)"
)


# Between a speaker's verb and a pronoun speaking right after it, the same speaker ("told me they
# expect", "said she believed"): a listener of a few words, "that", the pronoun, an adverb.
_SAME_SPEAKER = re.compile(
    r"\s+(?:(?:me|us|him|her|them|reporters|(?:the\s+)?[A-Z][\w-]*)\s+)?"
    # (where or to whom it was said between: "wrote in a note to clients that she expects")
    r"(?:(?:in|to|on|at)\s+[^,;:\"“”\x01]{1,40}?\s+(?=that\s))?(?:that\s+)?(?:he|she|they)\s+"
    r"(?:[a-z]+ly\s+|now\s+|still\s+|also\s+|already\s+)?"
)


# "..., it said": a pronoun after the content, just before its verb (and an auxiliary or adverb).
# One described by whose they are, then named: "Mbaleza's main opposition candidate, Théodore Ndinga,
# on Wednesday rejected the results, saying ..." (after a wire's dateline).
_OWNERS_ONE = re.compile(
    r"\s*+(?:[A-Z][A-Z .'’-]{1,40},[^-–—\n]{0,40}?[-–—]\s+)?"
    r"(?:[A-Z][\w’'-]*['’]s|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s+"
    rf"(?P<src>{m._NAME}),"
)


_IT_AFTER_COLON = re.compile(r"[:;]\s*it\s+(?:[a-z]+\s+)?$")  # ("The Department puts it lower: it told us")


_IT_AFTER_CONTENT = re.compile(r"[,\"”]\s*it\s+(?:[a-z]+\s+)?$")


# A sentence that begins with a name and what it is: the verb after them is the name's.
_SUBJECT_APPOSED = re.compile(
    # (a description first: "One resident, Maria Costa, 54, said"; at most a few marks before the
    # subject: the pattern is tried for every inverted verb from the sentence's start)
    rf"\s*+\W{{0,4}}(?:(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?"
    rf"(?:{m._NAME}|{m._DESCRIBED_NAME.replace('?P<described>', '')}),\s+"
    r"(?:(?:the|a|an|[A-Z][\w-]*['’]s|its|his|her)\s+[^,;:\"“”\x01]{1,120}|\d{1,3}),\s*$"
    # (any source with an aside: "Two U.S. officials, speaking on condition of anonymity, said")
    rf"|\s*+\W{{0,4}}(?:{m._SOURCE_BODY}),\s+(?:who|speaking|citing|quoting|asked|writing|responding)\b"
    r"[^,;:\"“”\x01]{1,120},\s*$"
    # (a description by whose it is, then the name: "Its chairman, Pavel Dushek, said workers ...")
    rf"|\s*+\W{{0,4}}(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}},\s+"
    rf"{m._NAME},\s*$"
)


# "described the fire as an accident", "condemned the attack as an act of terror": words about it.
_CHARACTERISES = frozenset(
    [
        "described",
        "describes",
        "branded",
        "labelled",
        "labeled",
        "condemned",
        "condemns",
        "remembered",
        "remembers",
    ]
)


# "accused the government of lying to voters": what is said of whom.
_OF_WHAT = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?\s+of\s+[\w\"“\x01]"
)  # (what of may be quoted: 'accused the council of "ignoring every parent"')


# A company's results after "reported" or "posted": figures it published, not what it said.
_RESULTS = re.compile(
    # (each word whole and read once: a long hyphenated word was split every way, 1.8 s for 3 KB)
    # (compound words first: an atomic group keeps the first word that fits)
    r"\s+(?:(?:a|an|its|their|the)\s+)?(?>(?:\w{1,12}-quarter|\w{1,15}-than-expected|full-year|half-year|year-end|"
    r"pre-tax|first|second|third|fourth|full|half|quarterly|annual|record|net|pretax|operating|adjusted|"
    r"underlying|core|surprise|bigger|smaller|better|worse)\b(?:\s++|-)){0,3}(?:revenue|revenues|sales|profits?|"
    r"loss(?:es)?|earnings|results|turnover|income|ebitda|margins?|growth|orders)\b",
    re.IGNORECASE,
)


_AS_WHAT = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|it|them|his|her|its|their)\b[^.;:,]{0,60}?\s+as\s+(?:an?|the)?\s*\w"
)


_QUOTED_LATER = re.compile(r"[^.;:\"“\x01]{0,80}[\"“\x01]")


_DATED_ACT = re.compile(
    r"\s+(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)\s+to\b"
)


_PASSIVE = re.compile(r"\b(?:was|were|been|being|be)\s+")
