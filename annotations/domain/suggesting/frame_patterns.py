"""The patterns of the attribution frames `clauses.frames` looks for, each with a word it cannot
match without and the kind of frame it makes, tried in this order."""

import re

from . import mentions as m

# "X, the mayor, said"; an age and a clause may follow ("Sunita Chaudhry, 54, who has lived there
# for 20 years, said"; "Margaret Tillotson, 71, a retired teacher, told"): the first is read as the
# apposition.
_APPOSITION = (
    # (one citing someone by description and name: "KNA, citing the regional governor, Arkady Volsky,")
    r"(?:\s*,\s++(?P<appos>(?:citing|quoting)\s+[^,;:\"“”\x01.]{1,80},\s++[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*){0,3}(?=,)"
    r"|(?:[^,;:\"“”\x01.]|[.,](?=\d)|\.(?=\w)){1,160}?),"  # (a who-clause may run long)
    r"(?:\s++(?:who|which|whose|where|now|then|herself|himself|aged|citing|quoting|"
    r"(?<=\d, )(?:an?|the|of|from)|[\d]+)\b"  # (", 81, of Canal Row,")
    r"(?:[^,;:\"“”\x01.]|[.,](?=\d)|\.(?=\w)){0,120}?,"
    # (an age inside a whose-clause, which then goes on: "Marta Keldsen, whose brother Jonas, 34, had
    # gone to the embassy, said")
    r"(?:(?<=\d,)\s++(?!(?:who|which|whose|an?|the|of|from)\b)(?:[^,;:\"“”\x01.]|\.(?=\w)){1,120}?,)?)?)?"
)


_SRC = m.source("src")


# What one points to as evidence (not "She pointed to the bridge, which showed signs of rust").
_POINTED_TO = (
    r"[^,;:\"“”\x01]{0,40}?\b(?:figures|data|study|studies|reports?|survey|statistics|records|research|analysis|"
    r"numbers|evidence|findings|database|poll|polling|review|audit|minutes|emails?|documents?)\b"
)


# Where a speaker works or is, after the name: "Mei Ling Tan of Lion City Capital in Singapore
# wrote", "John Smith at Acme Bank said" (a person is the name before it; a body's name keeps it:
# "the Indonesian Embassy in Beijing", `clauses.frames`).
_WHERE = (
    rf"(?P<where>(?:\s+(?:in|at)\s+(?:the\s+)?{m._NAME}){{0,2}}"
    # (a unit of the body named: "Laura Quennell of Westmere Police's economic crime unit said")
    r"(?:(?:(?<=[a-z]['’]s)|(?<=[a-z])['’]s)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:unit|team|division|department|squad|desk|branch|section|wing))?)"
)


# A description before a name in apposition: "The regional governor", "His lawyer".
_DESCRIPTION = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w’'-]{1,50}+\s+){0,9}?[\w’'-]{1,50}+"
)


# Verbs that take a listener or an object after them, not a speaker ("..., told reporters").
_NOT_INVERTED = {"told", "tells", "tell", "show", "shows", "showed", "found", "finds", "expect", "expects",
                 "believe", "believes", "understands", "report", "reported", "reports", "say", "suggest",
                 "indicate", "reveal", "predict", "described",
                 # (verbs with an object: ", accused the council of" is no speaker after the words)
                 "accused", "accuses", "blamed", "blames", "criticised", "criticized",
                 "praised", "thanked", "reminded", "informed", "assured"}  # fmt: skip


# Verbs that may come before their speaker after a quotation ("“March 2028,” repeated Hardcastle").
_INVERTED_VERBS = (
    r"(?:"
    + "|".join(
        sorted(
            {*m._VERBS, "repeated", "continued", "asked", "quipped", "retorted"} - _NOT_INVERTED,
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


# Each pattern with a word it cannot match without (a sentence lacking it is not searched) and
# the frame it makes; tried in this order, a mention already read is not read again.
_PATTERNS: list[tuple[str | tuple[str, ...], str, re.Pattern[str]]] = [
    # (first: the mention it reads may also read as a subject whose verb is turned down, which would
    # keep the mention from being read again)
    # "Pettifer said haulage firms in his constituency had told him ...": whoever told the speaker,
    # however they are described (what stands between "said" and "had told him" is who told)
    (
        (
            "told",
            "assured",
            "warned",
            "informed",
            "advised",
            "reported",
            "radioed",
            "complained",
            "conceded",
            "admitted",
            "acknowledged",
            "confirmed",
        ),
        "told_speaker",
        re.compile(
            # (or told a medium so: "Fothergill told BBC Radio Northmoor on Tuesday that the Diocese ...")
            r"\b(?:(?:said|says|added|explained|claimed|insisted|saying)\s+"
            r"|told\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:on\s+[A-Z][a-z]+\s+)?(?=that\b))(?:that\s+)?"
            r"(?P<src>(?!(?:he|she|they|it|we|I|you|this|that|there)\b)[A-Za-z][\w’'-]*"
            r"(?:\s+(?!(?:had|has|have|was|were|is|are|would|will|could|that|and|but)\b)[\w’'-]+){0,7}?)"
            r"\s+(?:had\s+|has\s+|have\s+)?(?:(?P<cue>told|assured|warned|informed|advised)\s+(?:(?:him|her|them|us|me)\b"
            # (not told to do something, or of or about something: "police had told him to go home")
            r"(?!\s+(?:to|twice|so|of|about|off)\b)|"
            # (or someone else told: "RailGrid had informed the company that")
            r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:in|on|last)\s+[A-Z][a-z]+)?(?=\s+that\b))"
            # (or a verb of saying with no one told: "drivers at the depot had complained for a year that")
            r"|(?P<cue2>complained|conceded|admitted|acknowledged|confirmed)(?:\s+[^,;:\"“”\x01]{0,40}?)?\s+that\b"
            # (or what someone reported seeing: "told the Herald that a witness had reported seeing sparks")
            r"|(?P<cue3>reported|radioed)(?=\s+(?:in\s+)?(?:seeing|hearing|that)\b))"
        ),
    ),
    # "Dr Vasquez said a 2023 report by the Continental Committee had found that ...": what the report's
    # author found, under the one who speaks of it
    (
        ("found", "concluded", "showed", "documented", "revealed"),
        "told_speaker",
        re.compile(
            r"\b(?:said|says|added|noted|explained|pointed\s+out)\s+(?:that\s+)?"
            r"(?:a|an|the)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:report|study|survey|review|inquiry|audit|"
            # (a name only, not a date: "a review by March", "Amnesty International last year")
            r"investigation|analysis)\s+by\s+(?P<src>(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
            r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday)\b)[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and)\s+)?(?:the\s+)?[A-Z][\w’'&.-]*){0,6})(?<![’']s)"
            r"(?:\s+(?:last|this|in)\s+\w+)?"
            r"\s+(?:had\s+|has\s+)?(?P<cue2>found|concluded|showed|documented|revealed)\s+that\b"
        ),
    ),
    # "Documents seen by Reuters show ...": the medium saw the document.
    (
        " by ",
        "seen_by",
        re.compile(
            # (an aside may come between: "The memo, sent to managers on Friday and seen by X,")
            rf"(?<![\w-])(?P<src>{m._DOCUMENTS}),?\s+(?:(?:\w+\s+){{0,2}}?|[^,;:\"“”\x01]{{1,80}}?(?<=\S)\s+and\s+"
            # ("An internal email sent to staff on 12 January, which was seen by X, told ...")
            r"|[^,;:\"“”\x01]{1,80}?,\s++(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+"
            # ("A leaked briefing sent to ministers last week, seen by the Chronicle, ...")
            r"|(?:sent|circulated|given|written|prepared|drafted|addressed)\s[^,;:\"“”\x01]{1,80}?,\s++)"
            rf"(?P<cue>seen|obtained|reviewed|viewed)\s+by\s+"
            rf"{m._LISTENER}"
        ),
    ),
    # "An internal audit leaked to The AMJ found ...": the medium has the document, as if it had seen it
    (
        "leaked to",
        "seen_by",
        re.compile(rf"(?<![\w-])(?P<src>{m._DOCUMENTS}),?\s+(?P<cue>leaked)\s+to\s+{m._LISTENER}"),
    ),
    # "X was quoted by Y as saying": Y carries X's words.
    (
        ("quoted", "cited"),
        "quoted_by",
        re.compile(
            rf"(?<![\w-])(?:{_DESCRIPTION},\s++(?={m._NAME},))?{_SRC}{_APPOSITION},?\s+(?:was|were|is|are|has\s+been|had\s+been)"
            rf"\s+(?:also\s+)?(?P<cue>quoted|cited)\s+(?:by\s+{m._LISTENER})?"
        ),
    ),
    # "X quoted / cited Y as saying" ("The report quotes a manager as telling auditors")
    (
        ("quoted ", "cited ", "quotes ", "cites "),
        "cited_as",
        re.compile(
            rf"(?<![\w-]){m.source('citer')}{_APPOSITION.replace('appos', 'citer_appos')}"
            # ("The Ostmark Herald on Thursday quoted")
            r"(?:\s+(?:on|last|this|earlier|late|early)\s+[\w-]+)?"
            rf"\s+{m._AUX}(?P<cue>quoted|cited|quotes|cites)\s+(?:(?:its|his|her|their)\s+)?"
            # (the one quoted named after what they are: "the player's father, Samuel Adjei, as saying")
            # (people not named, with no article: "quoted former inmates as saying")
            # (or one named before: "the Courier quoted him as saying")
            rf"(?:(?P<objpron>him|her|them)(?=\s+as\s+{m.AS_SAYING})|{_SRC}"
            rf"|(?P<bare>(?:[a-z][\w-]+\s+){{0,2}}[a-z][\w-]+s)(?=\s+as\s+{m.AS_SAYING}))"
            rf"(?:,\s++(?:(?P<cited_name>{m._NAME})|(?:[^,;:\"“”\x01.]|\.(?=\w)){{1,120}}?),)?"
            # (or with who said it: "The report also quotes an unnamed consultant who told inspectors")
            rf"(?:\s+as\s+{m.AS_SAYING}|,?\s+who\s+(?:had\s+)?(?:told|said|says|tells|warned|described)\b)"
        ),
    ),
    # "Experts of the Institute, as quoted by the portal Agro-Vestnik, estimate that": the portal quotes
    # them, as if it had quoted them as saying
    (
        "as quoted by",
        "as_quoted_by",
        re.compile(
            rf"(?<![\w-]){_SRC},\s+as\s+(?P<cue>quoted)\s+by\s+(?:the\s+(?:portal|website|newspaper|agency)\s+)?"
            rf"{m.source('citer')},\s+{m._AUX}{m._VERB_WORDS}"
        ),
    ),
    # ""...," she said, as quoted by the ministry's press service": the press service carries her words
    (
        "as quoted by",
        "as_quoted_by",
        re.compile(
            r"(?<![\w-])(?P<objpron>he|she|they)\s+(?:said|added|stressed|noted|emphasi[sz]ed|explained),?\s+"
            rf"as\s+(?P<cue>quoted)\s+by\s+{m.source('citer')}"
        ),
    ),
    # "The Varennian Prison Monitoring Group, he said, had documented ...": what the one who speaks says a
    # body found or recorded is that body's under the speaker (a subject that acts is not: "The ministry,
    # he said, had closed the road")
    (
        ("said", "says", "added", "argued", "claimed", "insisted"),
        "aside_cites",
        re.compile(
            rf"\A\W{{0,4}}{_SRC},\s+(?:he|she|they)\s+(?:said|says|added|argued|claimed|insisted),\s+"
            r"(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?P<cue>documented|concluded|warned|confirmed|estimated|"
            # (what was found or recorded is theirs only as a finding: "had found that", not "had found the
            # missing hiker alive")
            r"calculated|predicted|(?:found|recorded|reported|showed|shown)(?=\s+(?:that|no\s+evidence)\b))\b"
        ),
    ),
    # "She pointed to figures from the VSSA defect database which show that", "The group pointed to the
    # council's own figures, which it said showed", "She cited a 2019 study by X, which she said found
    # that": the subject speaks, citing what it pointed to
    (
        ("pointed", "cited", "referred"),
        "points_to",
        re.compile(
            rf"(?<![\w-])(?:(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)|{m.source('citer')})\s+{m._AUX}"
            rf"(?P<cue>pointed\s+to|cited|referred\s+to)\s+"
            rf"(?P<pointed>(?={_POINTED_TO}){_SRC}(?:\s+(?:from|by|of|at)\s+[^,;:\"“”\x01]{{1,80}}?)?),?\s+which\s+"
            r"(?:(?:he|she|it|they)\s+(?:said|says)\s+)?(?:show|shows|showed|found|finds|suggest|suggests|"
            r"suggested|indicate|indicates|indicated)\b"
        ),
    ),
    # "The reporter learned from the China Electricity Council that ...": the council is the source
    (
        ("learned", "learnt"),
        "bulletin",
        re.compile(rf"\b(?:learned|learnt|heard|was\s+told)\s+(?P<cue>from)\s+{_SRC}(?=\s+that\b|,)"),
    ),
    # "It quoted a senior figure at Sporting as saying": the pronoun cites
    (
        ("quoted", "cited", "quotes", "cites"),
        "pronoun_cites",
        re.compile(
            rf"(?<![\w-])(?P<pronoun>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+{m._AUX}(?P<cue>quoted|cited|quotes|cites)\s+"
            # (an aside after the one quoted: "quoted internal presentations, dated 2023, as saying")
            rf"(?:(?:its|his|her|their)\s+)?{_SRC}"
            rf"(?:,\s++(?:(?P<cited_name>{m._NAME})|(?:[^,;:\"“”\x01.]|\.(?=\w)){{1,120}}?),)?\s+as\s+{m.AS_SAYING}"
        ),
    ),
    # "Minister Els Peeters declined to comment but told Meridian ...", "It kept a red warning in place
    # and warned that ...": the subject speaks after a first verb phrase
    (
        (" but ", " and "),
        "conjoined",
        re.compile(
            rf"^\W*(?:(?:In|On|At|For|After|Before|During|Speaking|Asked|Concluding|Reporting|Meanwhile|Separately|"
            rf"Earlier|Later|However|Addressing|Responding|Opening|Closing)\b[^,;:\x01]{{0,40}},\s++)?(?:(?>{_SRC}){_APPOSITION}|(?P<pronoun>He|She|It|They))"
            # (not "A 2023 report by the Inspectorate found ..., and said": the report's author is who)
            rf"\s+(?!by\s)(?!{m._AUX}{m.PLAIN_VERB_WORDS})[a-z][^;:]{{2,160}}?,?\s+"
            # ("..., and in a statement issued on Friday said")
            r"(?:but|and)\s+(?:also\s+|later\s+)?(?:in\s+a\s+statement(?:\s+[a-z]+)?(?:\s+(?:on|last|this)\s+\w+)?,?\s+)?"
            r"(?P<cue>told|said|says|added|warned|argued|insisted|stressed|announced|"
            r"noted|confirmed|recommended|cautioned|predicted|claimed|denied|admitted|acknowledged|affirmed|"
            r"stated|emphasi[sz]ed|pledged|promised|wrote|posted)\b"
        ),
    ),
    # "KNA said Paulo Renck had ordered an inquiry and had told staff that ...": inside reported words,
    # the subject of a reported act speaks after it (both verbs in the past perfect, as reported speech is)
    (
        " and had ",
        "conjoined",
        re.compile(
            rf"(?:(?<=\bthat )|(?<=\bsaid )|(?<=\bsays )|(?<=\breported ))(?>{_SRC}){_APPOSITION}"
            rf"\s+had\s+(?!{m._VERB_WORDS})[a-z][^;:,]{{2,160}}?\s+and\s+had\s+(?:also\s+)?"
            r"(?P<cue>told|said|warned|insisted|confirmed|admitted|acknowledged|promised)\b"
        ),
    ),
    # "the family had been told by the hospital that ...": who told them speaks
    (
        " by ",
        "told_by",
        re.compile(
            rf"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?P<cue>told|informed|warned|assured)\s+by\s+"
            # (a time may come between: "had been told by Hurst in June that"; a description before the
            # name: "assured by the chair of governors, Sir Martin Hale, that")
            rf"(?:{_DESCRIPTION},\s++(?={m._NAME},\s+that\b))?{_SRC}(?=(?:\s+(?:only\s+|just\s+)?"
            r"(?:(?:in|on|last|earlier|this|before|after|during|as\s+early\s+as|as\s+recently\s+as)\s+[\w-]+|yesterday|recently|previously|privately|"
            r"repeatedly)(?:\s+\d{4})?)?,?\s+that\b)"
        ),
    ),
    # "Estimates by the Belgian Federation of Freight Forwarders put the cost at ...": the body estimates
    (
        ("put", "puts", "place", "places"),
        "bulletin",
        re.compile(
            r"(?:[Ee]stimates?|[Ff]igures|[Dd]ata|[Cc]alculations|[Pp]rojections|[Ff]orecasts?|[Pp]olls?|[Ss]urveys?)"
            r"(?:\s+of\s+[\d,]+\s+[a-z]+)?"  # ("A survey of 2,104 adults by Kestrel Research")
            rf"\s+(?:by|from|for)\s+{_SRC}(?:,\s++[^,;:\"“”\x01]{{1,120}},)?"
            r"(?:\s+(?:published|released)\s+(?:on|last|this|earlier)\s+\w+)?\s+(?P<cue>put|puts|place|places)\b"
        ),
    ),
    # "Local officials put the death toll at 23": whoever puts a figure on it (tried only before such
    # a verb: see clauses._ANCHORS)
    (
        (" put ", " puts ", " placed ", " places "),
        "figure_put",
        re.compile(
            rf"(?<![\w-]){_SRC}(?:,\s++[^,;:\"“”\x01]{{1,120}},)?\s+(?:have\s+|had\s+)?(?:now\s+)?"
            r"(?P<cue>put|puts|placed|places)"
            r"(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:toll|number|figure|cost|count|bill|damage|losses)\s+at\b"
            # (or anything at a number: "put this year's wheat harvest at 21.4 million tonnes")
            r"|\s+(?:[\w’'-]+\s+){1,5}?at\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?[$£€¥]?\d)"
        ),
    ),
    # "Documents tendered to the court show ...": the documents speak
    (
        " court ",
        "speaker",
        re.compile(
            rf"(?<![\w-])(?P<src>{m._DOCUMENTS}\s+(?:tendered|filed|submitted|presented|shown|read)\s+"
            r"(?:to|in|at|before)\s+(?:the\s+)?court)\s+(?P<cue>show|shows|showed|say|says|said|reveal|reveals)\b"
        ),
    ),
    # "In an interview ..., Vos dismissed the report: "Nobody in my party ..."": the speaker's quotation
    # ("Mensah-Hale spoke to Kestrel TV on the pitch: "...": to that medium)
    (
        ":",
        "colon",
        re.compile(
            # (what they are may come between: "Marta Lind, chief economist at Ostra Bank, was blunt:")
            # (not the object of a word before it: "He thinks the absence of Adjei changes everything:")
            r"(?<![\w-])(?<!\bof\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bwith\s)"
            rf"(?P<src>{m._NAME}|(?:[Tt]he\s+)?{m._ORG}|{m._ROLE}|{m._UNNAMED}){_APPOSITION}"
            # (a name in apposition closes with a comma: "Halvek's head of threat intelligence, Mara
            # Lindqvist, put the problem bluntly:")
            # (a noun ending so is no verb: "Saffron's representatives said:")
            r"(?:(?<=[a-z]),)?\s+(?P<cue>was|were|is|put|gave|had|spoke|[a-z]{3,20}(?:ed|s)"
            # (a verb of motion only with a participle of writing after it: "leapt to her defence,
            # commenting under the video:"; not "Flames leapt from the roof:")
            r"|(?:leapt|went|came)(?=[^:;\x01]{0,80},\s+(?:commenting|writing|posting|adding|replying|tweeting)\b))\b"
            r"(?!\s+(?:said|says|told|added|wrote|stated|declared|insisted)\b)"
            # ("addressed fans in a video posted on her social media accounts on Tuesday afternoon:")
            # (and what they did as they said it: "leapt to her defence, commenting under the video:")
            r"(?:\s+(?!that\b)[\w’'-]+|,(?=\s+(?:commenting|writing|posting|adding|replying|tweeting)\b)){0,14}"
            r"\s*:\s*[\"“\x01]"
        ),
    ),
    # "He was blunt: "..."", "She thinks the absence of Adjei changes everything: "..."": a sentence
    # opened by a person's pronoun, its quotation theirs
    (
        ":",
        "colon",
        re.compile(
            # (a verb of how they think or spoke, not what they got: "He received a letter:")
            r"^\W*(?P<pronoun>He|She)\s+(?P<cue>was|is|thinks|believes|spoke|sounded|seemed|remained)\b"
            r"(?:\s+(?!that\b)[\w’'-]+){0,14}\s*:\s*[\"“\x01]"
        ),
    ),
    # "It was reported by the Herald that ...", "as reported by X"
    (
        ("reported", "announced", "stated", "disclosed"),
        "passive",
        re.compile(
            rf"\b(?:[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+|[Aa]s\s+)?(?P<cue>reported|announced|stated|disclosed)\s+"
            rf"(?:(?:earlier|previously|first|initially|originally|already|also)\s+)?"
            r"(?:(?:in|on|last|this|earlier)\s+[\w-]+\s+)?by\s+"  # ("first reported in July by")
            # (what the medium is before its name: "by the Velsborg daily Nordposten")
            r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:[A-Z][\w-]+\s+)?(?:daily|newspaper|paper|broadcaster|agency|weekly)\s+)?"
            rf"{_SRC}"
        ),
    ),
    (
        "ccording",
        "according",
        re.compile(
            # ("according to a ministry spokesman, Lars Edevane." at the sentence's end too)
            rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?:{_DESCRIPTION},\s++(?={m._NAME}(?:,|\.?\s*$))|{m._REPORT_BY})?"
            rf"{_SRC}{_WHERE}"
        ),
    ),
    # "According to him, ...": the person last spoken of
    ("ccording", "according", re.compile(r"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<pronoun>him|her|them)\b")),
    # "In his words, ...", "In their own words": the same
    ("words", "according", re.compile(r"\b(?P<cue>[Ii]n)\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?words\b")),
    # ("citing the regional governor, Arkady Volsky, ...": the name)
    (
        "iting",
        "citing",
        # (not at a sentence's start: "Citing a senior police officer, Tod Medee, a news website, reported")
        re.compile(
            rf"\b(?P<cue>[Cc]iting)\s+"
            rf"(?:(?<=[a-z,] citing ){_DESCRIPTION},\s++(?={m._NAME},)|{m._REPORT_BY})?{_SRC}"
        ),
    ),
    # Whoever is cited between a speaker and the verb is a source, however described: "Grain Circular,
    # citing crop scouts who toured Orvane last week, reported that ..." (", citing bad weather" after
    # what someone did is a reason, and no verb of saying follows it)
    (
        "iting",
        "citing",
        re.compile(
            r",\s++(?P<cue>citing)\s+(?P<src>[\w’'-]+(?:\s+[\w’'-]+){0,11}?),"
            r"\s+(?:also\s+|later\s+)?(?=(?:reported|said|wrote|says|reports|writes|claimed|added|told)\b)"
        ),
    ),
    # "According to Reuters, which cited two sources, ..."
    ("which", "citing", re.compile(rf",\s++which\s+(?P<cue>cited|quoted)\s+(?:{m._REPORT_BY})?{_SRC}")),
    (
        "uoting",
        "citing",
        re.compile(
            rf"\b(?P<cue>[Qq]uoting)\s+"
            rf"(?:(?<=[a-z,] quoting ){_DESCRIPTION},\s++(?={m._NAME},)|{m._REPORT_BY})?{_SRC}"
        ),
    ),
    # "Speaking to Riverside TV, ...", "In a statement carried by KCNA, ...", "in an interview with the BBC"
    (
        (
            "peaking",
            "sked",
            "ontacted",
            "eached",
            "ommentating",
            "spoke",
            "talk",
            "carried",
            "broadcast",
            "aired",
            "published",
            "quoted",
            "cited",
            "riting",
            "wrote",
            "n a",
            "n an",
        ),
        "listener",
        re.compile(
            r"\b(?P<cue>[Ss]peaking\s+(?:later\s+|earlier\s+|separately\s+|afterwards\s+|exclusively\s+)?(?:to|with)|"
            # ("Asked about the possibility by the Sunday Ledger in 2022, she said": the one who asked;
            # "Asked to resign by the Prime Minister" is a request, no question a listener heard)
            r"(?:[Aa]sked(?!\s+(?:not\s+)?to\s+(?:resign|quit|step|stand|leave|go|stay)\b)|[Cc]ontacted|[Rr]eached)(?:\s+(?:about\s+)?[^,;:\"“”\x01]{0,80}?)?\s+by(?=\s+(?:the\s+)?[A-Z])|[Cc]ommentating\s+(?:for|on)|(?:[Ss]peaking|[Aa]ppearing)\s+on(?!\s+(?:the\s+)?(?:Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
            r"September|October|November|December|[Cc]ondition|[Bb]ehalf)\b)|(?:spoke|talked|talking|spoken)\s+(?:to|with)|[Ii]n\s+an?\s+(?:\d{4}\s+|recent\s+|exclusive\s+|televised\s+)?(?:interview|statement|comments?|remarks|post|message|"
            r"letter|submission|e-?mail|(?:press\s+|news\s+)?release)\s+(?:\w+\s+){0,2}?(?:with|to|carried\s+by|"
            r"published\s+(?:(?:on|in|last|this)\s+\w+\s+)?by|broadcast\s+by|"
            r"released\s+by|issued\s+by|(?:quoted|cited|included|reproduced)\s+in|on)|carried\s+by|broadcast\s+by|aired\s+by|published\s+by|quoted\s+by|cited\s+by|[Ww]riting\s+(?:in|for)|wrote\s+in)\s+"
            rf"{m._LISTENER}"
        ),
    ),
    # "published in The Lancet": a medium named, which "the journal" may later refer to.
    (
        " in ",
        "medium",
        re.compile(
            r"\b(?P<cue>published|printed|appeared|appears?|reports?|story|article|interview|study|paper),?\s+"
            # ("published in 2023 in the Annals of ...", "published simultaneously in")
            r"(?:(?:in|on)\s+\d{4}\s+|last\s+\w+\s+|[a-z]{3,20}ly\s+)?in\s+"
            rf"(?:(?:this|last|the|next)\s+(?:\w+['’]s\s+)?(?:issue|edition)\s+of\s+)?{m._LISTENER}"
        ),
    ),
    (
        "with",
        "participle",
        re.compile(
            rf"\bwith\s+(?:[\w-]+\s+){{0,4}}?(?P<src>{m._NAME})\s+(?P<cue>confirming|saying|reporting)\b"
        ),
    ),
    # "The daily said in an editorial that ..., and quoted energy analyst Margit Felder as saying that
    # ...": from "as saying" on, the one quoted speaks under the subject
    (
        " and ",
        "participle",
        re.compile(
            rf",?\s+and\s+(?:also\s+)?(?:quoted|cited)\s+{_SRC}{_WHERE}(?:,\s++[^,;:\"“”\x01]{{1,120}}?,)?"
            rf"\s+as\s+(?P<cue>telling\s+\w+|{m.AS_SAYING})\b"
        ),
    ),
    # "the latest bulletin from the weather bureau: "..."": the body speaks the quotation
    (
        ":",
        "colon",
        re.compile(
            r"\b(?:statement|bulletin|message|update|advisory|warning|notice|post|announcement|letter|"
            rf"communiqu[eé]|words|comments?|remarks)\s+(?P<cue>from|by|of)\s+{_SRC}\s*:\s*[\"“\x01]"
        ),
    ),
    # "From the National Disaster Management Office, a few minutes ago: "..."" (a live blog's entry)
    (
        ":",
        "colon",
        re.compile(rf"^\W*(?P<cue>From)\s+{_SRC}(?:,[^:;\"“”\x01]{{0,60}})?\s*:\s*[\"“\x01]"),
    ),
    # "Vance, in his victory speech at the brewery: "..."": the quotation is the speaker's
    (
        ":",
        "colon",
        re.compile(
            rf"(?<![\w-]){_SRC},\s++(?P<cue>in)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){{0,3}}?"
            r"(?:speech|statement|interview|address|remarks|post|message|letter|video|broadcast|briefing)\b"
            r"[^:;\"“\x01]{0,100}:\s*[\"“\x01]"
        ),
    ),
    # "... , said Amina Diallo", "…,” said the ministry"
    (
        "",
        "inverted",
        re.compile(
            rf"(?:[,\"”]|\x01)\s*(?P<cue>told\s+reporters|{_INVERTED_VERBS})\s+{_SRC}"
            # (a role, then the name: "said the study's lead author, Dr Oriana Feld, an epidemiologist")
            rf"(?:,\s++(?P<appos>{m._NAME})(?=\s*[,.;]|$))?"
            r"(?=\s*(?:[,.;:!?]|$|\s+(?:in|on|at|during|after|to|from|of|when|while|who)\b))"
        ),
    ),
    # "The terminal operator, Kessel Port Holdings, said", "His lawyer, Eva Brenner, said"
    (
        ",",
        "speaker",
        re.compile(
            # (what the person is may stand before the name: "Another passenger, student Liam Brennock,")
            # (not a place: "The firm, based in Leeds, said" is the firm)
            rf"(?<![\w-]){_DESCRIPTION},\s++(?:[a-z][\w-]{{1,30}}\s+){{0,2}}"
            r"(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bof )(?<!\bfor )(?<!\bby )(?<!\bwith )"
            rf"(?P<src>{m._NAME}),\s++{m._AUX}"
            rf"(?:(?:[\w’'-]+\s+){{1,10}}?and\s+)?(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "The ministry's statement said", "Amnesty's latest report says": the owner speaks.
    (
        ("’s ", "'s "),
        "speaker",
        re.compile(
            rf"(?<![\w-])(?P<src>(?:[Tt]he\s+)?(?:{m._NAME}|{m._MODIFIERS}{m._ORG_WORDS}))(?:['’]s)?(?<=['’]s)\s+"
            r"(?:[a-z]+\s+){0,2}?(?:statements?|reports?|stud(?:y|ies)|surveys?|analys[ie]s|data|figures|"
            r"forecasts?|assessments?|bulletins?|updates?|website|account|projections?|estimates?|minutes|"
            r"records|documents?|filings?)"
            r"(?:,\s++(?:[^,;:\"“”\x01.]|\.(?=\w)){1,120}?,)?"
            rf"\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "She said", "It warned", "They added" ("Both said": the two just named)
    (
        "",
        "pronoun",
        re.compile(
            rf"(?<![\w-])(?P<pronoun>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|Both(?:\s+of\s+them)?)\s+{m._AUX}"
            rf"(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "A report published last month by the WHO warned" (only where such a word stands: the
    # optional prefix tried at every position was a third of the reading time)
    (
        (
            "report",
            "study",
            "survey",
            "poll",
            "statement",
            "analysis",
            "estimate",
            "figures",
            "data",
            "review",
        ),
        "speaker",
        re.compile(
            # (whom a survey asked may follow its author: "A survey by the Students' Union of 1,200
            # postgraduates, published in October, found")
            rf"(?<![\w-]){m._REPORT_BY}{_SRC}(?:\s+(?:of|among)\s+(?:more\s+than\s+|about\s+|nearly\s+)?[\d,]+\s+[\w-]+)?"
            rf"{_APPOSITION}"
            r"(?:\s+(?:published|released|issued|presented)\s+(?:in|on|last|this|earlier)\s+\w+)?"
            # ("A statement issued by the ministry on the eve of the parade stressed")
            r"(?:\s+(?:on|at)\s+the\s+(?:eve|day|morning|evening|night|start|end)\s+of\s+(?:the\s+)?[\w-]+)?"
            rf"\s+{m._AUX}(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # Someone named as an object, then what they said: "The meeting heard a report by Minister Kamila
    # Rustamova, who said that ..." (a subject's "who said" is an aside: "Albu, who said ..., will visit").
    (
        (" who ", " which "),
        "speaker",
        re.compile(
            # (a name in apposition: "announced by his daughter, Ingrid Maro-Hale, who said")
            # (or "on", "against", "of": "The case rested on investigator Graham Tull, who told the jury")
            rf"\b(?:by|from|with|to|for|met|heard|interviewed|visited|joined|including|on|upon|against|of)"
            rf"\s+{_SRC}{_WHERE}"
            # (a medium too: "News of the release first broke on broadcaster Kanal 9, which reported")
            rf"(?:,\s++(?P<appos>{m._NAME}))?,\s++(?:who|which)\s+"
            rf"{m._AUX}(?P<cue>{m._VERB_WORDS})"
        ),
    ),
    # "Her manager, Tariq Osei, had phoned her from inside the building to say that ...": the caller says
    (
        "to say",
        "speaker",
        re.compile(
            rf"(?<![\w-]){_SRC}{_APPOSITION}\s+(?:had\s+)?(?:phoned|called|rang|texted|emailed|messaged)\s+"
            r"(?:her|him|them|me|us)\b(?:[^.;:\"“”\x01]|[.:](?=\d)){0,100}?\bto\s+(?P<cue>say)\b"
        ),
    ),
    # "the ministry said", "X, the mayor, said"
    (
        "",
        "speaker",
        # (a place after "In" is where, not who: "In Italy, Gazzetta dello Sport, citing X, says")
        re.compile(
            rf"(?<![\w-])(?<!\b[Ii]n )(?<!\b[Aa]t ){_SRC}{_WHERE}{_APPOSITION}"
            # (who they are, without commas: "A senior nurse who worked on the unit until last summer told")
            r"(?:(?<=[a-z])\s+who\s+(?:worked|works|has\s+worked|had\s+worked|lives|lived|was|is|has|had)\b"
            r"[^,;:\"“”\x01.]{1,80}?(?<=\S)(?<!\bthat))?"
            rf"\s+{m._AUX}(?P<cue>{m._VERB_WORDS})(?<!report(?=,))"  # ("A council report, due ..., says")
        ),
    ),
    # "X did Y on Sunday, telling radio station Onda Norte that Z": the subject speaks, to the listener
    (
        "telling",
        "saying",
        # ("..., telling the magazine she had ...": "that" left out before a pronoun)
        re.compile(
            rf",\s++(?P<cue>telling)\s+{m._LISTENER}(?=\s+(?:that|she|he|they|it|we|I)\b|\s*[:\"“\x01])"
        ),
    ),
    # "Cllr Dunmore defended the consultation, telling the meeting that ...": the subject speaks, to no medium
    (
        "telling",
        "saying",
        re.compile(
            r",\s++(?P<cue>telling)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:meeting|council|"
            r"committee|hearing|inquiry|tribunal|reporters|journalists|members|residents|parents|staff|workers|"
            r"audience|crowd|conference|rally|gathering|delegates|MPs|lawmakers|shareholders|investors|"
            r"supporters|mourners|students|protesters|villagers)(?=\s+(?:that|she|he|they|it|we|I)\b|\s*[:\"“\x01])"
        ),
    ),
    # "Lindqvist appeared to respond, posting a photo on Instagram with the caption: "..."": his words
    (
        ("posting", "sharing", "writing"),
        "saying",
        re.compile(r",\s++(?P<cue>posting|sharing|writing)\b(?=[^:;.\"“”\x01]{0,120}:\s*[\"“\x01])"),
    ),
    # "X did Y on Tuesday, saying Z": the subject speaks from "saying" on.
    (
        "ing",
        "saying",
        re.compile(
            r",\s++(?P<cue>saying|reporting(?=\s+that\s+(?:the|a|an|his|her|its|their|[A-Z]|[a-z]+\s+(?:had|has|"
            r"was|were|is|are|would|will|could)\b))|adding|warning|insisting|arguing|alleging|projecting|claiming|noting|stressing|announcing|stating|"
            r"explaining|predicting|estimating|citing\s+concerns|promising(?=\s+that)|vowing(?=\s+(?:that|to))"
            # ("..., describing the measure as "an unfriendly step"": the subject's words)
            r"|describing(?=\s[^,;:\"“”\x01]{1,60}?\sas\s*[\"“\x01]))\b"
            # ("The ministry issued a statement claiming that ...": the statement's words are the subject's)
            r"|\b(?:statement|communiqu[eé]|press\s+release|notice|letter)\s+(?:[^,;:\"“”\x01]{0,40}?\s+)?"
            r"(?P<cue2>saying|claiming|stating|warning|insisting|announcing|arguing|alleging)\b"
        ),
    ),
]
