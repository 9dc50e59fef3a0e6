"""How sources are mentioned: names, descriptions, unnamed sources, media, and the words that cue them.

The patterns here describe one mention each; `clauses` puts them into the frames of a sentence.
"""

import re
from functools import lru_cache

from ...scales import Cue, SourceKind

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
    r"Our|My|It|He|She|They|We|You|I|There|Here|Some|Many|Most|Several|Both|All|Speaking|Citing|"
    r"Quoting|According|Asked|The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
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
    r"the|a|an|its|their|his|her|as|after|before|while|who|which|also|would|could|will|not|"
    r"dello|della|delle|degli|del|di|da|van|von|der|den|du|des)\b"
)


_LOWER = rf"(?!{_STOP})[a-z][\w’'-]{{0,{_WORD - 1}}}+"


_MODIFIERS = rf"(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+){{0,4}}"


_GROUP_NOUNS = (
    r"(?i:officials?|sources?|people|persons?|diplomats?|insiders?|aides?|leaders|analysts?|experts?|"
    r"researchers|witnesses|residents|spokes(?:person|man|woman)|representatives?|members?|"
    r"prosecutors|investigators|organi[sz]ers|scientists|economists|doctors|medics|rescuers|"
    r"activists|campaigners|lawyers|agents|traders|midwives|nurses|workers|employees|staff|"
    r"negotiators|observers|monitors|authorities|executives|bankers|officers|engineers|forecasters|"
    r"meteorologists|paramedics|firefighters|police|delegates|participants|attendees|migrants|refugees|"
    r"victims|relatives|families|parents|students|locals|citizens|soldiers|troops|lawmakers|legislators|"
    r"senators|ministers|envoys|generals|crew|pilots|passengers|patients|survivors|mps|passenger|witness|"
    r"resident|worker|employee|lawyer|doctor|nurse|soldier|student|teacher|survivor|victim|relative|"
    r"delegate|participant|negotiator|investigator|prosecutor|engineer|pilot|villager|farmer|leader|"
    r"[a-z]{5,24}+(?:(?<=men)|(?<=people)|(?<=folk))|"
    r"banker|trader|analyst|economist|diplomat|insider|aide|official|source|executive|investor|figure|"
    r"director|commander|coordinator|administrator|supervisor|ranger|warden|pal|friend|acquaintance|master|"
    r"confidante?|mate|"
    r"manager|adviser|advisor|consultant|lobbyist|activist|campaigner|organi[sz]er|researcher|"
    r"scientist|expert|observer|monitor|staffer|contractor|supplier|broker|dealer|buyer|seller|agent|"
    r"member|owner|partner|colleague|friend|neighbou?r|medic|paramedic|rescuer|firefighter|officer|"
    r"guard|inspector|juror|voter|customer|driver|bystander|eyewitness|onlooker|protester|"
    r"demonstrator|fan|supporter|player|teammate|insurer|physician|surgeon|veteran|analysts|"
    r"(?!(?:reuters|others|numbers|orders|papers|letters|matters|waters|powers|borders|centers|quarters|headquarters|sectors|factors|colors|colours|meters|filters|computers|markets|barrels|dollars|years|hours|towers|rivers|corridors)\b)[a-z]{6,24}+(?:(?<=ers)|(?<=ors)|(?<=ists)|(?<=ians)))\b(?![’'])"
)


# One person named by what they do, after "a" or "an" ("a Dublin-based moderator", "a petrol station
# attendant"): a word ending as such nouns do, not one of the common words that end so.
_ROLE_NOUN = (
    r"(?!(?:number|member|order|letter|paper|quarter|matter|water|computer|poster|other|border|corner|sector|"
    r"factor|error|mirror|center|meter|chapter|cluster|layer|tower|river|power|finger|dinner|summer|winter|"
    r"weather|hammer|banner|barrier|trailer|container|career|minister|register|disaster|master|character|"
    r"meeting|period|vendor|motor|floor|door|tenant|statement|government|percent|moment)\b)"
    r"[a-z][a-z-]{2,20}+(?:(?<=er)|(?<=or)|(?<=ist)|(?<=ian)|(?<=ant))\b"
)


_QUALIFIER = (
    r"(?:\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|"
    r"aware\s+of|privy\s+to|working\s+on|knowledgeable\s+about|with(?=\s+(?:the\s+)?[A-Z])|"
    r"to(?=\s+the\s)|on(?=\s+the\s)|inside|within|around|near|at|from|for|in|of)"
    r"\s+(?:the\s+|[A-Z][\w-]*['’]s\s+|[a-z]+['’]s\s+)?"
    rf"(?:(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+){{0,3}}(?!{_STOP})[\w’'-]{{1,{_WORD}}}+|{_NAME})){{0,2}}"
)


# (a group noun that goes on into a name is part of the name: "the Darfur Doctors Network")
_UNNAMED = (
    rf"(?:(?:[Tt]he\s+|[Aa]n?\s+)?{_MODIFIERS}{_GROUP_NOUNS}"
    rf"|[Aa]n?\s+{_MODIFIERS}{_ROLE_NOUN})(?![ \t]+[{_UPPER}]){_QUALIFIER}"
)


_DOCUMENT_WORDS = (
    r"(?i:[Dd]ocuments?|records|minutes|emails|filings|memos?|letter|budget|dossier|files|papers|transcripts?|"
    r"data|figures|images|footage|photographs|statistics|notification|notice|decree|ruling|judgment|"
    r"indictment|lawsuit|bulletin|communiqu[eé]|circular|guidelines|contract|transcripts?|reviews?|"
    r"assessments?|audits?|drafts?|proposals?|presentations?|briefings?|spreadsheets?|invoices|logs|"
    r"cables?|diary|diaries|messages|texts|recordings?|dossiers?|documents?)"
)


_DOCUMENTS = (
    rf"(?:[Tt]he\s+|[Aa]n?\s+)?{_MODIFIERS}{_DOCUMENT_WORDS}\b"
    r"(?!\s+(?:office|bureau|agency|service|department|authority|institute|board|ministry|company))"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|board|committee|council|hearing|inquiry|talks))?"
)


_ORG_WORDS = (
    r"(?:union|ministry|government|commission|authority|operator|company|party|council|court|police|army|"
    r"military|office|department|committee|association|manufacturer|centre|center|regulator|institute|"
    r"service|agency|bureau|board|coastguard|trust|alliance|federation|fund|bank|group|organi[sz]ation|"
    r"body|embassy|administration|secretariat|cabinet|presidency|parliament|assembly|university|"
    r"hospital|firm|airline|carrier|utility|watchdog|inspectorate|prosecutor's\s+office|campaign|guard|navy|"
    r"forces|corps|branch|division|directorate|headquarters|press\s+service|press\s+office|panel|club|county|city|municipality|province|prefecture|governorate)(?:s|es)?\b"
)


# "the foreign ministry in Tallinn": where a body is, part of its description.
_ORG = (
    rf"(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+{_MODIFIERS}(?:(?!{_STOP})[\w’'-]{{1,{_WORD}}}+\s+and\s+{_MODIFIERS})?"
    rf"{_ORG_WORDS}(?![’']s)"
    rf"(?:\s+(?:in|at|of)\s+(?:the\s+)?(?:{_NAME}|experts|inquiry|judges|scientists|specialists|advisers|ports|"
    r"health|defence|defense|finance|justice|education|agriculture|transport|energy|interior|information))?"
)


_MEDIA_REPORTS = (
    r"(?i:(?:(?:several|some|many|multiple|local|foreign|state|western|official|international|national)\s+)?"
    r"(?:media|press|news)\s+reports|"
    r"(?:local|foreign|state|western|official|international|national|social)\s+media)"
    rf"(?:\s+in\s+{_CAP})?|(?-i:reports\s+in\s+{_CAP})"
)


_MEDIA_WORDS = (
    r"(?:news\s+outlet|outlet|newspaper|paper|news\s+agency|agency|broadcaster|network|channel|report|daily|"
    r"website|publication|station|statement|document|documents|journal|magazine)"
)


_MEDIA_REF = rf"[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{_MEDIA_WORDS}\b(?!\s+(?:{_NOT_NAME_START}[{_UPPER}]|dpa\b))"


_UNNAMED_REF = (
    rf"[Tt]he\s+(?:unnamed\s+|anonymous\s+|same\s+|two\s+|three\s+|[a-z]+-[a-z]+\s+)?{_GROUP_NOUNS}"
    r"(?!\s+(?:familiar|close|with|briefed|at|from|for|in|of)\b)"
)


# A role without a name: "its finance director", "the company's chief financial officer".
_ROLE = (
    rf"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+['’]s|[{_UPPER}][\w-]*['’]s|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
    r"(?:director|minister|spokes(?:man|woman|person)|chief|head|chairman|chairwoman|chair|president|secretary|"
    r"governor|mayor|manager|officer|executive|lawyer|adviser|advisor|commander|founder|owner|leader|"
    r"premier|chancellor|ambassador|envoy|prosecutor|judge|coach|captain|general)\b(?![’'])"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME})?"
)


# A description and then the name it describes: "the grid operator Nordnett", "State broadcaster
# CCTV", "Finance minister Lena Okoro", "union secretary Mirela Ost": the name is the source.
_DESCRIBED_NAME = (
    rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_NOT_NAME_START}[A-Z][\w’'-]{{0,{_WORD - 1}}}+\s+)?"
    rf"(?:(?!(?:show|shows|showed|say|says|said|reported|reports|told|tells|suggest|suggests|found|finds|"
    rf"confirmed|added|wrote|claimed)\b){_LOWER}\s+){{1,3}}(?P<described>{_NAME})"
)


# A report, study or statement by someone: the someone is the source.
_REPORT_BY = (
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:report|study|survey|poll|statement|analysis|estimates?|figures|data|assessment|review|audit|"
    r"forecast|projections?|filing|release)\s+(?:[\w-]+\s+){0,3}?(?:by|from|of)\s+"
)


# A medium's name with what it is after it: "Yonhap news agency", "the Kurier newspaper".
_NAMED_MEDIUM = (
    rf"[Tt]he\s+(?:Sunday|Saturday|Weekend)\s+{_CAP}\b|"  # "The Sunday Dispatch"
    rf"(?:[Tt]he\s+)?{_NAME}\s+(?:news\s+agency|news\s+website|news\s+site|news\s+channel|agency|newspaper|"
    r"daily|broadcaster|television|channel|network|website|tabloid|magazine)\b"
)


_SOURCE_BODY = (
    rf"{_MEDIA_REPORTS}|{_DESCRIBED_NAME}|{_UNNAMED_REF}|{_MEDIA_REF}|{_UNNAMED}|{_ROLE}|{_ORG}|{_DOCUMENTS}"
    rf"|{_NAMED_MEDIUM}|(?:[Tt]he\s+)?{_NAME}|dpa\b"
)


_SOURCE = rf"(?P<src>{_SOURCE_BODY})"


def source(group: str) -> str:
    """The source pattern with its groups renamed (a pattern may hold several mentions)."""
    return _SOURCE.replace("?P<src>", f"?P<{group}>").replace("?P<described>", f"?P<{group}_described>")


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
    "called for": Cue.SAID,
    "called on": Cue.SAID, "described": Cue.SAID, "found": Cue.SAID, "finds": Cue.SAID,
    "repeated": Cue.SAID, "called": Cue.SAID, "branded": Cue.SAID, "dubbed": Cue.SAID, "labelled": Cue.SAID,
    "labeled": Cue.SAID, "termed": Cue.SAID, "suggest": Cue.SAID, "indicate": Cue.SAID, "reveal": Cue.SAID,
    "predict": Cue.SAID,
    "posted": Cue.SAID, "replied": Cue.SAID, "responded": Cue.SAID, "recalled": Cue.SAID,
    "conceded": Cue.SAID, "cautioned": Cue.SAID, "maintained": Cue.SAID, "testified": Cue.SAID,
    "concluded": Cue.SAID, "projected": Cue.SAID,
    "announced": Cue.STATED, "announces": Cue.STATED,
    "told": Cue.TOLD, "tells": Cue.TOLD, "added": Cue.ADDED, "adds": Cue.ADDED,
    "stated": Cue.STATED, "states": Cue.STATED, "confirmed": Cue.CONFIRMED, "confirms": Cue.CONFIRMED,
    "denied": Cue.SAID, "denies": Cue.SAID, "show": Cue.OTHER, "shows": Cue.OTHER, "showed": Cue.OTHER,
}  # fmt: skip


# Verbs that also take a plain object ("declared a state of emergency", "denies four counts of
# corruption"): a cue only before "that", a quotation or a colon, or after the content.
NEEDS_CLAUSE = frozenset(
    ["described", "found", "finds", "repeated", "called", "branded", "dubbed", "labelled", "labeled",
     "termed",
     "declared", "highlighted", "signalled", "signaled", "mentioned", "hinted", "denied", "denies",
     "assured", "reiterated", "underlined", "underscored", "lamented", "protested", "objected",
     "complained", "indicated", "indicates", "acknowledged", "admitted", "stressed", "emphasised",
     "emphasized", "alleged", "alleges"]
)  # fmt: skip


_VERB_WORDS = (
    r"(?:(?:went|goes|go)\s+on\s+to\s+say|" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")\b"
)


_VERB = rf"(?P<verb>{_VERB_WORDS})"


# At most four auxiliaries and adverbs ("has also repeatedly said"): unbounded, a run of them was
# read again from every position.
_AUX = (
    r"(?:(?:has|have|had|was|were|also|later|previously|earlier|further|separately|again|then|in\s+turn|"
    r"just|now|already|since|still|never|once|today|yesterday|"
    r"(?:in|for)\s+(?:his|her|their|its)\s+(?:turn|part)|[a-z]{2,20}ly),?"
    r"\s+){0,4}+"
)


# Who a source tells, or whose pages carry it: a medium there is the hop before the speaker.
_LISTENER = (
    rf"(?P<listener>{_MEDIA_REF}|{_DESCRIBED_NAME.replace('described', 'ldescribed')}"
    rf"|(?:[Tt]he\s+|[Aa]n?\s+)?{_NAME}\s+(?:correspondent|reporter|journalist|crew)\b|(?:[Tt]he\s+)?{_NAME}|dpa\b)"
)


# Descriptions made only of a title ("the minister", "the spokesman") that refer back to a person.
PERSON_TITLES = (
    "minister|president|director|administrator|executive|premier|governor|secretary|chancellor|mayor|"
    "senator|general|ambassador|commissioner|chairman|chairwoman|chair|chairperson|chief|spokesman|"
    "spokeswoman|spokesperson|dr|mr|mrs|ms|prof|professor|judge|inspector|superintendent|captain|colonel|"
    "lieutenant|sergeant|officer|editor|ceo|cfo|coo|cto|leader|speaker|prosecutor|king|queen|prince|"
    "princess|sheikh|emir|pope|bishop|archbishop|rabbi|imam|pastor|reverend|deputy|vice|justice|analyst|"
    "candidate|secretary-general|lawyer|attorney|barrister|solicitor|counsel|resident|mp|msp|mep|mla|"
    "councillor|councilor|councilman|councilwoman|alderman|congressman|congresswoman|assemblyman|"
    "assemblywoman|representative|organiser|organizer|detective|constable|commander|admiral|brigadier|"
    "marshal|economist|strategist|envoy|consul|adviser|advisor|founder|co-founder|owner|boss|head|manager|"
    "coach|striker|midfielder|defender|goalkeeper|winger|skipper|researcher|scientist|epidemiologist|"
    "virologist|seismologist|meteorologist|physicist|engineer|surgeon|nurse|midwife|teacher|headteacher|"
    "dean|rector|provost|activist|campaigner|ombudsman|auditor|treasurer|commissioner|lord|lady|sir|dame|"
    "baroness|baron|colleague|author|columnist|historian|chef|coroner|sheriff|magistrate|registrar|lt|sgt|capt|col|gen|maj|cmdr|adm|det|insp|"
    "supt|rep|sen|gov|amb|cllr|hon"
)


_TITLE_WORD = re.compile(rf"^(?:{PERSON_TITLES})\.?$", re.I)


_MEDIA_NAMES = re.compile(
    r"(news|times|post|press|\btv\b|radio|agency|reuters|afp|bloomberg|associated press|\bap\b|xinhua|tass|"
    r"anadolu|bbc|cnn|journal|herald|guardian|telegraph|gazette|courier|tribune|chronicle|examiner|ledger|"
    r"\bria\b|novosti|interfax|al jazeera|sputnik|irna|isna|fars|tasnim|yonhap|kcna|kyodo|dpa|\bepa\b|"
    r"\bntv\b|cctv|\btrt\b|rtve|\brai\b|nhk|\babc\b|\bnbc\b|\bcbs\b|\bnpr\b|globalsecurity|daily|weekly|"
    r"television|spiegel|kommersant|vedomosti|izvestia|le monde|figaro|el pa[ií]s|haaretz|asahi|nikkei|"
    r"yomiuri|mainichi|politico|axios|semafor|economist|lancet|magazine|kurier|postimees|aftenposten)"
    # outlets the text may name without saying what they are, as whole words (not "Vice Premier",
    # "Dr", the "Independent Electoral Commission" or "Standard Chartered")
    r"|\b(?:mirror|mailonline|inquirer|dispatch|sentinel|mercury|advertiser|itv|rt[eé]|gazzetta|corriere|"
    r"repubblica|stampa|zeitung|tagesschau|zdf|pravda|kathimerini|h[uü]rriyet|ndtv|straits times|"
    r"bangkok post|kompas|clar[ií]n|folha|globo|sanomat|iltalehti|yle|svt|nrk|lrt|orf|srf|rtl|rtp|tve|"
    r"ctk|ntb|"
    r"bta|wafa|bernama|antara|kazinform|akipress|belta|ukrinform|unian|tanjug|rundschau|allgemeine|"
    r"handelsblatt|bild|blick|nieuws|dagblad|telegraaf|volkskrant|standaard|avisen|posten|aftonbladet|"
    r"expressen|politiken|berlingske|noviny|gazeta|wyborcza|rzeczpospolita|milliyet|cumhuriyet|"
    r"di[aá]rio|jornal|messaggero|vanguardia|lib[eé]ration|parisien|le soir|marca|ol[eé]|a bola|o jogo|"
    r"l[’']?[eé]quipe|kicker|tuttosport|lusa|agerpres|vtv|akp|montsame|ana-mpa|page six|tmz|buzzfeed|"
    r"wired|the verge|techcrunch|engadget|mashable|business insider|cnbc|msnbc|pbs|c-span|telemundo|"
    r"univision)\b",
    re.I,
)


_AGENCY_NAMES = re.compile(
    r"(news agency|reuters|afp|bloomberg|associated press|\bap\b|xinhua|tass|anadolu|interfax|\bria\b|"
    r"novosti|irna|isna|fars|tasnim|yonhap|kcna|kyodo|\bdpa\b|\bepa\b|\bansa\b|\befe\b|\bpti\b|bernama|antara)",
    re.I,
)


_BROADCASTER_NAMES = re.compile(
    r"(\btv\b|radio|bbc|cnn|al jazeera|\bntv\b|cctv|\btrt\b|rtve|\brai\b|nhk|\babc\b|\bnbc\b|\bcbs\b|\bnpr\b|"
    r"channel|broadcast|television|\bsky\b|france 24|euronews|\bdw\b|\bitv\b|\brt[eé]\b|\bfm\b|\bzdf\b|"
    r"\bard\b|ndtv|tagesschau|affiliate|(?-i:\b[KW][A-Z]{2,3}\b))",
    re.I,
)


_OFFICIAL_NAMES = re.compile(
    r"(ministry|government|department|pentagon|white house|kremlin|congress|parliament|senate|council|army|"
    r"military|police|ankara|washington|moscow|beijing|tehran|london|paris|berlin|kyiv|nato|united nations|"
    r"\bun\b|european union|\beu\b|commission|office|embassy|administration|rosoboronexport|chiefs of staff|"
    r"service|bureau|institute|authority|agency|coastguard|prosecutor|court)",
    re.I,
)


@lru_cache(maxsize=4096)  # asked of the same names again and again as a text is read
def guess_kind(name: str) -> str:
    lowered = name.lower()
    if re.search(rf"\b{_DOCUMENT_WORDS}$", lowered):
        return SourceKind.DOCUMENT
    if re.fullmatch(_MEDIA_REPORTS, lowered):
        return SourceKind.UNNAMED
    # A medium's name first ("Reuters" is no group of "reut-ers"), unless the name is a group of
    # people at or from it ("two people familiar with the Bloomberg report").
    described_group = re.search(r"(?:^|\s)[a-z]", name) and re.match(
        rf"(?:\w+\s+){{0,3}}?{_GROUP_NOUNS}", lowered
    )
    if _AGENCY_NAMES.search(name) and not described_group:
        return SourceKind.NEWS_AGENCY
    if _MEDIA_NAMES.search(name) and not described_group:
        return SourceKind.OUTLET
    # A group noun in lower case or first ("two people familiar with ...", "Witnesses"): a surname
    # such as "Ahlers" or "Summers" is no group.
    uncapitalised = " ".join(w if i == 0 or not w[:1].isupper() else "X" for i, w in enumerate(name.split()))
    if re.search(rf"(?:^|\s){_GROUP_NOUNS}", uncapitalised.lower().replace(" x", " X")) and not re.search(
        r"\bpolice$", lowered
    ):
        return SourceKind.UNNAMED
    if _OFFICIAL_NAMES.search(name):
        return SourceKind.OFFICIAL_BODY
    words = name.split()
    if words and _TITLE_WORD.match(words[0]):
        return SourceKind.NAMED_PERSON
    if (
        len(words) in (2, 3)
        and all(w[:1].isupper() for w in words)
        and not any(
            w.lower().strip(".,") in _NOT_PERSON_WORDS or re.fullmatch(_ORG_WORDS, w.lower()) for w in words
        )
    ):
        return SourceKind.NAMED_PERSON
    return SourceKind.OTHER


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_COMPANY_SUFFIXES = _word_set(
    """homes group holdings partners capital bank airways airlines motors foods pharma energy power steel
    mining resources technologies tech labs laboratories systems networks media studios entertainment
    logistics shipping lines telecom insurance solutions industries corporation company co inc ltd llc
    plc ag sa gmbh ventures investments properties estates developments construction builders electric
    electronics chemicals petroleum semiconductors therapeutics biosciences biotech pharmaceuticals
    software digital robotics automotive aerospace utilities water"""
)


_CLUB_SUFFIXES = _word_set(
    """fc rovers united city athletic wanderers rangers albion town county hotspur villa olympic sporting
    rovers club"""
)


# The words by which a text refers back to a name ending so: "the company" is Calder Robotics,
# "the club" Harbourside Rovers.
NAMED_BY_NOUN = {
    "company": _COMPANY_SUFFIXES,
    "club": _CLUB_SUFFIXES,
}


def is_company(name: str) -> bool:
    """A name of two to five capitalised words ending in a company's word ("Greenhaven Homes")."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in _COMPANY_SUFFIXES
    )


# Words in a name of two or three capitalised words that make it an organisation's, not a person's
# ("Greenhaven Homes", "World Health Organization", "Sky Sport Italia").
_NOT_PERSON_WORDS = _word_set(
    """homes group holdings partners capital bank banking airways air airlines motors foods pharma energy
    power steel mining resources technologies tech labs laboratories systems networks media studios
    entertainment logistics shipping lines rail railways telecom insurance solutions industries
    international corporation company co inc ltd llc plc ag sa gmbh ventures investments properties
    estates developments construction builders electric electronics chemicals petroleum oil gas
    semiconductors therapeutics biosciences biotech health healthcare pharmaceuticals software digital
    robotics automotive aerospace defence defense water utilities transport trust fund foundation
    association society club united city rovers fc athletic sporting world national global royal
    federal state county district regional central general public republic kingdom federation union
    council ministry agency authority institute university college school hospital clinic church
    news times post press radio television tv sport sports daily weekly online network channel
    centre center airport station advisory consulting consultants associates management services trading
    partnership brewery hospital minera mining sa sas spa nv bv ltda sab tbk pt bhd berhad oy ab asa"""
)


# Outlets whose name ends in a common word: "the Kyiv Independent", "The Sun", "the Evening Standard".
_MEDIA_LAST_WORD = re.compile(
    r"(?:^|\s)(?:independent|sun|mail|express|standard|observer|monitor|globe|echo|record|metro|mirror|"
    r"insider|star|voice|bulletin|review|today|online)$",
    re.I,
)


@lru_cache(maxsize=4096)
def media_type(name: str, kind: str) -> str | None:
    """ "agency", "broadcaster" or "newspaper" (the words a text uses to refer back to it), or None."""
    if kind == SourceKind.NEWS_AGENCY or _AGENCY_NAMES.search(name) or re.search(r"\bagency\b", name, re.I):
        return "agency"
    if _BROADCASTER_NAMES.search(name):
        return "broadcaster"
    if kind == SourceKind.OUTLET or _MEDIA_NAMES.search(name) or _MEDIA_LAST_WORD.search(name):
        return "newspaper"
    return None


# The media words of a reference back, by the type they name (None: any medium).
MEDIA_REF_TYPES = {
    "agency": "agency",
    "news agency": "agency",
    "wire service": "agency",
    "broadcaster": "broadcaster",
    "network": "broadcaster",
    "channel": "broadcaster",
    "station": "broadcaster",
    "newspaper": "newspaper",
    "paper": "newspaper",
    "daily": "newspaper",
    "journal": "newspaper",
    "magazine": "newspaper",
    "affiliate": "broadcaster",
    "tabloid": "newspaper",
}


def is_title(word: str) -> bool:
    return bool(_TITLE_WORD.match(word))


def cut_workplace(name: str) -> str:
    """ "Petra Lang of Marlow Research", introduced by a person's title, is Petra Lang."""
    words = name.split()
    if "of" in words[2:4]:
        return " ".join(words[: words.index("of")])
    return name


def strip_title(name: str) -> str:
    """ "Finance Minister Lena Okoro" is Lena Okoro, "Dr Helen Marsh" Helen Marsh: the words after the
    last title, when one to six capitalised words follow it. Where the title has its office after it
    ("Secretary of State Marco Rubio", "Minister of Emergency Situations of the Russian Federation
    Pavel Kovalenko") the person is the last two words; where the person has a workplace after them
    ("Chief Inspector Markus Leitner of the Federal Bureau") the person is the words before "of"."""
    words = name.split()
    last = -1
    for index, word in enumerate(words[:-1]):
        if _TITLE_WORD.match(word):
            last = index
    if last < 0:
        return name
    rest = words[last + 1 :]
    if any(re.fullmatch(_ORG_WORDS, w.lower()) for w in rest if w[:1].isupper()) and len(rest) <= 3:
        return name  # "General Election Commission"
    if rest[0] in ("of", "for"):  # the office comes after the title, the person after the office
        if not words[last][:1].isupper() or (last and re.fullmatch(_ORG_WORDS, words[last - 1].lower())):
            return name  # "Directorate General of Civil Aviation": a body, not a title
        lower = max(i for i, w in enumerate(rest) if not w[:1].isupper())
        tail = rest[lower + 1 :]
        # the office's words, then the person ("Secretary of State Marco Rubio", "Deputy Minister of
        # Agriculture and Environment Le Thi Thu Van"); a name of two words at least
        # ("spokesperson for the European Commission" names no person)
        office = [i for i, w in enumerate(tail) if re.sub(r"['’]s$", "", w).lower() in _OFFICE_WORDS]
        person = tail[office[-1] + 1 :] if office else tail[-2:] if len(tail) > 2 else []
        # (four words only of short syllables, as "Le Thi Thu Van": else the last two)
        short = len(person) == 4 and all(len(w) <= 5 for w in person)
        rest = person if 2 <= len(person) <= 3 or short else tail[-2:] if len(tail) > 2 else []
        named = " ".join(rest)
        if rest and (len(rest) == 4 or guess_kind(named) == SourceKind.NAMED_PERSON) is False:
            return name  # "spokesman for Harlow Lane Homes": no person named
    elif any(not _name_word(w) for w in rest):
        first_lower = next(i for i, w in enumerate(rest) if not _name_word(w))
        rest = rest[:first_lower] if rest[first_lower] in ("of", "at", "from") else []
    if 1 <= len(rest) <= 6 and all(map(_name_word, rest)):
        return " ".join(rest)
    return name


# The words of an office between a title and a person's name.
_OFFICE_WORDS = _word_set(
    """agriculture environment finance defence defense interior justice health education transport energy
    trade industry labour labor foreign affairs economy economic planning development culture tourism science
    technology communications information emergency emergencies situations security home treasury state
    council committee commission federation republic kingdom province provincial region regional people
    ministers cabinet bureau party central political standing national assembly congress senate parliament
    works resources water meteorology natural ministry department office agency authority corporation
    company group bank fund board court staff forces army navy police union government administration
    services affairs environmental protection infrastructure housing welfare social sports youth women
    concern"""
)


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _PARTICLES or word.startswith("al-")


_PARTICLES = {"de", "da", "del", "van", "von", "bin", "al", "dela", "la", "le", "di", "du", "ibn", "abu"}
