/// Categories of cue words: what a word right before or after a capitalised run says about it.
///
/// All cue lists live in one tagged table (`Lexicon.cues`): a token is probed once per scan and
/// every category test after that is a bit test (`ScanContext.cues(_:)`).
public enum LexicalCue {
    public static let strongPerson: UInt32 = 1 << 0
    public static let weakPerson: UInt32 = 1 << 1
    public static let locationCue: UInt32 = 1 << 2
    public static let title: UInt32 = 1 << 3
    public static let personLabel: UInt32 = 1 << 4
    public static let demonym: UInt32 = 1 << 5
    public static let placeAfter: UInt32 = 1 << 6
    public static let organisationSuffix: UInt32 = 1 << 7
    public static let organisationPrefix: UInt32 = 1 << 8
    public static let function: UInt32 = 1 << 9

    /// The cue words shipped with Portcullis, written for it (no third-party list).
    public static let standard = ByteStringSet(tagged: [
        (strongPersonWords, strongPerson),
        (weakPersonWords, weakPerson),
        (locationCueWords, locationCue),
        (titlesWords, title),
        (personLabelsWords, personLabel),
        (demonymsWords, demonym),
        (placeAfterWords, placeAfter),
        (organisationSuffixWords, organisationSuffix),
        (organisationPrefixWords, organisationPrefix),
        (FunctionWords.words, function),
    ])

    /// Words right before a name that make it a person's: titles, greetings, sign-offs, roles.
    static let strongPersonWords: [String] = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "madam", "herr", "frau", "mme", "mlle",
        "monsieur", "madame", "señor", "señora", "señorita", "senor", "senora", "sr", "sra", "srta", "don", "doña",
        "dear", "hi", "hello", "hey", "hola", "bonjour", "hallo", "liebe", "lieber", "ciao", "salut", "querido",
        "querida", "estimado", "estimada", "geehrte", "geehrter", "cher", "chère", "greetings", "thanks", "thank",
        "regards", "cheers", "best", "sincerely", "cordialement", "atentamente", "saludos", "grüße", "grüßen", "gruß",
        "named", "patient", "customer", "client", "applicant", "candidate", "employee", "signed", "author",
        "maintainer", "owner", "attn", "caller", "tenant", "student", "nurse", "physician", "gp", "prescriber",
        "spouse", "wife", "husband", "colleague", "contractor", "consultant", "manager", "agent", "signora",
        "signore", "sig", "dott", "doctor", "dra", "requester", "reporter", "assignee", "reviewer", "approver",
        "recipient", "beneficiary", "holder", "cardholder", "insured", "member", "guest", "visitor", "contact",
        "interviewing", "hired", "welcome", "congratulations", "sister", "brother", "mother", "father", "mom", "mum",
        "dad", "son", "daughter", "aunt", "uncle", "cousin", "partner", "friend", "boss", "grandma", "grandpa",
        "grandmother", "grandfather", "niece", "nephew", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend",
        "boyfriend", "neighbour", "neighbor", "roommate", "coworker", "teammate", "schwester", "bruder", "mutter",
        "vater", "sœur", "soeur", "frère", "frere", "mère", "père", "hermana", "hermano", "madre", "padre", "buongiorno", "olá", "oi", "beste", "geachte",
        "hej", "moin", "servus", "grüezi", "caro", "cara", "gentile", "prezado", "prezada", "mister", "missus",
    ]

    /// Weaker cues: prepositions that precede people and places alike.
    static let weakPersonWords: [String] = ["for", "with", "by", "of", "and", "per", "via", "para", "pour", "für",
                                           "con", "avec", "par", "seen", "called", "ask", "asked", "tell", "told",
                                           "emailed", "met", "ping", "assigned", "cc", "contact"]

    /// locationCue
    static let locationCueWords: [String] = [
        "in", "at", "to", "from", "near", "à", "en", "nach", "aus", "bei", "desde", "hacia", "vers", "relocating",
        "relocate", "relocated", "moved", "move", "moving", "based", "located", "office", "born", "birth", "city",
        "ciudad", "ville", "stadt", "visit", "visiting", "trip", "travel", "flight", "lives", "living", "headquartered",
        "branch", "issued", "state", "country", "address", "residence", "resident", "dans", "zu", "ins",
        "em", "shipped", "ship", "deliver", "delivered", "arrive", "arriving", "fly", "flying", "origin",
        "destination", "hometown", "region", "province", "county", "de", "del", "di", "da",
    ]

    /// Courtesy and academic titles.
    static let titlesWords: [String] = ["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "herr", "frau", "mme", "mlle",
                                       "monsieur", "madame", "señor", "señora", "sr", "sra", "srta", "don", "doña",
                                       "sir", "madam", "dott", "dra", "signor", "signora", "sig"]

    /// Labels that name a person when followed by a colon (`From:`, `Name:`, `Patient:`).
    static let personLabelsWords: [String] = [
        "name", "from", "to", "cc", "bcc", "patient", "customer", "client", "contact", "author", "owner", "user",
        "employee", "applicant", "candidate", "nom", "nombre", "paciente", "cliente", "kunde", "patientin",
        "signed", "reviewer", "assignee", "reporter", "requester", "attendee", "participant", "speaker", "by",
        "maintainer", "manager", "approver", "recipient", "sender", "guest", "tenant", "student", "member", "von", "an",
    ]

    /// Nationalities and languages: capitalised, never a person or a place.
    static let demonymsWords: [String] = [
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "polish", "russian", "chinese",
        "japanese", "korean", "arabic", "hindi", "turkish", "greek", "swedish", "norwegian", "danish", "finnish",
        "irish", "scottish", "welsh", "british", "american", "canadian", "mexican", "brazilian", "argentinian",
        "indian", "pakistani", "australian", "austrian", "swiss", "belgian", "czech", "hungarian", "romanian",
        "ukrainian", "vietnamese", "thai", "indonesian", "filipino", "nigerian", "egyptian", "israeli", "hebrew",
        "persian", "latin", "european", "african", "asian", "catalan", "basque", "bengali", "urdu", "tamil",
        "deutsch", "englisch", "français", "francais", "anglais", "allemand", "español", "espanol", "inglés",
        "alemán", "francés", "italiano", "português", "latino", "latina", "hispanic", "muslim", "christian", "jewish",
        "catholic", "protestant", "buddhist", "hindu", "sikh", "celsius", "fahrenheit",
    ]

    /// Words right after a place name (`the Boston office`, `our Lyon branch`).
    static let placeAfterWords: [String] = ["office", "offices", "branch", "campus", "site", "headquarters", "hq",
                                           "area", "region", "airport", "station", "plant", "warehouse", "store"]

    /// Words after a capitalised run that make it an organisation or a thing, not a person.
    static let organisationSuffixWords: [String] = [
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "plc", "corp", "corporation", "co",
        "company", "group", "holdings", "partners", "associates", "bank", "university", "college", "school",
        "hospital", "clinic", "street", "st", "avenue", "ave", "road", "rd", "foundation", "institute", "labs",
        "technologies", "solutions", "services", "systems", "team", "project", "app", "api", "server", "cluster",
        "kg", "ohg", "bv", "nv", "srl", "spa", "oy", "ab", "as", "pty", "lp", "llp", "sons",
    ]

    /// Words that open an organisation's or building's name (`Clínica San José`, `Hotel Adlon`).
    static let organisationPrefixWords: [String] = [
        "clínica", "clinica", "clinic", "clinique", "klinik", "klinikum", "hospital", "hôpital", "hotel", "banco",
        "banque", "bank", "universidad", "université", "universität", "university", "universidade", "università",
        "instituto", "institut", "institute", "colegio", "escuela", "school", "college", "museum", "museo", "musée",
        "restaurant", "café", "cafe", "iglesia", "église", "kirche", "church", "farmacia", "pharmacie", "apotheke",
        "grupo", "groupe", "gruppe", "team", "project", "projekt", "projet", "proyecto", "operation", "microsoft",
        "google", "amazon", "apple",
    ]
}
