"""A small general lexicon for telling names apart: titles, organization words,
name particles, places, given names.  Nothing here belongs to any one story.

All word sets hold folded forms (``workbench.text.fold``).
"""

from __future__ import annotations

import functools
import re

# Titles and roles that stand before a person's name ("President Trump", "Dr. Sharma").
TITLES = frozenset(
    """
    president vice premier prime minister chancellor secretary ambassador envoy director deputy
    general gen attorney senator sen representative rep governor gov mayor judge justice chief
    ceo cfo coo chairman chairwoman chair commissioner spokesman spokeswoman spokesperson
    dr doctor mr mrs ms miss mx prof professor king queen prince princess sheikh sheik emir
    sultan pope archbishop bishop cardinal rev reverend father imam rabbi lt lieutenant capt
    captain sgt sergeant col colonel maj major admiral adm marshal commander cmdr agent
    detective inspector superintendent officer sir dame lord lady councillor councilman
    councilwoman congressman congresswoman lawmaker president-elect founder cofounder co-founder
    economist analyst journalist reporter executive prosecutor
    engr alhaji alhaja hajia hajiya mallam dpp igp aig ag
    manager administrator registrar controller coordinator supervisor treasurer mp mla mep
    shri shrimati smt kumari
    brigadier madam madame khun puan encik datuk dato datin barrister
    geologist volcanologist seismologist meteorologist climatologist epidemiologist virologist
    """.split()
) | frozenset(
    # Forms of address and ranks in other languages that English copy keeps ('Herr Vogel',
    # 'Señora Ruiz', 'Comandante Iturra', 'Pani Halina', Indonesian 'Pak Halim', 'Bu Sri');
    # 'Don', 'Dona' and 'Pan' are left out: they are given names and words too.
    """
    herr frau monsieur mademoiselle mlle senor senora senorita senhor senhora signor signore signora signorina
    pani mecenas comandante licenciado ingeniero doctora meneer mevrouw kyrios kyria gospodin gospozha
    pak bapak bu ibu mbak weizero woizero weyzero weizerit ratu
    """.split()
)
# Titles that are words or names too: titles only opening a name, before a known given name
# ('Fiscal Mikel Ruiz', the Spanish for prosecutor, not 'Fiscal Year'; Amharic 'Ato Yared', Mr,
# not the Ghanaian given name of 'Ato Forson' or 'Cassiel Ato Forson').
TITLES_BEFORE_A_GIVEN_NAME = frozenset({"fiscal", "ato"}) | frozenset(
    # kinship words said before a given name, as a title is ('Opa Henk', 'Tante Riet', Tunisian 'Ammi
    # Hedi', Turkish 'Ayse Abla' is written after and left out): words and names too elsewhere
    "opa oma oom tante onkel ammi amca".split())
# Forms of address said before a person's given name, not the family name: Indonesian
# 'Pak Halim' and 'Bu Sri' for Halim Wijaya and Sri Wahyuni, Thai 'Khun Somchai', Amharic 'Ato
# Tesfaye' (Mr) and 'Weizero Almaz' (Mrs) for Tesfaye Alemu and Almaz Bekele, Fijian 'Ratu Jone' (a
# chief's title) for Ratu Jone Vakaloloma.
GIVEN_NAME_HONORIFICS = frozenset("pak bapak bu ibu mbak khun ato weizero woizero weyzero weizerit ratu".split()) | (
    TITLES_BEFORE_A_GIVEN_NAME - {"fiscal"})
# Given names written abbreviated with a dot inside a person's name, as South Asian and Malay
# news writes them ('Md. Rafiqul Islam', 'Mohd. Faizal'): the dot ends no sentence.
GIVEN_NAME_ABBREVIATIONS = frozenset("md mohd muhd".split())
# Abbreviated titles that are also surnames or words ('Barr', 'Hon', 'Arc'): titles only
# when written with their dot ('Barr. Ada Okoye', 'Hon. Musa Ali', 'Arc. Femi Ade').
DOTTED_TITLES = frozenset("barr hon arc pst evang comr amb insp supt brig cpl pres rt".split())
# A dotted title's token is folded with its dot ('barr.'), so only the dotted form is a title.
TITLES = TITLES | frozenset(w + "." for w in DOTTED_TITLES)
# Abbreviated titles, folded without their dot, -> the title written out: 'Gov. Ruiz' is the
# one the article calls 'Governor Ana Ruiz'.
TITLE_ABBREVIATIONS = {
    "gov": "governor", "gen": "general", "sen": "senator", "rep": "representative", "dr": "doctor",
    "prof": "professor", "lt": "lieutenant", "capt": "captain", "col": "colonel", "maj": "major",
    "sgt": "sergeant", "adm": "admiral", "cmdr": "commander", "brig": "brigadier", "insp": "inspector",
    "supt": "superintendent", "pres": "president", "amb": "ambassador", "rev": "reverend",
    # the same titles in Spanish, Portuguese and Italian: 'Comandante Iturra' is the one an
    # English-language article calls 'Commander Rodrigo Iturra'
    "comandante": "commander", "capitan": "captain", "capitao": "captain", "capitano": "captain",
    "coronel": "colonel", "colonnello": "colonel", "teniente": "lieutenant", "tenente": "lieutenant",
    "sargento": "sergeant", "presidente": "president", "ministro": "minister", "ministra": "minister",
    "gobernador": "governor", "gobernadora": "governor", "governador": "governor", "alcalde": "mayor",
    "alcaldesa": "mayor", "prefeito": "mayor", "sindaco": "mayor", "senador": "senator",
    "senadora": "senator", "senatore": "senator", "juez": "judge", "jueza": "judge", "juiz": "judge",
    "giudice": "judge", "fiscal": "prosecutor", "procuratore": "prosecutor", "doctora": "doctor",
    "dottore": "doctor", "dottoressa": "doctor", "doutor": "doctor", "doutora": "doctor",
}
# The Spanish, Portuguese and Italian titles English copy keeps before a name ('Alcalde Rosa Mamani',
# 'Juez Ana Ruiz') are titles too, but those only titles with their dot or before a given name
# ('Fiscal Year 2024').
TITLES = TITLES | (frozenset(TITLE_ABBREVIATIONS) - DOTTED_TITLES - TITLES_BEFORE_A_GIVEN_NAME)
# Titles that are only titles when capitalised or abbreviated, never alone a name.
HONORIFICS = frozenset("dr mr mrs ms prof gen sen rep gov lt capt sgt col maj adm cmdr rev st engr smt shri".split())
# Nouns for kinds of organization that an apposition after a name says it is ('Lorvan, the company
# that runs ...', 'Kalvex, a logistics firm').
ORGANIZATION_NOUNS = frozenset(
    """
    company firm operator corporation conglomerate manufacturer maker producer supplier retailer
    lender bank insurer carrier airline utility contractor developer startup start-up subsidiary
    exporter importer distributor broker charity ngo association union club newspaper broadcaster
    publisher chain brand cooperative co-operative consortium regulator watchdog agency
    group giant miner refiner shipper party movement network platform outlet hospital
    """.split()
)
# What an article calls a business ('the stainless group Qiantang Alloy'), not an institution
# that is often named after its town (a hospital, a club, a union).
BUSINESS_NOUNS = ORGANIZATION_NOUNS - {"hospital", "club", "union", "association", "party", "movement",
                                      "charity", "ngo", "regulator", "watchdog", "agency", "newspaper"}
# Titles and family or job roles that say a person is a woman or a man: 'Ms Kowalska' is not
# the husband introduced as 'her husband, Jan Kowalski', 'Mr Okafor' not 'his sister Ngozi Okafor'.
FEMININE_WORDS = frozenset(
    """
    ms mrs miss madam madame mme dame lady smt shrimati kumari sra senora signora frau puan datin bu ibu mbak
    weizero woizero weyzero weizerit oma tante
    mademoiselle mlle senorita senhora signorina pani mevrouw kyria gospozha doctora
    wife mother daughter sister widow grandmother granddaughter niece aunt stepmother stepdaughter
    fiancee girlfriend businesswoman chairwoman spokeswoman actress congresswoman councilwoman
    queen princess she her
    """.split()
)
MASCULINE_WORDS = frozenset(
    """
    mr sir lord shri sr senor signor herr encik monsieur senhor signore meneer kyrios gospodin pak bapak ato ratu
    opa oom onkel ammi amca
    husband father son brother widower grandfather grandson nephew uncle stepfather stepson
    fiance boyfriend businessman chairman spokesman actor congressman councilman king prince he his him
    """.split()
)
# Plural nouns for groups of people that news capitalises only where a sentence or a headline
# opens ('Officials said', 'Residents Flee As ...'): never a name on their own.
GROUP_NOUNS = frozenset(
    """
    officials residents youths officers witnesses eyewitnesses protesters protestors demonstrators
    analysts critics investigators survivors villagers farmers workers students doctors nurses
    rescuers authorities experts activists lawmakers locals passengers voters firefighters soldiers
    troops militants relatives families victims miners traders investors shareholders employees
    mourners marchers strikers pilgrims refugees migrants fishermen commuters parents teachers
    """.split()
)
# Plural nouns for the members of a body named after another ('Acme Steel Workers' Union',
# 'Orvale Bank Employees Association', 'Tarvo City Supporters' Trust'): after a company's
# name they open the name of its members' own organization.
MEMBER_NOUNS = GROUP_NOUNS | frozenset(
    "staff members pilots drivers alumni supporters fans retirees pensioners dockworkers dockers "
    "crew crews engineers owners users customers depositors policyholders bondholders".split()
)
# Lower-case roles that, right before a name, say it is a person ("journalist Ana Ruiz").
ROLE_NOUNS = frozenset(
    """
    president minister secretary ambassador director senator governor mayor judge chief ceo
    chairman chairwoman spokesman spokeswoman spokesperson journalist reporter analyst
    economist professor expert consultant specialist lawyer attorney prosecutor activist
    researcher official leader founder boss commander general colonel agent officer
    businessman businesswoman entrepreneur investor banker billionaire tycoon oligarch
    singer actor actress writer author editor columnist correspondent resident witness survivor
    farmer doctor engineer teacher student pilot captain driver brother sister son daughter
    wife husband father mother uncle nephew cousin widow lord kingpin capo trafficker
    deputy aide adviser advisor assistant manager owner partner candidate politician lawmaker
    legislator diplomat negotiator envoy soldier veteran victim suspect defendant plaintiff
    scientist physician surgeon nurse paramedic firefighter rescuer volunteer coach player
    athlete artist musician poet novelist filmmaker producer photographer blogger campaigner
    protester priest pastor cleric rabbi imam monk bishop grandmother grandfather granddaughter
    grandson niece aunt stepfather stepmother fiancé fiance fiancée fiancee girlfriend boyfriend
    colleague employee worker miner fisherman shopkeeper vendor landlord tenant mayor governor
    chancellor premier chairperson executive treasurer administrator
    runner sprinter cyclist swimmer boxer wrestler footballer goalkeeper midfielder referee jockey
    pharmacist dentist midwife psychologist psychiatrist therapist physiotherapist lecturer
    scholar historian archaeologist curator librarian translator interpreter commissioner
    councillor councilor congressman congresswoman assemblyman magistrate barrister solicitor
    notary inmate prisoner detainee convict fugitive smuggler hacker whistleblower informant
    hostage refugee migrant villager herder landowner homeowner neighbour neighbor shareholder
    heir heiress magnate mogul accountant auditor inspector investigator detective sergeant
    lieutenant headmaster headteacher mechanic technician electrician cashier caretaker janitor
    retiree pensioner widower co-founder cofounder maintainer
    """.split()
)
# Words that mark an organization when part of a capitalised name.
ORG_WORDS = frozenset(
    """
    cartel cartels department ministry office agency university institute bank company corp
    corporation inc ltd llc plc gmbh ag sa group council committee commission court party army
    navy forces force police service services bureau administration foundation association
    union federation organization organisation organizations organisations times post news
    network airlines airways holdings industries enterprises partners capital fund guard
    cabinet congress senate parliament assembly church hospital school college academy center
    centre authority board brigade battalion regiment front movement alliance coalition league
    society club team studios systems technologies labs laboratories energy motors
    securities exchange clinic steel construction shipyard shipbuilding chemicals refinery
    confederation markets cooperative co-operative cooperatives cooperativa
    pharmaceuticals media press secretariat directorate prosecutor prosecutors tribunal
    gazette journal herald tribune telegraph broadcasting radio television tv channel
    wire newswire newsline daily ledger observer chronicle courier dispatch
    ministerio secretaria fiscalia guardia ejercito partido cartel banco grupo fundacion fondation stiftung
    kremlin pentagon interpol nato duma rada knesset ltda
    autorite autoridad autoridade autorita conseil consejo conselho consiglio parti partito
    rassemblement mouvement movimiento movimento ministere ministero comision comissao commissione
    agence agencia agenzia institut instituto istituto universite universidad universidade universita
    syndicat sindicato sindacato federacion federacao federazione asociacion associacao associazione
    assemblee asamblea assembleia assemblea societe sociedad sociedade societa compagnie compania
    companhia compagnia alianza alianca alleanza frente fronte comite comitato congreso congresso
    tribunale chamber chambre camara laboratoire laboratoires laboratorio laboratorios laboratori
    government museum gallery library enterprise management leasing consulting consultants advisory
    associates solutions investments ventures properties contractors consultores consultoria
    avocats abogados advogados
    polizei staatsanwaltschaft feuerwehr gericht landgericht amtsgericht ministerium verband verein
    kammer politi politiet forening forbund direktoratet tilsynet tingrett domstol jury
    miniszterium hivatal ugyeszseg fougyeszseg rendorseg birosag torvenyszek
    minera mineradora pesquera forestal naviera constructora construtora inmobiliaria agricola agropecuaria
    transportes transportadora industrias distribuidora aerolineas farmaceutica petrolera siderurgica
    cementos azucarera embotelladora aseguradora seguradora financiera
    """.split()
)
# A company's legal form, the last word of its name ("Acme Shipping Ltd", "Volga Oil PJSC").
LEGAL_FORMS = frozenset(
    "ltd llc inc plc gmbh ag sa corp co llp lp pjsc ojsc cjsc jsc oao zao ooo bv nv srl spa sarl pty "
    "ltda sas kk pvt bhd tbk ab asa oy pte limited sl slu zrt kft nyrt sro doo ood ead aps "
    # written out: 'Berhad' (Bhd), 'Sendirian' (Sdn), 'Incorporated', 'Proprietary' (Pty),
    # and Turkish 'Anonim Şirketi' (A.Ş.)
    "berhad sdn sendirian incorporated proprietary anonim sirketi".split()
)
# Legal forms written in capitals before a company's name ('PT Sinar Laut Abadi', 'OOO Volga
# Trans'); 'PT' before one word only may be a person's initials ('PT Usha').
OPENING_LEGAL_FORMS = frozenset("pt pjsc ojsc cjsc jsc ooo oao zao".split())
INITIALS_LIKE_LEGAL_FORMS = frozenset(("pt",))
# Legal forms written before the name in Russian, Kazakh and Ukrainian usage that are also
# English words or initials ('TOO' is the Kazakh LLP, 'AO' a joint-stock company, 'TOV' the
# Ukrainian LLC), and English forms so placed ('LLP Aral'): a company's only in capitals.
CAPITAL_OPENING_LEGAL_FORMS = frozenset("ao too pao nao tov llc llp".split())
# Legal forms that are also English words ('as'): a company's only when written in capitals
# after its name ('Kalda Telekom AS', 'Nordvik Fisk AS', 'Tarvo Energi SE').
CAPITAL_LEGAL_FORMS = frozenset(("as", "se"))
# Acronyms of international bodies that news uses without spelling them out ('EU sanctions',
# 'a UN report'), folded -> the full name: the same body as its name written out.
WELL_KNOWN_ACRONYMS = {
    "eu": "European Union", "un": "United Nations", "nato": "North Atlantic Treaty Organization",
    "imf": "International Monetary Fund", "wto": "World Trade Organization", "opec":
    "Organization of the Petroleum Exporting Countries", "unicef": "United Nations Children's Fund",
    "unhcr": "United Nations High Commissioner for Refugees", "ecb": "European Central Bank",
    "osce": "Organization for Security and Co-operation in Europe", "asean": "Association of Southeast Asian Nations",
    "iaea": "International Atomic Energy Agency", "oecd": "Organisation for Economic Co-operation and Development",
}
# Standard abbreviations of organization words, folded, -> the word ('Acme Labs' is
# 'Acme Laboratories'); legal forms ('Corp', 'Inc') are handled by LEGAL_FORMS instead.
ORG_WORD_ABBREVIATIONS = {
    "labs": "laboratories", "lab": "laboratory", "intl": "international", "assn": "association",
    "assoc": "association", "dept": "department", "univ": "university", "natl": "national",
    "govt": "government", "mfg": "manufacturing", "bros": "brothers", "ctr": "center", "inst": "institute",
}
# Organization heads written before their field or after it with the same meaning
# ('Department of Justice' / 'Justice Department', 'Ministry of Defence' / 'Defence Ministry').
INVERTIBLE_ORG_HEADS = frozenset(("department", "ministry"))
# Words that make a name an organization after its first word ('East African Community',
# 'Economic Community of ...'); opening one they describe a topic ('Community Resilience: ...').
ORG_WORDS_AFTER_FIRST = frozenset(("community",))
# Last words that make a name an organization ('Amnesty International', 'Rotary International').
ORG_LAST_WORDS = frozenset("international internacional internationale internazionale internationalis security".split())
# Lower-case words after a name that make it an organization ("the Zetas cartel").
ORG_TAIL_WORDS = frozenset(
    "cartel cartels group gang gangs company firm party militia organization organisation "
    "agency bank network faction clan syndicate movement brand chain conglomerate bloc".split()
)
# Legal forms written in lower case after a company's name ('Vallon Frères inc.', 'Hafbrú
# hf.', 'Nordlys ehf.', 'Soleil ltée'): none is an English word, so lower case they still
# mark the name before them as a company's.
LOWER_LEGAL_FORMS = frozenset("inc ltd llc plc gmbh hf ehf ltee ltée bhd pvt pty".split())
# Words that make a name a designation, operation, law, event or other named thing.
OTHER_WORDS = frozenset(
    """
    operation act law treaty agreement accord plan program programme initiative cup olympics
    war summit conference prize award protocol doctrine strategy project mission hurricane
    storm cyclone typhoon earthquake pandemic list index marathon championship championships
    operacao operacion
    """.split()
)
# Words that open a named storm's name ('Typhoon Hoyan', 'Tropical Storm Ana'): the word
# after them is the storm's own name, which news then writes alone ('Hoyan made landfall').
STORM_OPENERS = frozenset("typhoon hurricane cyclone storm tropical super".split())
# Words that make a name a place.
PLACE_WORDS = frozenset(
    """
    city river mountains mountain lake island islands province state county region oblast
    valley bay sea ocean gulf strait street avenue square airport port peninsula district
    governorate krai municipality village town desert canyon coast border highway bridge
    stadium delta dam junction colony plain plains harbour harbor reservoir canal
    glacier creek plateau estuary lagoon archipelago atoll reef fjord
    crater volcano township suburb boulevard wharf pier
    """.split()
)
# Words of position that open or close a place's name ('Central Java', 'Bayelsa Central',
# 'Greater Manchester'): the gazetteer may list some alone, but beside a place they are its name's.
POSITION_WORDS = frozenset(
    "central north south east west northern southern eastern western upper lower greater inner outer middle".split()
)
# Venue words that open a place's name, often a person's name after them ('Estadio Ana Ruiz',
# 'Stade Jean Dupont'): the whole is the venue, not the person.
VENUE_OPENERS = frozenset("estadio stadio stade stadion stadium arena".split())
# Lower-case particles inside names: Spanish, Portuguese, Dutch, German, French, Arabic.
PARTICLES = frozenset(
    "de del la las los y e da das do dos di du van von der den ter le bin ibn bint binti al el ben abu".split()
)
# French, Spanish, Portuguese and Italian words that join an organization's opening head
# word to the rest of its name ("Rassemblement des ...", "Partido por la ...", "Consiglio
# della ..."): inside a name only after an organization word, as "of" is.
ROMANCE_CONNECTORS = frozenset("des du pour para por per dei della delle degli dello".split())
# Connectors allowed inside organization names ("Department of Justice").
CONNECTORS = frozenset("of for on and & the de del".split()) | ROMANCE_CONNECTORS
# Languages a name may be given in, in brackets ('(in Russian, ...)', '(Hausa: ...)'): the
# nationality words that name a language too, and languages that are no nationality word.
LANGUAGES = frozenset(
    """
    english french spanish portuguese italian german dutch russian ukrainian polish czech slovak
    hungarian romanian bulgarian serbian croatian greek turkish japanese chinese korean vietnamese
    thai indonesian malay filipino tagalog arabic hebrew persian farsi dari pashto urdu hindi bengali
    punjabi tamil telugu marathi gujarati kannada malayalam sinhala nepali mandarin cantonese hausa
    yoruba igbo swahili amharic somali zulu xhosa afrikaans wolof pulaar fula bambara lingala
    kinyarwanda catalan basque galician welsh irish gaelic latin quechua guarani aymara kurdish
    armenian georgian azerbaijani kazakh uzbek mongolian tibetan burmese khmer lao swedish norwegian
    danish finnish icelandic estonian latvian lithuanian slovenian albanian macedonian belarusian
    """.split()
)
# Lower-case words an organization's name holds between the words its acronym spells, in the
# languages news quotes names in ('Movement for Justice in the Sahel (MJS)', 'Mouvement pour
# la Justice au Sahel (MJS)', 'Partido de los Trabajadores (PT)').
ACRONYM_GAP_WORDS = CONNECTORS | PARTICLES | frozenset("in at to au aux et und fur sur en em zu i a".split())
# Generational suffixes: "Jr." names a different person than the father.
# Portuguese "Filho"/"Neto"/"Sobrinho"/"Júnior" (son, grandson, nephew) work the same way.
SUFFIXES = frozenset("jr sr ii iii iv filho neto sobrinho junior".split())
# Articles that may start a group name ("Los Zetas") and are dropped when comparing.
GROUP_ARTICLES = frozenset("the los las".split())
# Capitalised words that are never names on their own.
STOPWORDS = frozenset(
    """
    a an the this that these those there their they them then than he she it its his her
    we our you your i me my mine us in on at by for from to of with without within into onto
    and or but nor so yet if as because while when where whereas whether which who whom whose
    what why how however meanwhile moreover furthermore nevertheless nonetheless therefore
    thus also although though after before since until during despite according among amid
    amidst between both each every either neither other another such some any all many most
    more much several few no not yes one two three four five six seven eight nine ten
    first second third last next former latest recent today yesterday tomorrow here
    now just only even still again already perhaps indeed instead adding citing following
    later earlier afterwards afterward separately overall likewise similarly elsewhere initially
    outside nearby overnight abroad
    eventually subsequently previously currently recently finally ultimately otherwise
    consequently accordingly additionally notably reportedly allegedly apparently
    given including looking speaking asked said says told
    under over against about through towards toward behind beyond beside upon via
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mon tue wed thu fri sat sun jan feb
    mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr
    """.split()
)
# Common Chinese (pinyin, Hokkien, Cantonese romanisations) and Korean family names, which open a
# person's name written family name first ('Wang Jianguo', 'Tan Wei Ming', 'Park Min-jae').  Those
# that are also English words or place names ('He', 'Song', 'Sun', 'Long', 'Kong') are left out.
EAST_ASIAN_FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo lin luo gao zheng liang xie tang
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei ding ren shen yao fang
    qian zou xiong meng qin jia mao hao tan lim lee ng ong goh chua teo koh chan wong cheung leung
    lau yeo toh chong chin tsang kwok fung yip kim park choi jung jeong kang cho yoon jang seo shin
    kwon hwang ahn yoo jeon moon bae baek heo
    """.split()
)
# Compass words that open a place's name ('West Dravia' is not 'Dravia').
COMPASS_WORDS = frozenset("north south east west northeast northwest southeast southwest".split())
# Weekday and month abbreviations: date words ('Thu 12 Mar'), but also names when a
# capitalised word follows ('Jan Kowal', 'Sun Valley').
CALENDAR_ABBREVIATIONS = frozenset("mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Nationality adjectives: they qualify a name ("Mexican President ...") but are not entities.
DEMONYMS = frozenset(
    """
    american mexican canadian british english scottish irish welsh french german italian
    spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian
    bulgarian greek turkish russian ukrainian belarusian georgian armenian azerbaijani kazakh
    uzbek chinese japanese korean taiwanese vietnamese thai indian pakistani afghan iranian
    iraqi syrian lebanese israeli palestinian jordanian saudi emirati qatari kuwaiti yemeni
    egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan nigerian
    ghanaian african brazilian argentine argentinian chilean colombian venezuelan
    peruvian ecuadorian bolivian cuban haitian dominican guatemalan honduran salvadoran
    nicaraguan panamanian australian european asian african arab western
    cypriot maltese icelandic norwegian swedish danish finnish estonian latvian lithuanian
    serbian croatian bosnian slovenian albanian macedonian montenegrin moldovan kyrgyz tajik
    turkmen mongolian nepali nepalese bangladeshi burmese cambodian laotian malaysian indonesian
    filipino singaporean bahraini omani mauritanian malian senegalese ivorian cameroonian
    congolese angolan zambian zimbabwean mozambican tanzanian ugandan rwandan burundian eritrean
    djiboutian chadian beninese togolese guinean liberian gambian malagasy namibian paraguayan
    nigerien philippine
    fulani hausa yoruba igbo tuareg pashtun sinhalese uyghur rohingya maasai kikuyu zulu xhosa
    amhara tigrayan oromo berber bedouin flemish
    uruguayan jamaican trinidadian kurdish chechen nordic scandinavian
    """.split()
)


# Letters and marks of scholarly transliteration that the gazetteer's names carry and news does
# not write: dots and breves below or above ('Loṙi', 'Al Ḩudaydah', 'Đà Nẵng'), 'ayn and hamza
# marks ('Ḩā’il'), combining accents.
_TRANSLITERATION_MARKS = re.compile("[\u1e00-\u1eff\u02bb-\u02bf\u2018\u2019\u0300-\u036f]")


def written_as_news_writes(name: str) -> bool:
    """Whether a gazetteer name carries none of the marks of scholarly transliteration."""
    return _TRANSLITERATION_MARKS.search(name) is None


@functools.cache
def places() -> dict[str, str]:
    """Folded place name -> display name (countries, subdivisions, big cities)."""
    from workbench.extract.lexicon_places import DATA
    from workbench.text import fold

    found = dict(line.split("\t") for line in DATA.splitlines())
    for other, name in PLACE_SPELLINGS.items():
        found.setdefault(other, name)
        found.setdefault(fold(name), name)  # the name itself too (Zaporizhzhia is below the list's size)
    return found


# Older or foreign spellings of places news writes both ways, folded -> the generated list's
# name ("Kiev" and "Kyiv" are one city).  Well-known exonyms and renamings only.
PLACE_SPELLINGS = {
    "kiev": "Kyiv", "odessa": "Odesa", "kharkov": "Kharkiv", "lvov": "Lviv", "dnepr": "Dnipro", "dnipropetrovsk": "Dnipro", "lugansk": "Luhansk",
    "chernigov": "Chernihiv", "rovno": "Rivne", "bombay": "Mumbai", "calcutta": "Kolkata",
    "madras": "Chennai", "bangalore": "Bengaluru", "peking": "Beijing", "canton": "Guangzhou",
    "burma": "Myanmar", "rangoon": "Yangon", "saigon": "Ho Chi Minh City", "ceylon": "Sri Lanka",
    "persia": "Iran", "swaziland": "Eswatini", "czech republic": "Czechia", "turkey": "Türkiye",
    "ivory coast": "Côte d'Ivoire", "holland": "Netherlands", "byelorussia": "Belarus",
    "tiflis": "Tbilisi", "kishinev": "Chisinau", "alma ata": "Almaty", "antioch": "Antakya",
    "smyrna": "Izmir", "constantinople": "Istanbul", "danzig": "Gdansk", "pressburg": "Bratislava",
    "leningrad": "Saint Petersburg", "st petersburg": "Saint Petersburg",
    # Ukrainian cities as Russian-language usage spells them
    "zaporozhye": "Zaporizhzhia", "zaporozhe": "Zaporizhzhia", "nikolaev": "Mykolaiv", "nikolayev": "Mykolaiv",
    "vinnitsa": "Vinnytsia", "krivoy rog": "Kryvyi Rih", "uzhgorod": "Uzhhorod", "ternopol": "Ternopil",
    "khmelnitsky": "Khmelnytskyi", "cherkassy": "Cherkasy", "zhitomir": "Zhytomyr", "chernovtsy": "Chernivtsi",
    "ivano frankovsk": "Ivano-Frankivsk", "kirovograd": "Kropyvnytskyi", "zaporizhia": "Zaporizhzhia",
    # Kazakh cities by their Russian or older names
    "karaganda": "Karagandy", "qaraghandy": "Karagandy", "nur sultan": "Astana", "akmola": "Astana",
    "chimkent": "Shymkent", "oskemen": "Ust-Kamenogorsk", "semipalatinsk": "Semey", "aktyubinsk": "Aktobe",
    "guryev": "Atyrau", "uralsk": "Oral", "kustanai": "Kostanay", "kzyl orda": "Kyzylorda", "dzhambul": "Taraz",
    # Indian cities by their older or everyday names
    "vizag": "Visakhapatnam", "trivandrum": "Thiruvananthapuram", "cochin": "Kochi", "poona": "Pune",
    "baroda": "Vadodara", "benares": "Varanasi", "banaras": "Varanasi", "mysore": "Mysuru", "gurgaon": "Gurugram",
    "allahabad": "Prayagraj", "calicut": "Kozhikode",
}


@functools.cache
def given_names() -> frozenset[str]:
    """Folded common given names in many languages (``lexicon_given``), less common words.

    A list is only one piece of evidence: ``entities.Article`` also learns the given
    names each article itself shows (a first word beside a title, a role or a verb of
    saying, or a name repeated whole whose surname also stands alone).
    """
    from workbench.extract.lexicon_given import GIVEN_NAMES

    return frozenset(GIVEN_NAMES - NOT_GIVEN_NAMES)


# Common words and places that name lists also hold as given names.
NOT_GIVEN_NAMES = frozenset(
    """
    will may mark grant chase an art bill bob august april june january rich rose hope faith
    joy sunny summer winter autumn golden major king prince duke earl baron lord page price
    young long short love star sky rain storm ray jack pat guy van dean sterling dominic
    china israel india jordan georgia virginia carolina florida paris london berlin sydney
    houston austin dallas denver cleveland lincoln jackson washington madison chad kenya
    trinidad holland norway york
    said says per new news home the leave adblock please red green black white brown gray grey
    """.split()
)


# The words for a kind of business in other languages that a company's own name keeps and an
# English-language article translates ('Van der Molen Groep' / 'Van der Molen Group', 'Yıldız Agro
# Lojistik' / 'Yildiz Agro Logistics'), folded -> the English word.
ORGANIZATION_WORD_TRANSLATIONS = {
    **dict.fromkeys("groep gruppe grupo gruppo groupe grup grupa gruppen".split(), "group"),
    **dict.fromkeys("lojistik logistik logistica logistique logistyka logistiek".split(), "logistics"),
    **dict.fromkeys("holding holdinq".split(), "holdings"),
    **dict.fromkeys("banque banco banca".split(), "bank"),
    **dict.fromkeys("sigorta assurances seguros versicherung verzekeringen assicurazioni".split(), "insurance"),
    **dict.fromkeys("stichting stiftung fundacion fondation fondazione fundacja fundacao vakfi".split(), "foundation"),
    **dict.fromkeys("ticaret handel comercio commerce".split(), "trading"),
    **dict.fromkeys("nakliyat transportes transporte transports trasporti".split(), "transport"),
    **dict.fromkeys("inşaat insaat construcciones construcoes costruzioni bouw bau".split(), "construction"),
    **dict.fromkeys("tarim landbouw agricola".split(), "agriculture"),
    **dict.fromkeys("enerji energie energia".split(), "energy"),
    **dict.fromkeys("madencilik mineracao mineria".split(), "mining"),
}

# Words for relatives ('his younger brother, Nuwan Herath', 'her daughter Ana'): a person introduced
# so is the relative of the story's subject, whom a lone surname means.
KIN_WORDS = frozenset(
    """
    brother sister son daughter wife husband father mother uncle aunt nephew niece cousin widow widower
    grandson granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother
    brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law fiance fiancee
    """.split()
)
