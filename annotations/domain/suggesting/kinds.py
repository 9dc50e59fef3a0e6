"""What a name is: a person, a body, a group, a document or a medium (and which kind of medium), and
the person a titled name is ("Finance Minister Lena Okoro" is Lena Okoro)."""

import re
from functools import lru_cache

from ...scales import SourceKind
from .mentions import _DOCUMENT_WORDS, _GROUP_NOUNS, _MEDIA_REPORTS, _ORG_WORDS

# Descriptions made only of a title ("the minister", "the spokesman") that refer back to a person.
PERSON_TITLES = (
    "minister|president|director|administrator|executive|premier|governor|secretary|chancellor|mayor|"
    "senator|general|ambassador|commissioner|chairman|chairwoman|chair|chairperson|chief|spokesman|"
    "spokeswoman|spokesperson|dr|mr|mrs|ms|miss|mx|prof|professor|judge|inspector|superintendent|captain|colonel|"
    "lieutenant|sergeant|officer|editor|ceo|cfo|coo|cto|leader|speaker|prosecutor|king|queen|prince|"
    "princess|sheikh|emir|pope|bishop|archbishop|rabbi|imam|pastor|reverend|deputy|vice|justice|analyst|"
    "candidate|secretary-general|lawyer|attorney|barrister|solicitor|counsel|resident|mp|msp|mep|mla|"
    # police ranks as abbreviated ("DI Walsh", "DCI John Smith", "PC Amy Jones"), a whip
    "di|dci|ds|dsi|dsu|pc|wpc|whip|"
    "councillor|councilor|councilman|councilwoman|alderman|congressman|congresswoman|assemblyman|"
    "assemblywoman|representative|organiser|organizer|detective|constable|commander|admiral|brigadier|"
    "marshal|economist|strategist|envoy|consul|adviser|advisor|founder|co-founder|owner|boss|head|manager|"
    "coach|striker|midfielder|defender|goalkeeper|winger|skipper|researcher|scientist|epidemiologist|"
    "virologist|seismologist|meteorologist|physicist|engineer|surgeon|nurse|midwife|teacher|headteacher|"
    "dean|rector|provost|activist|campaigner|ombudsman|auditor|treasurer|commissioner|lord|lady|sir|dame|"
    # what a person in the news is ("Survivor Amir Halloran", "Passenger Ruth Okafor")
    "survivor|passenger|student|witness|eyewitness|villager|farmer|pensioner|commuter|motorist|shopper|"
    "volunteer|patient|victim|worker|nurse|driver|fan|forecaster|astronomer|geologist|biologist|"
    # and by trade, in a newspaper's way ("Fisherman Anders Pell", "Promoter Halcyon Live")
    "fisherman|fisherwoman|promoter|shopkeeper|landlord|landlady|homeowner|tenant|photographer|singer|"
    "actor|actress|musician|artist|designer|architect|builder|plumber|electrician|firefighter|paramedic|"
    "pilot|sailor|soldier|veteran|trader|investor|entrepreneur|businessman|businesswoman|developer|"
    "publican|retailer|commentator|presenter|blogger|comedian|novelist|poet|playwright|filmmaker|"
    "consultant|contractor|carer|mechanic|caretaker|jockey|cyclist|referee|umpire|"
    "drummer|bassist|guitarist|pianist|violinist|cellist|saxophonist|keyboardist|vocalist|rapper|producer|"
    "composer|conductor|dancer|choreographer|painter|sculptor|butcher|brewer|gardener|waiter|waitress|"
    "barista|bartender|hairdresser|cabbie|postman|postwoman|shepherd|crofter|miner|welder|publicist|"
    "baroness|baron|colleague|author|columnist|historian|chef|coroner|sheriff|magistrate|registrar|lt|sgt|capt|col|gen|maj|cmdr|adm|det|insp|"
    # (ranks joined by a hyphen, as translated state media write them: "Col-Gen Teodor Marek")
    "col-gen|lt-gen|maj-gen|lt-col|brig-gen|vice-adm|rear-adm|agent|librarian|"
    "supt|rep|sen|gov|amb|cllr|hon|headliner|academician|astronaut|cosmonaut|athlete|sprinter|swimmer|boxer|"
    "golfer|climber|mountaineer|diplomat|correspondent|journalist|organisers|organizers|olympian|major|dj|"
    "sous-chef"
)


# Abbreviated titles in full, for "the councillor" after "Cllr Priya Hanlon".
TITLE_IN_FULL = {
    "cllr": "councillor", "gov": "governor", "sen": "senator", "rep": "representative", "det": "detective",
    "insp": "inspector", "supt": "superintendent", "capt": "captain", "col": "colonel", "gen": "general",
    "lt": "lieutenant", "sgt": "sergeant", "prof": "professor", "cmdr": "commander", "adm": "admiral",
    "maj": "major", "amb": "ambassador", "di": "inspector", "dci": "inspector", "pc": "constable",
    "justice": "judge",  # ("Mrs Justice Harriet Moreland": "the judge")
}  # fmt: skip


_TITLE_WORD = re.compile(rf"^(?:{PERSON_TITLES})\.?$", re.I)


_MEDIA_NAMES = re.compile(
    r"(news|times|post|press|\btv\b|radio|radyo|r[aá]dio|agency|wire\b|reuters|afp|bloomberg|"
    r"associated press|\bap\b|website|podcast|"
    r"xinhua|tass|"
    r"anadolu|bbc|cnn|journal|herald|guardian|telegraph|gazette|courier|tribune|chronicle|examiner|ledger|"
    r"\bria\b|novosti|interfax|al jazeera|sputnik|irna|isna|fars|tasnim|yonhap|kcna|kyodo|dpa|\bepa\b|"
    r"\bntv\b|cctv|\btrt\b|rtve|\brai\b|nhk|\babc\b|\bnbc\b|\bcbs\b|\bnpr\b|globalsecurity|daily|weekly|"
    r"television|spiegel|kommersant|vedomosti|izvestia|le monde|figaro|el pa[ií]s|haaretz|asahi|nikkei|"
    r"yomiuri|mainichi|politico|axios|semafor|economist|lancet|magazine|kurier|postimees|aftenposten|"
    r"\bannals\b)"
    # outlets the text may name without saying what they are, as whole words (not "Vice Premier",
    # "Dr", the "Independent Electoral Commission" or "Standard Chartered")
    r"|\b(?:mirror|mailonline|inquirer|dispatch|sentinel|mercury|advertiser|itv|rt[eé]|gazzetta|corriere|"
    r"repubblica|stampa|zeitung|tagesschau|zdf|pravda|kathimerini|h[uü]rriyet|ndtv|straits times|"
    r"bangkok post|kompas|clar[ií]n|folha|globo|sanomat|iltalehti|yle|svt|nrk|lrt|orf|srf|rtl|rtp|tve|"
    r"ctk|ntb|"
    # the words of newspapers' names in other languages ("Le Matin de Montréal", "La Voz de Galicia")
    r"matin|soir|voix|d[eé]p[eê]che|quotidien|nouvelliste|voz|correo|mundo|naci[oó]n|prensa|heraldo|"
    r"peri[oó]dico|noticias|not[ií]cias|p[uú]blico|expresso|giornale|nazione|nyheter|tidning|tidende|"
    r"dagbladet|krant|kurir|vesti|dnevnik|novine|listy|hlas|g[lł]os|glas|sabah|ak[sş]am|posta|"
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
    # (an acronym ending in TV or FM: "BTV Westmoor", "CityTV")
    r"\bard\b|ndtv|tagesschau|affiliate|(?-i:\b[KW][A-Z]{2,3}\b)|(?-i:\w(?:TV|FM)\b))",
    re.I,
)


_OFFICIAL_NAMES = re.compile(
    # (short words whole: "Anatol Vrenik" is no NATO, "Courtney Hale" no court)
    r"(ministry|government|department|pentagon|white house|kremlin|congress|parliament|senate|council|"
    r"\barmy\b|military|police|\b(?:ankara|washington|moscow|beijing|tehran|london|paris|berlin|kyiv|nato)\b|"
    r"united nations|"
    r"\bun\b|european union|\beu\b|commission|office|embassy|administration|rosoboronexport|chiefs of staff|"
    r"service|bureau|institute|authority|agency|coastguard|prosecutor|\bcourts?\b|emergency management|"
    r"general staff|armed forces|defen[cs]e forces|central bank|\bbank of\b)",
    re.I,
)


# A body's name that begins with the people it is of ("Doctors Without Borders", "Parents for Safe Roads").
_GROUP_FIRST = re.compile(
    r"(?:Doctors|Reporters|Engineers|Lawyers|Physicians|Mothers|Fathers|Friends|Veterans|Families|Citizens|"
    r"Students|Workers|Farmers|Parents|Scientists|Teachers|Nurses|Residents|Campaigners|Women|Men)\b"
)


# A body named for what it writes: "the Hallam Institute for Strategic Studies" is no study.
_BODY_OF_DOCUMENTS = re.compile(
    r"\b(?:Institute|Centre|Center|School|Department|Faculty|Council|Foundation|Society|Office|Bureau)"
    r"\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*$"
)


# A document named with what was done to it: "accounts filed with the Charities Oversight Commission",
# "a psychiatric report prepared for the defence" (whoever it was filed with is no part of its kind).
_DOCUMENT_THEN_PARTICIPLE = re.compile(
    rf"(?:[\w’'-]+\s+){{0,3}}?{_DOCUMENT_WORDS}\s+(?:filed|lodged|prepared|compiled|obtained|submitted|"
    r"drawn\s+up|commissioned|presented|handed|sent|circulated|released|published)\b"
)


@lru_cache(maxsize=4096)  # asked of the same names again and again as a text is read
def guess_kind(name: str) -> str:
    lowered = name.lower()
    if re.search(rf"\b{_DOCUMENT_WORDS}$", lowered) and not _BODY_OF_DOCUMENTS.search(name):
        return SourceKind.DOCUMENT
    if _DOCUMENT_THEN_PARTICIPLE.match(lowered):
        return SourceKind.DOCUMENT  # "accounts filed with the Charities Oversight Commission"
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
    proper = len(words := name.split()) > 1 and all(
        w[:1].isupper() or w in ("of", "the", "and", "for", "on", "&") for w in words
    )  # ("Police Standards Authority" is a body's name, not police)
    if re.search(rf"(?:^|\s){_GROUP_NOUNS}", uncapitalised.lower().replace(" x", " X")) and not re.search(
        r"\bpolice$", lowered
    ):
        if not proper:
            return SourceKind.UNNAMED
        if _GROUP_FIRST.match(name) and not _OFFICIAL_NAMES.search(name):
            return SourceKind.OTHER  # ("Doctors Without Borders"; "Armen Tashvili" is a person)
    if re.fullmatch(r"(?:one|another|an?)\s+(?:[a-z][\w-]*\s+){0,2}minister", lowered):
        return SourceKind.UNNAMED  # "one cabinet minister": a minister not named
    if _OFFICIAL_NAMES.search(name):
        return SourceKind.OFFICIAL_BODY
    words = name.split()
    if words and _TITLE_WORD.match(words[0]):
        return SourceKind.NAMED_PERSON
    if len(words) in (2, 3) and words[-1].lower() in _COMPANY_SUFFIXES - _SURNAME_SUFFIXES:
        return SourceKind.OTHER  # "Lusterra Minerals", "Halden Mobility": a company, not a person
    # (a name's small words: "Faisal bin Rashid al-Mahri", "Ursula von der Leyen")
    core = [re.sub(r"^(?:al|el)-", "", w) for w in words if w not in _PARTICLES and w != "der"]
    if (
        2 <= len(core) <= 3
        and len(words) - len(core) <= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() for w in core)
        and not any(
            w.lower().strip(".,") in _NOT_PERSON_WORDS or re.fullmatch(_ORG_WORDS, w.lower()) for w in core
        )
    ):
        return SourceKind.NAMED_PERSON
    return SourceKind.OTHER


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_COMPANY_SUFFIXES = _word_set(
    """homes group holdings partners capital bank airways airlines motors foods pharma energy power steel
    mining resources technologies tech labs laboratories systems networks media studios entertainment
    logistics shipping lines telecom insurance solutions industries corporation company co inc ltd llc llp
    plc ag sa gmbh ventures investments properties estates developments construction builders electric
    electronics chemicals petroleum semiconductors therapeutics biosciences biotech pharmaceuticals
    software digital robotics automotive aerospace utilities water paper pulp mills cement metals oil
    brewery breweries brewing textiles apparel seafood dairy beverages cosmetics payments medical mobility
    devices instruments retail stores brands games cloud communications telecommunications engineering
    services packaging appliances products goods supplies furniture tools toys farms fisheries freight
    trucking hotels resorts restaurants outfitters minerals biologics buses coaches ferries trains engines
    aviation works foundry shipyards yards"""
)


# Words that end a company's name but also people's ("Samantha Power", "David Steel", "John Mills")
_SURNAME_SUFFIXES = _word_set(
    "power steel mills lines paper water co ag sa digital media games goods tools toys"
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
    "airline": _word_set("airways airlines air aviation"),
    "carrier": _word_set("airways airlines air aviation"),
    "utility": _word_set("energy power electric electricity water gas grid utilities"),
}


_ORGANISATION_FIRST = _word_set("grupo groupe gruppo gruppe groep banco banca banque team")


_STAFF_OR_FORCES = re.compile(r"\b(?:General\s+Staff|Armed\s+Forces|Defen[cs]e\s+Forces)$")


def is_organisation(name: str) -> bool:
    """A company or a body by its name ("Grupo Alvira", "Nordvalo Paper", "Port Authority"), not a
    place or a person: what "it" after a sentence's content ("..., it said") may be."""
    words = name.split()
    return (
        is_company(name)
        or (bool(words) and words[0].lower() in _ORGANISATION_FIRST)
        or any(re.fullmatch(_ORG_WORDS, w.lower()) for w in words[1:])
        # ("Ministry of Health", "Department for Education")
        or (len(words) > 2 and words[1] in ("of", "for") and bool(re.fullmatch(_ORG_WORDS, words[0].lower())))
        or bool(_STAFF_OR_FORCES.search(name))  # ("the Varennian General Staff")
    )


def nouns_naming(name: str) -> list[str]:
    """The nouns a text refers back to this name by ("Calder Robotics": company; "Harbourside
    Rovers": club; "Corvia Airways": airline, carrier), by its last word."""
    words = name.split()
    last = words[-1].lower() if words else ""
    return [noun for noun, suffixes in NAMED_BY_NOUN.items() if last in suffixes]


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
    partnership brewery hospital minera mining sa sas spa nv bv ltda sab tbk pt bhd berhad oy ab asa
    markets securities research analytics data exchange brokers advisers advisors economics"""
)


# Outlets whose name ends in a common word: "the Kyiv Independent", "The Sun", "the Evening Standard".
_MEDIA_LAST_WORD = re.compile(
    r"(?:^|\s)(?:independent|sun|mail|express|standard|observer|monitor|globe|echo|record|metro|mirror|"
    r"insider|star|voice|bulletin|review|today|online|clarion|sentinel|dispatch|despatch|inquirer|enquirer|"
    r"messenger|bugle|argus|gleaner|courant|spectator|telegram|tablet)$"
    # ("Skyline Sports", not the "Ministry of Health and Sports")
    r"|(?<!\band)(?<!\bof)(?<!\bfor)\s+sports?$",
    re.I,
)


_PEOPLE_AT = re.compile(
    r"(?:(?:two|three|four|several|some|many|senior|junior|an?|one)\s+)*(?:[a-z-]+\s+)?(?:officials?|sources?|"
    r"people|staff|employees?|workers?|managers?|executives?|insiders?)\s+(?:at|in|of|from|inside|within)\s"
)


@lru_cache(maxsize=4096)
def media_type(name: str, kind: str) -> str | None:
    """ "agency", "broadcaster" or "newspaper" (the words a text uses to refer back to it), or None."""
    if _PEOPLE_AT.match(name):
        return None  # people at a body are no medium: "two officials at the public debt agency"
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
    "podcast": "broadcaster",
    "newsletter": "newspaper",
    # ("He told the programme" after "Speaking to Radio Wrexford's breakfast programme")
    "programme": "broadcaster",
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
    if words[last] in ("Emir", "Dean") and len(rest) == 1 and _name_word(rest[0]):
        # a given name as well as a title: "chief executive Emir Dalan", "Dean Whitlow said"; a title
        # after a place or a body ("Qatar's Emir Tamim", "Engineering Dean Harlow")
        if last == 0:
            return name
        if words[last - 1].islower() and _TITLE_WORD.match(words[last - 1]):
            return " ".join(words[last:])
    if any(re.fullmatch(_ORG_WORDS, w.lower()) for w in rest if w[:1].isupper()) and len(rest) <= 3:
        return name  # "General Election Commission"
    if _STAFF_OR_FORCES.search(name):
        return name  # "the Varennian General Staff"
    if rest[0] in ("of", "for"):  # the office comes after the title, the person after the office
        # (a title in lower case may have its office after it: "NCAA director of flight safety I. Solberg")
        if (not words[last][:1].isupper() and last == 0) or (
            last and re.fullmatch(_ORG_WORDS, words[last - 1].lower())
        ):
            return name  # "Directorate General of Civil Aviation": a body, not a title
        lower = max(i for i, w in enumerate(rest) if not w[:1].isupper())
        tail = rest[lower + 1 :]
        # the office's words, then the person ("Secretary of State Marco Rubio", "Deputy Minister of
        # Agriculture and Environment Le Thi Thu Van"); a name of two words at least
        # ("spokesperson for the European Commission" names no person)
        office = [i for i, w in enumerate(tail) if re.sub(r"['’]s$", "", w).lower() in _OFFICE_WORDS]
        person = tail[office[-1] + 1 :] if office else tail[-2:] if len(tail) > 2 else []
        if not office and len(tail) in (2, 3) and rest[lower] not in ("of", "for", "the", "and"):
            person = tail  # the office in lower case: "director of flight safety Ingrid Solberg"
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
