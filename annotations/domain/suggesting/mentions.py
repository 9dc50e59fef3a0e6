"""How sources are mentioned: names, descriptions, unnamed sources, media, and the words that cue them.

The patterns here describe one mention each; `clauses` puts them into the frames of a sentence.
"""

from .speech_verbs import (  # (used by the patterns as m._VERBS, m.AS_SAYING, ...)
    _VERB,  # noqa: F401
    _VERB_WORDS,  # noqa: F401
    _VERBS,  # noqa: F401
    AS_SAYING,  # noqa: F401
    MANNER_VERBS,  # noqa: F401
    NEEDS_CLAUSE,  # noqa: F401
    PLAIN_VERB_WORDS,  # noqa: F401
)

# The patterns are tried at every position of a sentence, so each attempt must cost a bounded
# amount of work whatever follows: a name has at most _NAME_WORDS words of at most _WORD
# characters (a run of 15,000 capitalised words made every attempt read to its end, which was
# quadratic). The `+` (possessive) quantifiers give nothing back on failure; that changes no
# match, because what may follow a word or a name (white space, a comma, a lower-case cue
# word, the end of the pattern) can never be part of it.
_WORD = 50


_NAME_WORDS = 12


# Capitalised words that begin a sentence or a phrase but never a source's name.
_NOT_NAME_START = (
    r"(?!(?:In|On|At|For|But|And|Or|After|Before|While|When|Since|As|If|Although|Though|Meanwhile|"
    r"However|Moreover|Separately|Earlier|Later|Last|Next|This|That|These|Those|Its|His|Her|Their|"
    r"Our|My|It|He|She|They|We|You|I|There|Here|Some|Many|Most|Several|Both|All|Speaking|Citing|Addressing|"
    r"Responding|Talking|Appearing|Outside|Inside|"
    r"Quoting|According|Asked|The|A|An|Within|During|Until|Over|Under|By|Amid|Despite|Following|Throughout|"
    r"About|Around|Roughly|Nearly|Almost|Shortly|Moments|Minutes|Hours|Seconds|Days|Weeks|Months|Then|Still|Yet|"
    # ("No Valleylink services", "Now Marisol Quint is suing"; not "No 10", "Now TV", "No Borders said")
    r"No(?=\s+[A-Z][\w-]+\s+(?:services|trains|buses|flights|ferries|boats)\b)|Now(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:is|was|has)\b)|"
    # (a day is no name's start, unless a newspaper's: "the Saturday Herald", "the Sunday Ledger"; and
    # never after "on": "On Saturday Sport England said")
    r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Ll]ast\s)|(?<=\b[Tt]his\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|"
    r"(?<=\b[Ll]ate\s)|(?<=\b[Ee]arly\s)|(?<=\b[Ff]rom\s))(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:Times|Herald|Ledger|Echo|Post|"
    r"Telegraph|Mail|Express|Mirror|Star|Independent|Tribune|Courier|Journal|Sport|World|Observer|Business|"
    r"Chronicle|Gazette|Clarion|Sentinel|Record|Standard|Globe|Argus|Review|Edition|Sun|News)\b)|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
)


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin capitals, accented ones included ("Élise", "Øystein", "Łukasz")


_CAP = rf"(?:[{_UPPER}]|\d{{1,3}}(?=[{_UPPER}]))[\w’'&.-]{{0,{_WORD - 1}}}+"  # ("5SE Coast Radio")


_CONNECTOR = (
    r"(?:of\s+(?:the\s+(?=[A-Z]))?|de\s+|al-|bin\s+|for\s+(?:the\s+)?(?=[A-Z])|and\s+(?=[A-Z])|&\s+(?=[A-Z])|"
    r"(?:dello|della|delle|degli|del|di|da|do|dos|das|la|le|du|des|van|von|der|den|y)\s+(?=[A-Z]))"
)


_NUMBER_IN_NAME = r"\d{1,3}+(?![\d%/]|[,.:]\d)"  # "Channel 6", "KCBT 6", not "Vance 3,870"


_NAME = rf"{_NOT_NAME_START}{_CAP}(?:\s+{_CONNECTOR}?(?:{_CAP}|{_NUMBER_IN_NAME})){{0,{_NAME_WORDS - 1}}}+"


# Words that end a description rather than qualify it ("talks with officials" is not a source).
_STOP = (
    r"(?i:that|with|and|or|but|to|of|in|on|at|for|by|from|said|says|told|has|have|had|was|were|is|are|"
    r"the|a|an|its|their|his|her|as|after|before|while|who|whose|whom|which|where|whereas|also|would|could|will|not|than|"
    r"citing|quoting|according|"
    # (a day is when, not who: "said on Tuesday officials had told him")
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"dello|della|delle|degli|del|di|da|van|von|der|den|du|des)\b"
    # (auxiliaries in lower case only: "Theresa May", "Can Dündar")
    r"|(?:did|does|do|can|may|might|should|must)\b"
)


_LOWER = rf"(?!{_STOP})[a-z][\w’'-]{{0,{_WORD - 1}}}+"


# (possessive: a run of spaces read once; "U.N." is a word: "the U.N. refugee agency")
# (not a verb taking people as its object: "Judge Helen Carrow reminded jurors" is no group of jurors)
_MODIFIERS = (
    rf"(?:(?:(?!{_STOP}|(?:reminded|urged|asked|ordered|instructed|advised|thanked|praised|accused|warned|"
    rf"assured|addressed|gave|told)\b)[\w’'-]{{1,{_WORD}}}+|(?:[A-Z]\.){{2,3}}+)\s++){{0,4}}"
)


_GROUP_NOUNS = (
    r"(?i:officials?|sources?|people|persons?|diplomats?|attach[eé]s|insiders?|aides?|leaders|analysts?|experts?|"
    r"researchers|witnesses|residents|spokes(?:person|man|woman)|representatives?|members?|"
    r"prosecutors|investigators|organi[sz]ers|scientists|economists|doctors|medics|rescuers|"
    r"activists|campaigners|lawyers|agents|traders|midwives|nurses|workers|employees|staff|"
    r"negotiators|observers|monitors|authorities|executives|bankers|officers|engineers|forecasters|"
    r"meteorologists|paramedics|firefighters|police|delegates|participants|attendees|migrants|refugees|"
    r"victims|relatives|families|parents|students|locals|citizens|soldiers|troops|lawmakers|legislators|crews|"
    r"senators|ministers|envoys|generals|crew|pilots|passengers|patients|survivors|mps|passenger|witness|"
    r"resident|worker|employee|lawyer|doctor|nurse|soldier|student|teacher|survivor|victim|relative|"
    r"delegate|participant|negotiator|investigator|prosecutor|engineer|pilot|villager|farmer|leader|"
    r"[a-z]{5,24}+(?:(?<=men)|(?<=people)|(?<=folk))|"
    # (people by what they do, in the plural, by the word's ending: "two former finance assistants",
    # "three physicians", "several trainees"; not the things that end so)
    r"(?!(?:plants|grants|restaurants|fees|degrees|trees|guarantees|lists|twists)\b)"
    r"[a-z]{4,24}+(?:(?<=ants)|(?<=ists)|(?<=ians)|(?<=ees))|"
    r"services(?:(?<=emergency services)|(?<=rescue services)|(?<=security services)|(?<=fire services)|"
    r"(?<=ambulance services)|(?<=intelligence services)|(?<=social services))|"
    r"banker|trader|analyst|economist|diplomat|insider|aide|official|source|executive|investor|figure|"
    r"captain|lieutenant|sergeant|constable|detective|colonel|judge|clerk|priest|imam|pastor|coach|"
    r"director|commander|coordinator|administrator|supervisor|ranger|warden|pal|friend|acquaintance|master|"
    r"confidante?|mate|rebels?|backbenchers?|whips?|allies|ally|critics?|opponents?|dissidents?|loyalists?|"
    r"hardliners?|moderates|colleagues|family|parent|mother|father|constituents|voters|customers|clients|"
    r"friends|pals|neighbou?rs|teammates|classmates|bandmates|siblings|cousins|trustees?|retirees|detainees|"
    r"evacuees|interviewees|patient|commuters?|shoppers?|motorists?|pensioners?|users?|"
    r"tenants|pupils|fans|followers|contacts|captains|judges|coaches|clerks|priests|wardens|guards|deputy|"
    r"organi[sz]ations|agencies|"
    r"manager|adviser|advisor|consultant|lobbyist|activist|campaigner|organi[sz]er|researcher|"
    r"scientist|expert|observer|monitor|staffer|contractor|supplier|broker|dealer|buyer|seller|agent|"
    r"member|owner|partner|colleague|friend|neighbou?r|medic|paramedic|rescuer|firefighter|officer|"
    r"guard|inspector|juror|voter|customer|driver|bystander|eyewitness|onlooker|protester|carers?|caregivers?|"
    r"demonstrator|fan|supporter|player|teammate|insurer|physician|surgeon|veteran|analysts|"
    r"guests?|diners?|partygoers?|revell?ers?|spectators?|"
    r"(?!(?:reuters|others|numbers|orders|papers|letters|matters|waters|powers|borders|centers|quarters|headquarters|sectors|factors|colors|colours|meters|filters|computers|markets|barrels|dollars|years|hours|towers|rivers|corridors)\b)[a-z]{6,24}+(?:(?<=ers)|(?<=ors)|(?<=ists)|(?<=ians)))\b(?![’'])"
)


# One person named by what they do, after "a" or "an" ("a Dublin-based moderator", "a petrol station
# attendant"): a word ending as such nouns do, not one of the common words that end so.
_ROLE_NOUN = (
    r"(?!(?:number|member|order|letter|paper|quarter|matter|water|computer|poster|other|border|corner|sector|"
    r"factor|error|mirror|center|meter|chapter|cluster|layer|tower|river|power|finger|dinner|summer|winter|"
    r"weather|hammer|banner|barrier|trailer|container|career|minister|register|disaster|master|character|"
    r"meeting|period|vendor|motor|floor|door|tenant|statement|government|percent|moment|human|german|roman)\b)"
    r"(?:[a-z][a-z-]{2,20}+(?:(?<=er)|(?<=or)|(?<=ist)|(?<=ian)|(?<=ant)|(?<=man))|shepherd|chef|nurse|guide|"
    r"pilot|cook|medic|guard|clerk|aide|scout|midwife|surgeon|diplomat|pharmacist|priest|monk|nun|cadet)\b"
)


# What analysts do after the bank they work at is named, not a word of it ("analysts at Brennan
# Hale cut their price target").
_ANALYSTS_DO = (
    r"(?:cut|cuts|put|puts|set|sets|kept|keeps|see|sees|expect|expects|think|thinks|believe|believes|"
    r"raised|lowered|trimmed|upgraded|downgraded|reiterated|maintained|estimated|predicted|forecast)\b"
)


_QUALIFIER = (
    # (not a date: "warned by party pollsters in May that" is the pollsters)
    r"(?:\s+(?!(?:in|on|during|since|until|by)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:(?:still|now|then|once|formerly)\s+(?=at\b|in\b|with\b|inside\b|on\b))?(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|"
    r"aware\s+of|privy\s+to|working\s+on|knowledgeable\s+about|present\s+(?:at|in)|"
    # (who engaged them: "an independent expert retained by the defence")
    r"(?:retained|instructed|hired|engaged|commissioned|appointed|employed)\s+by|with(?=\s+(?:the\s+)?[A-Z])|"
    r"to(?=\s+the\s)|on(?=\s+(?:the|his|her|their|its)\s)|"
    # (whom an aide serves: "a senior aide to Fennimore")
    r"to(?=\s+[A-Z])(?:(?<=aide to)|(?<=aides to)|(?<=adviser to)|(?<=advisers to)|(?<=ally to)|"
    r"(?<=allies to))|"
    r"on(?=\s+(?:patrol|duty|shift)\b)|inside|within|around|near|at|from|for|in|of)"
    # (a name with "The" in it: "two people close to The Hollow Orchards")
    r"\s+(?:the\s+|The\s+(?=[A-Z])|(?:his|her|their|its|our)\s+(?=[a-z])|(?<=\bat )an?\s+(?=[A-Za-z])|"
    r"(?<=\bof )an?\s+(?=[a-z])|[A-Z][\w-]*['’]s\s+(?![a-z]+\s+(?:a|an|the)\s)|"
    r"[a-z]+['’]s\s+)?"
    # (a name first, with its particles: "an official at Électricité du Laos")
    # (a name in the possessive ends the description: "a longtime friend of Redfern's paints ...")
    rf"(?:{_NAME}(?:\s+(?!{_STOP}|{_ANALYSTS_DO})(?![a-z]+\s+(?:a|an|the)\s)[\w’'-]{{1,{_WORD}}}+){{0,2}}"
    # (what the possessive owns: "an official at the Essery harbour master's office")
    rf"(?:(?<=['’]s)\s+(?!{_STOP})(?![a-z]+\s+(?:a|an|the)\s)[a-z][\w-]{{1,{_WORD}}}+)?"
    # (a body's description with "and" in it: "the trial's independent data and safety monitoring board")
    rf"|(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+(?:and\s+(?=[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?"
    r"(?:board|committee|panel|council|commission|service|office|unit|team)\b))?){0,4}"
    rf"(?!{_STOP})[\w’'-]{{1,{_WORD}}}+"
    # (a gerund's object: "officials involved in drafting the measures")
    rf"(?:(?<=ing)\s+(?:the|its|their)\s+(?!{_STOP})[\w’'-]{{1,{_WORD}}}+)?)){{0,3}}"
    # (who asked not to be named: part of how the source is named)
    r"(?:\s+who\s+(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)(?=[\s,.])"
    r"|\s+who\s+(?:attended|was\s+there|were\s+there|took\s+part)(?=\s*[,.]|\s*$))?"
)


# (a group noun that goes on into a name is part of the name: "the Darfur Doctors Network")
_UNNAMED = (
    # ("two of its contacts in the area")
    r"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any)\s+of\s+(?:its|their|his|her|our)\s+)?"
    rf"(?:(?:[Tt]he\s+|[Aa]n?\s+)?{_MODIFIERS}{_GROUP_NOUNS}"
    rf"|[Aa]n?\s+{_MODIFIERS}{_ROLE_NOUN}"
    # (a minister not named: "One cabinet minister told the Sentinel")
    rf"|(?:[Oo]ne|[Aa]nother|[Aa])\s+(?:(?!{_STOP})[a-z][\w-]*\s+){{0,2}}minister\b(?!\s+[A-Z])"
    # (a body's name with its small words: "A Department for Higher Learning spokesperson")
    rf"|[Aa]n?\s+(?=[A-Z][\w-]*\s+(?:of|for|and)\s){_NAME}\s+(?:spokes(?:person|man|woman)|official|representative)"
    # (any one who told or said something: "a matron who told inspectors")
    r"|[Aa]n?\s+(?:[a-z][\w-]{1,20}\s+){0,2}[a-z]{3,20}(?=\s+who\s+(?:had\s+)?(?:told|said|says|tells|warned)\b))"
    rf"(?![ \t]+[{_UPPER}])"
    # ("a police report" is a document)
    r"(?![ \t]+(?:reports?|records|documents?|statements?|files|memos?|letters?|data|figures)\b)"
    rf"{_QUALIFIER}"
    # where they were, in a relative clause closed by a comma ("two people who were in the room, says")
    r"(?:\s+who\s+(?:were|was|had\s+been|have\s+been|served|worked|work|works|lived|live|lives)\s+"
    r"(?:in|at|on|inside|alongside|with|for|near|beside)\s+[^,;:\"“”\x01.]{1,40}(?=,)"
    # or what they did, closed by a comma or a verb of saying: "crop scouts who toured Orvane last week,
    # reported"; "an engineer who has worked on the programme said" (named so in full)
    r"|\s+who\s+(?:has\s+|have\s+|had\s+)?(?!(?:said|says|told|tells|added|wrote|writes|reported|claimed)\b)"
    r"(?:[a-z]+(?:ed|t|ne|wn)|took|gave|came|saw|went|met|held|ran|fled|sat|stood|kept|made|heard|knew|"
    r"led|won|drove|flew|began|rode|fought|brought|bought|caught|sought)\s+[^,;:\"“”\x01.]{1,60}?"
    # (or the sentence's end, after "said": "..., said a former product manager who joined in 2022.")
    # (or "as saying": "quoted two miners who had left the shift early as saying")
    r"(?=,|\s+as\s+saying\b|\s+(?:had\s+|has\s+)?(?:said|says|told|tells|added|wrote|writes|reported|claimed|"
    r"warned|confirmed)\b"
    r"|\.?\s*$))?"
)


_DOCUMENT_WORDS = (
    # ("minutes" of a meeting, not "within minutes")
    r"(?i:[Dd]ocuments?|records|(?<!within )(?<!in )(?<!for )(?<!\d )minutes|emails?|filings|memos?|letter|"
    r"budget|dossier|files|papers|transcripts?|"
    r"data|figures|images|footage|photographs|statistics|notifications?|notices?|decree|ruling|judgment|"
    r"indictment|lawsuit|bulletin|communiqu[eé]|circular|guidelines|contracts?|transcripts?|reviews?|"
    r"rotas?|rosters?|timesheets|receipts|manifests|ledgers?|payslips|modell?ing|"
    r"assessments?|audits?|drafts?|proposals?|presentations?|briefings?|spreadsheets?|invoices|logs|"
    r"cables?|diary|diaries|messages|texts|recordings?|dossiers?|documents?|timelines?|roadmaps?|petitions?|"
    r"term\s+sheets?|stud(?:y|ies)|surveys?|preprints?|(?<=division )lists?|(?<=court )lists?|"
    r"(?<=internal )polling|(?<=post-mortem )examination|(?<=postmortem )examination|autopsy|post-mortem|"
    r"(?-i:posts?)(?=\s+(?:on|claims?|says?|said|which|that)\b|,)|"
    r"(?<!on )(?<!behind )(?<!ahead of )schedules?|"
    r"(?<=settlement )agreement|"
    # (a company's filed accounts: "Accounts filed at Companies House show", "its latest accounts show")
    r"accounts(?=\s+(?:filed|lodged|published|submitted|show|showed|shows)\b)|"
    r"(?<=['’]s )results|(?<=test )results|"  # ("according to the laboratory's results")
    # (where it was filed: "a filing with the Harbrook Stock Exchange")
    r"filing(?:\s+with\s+the\s+(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}))?|"
    # the words of a law or a deal ("according to the text of the bill")
    r"text\s+of\s+the\s+(?:bill|law|act|agreement|treaty|decree|ruling|resolution|judgment|deal|accord|"
    r"directive|regulation|draft))"
)


# How a document was got or whom it went to, between it and its verb ("a psychiatric report prepared for
# the defence had concluded", "internal emails obtained during discovery show", "A report presented to
# the committee said"; the sets' authors disagree on a date: "a state inspection report from March" is
# whole in one, "board minutes" in another)
_DOC_PARTICIPLE = (
    r"\s+(?!(?:seen|obtained|reviewed|viewed)\s+by\b)(?:(?:obtained|carried\s+out|filed|compiled|prepared|"
    r"commissioned|completed|dated|drawn\s+up|submitted|made\s+public|disclosed|(?:shown|addressed|presented|"
    r"handed|read)\s+to)(?:\s+(?!that\b|and\b|as\b)[\w’'-]+){1,8}?"
    # (not who sent it, nor when: "a letter sent to her by a resident", "an email sent to staff on 12
    # January" are the resident and the email, as the sets have them)
    r"|(?:sent|circulated|delivered)\s+to(?:\s+(?!that\b|and\b|as\b|by\b|on\b|last\b|this\b|yesterday\b|"
    r"earlier\b)[\w’'-]+){1,8}?)"
    r"(?=\s*[,;]|\s+(?:had\s+|has\s+|have\s+)?(?:showed|shows?|found|finds|said|says|states?|stated|revealed|"
    r"concluded|concludes|recorded|records|noted|notes|warned|warns|estimated|estimates)\b)"
)


_DOCUMENTS = (
    rf"(?:(?:[Tt]he\s+|[Aa]n?\s+)?{_MODIFIERS}{_DOCUMENT_WORDS}\b"
    r"(?!\s+(?i:office|bureau|agency|service|department|authority|institute|board|ministry|company))"
    rf"(?![ \t]+[{_UPPER}])"  # (a word of a name: "the State Statistics Office", "Statistics Norway")
    r"(?![ \t]+(?:reports?|documents?|files|records|papers)\b)"  # ("an internal audit report": the report)
    # ("minutes of Ashcombe Parish Council's February meeting")
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\.?\s+){0,6}?(?:meeting|board|committee|council|hearing|inquiry|talks)(?![’']s\b)"
    # what a review or a survey is of, how it was got ("an internal review of the mission", "a survey
    # of 600 of its members", "internal emails obtained during discovery"; the sets' authors disagree
    # on a date: "a state inspection report from March" is whole in one, "board minutes" in another)
    # ("A notice of allegations, seen by the Gazette, states")
    r"|(?:(?<=notice)|(?<=letter)|(?<=certificate)|(?<=schedule))\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=\s*,)"
    r"|(?:(?<=review)|(?<=survey)|(?<=audit)|(?<=assessment))\s+of\s+(?:\d[\d,]*\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"(?=\s*[,;]|\s+(?:carried|found|shows?|showed|said|says|seen|obtained)\b)"
    rf"|{_DOC_PARTICIPLE}"
    # whom a memo was written to ("An internal memo to plant managers, seen by the Journal, said")
    r"|(?:(?<=memo)|(?<=letter)|(?<=email)|(?<=e-mail)|(?<=briefing))\s+to\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=\s*,))?"
    # a report with what it is ("A council report, due before the committee, says"; "a report" alone
    # is no source)
    rf"|(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+){{1,4}}reports?\b(?:{_DOC_PARTICIPLE})?"
    # (what it is may be said after it: "A report presented to the committee said")
    rf"|(?:[Tt]he\s+|[Aa]n?\s+)reports?{_DOC_PARTICIPLE}"
    # (a medium's investigation: "The newspaper's investigation also quoted")
    rf"|(?:[Tt]he\s+)?[\w-]+['’]s\s+(?:[a-z]+\s+)?investigation\b"
    # (or its account: "The Dunmarrow Evening Courier's front-page account described")
    rf"|(?:[Tt]he\s+)?{_NAME}['’]s\s+(?:[a-z-]+\s+)?(?:account|coverage)\b)"
)


_ORG_WORDS = (
    r"(?:union|ministry|government|commission|authority|operator|company|party|council|court|police|army|"
    r"military|office|department|committee|association|manufacturer|centre|center|regulator|institute|"
    r"service|agency|bureau|board|coastguard|trust|alliance|federation|fund|bank|group|organi[sz]ation|"
    r"body|think\s+tank|embassy|administration|secretariat|cabinet|presidency|parliament|assembly|university|"
    r"hospital|firm|airline|carrier|carmaker|automaker|chipmaker|drugmaker|planemaker|steelmaker|shipbuilder|"
    r"insurer|lender|retailer|utility|watchdog|inspectorate|prosecutor's\s+office|campaign|guard|navy|"
    r"museum|gallery|library|zoo|school|college|clinic|hospice|theatre|observatory|laboratory|academy|society|"
    r"charity|foundation|coalition|consortium|mission|tribunal|team|patrol|brigade|constabulary|gendarmerie|"
    r"forces?|corps|branch|division|directorate|headquarters|press\s+service|press\s+office|panel|club|county|city|municipality|province|prefecture|governorate)(?:s|es)?\b"
)


# "the foreign ministry in Tallinn": where a body is, part of its description.
_ORG = (
    rf"(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+{_MODIFIERS}(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+and\s+{_MODIFIERS})?"
    rf"{_ORG_WORDS}(?![’']s)"
    rf"(?:\s+(?:in|at|of|for)\s+(?:the\s+)?(?:{_NAME}|experts|inquiry|judges|scientists|specialists|advisers|ports|"
    r"health|defence|defense|finance|justice|education|agriculture|transport|energy|interior|information"
    # ("the regional centre for hydrometeorology")
    r"|(?<=for )[a-z]{4,}(?:ology|ics|ion|ment|ture|ity)\b))?"
)


_PLACE = (
    rf"[{_UPPER}][\w’'-]{{0,{_WORD - 1}}}+"  # a place's name: one word, no full stop ("reports in Seville.")
)


# A nationality's adjective ("Kelvarian", "Chinese", "Turkish", "Varkeshi", "French").
NATIONALITY = r"(?-i:[A-Z][a-z]{2,20}(?:an|ese|ish|i|ic|ch))"


_MEDIA_REPORTS = (
    r"(?i:(?:(?:several|some|many|multiple|local|foreign|state|western|official|international|national)\s+)?"
    r"(?:media|press|news)\s+reports|"
    r"(?:(?:several|some|many|multiple|local|foreign|state|western|international|national|regional)\s+){1,2}"
    r"(?:media|news)\s+outlets|"
    # (a nationality is part of the name: "Ostrelian state media")
    rf"(?:{NATIONALITY}\s+)?"
    r"(?:local|foreign|state|western|official|international|national|social)\s+media|"
    # media by their country: "Russian news agencies reported", "Israeli media said"
    rf"{NATIONALITY}\s+(?:(?:state|local|official|pro-government|opposition)\s+)?"
    r"(?:news\s+agencies|newspapers|broadcasters|media)(?!\s+(?:reports|outlets))|"
    # a broadcaster by what it is ("citing state television")
    r"(?:state|public|national|local|regional)\s+(?:television|TV|radio)(?!\s+(?:[a-z]+\s+)?[A-Z]))"
    rf"(?:\s+in\s+{_PLACE})?|(?-i:reports\s+in\s+{_PLACE})"
)


_MEDIA_WORDS = (
    r"(?:news\s+outlet|outlet|newspaper|paper|news\s+agency|agency|broadcaster|network|channel|report|daily|"
    r"website|publication|station|statement|(?:press\s+)?release(?!\s+of\b)|document|documents|journal|magazine|"
    r"newsletter|programme)"
)


# ("According to that report": the one just named)
_MEDIA_REF = (
    rf"(?:[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?|[Tt]h(?:at|is)\s+){_MEDIA_WORDS}\b"
    rf"(?!\s+(?:{_NOT_NAME_START}[{_UPPER}]|dpa\b))"
)


_UNNAMED_REF = (
    rf"[Tt]he\s+(?:unnamed\s+|anonymous\s+|same\s+|two\s+|three\s+|[a-z]+-[a-z]+\s+)?{_GROUP_NOUNS}"
    r"(?!\s+(?:familiar|close|with|briefed|at|from|for|in|of)\b)"
)


# A role without a name: "its finance director", "the company's chief financial officer".
_ROLE = (
    rf"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+['’]s|[{_UPPER}][\w-]*['’]s|[Tt]he)\s+"
    # (a nationality may tell two ministers apart: "the Kelvarian minister"; "the head of state")
    rf"(?:{NATIONALITY}\s+)?(?:(?!{_STOP})[a-z][\w-]*\s+){{0,3}}?"
    r"(?:chief\s+of\s+staff|general\s+(?:secretary|manager|counsel)|managing\s+director|director|minister|spokes(?:man|woman|person)|chief|head|chairman|chairwoman|chair|president|secretary|"
    r"governor|mayor|manager|officer|executive|lawyer|adviser|advisor|commander|founder|owner|leader|"
    r"premier|chancellor|ambassador|envoy|prosecutor|judge|coach|captain|general|admiral|colonel|author|editor|economist|"
    r"researcher|scientist|investigator|father|mother|brother|sister|son|daughter|wife|husband|widow|"
    r"uncle|aunt|cousin|grandmother|grandfather|agent|aide|head\s+of\s+(?:state|government)|"
    r"councill?or|senator|detective|inspector|superintendent|sergeant|constable|principal|headteacher|"
    r"commissioner|ombudsman|"
    # (a player or a performer by what they do: "the striker told Skyline Sports")
    r"striker|midfielder|defender|goalkeeper|keeper|winger|forward|skipper|playmaker|sprinter|"
    r"singer|actor|actress|rapper|veteran|teenager)\b(?![’'])"
    rf"(?:\s+of\s+(?:the\s+)?(?:{NATIONALITY}\s+(?:[a-z]+\s+)?ministry|{_NAME}))?"
)


# A description and then the name it describes: "the grid operator Nordnett", "State broadcaster
# CCTV", "Finance minister Lena Okoro", "union secretary Mirela Ost": the name is the source.
_DESCRIBED_NAME = (
    # (a word or two may stand before a nationality: "the independent Varkeshi outlet Kordon Monitor")
    rf"(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?:(?:independent|official|private|local|regional|national|state-run|"
    rf"state-owned|state|public|popular|influential|leading|pro-government|opposition)\s+){{1,2}}(?=[A-Z]))?"
    # (a body's name may go first: "Foreign Ministry spokesperson Mao Ning")
    rf"(?:{_NOT_NAME_START}[A-Z][\w’'-]{{0,{_WORD - 1}}}+\s+){{0,3}}"
    # ("radio show Onda Gol": a show, not a verb)
    rf"(?:(?!(?:(?<!radio )(?<!talk )(?<!chat )(?<!TV )(?<!television )show|shows|showed|say|says|said|"
    rf"reported|reports|told|tells|suggest|suggests|found|finds|"
    rf"confirmed|added|wrote|claimed|inside|within|around|near|among|across|outside|behind|beyond|under|"
    rf"over|via|against|between|through|towards?|into|about|close|he|she|they|it|we|described|called|urged|"
    rf"asked|accused|thanked|praised|named"
    # (nor a verb in the past between two names: "Judge Alastair Penhale remanded Harrow"; the words
    # in -ed that describe people stay: "retired teacher Anna Lind", "jailed activist X")
    rf"|(?=[a-z]{{3,}}ed\b)(?<=[A-Za-z] )(?<!ly )"
    rf"(?!(?:retired|elected|jailed|disgraced|embattled|celebrated|acclaimed|exiled|detained|beleaguered|"
    rf"sacked|suspended|injured|wounded|bereaved|qualified|licensed|registered|unnamed|armed|masked|"
    rf"unidentified|unemployed|married|divorced|widowed|trained|skilled|experienced|respected|talented|"
    rf"decorated|alleged|convicted|suspected|indicted|charged|imprisoned|renowned|noted|esteemed|"
    rf"appointed|designated|acting|returned|displaced|stranded|evacuated|rescued|kidnapped|abducted|"
    rf"released|freed|pardoned|deposed|ousted|embattled|veteran|seasoned|committed|devoted|concerned|"
    rf"worried|frustrated|exhausted|relieved|delighted|shocked|stunned|outraged|owned|backed|funded|"
    rf"controlled|operated|affiliated|listed|based)\b)[a-z]{{3,}}ed"
    rf")\b){_LOWER}\s+){{1,3}}(?P<described>{_NAME})"
    # (a name that qualifies a role or a document: "a senior Transport Ministry official", "a leaked
    # Treasury briefing")
    rf"(?!\s+(?:{_GROUP_NOUNS}|{_DOCUMENT_WORDS}\b))"
    # (or a group one word on: "unnamed Western intelligence officials")
    rf"(?!\s+(?!{_STOP})[a-z][\w-]*\s+{_GROUP_NOUNS}\b)"
)


# A report, study or statement by someone: the someone is the source.
_REPORT_BY = (
    r"(?:(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|study|survey|poll|statement|analysis|estimates?|figures|data|assessment|review|audit|"
    r"forecast|projections?|filing|release|calculations?|modell?ing|research|tally|count|letter)\s+(?:[\w-]+\s+){0,3}?"
    # ("figures released at the briefing by the unit")
    r"(?:(?:released|published|presented|issued|compiled)\s+(?:at|in|on|to)\s+(?:the\s+)?[\w-]+\s+(?=by\s))?"
    # (not "published ahead of Thursday's meeting"; a poll or survey "for" a medium is the medium's:
    # "the exit poll for TV Meridian")
    r"(?:(?:by|from|(?<!ahead )(?<!instead )(?<!front )of)\s+|(?<=poll for )|(?<=survey for ))"
    # what a medium printed: "an exclusive report in the Northern Clarion" (not "a report in March")
    r"|(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w-]+\s+){0,2}?(?:report|article|story|interview|editorial|piece|column)\s+"
    r"(?:in|on)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # (reports in the media at large: "according to reports in foreign media"; "reports in Seville" are
    # as written)
    r"|reports\s+in\s+(?=(?:the\s+)?(?:[a-z-]+\s+)?(?:media|press|newspapers)\b|the\s+[A-Z]))"
)


# A medium's name with what it is after it: "Yonhap news agency", "the Kurier newspaper".
_NAMED_MEDIUM = (
    rf"[Tt]he\s+(?:Sunday|Saturday|Weekend)\s+{_CAP}\b|"  # "The Sunday Dispatch"
    rf"(?:[Tt]he\s+)?{_NAME}\s+(?:news\s+agency|news\s+website|news\s+site|news\s+channel|agency|newspaper|"
    r"daily|broadcaster|television|channel|network|website|tabloid|magazine)\b"
)


# A time before the subject is no source: "A month later, the broadcaster KTV4 ... reported".
_TIME_PHRASE = (
    r"(?!(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa]\s+few|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|after|before|ago)\b)"
)


# A person referred back to by their age ("The 71-year-old said"): the last person named.
AGE_REF = r"[Tt]he\s+\d{1,3}-year-old"


_SOURCE_BODY = (
    rf"{_TIME_PHRASE}(?:{AGE_REF}(?![\w-])|{_MEDIA_REPORTS}|{_DESCRIBED_NAME}|{_UNNAMED_REF}|{_MEDIA_REF}|{_UNNAMED}|{_ROLE}|{_DOCUMENTS}|{_ORG}"
    rf"|{_NAMED_MEDIUM}|(?:[Tt]he\s+)?{_NAME}|dpa\b"
    # an account by its handle, perhaps after what it is ("Prolific leaker @ShrimpLeaks posted")
    r"|(?:[\w-]+\s+){0,3}?@\w{2,30}\b"
    # "citing A Bola": a capital "A" inside a sentence begins a name, not an article
    rf"|(?<=[a-z,] )A\s+{_NAME})"
)


_SOURCE = rf"(?P<src>{_SOURCE_BODY})"


def source(group: str) -> str:
    """The source pattern with its groups renamed (a pattern may hold several mentions)."""
    return _SOURCE.replace("?P<src>", f"?P<{group}>").replace("?P<described>", f"?P<{group}_described>")


# At most four auxiliaries and adverbs ("has also repeatedly said"): unbounded, a run of them was
# read again from every position.
_AUX = (
    r"(?:(?:has|have|had|was|were|also|later|previously|earlier|further|separately|again|then|in\s+turn|"
    r"first(?=\s+(?:reported|said|revealed|disclosed|wrote|told))|"  # ("Vestnik first reported")
    r"just|now|already|since|still|never|once|today|yesterday|long|herself|himself|themselves|itself|"
    r"last\s+(?:night|week|month)|this\s+(?:morning|week)|the\s+(?:following|next|same)\s+(?:morning|day|evening|week)|"
    r"(?:in|for)\s+(?:his|her|their|its)\s+(?:turn|part)|[a-z]{2,20}ly),?"
    r"\s+){0,4}+"
)


# Who a source tells, or whose pages carry it: a medium there is the hop before the speaker.
_LISTENER = (
    # (what a medium is to the publisher stands outside its name: "the rival Sunday Courier")
    r"(?:[Tt]he\s+(?:rival|sister|local|regional|national|weekly|daily|online|tabloid|broadsheet)\s+(?=[A-Z]))?"
    # ("quoted by the local newspaper the Selini Courier")
    r"(?:[Tt]he\s+(?:[a-z]+\s+){0,2}?(?:newspaper|daily|paper|broadcaster|agency|weekly|tabloid|channel|station|"
    r"website|magazine)\s+(?=[Tt]he\s+[A-Z]))?"
    # ("told a crew from the broadcaster TeleVeranta": the broadcaster)
    r"(?:an?\s+(?:[a-z]+\s+)?(?:crew|team|reporter|correspondent|journalist)\s+(?:from|for|of|with)\s+(?=[Tt]he\s|[A-Z]))?"
    # (a country's broadcaster by what it is: "told Qaraz state television"; "told state television"
    # alone is no hop, as the first sets have it)
    # (not one told, then the words: "told Parliament state television had been infiltrated")
    rf"(?P<listener>(?!(?:Parliament|Congress|Senate|Court|Council|Cabinet|Reporters|Journalists)\b){_CAP}\s+"
    r"(?:state|public|national)\s+(?:television|TV|radio)"
    r"(?!\s+[A-Z]|\s+(?:channel|station|network|broadcaster|news)\s+[A-Z]"
    r"|\s+(?:had|has|was|were|is|are|would|will|could)\b)"
    rf"|{_MEDIA_REF}|{_DESCRIBED_NAME.replace('described', 'ldescribed')}"
    rf"|(?:[Tt]he\s+|[Aa]n?\s+)?{_NAME}\s+(?:correspondent|reporter|journalist|crew)\b|(?:[Tt]he\s+)?{_NAME}|dpa\b"
    # a weekend paper (a day's name begins no other name: "on Sunday Reuters reported")
    rf"|(?:[Tt]he\s+)?(?:Sunday|Saturday|Weekend)\s+{_CAP}"
    # people spoken to ("spoke with two Corvane engineers"): no hop as listeners, "they" next
    rf"|(?:two|three|four|five|several|some|many|dozens\s+of)\s+{_MODIFIERS}{_GROUP_NOUNS})"
)
