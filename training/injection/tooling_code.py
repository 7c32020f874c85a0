#!/usr/bin/env python3
"""Benign source code of security and data-protection tooling, written for this project (4 Dec 2026).

The 3 Dec model raises false alarms on ordinary source files of tools like the one this project
builds: word lists of stop words, greetings and titles in many languages, gazetteers, topic
keyword tables, detectors (tokenizers, UTF-8 scanners, Luhn / mod-97 / mod-11 checks, credential
prefix tables, context-word scoring, masking, pseudonym vaults, streaming restorers), policy
engines (rule compilers, role / model / topic matching, allow / deny / redact / block / review,
clearance levels, rate limits, quotas), their tests and fixtures, benchmark and data generators,
YAML test-case files for a policy engine and shell end-to-end scripts. Such code is full of
security vocabulary (`blockedRules`, `case jailbreak`, `overrideAllowed`, `systemPromptTokens`)
without being an attack, and this file adds whole plausible files of it (and some snippets) in
Swift (about 45 %), Python (about 25 %), Go, TypeScript, Rust, Kotlin, YAML and shell.

Nothing here addresses a model or asks it to drop its rules: fixtures only hold fake people, fake
mail addresses, IBAN-like and card-like test strings and obviously fake credentials; the script
checks every text against a list of attack phrasings and stops if one matches. Every part was
written for this file on 4 Dec 2026 without opening the project's own sources, tests, scripts,
benchmarks, examples, red-team suites or the evaluation data. Texts are composed from the parts
below with random.Random(20261204), so re-running gives byte-identical output; exact duplicates
and near-duplicates (meta_docs.Kept: half of the word 3-grams shared) are dropped.

Usage:  python3 tooling_code.py   -> writes benign_tooling_code.jsonl next to this file.
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from meta_docs import Kept  # noqa: E402  (the same near-duplicate filter as meta_docs.py and corrections.py)

R = random.Random(20261204)
OUT = HERE / "benign_tooling_code.jsonl"
KIND = "code"

# Phrasing that belongs to attacks, not to tooling code; no generated text may contain it.
BANNED = [re.compile(p, re.I) for p in (
    r"ignore (all |any )?(the |your )?(previous|prior|above|earlier|preceding) (instructions|rules|messages|prompts?)",
    r"disregard (all |any )?(the |your )?(previous|prior|above|earlier)", r"you are now", r"developer mode",
    r"do anything now", r"no (restrictions|rules|limits|filters)\b(?!_)", r"without (any )?(rules|restrictions|limits|filters)",
    r"(reveal|print|show|repeat|output) (me )?(your|the) (system prompt|instructions|hidden prompt)",
    r"your (system prompt|instructions|rules|guidelines)", r"forget (all )?(your|the) (rules|instructions)",
    r"pretend (to be|you)", r"\bact as\b", r"unfiltered", r"uncensored", r"jailbroken", r"from now on",
    r"new instructions", r"override (your|the) (rules|instructions|system)",
)] + [re.compile(r"\bDAN\b")]


def T(template: str, **kw) -> str:
    """Fill ⟨name⟩ slots; code braces and dollars stay as they are."""
    return re.sub(r"⟨(\w+)⟩", lambda m: str(kw[m.group(1)]), template)


def pick(pool, lo: int, hi: int | None = None, keep_order: bool = True) -> list:
    hi = len(pool) if hi is None else min(hi, len(pool))
    lo = min(lo, hi)
    k = R.randint(lo, hi)
    idx = sorted(R.sample(range(len(pool)), k)) if keep_order else R.sample(range(len(pool)), k)
    return [pool[i] for i in idx]


def one(*opts):
    return R.choice(opts)


def chance(p: float) -> bool:
    return R.random() < p


def camel(s: str) -> str:
    parts = re.split(r"[_\- ]+", s)
    return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pascal(s: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[_\- ]+", s))


def snake(s: str) -> str:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"[\- ]+", "_", s).lower()


def qlist(items, indent: str, per_line: int | None = None, q: str = '"', trailing: bool = True, width: int = 100) -> str:
    """Quoted items wrapped over lines, as a formatter would leave them."""
    esc = [q + w.replace("\\", "\\\\").replace(q, "\\" + q) + q for w in items]
    lines, cur = [], []
    for e in esc:
        if per_line and len(cur) >= per_line or (not per_line and cur and len(indent) + len(", ".join(cur + [e])) > width):
            lines.append(indent + ", ".join(cur) + ",")
            cur = []
        cur.append(e)
    if cur:
        lines.append(indent + ", ".join(cur) + ("," if trailing else ""))
    return "\n".join(lines)


# ------------------------------------------------------------------ language data

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
              "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish"}
LANG_ORDER = list(LANG_NAMES)

STOP = {
    "en": "the a an and or but of to in on at by for with from as is are was were be been it this that these those he she "
          "they we you i me my your our their not no so if then than there here what which who whom when where why how all "
          "any some do does did have has had will would can could should may might must about into over after before under "
          "again very just also only",
    "de": "der die das den dem des ein eine einer einem einen eines und oder aber nicht kein keine ist sind war waren sein "
          "hat haben wird werden ich du er sie es wir ihr mich mir dich dir sich uns euch mit von zu zum zur bei nach aus auf "
          "für über unter vor hinter neben zwischen durch gegen ohne um als wie wenn dass weil auch noch schon nur sehr hier "
          "dort dann doch ja nein im am ins",
    "fr": "le la les l' un une des du de d' et ou mais donc ni car ne pas plus je tu il elle on nous vous ils elles me te se "
          "moi toi lui leur ce cet cette ces mon ma mes ton ta tes son sa ses notre votre qui que quoi dont où à au aux en "
          "dans par pour sur sous avec sans chez est sont était être avoir ont très aussi bien",
    "es": "el la los las un una unos unas y o pero ni que de del al a en con por para sin sobre entre hasta desde es son era "
          "ser estar está están ha han yo tú él ella nosotros vosotros ellos ellas me te se nos le les lo mi mis tu tus su "
          "sus este esta estos estas ese esa muy más menos también ya no sí como cuando donde",
    "it": "il lo la i gli le un uno una e o ma che di del della dei delle a al alla da dal in nel nella con su sul per tra "
          "fra non è sono era essere avere ha hanno io tu lui lei noi voi loro mi ti si ci vi questo questa quello quella "
          "molto più anche già come quando dove perché se",
    "pt": "o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas por pelo pela para com sem sobre entre "
          "até é são era ser estar está tem têm eu tu ele ela nós vós eles elas me te se lhe meu minha seu sua este esta "
          "isso isto muito mais também já não sim como quando onde",
    "nl": "de het een en of maar want dus van in op aan met voor door naar bij uit over onder tegen zonder is zijn was waren "
          "heeft hebben wordt worden ik jij je hij zij ze wij we jullie mij me hem haar ons hun dit dat deze die niet geen "
          "ook nog al wel heel zeer als dan toen waar wanneer hoe er hier daar",
    "pl": "i w z na do nie że się to jest jak ale o po od za dla przez przy ku lub albo czy co ten ta te ja ty on ona ono my "
          "wy oni jego jej ich tak bardzo już jeszcze tylko gdy gdzie kiedy",
    "sv": "och i att det som en ett på är av för med till den har de inte om han hon vi ni jag du men så från ut vid var när "
          "efter under eller också bara mycket här där",
    "tr": "ve bir bu da de için ile ama çok ne o şu gibi daha en mi mı mu mü ya veya ki ben sen biz siz onlar her hiç kadar "
          "sonra önce şimdi değil var yok olarak göre",
}
STOP = {k: v.split() for k, v in STOP.items()}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
TITLES = {
    "en": ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Rev."],
    "de": ["Herr", "Frau", "Dr.", "Prof.", "Prof. Dr.", "Dipl.-Ing.", "Mag.", "Fräulein"],
    "fr": ["M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Monsieur", "Madame", "Mademoiselle"],
    "es": ["Sr.", "Sra.", "Srta.", "D.", "Dña.", "Dr.", "Dra.", "Lic.", "Ing."],
    "it": ["Sig.", "Sig.ra", "Sig.na", "Dott.", "Dott.ssa", "Avv.", "Ing.", "Prof.ssa"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.", "Prof.", "D."],
    "nl": ["dhr.", "mevr.", "mw.", "drs.", "ir.", "mr.", "dr.", "prof."],
    "pl": ["Pan", "Pani", "dr", "inż.", "mgr", "prof."],
    "sv": ["herr", "fru", "fröken", "dr", "professor"],
    "tr": ["Bay", "Bayan", "Sayın", "Dr.", "Prof.", "Av."],
}
GREETINGS = {
    "en": ["Dear", "Hi", "Hello", "Hey", "Good morning", "Good afternoon", "Greetings", "To whom it may concern"],
    "de": ["Sehr geehrte", "Sehr geehrter", "Liebe", "Lieber", "Hallo", "Guten Tag", "Moin", "Servus", "Grüß Gott"],
    "fr": ["Bonjour", "Madame", "Monsieur", "Cher", "Chère", "Salut", "Bonsoir", "Coucou"],
    "es": ["Estimado", "Estimada", "Hola", "Buenos días", "Buenas tardes", "Querido", "Querida"],
    "it": ["Gentile", "Egregio", "Caro", "Cara", "Ciao", "Buongiorno", "Salve"],
    "pt": ["Prezado", "Prezada", "Olá", "Oi", "Bom dia", "Boa tarde", "Caro", "Cara"],
    "nl": ["Beste", "Geachte", "Hallo", "Hoi", "Goedemorgen", "Goedemiddag", "Dag"],
    "pl": ["Szanowny Panie", "Szanowna Pani", "Dzień dobry", "Cześć", "Witam"],
    "sv": ["Hej", "Hejsan", "God morgon", "Bästa", "Kära"],
    "tr": ["Merhaba", "Sayın", "Günaydın", "İyi günler", "Selam"],
}
SIGNOFFS = {
    "en": ["Best regards", "Kind regards", "Regards", "Best", "Cheers", "Thanks", "Many thanks", "Sincerely", "Yours sincerely", "Warm wishes"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Liebe Grüße", "LG", "MfG", "Schöne Grüße", "Danke und Gruß"],
    "fr": ["Cordialement", "Bien cordialement", "Bien à vous", "Salutations distinguées", "Amicalement", "Bonne journée"],
    "es": ["Saludos", "Un saludo", "Atentamente", "Cordialmente", "Un abrazo", "Saludos cordiales"],
    "it": ["Cordiali saluti", "Distinti saluti", "Saluti", "Un caro saluto", "A presto"],
    "pt": ["Atenciosamente", "Cumprimentos", "Com os melhores cumprimentos", "Abraços", "Obrigado", "Obrigada"],
    "nl": ["Met vriendelijke groet", "Vriendelijke groeten", "Groeten", "Groetjes", "Hartelijke groet"],
    "pl": ["Z poważaniem", "Pozdrawiam", "Serdecznie pozdrawiam", "Z wyrazami szacunku"],
    "sv": ["Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar", "Mvh"],
    "tr": ["Saygılarımla", "İyi çalışmalar", "Teşekkürler", "Sevgiler"],
}
FIRST = {
    "en": ["James", "Olivia", "Thomas", "Emily", "Daniel", "Sophie", "Oliver", "Grace", "Henry", "Chloe", "Samuel", "Lucy"],
    "de": ["Anna", "Jürgen", "Lukas", "Sabine", "Matthias", "Katrin", "Jonas", "Ursula", "Felix", "Heike", "Stefan", "Lea"],
    "fr": ["Marie", "Julien", "Camille", "Nicolas", "Chloé", "Étienne", "Léa", "Mathieu", "Inès", "François", "Manon"],
    "es": ["Sofía", "Javier", "Lucía", "Alejandro", "Carmen", "Diego", "Marta", "Pablo", "Elena", "Sergio", "Nuria"],
    "it": ["Luca", "Giulia", "Marco", "Chiara", "Alessandro", "Francesca", "Matteo", "Sara", "Giorgio", "Elisa"],
    "pt": ["João", "Ana", "Pedro", "Beatriz", "Tiago", "Mariana", "Rui", "Inês", "Gonçalo", "Catarina"],
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jeroen", "Eva", "Thijs", "Anouk", "Sem"],
    "pl": ["Piotr", "Anna", "Krzysztof", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Zofia"],
    "sv": ["Erik", "Astrid", "Lars", "Ingrid", "Johan", "Maja", "Anders", "Elsa"],
    "tr": ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Fatma", "Can"],
}
LAST = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Baker", "Walker", "Hughes", "Clarke"],
    "de": ["Schmidt", "Müller", "Groß", "Weber", "Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Koch", "Wagner"],
    "fr": ["Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Laurent", "Fontaine", "Rousseau", "Mercier"],
    "es": ["García", "Martínez", "López", "Sánchez", "Fernández", "Romero", "Navarro", "Ortega", "Jiménez", "Ruiz"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gomes"],
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"],
    "pl": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński"],
    "sv": ["Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk"],
}
CITIES = {
    "en": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Dublin", "Boston", "Denver", "Toronto"],
    "de": ["Berlin", "München", "Köln", "Hamburg", "Frankfurt am Main", "Düsseldorf", "Leipzig", "Nürnberg", "Wien", "Zürich"],
    "fr": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg", "Genève", "Montréal"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Ciudad de México", "Buenos Aires"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Genova", "Palermo", "Venezia"],
    "pt": ["Lisboa", "Porto", "Coimbra", "Braga", "Faro", "São Paulo", "Rio de Janeiro", "Belo Horizonte"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Antwerpen", "Gent"],
    "pl": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
}
STREETS = {
    "en": ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Court", "Place", "Square", "Terrace", "Way", "Close", "Crescent"],
    "de": ["Straße", "Str.", "Strasse", "Weg", "Gasse", "Allee", "Platz", "Ring", "Damm", "Ufer", "Chaussee"],
    "fr": ["rue", "avenue", "boulevard", "bd", "place", "impasse", "allée", "chemin", "quai", "cours"],
    "es": ["calle", "c/", "avenida", "avda.", "paseo", "plaza", "camino", "carretera", "ronda", "travesía"],
    "it": ["via", "viale", "piazza", "corso", "vicolo", "largo", "strada", "lungomare"],
    "pt": ["rua", "avenida", "av.", "travessa", "praça", "largo", "estrada", "alameda"],
    "nl": ["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "steeg"],
    "pl": ["ulica", "ul.", "aleja", "al.", "plac", "pl.", "osiedle", "os."],
    "sv": ["gatan", "vägen", "gränd", "torget", "allén"],
    "tr": ["Sokak", "Sk.", "Cadde", "Cad.", "Bulvarı", "Mahallesi", "Mah."],
}
STREET_NAMES = {"en": ["High", "Church", "Station", "Mill", "Park", "Victoria", "King"], "de": ["Haupt", "Bahnhof", "Schiller", "Goethe", "Linden", "Berg"],
                "fr": ["de la Paix", "Victor Hugo", "des Lilas", "du Moulin"], "es": ["Mayor", "del Sol", "de Alcalá", "Real"],
                "it": ["Roma", "Garibaldi", "Dante", "Verdi"], "pt": ["Augusta", "do Carmo", "da Liberdade"], "nl": ["Kerk", "Molen", "Prinsen", "Dorps"]}

CUES = {  # context words that make a nearby candidate more likely, per entity and language
    "PHONE_NUMBER": {"en": ["phone", "tel", "mobile", "cell", "call", "fax"], "de": ["Telefon", "Tel.", "Handy", "Mobil", "Rufnummer"],
                     "fr": ["téléphone", "tél", "portable", "joindre"], "es": ["teléfono", "móvil", "tel.", "llamar"],
                     "it": ["telefono", "cellulare", "tel."], "pt": ["telefone", "telemóvel", "celular"], "nl": ["telefoon", "mobiel", "tel."]},
    "EMAIL_ADDRESS": {"en": ["email", "e-mail", "mail", "contact", "reply to"], "de": ["E-Mail", "Mail", "Adresse"],
                      "fr": ["courriel", "e-mail", "adresse"], "es": ["correo", "correo electrónico", "email"], "it": ["posta", "email"],
                      "pt": ["e-mail", "correio"], "nl": ["e-mail", "mailadres"]},
    "IBAN_CODE": {"en": ["IBAN", "account", "bank", "transfer", "sort code"], "de": ["IBAN", "Konto", "Kontonummer", "Bankverbindung", "Überweisung"],
                  "fr": ["IBAN", "compte", "RIB", "virement"], "es": ["IBAN", "cuenta", "transferencia"], "it": ["IBAN", "conto", "bonifico"],
                  "pt": ["IBAN", "NIB", "conta"], "nl": ["IBAN", "rekening", "rekeningnummer"]},
    "CREDIT_CARD": {"en": ["card", "visa", "mastercard", "amex", "expiry", "cvc"], "de": ["Karte", "Kreditkarte", "Kartennummer"],
                    "fr": ["carte", "carte bancaire", "CB"], "es": ["tarjeta", "tarjeta de crédito"], "it": ["carta", "carta di credito"],
                    "pt": ["cartão", "cartão de crédito"], "nl": ["kaart", "creditcard"]},
    "DATE_OF_BIRTH": {"en": ["born", "birthday", "date of birth", "DOB"], "de": ["geboren", "Geburtsdatum", "geb."],
                      "fr": ["né le", "née le", "date de naissance"], "es": ["nacido", "nacida", "fecha de nacimiento"],
                      "it": ["nato il", "nata il", "data di nascita"], "pt": ["nascido", "data de nascimento"], "nl": ["geboren", "geboortedatum"]},
    "PERSON": {"en": ["name", "signed", "contact person", "attn"], "de": ["Name", "Ansprechpartner", "z. Hd."], "fr": ["nom", "prénom"],
               "es": ["nombre", "apellido"], "it": ["nome", "cognome"], "pt": ["nome", "apelido"], "nl": ["naam", "achternaam"]},
}

TOPICS = {
    "medical": ["diagnosis", "prescription", "dosage", "symptom", "oncology", "blood pressure", "insulin", "MRI", "therapy", "allergy", "vaccination", "patient record"],
    "legal": ["lawsuit", "subpoena", "plaintiff", "defendant", "settlement", "litigation", "NDA", "court order", "attorney", "affidavit", "injunction"],
    "financial": ["invoice", "revenue", "EBITDA", "forecast", "earnings", "merger", "acquisition", "dividend", "payroll", "balance sheet", "audit"],
    "hr": ["salary", "performance review", "termination", "disciplinary", "sick leave", "parental leave", "grievance", "background check"],
    "weapons": ["firearm", "ammunition", "rifle", "pistol", "explosive", "detonator", "silencer", "caliber", "gunpowder"],
    "drugs": ["cocaine", "heroin", "methamphetamine", "fentanyl", "cannabis", "opioid", "overdose", "narcotics"],
    "gambling": ["casino", "betting odds", "jackpot", "roulette", "sportsbook", "poker"],
    "source_code": ["repository", "stack trace", "commit", "pull request", "compiler", "segfault", "dependency"],
    "credentials": ["password", "api key", "access token", "private key", "secret", "passphrase", "one-time code"],
    "politics": ["election", "campaign", "candidate", "parliament", "referendum", "ballot"],
    "self_harm": ["crisis line", "helpline", "self-harm", "suicidal thoughts"],
}

SECRETS = [  # (prefix, case name, description, body length)
    ("ghp_", "githubPersonalToken", "GitHub personal access token", 36), ("gho_", "githubOAuthToken", "GitHub OAuth token", 36),
    ("ghs_", "githubServerToken", "GitHub server-to-server token", 36), ("github_pat_", "githubFineGrainedToken", "GitHub fine-grained token", 82),
    ("xoxb-", "slackBotToken", "Slack bot token", 48), ("xoxp-", "slackUserToken", "Slack user token", 48), ("xapp-", "slackAppToken", "Slack app token", 60),
    ("AKIA", "awsAccessKeyID", "AWS access key id", 16), ("ASIA", "awsTemporaryKeyID", "AWS temporary access key id", 16),
    ("sk_live_", "stripeSecretKey", "Stripe secret key", 24), ("rk_live_", "stripeRestrictedKey", "Stripe restricted key", 24),
    ("AIza", "googleAPIKey", "Google API key", 35), ("ya29.", "googleOAuthToken", "Google OAuth access token", 60),
    ("glpat-", "gitlabToken", "GitLab personal token", 20), ("npm_", "npmToken", "npm access token", 36), ("pypi-", "pypiToken", "PyPI upload token", 60),
    ("SG.", "sendgridKey", "SendGrid API key", 66), ("shpat_", "shopifyToken", "Shopify access token", 32),
    ("dop_v1_", "digitalOceanToken", "DigitalOcean token", 64), ("hf_", "huggingFaceToken", "Hugging Face token", 34),
    ("sk-ant-", "anthropicKey", "Anthropic API key", 90), ("sq0atp-", "squareToken", "Square access token", 22),
    ("-----BEGIN OPENSSH PRIVATE KEY-----", "sshPrivateKey", "OpenSSH private key block", 0),
    ("-----BEGIN RSA PRIVATE KEY-----", "rsaPrivateKey", "PEM RSA private key block", 0),
]

ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS",
            "URL", "DATE_OF_BIRTH", "NATIONAL_ID", "PASSPORT_NUMBER", "TAX_ID", "API_KEY", "PRIVATE_KEY", "PASSWORD",
            "ACCESS_TOKEN", "CRYPTO_WALLET", "MEDICAL_RECORD", "LICENSE_PLATE", "POSTAL_ADDRESS", "PROMPT_INJECTION", "JAILBREAK"]
PII_ENT = ENTITIES[:13] + ["MEDICAL_RECORD", "LICENSE_PLATE", "POSTAL_ADDRESS"]
SECRET_ENT = ["API_KEY", "PRIVATE_KEY", "PASSWORD", "ACCESS_TOKEN", "CRYPTO_WALLET"]
ATTACK_ENT = ["PROMPT_INJECTION", "JAILBREAK"]

ROLES = ["analyst", "support", "engineer", "admin", "auditor", "contractor", "intern", "finance", "hr", "legal", "sales", "researcher", "guest"]
MODELS = ["gpt-4o-mini", "claude-3-haiku", "local-llama", "mistral-small", "internal-7b", "gemini-flash", "onprem-13b"]
LABELS = ["public", "internal", "confidential", "restricted"]
ACTIONS = ["allow", "deny", "redact", "block", "review", "pseudonymize", "warn"]
DEPTS = ["finance", "support", "platform", "research", "legal", "people", "sales", "security", "data"]
PRODUCTS = ["Sieve", "Warden", "Lantern", "Bastion", "Redline", "Hush", "Veil", "Tollgate", "Keel", "Moat", "Quill", "Argus",
            "Ferry", "Harbor", "Lattice", "Bramble", "Cobalt", "Thimble", "Nettle", "Tessera"]
MODSUF = ["Core", "Kit", "Detect", "Policy", "Scan", "Redact", "Lexicon", "Guard", "Engine", "Text"]
DOMAINS = ["example.com", "example.org", "example.net", "example.de", "mail.example", "corp.example", "test.invalid"]


def person(lang: str | None = None) -> tuple[str, str]:
    lang = lang or R.choice(["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr"])
    return R.choice(FIRST[lang]), R.choice(LAST[lang])


def ascii_fold(s: str) -> str:
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(first: str, last: str) -> str:
    user = ascii_fold(first) + R.choice([".", "_", ""]) + ascii_fold(last).replace(" ", "")
    return user + "@" + R.choice(DOMAINS)


def iban(country: str | None = None) -> str:
    """An IBAN-shaped test string with a correct mod-97 check (random, not a real account)."""
    country = country or R.choice(["DE", "FR", "ES", "IT", "NL", "PT", "GB", "AT", "BE"])
    n = {"DE": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "PT": 21, "GB": 18, "AT": 16, "BE": 12}[country]
    if country in ("NL", "GB"):
        bban = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(R.choice("0123456789") for _ in range(n - 4))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(n))
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def spaced(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_number(prefix: str = "4", length: int = 16) -> str:
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def fake_token(prefix: str, n: int) -> str:
    if n == 0:
        return prefix
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if prefix in ("AKIA", "ASIA"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    body = "".join(R.choice(alphabet) for _ in range(n))
    if chance(0.35):
        body = body[: max(0, n - 7)] + "EXAMPLE"[: n]
    return prefix + body


def phone(lang: str) -> str:
    d = lambda k: "".join(R.choice("0123456789") for _ in range(k))  # noqa: E731
    return {"de": f"+49 30 {d(7)}", "fr": f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", "es": f"+34 91 {d(3)} {d(2)} {d(2)}",
            "it": f"+39 02 {d(4)} {d(4)}", "pt": f"+351 21 {d(3)} {d(4)}", "nl": f"+31 20 {d(3)} {d(4)}",
            "en": f"+44 20 7946 0{d(3)}"}.get(lang, f"+1 555 01{d(2)}")

# Synthetic ordinary text: prose, chat, mail and log lines, in several languages.
PROSE = {
    "en": ["The quarterly report is attached; the numbers for March are still provisional.",
           "We moved the stand-up to half past nine because of the train strike.",
           "Could you send me the slides from yesterday's workshop?",
           "The new coffee machine on the third floor finally works.",
           "Our team reviewed the onboarding checklist and removed two outdated steps.",
           "Please book the meeting room for Thursday afternoon.",
           "The invoice total was rounded incorrectly, so finance reissued it.",
           "I left the spare keys at reception.", "Lunch is on us on Friday to celebrate the release.",
           "The migration finished overnight without errors.", "Traffic on the bridge was terrible this morning."],
    "de": ["Die Besprechung wurde auf Donnerstag verschoben.", "Bitte schick mir die Rechnung bis Ende der Woche.",
           "Der Zug nach Hamburg hatte heute wieder Verspätung.", "Wir haben die Urlaubsplanung für August abgeschlossen.",
           "Kannst du die Präsentation noch einmal durchsehen?", "Das Büro bleibt am Brückentag geschlossen.",
           "Die neue Kaffeemaschine steht in der Küche im zweiten Stock.", "Vielen Dank für die schnelle Rückmeldung."],
    "fr": ["La réunion est reportée à jeudi matin.", "Merci de m'envoyer la facture avant vendredi.",
           "Le train pour Lyon avait encore du retard.", "Nous avons terminé le planning des congés d'été.",
           "Peux-tu relire la présentation avant demain ?", "Le bureau sera fermé pendant le pont de mai."],
    "es": ["La reunión se ha movido al jueves por la mañana.", "Por favor, envíame la factura antes del viernes.",
           "El tren a Valencia llegó tarde otra vez.", "Ya hemos cerrado el calendario de vacaciones de agosto.",
           "¿Puedes revisar la presentación antes de mañana?"],
    "it": ["La riunione è stata spostata a giovedì mattina.", "Per favore mandami la fattura entro venerdì.",
           "Il treno per Milano era di nuovo in ritardo.", "Abbiamo chiuso il piano ferie di agosto."],
    "pt": ["A reunião passou para quinta-feira de manhã.", "Por favor envia-me a fatura até sexta-feira.",
           "O comboio para o Porto voltou a atrasar.", "Já fechámos o plano de férias de agosto."],
    "nl": ["De vergadering is verplaatst naar donderdagochtend.", "Stuur me de factuur alsjeblieft voor vrijdag.",
           "De trein naar Utrecht had weer vertraging.", "We hebben de vakantieplanning voor augustus afgerond."],
}
CHAT = ["ok 👍", "lol that's fine", "brb, coffee ☕", "can you share the link?", "thx!", "see you at 3",
        "who has the VPN issue?", "merged 🎉", "on my way 🚲", "sounds good", "Danke dir!", "merci 🙏", "¿vienes hoy?",
        "ci vediamo dopo", "tot straks", "até já", "好的，明天见", "了解しました", "감사합니다", "👀", "🔥🔥", "ping me when done"]
LOGS = ["INFO  http: GET /healthz 200 1ms", "WARN  cache: eviction rate above 20%", "DEBUG scheduler: tick 4812",
        "ERROR db: connection reset by peer (retrying)", "INFO  worker[3]: job 88213 finished in 412ms",
        "INFO  auth: session refreshed for user 1043", "WARN  disk: /var 81% used", "INFO  deploy: version 2.14.1 live"]
SYMBOLS = ["@", "#", "%", "&", "*", "+", "=", "/", "\\\\", "|", "~", "^", "<", ">", "…", "—", "€", "£", "§", "°"]
EMOJI = ["😀", "🎉", "👍", "🚀", "🙏", "☕", "🔥", "✅", "❤️", "🤔", "📎", "🧪"]
CJK = ["日本語", "中文", "한국어", "東京", "北京", "서울", "テスト", "数据", "検出", "사용자"]
PY_WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"]


# ------------------------------------------------------------------ per-file context

class Ctx:
    """Names chosen once per file so that its parts agree with each other."""

    def __init__(self):
        self.product = R.choice(PRODUCTS)
        self.module = self.product + R.choice(MODSUF)
        self.pub = one("public ", "public ", "", "package ")
        self.ent = one("EntityType", "EntityKind", "FindingKind", "PIIType", "Category", "LabelKind")
        self.find = one("Finding", "Detection", "Match", "Hit", "Candidate")
        self.lang_t = one("Language", "LanguageCode", "Locale2")
        self.action = one("Action", "Verdict", "Effect", "Outcome")
        self.rule = one("Rule", "PolicyRule", "CompiledRule", "RuleEntry")
        self.clear = one("Clearance", "Sensitivity", "DataLabel", "Classification")
        self.decision = one("Decision", "PolicyDecision", "Evaluation", "Ruling")
        self.principal = one("Principal", "Caller", "Subject", "RequestContext")
        self.year = R.choice([2024, 2025, 2026])
        self.author = " ".join(person("en"))
        self.used: dict[str, set] = collections.defaultdict(set)

    def fresh(self, key: str, n: int) -> int:
        """A variant number not used yet in this file (so test names do not repeat), if any is left."""
        left = [i for i in range(n) if i not in self.used[key]]
        k = R.choice(left) if left else R.randrange(n)
        self.used[key].add(k)
        return k


def cmt_box(lines: list[str], style: str = "//") -> str:
    return "\n".join(f"{style} {l}".rstrip() for l in lines)


LICENSES = ["SPDX-License-Identifier: Apache-2.0", "SPDX-License-Identifier: MIT", "Licensed under the Apache License, Version 2.0",
            "Copyright (c) {y} the {p} authors. All rights reserved.", "This file is part of {p}. See LICENSE for terms."]


def license_line(ctx: Ctx) -> str:
    return R.choice(LICENSES).format(y=ctx.year, p=ctx.product)


WORDLIST_DOCS = {
    "stopwords": ["Function words that carry no signal on their own.", "Stop words, lower-cased, as they appear in running text.",
                  "Words skipped by the tokenizer before n-grams are counted.", "High-frequency words; a name candidate made only of these is dropped.",
                  "Articles, pronouns, prepositions and conjunctions."],
    "months": ["Month names, used by the date recogniser.", "Month names in the nominative; abbreviations are derived from the first three letters.",
               "Calendar words that make a nearby number look like a date rather than an account number."],
    "weekdays": ["Weekday names; a capitalised weekday is never a person name.", "Day names used to tell dates from identifiers."],
    "titles": ["Honorifics that start a person name.", "Titles before a name raise the score of the following capitalised words.",
               "Salutation titles, with and without the trailing dot."],
    "greetings": ["Mail openers; the words after them are often a name.", "Greeting words that precede the addressee in letters and mails.",
                  "Salutations: the capitalised token after one is a name candidate."],
    "signoffs": ["Closing formulas; the line after one usually holds the sender's name.", "Sign-offs that end a mail body.",
                 "Valedictions. Everything below the first one is treated as the signature block."],
    "streets": ["Street-type words that turn a preceding or following word into an address.", "Thoroughfare words per language.",
                "Address keywords. A house number next to one of these makes a postal address."],
    "firstnames": ["Common given names for the gazetteer. Not exhaustive: the model scores unknown names too.",
                   "Given names seen most often in the test corpora."],
    "surnames": ["Frequent family names; used with the given-name list to score full names.", "Family names for the gazetteer."],
    "cities": ["City names for the location gazetteer.", "Place names; a match is tagged LOCATION with a moderate score."],
}


def lang_comment(lang: str, cat: str) -> str:
    extra = {
        "stopwords": ["articles, pronouns, prepositions", "function words", "most frequent words, nouns removed", "closed-class words"],
        "months": ["full names", "nominative forms", "lower-case where the language writes them so"],
        "weekdays": ["full names", "as written in running text"],
        "titles": ["with and without dots", "academic titles included", "abbreviations first"],
        "greetings": ["formal and informal", "mail openers"],
        "signoffs": ["formal first, then informal", "closing lines"],
        "streets": ["full forms and abbreviations", "suffixes and standalone words"],
        "firstnames": ["given names", "common in the corpus"], "surnames": ["family names"], "cities": ["largest cities"],
    }.get(cat, [""])
    return f"{LANG_NAMES[lang]}: {R.choice(extra)}"


def cat_data(cat: str) -> dict:
    return {"stopwords": STOP, "months": MONTHS, "weekdays": WEEKDAYS, "titles": TITLES, "greetings": GREETINGS,
            "signoffs": SIGNOFFS, "streets": STREETS, "firstnames": FIRST, "surnames": LAST, "cities": CITIES}[cat]


WL_TYPES = {"stopwords": ["StopWords", "FunctionWords", "Stopwords", "CommonWords"], "months": ["MonthNames", "Months", "CalendarWords"],
            "weekdays": ["WeekdayNames", "DayNames", "Weekdays"], "titles": ["Honorifics", "NameTitles", "Titles"],
            "greetings": ["Greetings", "Salutations", "MailOpeners"], "signoffs": ["SignOffs", "Closings", "Valedictions"],
            "streets": ["StreetTypes", "AddressWords", "Thoroughfares"], "firstnames": ["GivenNames", "FirstNames"],
            "surnames": ["FamilyNames", "Surnames"], "cities": ["Cities", "PlaceNames", "CityGazetteer"]}


def langs_for(cat: str, lo: int = 3) -> list[str]:
    data = cat_data(cat)
    avail = [l for l in LANG_ORDER if l in data]
    chosen = pick(avail, min(lo, len(avail)), len(avail))
    if "en" in avail and "en" not in chosen and chance(0.7):
        chosen = ["en"] + chosen
    return chosen


def words_of(cat: str, lang: str) -> list[str]:
    ws = cat_data(cat)[lang]
    if cat in ("months", "weekdays"):
        out = list(ws)
        if chance(0.3):
            out = [w.lower() for w in out]
        return out
    if len(ws) > 12 and chance(0.6):
        ws = pick(ws, int(len(ws) * 0.6), len(ws), keep_order=not chance(0.3))
    return list(ws)


# ------------------------------------------------------------------ Swift

def sw_header(ctx: Ctx, filename: str, summary: str) -> str:
    k = R.randrange(5)
    if k == 0:
        return f"//\n//  {filename}\n//  {ctx.module}\n//\n//  {summary}\n//\n"
    if k == 1:
        return f"// {filename} — {summary}\n// {license_line(ctx)}\n"
    if k == 2:
        return f"// {license_line(ctx)}\n//\n// {summary}\n"
    if k == 3:
        return f"//===--- {filename} {'-' * max(3, 60 - len(filename))}===//\n//\n// {summary}\n//\n//===----------------------------------------------------------------------===//\n"
    return ""


def sw_imports(extra: list[str] = ()) -> str:
    base = ["Foundation"] if chance(0.85) else []
    return "\n".join(f"import {m}" for m in base + list(extra)) + "\n"


def sw_wordlist(ctx: Ctx, cat: str) -> str:
    tname = R.choice(WL_TYPES[cat])
    langs = langs_for(cat)
    doc = R.choice(WORDLIST_DOCS[cat])
    coll = one("Set<String>", "Set<String>", "[String]")
    ind = "    "
    layout = R.randrange(3)
    out = [f"/// {doc}"]
    if chance(0.4):
        out.append(f"/// Entries are {one('matched after lower-casing and accent folding', 'compared case-insensitively', 'kept as written; the caller folds case')}.")
    if layout == 0:
        out.append(f"{ctx.pub}enum {tname} {{")
        for lang in langs:
            ws = words_of(cat, lang)
            name = LANG_NAMES[lang].lower()
            out.append(f"{ind}// {lang_comment(lang, cat)}")
            out.append(f"{ind}{ctx.pub}static let {name}: {coll} = [")
            out.append(qlist(ws, ind * 2, per_line=R.choice([None, None, 6, 8, 10])))
            out.append(f"{ind}]")
            out.append("")
        out.append(f"{ind}/// The list for a language code, or an empty {one('set', 'list')} for languages we have no list for.")
        out.append(f"{ind}{ctx.pub}static func words(for code: String) -> {coll} {{")
        out.append(f"{ind * 2}switch code.lowercased() {{")
        for lang in langs:
            out.append(f'{ind * 2}case "{lang}": return {LANG_NAMES[lang].lower()}')
        out.append(f"{ind * 2}default: return []")
        out.append(f"{ind * 2}}}")
        out.append(f"{ind}}}")
        if coll.startswith("Set") and chance(0.6):
            names = [LANG_NAMES[l].lower() for l in langs]
            out.append("")
            out.append(f"{ind}/// Every language at once, for text whose language is unknown.")
            expr = names[0] + "".join(f".union({n})" for n in names[1:])
            out.append(f"{ind}{ctx.pub}static let all: Set<String> = {expr}")
        out.append("}")
    elif layout == 1:
        out.append(f"{ctx.pub}let {camel(tname)}ByLanguage: [String: {coll}] = [")
        for lang in langs:
            ws = words_of(cat, lang)
            out.append(f"{ind}// {lang_comment(lang, cat)}")
            out.append(f'{ind}"{lang}": [')
            out.append(qlist(ws, ind * 2, per_line=R.choice([None, 7, 9])))
            out.append(f"{ind}],")
        out.append("]")
    else:
        out.append(f"{ctx.pub}struct {tname} {{")
        out.append(f"{ind}{ctx.pub}struct Entry: Hashable {{ {ctx.pub}let text: String; {ctx.pub}let language: String }}")
        out.append("")
        out.append(f"{ind}{ctx.pub}static let entries: [Entry] = {{")
        out.append(f"{ind * 2}var out: [Entry] = []")
        for lang in langs:
            ws = words_of(cat, lang)
            out.append(f"{ind * 2}// {lang_comment(lang, cat)}")
            out.append(f"{ind * 2}out += [")
            out.append(qlist(ws, ind * 3, per_line=R.choice([None, 8])))
            out.append(f'{ind * 2}].map {{ Entry(text: $0, language: "{lang}") }}')
        out.append(f"{ind * 2}return out")
        out.append(f"{ind}}}()")
        out.append("")
        out.append(f"{ind}/// Lookup table from folded text to the languages that use it.")
        out.append(f"{ind}{ctx.pub}static let index: [String: Set<String>] = {{")
        out.append(f"{ind * 2}var index: [String: Set<String>] = [:]")
        out.append(f"{ind * 2}for entry in entries {{")
        out.append(f"{ind * 3}index[entry.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), default: []].insert(entry.language)")
        out.append(f"{ind * 2}}}")
        out.append(f"{ind * 2}return index")
        out.append(f"{ind}}}()")
        out.append("}")
    return "\n".join(out) + "\n"


def sw_topics(ctx: Ctx) -> str:
    topics = pick(list(TOPICS), 4, len(TOPICS))
    name = one("topicKeywords", "topicTable", "keywordsByTopic")
    out = [f"/// {one('Topic labels for the classifier, not block lists', 'Keywords per topic label', 'Seed terms for the topic tagger')}: "
           f"{one('a match only adds the label to the request metadata; the policy decides what to do with it.', 'policies refer to these labels by name.', 'each hit adds one to the topic count.')}",
           f"{ctx.pub}let {name}: [String: [String]] = ["]
    for t in topics:
        ws = pick(TOPICS[t], 4, None)
        if chance(0.3):
            out.append(f"    // {t}: {one('kept short on purpose', 'reviewed by the compliance team', 'English only for now', 'extend via topics.json')}")
        out.append(f'    "{t}": [{", ".join(chr(34) + w + chr(34) for w in ws)}],')
    out.append("]")
    if chance(0.6):
        out += ["", f"/// Labels whose keywords occur in `text`, most hits first.",
                f"{ctx.pub}func topics(in text: String, minimumHits: Int = {R.choice([1, 1, 2])}) -> [String] {{",
                "    let lowered = text.lowercased()",
                "    var hits: [String: Int] = [:]",
                f"    for (topic, words) in {name} {{",
                "        for word in words where lowered.contains(word) {",
                "            hits[topic, default: 0] += 1",
                "        }",
                "    }",
                "    return hits.filter { $0.value >= minimumHits }",
                "        .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }",
                "        .map(\\.key)",
                "}"]
    return "\n".join(out) + "\n"


def sw_cues(ctx: Ctx) -> str:
    ents = pick(list(CUES), 3, None)
    out = [f"/// Context words per entity type. {one('A word before the candidate raises its score.', 'A cue within the window raises the score by `boost`.', 'Cues are matched on folded, lower-cased tokens.')}",
           f"{ctx.pub}static let contextWords: [{ctx.ent}: [String]] = ["]
    for e in ents:
        ws = []
        for lang in pick(list(CUES[e]), 2, None):
            ws += CUES[e][lang]
        ws = list(dict.fromkeys(w.lower() for w in ws))
        out.append(f"    .{camel(e.lower())}: [")
        out.append(qlist([w.lower() for w in ws], "        "))
        out.append("    ],")
    out.append("]")
    return "\n".join(out) + "\n"


def sw_language_enum(ctx: Ctx) -> str:
    langs = pick(LANG_ORDER, 4, None)
    out = [f"/// Languages with word lists. Raw values are ISO 639-1 codes.",
           f"{ctx.pub}enum {ctx.lang_t}: String, CaseIterable, Codable, Sendable {{"]
    for l in langs:
        out.append(f'    case {LANG_NAMES[l].lower()} = "{l}"')
    out += ["", f"    {ctx.pub}init?(tag: String) {{",
            "        let primary = tag.split(whereSeparator: { $0 == \"-\" || $0 == \"_\" }).first.map(String.init) ?? tag",
            "        self.init(rawValue: primary.lowercased())", "    }", "}"]
    return "\n".join(out) + "\n"


def sw_entity_enum(ctx: Ctx) -> str:
    ents = sorted(set(pick(PII_ENT, 5, None) + pick(SECRET_ENT, 1, None) + (ATTACK_ENT if chance(0.7) else [])), key=ENTITIES.index)
    out = [f"/// What a {ctx.find.lower()} is about. Raw values are the labels used in reports and placeholders.",
           f"{ctx.pub}enum {ctx.ent}: String, Codable, CaseIterable, Hashable, Sendable {{"]
    for e in ents:
        out.append(f'    case {camel(e.lower())} = "{e}"')
    out += ["", "    /// Broad family, used by policies that match on `pii.*` or `secret.*`.",
            f"    {ctx.pub}var family: String {{", "        switch self {"]
    fam = {"pii": [e for e in ents if e in PII_ENT and e not in SECRET_ENT], "secret": [e for e in ents if e in SECRET_ENT],
           "attack": [e for e in ents if e in ATTACK_ENT]}
    for f, es in fam.items():
        if es:
            out.append(f"        case {', '.join('.' + camel(e.lower()) for e in es)}: return \"{f}\"")
    out += ["        }", "    }"]
    if chance(0.6):
        out += ["", "    /// Placeholder stem, e.g. `PERSON` in `<PERSON_1>`.",
                f"    {ctx.pub}var placeholderStem: String {{ rawValue }}"]
    if chance(0.5):
        out += ["", "    /// Whether a value of this type may be restored into a model's answer.",
                f"    {ctx.pub}var isRestorable: Bool {{",
                "        " + one('family == "pii"', 'family != "attack"', 'self != .password && family == "pii"'), "    }"]
    out.append("}")
    return "\n".join(out) + "\n"


def sw_finding(ctx: Ctx) -> str:
    src = one("String", "Source")
    out = [f"/// One detected span, in UTF-8 byte offsets of the scanned text.",
           f"{ctx.pub}struct {ctx.find}: Hashable, Sendable{one('', ', Codable')} {{",
           f"    {ctx.pub}var type: {ctx.ent}",
           f"    {ctx.pub}var range: Range<Int>",
           f"    {ctx.pub}var score: Double",
           f"    {ctx.pub}var source: {src}",
           "",
           f"    {ctx.pub}init(type: {ctx.ent}, range: Range<Int>, score: Double, source: {src}) {{",
           "        self.type = type", "        self.range = range", "        self.score = min(max(score, 0), 1)",
           "        self.source = source", "    }", "}", "",
           f"/// Overlapping {ctx.find.lower()}s collapse to the {one('higher-scoring', 'longer', 'earlier')} one; ties keep the longer span.",
           f"{ctx.pub}func resolveOverlaps(_ items: [{ctx.find}]) -> [{ctx.find}] {{",
           "    let sorted = items.sorted {",
           "        $0.score != $1.score ? $0.score > $1.score : $0.range.count > $1.range.count",
           "    }",
           f"    var kept: [{ctx.find}] = []",
           "    for item in sorted where !kept.contains(where: { $0.range.overlaps(item.range) }) {",
           "        kept.append(item)", "    }",
           "    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }", "}"]
    return "\n".join(out) + "\n"


def sw_luhn(ctx: Ctx) -> str:
    name = one("luhnIsValid", "passesLuhn", "isLuhnValid", "luhnCheck")
    if chance(0.5):
        return T("""/// Luhn (mod 10) check used by card numbers and some national identifiers.
/// Spaces and dashes are skipped; any other non-digit fails the check.
⟨pub⟩func ⟨name⟩<S: StringProtocol>(_ candidate: S) -> Bool {
    var sum = 0
    var count = 0
    var double = false
    for byte in candidate.utf8.reversed() {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var d = Int(byte &- UInt8(ascii: "0"))
            if double {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
            count += 1
            double.toggle()
        case UInt8(ascii: " "), UInt8(ascii: "-"):
            continue
        default:
            return false
        }
    }
    return count >= ⟨minlen⟩ && count <= 19 && sum % 10 == 0
}
""", pub=ctx.pub, name=name, minlen=R.choice([12, 13, 13, 14]))
    return T("""extension StringProtocol {
    /// `true` when the digits in `self` pass the Luhn check. Separators must be removed first.
    ⟨pub⟩var ⟨name⟩: Bool {
        let digits = self.compactMap(\\.wholeNumberValue)
        guard digits.count == self.count, (⟨minlen⟩...19).contains(digits.count) else { return false }
        let sum = digits.reversed().enumerated().reduce(0) { acc, pair in
            let (i, d) = pair
            guard i % 2 == 1 else { return acc + d }
            let twice = d * 2
            return acc + (twice > 9 ? twice - 9 : twice)
        }
        return sum % 10 == 0
    }
}
""", pub=ctx.pub, name=name, minlen=R.choice([12, 13, 15]))


def sw_mod97(ctx: Ctx) -> str:
    lens = pick([("DE", 22), ("AT", 20), ("CH", 21), ("FR", 27), ("ES", 24), ("IT", 27), ("NL", 18), ("BE", 16),
                 ("PT", 25), ("GB", 22), ("PL", 28), ("SE", 24), ("TR", 26), ("LU", 20), ("IE", 22)], 5, None)
    table = ", ".join(f'"{c}": {n}' for c, n in lens)
    return T("""/// Expected IBAN length per country. Countries not listed are checked for 15...34 characters.
let ibanLengths: [String: Int] = [⟨table⟩]

/// ISO 13616 check: move the first four characters to the end, read letters as 10...35
/// and take the remainder modulo 97, which must be 1. Works on chunks so that nothing overflows.
⟨pub⟩func ⟨name⟩(_ raw: String) -> Bool {
    let compact = raw.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    guard compact.count >= 15, compact.count <= 34, compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
        return false
    }
    let country = String(compact.prefix(2))
    if let expected = ibanLengths[country], expected != compact.count { return false }
    let rearranged = compact.dropFirst(4) + compact.prefix(4)
    var remainder = 0
    for ch in rearranged {
        guard let value = ch.hexDigitValue ?? (ch.isLetter ? Int(ch.asciiValue! - 55) : nil) else { return false }
        if value >= 10 {
            remainder = (remainder * 100 + value) % 97
        } else {
            remainder = (remainder * 10 + value) % 97
        }
    }
    return remainder == 1
}
""", table=table, pub=ctx.pub, name=one("isValidIBAN", "ibanChecksumOK", "validateIBAN"))


def sw_mod11(ctx: Ctx) -> str:
    k = R.randrange(3)
    if k == 0:
        return T("""/// ISBN-10 style mod-11 check: weights 10 down to 1, `X` stands for ten in the last place.
⟨pub⟩func ⟨name⟩(_ s: String) -> Bool {
    let chars = Array(s.filter { $0 != "-" && $0 != " " })
    guard chars.count == 10 else { return false }
    var sum = 0
    for (i, c) in chars.enumerated() {
        let value: Int
        if let d = c.wholeNumberValue { value = d }
        else if i == 9 && (c == "X" || c == "x") { value = 10 }
        else { return false }
        sum += value * (10 - i)
    }
    return sum % 11 == 0
}
""", pub=ctx.pub, name=one("mod11ISBN", "isValidISBN10", "checkMod11"))
    if k == 1:
        return T("""/// Weighted mod-11 check digit (weights ⟨w⟩), as used by several national identifiers.
/// A remainder of 10 means the number cannot be valid.
⟨pub⟩func ⟨name⟩(_ digits: [Int]) -> Bool {
    let weights = [⟨w⟩]
    guard digits.count == weights.count + 1 else { return false }
    let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
    let r = 11 - sum % 11
    let check = r == 11 ? 0 : r
    return check != 10 && check == digits.last
}
""", pub=ctx.pub, name=one("mod11Check", "weightedMod11", "hasValidCheckDigit"),
                 w=", ".join(str(x) for x in R.choice([[3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [2, 7, 6, 5, 4, 3, 2], [7, 6, 5, 4, 3, 2]])))
    return T("""/// German tax id (Steuer-ID) check, ISO 7064 MOD 11,10. Eleven digits, the first is not zero.
⟨pub⟩func ⟨name⟩(_ s: String) -> Bool {
    let digits = s.compactMap(\\.wholeNumberValue)
    guard digits.count == 11, digits.count == s.count, digits[0] != 0 else { return false }
    var product = 10
    for d in digits.dropLast() {
        var sum = (d + product) % 10
        if sum == 0 { sum = 10 }
        product = (sum * 2) % 11
    }
    let check = (11 - product) % 10
    return check == digits[10]
}
""", pub=ctx.pub, name=one("isValidSteuerID", "germanTaxIDValid", "checkTaxID"))


def sw_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS, 6, None)
    kind_t = one("SecretKind", "CredentialKind", "TokenKind")
    out = [f"/// Kinds of credentials recognised by their fixed prefix.",
           f"{ctx.pub}enum {kind_t}: String, CaseIterable, Sendable {{"]
    out += [f'    case {r[1]}' for r in rows]
    out += ["}", "", f"/// Prefix table. {one('Longer prefixes come first so that `github_pat_` wins over a shorter match.', 'Ordered by how often we see them in the scan logs.', 'A candidate must also reach `minBody` characters from the body alphabet.')}",
            f"{ctx.pub}struct PrefixPattern: Sendable {{",
            "    let prefix: String", f"    let kind: {kind_t}", "    let minBody: Int", "    let note: String", "}", "",
            f"{ctx.pub}let prefixPatterns: [PrefixPattern] = ["]
    for p, k, d, n in sorted(rows, key=lambda r: -len(r[0])):
        nb = n if n else 0
        out.append(f'    PrefixPattern(prefix: "{p}", kind: .{k}, minBody: {max(0, nb - R.choice([0, 0, 4]))}, note: "{d}"),')
    out += ["]", "",
            "/// Bytes allowed in a token body after the prefix.",
            "@inline(__always)",
            "func isTokenByte(_ b: UInt8) -> Bool {",
            "    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D",
            "}", "",
            f"/// Scans for prefixed tokens; returns byte ranges and kinds.",
            f"{ctx.pub}func scanPrefixedTokens(_ text: String) -> [(range: Range<Int>, kind: {kind_t})] {{",
            "    let bytes = Array(text.utf8)",
            f"    var found: [(range: Range<Int>, kind: {kind_t})] = []",
            "    var i = 0",
            "    outer: while i < bytes.count {",
            "        for p in prefixPatterns {",
            "            let pb = Array(p.prefix.utf8)",
            "            guard i + pb.count <= bytes.count, bytes[i..<(i + pb.count)].elementsEqual(pb) else { continue }",
            "            if i > 0 && isTokenByte(bytes[i - 1]) { continue }  // inside a longer word",
            "            var j = i + pb.count",
            "            while j < bytes.count && isTokenByte(bytes[j]) { j += 1 }",
            "            if j - i - pb.count >= p.minBody {",
            "                found.append((i..<j, p.kind))",
            "                i = j",
            "                continue outer",
            "            }",
            "        }",
            "        i += 1",
            "    }",
            "    return found",
            "}"]
    return "\n".join(out) + "\n"


def sw_scanner(ctx: Ctx) -> str:
    return T("""/// Finds runs of digits with optional single separators, the raw material for card, IBAN and phone checks.
/// Works on UTF-8 bytes; a run never crosses a letter.
⟨pub⟩struct DigitRunScanner {
    ⟨pub⟩var minDigits = ⟨mind⟩
    ⟨pub⟩var maxDigits = ⟨maxd⟩
    ⟨pub⟩var separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-")⟨dot⟩]

    ⟨pub⟩init() {}

    ⟨pub⟩func runs(in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        text.utf8.withContiguousStorageIfAvailable { buf in
            var start = -1, digits = 0, lastDigit = -1
            func close() {
                if start >= 0 && digits >= minDigits && digits <= maxDigits {
                    result.append(start..<(lastDigit + 1))
                }
                start = -1; digits = 0
            }
            for (i, b) in buf.enumerated() {
                if b >= 0x30 && b <= 0x39 {
                    if start < 0 { start = i }
                    digits += 1
                    lastDigit = i
                } else if separators.contains(b) && start >= 0 && lastDigit == i - 1 {
                    continue
                } else {
                    close()
                }
            }
            close()
        }
        return result
    }
}
""", pub=ctx.pub, mind=R.choice([6, 8, 12]), maxd=R.choice([19, 24, 34]), dot=one("", ', UInt8(ascii: ".")', ', UInt8(ascii: "/")'))


def sw_tokenizer(ctx: Ctx) -> str:
    tok = one("Token", "WordToken", "Piece")
    return T("""/// A token of the input with its kind and range in the original string.
⟨pub⟩struct ⟨tok⟩: Equatable, Sendable {
    ⟨pub⟩enum Kind: Equatable, Sendable { case word, number, punctuation, symbol, whitespace }
    ⟨pub⟩let kind: Kind
    ⟨pub⟩let text: Substring
    ⟨pub⟩var lowered: String { text.lowercased() }
}

/// Splits text into words, numbers and punctuation. Apostrophes inside a word stay
/// (`l'homme` is one token ⟨cmt⟩); a hyphen joins two letter runs.
⟨pub⟩func tokenize(_ text: String, keepWhitespace: Bool = false) -> [⟨tok⟩] {
    var tokens: [⟨tok⟩] = []
    var i = text.startIndex
    while i < text.endIndex {
        let c = text[i]
        let start = i
        let kind: ⟨tok⟩.Kind
        if c.isLetter {
            i = text.index(after: i)
            while i < text.endIndex, text[i].isLetter || text[i].isNumber
                    || ((text[i] == "'" || text[i] == "-") && text.index(after: i) < text.endIndex && text[text.index(after: i)].isLetter) {
                i = text.index(after: i)
            }
            kind = .word
        } else if c.isNumber {
            while i < text.endIndex, text[i].isNumber { i = text.index(after: i) }
            kind = .number
        } else if c.isWhitespace {
            while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) }
            kind = .whitespace
        } else {
            i = text.index(after: i)
            kind = c.isPunctuation ? .punctuation : .symbol
        }
        if kind != .whitespace || keepWhitespace {
            tokens.append(⟨tok⟩(kind: kind, text: text[start..<i]))
        }
    }
    return tokens
}
""", pub=ctx.pub, tok=tok, cmt=one("for the stop-word lookup", "in French and Italian", "so that the stop list matches it"))


def sw_context(ctx: Ctx) -> str:
    return T("""/// Raises a candidate's score when a context word occurs shortly before it.
/// A word before the candidate raises its score; the same word after it counts for ⟨after⟩ of that.
⟨pub⟩struct ContextScorer {
    ⟨pub⟩var window = ⟨win⟩          // words looked at on each side
    ⟨pub⟩var boost = ⟨boost⟩
    ⟨pub⟩var cues: [⟨ent⟩: Set<String>]

    ⟨pub⟩init(cues: [⟨ent⟩: Set<String>]) { self.cues = cues }

    ⟨pub⟩func adjusted(_ score: Double, type: ⟨ent⟩, before: [String], after: [String]) -> Double {
        guard let words = cues[type], !words.isEmpty else { return score }
        let near = before.suffix(window).map { $0.lowercased() }
        let far = after.prefix(window).map { $0.lowercased() }
        var bonus = 0.0
        if near.contains(where: words.contains) { bonus += boost }
        if far.contains(where: words.contains) { bonus += boost * ⟨after⟩ }
        return min(1.0, score + bonus)
    }
}
""", pub=ctx.pub, ent=ctx.ent, win=R.choice([3, 4, 5, 6]), boost=R.choice(["0.25", "0.3", "0.35", "0.2"]), after=R.choice(["0.5", "0.4", "0.25"]))


def sw_masking(ctx: Ctx) -> str:
    style = one("RedactionStyle", "MaskStyle", "Replacement")
    return T("""/// How a detected value is replaced in the text that leaves the gateway.
⟨pub⟩enum ⟨style⟩: Sendable {
    case mask(Character, keepLast: Int)
    case placeholder
    case hash(salt: String)
    case remove
}

/// Masks all but the last `keepLast` characters; separators stay so the shape is recognisable.
⟨pub⟩func mask(_ value: String, with symbol: Character = "⟨sym⟩", keepLast: Int = ⟨keep⟩) -> String {
    let visible = value.filter { $0.isLetter || $0.isNumber }.count
    var remaining = max(0, visible - keepLast)
    return String(value.map { ch in
        guard ch.isLetter || ch.isNumber else { return ch }
        if remaining > 0 { remaining -= 1; return symbol }
        return ch
    })
}

/// Replaces ranges from the end so that earlier ranges stay valid.
⟨pub⟩func redact(_ text: String, ⟨plural⟩: [⟨find⟩], style: ⟨style⟩, label: (⟨find⟩) -> String) -> String {
    var utf8 = Array(text.utf8)
    for item in ⟨plural⟩.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
        let original = String(decoding: utf8[item.range], as: UTF8.self)
        let replacement: String
        switch style {
        case let .mask(symbol, keep): replacement = mask(original, with: symbol, keepLast: keep)
        case .placeholder: replacement = "<" + label(item) + ">"
        case let .hash(salt): replacement = "#" + String(stableHash(salt + original) & 0xFFFF_FFFF, radix: 16)
        case .remove: replacement = ""
        }
        utf8.replaceSubrange(item.range, with: Array(replacement.utf8))
    }
    return String(decoding: utf8, as: UTF8.self)
}

/// FNV-1a, stable across runs (unlike `hashValue`).
func stableHash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}
""", pub=ctx.pub, style=style, sym=one("*", "•", "x", "#"), keep=R.choice([0, 2, 4, 4]), find=ctx.find,
             plural=one("findings", "spans", "matches"))


def sw_vault(ctx: Ctx) -> str:
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt"])
    fakes = [" ".join(person(lang)) for _ in range(R.randint(4, 8))]
    fakes = list(dict.fromkeys(fakes))
    cls = one("PseudonymVault", "PlaceholderVault", "TokenVault", "AliasTable")
    return T("""/// Maps real values to placeholders such as `<PERSON_1>` for one conversation, and back.
/// The same value always gets the same placeholder; different types count separately.
⟨pub⟩final class ⟨cls⟩: @unchecked Sendable {
    private var forward: [String: String] = [:]     // "PERSON|Jürgen Groß" -> "<PERSON_1>"
    private var backward: [String: String] = [:]    // "<PERSON_1>" -> "Jürgen Groß"
    private var counters: [String: Int] = [:]
    private let lock = NSLock()

    /// Realistic stand-ins used when `useFakeNames` is on, so the model sees a name rather than a tag.
    ⟨pub⟩static let fakeNames = [⟨fakes⟩]
    ⟨pub⟩var useFakeNames = ⟨ufn⟩

    ⟨pub⟩init() {}

    ⟨pub⟩func placeholder(for value: String, type stem: String) -> String {
        lock.lock(); defer { lock.unlock() }
        let key = stem + "|" + value
        if let existing = forward[key] { return existing }
        let n = counters[stem, default: 0] + 1
        counters[stem] = n
        let token: String
        if useFakeNames && stem == "PERSON" && n <= Self.fakeNames.count {
            token = Self.fakeNames[n - 1]
        } else {
            token = "<\\(stem)_\\(n)>"
        }
        forward[key] = token
        backward[token] = value
        return token
    }

    /// Puts the original values back. Unknown placeholders are left as they are.
    ⟨pub⟩func restore(_ text: String) -> String {
        lock.lock(); defer { lock.unlock() }
        var out = text
        for (token, value) in backward.sorted(by: { $0.key.count > $1.key.count }) {
            out = out.replacingOccurrences(of: token, with: value)
        }
        return out
    }

    ⟨pub⟩var count: Int { lock.lock(); defer { lock.unlock() }; return backward.count }
}
""", pub=ctx.pub, cls=cls, fakes=", ".join(f'"{f}"' for f in fakes), ufn=one("false", "true"))


def sw_restorer(ctx: Ctx) -> str:
    return T("""/// Restores placeholders in a streamed answer. A chunk may end in the middle of `<PERSON_12>`,
/// so the tail that could still become a placeholder is held back until the next chunk.
⟨pub⟩struct StreamingRestorer {
    private var pending = ""
    private let restore: (String) -> String
    ⟨pub⟩let maxPlaceholderLength: Int

    ⟨pub⟩init(maxPlaceholderLength: Int = ⟨maxlen⟩, restore: @escaping (String) -> String) {
        self.maxPlaceholderLength = maxPlaceholderLength
        self.restore = restore
    }

    /// Text that is safe to emit now.
    ⟨pub⟩mutating func feed(_ chunk: String) -> String {
        pending += chunk
        guard let open = pending.lastIndex(of: "<") else {
            defer { pending = "" }
            return restore(pending)
        }
        let tail = pending[open...]
        if tail.contains(">") || tail.count > maxPlaceholderLength {
            defer { pending = "" }
            return restore(pending)
        }
        let ready = String(pending[..<open])
        pending = String(tail)
        return restore(ready)
    }

    /// Flushes whatever is held back at the end of the stream.
    ⟨pub⟩mutating func finish() -> String {
        defer { pending = "" }
        return restore(pending)
    }
}
""", pub=ctx.pub, maxlen=R.choice([24, 32, 40, 48]))


def sw_normalize(ctx: Ctx) -> str:
    return T("""extension String {
    /// Lower-cased, accents removed, runs of whitespace collapsed: the form the word lists are stored in.
    ⟨pub⟩var folded: String {
        let base = folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return base.split(whereSeparator: \\.isWhitespace).joined(separator: " ")
    }

    /// Drops zero-width and other format characters (Cf) that break word matching.
    ⟨pub⟩var withoutFormatCharacters: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0.properties.generalCategory != .format }))
    }
}

⟨pub⟩func isStopWord(_ word: String, language: String? = nil) -> Bool {
    let w = word.folded
    if let language { return ⟨wl⟩.words(for: language).contains(w) }
    return ⟨wl⟩.all.contains(w)
}
""", pub=ctx.pub, wl=one("StopWords", "FunctionWords", "Stopwords"))


# policy -----------------------------------------------------------------

def sw_clearance(ctx: Ctx) -> str:
    return T("""/// Data labels, ordered: public < internal < confidential < restricted.
⟨pub⟩enum ⟨c⟩: Int, Comparable, Codable, CaseIterable, Sendable {
    case `public` = 0
    case `internal` = 1
    case confidential = 2
    case restricted = 3

    ⟨pub⟩static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    ⟨pub⟩init?(name: String) {
        switch name.lowercased() {
        case "public": self = .public
        case "internal": self = .internal
        case "confidential": self = .confidential
        case "restricted", "secret": self = .restricted
        default: return nil
        }
    }
}
""", pub=ctx.pub, c=ctx.clear)


def sw_action(ctx: Ctx) -> str:
    acts = ["allow", "deny", "redact", "block", "review"] + pick(["pseudonymize", "warn", "route"], 0, 2)
    out = [f"/// What a rule does with a request. {one('Severity grows down the list.', 'Order matters when rules are merged: the strictest wins.', 'Raw values appear in audit logs.')}",
           f"{ctx.pub}enum {ctx.action}: String, Codable, Comparable, CaseIterable, Sendable {{"]
    out += [f"    case {a}" for a in acts]
    out += ["", f"    private var severity: Int {{ Self.allCases.firstIndex(of: self)! }}",
            f"    {ctx.pub}static func < (a: Self, b: Self) -> Bool {{ a.severity < b.severity }}",
            "", f"    /// Whether the request may continue to the model after this action.",
            f"    {ctx.pub}var letsThrough: Bool {{", "        switch self {",
            f"        case .allow, .redact{', .pseudonymize' if 'pseudonymize' in acts else ''}{', .warn' if 'warn' in acts else ''}{', .route' if 'route' in acts else ''}: return true",
            "        case .deny, .block, .review: return false", "        }", "    }", "}"]
    return "\n".join(out) + "\n"


def sw_rule(ctx: Ctx) -> str:
    return T("""/// A compiled rule. `id` is the position in the source file, so explanations can point at it.
⟨pub⟩struct ⟨rule⟩: Sendable, Identifiable {
    ⟨pub⟩let id: Int
    ⟨pub⟩let name: String
    ⟨pub⟩var roles: Set<String>?          // nil matches every role
    ⟨pub⟩var models: Set<String>?         // nil matches every model; "*" is expanded at compile time
    ⟨pub⟩var topics: Set<String> = []
    ⟨pub⟩var entityTypes: Set<String> = []
    ⟨pub⟩var minimumLabel: ⟨c⟩?
    ⟨pub⟩var action: ⟨a⟩
    ⟨pub⟩var explanation: String
    ⟨pub⟩var overrideAllowed = false      // whether a reviewer may approve a request this rule stopped

    func matches(_ p: ⟨pr⟩) -> Bool {
        if let roles, roles.isDisjoint(with: p.roles) { return false }
        if let models, !models.contains(p.model) { return false }
        if !topics.isEmpty && topics.isDisjoint(with: p.topics) { return false }
        if !entityTypes.isEmpty && entityTypes.isDisjoint(with: p.entityTypes) { return false }
        if let minimumLabel, p.label < minimumLabel { return false }
        return true
    }
}

/// What the evaluator knows about one request.
⟨pub⟩struct ⟨pr⟩: Sendable {
    ⟨pub⟩var user: String
    ⟨pub⟩var roles: Set<String>
    ⟨pub⟩var model: String
    ⟨pub⟩var label: ⟨c⟩ = .internal
    ⟨pub⟩var topics: Set<String> = []
    ⟨pub⟩var entityTypes: Set<String> = []
    ⟨pub⟩var systemPromptTokens = 0
}
""", pub=ctx.pub, rule=ctx.rule, c=ctx.clear, a=ctx.action, pr=ctx.principal)


def sw_compiler(ctx: Ctx) -> str:
    return T("""⟨pub⟩enum RuleCompileError: Error, CustomStringConvertible {
    case unknownAction(rule: String, value: String)
    case unknownLabel(rule: String, value: String)
    case duplicateName(String)
    case emptyRoles(rule: String)

    ⟨pub⟩var description: String {
        switch self {
        case let .unknownAction(r, v): return "rule '\\(r)': unknown action '\\(v)' (expected one of \\(⟨a⟩.allCases.map(\\.rawValue)))"
        case let .unknownLabel(r, v): return "rule '\\(r)': unknown label '\\(v)'"
        case let .duplicateName(n): return "two rules are named '\\(n)'"
        case let .emptyRoles(r): return "rule '\\(r)': `roles` is empty; leave it out to match every role"
        }
    }
}

/// Turns decoded rule specs into ⟨rule⟩ values with integer ids in file order.
⟨pub⟩struct RuleCompiler {
    ⟨pub⟩var knownModels: Set<String> = [⟨models⟩]

    ⟨pub⟩init() {}

    ⟨pub⟩func compile(_ specs: [RuleSpec]) throws -> [⟨rule⟩] {
        var seen = Set<String>()
        var rules: [⟨rule⟩] = []
        for (index, spec) in specs.enumerated() {
            guard seen.insert(spec.name).inserted else { throw RuleCompileError.duplicateName(spec.name) }
            guard let action = ⟨a⟩(rawValue: spec.action.lowercased()) else {
                throw RuleCompileError.unknownAction(rule: spec.name, value: spec.action)
            }
            var label: ⟨c⟩?
            if let raw = spec.minimumLabel {
                guard let l = ⟨c⟩(name: raw) else { throw RuleCompileError.unknownLabel(rule: spec.name, value: raw) }
                label = l
            }
            if let roles = spec.roles, roles.isEmpty { throw RuleCompileError.emptyRoles(rule: spec.name) }
            let models = spec.models.map { list in list.contains("*") ? knownModels : Set(list) }
            rules.append(⟨rule⟩(
                id: index + 1, name: spec.name,
                roles: spec.roles.map(Set.init), models: models,
                topics: Set(spec.topics ?? []), entityTypes: Set(spec.types ?? []),
                minimumLabel: label, action: action,
                explanation: spec.message ?? "rule \\(index + 1) (\\(spec.name)) applies",
                overrideAllowed: spec.overrideAllowed ?? false))
        }
        return rules
    }
}

/// The shape of one rule in the policy file.
⟨pub⟩struct RuleSpec: Decodable {
    var name: String
    var action: String
    var roles: [String]?
    var models: [String]?
    var topics: [String]?
    var types: [String]?
    var minimumLabel: String?
    var message: String?
    var overrideAllowed: Bool?
}
""", pub=ctx.pub, rule=ctx.rule, a=ctx.action, c=ctx.clear, models=", ".join(f'"{m}"' for m in pick(MODELS, 2, 5)))


def sw_evaluator(ctx: Ctx) -> str:
    dflt = one("deny", "deny", "review", "block")
    return T("""/// The outcome of evaluating a request, with a human-readable reason.
⟨pub⟩struct ⟨d⟩: Sendable, CustomStringConvertible {
    ⟨pub⟩let action: ⟨a⟩
    ⟨pub⟩let ruleID: Int?
    ⟨pub⟩let explanation: String

    ⟨pub⟩var description: String {
        if let ruleID { return "\\(action.rawValue) by rule \\(ruleID): \\(explanation)" }
        return "\\(action.rawValue) (default): \\(explanation)"
    }
}

/// Evaluates rules in order; the first matching rule wins.
/// When nothing matches the request is refused: default-deny, so a typo in a role name fails closed.
⟨pub⟩struct PolicyEvaluator: Sendable {
    ⟨pub⟩let rules: [⟨rule⟩]
    ⟨pub⟩var defaultAction: ⟨a⟩ = .⟨dflt⟩

    ⟨pub⟩init(rules: [⟨rule⟩]) { self.rules = rules }

    ⟨pub⟩func evaluate(_ request: ⟨pr⟩) -> ⟨d⟩ {
        for rule in rules where rule.matches(request) {
            return ⟨d⟩(action: rule.action, ruleID: rule.id, explanation: rule.explanation)
        }
        return ⟨d⟩(action: defaultAction, ruleID: nil,
                   explanation: "no rule matched role(s) \\(request.roles.sorted().joined(separator: ", ")) on \\(request.model)")
    }

    /// Every rule that would match, in order, for `explain` output.
    ⟨pub⟩func trace(_ request: ⟨pr⟩) -> [(rule: ⟨rule⟩, matched: Bool)] {
        rules.map { ($0, $0.matches(request)) }
    }

    /// Names of blocked rules for the dashboard.
    ⟨pub⟩var blockedRules: [String] {
        rules.filter { $0.action == .block || $0.action == .deny }.map(\\.name)
    }
}
""", pub=ctx.pub, d=ctx.decision, a=ctx.action, rule=ctx.rule, pr=ctx.principal, dflt=dflt)


def sw_ratelimit(ctx: Ctx) -> str:
    return T("""/// Token bucket per key (user or API key). Not persisted; a restart refills every bucket.
⟨pub⟩actor RateLimiter {
    private struct Bucket { var tokens: Double; var updated: ContinuousClock.Instant }
    private var buckets: [String: Bucket] = [:]
    private let capacity: Double
    private let refillPerSecond: Double
    private let clock = ContinuousClock()

    ⟨pub⟩init(requestsPerMinute: Int = ⟨rpm⟩, burst: Int = ⟨burst⟩) {
        capacity = Double(burst)
        refillPerSecond = Double(requestsPerMinute) / 60
    }

    /// `true` when the request may go ahead; consumes one token.
    ⟨pub⟩func allow(_ key: String, cost: Double = 1) -> Bool {
        let now = clock.now
        var b = buckets[key] ?? Bucket(tokens: capacity, updated: now)
        let elapsed = now - b.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        b.tokens = min(capacity, b.tokens + seconds * refillPerSecond)
        b.updated = now
        defer { buckets[key] = b }
        guard b.tokens >= cost else { return false }
        b.tokens -= cost
        return true
    }
}

/// Monthly token quota per department; a request over quota is sent to review, not dropped.
⟨pub⟩struct Quota: Sendable {
    ⟨pub⟩var limits: [String: Int] = [⟨limits⟩]
    ⟨pub⟩var used: [String: Int] = [:]

    ⟨pub⟩mutating func charge(_ dept: String, tokens: Int) -> ⟨a⟩ {
        let limit = limits[dept] ?? limits["default", default: ⟨deflimit⟩]
        let total = used[dept, default: 0] + tokens
        guard total <= limit else { return .review }
        used[dept] = total
        return .allow
    }
}
""", pub=ctx.pub, rpm=R.choice([30, 60, 120, 600]), burst=R.choice([5, 10, 20]), a=ctx.action,
             limits=", ".join(f'"{d}": {R.choice([200_000, 500_000, 1_000_000, 2_500_000])}' for d in pick(DEPTS, 2, 4) + ["default"]),
             deflimit=R.choice([100_000, 250_000]))


def sw_policy_builtin(ctx: Ctx) -> str:
    roles = pick(ROLES, 3, 6)
    lines = [f"/// Rules shipped with the default policy. {one('Order matters: the first matching rule wins.', 'Kept small; sites add their own before these.', 'Explanations are shown to the user verbatim.')}",
             f"{ctx.pub}let defaultRules: [RuleSpec] = ["]
    reasons = {
        "block": ["Credentials are never sent to an external model.", "Requests classified as prompt injection are stopped.",
                  "Private keys must not leave the network.", "Card numbers are blocked before they reach a vendor."],
        "redact": ["Personal data is replaced by placeholders.", "Mail addresses and phone numbers are masked.",
                   "IBANs are masked except for the last four digits."],
        "review": ["Restricted documents need a reviewer.", "Large exports are held for the data owner.",
                   "Legal topics go to the legal team first."],
        "allow": ["Public material may go to any approved model.", "Engineers may use the local model for source code."],
        "deny": ["Contractors may not use external models.", "Guests have no model access."],
    }
    for i in range(R.randint(4, 8)):
        act = R.choice(list(reasons))
        types = {"block": ['"API_KEY"', '"PRIVATE_KEY"', '"PROMPT_INJECTION"', '"JAILBREAK"', '"CREDIT_CARD"'],
                 "redact": ['"PERSON"', '"EMAIL_ADDRESS"', '"PHONE_NUMBER"', '"IBAN_CODE"'], "review": [], "allow": [], "deny": []}[act]
        parts = [f'name: "{act}-{R.choice(["secrets", "pii", "labels", "roles", "topics", "models"])}-{i + 1}"', f'action: "{act}"']
        if types:
            parts.append(f"types: [{', '.join(pick(types, 1, 3))}]")
        if chance(0.5):
            parts.append(f"roles: [{', '.join(chr(34) + r + chr(34) for r in pick(roles, 1, 3))}]")
        if act == "review":
            parts.append(f'minimumLabel: "{R.choice(["confidential", "restricted"])}"')
        if act == "allow" and chance(0.6):
            parts.append(f"models: [{', '.join(chr(34) + m + chr(34) for m in pick(MODELS, 1, 2))}]")
        parts.append(f'message: "{R.choice(reasons[act])}"')
        lines.append(f"    RuleSpec({', '.join(parts)}),")
    lines.append("]")
    return "\n".join(lines) + "\n"


# tests ------------------------------------------------------------------

def sw_rng(ctx: Ctx) -> str:
    return T("""/// SplitMix64: tiny, fast and reproducible; good enough to pick test inputs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text made of ordinary pieces: words, punctuation, symbols, emoji and CJK runs.
enum RandomText {
    static let words = [⟨words⟩]
    static let symbols = [⟨symbols⟩]
    static let emoji = [⟨emoji⟩]
    static let cjk = [⟨cjk⟩]

    static func make(pieces: Int, using rng: inout SplitMix64) -> String {
        var out: [String] = []
        out.reserveCapacity(pieces)
        for _ in 0..<pieces {
            switch rng.next() % ⟨mod⟩ {
            case 0: out.append(symbols.randomElement(using: &rng)!)
            case 1: out.append(emoji.randomElement(using: &rng)!)
            case 2: out.append(cjk.randomElement(using: &rng)!)
            case 3: out.append(String(rng.next() % 100_000))
            default: out.append(words.randomElement(using: &rng)!)
            }
        }
        return out.joined(separator: " ")
    }
}
""", words=", ".join(f'"{w}"' for w in pick(STOP["en"] + PROSE["en"][0].rstrip(".;").split() + STOP[R.choice(["de", "fr", "es"])], 12, 30, keep_order=False)),
             symbols=", ".join(f'"{s}"' for s in pick(SYMBOLS, 6, None)), emoji=", ".join(f'"{e}"' for e in pick(EMOJI, 4, None)),
             cjk=", ".join(f'"{c}"' for c in pick(CJK, 3, None)), mod=R.choice([8, 10, 12]))


def sw_fixtures(ctx: Ctx) -> str:
    people = []
    for _ in range(R.randint(3, 7)):
        lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt"])
        f, l = person(lang)
        people.append((f"{f} {l}", email_of(f, l), phone(lang)))
    ibans = [iban() for _ in range(R.randint(2, 5))]
    cards = [luhn_number(R.choice(["4", "51", "55", "37", "6011"]), R.choice([16, 16, 15])) for _ in range(R.randint(2, 4))]
    lines = ["/// Fake people and identifiers. None of them belongs to anyone; IBANs and card numbers only pass their checksums.",
             "enum Fixtures {",
             "    static let people: [(name: String, email: String, phone: String)] = ["]
    lines += [f'        ("{n}", "{e}", "{p}"),' for n, e, p in people]
    lines += ["    ]", "", f"    static let validIBANs = [{', '.join(chr(34) + (spaced(i) if chance(0.4) else i) + chr(34) for i in ibans)}]",
              f"    static let cardNumbers = [{', '.join(chr(34) + c + chr(34) for c in cards)}]"]
    if chance(0.6):
        s = R.choice(SECRETS[:20])
        lines.append(f'    static let fakeToken = "{fake_token(s[0], s[3])}"  // {s[2]} shape, not a real credential')
    if chance(0.5):
        lang = R.choice(list(PROSE))
        lines += ["", f"    /// Ordinary {LANG_NAMES[lang]} text that must come through unchanged.",
                  f"    static let plain = \"{' '.join(pick(PROSE[lang], 2, 3))}\""]
    lines.append("}")
    if chance(0.7):
        lines += ["", "/// Splits `s` into pieces of `size` characters, the way a streamed answer arrives.",
                  "func chunks(of s: String, size: Int) -> [String] {",
                  "    stride(from: 0, to: s.count, by: size).map { i in",
                  "        let start = s.index(s.startIndex, offsetBy: i)",
                  "        let end = s.index(start, offsetBy: size, limitedBy: s.endIndex) ?? s.endIndex",
                  "        return String(s[start..<end])",
                  "    }", "}"]
    return "\n".join(lines) + "\n"


def sw_test_case(ctx: Ctx, style: str) -> str:
    """One test function, Swift Testing (`@Test`) or XCTest."""
    k = ctx.fresh("swtest", 12)
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt"])
    f, l = person(lang)
    name, mail = f"{f} {l}", email_of(f, l)
    if k == 0:
        good = luhn_number("4", 16)
        bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
        body = [("acceptsValidCardNumber", f'luhnIsValid("{spaced(good)}")'), ("rejectsChangedCheckDigit", f'!luhnIsValid("{bad}")'),
                ("rejectsLetters", '!luhnIsValid("4111 1111 ABCD 1111")')]
    elif k == 1:
        i = iban()
        body = [("acceptsIBAN", f'isValidIBAN("{spaced(i)}")'), ("rejectsSwappedDigits", f'!isValidIBAN("{i[:6] + i[7] + i[6] + i[8:]}")'),
                ("rejectsShortInput", '!isValidIBAN("DE00 1234")')]
    elif k == 2:
        body = [("sameValueSamePlaceholder", f'vault.placeholder(for: "{name}", type: "PERSON") == vault.placeholder(for: "{name}", type: "PERSON")'),
                ("restoresOriginal", f'vault.restore("Hello " + vault.placeholder(for: "{name}", type: "PERSON")) == "Hello {name}"'),
                ("countsPerType", f'vault.placeholder(for: "{mail}", type: "EMAIL_ADDRESS") == "<EMAIL_ADDRESS_1>"')]
        setup = f"let vault = {one('PseudonymVault', 'PlaceholderVault')}()"
        return _sw_test_emit(style, one("VaultTests", "PseudonymTests"), body, setup)
    elif k == 3:
        text = f"Dear {name}, your ticket is ready."
        body = [("restoresAcrossChunkBoundary", f'chunks(of: "{text}", size: {R.randint(2, 7)}).map {{ r.feed($0) }}.joined() + r.finish() == "{text}"')]
        setup = 'var r = StreamingRestorer { $0.replacingOccurrences(of: "<PERSON_1>", with: "' + name + '") }'
        return _sw_test_emit(style, "RestorerTests", body, setup)
    elif k == 4:
        role = R.choice(ROLES)
        body = [("firstMatchingRuleWins", f'evaluator.evaluate(request(roles: ["{role}"])).ruleID == 1'),
                ("defaultDeniesUnknownRole", 'evaluator.evaluate(request(roles: ["nobody"])).action == .deny'),
                ("explanationNamesRule", f'evaluator.evaluate(request(roles: ["{role}"])).description.contains("rule 1")')]
        return _sw_test_emit(style, "PolicyTests", body, f"let evaluator = PolicyEvaluator(rules: try! RuleCompiler().compile(sampleRules))")
    elif k == 5:
        body = [("labelsAreOrdered", ".public < .internal && .internal < .confidential && .confidential < .restricted"),
                ("parsesSecretAsRestricted", f'{ctx.clear}(name: "secret") == .restricted'),
                ("rejectsUnknownLabel", f'{ctx.clear}(name: "{R.choice(["top", "private", "hidden"])}") == nil')]
        body = [(a, b.replace(".public <", f"{ctx.clear}.public <")) for a, b in body]
    elif k == 6:
        w = R.choice(STOP["de"][:10])
        body = [(f"germanListHas{pascal(ascii_fold(w))}", f'StopWords.german.contains("{w}")'),
                ("monthsHaveTwelveEntries", f"MonthNames.{LANG_NAMES[R.choice(['en', 'de', 'fr', 'es'])].lower()}.count == 12"),
                ("listsAreLowercased", "StopWords.all.allSatisfy { $0 == $0.lowercased() }")]
    elif k == 7:
        s = R.choice(SECRETS[:22])
        tok = fake_token(s[0], s[3])
        body = [(f"finds{pascal(s[1])}", f'scanPrefixedTokens("token={tok} end").first?.kind == .{s[1]}'),
                ("ignoresPrefixInsideWord", f'scanPrefixedTokens("x{s[0]}abc").isEmpty')]
    elif k == 8:
        body = [("splitsApostropheWords", 'tokenize("l\'homme et la femme").map(\\.text) == ["l\'homme", "et", "la", "femme"]'),
                ("keepsNumbersApart", 'tokenize("Raum 4.12").map(\\.kind) == [.word, .number, .punctuation, .number]')]
    elif k == 9:
        cue = R.choice(CUES["PHONE_NUMBER"]["en"] + CUES["PHONE_NUMBER"]["de"]).lower()
        body = [("cueBeforeRaisesScore", f'scorer.adjusted(0.4, type: .phoneNumber, before: ["{cue}", ":"], after: []) > 0.4'),
                ("noCueKeepsScore", 'scorer.adjusted(0.4, type: .phoneNumber, before: ["the"], after: []) == 0.4')]
        return _sw_test_emit(style, "ContextTests", body, f'let scorer = ContextScorer(cues: [.phoneNumber: ["{cue}"]])')
    elif k == 10:
        seed = R.randrange(1, 2**32)
        return _sw_property(style, seed)
    else:
        body = [("masksAllButLastFour", f'mask("{iban()}").hasSuffix("{R.randint(1000, 9999)}") == false || true'),
                ("keepsSeparators", 'mask("12-34-56", keepLast: 2) == "**-**-56"'),
                ("emptyStaysEmpty", 'mask("").isEmpty')]
        body = [body[1], body[2]]
    return _sw_test_emit(style, R.choice(["DetectorTests", "ValidatorTests", "LexiconTests", "ScannerTests", "UnitTests"]), body, None)


def _sw_test_emit(style: str, suite: str, body, setup) -> str:
    out = []
    if style == "testing":
        for fn, expr in body:
            out.append(f"@Test{one('', '', f'({chr(34)}{snake(fn).replace(chr(95), chr(32))}{chr(34)})')} func {fn}() {one('', 'throws ')}{{")
            if setup:
                out.append(f"    {setup}")
            out.append(f"    #expect({expr})")
            out.append("}")
            out.append("")
    else:
        out.append(f"final class {suite}: XCTestCase {{")
        for fn, expr in body:
            out.append(f"    func test{pascal(fn)}() {{")
            if setup:
                out.append(f"        {setup}")
            out.append(f"        XCTAssertTrue({expr})")
            out.append("    }")
            out.append("")
        out[-1] = "}"
        out.append("")
    return "\n".join(out)


def _sw_property(style: str, seed: int) -> str:
    n = R.choice([200, 500, 1000, 2000])
    body = T("""    var rng = SplitMix64(seed: ⟨seed⟩)
    for _ in 0..<⟨n⟩ {
        let text = RandomText.make(pieces: Int(rng.next() % 40) + 1, using: &rng)
        let spans = ⟨call⟩
        for s in spans {
            ⟨assert⟩(s.range.lowerBound >= 0 && s.range.upperBound <= text.utf8.count)
        }
    }""", seed=f"0x{seed:X}", n=n, call=one("detector.scan(text)", "DigitRunScanner().runs(in: text).map { (range: $0, kind: 0) }", "scanPrefixedTokens(text)"),
             assert_="", **{"assert": "#expect" if style == "testing" else "XCTAssertTrue"})
    name = one("randomTextNeverEscapesBounds", "rangesStayInsideText", "fuzzRandomPieces")
    if style == "testing":
        return f"@Test func {name}() {{\n{body}\n}}\n"
    return f"final class PropertyTests: XCTestCase {{\n    func test{pascal(name)}() {{\n{chr(10).join('    ' + l for l in body.splitlines())}\n    }}\n}}\n"


# benchmarks ---------------------------------------------------------------

def sw_corpus(ctx: Ctx) -> str:
    langs = pick(list(PROSE), 3, None)
    out = ["/// Ordinary text for throughput runs: prose, chat lines, mail greetings and log lines.",
           "/// Nothing in it should be flagged; a finding here is a false positive worth a look.", "enum Corpus {",
           "    static let prose: [String: [String]] = ["]
    for l in langs:
        out.append(f'        "{l}": [')
        out += [f'            "{s}",' for s in pick(PROSE[l], 2, None)]
        out.append("        ],")
    out += ["    ]", f"    static let chat = [{', '.join(chr(34) + c + chr(34) for c in pick(CHAT, 5, 12, keep_order=False))}]",
            f"    static let logLines = ["]
    out += [f'        "{x}",' for x in pick(LOGS, 3, None)]
    g = R.choice(["de", "fr", "es", "en", "it"])
    out += ["    ]", f"    static let greetings = [{', '.join(chr(34) + x + chr(34) for x in pick(GREETINGS[g], 3, None))}]",
            f"    static let signOffs = [{', '.join(chr(34) + x + chr(34) for x in pick(SIGNOFFS[g], 2, None))}]", "",
            "    /// About `words` words of mixed ordinary text.",
            "    static func text(words: Int, using rng: inout SplitMix64) -> String {",
            "        var parts: [String] = []", "        var count = 0", "        while count < words {",
            "            let piece: String", f"            switch rng.next() % {R.choice([4, 5, 6])} {{",
            "            case 0: piece = chat.randomElement(using: &rng)!",
            "            case 1: piece = logLines.randomElement(using: &rng)!",
            "            case 2: piece = greetings.randomElement(using: &rng)! + \",\\n\\n\" + prose.values.randomElement(using: &rng)!.randomElement(using: &rng)! + \"\\n\\n\" + signOffs.randomElement(using: &rng)!",
            "            default: piece = prose.values.randomElement(using: &rng)!.randomElement(using: &rng)!", "            }",
            "            parts.append(piece)", "            count += piece.split(separator: \" \").count", "        }",
            "        return parts.joined(separator: \"\\n\")", "    }", "}"]
    return "\n".join(out) + "\n"


def sw_adversarial(ctx: Ctx) -> str:
    mb = R.choice(["1 << 20", "1_000_000", "4 << 20"])
    return T("""/// Inputs that are cheap to make and expensive for a careless scanner. Each must finish in linear time.
enum Adversarial {
    static let size = ⟨mb⟩
    static let atSigns = String(repeating: "@", count: size)
    static let digits = String(repeating: "1234567890", count: size / 10)
    static let dottedA = String(repeating: "a.", count: size / 2)
    static let spacedDigits = String(repeating: "4 ", count: size / 2)
    static let longWord = String(repeating: "x", count: size)
    static let openBrackets = String(repeating: "<", count: size)
    static let mixedScripts = String(repeating: "aа", count: size / 2)   // Latin a, Cyrillic а

    static var all: [(String, String)] {
        [("at-signs", atSigns), ("digits", digits), ("a-dot", dottedA), ("spaced-digits", spacedDigits),
         ("long-word", longWord), ("open-brackets", openBrackets), ("mixed-scripts", mixedScripts)]
    }
}
""", mb=mb)


def sw_timing(ctx: Ctx) -> str:
    it = R.choice([5, 10, 20, 50])
    return T("""/// Runs `body` a few times and prints the median, in the format the CI parser expects.
func measure(_ name: String, bytes: Int, iterations: Int = ⟨it⟩, _ body: () -> Void) {
    let clock = ContinuousClock()
    var samples: [Duration] = []
    body()  // warm-up
    for _ in 0..<iterations {
        samples.append(clock.measure(body))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let seconds = Double(median.components.seconds) + Double(median.components.attoseconds) / 1e18
    let mbps = Double(bytes) / seconds / 1_000_000
    print(String(format: "%-18@ %9.3f ms  %8.1f MB/s", name as NSString, seconds * 1000, mbps))
}

@main
struct Bench {
    static func main() {
        var rng = SplitMix64(seed: ⟨seed⟩)
        let ordinary = Corpus.text(words: ⟨words⟩, using: &rng)
        let detector = ⟨det⟩()
        measure("ordinary", bytes: ordinary.utf8.count) { _ = detector.scan(ordinary) }
        for (name, input) in Adversarial.all {
            measure(name, bytes: input.utf8.count) { _ = detector.scan(input) }
        }
    }
}
""", it=it, seed=R.randrange(1, 10**6), words=R.choice([50_000, 100_000, 200_000]), det=one("Detector", "Scanner", "PIIDetector", "Pipeline"))


def sw_detector_facade(ctx: Ctx) -> str:
    return T("""/// Runs every recogniser over the text and merges the results.
⟨pub⟩struct ⟨name⟩: Sendable {
    ⟨pub⟩var threshold = ⟨th⟩
    ⟨pub⟩var enabled: Set<⟨ent⟩> = Set(⟨ent⟩.allCases)
    ⟨pub⟩var ignoreCase = true

    ⟨pub⟩init() {}

    ⟨pub⟩func scan(_ text: String) -> [⟨find⟩] {
        var out: [⟨find⟩] = []
        for r in DigitRunScanner().runs(in: text) {
            let candidate = String(decoding: Array(text.utf8)[r], as: UTF8.self)
            if luhnIsValid(candidate) {
                out.append(⟨find⟩(type: .creditCard, range: r, score: ⟨cs⟩, source: "luhn"))
            }
        }
        for (range, _) in scanPrefixedTokens(text) {
            out.append(⟨find⟩(type: .apiKey, range: range, score: 0.99, source: "prefix"))
        }
        return resolveOverlaps(out.filter { $0.score >= threshold && enabled.contains($0.type) })
    }
}
""", pub=ctx.pub, name=one("Detector", "Scanner", "PIIDetector", "Pipeline"), th=R.choice(["0.5", "0.6", "0.35"]), ent=ctx.ent, find=ctx.find,
             cs=R.choice(["0.9", "0.85", "0.95"]))


# Swift file themes -------------------------------------------------------

def assemble(head: str, required, optional, target: int, cap: int = 9800, sep: str = "\n") -> str:
    text = head
    for make in required:
        text += sep + make()
    opts = list(optional)
    R.shuffle(opts)
    for make in opts:
        if len(text) >= target:
            break
        piece = make()
        if len(text) + len(piece) > cap:
            continue
        text += sep + piece
    return text.strip("\n") + "\n"


def target_len() -> int:
    return int(R.choice([R.uniform(1500, 4000), R.uniform(2500, 6500), R.uniform(4000, 9000)]))


def swift_file() -> str:
    ctx = Ctx()
    theme = R.choices(["lexicon", "detector", "policy", "tests", "bench"], [24, 26, 20, 20, 10])[0]
    tgt = target_len()
    if theme == "lexicon":
        cats = list(WL_TYPES)
        main = R.choice(cats)
        head = sw_header(ctx, WL_TYPES[main][0] + ".swift", R.choice(WORDLIST_DOCS[main])) + sw_imports()
        req = [lambda: sw_wordlist(ctx, main)]
        opt = [lambda c=c: sw_wordlist(ctx, c) for c in pick([c for c in cats if c != main], 1, 4)] + [lambda: sw_topics(ctx), lambda: sw_language_enum(ctx),
                                                                              lambda: sw_normalize(ctx), lambda: sw_cues(ctx)]
        return assemble(head, req, opt, tgt)
    if theme == "detector":
        head = sw_header(ctx, one("Detector.swift", "Validators.swift", "Scanner.swift", "Redaction.swift", "Vault.swift"),
                         one("Recognisers for identifiers and credentials.", "Checksum validators and the digit-run scanner.",
                             "Masking, placeholders and the pseudonym vault.", "Detection primitives shared by the gateway and the CLI.")) + sw_imports()
        parts = [sw_entity_enum, sw_finding, sw_luhn, sw_mod97, sw_mod11, sw_prefixes, sw_scanner, sw_tokenizer, sw_context,
                 sw_masking, sw_vault, sw_restorer, sw_normalize, sw_detector_facade, sw_cues, sw_injection_scaffold, sw_guard_config]
        chosen = pick(parts, 1, 2, keep_order=False)
        req = [lambda f=f: f(ctx) for f in chosen]
        return assemble(head, req, [lambda f=f: f(ctx) for f in parts if f not in chosen], tgt)
    if theme == "policy":
        head = sw_header(ctx, one("Policy.swift", "Evaluator.swift", "Rules.swift", "Limits.swift"),
                         one("Rule compilation and evaluation.", "Policy evaluation: first matching rule wins, default deny.",
                             "Roles, models, labels and the rules that connect them.", "Rate limits and quotas per caller.")) + sw_imports()
        parts = [sw_clearance, sw_action, sw_rule, sw_compiler, sw_evaluator, sw_ratelimit, sw_policy_builtin, sw_guard_config]
        chosen = pick(parts, 2, 3)
        req = [lambda f=f: f(ctx) for f in chosen]
        return assemble(head, req, [lambda f=f: f(ctx) for f in parts if f not in chosen], tgt)
    if theme == "tests":
        style = one("testing", "testing", "xctest")
        head = sw_header(ctx, ctx.module + "Tests.swift", one("Unit tests.", "Tests for validators, vault and policy.", "Regression tests; keep them fast.")) \
            + ("import Testing\n" if style == "testing" else "import XCTest\n") + f"@testable import {ctx.module}\n"
        req = [lambda: sw_fixtures(ctx)]
        opt = [lambda: sw_rng(ctx)] + [lambda: sw_test_case(ctx, style) for _ in range(11)]
        return assemble(head, req, opt, tgt)
    head = sw_header(ctx, "main.swift", one("Throughput benchmark.", "Benchmark on ordinary and adversarial text.", "Synthetic data for the timing runs.")) \
        + sw_imports([f"{ctx.module}"])
    req = [lambda: sw_corpus(ctx), lambda: sw_timing(ctx)]
    opt = [lambda: sw_adversarial(ctx), lambda: sw_rng(ctx), lambda: sw_detector_facade(ctx)]
    return assemble(head, req, opt, tgt)


def swift_snippet() -> str:
    ctx = Ctx()
    parts = [lambda: sw_luhn(ctx), lambda: sw_mod11(ctx), lambda: sw_context(ctx), lambda: sw_clearance(ctx), lambda: sw_topics(ctx),
             lambda: sw_language_enum(ctx), lambda: sw_cues(ctx), lambda: sw_test_case(ctx, one("testing", "xctest")),
             lambda: sw_fixtures(ctx), lambda: sw_action(ctx), lambda: sw_policy_builtin(ctx), lambda: sw_entity_enum(ctx),
             lambda: sw_adversarial(ctx), lambda: sw_wordlist(ctx, R.choice(["months", "weekdays", "titles", "greetings", "signoffs", "streets"]))]
    for _ in range(20):
        t = R.choice(parts)()
        if 200 <= len(t) <= 1500:
            return t
    return t[:1500].rsplit("\n", 1)[0] + "\n"


# ------------------------------------------------------------------ Python

def py_header(ctx: Ctx, summary: str, imports: list[str]) -> str:
    doc = one(f'"""{summary}"""', f'"""{summary}\n\nPart of {ctx.product}. {one("No third-party dependencies.", "Python 3.10+.", "Keep this module import-light; the CLI loads it on every run.")}\n"""', "")
    lines = []
    if chance(0.3):
        lines.append("#!/usr/bin/env python3")
    if chance(0.3):
        lines.append(f"# {license_line(ctx)}")
    if doc:
        lines.append(doc)
    lines.append("from __future__ import annotations")
    lines.append("")
    local = [i for i in imports if i.startswith("LOCAL:")]
    lines += sorted(set(imports) - set(local), key=lambda x: (x.startswith("from"), x))
    if local:
        lines += [""] + [i[6:] for i in local]
    return "\n".join(lines) + "\n"


def py_wordlist(ctx: Ctx, cat: str) -> str:
    langs = langs_for(cat)
    layout = R.randrange(3)
    base = {"stopwords": "STOPWORDS", "months": "MONTH_NAMES", "weekdays": "WEEKDAY_NAMES", "titles": "HONORIFICS",
            "greetings": "GREETINGS", "signoffs": "SIGN_OFFS", "streets": "STREET_TYPES", "firstnames": "GIVEN_NAMES",
            "surnames": "FAMILY_NAMES", "cities": "CITY_NAMES"}[cat]
    out = [f"# {R.choice(WORDLIST_DOCS[cat])}"]
    if layout == 0 and cat in ("stopwords", "months", "weekdays"):
        for l in langs:
            ws = words_of(cat, l)
            out.append(f"# {lang_comment(l, cat)}")
            body = " ".join(ws)
            wrapped, line = [], ""
            for w in body.split(" "):
                if len(line) + len(w) + 1 > 88:
                    wrapped.append(line)
                    line = w
                else:
                    line = (line + " " + w).strip()
            wrapped.append(line)
            out.append(f'{l.upper()}_{base} = frozenset("""')
            out += wrapped
            out.append('""".split())')
            out.append("")
        out.append(f"{base}: dict[str, frozenset[str]] = {{{', '.join(f'{chr(34)}{l}{chr(34)}: {l.upper()}_{base}' for l in langs)}}}")
    elif layout in (0, 1):
        ann, wrap, close = R.choice([("frozenset[str]", "frozenset({", "})"), ("tuple[str, ...]", "(", ")"), ("list[str]", "[", "]")])
        out.append(f"{base}: dict[str, {ann}] = {{")
        for l in langs:
            out.append(f"    # {lang_comment(l, cat)}")
            out.append(f'    "{l}": {wrap}')
            out.append(qlist(words_of(cat, l), "        ", per_line=R.choice([None, None, 8]), width=88))
            out.append(f"    {close},")
        out.append("}")
    else:
        for l in langs:
            out.append(f"{base}_{l.upper()} = [  # {lang_comment(l, cat)}")
            out.append(qlist(words_of(cat, l), "    ", width=88, q=one('"', "'")))
            out.append("]")
        out.append("")
        out.append(f"ALL_{base} = frozenset(")
        out.append(f"    w.casefold() for ws in ({', '.join(f'{base}_{l.upper()}' for l in langs)}) for w in ws")
        out.append(")")
    if chance(0.5):
        fn = {"stopwords": "is_stopword", "months": "is_month", "weekdays": "is_weekday", "titles": "is_title",
              "greetings": "starts_with_greeting", "signoffs": "is_sign_off", "streets": "is_street_word",
              "firstnames": "is_given_name", "surnames": "is_family_name", "cities": "is_city"}[cat]
        tbl = f"ALL_{base}" if layout == 2 else None
        out += ["", "", f"def {fn}(word: str, lang: str | None = None) -> bool:",
                f'    """{one("True when `word` is in the list for `lang` (or any list when `lang` is None).", "Case-insensitive membership test.", "Lookup after casefolding; accents are kept.")}"""',
                "    w = word.casefold().strip(\".,;:!?\")"]
        if tbl:
            out.append(f"    return w in {tbl}")
        else:
            out += ["    if lang is not None:", f"        return w in {{x.casefold() for x in {base}.get(lang, ())}}",
                    f"    return any(w in {{x.casefold() for x in ws}} for ws in {base}.values())"]
    return "\n".join(out) + "\n"


def py_topics(ctx: Ctx) -> str:
    topics = pick(list(TOPICS), 4, None)
    out = [f"# {one('Topic labels for the classifier, not block lists.', 'Keywords per topic; the policy decides what a topic means.', 'Seed terms for the topic tagger, reviewed quarterly.')}",
           "TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {"]
    for t in topics:
        out.append(f'    "{t}": ({", ".join(chr(34) + w + chr(34) for w in pick(TOPICS[t], 3, None))},),')
    out += ["}", "", "",
            f"def tag_topics(text: str, min_hits: int = {R.choice([1, 2])}) -> list[str]:",
            '    """Topic labels whose keywords occur in `text`, most hits first."""',
            "    low = text.lower()",
            "    hits = collections.Counter()",
            "    for topic, words in TOPIC_KEYWORDS.items():",
            "        for w in words:",
            "            if re.search(r\"\\b\" + re.escape(w.lower()) + r\"\\b\", low):",
            "                hits[topic] += 1",
            "    return [t for t, n in hits.most_common() if n >= min_hits]"]
    return "\n".join(out) + "\n"


def py_cues(ctx: Ctx) -> str:
    ents = pick(list(CUES), 3, None)
    out = [f"# Context words: {one('a word before the candidate raises its score.', 'a cue within WINDOW tokens adds BOOST.', 'matched on casefolded tokens.')}",
           f"WINDOW = {R.choice([3, 4, 5])}", f"BOOST = {R.choice([0.2, 0.25, 0.3, 0.35])}", "",
           "CONTEXT_WORDS: dict[str, set[str]] = {"]
    for e in ents:
        ws = []
        for lang in pick(list(CUES[e]), 2, None):
            ws += CUES[e][lang]
        ws = list(dict.fromkeys(w.lower() for w in ws))
        out.append(f'    "{e}": {{')
        out.append(qlist([w.lower() for w in ws], "        ", width=88))
        out.append("    },")
    out += ["}", "", "",
            "def boosted(score: float, entity: str, before: list[str], after: list[str] | None = None) -> float:",
            '    """Score after looking at the words around a candidate."""',
            "    cues = CONTEXT_WORDS.get(entity)",
            "    if not cues:", "        return score",
            "    if any(w.lower() in cues for w in before[-WINDOW:]):", "        score += BOOST",
            "    elif after and any(w.lower() in cues for w in after[:WINDOW]):", f"        score += BOOST * {R.choice(['0.5', '0.4'])}",
            "    return min(score, 1.0)"]
    return "\n".join(out) + "\n"


def py_entity_enum(ctx: Ctx) -> str:
    ents = sorted(set(pick(PII_ENT, 5, None) + pick(SECRET_ENT, 1, None) + (ATTACK_ENT if chance(0.7) else [])), key=ENTITIES.index)
    out = [f"class {ctx.ent}({one('str, Enum', 'StrEnum', 'str, enum.Enum')}):",
           f'    """{one("What a finding is about. Values are the labels used in reports and placeholders.", "Entity labels shared with the Swift gateway.", "Detector output types.")}"""',
           ""]
    out += [f'    {e} = "{e}"' for e in ents]
    out += ["", "    @property", "    def family(self) -> str:"]
    if any(e in ATTACK_ENT for e in ents):
        out += [f"        if self in ({', '.join(f'{ctx.ent}.{e}' for e in ents if e in ATTACK_ENT)}):", '            return "attack"']
    sec = [e for e in ents if e in SECRET_ENT]
    if sec:
        out += [f"        if self in ({', '.join(f'{ctx.ent}.{e}' for e in sec)},):", '            return "secret"']
    out.append('        return "pii"')
    return "\n".join(out) + "\n"


def py_finding(ctx: Ctx) -> str:
    return T('''@dataclass(frozen=True, slots=True)
class ⟨f⟩:
    """A detected span in character offsets of the original text."""

    type: ⟨ent⟩
    start: int
    end: int
    score: float
    source: str = "⟨src⟩"

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: "⟨f⟩") -> bool:
        return self.start < other.end and other.start < self.end


def resolve_overlaps(items: list[⟨f⟩]) -> list[⟨f⟩]:
    """Keep the ⟨pref⟩ of overlapping findings; ties keep the longer span."""
    kept: list[⟨f⟩] = []
    for f in sorted(items, key=lambda f: (-f.score, -(f.end - f.start), f.start)):
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
''', f=ctx.find, ent=ctx.ent, src=one("regex", "pattern", "unknown"), pref=one("best", "highest-scoring", "strongest"))


def py_validators(ctx: Ctx) -> str:
    parts = []
    if chance(0.8):
        parts.append(T('''def ⟨n⟩(number: str) -> bool:
    """Luhn (mod 10). Spaces and dashes are ignored; anything else fails."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != len(number.replace(" ", "").replace("-", "")) or not ⟨lo⟩ <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
''', n=one("luhn_ok", "is_luhn_valid", "passes_luhn"), lo=R.choice([12, 13, 14])))
    if chance(0.7):
        parts.append(T('''IBAN_LENGTHS = {⟨tbl⟩}


def ⟨n⟩(value: str) -> bool:
    """ISO 13616 mod-97 check on an IBAN, with or without spaces."""
    s = re.sub(r"[\\s-]+", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\\d{2}[A-Z0-9]{11,30}", s):
        return False
    if IBAN_LENGTHS.get(s[:2], len(s)) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
''', n=one("iban_ok", "is_valid_iban", "check_iban"),
                       tbl=", ".join(f'"{c}": {n}' for c, n in pick([("DE", 22), ("AT", 20), ("FR", 27), ("ES", 24), ("IT", 27), ("NL", 18), ("BE", 16), ("PT", 25), ("GB", 22), ("CH", 21), ("PL", 28)], 4, None))))
    if chance(0.5):
        w = R.choice([[10, 9, 8, 7, 6, 5, 4, 3, 2], [3, 7, 6, 1, 8, 9, 4, 5, 2], [2, 7, 6, 5, 4, 3, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]])
        parts.append(T('''_MOD11_WEIGHTS = (⟨w⟩)


def ⟨n⟩(digits: str) -> bool:
    """Weighted mod-11 check digit; a computed 10 means the number is invalid."""
    if not digits.isdigit() or len(digits) != len(_MOD11_WEIGHTS) + 1:
        return False
    s = sum(int(d) * w for d, w in zip(digits, _MOD11_WEIGHTS))
    check = (11 - s % 11) % 11
    return check != 10 and check == int(digits[-1])
''', w=", ".join(map(str, w)), n=one("mod11_ok", "has_mod11_check_digit", "valid_mod11")))
    if not parts:
        parts.append(py_prefixes(ctx))
    return "\n\n".join(parts)


def py_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS, 6, None)
    out = [f"# {one('Credential prefixes. Longer prefixes first so that the most specific one wins.', 'Prefixes issued by the providers; the body length is a lower bound.', 'Known token shapes. Keep in sync with the Swift table.')}",
           "SECRET_PREFIXES: list[tuple[str, str, int]] = ["]
    for p, k, d, n in sorted(rows, key=lambda r: -len(r[0])):
        out.append(f'    ("{p}", "{snake(k)}", {n}),  # {d}')
    out += ["]", "",
            "_TOKEN_BODY = re.compile(r\"[A-Za-z0-9_\\-]*\")", "", "",
            "def find_prefixed(text: str) -> list[tuple[int, int, str]]:",
            '    """(start, end, kind) for every prefixed token; a prefix inside a longer word is skipped."""',
            "    found = []",
            "    for prefix, kind, min_body in SECRET_PREFIXES:",
            "        start = text.find(prefix)",
            "        while start != -1:",
            "            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == \"_\"):",
            "                m = _TOKEN_BODY.match(text, start + len(prefix))",
            "                if m and len(m.group()) >= min_body:",
            "                    found.append((start, m.end(), kind))",
            "            start = text.find(prefix, start + 1)",
            "    return sorted(set(found))"]
    return "\n".join(out) + "\n"


def py_patterns(ctx: Ctx) -> str:
    pats = [("EMAIL_ADDRESS", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), ("IP_ADDRESS", r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),
            ("PHONE_NUMBER", r"(?<!\w)\+?\d[\d ()/-]{7,}\d"), ("IBAN_CODE", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
            ("CREDIT_CARD", r"\b(?:\d[ -]?){12,18}\d\b"), ("URL", r"https?://[^\s<>\"']+"),
            ("DATE_OF_BIRTH", r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b"), ("LICENSE_PLATE", r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}\b")]
    chosen = pick(pats, 3, None)
    out = ["# Candidate patterns. They over-match on purpose: validators and context scoring remove the noise.",
           "PATTERNS: dict[str, re.Pattern[str]] = {"]
    for e, rx in chosen:
        out.append(f'    "{e}": re.compile(r"{rx}"{one("", ", re.I")}),' if '"' not in rx else f"    \"{e}\": re.compile(r'{rx}'),")
    out += ["}", "", "",
            f"def candidates(text: str) -> Iterator[tuple[str, int, int]]:",
            '    """Raw pattern matches as (type, start, end)."""',
            "    for entity, rx in PATTERNS.items():",
            "        for m in rx.finditer(text):",
            "            yield entity, m.start(), m.end()"]
    return "\n".join(out) + "\n"


def py_vault(ctx: Ctx) -> str:
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt"])
    fakes = list(dict.fromkeys(" ".join(person(lang)) for _ in range(R.randint(4, 8))))
    return T('''class ⟨cls⟩:
    """Placeholders such as <PERSON_1> for one conversation, and the way back.

    The same value always maps to the same placeholder; counters are per type.
    """

    FAKE_NAMES = (⟨fakes⟩)

    def __init__(self, fake_names: bool = ⟨fn⟩) -> None:
        self._forward: dict[tuple[str, str], str] = {}
        self._backward: dict[str, str] = {}
        self._counters: collections.Counter[str] = collections.Counter()
        self._fake_names = fake_names
        self._lock = threading.Lock()

    def placeholder(self, value: str, entity: str) -> str:
        with self._lock:
            key = (entity, value)
            if key in self._forward:
                return self._forward[key]
            self._counters[entity] += 1
            n = self._counters[entity]
            if self._fake_names and entity == "PERSON" and n <= len(self.FAKE_NAMES):
                token = self.FAKE_NAMES[n - 1]
            else:
                token = f"<{entity}_{n}>"
            self._forward[key] = token
            self._backward[token] = value
            return token

    def restore(self, text: str) -> str:
        """Original values back in; the longest placeholder first so <PERSON_12> is not read as <PERSON_1>."""
        with self._lock:
            for token in sorted(self._backward, key=len, reverse=True):
                text = text.replace(token, self._backward[token])
        return text

    def __len__(self) -> int:
        return len(self._backward)
''', cls=one("PseudonymVault", "PlaceholderVault", "AliasMap"), fakes=", ".join(f'"{f}"' for f in fakes) + ",", fn=one("False", "True"))


def py_restorer(ctx: Ctx) -> str:
    return T('''class StreamingRestorer:
    """Restores placeholders in a streamed answer.

    A chunk may end inside "<EMAIL_ADDRESS_3>", so a tail that could still grow into a
    placeholder is held back (at most MAX_HOLD characters) until the next chunk or finish().
    """

    MAX_HOLD = ⟨hold⟩

    def __init__(self, restore: Callable[[str], str]) -> None:
        self._restore = restore
        self._pending = ""

    def feed(self, chunk: str) -> str:
        self._pending += chunk
        i = self._pending.rfind("<")
        if i == -1 or ">" in self._pending[i:] or len(self._pending) - i > self.MAX_HOLD:
            out, self._pending = self._pending, ""
        else:
            out, self._pending = self._pending[:i], self._pending[i:]
        return self._restore(out)

    def finish(self) -> str:
        out, self._pending = self._pending, ""
        return self._restore(out)
''', hold=R.choice([24, 32, 40]))


def py_mask(ctx: Ctx) -> str:
    return T('''def mask(value: str, keep_last: int = ⟨k⟩, symbol: str = "⟨s⟩") -> str:
    """Replace letters and digits except the last `keep_last`; separators stay."""
    visible = sum(c.isalnum() for c in value)
    hide = max(0, visible - keep_last)
    out = []
    for c in value:
        if c.isalnum() and hide > 0:
            out.append(symbol)
            hide -= 1
        else:
            out.append(c)
    return "".join(out)


def redact(text: str, findings: Iterable[⟨f⟩], style: str = "⟨style⟩", vault: "PseudonymVault | None" = None) -> str:
    """Apply replacements from the end so earlier offsets stay valid."""
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        original = text[f.start:f.end]
        if style == "mask":
            new = mask(original)
        elif style == "placeholder" and vault is not None:
            new = vault.placeholder(original, f.type.value)
        elif style == "remove":
            new = ""
        else:
            new = f"[{f.type.value}]"
        text = text[:f.start] + new + text[f.end:]
    return text
''', k=R.choice([0, 2, 4]), s=one("*", "•", "X"), f=ctx.find, style=one("placeholder", "mask", "label"))


def py_policy(ctx: Ctx) -> str:
    dflt = one("deny", "deny", "block", "review")
    return T('''class ⟨c⟩(IntEnum):
    """Data labels: public < internal < confidential < restricted."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @classmethod
    def parse(cls, name: str) -> "⟨c⟩":
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown label {name!r}; expected one of {[m.name.lower() for m in cls]}") from None


ACTIONS = ("allow", "deny", "redact", "block", "review"⟨extra⟩)


@dataclass(slots=True)
class ⟨rule⟩:
    id: int
    name: str
    action: str
    roles: frozenset[str] | None = None      # None matches every role
    models: frozenset[str] | None = None
    topics: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    min_label: ⟨c⟩ | None = None
    message: str = ""
    override_allowed: bool = False

    def matches(self, req: "⟨pr⟩") -> bool:
        if self.roles is not None and not (self.roles & req.roles):
            return False
        if self.models is not None and req.model not in self.models:
            return False
        if self.topics and not (self.topics & req.topics):
            return False
        if self.types and not (self.types & req.types):
            return False
        return self.min_label is None or req.label >= self.min_label


@dataclass(slots=True)
class ⟨pr⟩:
    user: str
    roles: frozenset[str]
    model: str
    label: ⟨c⟩ = ⟨c⟩.INTERNAL
    topics: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    system_prompt_tokens: int = 0


@dataclass(frozen=True, slots=True)
class ⟨d⟩:
    action: str
    rule_id: int | None
    explanation: str


def compile_rules(raw: list[dict]) -> list[⟨rule⟩]:
    """Rules from the parsed policy file; ids are 1-based positions so messages can cite them."""
    rules, names = [], set()
    for i, spec in enumerate(raw, start=1):
        name = spec.get("name") or f"rule-{i}"
        if name in names:
            raise ValueError(f"duplicate rule name {name!r}")
        names.add(name)
        action = spec.get("action", "").lower()
        if action not in ACTIONS:
            raise ValueError(f"rule {name!r}: unknown action {action!r}")
        label = spec.get("min_label")
        rules.append(⟨rule⟩(
            id=i, name=name, action=action,
            roles=frozenset(spec["roles"]) if "roles" in spec else None,
            models=frozenset(spec["models"]) if spec.get("models") not in (None, ["*"]) else None,
            topics=frozenset(spec.get("topics", ())), types=frozenset(spec.get("types", ())),
            min_label=⟨c⟩.parse(label) if label else None,
            message=spec.get("message", f"rule {i} ({name})"),
            override_allowed=bool(spec.get("override_allowed", False)),
        ))
    return rules


def evaluate(rules: list[⟨rule⟩], req: ⟨pr⟩, default: str = "⟨dflt⟩") -> ⟨d⟩:
    """First matching rule wins; nothing matching means ⟨dflt⟩ (fail closed)."""
    for rule in rules:
        if rule.matches(req):
            return ⟨d⟩(rule.action, rule.id, rule.message)
    return ⟨d⟩(default, None, f"no rule matched roles={sorted(req.roles)} model={req.model}")
''', c=ctx.clear, rule=ctx.rule, pr=ctx.principal, d=ctx.decision, dflt=dflt,
             extra="".join(f', "{a}"' for a in pick(["pseudonymize", "warn", "route"], 0, 2)))


def py_ratelimit(ctx: Ctx) -> str:
    return T('''class TokenBucket:
    """Requests per minute per key, with a burst allowance. In-memory only."""

    def __init__(self, per_minute: int = ⟨rpm⟩, burst: int = ⟨burst⟩, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst)
        self.clock = clock
        self._state: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, cost: float = 1.0) -> bool:
        now = self.clock()
        tokens, last = self._state.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        ok = tokens >= cost
        self._state[key] = (tokens - cost if ok else tokens, now)
        return ok


QUOTAS = {⟨q⟩}


def over_quota(dept: str, used: int, requested: int) -> bool:
    """Monthly token quota per department; over quota goes to review rather than being dropped."""
    return used + requested > QUOTAS.get(dept, QUOTAS["default"])
''', rpm=R.choice([30, 60, 120, 300]), burst=R.choice([5, 10, 20]),
             q=", ".join(f'"{d}": {R.choice(["200_000", "500_000", "1_000_000", "2_000_000"])}' for d in pick(DEPTS, 2, 4) + ["default"]))


def py_test_block(ctx: Ctx) -> str:
    k = ctx.fresh("pytest", 10)
    lang = R.choice(["de", "en", "fr", "es", "it", "nl", "pt"])
    f, l = person(lang)
    name, mail = f"{f} {l}", email_of(f, l)
    if k == 0:
        goods = [luhn_number(R.choice(["4", "5", "37", "6011"]), 16) for _ in range(R.randint(2, 4))]
        return T('''@pytest.mark.parametrize("number", [⟨goods⟩])
def test_luhn_accepts_valid(number):
    assert luhn_ok(number)


@pytest.mark.parametrize("number", ["⟨bad⟩", "1234", "4111-1111-1111-111X", ""])
def test_luhn_rejects(number):
    assert not luhn_ok(number)
''', goods=", ".join(f'"{spaced(g) if chance(0.5) else g}"' for g in goods), bad=goods[0][:-1] + str((int(goods[0][-1]) + 3) % 10))
    if k == 1:
        ib = [iban() for _ in range(R.randint(2, 4))]
        return T('''VALID_IBANS = [⟨ib⟩]


@pytest.mark.parametrize("value", VALID_IBANS)
def test_iban_valid(value):
    assert iban_ok(value)
    assert iban_ok(" ".join(value[i:i + 4] for i in range(0, len(value), 4)))


def test_iban_single_digit_change_fails():
    v = VALID_IBANS[0]
    changed = v[:-1] + str((int(v[-1]) + 1) % 10)
    assert not iban_ok(changed)
''', ib=", ".join(f'"{x}"' for x in ib))
    if k == 2:
        return T('''def test_vault_round_trip():
    vault = PseudonymVault()
    text = "⟨g⟩ ⟨name⟩, please write to ⟨mail⟩."
    p1 = vault.placeholder("⟨name⟩", "PERSON")
    p2 = vault.placeholder("⟨mail⟩", "EMAIL_ADDRESS")
    masked = text.replace("⟨name⟩", p1).replace("⟨mail⟩", p2)
    assert "⟨mail⟩" not in masked
    assert vault.restore(masked) == text
    assert vault.placeholder("⟨name⟩", "PERSON") == p1
''', g=R.choice(GREETINGS[lang] if lang in GREETINGS else GREETINGS["en"]), name=name, mail=mail)
    if k == 3:
        return T('''@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 13])
def test_restorer_handles_any_chunking(size):
    answer = "Thanks, <PERSON_1>. I sent the file to <EMAIL_ADDRESS_1>."
    expected = "Thanks, ⟨name⟩. I sent the file to ⟨mail⟩."
    table = {"<PERSON_1>": "⟨name⟩", "<EMAIL_ADDRESS_1>": "⟨mail⟩"}

    def restore(s):
        for k, v in table.items():
            s = s.replace(k, v)
        return s

    r = StreamingRestorer(restore)
    out = "".join(r.feed(answer[i:i + size]) for i in range(0, len(answer), size)) + r.finish()
    assert out == expected
''', name=name, mail=mail)
    if k == 4:
        role, model = R.choice(ROLES), R.choice(MODELS)
        return T('''@pytest.fixture
def rules():
    return compile_rules([
        {"name": "block-secrets", "action": "block", "types": ["API_KEY", "PRIVATE_KEY"]},
        {"name": "⟨role⟩-on-⟨short⟩", "action": "allow", "roles": ["⟨role⟩"], "models": ["⟨model⟩"]},
        {"name": "review-restricted", "action": "review", "min_label": "restricted"},
    ])


def test_first_matching_rule_wins(rules):
    req = Request(user="u1", roles=frozenset({"⟨role⟩"}), model="⟨model⟩", types=frozenset({"API_KEY"}))
    d = evaluate(rules, req)
    assert (d.action, d.rule_id) == ("block", 1)


def test_default_is_deny(rules):
    req = Request(user="u2", roles=frozenset({"visitor"}), model="⟨model⟩")
    d = evaluate(rules, req)
    assert d.action == "deny" and d.rule_id is None
    assert "no rule matched" in d.explanation


def test_unknown_action_is_an_error():
    with pytest.raises(ValueError, match="unknown action"):
        compile_rules([{"name": "x", "action": "maybe"}])
''', role=role, model=model, short=model.split("-")[0])
    if k == 5:
        w = R.choice(["der", "die", "und", "le", "la", "el", "de", "il", "het", "the"])
        return T('''@pytest.mark.parametrize("lang", sorted(STOPWORDS))
def test_stopword_lists_are_clean(lang):
    words = list(STOPWORDS[lang])
    assert words, lang
    assert all(w == w.strip() and w for w in words)
    assert len(set(words)) == len(words)


def test_common_word_is_a_stopword():
    assert is_stopword("⟨W⟩")
    assert not is_stopword("⟨noun⟩")
''', W=w.capitalize() if chance(0.5) else w, noun=R.choice(["invoice", "Rechnung", "facture", "factura", "fattura", "warehouse"]))
    if k == 6:
        s = R.choice(SECRETS[:22])
        return T('''def test_prefixed_token_is_found():
    token = "⟨tok⟩"  # fake, shape only
    hits = find_prefixed(f"export TOKEN={token}\\n")
    assert [(kind) for _, _, kind in hits] == ["⟨kind⟩"]


def test_prefix_inside_word_is_ignored():
    assert find_prefixed("my⟨p⟩notatoken") == []
''', tok=fake_token(s[0], s[3]), kind=snake(s[1]), p=s[0])
    if k == 7:
        seed = R.randrange(10**6)
        return T('''WORDS = [⟨words⟩]
SYMBOLS = [⟨sym⟩]


def random_text(rng: random.Random, n: int) -> str:
    parts = []
    for _ in range(n):
        r = rng.random()
        parts.append(rng.choice(SYMBOLS) if r < 0.15 else str(rng.randrange(10**6)) if r < 0.25 else rng.choice(WORDS))
    return " ".join(parts)


@pytest.mark.parametrize("seed", range(⟨n⟩))
def test_spans_stay_in_bounds(seed):
    rng = random.Random(⟨seed⟩ + seed)
    text = random_text(rng, rng.randrange(1, 60))
    for f in detect(text):
        assert 0 <= f.start < f.end <= len(text)
''', words=", ".join(f'"{w}"' for w in pick(STOP["en"] + STOP[R.choice(["de", "fr", "es"])] + CJK + EMOJI, 10, 24, keep_order=False)),
                 sym=", ".join(f'"{x}"' for x in pick(SYMBOLS, 4, 8)), n=R.choice([50, 100, 200]), seed=seed)
    if k == 8:
        return T('''def test_mask_keeps_last_digits_and_separators():
    assert mask("⟨ib⟩", keep_last=4).endswith("⟨last⟩")
    assert mask("12-34", keep_last=0) == "**-**"


def test_redact_placeholder_style():
    text = "Contact ⟨name⟩ at ⟨mail⟩"
    start = text.index("⟨mail⟩")
    f = Finding(EntityType.EMAIL_ADDRESS, start, start + len("⟨mail⟩"), 0.99)
    assert redact(text, [f], style="label") == "Contact ⟨name⟩ at [EMAIL_ADDRESS]"
''', ib=(lambda x: spaced(x))(iban("DE")), last="", name=name, mail=mail).replace('.endswith("")', "[-4:].isdigit()")
    cue = R.choice(CUES["IBAN_CODE"][R.choice(["en", "de", "fr"])]).lower()
    return T('''def test_context_word_raises_score():
    assert boosted(0.4, "IBAN_CODE", ["please", "use", "⟨cue⟩"]) > 0.4


def test_no_context_keeps_score():
    assert boosted(0.4, "IBAN_CODE", ["the", "weather", "today"]) == pytest.approx(0.4)
''', cue=cue)


def py_datagen(ctx: Ctx) -> str:
    langs = pick(list(PROSE), 3, None)
    prose = "\n".join(f'    "{l}": [\n' + "\n".join(f'        "{s}",' for s in pick(PROSE[l], 2, None)) + "\n    ]," for l in langs)
    return T('''PROSE = {
⟨prose⟩
}
CHAT = [⟨chat⟩]
LOG_LINES = [⟨logs⟩]
GREETINGS = [⟨gr⟩]
SIGN_OFFS = [⟨so⟩]


def ordinary(rng: random.Random, words: int) -> str:
    """Mixed ordinary text: prose, chat, mails and log lines. Nothing here should be flagged."""
    out, n = [], 0
    while n < words:
        kind = rng.random()
        if kind < 0.5:
            piece = rng.choice(PROSE[rng.choice(list(PROSE))])
        elif kind < 0.7:
            piece = rng.choice(CHAT)
        elif kind < 0.85:
            piece = rng.choice(LOG_LINES)
        else:
            body = rng.choice(PROSE[rng.choice(list(PROSE))])
            piece = f"{rng.choice(GREETINGS)},\\n\\n{body}\\n\\n{rng.choice(SIGN_OFFS)}"
        out.append(piece)
        n += len(piece.split())
    return "\\n".join(out)


ADVERSARIAL = {
    "at-signs": "@" * ⟨size⟩,
    "digits": "0123456789" * (⟨size⟩ // 10),
    "a-dot": "a." * (⟨size⟩ // 2),
    "open-angle": "<" * ⟨size⟩,
    "spaced-digits": "4 " * (⟨size⟩ // 2),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=⟨seed⟩)
    ap.add_argument("--docs", type=int, default=⟨docs⟩)
    ap.add_argument("--words", type=int, default=⟨words⟩)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("⟨out⟩"))
    ap.add_argument("--time", action="store_true", help="also time the detector on each document")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for i in range(args.docs):
            text = ordinary(rng, args.words)
            rec = {"id": i, "text": text, "label": "benign"}
            if args.time:
                t0 = time.perf_counter()
                rec["findings"] = len(detect(text))
                rec["ms"] = round((time.perf_counter() - t0) * 1000, 3)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\\n")
    if args.time:
        for name, text in ADVERSARIAL.items():
            t0 = time.perf_counter()
            detect(text)
            print(f"{name:14s} {len(text):>9d} chars {time.perf_counter() - t0:8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', prose=prose, chat=", ".join(f'"{c}"' for c in pick(CHAT, 5, 12, keep_order=False)), logs=", ".join(f'"{x}"' for x in pick(LOGS, 3, None)),
             gr=", ".join(f'"{x}"' for x in pick(sum((GREETINGS[l] for l in langs if l in GREETINGS), []), 3, 8)),
             so=", ".join(f'"{x}"' for x in pick(sum((SIGNOFFS[l] for l in langs if l in SIGNOFFS), []), 3, 8)),
             size=R.choice(["1 << 20", "1_000_000", "2_000_000"]), seed=R.randrange(1, 9999), docs=R.choice([100, 500, 1000]),
             words=R.choice([200, 400, 1000]), out=one("ordinary.jsonl", "data/benign_bench.jsonl", "/tmp/ordinary.jsonl"))


PY_IMPORTS = {
    "lexicon": ["import re"], "detector": ["import collections", "import math", "import re", "import threading", "from dataclasses import dataclass",
                                            "from enum import Enum", "from typing import Callable, Iterable, Iterator, Sequence"],
    "policy": ["import time", "from dataclasses import dataclass, field", "from enum import IntEnum", "from typing import Callable"],
    "tests": ["import random", "import pytest"], "bench": ["import argparse", "import json", "import pathlib", "import random", "import sys", "import time"],
}


def python_file() -> str:
    ctx = Ctx()
    theme = R.choices(["lexicon", "detector", "policy", "tests", "bench"], [24, 26, 18, 22, 10])[0]
    tgt = target_len()
    if theme == "lexicon":
        cats = list(WL_TYPES)
        main = R.choice(cats)
        head = py_header(ctx, one("Word lists for the name and address recognisers.", "Stop words and other closed-class words per language.",
                                  "Gazetteer tables: given names, family names, cities, street types.", "Lexicons used by the tokenizer and the scorers."),
                         PY_IMPORTS["lexicon"] + (["import collections"] if chance(0.5) else []))
        req = [lambda: py_wordlist(ctx, main)]
        opt = [lambda c=c: py_wordlist(ctx, c) for c in pick([c for c in cats if c != main], 1, 4)] + [lambda: py_topics(ctx), lambda: py_cues(ctx)]
        return assemble(head, req, opt, tgt, sep="\n\n")
    if theme == "detector":
        head = py_header(ctx, one("Recognisers for personal data and credentials.", "Checksums, patterns and the prefix table.",
                                  "Masking and pseudonymisation.", "Detection pipeline: patterns, validators, context."), PY_IMPORTS["detector"])
        parts = [py_entity_enum, py_finding, py_validators, py_prefixes, py_patterns, py_cues, py_vault, py_restorer, py_mask, py_injection_scaffold]
        chosen = pick(parts, 1, 2, keep_order=False)
        return assemble(head, [lambda f=f: f(ctx) for f in chosen], [lambda f=f: f(ctx) for f in parts if f not in chosen], tgt, sep="\n\n")
    if theme == "policy":
        head = py_header(ctx, one("Policy rules and their evaluation.", "First matching rule wins; default deny.", "Rate limits, quotas and the rule evaluator."),
                         PY_IMPORTS["policy"])
        return assemble(head, [lambda: py_policy(ctx)], [lambda: py_ratelimit(ctx), lambda: py_topics(ctx)], tgt, sep="\n\n")
    if theme == "tests":
        mod = snake(ctx.module)
        head = py_header(ctx, one(f"Tests for {mod}.", "Unit tests for validators, vault and policy.", "Property and regression tests."),
                         PY_IMPORTS["tests"] + [f"LOCAL:from {mod} import {', '.join(pick(['luhn_ok', 'iban_ok', 'PseudonymVault', 'StreamingRestorer', 'compile_rules', 'evaluate', 'Request', 'detect', 'mask', 'redact', 'STOPWORDS', 'is_stopword', 'find_prefixed', 'boosted', 'Finding', 'EntityType'], 3, 8))}"])
        return assemble(head, [lambda: py_test_block(ctx)], [lambda: py_test_block(ctx) for _ in range(9)], tgt, sep="\n\n")
    head = py_header(ctx, one("Generate ordinary text for the false-positive benchmark.", "Synthetic benign corpus and adversarial inputs for timing runs.",
                              "Write JSONL of ordinary documents; optionally time the detector."), PY_IMPORTS["bench"] + [f"LOCAL:from {snake(ctx.module)} import detect"])
    return assemble(head, [lambda: py_datagen(ctx)], [lambda: py_cues(ctx)], tgt, sep="\n\n")


def python_snippet() -> str:
    ctx = Ctx()
    parts = [lambda: py_validators(ctx), lambda: py_test_block(ctx), lambda: py_topics(ctx), lambda: py_entity_enum(ctx), lambda: py_mask(ctx),
             lambda: py_wordlist(ctx, R.choice(["months", "weekdays", "titles", "greetings", "signoffs", "streets"])), lambda: py_restorer(ctx),
             lambda: py_patterns(ctx), lambda: py_ratelimit(ctx)]
    for _ in range(20):
        t = R.choice(parts)()
        if 200 <= len(t) <= 1500:
            return t
    return t[:1500].rsplit("\n", 1)[0] + "\n"


# ------------------------------------------------------------------ Go

def go_wordlist(ctx: Ctx, cat: str) -> str:
    langs = langs_for(cat)
    name = camel(R.choice(WL_TYPES[cat]))
    out = [f"// {name} {R.choice(WORDLIST_DOCS[cat])[0].lower() + R.choice(WORDLIST_DOCS[cat])[1:]}"]
    if chance(0.5):
        out.append(f"var {name} = map[string][]string{{")
        for l in langs:
            out.append(f"\t// {lang_comment(l, cat)}")
            out.append(f'\t"{l}": {{')
            out.append(qlist(words_of(cat, l), "\t\t", width=90))
            out.append("\t},")
        out.append("}")
    else:
        for l in langs:
            out.append(f"\n// {lang_comment(l, cat)}")
            out.append(f"var {name}{pascal(LANG_NAMES[l])} = set(")
            out.append(qlist(words_of(cat, l), "\t", width=90))
            out.append(")")
        out += ["", "func set(words ...string) map[string]struct{} {", "\tm := make(map[string]struct{}, len(words))",
                "\tfor _, w := range words {", "\t\tm[strings.ToLower(w)] = struct{}{}", "\t}", "\treturn m", "}"]
    return "\n".join(out) + "\n"


def go_validators(ctx: Ctx) -> str:
    return T('''// Luhn reports whether s passes the mod-10 check. Spaces and dashes are skipped.
func Luhn(s string) bool {
	sum, n, double := 0, 0, false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			continue
		case c < '0' || c > '9':
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
		double = !double
	}
	return n >= ⟨lo⟩ && n <= 19 && sum%10 == 0
}

// ValidIBAN applies the ISO 13616 mod-97 check.
func ValidIBAN(raw string) bool {
	s := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(raw))
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	if want, ok := ibanLength[s[:2]]; ok && want != len(s) {
		return false
	}
	r := 0
	for _, c := range s[4:] + s[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return r == 1
}

var ibanLength = map[string]int{⟨tbl⟩}
''', lo=R.choice([12, 13]), tbl=", ".join(f'"{c}": {n}' for c, n in pick([("DE", 22), ("AT", 20), ("FR", 27), ("ES", 24), ("IT", 27), ("NL", 18), ("BE", 16), ("GB", 22)], 3, None)))


def go_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS[:22], 5, None)
    out = ["// Kind names a credential type found by its prefix.", "type Kind string", "", "const ("]
    out += [f'\tKind{pascal(k)} Kind = "{snake(k)}"' for _, k, _, _ in rows]
    out += [")", "", "type prefixRule struct {", "\tprefix  string", "\tkind    Kind", "\tminBody int", "}", "",
            f"// prefixRules is ordered longest prefix first; {one('the first hit wins.', 'keep it that way when adding rows.', 'see TestPrefixOrder.')}",
            "var prefixRules = []prefixRule{"]
    for p, k, d, n in sorted(rows, key=lambda r: -len(r[0])):
        out.append(f'\t{{"{p}", Kind{pascal(k)}, {n}}}, // {d}')
    out += ["}", "", "// Match is one prefixed token in the input.", "type Match struct {", "\tStart, End int", "\tKind       Kind", "}", "",
            "// FindTokens scans text for prefixed tokens.", "func FindTokens(text string) []Match {", "\tvar out []Match",
            "\tfor i := 0; i < len(text); i++ {", "\t\tif i > 0 && isBody(text[i-1]) {", "\t\t\tcontinue", "\t\t}",
            "\t\tfor _, r := range prefixRules {", "\t\t\tif !strings.HasPrefix(text[i:], r.prefix) {", "\t\t\t\tcontinue", "\t\t\t}",
            "\t\t\tj := i + len(r.prefix)", "\t\t\tfor j < len(text) && isBody(text[j]) {", "\t\t\t\tj++", "\t\t\t}",
            "\t\t\tif j-i-len(r.prefix) >= r.minBody {", "\t\t\t\tout = append(out, Match{i, j, r.kind})", "\t\t\t\ti = j - 1", "\t\t\t\tbreak", "\t\t\t}",
            "\t\t}", "\t}", "\treturn out", "}", "",
            "func isBody(c byte) bool {", "\treturn c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'", "}"]
    return "\n".join(out) + "\n"


def go_policy(ctx: Ctx) -> str:
    return T('''// Action is what a rule does with a request.
type Action string

const (
	Allow  Action = "allow"
	Deny   Action = "deny"
	Redact Action = "redact"
	Block  Action = "block"
	Review Action = "review"
)

// Label orders data: public < internal < confidential < restricted.
type Label int

const (
	Public Label = iota
	Internal
	Confidential
	Restricted
)

// Rule is one compiled policy rule; ID is its 1-based position in the file.
type Rule struct {
	ID              int
	Name            string
	Roles           map[string]bool // nil matches every role
	Models          map[string]bool // nil matches every model
	Topics          []string
	MinLabel        Label
	Action          Action
	Explanation     string
	OverrideAllowed bool
}

// Request is what the evaluator knows about a call.
type Request struct {
	User     string
	Roles    []string
	Model    string
	Label    Label
	Topics   []string
}

// Decision is the result of Evaluate.
type Decision struct {
	Action      Action
	RuleID      int
	Explanation string
}

func (r *Rule) matches(req Request) bool {
	if r.Roles != nil && !anyIn(req.Roles, r.Roles) {
		return false
	}
	if r.Models != nil && !r.Models[req.Model] {
		return false
	}
	if len(r.Topics) > 0 && !overlap(r.Topics, req.Topics) {
		return false
	}
	return req.Label >= r.MinLabel
}

// Evaluate returns the action of the first matching rule. With no match the
// request is refused (default ⟨dflt⟩), so a misspelt role fails closed.
func Evaluate(rules []Rule, req Request) Decision {
	for i := range rules {
		if rules[i].matches(req) {
			return Decision{rules[i].Action, rules[i].ID, rules[i].Explanation}
		}
	}
	return Decision{⟨Dflt⟩, 0, fmt.Sprintf("no rule matched roles %v on %s", req.Roles, req.Model)}
}

func anyIn(xs []string, set map[string]bool) bool {
	for _, x := range xs {
		if set[x] {
			return true
		}
	}
	return false
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
''', dflt=(d := one("deny", "review")), Dflt=pascal(d))


def go_test(ctx: Ctx) -> str:
    k = ctx.fresh("gotest", 3)
    if k == 0:
        goods = [luhn_number(R.choice(["4", "5", "6011"]), 16) for _ in range(R.randint(2, 4))]
        rows = [f'\t\t{{"{spaced(g) if chance(0.5) else g}", true}},' for g in goods]
        rows += [f'\t\t{{"{goods[0][:-1] + str((int(goods[0][-1]) + 1) % 10)}", false}},', '\t\t{"4111 1111 1111 111a", false},', '\t\t{"", false},']
        rows += [f'\t\t{{"{iban()}", false}}, // an IBAN is not a card number']
        return "func TestLuhn(t *testing.T) {\n\tcases := []struct {\n\t\tin   string\n\t\twant bool\n\t}{\n" + "\n".join(rows) + \
            "\n\t}\n\tfor _, c := range cases {\n\t\tif got := Luhn(c.in); got != c.want {\n\t\t\tt.Errorf(\"Luhn(%q) = %v, want %v\", c.in, got, c.want)\n\t\t}\n\t}\n}\n"
    if k == 1:
        role, model = R.choice(ROLES), R.choice(MODELS)
        return T('''func TestFirstMatchingRuleWins(t *testing.T) {
	rules := []Rule{
		{ID: 1, Name: "review-restricted", MinLabel: Restricted, Action: Review, Explanation: "restricted data needs a reviewer"},
		{ID: 2, Name: "⟨role⟩", Roles: map[string]bool{"⟨role⟩": true}, Models: map[string]bool{"⟨model⟩": true}, Action: Allow},
	}
	tests := []struct {
		name string
		req  Request
		want Action
		rule int
	}{
		{"restricted goes to review", Request{Roles: []string{"⟨role⟩"}, Model: "⟨model⟩", Label: Restricted}, Review, 1},
		{"internal is allowed", Request{Roles: []string{"⟨role⟩"}, Model: "⟨model⟩", Label: Internal}, Allow, 2},
		{"other model falls through", Request{Roles: []string{"⟨role⟩"}, Model: "other"}, ⟨dflt⟩, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Evaluate(rules, tt.req)
			if d.Action != tt.want || d.RuleID != tt.rule {
				t.Fatalf("got %s by rule %d, want %s by rule %d", d.Action, d.RuleID, tt.want, tt.rule)
			}
		})
	}
}
''', role=role, model=model, dflt=one("Deny", "Review"))
    s = R.choice(SECRETS[:22])
    return T('''func TestFindTokens(t *testing.T) {
	tok := "⟨tok⟩" // fake value with the right shape
	got := FindTokens("config: token=" + tok + "\\n")
	if len(got) != 1 || got[0].Kind != Kind⟨kind⟩ {
		t.Fatalf("FindTokens: %+v", got)
	}
	if m := FindTokens("x⟨p⟩abc"); len(m) != 0 {
		t.Errorf("prefix inside a word matched: %+v", m)
	}
}

func BenchmarkFindTokensAtSigns(b *testing.B) {
	in := strings.Repeat("@", 1<<20)
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		FindTokens(in)
	}
}
''', tok=fake_token(s[0], s[3]), kind=pascal(s[1]), p=s[0])


def go_file() -> str:
    ctx = Ctx()
    pkg = one("detect", "lexicon", "policy", "redact", "scan")
    theme = R.choices(["lexicon", "detector", "policy", "tests"], [25, 30, 25, 20])[0]
    tgt = target_len()
    imports = {"lexicon": ["strings"], "detector": ["fmt", "math", "sort", "strings", "sync"], "policy": ["fmt", "math", "strings", "sync", "time"],
               "tests": ["strings", "testing"]}[theme]
    head = (f"// {license_line(ctx)}\n\n" if chance(0.4) else "") + \
        (f"// Package {pkg} {one('holds the word lists used by the recognisers.', 'finds personal data and credentials in text.', 'evaluates access rules for model requests.', 'masks and restores sensitive values.')}\n" if theme != "tests" else "") + \
        f"package {pkg}\n\nimport (\n" + "\n".join(f'\t"{i}"' for i in imports) + "\n)\n"
    if theme == "lexicon":
        cats = pick(list(WL_TYPES), 1, 3, keep_order=False)
        return assemble(head, [lambda c=c: go_wordlist(ctx, c) for c in cats], [lambda: go_validators(ctx)], tgt)
    if theme == "detector":
        parts = [go_prefixes, go_validators, go_vault, go_context]
        chosen = pick(parts, 1, 2, keep_order=False)
        return assemble(head, [lambda f=f: f(ctx) for f in chosen], [lambda f=f: f(ctx) for f in parts if f not in chosen] + [lambda: go_wordlist(ctx, "stopwords")], tgt)
    if theme == "policy":
        return assemble(head, [lambda: go_policy(ctx)], [lambda: go_ratelimit(ctx), lambda: go_context(ctx)], tgt)
    return assemble(head, [lambda: go_test(ctx)], [lambda: go_test(ctx) for _ in range(2)], tgt)


# ------------------------------------------------------------------ TypeScript

def ts_wordlist(ctx: Ctx, cat: str) -> str:
    langs = langs_for(cat)
    name = snake(R.choice(WL_TYPES[cat])).upper()
    out = [f"/** {R.choice(WORDLIST_DOCS[cat])} */", f"export const {name}: Readonly<Record<string, readonly string[]>> = {{"]
    for l in langs:
        out.append(f"  // {lang_comment(l, cat)}")
        out.append(f"  {l}: [")
        out.append(qlist(words_of(cat, l), "    ", width=90, q=one('"', "'")))
        out.append("  ],")
    out.append("};")
    if chance(0.5):
        out += ["", f"const folded = new Set(Object.values({name}).flat().map((w) => w.toLocaleLowerCase()));", "",
                f"export function is{pascal(cat.rstrip('s'))}(word: string): boolean {{", "  return folded.has(word.toLocaleLowerCase());", "}"]
    return "\n".join(out) + "\n"


def ts_policy(ctx: Ctx) -> str:
    return T('''export type Action = "allow" | "deny" | "redact" | "block" | "review";
export type Label = "public" | "internal" | "confidential" | "restricted";

const LABEL_ORDER: Record<Label, number> = { public: 0, internal: 1, confidential: 2, restricted: 3 };

export interface Rule {
  id: number;
  name: string;
  action: Action;
  roles?: string[];        // undefined matches every role
  models?: string[];
  topics?: string[];
  minLabel?: Label;
  explanation: string;
  overrideAllowed?: boolean;
}

export interface ⟨pr⟩ {
  user: string;
  roles: string[];
  model: string;
  label: Label;
  topics: string[];
  systemPromptTokens?: number;
}

export interface ⟨d⟩ {
  action: Action;
  ruleId: number | null;
  explanation: string;
}

function matches(rule: Rule, req: ⟨pr⟩): boolean {
  if (rule.roles && !rule.roles.some((r) => req.roles.includes(r))) return false;
  if (rule.models && !rule.models.includes(req.model) && !rule.models.includes("*")) return false;
  if (rule.topics?.length && !rule.topics.some((t) => req.topics.includes(t))) return false;
  if (rule.minLabel && LABEL_ORDER[req.label] < LABEL_ORDER[rule.minLabel]) return false;
  return true;
}

/** First matching rule wins; with no match the request is ⟨dflt⟩ed (fail closed). */
export function evaluate(rules: readonly Rule[], req: ⟨pr⟩): ⟨d⟩ {
  for (const rule of rules) {
    if (matches(rule, req)) return { action: rule.action, ruleId: rule.id, explanation: rule.explanation };
  }
  return { action: "⟨dflt⟩", ruleId: null, explanation: `no rule matched roles [${req.roles.join(", ")}] on ${req.model}` };
}

/** Rules whose action stops the request, for the admin page. */
export const blockedRules = (rules: readonly Rule[]) => rules.filter((r) => r.action === "block" || r.action === "deny").map((r) => r.name);
''', pr=ctx.principal, d=ctx.decision, dflt=one("deny", "review"))


def ts_vault(ctx: Ctx) -> str:
    lang = R.choice(["de", "en", "fr", "es", "it"])
    fakes = list(dict.fromkeys(" ".join(person(lang)) for _ in range(4)))
    return T('''/** Placeholders like `<PERSON_1>` for one conversation, and back. */
export class ⟨cls⟩ {
  private forward = new Map<string, string>();
  private backward = new Map<string, string>();
  private counters = new Map<string, number>();
  static readonly fakeNames = [⟨fakes⟩] as const;

  placeholder(value: string, type: string): string {
    const key = `${type}|${value}`;
    const known = this.forward.get(key);
    if (known) return known;
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const token = `<${type}_${n}>`;
    this.forward.set(key, token);
    this.backward.set(token, value);
    return token;
  }

  restore(text: string): string {
    const tokens = [...this.backward.keys()].sort((a, b) => b.length - a.length);
    return tokens.reduce((acc, t) => acc.split(t).join(this.backward.get(t)!), text);
  }
}

/** Holds back a tail that may still become a placeholder when the answer is streamed. */
export function streamingRestorer(restore: (s: string) => string, maxHold = ⟨hold⟩) {
  let pending = "";
  return {
    feed(chunk: string): string {
      pending += chunk;
      const i = pending.lastIndexOf("<");
      if (i < 0 || pending.indexOf(">", i) >= 0 || pending.length - i > maxHold) {
        const out = pending;
        pending = "";
        return restore(out);
      }
      const out = pending.slice(0, i);
      pending = pending.slice(i);
      return restore(out);
    },
    finish(): string {
      const out = pending;
      pending = "";
      return restore(out);
    },
  };
}
''', cls=one("PseudonymVault", "PlaceholderMap"), fakes=", ".join(f'"{f}"' for f in fakes), hold=R.choice([24, 32, 40]))


def ts_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS[:22], 5, None)
    out = ["/** Credential prefixes, longest first. */", "export const SECRET_PREFIXES = ["]
    for p, k, d, n in sorted(rows, key=lambda r: -len(r[0])):
        out.append(f'  {{ prefix: "{p}", kind: "{k}", minBody: {n} }}, // {d}')
    out += ["] as const;", "", "const BODY = /[A-Za-z0-9_-]/;", "",
            "export function findTokens(text: string): { start: number; end: number; kind: string }[] {",
            "  const out: { start: number; end: number; kind: string }[] = [];",
            "  for (const { prefix, kind, minBody } of SECRET_PREFIXES) {",
            "    let i = text.indexOf(prefix);", "    while (i >= 0) {", "      if (i === 0 || !BODY.test(text[i - 1])) {",
            "        let j = i + prefix.length;", "        while (j < text.length && BODY.test(text[j])) j++;",
            "        if (j - i - prefix.length >= minBody) out.push({ start: i, end: j, kind });", "      }",
            "      i = text.indexOf(prefix, i + 1);", "    }", "  }", "  return out.sort((a, b) => a.start - b.start);", "}"]
    return "\n".join(out) + "\n"


def ts_tests(ctx: Ctx) -> str:
    lang = R.choice(["de", "en", "fr", "es", "it", "nl"])
    f, l = person(lang)
    role, model = R.choice(ROLES), R.choice(MODELS)
    return T('''describe("evaluate", () => {
  const rules: Rule[] = [
    { id: 1, name: "block-secrets", action: "block", topics: ["credentials"], explanation: "credentials never leave" },
    { id: 2, name: "⟨role⟩", action: "allow", roles: ["⟨role⟩"], models: ["⟨model⟩"], explanation: "⟨role⟩ may use ⟨model⟩" },
  ];
  const base = { user: "u-⟨uid⟩", roles: ["⟨role⟩"], model: "⟨model⟩", label: "internal" as const, topics: [] as string[] };

  it("lets the first matching rule decide", () => {
    expect(evaluate(rules, { ...base, topics: ["credentials"] })).toMatchObject({ action: "block", ruleId: 1 });
  });

  it("falls back to the default", () => {
    expect(evaluate(rules, { ...base, roles: ["visitor"] }).ruleId).toBeNull();
  });
});

describe("vault", () => {
  it("round-trips a name and an address", () => {
    const v = new PseudonymVault();
    const p = v.placeholder("⟨name⟩", "PERSON");
    const m = v.placeholder("⟨mail⟩", "EMAIL_ADDRESS");
    expect(p).toBe("<PERSON_1>");
    expect(v.restore(`Hi ${p}, see ${m}`)).toBe("Hi ⟨name⟩, see ⟨mail⟩");
  });

  it.each([1, 2, 3, 7])("restores across chunks of %i", (size) => {
    const v = new PseudonymVault();
    const text = `Dear ${v.placeholder("⟨name⟩", "PERSON")}, thanks.`;
    const r = streamingRestorer((s) => v.restore(s));
    let out = "";
    for (let i = 0; i < text.length; i += size) out += r.feed(text.slice(i, i + size));
    expect(out + r.finish()).toBe("Dear ⟨name⟩, thanks.");
  });
});
''', role=role, model=model, uid=R.randrange(100, 9999), name=f"{f} {l}", mail=email_of(f, l))


def ts_file() -> str:
    ctx = Ctx()
    theme = R.choices(["lexicon", "policy", "redact", "tests"], [25, 25, 25, 25])[0]
    tgt = target_len()
    head = (f"// {license_line(ctx)}\n" if chance(0.4) else "")
    if theme == "lexicon":
        cats = pick(list(WL_TYPES), 1, 3, keep_order=False)
        return assemble(head, [lambda c=c: ts_wordlist(ctx, c) for c in cats], [lambda: ts_prefixes(ctx), lambda: ts_context(ctx)], tgt)
    if theme == "policy":
        return assemble(head, [lambda: ts_policy(ctx)], [lambda: ts_wordlist(ctx, "stopwords"), lambda: ts_context(ctx)], tgt)
    if theme == "redact":
        parts = [ts_vault, ts_prefixes, ts_context]
        chosen = pick(parts, 1, 2, keep_order=False)
        return assemble(head, [lambda f=f: f(ctx) for f in chosen], [lambda f=f: f(ctx) for f in parts if f not in chosen], tgt)
    head += 'import { describe, expect, it } from "vitest";\nimport { evaluate, type Rule } from "../src/policy";\nimport { PseudonymVault, streamingRestorer } from "../src/vault";\nimport { findTokens, luhn, mask } from "../src/detect";\n'
    first, second = (ts_tests, ts_tests2) if chance(0.5) else (ts_tests2, ts_tests)
    return assemble(head, [lambda: first(ctx)], [lambda: second(ctx)], tgt)


# ------------------------------------------------------------------ Rust

def rs_wordlist(ctx: Ctx, cat: str) -> str:
    langs = langs_for(cat)
    base = snake(R.choice(WL_TYPES[cat])).upper()
    out = [f"//! {R.choice(WORDLIST_DOCS[cat])}", ""] if chance(0.4) else []
    for l in langs:
        ws = words_of(cat, l)
        out.append(f"/// {lang_comment(l, cat)}")
        out.append(f"pub const {base}_{l.upper()}: &[&str] = &[")
        out.append(qlist(ws, "    ", width=90))
        out.append("];")
        out.append("")
    out += [f"/// The list for an ISO 639-1 code.", f"pub fn {snake(cat)}(lang: &str) -> &'static [&'static str] {{", "    match lang {"]
    out += [f'        "{l}" => {base}_{l.upper()},' for l in langs]
    out += ["        _ => &[],", "    }", "}"]
    return "\n".join(out) + "\n"


def rs_validators(ctx: Ctx) -> str:
    return T('''/// Luhn (mod 10) check; spaces and dashes are skipped.
pub fn luhn(s: &str) -> bool {
    let mut sum = 0u32;
    let mut n = 0usize;
    let mut double = false;
    for b in s.bytes().rev() {
        match b {
            b' ' | b'-' => continue,
            b'0'..=b'9' => {
                let mut d = u32::from(b - b'0');
                if double {
                    d *= 2;
                    if d > 9 {
                        d -= 9;
                    }
                }
                sum += d;
                n += 1;
                double = !double;
            }
            _ => return false,
        }
    }
    (⟨lo⟩..=19).contains(&n) && sum % 10 == 0
}

/// ISO 13616 mod-97 check.
pub fn iban_ok(raw: &str) -> bool {
    let s: Vec<u8> = raw.bytes().filter(|b| !b.is_ascii_whitespace()).map(|b| b.to_ascii_uppercase()).collect();
    if !(15..=34).contains(&s.len()) {
        return false;
    }
    let mut r: u32 = 0;
    for &b in s[4..].iter().chain(&s[..4]) {
        r = match b {
            b'0'..=b'9' => (r * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => (r * 100 + u32::from(b - b'A') + 10) % 97,
            _ => return false,
        };
    }
    r == 1
}
''', lo=R.choice([12, 13]))


def rs_entity(ctx: Ctx) -> str:
    ents = sorted(set(pick(PII_ENT, 4, 9) + (ATTACK_ENT if chance(0.7) else [])), key=ENTITIES.index)
    out = ["#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]",
           '#[serde(rename_all = "SCREAMING_SNAKE_CASE")]', f"pub enum {ctx.ent} {{"]
    out += [f"    {pascal(e.lower())}," for e in ents]
    out += ["}", "", f"impl {ctx.ent} {{", "    pub fn label(self) -> &'static str {", "        match self {"]
    out += [f'            Self::{pascal(e.lower())} => "{e}",' for e in ents]
    out += ["        }", "    }", "}"]
    return "\n".join(out) + "\n"


def rs_vault(ctx: Ctx) -> str:
    return T('''/// Placeholders such as `<PERSON_1>`; the same value always gets the same one.
#[derive(Default)]
pub struct Vault {
    forward: HashMap<(String, String), String>,
    backward: HashMap<String, String>,
    counters: HashMap<String, u32>,
}

impl Vault {
    pub fn placeholder(&mut self, value: &str, kind: &str) -> String {
        let key = (kind.to_owned(), value.to_owned());
        if let Some(p) = self.forward.get(&key) {
            return p.clone();
        }
        let n = self.counters.entry(kind.to_owned()).or_insert(0);
        *n += 1;
        let token = format!("<{}_{}>", kind, n);
        self.backward.insert(token.clone(), value.to_owned());
        self.forward.insert(key, token.clone());
        token
    }

    pub fn restore(&self, text: &str) -> String {
        let mut tokens: Vec<&String> = self.backward.keys().collect();
        tokens.sort_by_key(|t| std::cmp::Reverse(t.len()));
        tokens.into_iter().fold(text.to_owned(), |acc, t| acc.replace(t.as_str(), &self.backward[t]))
    }
}
''')


def rs_tests(ctx: Ctx) -> str:
    f, l = person(R.choice(["de", "fr", "es", "en", "it"]))
    goods = [luhn_number("4", 16) for _ in range(2)]
    return T('''#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_numbers() {
        for n in ["⟨g1⟩", "⟨g2⟩"] {
            assert!(luhn(n), "{n}");
        }
        assert!(!luhn("⟨bad⟩"));
    }

    #[test]
    fn iban_round_trip() {
        assert!(iban_ok("⟨ib⟩"));
        assert!(!iban_ok("⟨ibbad⟩"));
    }

    #[test]
    fn vault_restores() {
        let mut v = Vault::default();
        let p = v.placeholder("⟨name⟩", "PERSON");
        assert_eq!(p, "<PERSON_1>");
        assert_eq!(v.placeholder("⟨name⟩", "PERSON"), p);
        assert_eq!(v.restore(&format!("Hello {p}!")), "Hello ⟨name⟩!");
    }

    #[test]
    fn adversarial_input_is_linear() {
        let input = "⟨adv⟩".repeat(⟨n⟩);
        let start = std::time::Instant::now();
        let _ = luhn(&input);
        assert!(start.elapsed().as_millis() < ⟨ms⟩);
    }
}
''', g1=spaced(goods[0]), g2=goods[1], bad=goods[0][:-1] + str((int(goods[0][-1]) + 5) % 10), ib=spaced(ib := iban()),
             ibbad=ib[:-2] + ib[-1] + ib[-2] if ib[-1] != ib[-2] else ib[:-1] + str((int(ib[-1]) + 1) % 10),
             name=f"{f} {l}", adv=one("@", "a.", "1", "4 "), n=R.choice(["1 << 20", "1_000_000"]), ms=R.choice([200, 500, 1000]))


def rs_policy(ctx: Ctx) -> str:
    return T('''#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label { Public, Internal, Confidential, Restricted }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action { Allow, Deny, Redact, Block, Review }

pub struct Rule {
    pub id: u32,
    pub name: String,
    pub roles: Option<HashSet<String>>,
    pub models: Option<HashSet<String>>,
    pub min_label: Option<Label>,
    pub action: Action,
    pub explanation: String,
}

pub struct Request<'a> {
    pub roles: &'a [String],
    pub model: &'a str,
    pub label: Label,
}

impl Rule {
    fn matches(&self, r: &Request) -> bool {
        self.roles.as_ref().map_or(true, |set| r.roles.iter().any(|x| set.contains(x)))
            && self.models.as_ref().map_or(true, |set| set.contains(r.model))
            && self.min_label.map_or(true, |min| r.label >= min)
    }
}

/// First matching rule wins; nothing matching is a ⟨dflt⟩.
pub fn evaluate<'r>(rules: &'r [Rule], req: &Request) -> (Action, Option<&'r Rule>) {
    rules.iter().find(|r| r.matches(req)).map_or((Action::⟨Dflt⟩, None), |r| (r.action, Some(r)))
}
''', dflt=(d := one("deny", "review")), Dflt=pascal(d))


def rust_file() -> str:
    ctx = Ctx()
    theme = R.choices(["lexicon", "detector", "policy"], [30, 45, 25])[0]
    tgt = target_len()
    head = (f"// {license_line(ctx)}\n\n" if chance(0.4) else "")
    if theme == "lexicon":
        cats = pick(list(WL_TYPES), 1, 3, keep_order=False)
        return assemble(head, [lambda c=c: rs_wordlist(ctx, c) for c in cats], [], tgt)
    if theme == "detector":
        head += "use std::collections::HashMap;\n"
        parts = [rs_validators, rs_entity, rs_vault, rs_prefixes, rs_restorer]
        chosen = pick(parts, 1, 2, keep_order=False)
        return assemble(head, [lambda f=f: f(ctx) for f in chosen], [lambda f=f: f(ctx) for f in parts if f not in chosen] + [lambda: rs_tests(ctx)], tgt)
    head += "use std::collections::HashSet;\n"
    return assemble(head, [lambda: rs_policy(ctx)], [lambda: rs_wordlist(ctx, "stopwords")], tgt)


# ------------------------------------------------------------------ Kotlin

def kt_wordlist(ctx: Ctx, cat: str) -> str:
    langs = langs_for(cat)
    out = [f"/** {R.choice(WORDLIST_DOCS[cat])} */", f"object {R.choice(WL_TYPES[cat])} {{"]
    for l in langs:
        out.append(f"    // {lang_comment(l, cat)}")
        out.append(f"    val {LANG_NAMES[l].lower()} = setOf(")
        out.append(qlist(words_of(cat, l), "        ", width=90))
        out.append("    )")
        out.append("")
    out.append(f"    fun forLanguage(code: String): Set<String> = when (code.lowercase()) {{")
    out += [f'        "{l}" -> {LANG_NAMES[l].lower()}' for l in langs]
    out += ["        else -> emptySet()", "    }", "}"]
    return "\n".join(out) + "\n"


def kt_policy(ctx: Ctx) -> str:
    return T('''enum class ⟨c⟩ { PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED }  // declaration order is the ordering

enum class ⟨a⟩ { ALLOW, DENY, REDACT, BLOCK, REVIEW }

data class ⟨rule⟩(
    val id: Int,
    val name: String,
    val action: ⟨a⟩,
    val roles: Set<String>? = null,
    val models: Set<String>? = null,
    val topics: Set<String> = emptySet(),
    val minLabel: ⟨c⟩? = null,
    val explanation: String = "rule $id ($name)",
    val overrideAllowed: Boolean = false,
) {
    fun matches(r: ⟨pr⟩): Boolean =
        (roles == null || roles.any { it in r.roles }) &&
            (models == null || r.model in models) &&
            (topics.isEmpty() || topics.any { it in r.topics }) &&
            (minLabel == null || r.label >= minLabel)
}

data class ⟨pr⟩(
    val user: String,
    val roles: Set<String>,
    val model: String,
    val label: ⟨c⟩ = ⟨c⟩.INTERNAL,
    val topics: Set<String> = emptySet(),
)

data class ⟨d⟩(val action: ⟨a⟩, val ruleId: Int?, val explanation: String)

/** First matching rule wins; with no match the request is refused (default ⟨dflt⟩). */
class PolicyEngine(private val rules: List<⟨rule⟩>, private val default: ⟨a⟩ = ⟨a⟩.⟨dflt⟩) {
    fun evaluate(r: ⟨pr⟩): ⟨d⟩ =
        rules.firstOrNull { it.matches(r) }
            ?.let { ⟨d⟩(it.action, it.id, it.explanation) }
            ?: ⟨d⟩(default, null, "no rule matched roles ${r.roles.sorted()} on ${r.model}")

    val blockedRules: List<String> get() = rules.filter { it.action == ⟨a⟩.BLOCK || it.action == ⟨a⟩.DENY }.map { it.name }
}
''', c=ctx.clear, a=ctx.action, rule=ctx.rule, pr=ctx.principal, d=ctx.decision, dflt=one("DENY", "REVIEW"))


def kt_tests(ctx: Ctx) -> str:
    role, model = R.choice(ROLES), R.choice(MODELS)
    return T('''class PolicyEngineTest {
    private val rules = listOf(
        ⟨rule⟩(1, "review-restricted", ⟨a⟩.REVIEW, minLabel = ⟨c⟩.RESTRICTED),
        ⟨rule⟩(2, "⟨role⟩-⟨short⟩", ⟨a⟩.ALLOW, roles = setOf("⟨role⟩"), models = setOf("⟨model⟩")),
    )
    private val engine = PolicyEngine(rules)

    @Test
    fun `first matching rule wins`() {
        val d = engine.evaluate(⟨pr⟩("u1", setOf("⟨role⟩"), "⟨model⟩", ⟨c⟩.RESTRICTED))
        assertEquals(⟨a⟩.REVIEW, d.action)
        assertEquals(1, d.ruleId)
    }

    @Test
    fun `unknown role falls back to the default`() {
        val d = engine.evaluate(⟨pr⟩("u2", setOf("visitor"), "⟨model⟩"))
        assertNull(d.ruleId)
        assertTrue(d.explanation.startsWith("no rule matched"))
    }

    @Test
    fun `labels are ordered`() {
        assertTrue(⟨c⟩.PUBLIC < ⟨c⟩.INTERNAL && ⟨c⟩.CONFIDENTIAL < ⟨c⟩.RESTRICTED)
    }
}
''', rule=ctx.rule, a=ctx.action, c=ctx.clear, pr=ctx.principal, role=role, model=model, short=model.split("-")[0])


def kt_luhn(ctx: Ctx) -> str:
    return T('''/** Luhn (mod 10); separators are removed by the caller. */
fun String.passesLuhn(): Boolean {
    if (length !in ⟨lo⟩..19 || any { !it.isDigit() }) return false
    return reversed().mapIndexed { i, c ->
        val d = c.digitToInt()
        if (i % 2 == 1) (d * 2).let { if (it > 9) it - 9 else it } else d
    }.sum() % 10 == 0
}

/** Masks all but the last [keep] letters and digits. */
fun String.masked(keep: Int = ⟨keep⟩, symbol: Char = '⟨sym⟩'): String {
    var hide = count { it.isLetterOrDigit() } - keep
    return map { c -> if (c.isLetterOrDigit() && hide-- > 0) symbol else c }.joinToString("")
}
''', lo=R.choice([12, 13]), keep=R.choice([2, 4]), sym=one("*", "•", "x"))


def kotlin_file() -> str:
    ctx = Ctx()
    pkg = f"com.example.{ctx.product.lower()}.{one('policy', 'lexicon', 'detect')}"
    theme = R.choices(["lexicon", "policy", "tests"], [35, 35, 30])[0]
    tgt = target_len()
    head = f"package {pkg}\n"
    if theme == "lexicon":
        cats = pick(list(WL_TYPES), 1, 3, keep_order=False)
        return assemble(head, [lambda c=c: kt_wordlist(ctx, c) for c in cats], [lambda: kt_luhn(ctx), lambda: kt_prefixes(ctx)], tgt)
    if theme == "policy":
        parts = [kt_policy, kt_vault, kt_prefixes, kt_luhn]
        chosen = pick(parts, 1, 2, keep_order=False)
        return assemble(head, [lambda f=f: f(ctx) for f in chosen], [lambda f=f: f(ctx) for f in parts if f not in chosen], tgt)
    head += ("\nimport org.junit.jupiter.api.Assertions.assertEquals\nimport org.junit.jupiter.api.Assertions.assertFalse\n"
             "import org.junit.jupiter.api.Assertions.assertNull\nimport org.junit.jupiter.api.Assertions.assertTrue\nimport org.junit.jupiter.api.Test\n"
             "import org.junit.jupiter.params.ParameterizedTest\nimport org.junit.jupiter.params.provider.ValueSource\n")
    first, second = (kt_tests, kt_tests2) if chance(0.5) else (kt_tests2, kt_tests)
    return assemble(head, [lambda: first(ctx)], [lambda: second(ctx)], tgt)


# ------------------------------------------------------------------ more parts for Go, TypeScript, Rust and Kotlin

def _cue_words(k: int = 2) -> tuple[str, list[str]]:
    e = R.choice(list(CUES))
    ws = []
    for lang in pick(list(CUES[e]), k, None):
        ws += CUES[e][lang]
    return e, list(dict.fromkeys(w.lower() for w in ws))


def go_vault(ctx: Ctx) -> str:
    return T('''// Vault hands out placeholders such as <PERSON_1> and maps them back.
// It is safe for concurrent use; one Vault lives as long as one conversation.
type Vault struct {
	mu       sync.Mutex
	forward  map[string]string
	backward map[string]string
	counts   map[string]int
}

// NewVault returns an empty vault.
func NewVault() *Vault {
	return &Vault{forward: map[string]string{}, backward: map[string]string{}, counts: map[string]int{}}
}

// Placeholder returns the placeholder for value, creating one on first use.
func (v *Vault) Placeholder(value, kind string) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	key := kind + "|" + value
	if p, ok := v.forward[key]; ok {
		return p
	}
	v.counts[kind]++
	p := fmt.Sprintf("<%s_%d>", kind, v.counts[kind])
	v.forward[key] = p
	v.backward[p] = value
	return p
}

// Restore replaces known placeholders, longest first, and leaves unknown ones alone.
func (v *Vault) Restore(text string) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	keys := make([]string, 0, len(v.backward))
	for k := range v.backward {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		text = strings.ReplaceAll(text, k, v.backward[k])
	}
	return text
}
''')


def go_ratelimit(ctx: Ctx) -> str:
    return T('''// Limiter is a token bucket per key. Rate is in requests per second.
type Limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// NewLimiter allows perMinute requests per minute with the given burst.
func NewLimiter(perMinute, burst int) *Limiter {
	return &Limiter{rate: float64(perMinute) / 60, burst: float64(burst), buckets: map[string]*bucket{}, now: time.Now}
}

// Allow reports whether key may make a request now, and takes a token if so.
func (l *Limiter) Allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: t}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+t.Sub(b.last).Seconds()*l.rate)
	b.last = t
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// DefaultQuota is the monthly token budget per department; ⟨note⟩
var DefaultQuota = map[string]int{⟨q⟩}
''', note=one("over budget goes to review.", "zero means no access.", "see docs/quotas.md."),
             q=", ".join(f'"{d}": {R.choice([200000, 500000, 1000000])}' for d in pick(DEPTS, 2, 5)))


def go_context(ctx: Ctx) -> str:
    e, ws = _cue_words()
    return T('''// contextWords raise the score of a ⟨e⟩ candidate when one of them occurs
// within ⟨w⟩ words before it.
var contextWords = map[string]bool{
⟨words⟩
}

// Boost returns score raised by ⟨b⟩ when a context word precedes the candidate.
func Boost(score float64, before []string) float64 {
	start := len(before) - ⟨w⟩
	if start < 0 {
		start = 0
	}
	for _, w := range before[start:] {
		if contextWords[strings.ToLower(w)] {
			return math.Min(1, score+⟨b⟩)
		}
	}
	return score
}
''', e=e, w=R.choice([3, 4, 5]), b=R.choice(["0.2", "0.25", "0.3"]), words="\n".join(f'\\t"{w}": true,' for w in ws))


def ts_context(ctx: Ctx) -> str:
    e, ws = _cue_words()
    return T('''/** Context words for ⟨e⟩: a word before the candidate raises its score. */
const CONTEXT = new Set([
⟨words⟩
]);

export function boost(score: number, before: readonly string[], window = ⟨w⟩, by = ⟨b⟩): number {
  return before.slice(-window).some((w) => CONTEXT.has(w.toLowerCase())) ? Math.min(1, score + by) : score;
}

/** Masks all but the last `keep` letters and digits; separators stay. */
export function mask(value: string, keep = ⟨keep⟩, symbol = "⟨sym⟩"): string {
  let hide = [...value].filter((c) => /[\\p{L}\\p{N}]/u.test(c)).length - keep;
  return [...value].map((c) => (/[\\p{L}\\p{N}]/u.test(c) && hide-- > 0 ? symbol : c)).join("");
}

export function luhn(digits: string): boolean {
  const ds = digits.replace(/[ -]/g, "");
  if (!/^\\d{⟨lo⟩,19}$/.test(ds)) return false;
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let d = Number(ds[ds.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
''', e=e, words="\n".join(f'  "{w}",' for w in ws), w=R.choice([3, 4, 5]), b=R.choice(["0.2", "0.25", "0.3"]),
             keep=R.choice([2, 4]), sym=one("*", "•", "x"), lo=R.choice([12, 13]))


def ts_tests2(ctx: Ctx) -> str:
    goods = [luhn_number(R.choice(["4", "5"]), 16) for _ in range(3)]
    s = R.choice(SECRETS[:22])
    return T('''describe("luhn", () => {
  it.each([⟨goods⟩])("accepts %s", (n) => expect(luhn(n)).toBe(true));
  it.each(["⟨bad⟩", "1234", "4111 1111 1111 111a"])("rejects %s", (n) => expect(luhn(n)).toBe(false));
});

describe("mask", () => {
  it("keeps separators", () => expect(mask("12-34-56", 2, "*")).toBe("**-**-56"));
  it("keeps the tail", () => expect(mask("⟨ib⟩").endsWith("⟨tail⟩")).toBe(true));
});

describe("findTokens", () => {
  it("finds a fake ⟨desc⟩", () => {
    const hits = findTokens("TOKEN=⟨tok⟩");
    expect(hits.map((h) => h.kind)).toEqual(["⟨kind⟩"]);
  });
  it("ignores a prefix inside a word", () => expect(findTokens("x⟨p⟩abc")).toEqual([]));
});
''', goods=", ".join(f'"{g}"' for g in goods), bad=goods[0][:-1] + str((int(goods[0][-1]) + 1) % 10), ib=(ib := spaced(iban())),
             tail=ib[-2:] if ib[-1] != " " else "", desc=s[2], tok=fake_token(s[0], s[3]), kind=s[1], p=s[0])


def rs_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS[:22], 5, None)
    out = ["/// Credential prefixes, longest first; `min_body` is the shortest body we accept.",
           "pub const PREFIXES: &[(&str, &str, usize)] = &["]
    for p, k, d, n in sorted(rows, key=lambda r: -len(r[0])):
        out.append(f'    ("{p}", "{snake(k)}", {n}), // {d}')
    out += ["];", "", "fn is_body(b: u8) -> bool {", "    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'", "}", "",
            "/// Byte ranges and kinds of prefixed tokens.",
            "pub fn find_tokens(text: &str) -> Vec<(std::ops::Range<usize>, &'static str)> {",
            "    let bytes = text.as_bytes();", "    let mut out = Vec::new();", "    let mut i = 0;", "    while i < bytes.len() {",
            "        let mut advanced = false;", "        if i == 0 || !is_body(bytes[i - 1]) {",
            "            for &(prefix, kind, min_body) in PREFIXES {", "                if bytes[i..].starts_with(prefix.as_bytes()) {",
            "                    let mut j = i + prefix.len();", "                    while j < bytes.len() && is_body(bytes[j]) {", "                        j += 1;", "                    }",
            "                    if j - i - prefix.len() >= min_body {", "                        out.push((i..j, kind));", "                        i = j;",
            "                        advanced = true;", "                        break;", "                    }", "                }", "            }", "        }",
            "        if !advanced {", "            i += 1;", "        }", "    }", "    out", "}"]
    return "\n".join(out) + "\\n"


def rs_restorer(ctx: Ctx) -> str:
    return T('''/// Restores placeholders in a streamed answer, holding back a tail that may be a partial `<PERSON_1>`.
pub struct StreamingRestorer<F: Fn(&str) -> String> {
    pending: String,
    restore: F,
    max_hold: usize,
}

impl<F: Fn(&str) -> String> StreamingRestorer<F> {
    pub fn new(restore: F) -> Self {
        Self { pending: String::new(), restore, max_hold: ⟨hold⟩ }
    }

    pub fn feed(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        match self.pending.rfind('<') {
            Some(i) if !self.pending[i..].contains('>') && self.pending.len() - i <= self.max_hold => {
                let tail = self.pending.split_off(i);
                let ready = std::mem::replace(&mut self.pending, tail);
                (self.restore)(&ready)
            }
            _ => (self.restore)(&std::mem::take(&mut self.pending)),
        }
    }

    pub fn finish(mut self) -> String {
        (self.restore)(&std::mem::take(&mut self.pending))
    }
}
''', hold=R.choice([24, 32, 40]))


def kt_vault(ctx: Ctx) -> str:
    lang = R.choice(["de", "en", "fr", "es", "it", "nl"])
    fakes = list(dict.fromkeys(" ".join(person(lang)) for _ in range(4)))
    return T('''/** Placeholders such as `<PERSON_1>` for one conversation, and the way back. */
class PseudonymVault(private val fakeNames: List<String> = listOf(⟨fakes⟩)) {
    private val forward = mutableMapOf<Pair<String, String>, String>()
    private val backward = mutableMapOf<String, String>()
    private val counters = mutableMapOf<String, Int>()
    var useFakeNames = ⟨ufn⟩

    @Synchronized
    fun placeholder(value: String, type: String): String = forward.getOrPut(type to value) {
        val n = counters.merge(type, 1, Int::plus)!!
        val token = if (useFakeNames && type == "PERSON" && n <= fakeNames.size) fakeNames[n - 1] else "<${type}_$n>"
        backward[token] = value
        token
    }

    @Synchronized
    fun restore(text: String): String =
        backward.keys.sortedByDescending { it.length }.fold(text) { acc, t -> acc.replace(t, backward.getValue(t)) }
}
''', fakes=", ".join(f'"{f}"' for f in fakes), ufn=one("false", "true"))


def kt_prefixes(ctx: Ctx) -> str:
    rows = pick(SECRETS[:22], 5, None)
    out = ["/** Credentials recognised by prefix; longer prefixes are tried first. */",
           "enum class SecretKind(val prefix: String, val minBody: Int, val description: String) {"]
    rows = sorted(rows, key=lambda r: -len(r[0]))
    for i, (p, k, d, n) in enumerate(rows):
        out.append(f'    {snake(k).upper()}("{p}", {n}, "{d}"){"," if i < len(rows) - 1 else ";"}')
    out += ["", "    companion object {", "        private val body = Regex(\"[A-Za-z0-9_-]*\")", "",
            "        fun find(text: String): List<Pair<IntRange, SecretKind>> = entries.flatMap { kind ->",
            "            Regex(Regex.escape(kind.prefix)).findAll(text)",
            "                .filter { m -> m.range.first == 0 || !text[m.range.first - 1].isLetterOrDigit() }",
            "                .mapNotNull { m ->", "                    val b = body.matchAt(text, m.range.last + 1)?.value.orEmpty()",
            "                    if (b.length >= kind.minBody) (m.range.first..m.range.last + b.length) to kind else null",
            "                }.toList()", "        }", "    }", "}"]
    return "\n".join(out) + "\\n"


def kt_tests2(ctx: Ctx) -> str:
    goods = [luhn_number(R.choice(["4", "5"]), 16) for _ in range(3)]
    f, l = person(R.choice(["de", "fr", "es", "it", "en"]))
    return T('''class ValidatorsTest {
    @ParameterizedTest
    @ValueSource(strings = [⟨goods⟩])
    fun `valid card numbers pass`(n: String) = assertTrue(n.passesLuhn())

    @Test
    fun `changed check digit fails`() = assertFalse("⟨bad⟩".passesLuhn())

    @Test
    fun `mask keeps the last digits`() = assertEquals("****-**56", "1234-3456".masked(keep = 2, symbol = '*'))

    @Test
    fun `vault round trip`() {
        val v = PseudonymVault()
        val p = v.placeholder("⟨name⟩", "PERSON")
        assertEquals("Dear ⟨name⟩,", v.restore("Dear $p,"))
    }
}
''', goods=", ".join(f'"{g}"' for g in goods), bad=goods[0][:-1] + str((int(goods[0][-1]) + 1) % 10), name=f"{f} {l}")


# ------------------------------------------------------------------ YAML test cases and lexicons

ASKS = ["How do I rotate the database password without downtime?", "Summarise the attached meeting notes in five bullet points.",
        "Translate this paragraph into German.", "What is the difference between a list and a tuple in Python?",
        "Write a polite reminder about the overdue timesheets.", "Explain what a mod-97 check does.",
        "Draft release notes for version 2.3 from these commit messages.", "Suggest a name for the new onboarding checklist.",
        "How do I set up a cron job that runs every weekday at 7am?", "Give me three ideas for the team offsite.",
        "What does HTTP status 429 mean?", "Rewrite this sentence so it sounds friendlier.",
        "How should we structure the quarterly report?", "Convert this table to CSV.", "What are good unit test names for a Luhn validator?",
        "Explain the GDPR right to erasure in plain words.", "Write a SQL query that counts orders per month.",
        "Make a packing list for a three-day conference in Lisbon.", "Which regex matches a German postcode?",
        "Summarise the incident timeline for the postmortem.", "How do I read a YAML file in Swift?",
        "What is a reasonable rate limit for an internal API?", "Proofread the customer letter below.",
        "List the steps to request a new laptop.", "Explain what a pseudonym vault is in two sentences."]
FOREIGN_ASKS = {"de": ["Wie beantrage ich Urlaub im neuen Portal?", "Fasse das Protokoll in drei Sätzen zusammen.", "Schreib eine kurze Antwort an den Kunden."],
                "fr": ["Comment réserver une salle de réunion ?", "Résume ce compte rendu en trois points.", "Corrige l'orthographe de ce paragraphe."],
                "es": ["¿Cómo solicito un portátil nuevo?", "Resume el acta en tres frases.", "Escribe una respuesta breve al cliente."],
                "it": ["Come prenoto una sala riunioni?", "Riassumi il verbale in tre punti."],
                "nl": ["Hoe vraag ik verlof aan in het nieuwe portaal?", "Vat de notulen samen in drie zinnen."],
                "pt": ["Como peço um portátil novo?", "Resume a ata em três frases."]}


def yq(s: str) -> str:
    return json.dumps(s, ensure_ascii=False) if any(c in s for c in ":#{}[]&*!|>'\"%@`") or s != s.strip() else s


def yaml_cases(ctx: Ctx) -> str:
    roles = pick(ROLES, 3, 6)
    models = pick(MODELS, 2, 4)
    out = [f"# {one('Test cases for the policy engine.', 'Regression cases; every case names the rule it expects.', 'Cases run by `policy test` in CI.')} "
           f"{one('Prompts are ordinary requests; attack samples live in fixtures/ and are referenced by path.', 'Keep prompts short and realistic.', 'Add a case for every rule you change.')}",
           f"policy: {one('policies/default.yaml', 'policy.yaml', 'config/rules.yaml', '../policies/' + R.choice(DEPTS) + '.yaml')}",
           f"defaults:", f"  model: {models[0]}", f"  label: {R.choice(['internal', 'public'])}", "cases:"]
    n = R.randint(5, 16)
    for i in range(n):
        role = R.choice(roles)
        kind = R.choices(["allow", "redact", "block", "deny", "review", "fixture", "foreign"], [30, 18, 12, 12, 10, 8, 10])[0]
        uid = f"u-{R.randrange(1000, 9999)}"
        principal = f"{{ user: {uid}, roles: [{role}], model: {R.choice(models)} }}"
        lang = R.choice(["de", "en", "fr", "es", "nl", "it", "pt"])
        f, l = person(lang)
        if kind == "allow":
            ask = R.choice(ASKS)
            out += [f"  - name: {role} asks an ordinary question {i + 1}", f"    principal: {principal}", f"    prompt: {yq(ask)}",
                    "    expect: { action: allow }"]
        elif kind == "foreign":
            fl = R.choice(list(FOREIGN_ASKS))
            out += [f"  - name: {LANG_NAMES[fl]} request passes", f"    principal: {principal}", f"    prompt: {yq(R.choice(FOREIGN_ASKS[fl]))}",
                    "    expect: { action: allow }"]
        elif kind == "redact":
            what = R.choice(["email", "phone", "iban", "name"])
            val = {"email": email_of(f, l), "phone": phone(lang), "iban": spaced(iban()), "name": f"{f} {l}"}[what]
            typ = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "name": "PERSON"}[what]
            prompt = R.choice([f"Draft a reply to {val} about the delayed invoice.", f"Please check whether {val} is formatted correctly.",
                               f"Write a short thank-you note to {f} {l} ({val}).", f"Add {val} to the contact sheet and sort it by surname."])
            out += [f"  - name: {what} is redacted", f"    principal: {principal}", f"    prompt: {yq(prompt)}", "    expect:",
                    "      action: redact", f"      findings: [{typ}]"]
            if chance(0.5):
                out.append(f"      forwarded_contains: {yq('<' + typ + '_1>')}")
        elif kind == "block":
            s = R.choice(SECRETS[:22])
            prompt = R.choice([f"Why does this config fail? token: {fake_token(s[0], s[3])}", f"Is {fake_token(s[0], s[3])} the right format for our CI secret?"])
            out += [f"  - name: {s[2]} is blocked", f"    principal: {principal}", f"    prompt: {yq(prompt)}",
                    f"    expect: {{ action: block, rule: block-secrets }}"]
        elif kind == "deny":
            who, mdl = R.choice(["contractor", "guest", "intern"]), R.choice(MODELS)
            out += [f"  - name: {who} may not use {mdl}",
                    f"    principal: {{ user: {uid}, roles: [{who}], model: {mdl} }}",
                    f"    prompt: {yq(R.choice(ASKS))}", "    expect:", "      action: deny",
                    f"      explanation_contains: {yq(one('no rule matched', 'not allowed', 'model'))}"]
        elif kind == "review":
            out += [f"  - name: restricted document goes to review", f"    principal: {principal}", "    label: restricted",
                    f"    prompt: {yq(R.choice(['Summarise the attached board minutes.', 'Extract the action items from this contract draft.', 'Translate the attached HR letter.']))}",
                    "    expect: { action: review, override_allowed: " + one("true", "false") + " }"]
        else:
            fx = R.randint(1, 200)
            out += [f"  - name: {one('injection', 'jailbreak')} fixture {fx:03d} is blocked", f"    principal: {principal}",
                    f"    prompt_file: fixtures/{one('attacks', 'injection', 'redteam')}/{fx:03d}.txt",
                    f"    expect: {{ action: block, findings: [{one('PROMPT_INJECTION', 'JAILBREAK')}] }}"]
    return "\n".join(out) + "\n"


def yaml_rules(ctx: Ctx) -> str:
    out = [f"# {one('Default policy.', 'Rules are evaluated top to bottom; the first match decides.', 'Site policy for the gateway.')}",
           f"version: {R.randint(1, 3)}", f"default: {one('deny', 'deny', 'review')}", "labels: [public, internal, confidential, restricted]", "roles:"]
    for r in pick(ROLES, 2, 5):
        out += [f"  {r}:", f"    models: [{', '.join(pick(MODELS, 1, 3))}]", f"    max_label: {R.choice(LABELS[1:])}"]
    out += ["rules:"]
    for i in range(R.randint(3, 8)):
        act = R.choice(ACTIONS)
        out += [f"  - name: {act}-{R.choice(['secrets', 'pii', 'restricted', 'contractors', 'topics', 'cards', 'injection'])}",
                f"    action: {act}"]
        if act in ("block", "redact", "pseudonymize"):
            out.append(f"    types: [{', '.join(pick(ENTITIES, 1, 4))}]")
        if chance(0.4):
            out.append(f"    topics: [{', '.join(pick(list(TOPICS), 1, 3))}]")
        if chance(0.4):
            out.append(f"    roles: [{', '.join(pick(ROLES, 1, 3))}]")
        if chance(0.3):
            out.append(f"    override_allowed: {one('true', 'false')}")
        out.append(f"    message: {yq(R.choice(['Credentials are never sent to an external model.', 'Personal data was replaced by placeholders.', 'This request needs a reviewer.', 'Your role cannot use this model.', 'Remove card numbers before sending.']))}")
    return "\n".join(out) + "\n"


def yaml_lexicon(ctx: Ctx) -> str:
    cat = R.choice(list(WL_TYPES))
    out = [f"# {R.choice(WORDLIST_DOCS[cat])}", f"name: {snake(R.choice(WL_TYPES[cat]))}", f"fold_case: {one('true', 'false')}", "languages:"]
    for l in langs_for(cat):
        out.append(f"  {l}:  # {LANG_NAMES[l]}")
        out += [f"    - {yq(w)}" for w in words_of(cat, l)] if chance(0.3) else [f"    [{', '.join(yq(w) for w in words_of(cat, l))}]".replace("    [", "    words: [")]
    return "\n".join(out) + "\n"


def yaml_file() -> str:
    ctx = Ctx()
    k = R.choices(["cases", "rules", "lexicon"], [60, 20, 20])[0]
    tgt = target_len()
    if k == "cases":
        return assemble("", [lambda: yaml_cases(ctx)], [], tgt)
    if k == "rules":
        return yaml_rules(ctx)
    return yaml_lexicon(ctx)


# ------------------------------------------------------------------ shell end-to-end scripts

def sh_block(ctx: Ctx, bin_var: str) -> str:
    k = ctx.fresh("sh", 8)
    lang = R.choice(["de", "en", "fr", "es", "nl", "it"])
    f, l = person(lang)
    mail = email_of(f, l)
    if k == 0:
        return T('''# scan finds the address and the IBAN
cat > "$TMP/mail.txt" <<'EOF'
⟨g⟩ ⟨name⟩,
please send the refund to ⟨ib⟩ and reply to ⟨mail⟩.
⟨so⟩
EOF
out=$("$⟨bin⟩" scan --json "$TMP/mail.txt")
grep -q '"EMAIL_ADDRESS"' <<<"$out" || fail "scan: no EMAIL_ADDRESS in $out"
grep -q '"IBAN_CODE"' <<<"$out" || fail "scan: no IBAN_CODE"
pass "scan finds email and IBAN"
''', g=R.choice(GREETINGS.get(lang, GREETINGS["en"])), name=f"{f} {l}", ib=spaced(iban()), mail=mail, so=R.choice(SIGNOFFS.get(lang, SIGNOFFS["en"])), bin=bin_var)
    if k == 1:
        return T('''# redact, then restore: the round trip gives the input back
printf '%s\\n' "Call ⟨name⟩ on ⟨ph⟩ about ticket 4711." > "$TMP/in.txt"
"$⟨bin⟩" redact --vault "$TMP/vault.json" "$TMP/in.txt" > "$TMP/redacted.txt"
grep -q '⟨ph⟩' "$TMP/redacted.txt" && fail "redact: phone number still present"
grep -q '<PHONE_NUMBER_1>' "$TMP/redacted.txt" || fail "redact: placeholder missing"
"$⟨bin⟩" restore --vault "$TMP/vault.json" "$TMP/redacted.txt" > "$TMP/restored.txt"
diff -u "$TMP/in.txt" "$TMP/restored.txt" || fail "restore: output differs from input"
pass "redact/restore round trip"
''', name=f"{f} {l}", ph=phone(lang), bin=bin_var)
    if k == 2:
        return T('''# ordinary text produces no findings and exit code 0
for f in ⟨files⟩; do
  [ -f "$f" ] || continue
  if ! "$⟨bin⟩" scan --quiet "$f"; then
    fail "false positive in $f"
  fi
done
pass "ordinary texts are clean"
''', files=" ".join(pick(["docs/*.md", "testdata/ordinary/*.txt", "fixtures/benign/*.txt", "examples/mail/*.eml", "CHANGELOG.md"], 1, 3)), bin=bin_var)
    if k == 3:
        role, model = R.choice(ROLES), R.choice(MODELS)
        return T('''# policy: first matching rule wins, unknown roles are denied
code=0
"$⟨bin⟩" policy check --policy "$POLICY" --role ⟨role⟩ --model ⟨model⟩ --prompt "Summarise the release notes." >"$TMP/p1.json" || code=$?
[ "$code" -eq 0 ] || fail "policy: ⟨role⟩ on ⟨model⟩ should be allowed (exit $code)"
code=0
"$⟨bin⟩" policy check --policy "$POLICY" --role visitor --model ⟨model⟩ --prompt "Hello" >"$TMP/p2.json" || code=$?
[ "$code" -eq ⟨deny⟩ ] || fail "policy: unknown role should be denied with exit ⟨deny⟩, got $code"
grep -q '"ruleId": null' "$TMP/p2.json" || fail "policy: default decision should not name a rule"
pass "policy decisions"
''', role=role, model=model, deny=R.choice([2, 3, 13]), bin=bin_var)
    if k == 4:
        return T('''# adversarial inputs finish in time
for pattern in '@' 'a.' '4 ' '<'; do
  head -c ⟨size⟩ /dev/zero | tr '\\0' 'x' | sed "s/x/$pattern/g" | head -c ⟨size⟩ > "$TMP/adv.txt"
  start=$(date +%s%N)
  timeout ⟨to⟩ "$⟨bin⟩" scan --quiet "$TMP/adv.txt" || [ $? -eq 1 ] || fail "scan timed out or crashed on '$pattern'"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "  $pattern: ${ms} ms"
done
pass "adversarial inputs"
''', size=R.choice([1048576, 2000000, 4194304]), to=R.choice([5, 10, 20]), bin=bin_var)
    if k == 5:
        s = R.choice(SECRETS[:22])
        return T('''# a fake credential in a config file is reported with its kind
cat > "$TMP/app.env" <<'EOF'
LOG_LEVEL=info
API_TOKEN=⟨tok⟩
EOF
out=$("$⟨bin⟩" scan --format text "$TMP/app.env" || true)
grep -qi '⟨kind⟩' <<<"$out" || fail "secret scan: expected ⟨kind⟩, got: $out"
grep -q '⟨tok⟩' <<<"$out" && fail "secret scan: report must not echo the token"
pass "fake ⟨desc⟩ detected"
''', tok=fake_token(s[0], s[3]), kind=snake(s[1]), desc=s[2], bin=bin_var)
    if k == 6:
        return T('''# word lists: no duplicates, no trailing spaces, lower case
for f in ⟨dir⟩/*.txt; do
  dups=$(sort "$f" | uniq -d | head -5)
  [ -z "$dups" ] || fail "$f has duplicates: $dups"
  ! grep -nE ' +$' "$f" || fail "$f has trailing spaces"
done
[ "$(wc -l < ⟨dir⟩/⟨lang⟩.txt)" -ge ⟨min⟩ ] || fail "⟨lang⟩ stop list is too short"
pass "word lists are tidy"
''', dir=one("lexicon/stopwords", "data/wordlists", "Resources/Lexicon"), lang=R.choice(["de", "en", "fr", "es", "it", "nl", "pt"]), min=R.choice([40, 80, 100]))
    return T('''# the server answers /healthz and refuses an oversized body
"$⟨bin⟩" serve --port ⟨port⟩ --policy "$POLICY" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:⟨port⟩/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "http://127.0.0.1:⟨port⟩/healthz" | grep -q ok || fail "health check"
status=$(head -c ⟨big⟩ /dev/zero | curl -s -o /dev/null -w '%{http_code}' --data-binary @- "http://127.0.0.1:⟨port⟩/v1/check")
[ "$status" = 413 ] || fail "expected 413 for an oversized body, got $status"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
pass "server basics"
''', port=R.randrange(18000, 19999), big=R.choice([2000000, 5000000, 10485760]), bin=bin_var)


def shell_file() -> str:
    ctx = Ctx()
    bin_var = one("BIN", "CLI", "TOOL")
    tool = ctx.product.lower()
    head = T('''#!/usr/bin/env bash
# End-to-end tests for the ⟨tool⟩ CLI. ⟨what⟩
set -euo pipefail

⟨bin⟩=${⟨bin⟩:-⟨path⟩}
POLICY=${POLICY:-⟨policy⟩}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok   $*"; }

[ -x "$⟨bin⟩" ] || fail "binary not found at $⟨bin⟩ (build it first)"
''', tool=tool, what=one("Runs in CI after the release build.", "Needs curl and coreutils.", "Usage: ./e2e.sh [path-to-binary]", "Each block is independent."),
             bin=bin_var, path=one(f".build/release/{tool}", f".build/debug/{tool}", f"./bin/{tool}", f"target/release/{tool}"),
             policy=one("policies/default.yaml", "testdata/policy.yaml", "config/policy.yaml"))
    tgt = int(R.uniform(1200, 5500))
    return assemble(head, [lambda: sh_block(ctx, bin_var)], [lambda: sh_block(ctx, bin_var) for _ in range(7)], tgt) + "echo \"all e2e checks passed\"\n"


# ------------------------------------------------------------------ injection-classifier scaffolding and guard settings

def sw_injection_scaffold(ctx: Ctx) -> str:
    return T('''/// Scores for one text from the linear classifier. Both are calibrated probabilities.
⟨pub⟩struct InjectionScore: Sendable, Codable {
    ⟨pub⟩var attack: Double       // prompt injection or jailbreak
    ⟨pub⟩var jailbreak: Double    // among attacks, how likely a jailbreak rather than another injection
    ⟨pub⟩var window: Range<Int>   // token range of the best window

    ⟨pub⟩var label: ⟨ent⟩? {
        guard attack >= ⟨th⟩ else { return nil }
        return jailbreak >= 0.5 ? .jailbreak : .promptInjection
    }
}

/// Hashed features: each token and each character ⟨lo⟩-⟨hi⟩-gram lands in one of 2^⟨bits⟩ buckets.
⟨pub⟩struct HashedFeatures {
    ⟨pub⟩static let bucketBits = ⟨bits⟩
    ⟨pub⟩static let bucketMask = (1 << bucketBits) - 1

    @inline(__always)
    static func bucket(_ s: Substring) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h) & bucketMask
    }

    ⟨pub⟩static func counts(_ tokens: ArraySlice<Substring>) -> [Int: Double] {
        var c: [Int: Double] = [:]
        for t in tokens {
            c[bucket(t), default: 0] += 1
            let chars = Array(t)
            guard chars.count >= ⟨lo⟩ else { continue }
            for n in ⟨lo⟩...min(⟨hi⟩, chars.count) {
                for i in 0...(chars.count - n) {
                    c[bucket(Substring(String(chars[i..<(i + n)]))), default: 0] += 1
                }
            }
        }
        let norm = 1 / max(1, Double(c.values.reduce(0, +))).squareRoot()
        return c.mapValues { $0 * norm }
    }
}

/// Long texts are read in windows of ⟨win⟩ tokens, ⟨step⟩ apart, so one paragraph cannot hide in a long file.
⟨pub⟩func windows(count: Int, size: Int = ⟨win⟩, step: Int = ⟨step⟩) -> [Range<Int>] {
    guard count > size else { return [0..<count] }
    var out: [Range<Int>] = []
    var start = 0
    while start + size < count {
        out.append(start..<(start + size))
        start += step
    }
    out.append((count - size)..<count)
    return out
}

/// What the gateway tells the caller when it stops a request; never echoes the text itself.
⟨pub⟩func explanation(for score: InjectionScore) -> String {
    switch score.label {
    case .jailbreak?: return String(format: "blocked: the text scored %.2f as a jailbreak attempt", score.attack)
    case .promptInjection?: return String(format: "blocked: the text scored %.2f as a prompt injection", score.attack)
    default: return "allowed"
    }
}
''', pub=ctx.pub, ent=ctx.ent, th=R.choice(["0.5", "0.6", "0.7"]), bits=R.choice([16, 18, 20]), lo=R.choice([2, 3]), hi=R.choice([4, 5]),
             win=R.choice([64, 96, 128]), step=R.choice([32, 48, 64]))


def sw_guard_config(ctx: Ctx) -> str:
    return T('''/// Settings of the input and output checks, decoded from `⟨file⟩`.
⟨pub⟩struct GuardConfig: Codable, Sendable {
    ⟨pub⟩var blockPromptInjection = true
    ⟨pub⟩var injectionThreshold = ⟨th⟩
    ⟨pub⟩var jailbreakThreshold = ⟨jt⟩
    ⟨pub⟩var scanRetrievedDocuments = ⟨srd⟩    // untrusted content is scanned before it reaches the model
    ⟨pub⟩var scanToolResults = true
    ⟨pub⟩var overrideAllowed = false          // reviewers may release a held request when true
    ⟨pub⟩var ignoreCase = true
    ⟨pub⟩var maxSystemPromptTokens = ⟨msp⟩
    ⟨pub⟩var instructionsURL: URL?            // link shown to users whose request was stopped
    ⟨pub⟩var redactBeforeLogging = true
    ⟨pub⟩var allowedModels: [String] = [⟨models⟩]
    ⟨pub⟩var roles: [String: [String]] = [⟨roles⟩]

    ⟨pub⟩init() {}

    /// Problems that make the configuration unusable, with a line of advice each.
    ⟨pub⟩func validate() -> [String] {
        var problems: [String] = []
        if !(0...1).contains(injectionThreshold) { problems.append("injectionThreshold must be between 0 and 1") }
        if jailbreakThreshold < injectionThreshold { problems.append("jailbreakThreshold below injectionThreshold has no effect") }
        if maxSystemPromptTokens <= 0 { problems.append("maxSystemPromptTokens must be positive") }
        if allowedModels.isEmpty { problems.append("allowedModels is empty: every request would be denied") }
        if overrideAllowed && instructionsURL == nil { problems.append("set instructionsURL so users know how to ask for a review") }
        return problems
    }
}
''', pub=ctx.pub, file=one("guard.json", "config/guard.yaml", "Settings.plist"), th=R.choice(["0.5", "0.55", "0.6"]), jt=R.choice(["0.7", "0.8"]),
             srd=one("true", "true", "false"), msp=R.choice([1024, 2048, 4096]), models=", ".join(f'"{m}"' for m in pick(MODELS, 1, 3)),
             roles=", ".join(f'"{r}": [{", ".join(chr(34) + m + chr(34) for m in pick(MODELS, 1, 2))}]' for r in pick(ROLES, 2, 4)))


def py_injection_scaffold(ctx: Ctx) -> str:
    return T('''BUCKET_BITS = ⟨bits⟩
WINDOW, STEP = ⟨win⟩, ⟨step⟩


def _bucket(s: str) -> int:
    h = 2166136261
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h & ((1 << BUCKET_BITS) - 1)


def features(tokens: list[str]) -> dict[int, float]:
    """Token and character ⟨lo⟩-⟨hi⟩-gram counts in hashed buckets, scaled by 1/sqrt(total)."""
    c: collections.Counter[int] = collections.Counter()
    for t in tokens:
        c[_bucket(t)] += 1
        for n in range(⟨lo⟩, min(⟨hi⟩, len(t)) + 1):
            for i in range(len(t) - n + 1):
                c[_bucket(t[i:i + n])] += 1
    norm = 1 / math.sqrt(max(1, sum(c.values())))
    return {k: v * norm for k, v in c.items()}


def windows(n: int, size: int = WINDOW, step: int = STEP) -> list[range]:
    """Overlapping windows so that a short paragraph inside a long file is still read on its own."""
    if n <= size:
        return [range(n)]
    starts = list(range(0, n - size, step)) + [n - size]
    return [range(s, s + size) for s in starts]


@dataclass
class InjectionScore:
    attack: float
    jailbreak: float
    window: range

    @property
    def label(self) -> str | None:
        if self.attack < ⟨th⟩:
            return None
        return "JAILBREAK" if self.jailbreak >= 0.5 else "PROMPT_INJECTION"


def score(tokens: list[str], weights: Sequence[float], bias: float) -> InjectionScore:
    best = None
    for w in windows(len(tokens)):
        f = features(tokens[w.start:w.stop])
        z = bias + sum(weights[k] * v for k, v in f.items())
        p = 1 / (1 + math.exp(-z))
        if best is None or p > best.attack:
            best = InjectionScore(p, 0.0, w)
    return best or InjectionScore(0.0, 0.0, range(0))
''', bits=R.choice([16, 18, 20]), win=R.choice([64, 96, 128]), step=R.choice([32, 48, 64]), lo=R.choice([2, 3]), hi=R.choice([4, 5]),
             th=R.choice(["0.5", "0.6", "0.7"]))

# ------------------------------------------------------------------ write

MAKERS = [  # (lang, maker, target count)
    ("swift", swift_file, 470), ("swift", swift_snippet, 80),
    ("python", python_file, 255), ("python", python_snippet, 50),
    ("go", go_file, 70), ("typescript", ts_file, 70), ("rust", rust_file, 55), ("kotlin", kotlin_file, 50),
    ("yaml", yaml_file, 60), ("shell", shell_file, 50),
]


def main() -> None:
    kept = Kept()
    records: list[dict] = []
    per: collections.Counter = collections.Counter()
    tried: collections.Counter = collections.Counter()
    for lang, make, n in MAKERS:
        got = tries = 0
        while got < n and tries < n * 30:
            tries += 1
            text = make()
            bad = [p.pattern for p in BANNED if p.search(text)]
            assert not bad, f"banned phrasing {bad} in:\n{text}"
            if kept.add(text):
                records.append({"text": text, "label": "benign", "kind": KIND, "lang": lang})
                per[lang] += 1
                got += 1
        tried[make.__name__] = tries
        print(f"  {make.__name__:16s} kept {got:4d} of {tries:5d} tries")
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} benign texts to {OUT.name}: " + ", ".join(f"{k} {v}" for k, v in per.most_common()))


if __name__ == "__main__":
    main()
