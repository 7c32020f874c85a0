extension TopicLexicon {
    /// The built-in topics. Regulated domains need a personal request ("should I take", "can I
    /// sue") or two domain words together, so that a text that merely mentions a doctor or a
    /// contract is not on the topic; harmful topics need a phrase about making or doing the harm.
    public static let builtIn: [TopicLexicon] = [medicalAdvice, legalAdvice, financialAdvice, weapons, malware, selfHarm, drugs, fraud]

    /// Asking for the thing to be done or made (0.5, counted once): beside one of a harmful topic's
    /// words (0.5) a request for it reaches the threshold, so the lexicon need not list every phrasing.
    static let requestCues = [
        "how do i", "how can i", "how to", "how would i", "how could i", "step by step", "step-by-step",
        "write me", "give me", "show me how", "explain how", "teach me", "instructions for", "recipe for",
        "help me", "build me", "make me", "easiest way", "best way to", "cheapest way", "quickest way",
        "without getting caught", "so nobody notices", "so that nobody notices", "without anyone noticing",
        "undetected", "wie baue ich", "comment fabriquer",
        "cómo fabricar", "cómo hacer",
    ]

    /// Asking about defence, history or how a thing works (-1 each): a harmful word, with or
    /// without a request cue, in a question about protecting against it does not make the topic.
    static let defensiveCues = [
        "protect", "protect against", "protect my", "defend against", "defending against", "detect", "detection", "prevent",
        "prevention", "remove", "get rid of", "recover from", "recovery", "awareness", "mitigate", "mitigation",
        "report it", "history of", "how does", "what is a", "what are the signs", "warning signs", "support line",
        "safely", "safe storage", "legally", "spot", "identify", "recognise", "recognize",
    ]

    /// A harmful topic: its phrases and words, plus the shared request and defence cues.
    static func harmful(name: String, strong: [String], weak: [String]) -> TopicLexicon {
        TopicLexicon(name: name, phrases: strong.map { ($0, 1.0) } + weak.map { ($0, 0.5) },
                     cues: requestCues.map { ($0, 0.5) } + defensiveCues.map { ($0, -1.0) })
    }

    public static let medicalAdvice = TopicLexicon(
        name: "medical-advice",
        strong: [
            "should i take", "can i take", "is it safe to take", "how much should i take", "how many should i take",
            "what dose", "what dosage", "the right dose", "maximum dose", "dosage for", "dose of", "how many mg",
            "how much ibuprofen", "how much paracetamol", "how much acetaminophen", "how much tylenol",
            "diagnose me", "diagnose my", "what do i have", "do i have cancer", "do i have diabetes",
            "my symptoms", "symptoms i have", "i have a rash", "i have a fever", "i have chest pain",
            "treat my", "treatment for my", "cure my", "prescribe me", "prescription for my", "medication for my",
            "stop taking my", "mix with alcohol", "drug interaction", "drug interactions", "am i pregnant",
            "is this lump", "should i see a doctor", "do i need antibiotics", "side effects of my",
            "welches medikament", "quel médicament", "qué medicamento", "dosis de", "posologie",
        ],
        weak: [
            "doctor", "symptom", "symptoms", "diagnosis", "dose", "dosage", "medication", "medicine", "prescription",
            "antibiotics", "ibuprofen", "paracetamol", "acetaminophen", "insulin", "blood pressure", "fever", "rash",
            "chest pain", "infection", "pregnant", "tablets", "pills", "mg", "side effects", "treatment", "disease",
        ])

    public static let legalAdvice = TopicLexicon(
        name: "legal-advice",
        strong: [
            "can i sue", "should i sue", "sue my", "sue them", "sue my employer", "is it legal for me", "is it illegal for me",
            "legal advice", "my lawyer", "do i need a lawyer", "file a lawsuit", "my lawsuit", "my court case",
            "plead guilty", "plead not guilty", "am i liable", "my legal rights", "my rights as a tenant",
            "break my lease", "break the lease", "get out of my contract", "get out of the contract", "evict me",
            "my landlord", "custody of my", "my divorce", "my will and testament", "contest the will",
            "fired illegally", "wrongful termination", "unfair dismissal", "draft my will", "represent myself in court",
            "rechtsberatung", "conseil juridique", "asesoría legal", "asesoramiento legal", "demander mon",
        ],
        weak: [
            "lawyer", "attorney", "lawsuit", "court", "judge", "contract", "lease", "landlord", "tenant", "liable",
            "liability", "custody", "divorce", "settlement", "sue", "legal", "illegal", "statute", "damages",
        ])

    public static let financialAdvice = TopicLexicon(
        name: "financial-advice",
        strong: [
            "should i invest", "should i buy", "should i sell", "which stocks", "which stock", "stock tips",
            "buy or sell", "investment advice", "financial advice", "my portfolio", "my retirement savings",
            "my 401k", "my pension", "which crypto", "what crypto", "best crypto to buy", "good time to buy",
            "how should i invest", "where should i invest", "put my savings", "my savings into", "price target for",
            "will the stock", "is it a good investment", "tax advice", "avoid paying tax", "my mortgage",
            "refinance my", "pay off my debt", "take out a loan", "anlageberatung", "conseil financier",
            "asesoramiento financiero", "en qué invertir", "worin investieren",
        ],
        weak: [
            "invest", "investment", "stocks", "shares", "portfolio", "crypto", "bitcoin", "etf", "dividend",
            "retirement", "pension", "mortgage", "loan", "debt", "tax", "taxes", "savings", "interest rate",
        ])

    public static let weapons = harmful(
        name: "weapons",
        strong: [
            "make a bomb", "build a bomb", "make a pipe bomb", "pipe bomb", "make explosives", "homemade explosive",
            "homemade explosives", "make thermite", "make napalm", "molotov cocktail", "ghost gun", "untraceable gun",
            "3d printed gun", "3d-printed gun", "convert to full auto", "full auto conversion", "make a silencer",
            "build a silencer", "nerve agent", "make sarin", "bioweapon", "biological weapon", "chemical weapon",
            "make ricin", "dirty bomb", "improvised explosive", "detonator", "bombe bauen", "fabriquer une bombe",
            "fabricar una bomba",
        ],
        weak: ["explosive", "explosives", "firearm", "gunpowder", "ammunition", "weapon", "weapons", "detonate", "bomb",
               "grenade", "full auto", "auto sear", "toxic gas", "poison gas", "nerve gas", "untraceable", "no serial number"])

    public static let malware = harmful(
        name: "malware",
        strong: [
            "write ransomware", "ransomware that", "create ransomware", "a keylogger", "write a keylogger",
            "write malware", "create malware", "a virus that", "write a virus", "self-replicating", "botnet",
            "credential stealer", "password stealer", "steal passwords", "steal cookies", "reverse shell",
            "bypass antivirus", "evade antivirus", "undetectable by antivirus", "disable windows defender",
            "exploit code for", "zero-day exploit", "ddos attack", "ddos script", "crypter", "rootkit", "spyware that",
            "exfiltrate data", "schadsoftware schreiben", "écrire un malware", "escribir un malware",
        ],
        weak: ["malware", "ransomware", "exploit", "payload", "shellcode", "keylogger", "trojan", "backdoor",
               "rootkit", "botnet", "infostealer", "stealer", "drainer", "c2 server", "eternalblue", "cryptojacking"])

    public static let selfHarm = harmful(
        name: "self-harm",
        strong: [
            "kill myself", "killing myself", "end my life", "take my own life", "want to die", "commit suicide",
            "suicide method", "suicide methods", "painless way to die", "how to die", "self-harm", "self harm",
            "cut myself", "cutting myself", "hurt myself", "overdose on", "pills to die", "mich umbringen",
            "me suicider", "suicidarme", "quitarme la vida",
        ],
        weak: ["suicide", "suicidal", "overdose", "hopeless", "starve myself", "pro-ana"])

    public static let drugs = harmful(
        name: "drugs",
        strong: [
            "synthesize meth", "make meth", "cook meth", "methamphetamine synthesis", "make fentanyl",
            "synthesize fentanyl", "make lsd", "synthesize lsd", "extract dmt", "make crack", "cook crack",
            "make heroin", "make mdma", "synthesize mdma", "buy drugs online", "darknet market", "grow magic mushrooms",
            "drogen herstellen", "fabriquer de la drogue", "fabricar drogas",
        ],
        weak: ["methamphetamine", "meth", "fentanyl", "carfentanil", "heroin", "cocaine", "mdma", "lsd", "ketamine",
               "precursor", "precursors", "pseudoephedrine"])

    public static let fraud = harmful(
        name: "fraud",
        strong: [
            "phishing email", "phishing page", "phishing site", "fake id", "fake passport", "forge a signature", "forge a document", "forged documents",
            "credit card fraud", "carding", "stolen credit cards", "launder money", "money laundering", "counterfeit money",
            "scam people", "scam someone", "scam script", "identity theft", "steal someone's identity",
            "fake invoice", "ponzi scheme", "pump and dump", "bypass kyc", "evade taxes", "tax evasion",
            "geld waschen", "blanchir de l'argent", "lavar dinero",
        ],
        weak: ["phishing", "scam", "fraud", "counterfeit", "forged", "stolen", "laundering", "card skimmer",
               "fake reviews", "fake invoices", "fake five-star"])
}
