/// Function words of English, German, French, Spanish, Italian, Portuguese and Dutch: articles, pronouns,
/// prepositions, conjunctions and common sentence openers. Written for Portcullis (no third-party
/// list): they are capitalised at the start of a sentence — and German capitalises `Sie` — yet some
/// are also given names somewhere (`Bei`, `Sie`, `Mon`), so they must not start a person's name.
enum FunctionWords {
    static let all = ByteStringSet(words)
    static let words: [String] = [
        // English
        "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "into", "onto", "upon", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
        "we", "you", "they", "he", "she", "it", "i", "me", "us", "them", "is", "are", "was", "were", "be", "been",
        "am", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "shall", "may",
        "might", "must", "not", "no", "yes", "if", "so", "as", "all", "any", "some", "each", "every", "what",
        "which", "who", "whom", "whose", "when", "where", "why", "how", "please", "there", "here", "then", "than",
        // Weekdays and month names that are not also common given names (April, May, June, August,
        // Jan, Sun and Mar are), as log headers abbreviate them (`Tue Oct 5 …`): never a person.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "january", "february", "march", "july", "september",
        "october", "november", "december", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
        "viernes", "sábado", "domingo",
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "bei", "mit", "von", "zu", "zum", "zur", "für", "fur", "auf", "aus", "nach", "vor", "über", "unter",
        "durch", "gegen", "ohne", "um", "an", "am", "im", "in", "ins", "ist", "sind", "war", "wird", "werden", "sie",
        "ihr", "ihre", "ihnen", "ich", "wir", "mein", "meine", "dein", "sein", "seine", "unser", "unsere", "bitte",
        "danke", "vielen", "dank", "sehr", "geehrte", "geehrter", "liebe", "lieber", "hallo", "guten", "tag", "wenn",
        "dass", "weil", "wie", "was", "wer", "wo", "wann", "warum", "nicht", "kein", "keine", "auch", "noch", "nur",
        "schon", "jetzt", "heute", "morgen", "gestern", "hier", "dort", "alle", "viele", "diese", "dieser", "dieses",
        "grüße", "gruss", "mit",
        "freundlichen", "herzliche", "beste", "ihren", "ihrem", "unseren", "sowie", "also", "dann", "doch", "ja", "nein",
        // French
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "donc", "car", "ni", "que", "qui",
        "quoi", "dont", "où", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "mon", "ma", "mes", "ton",
        "ta", "tes", "son", "sa", "ses", "notre", "votre", "leur", "leurs", "ce", "cet", "cette", "ces", "pour",
        "par", "avec", "sans", "sous", "sur", "dans", "chez", "entre", "vers", "merci", "bonjour", "bonsoir", "salut",
        "madame", "monsieur", "cordialement", "bien", "très", "est", "sont", "suis", "avez", "avons", "pouvez",
        "pourriez", "veuillez", "pas", "plus", "aussi", "comme", "quand", "si",
        // Spanish
        "el", "los", "las", "uno", "una", "unos", "unas", "y", "o", "pero", "que", "con", "sin", "sobre", "entre",
        "para", "por", "desde", "hasta", "hacia", "yo", "tú", "él", "ella", "nosotros", "usted", "ustedes", "mi",
        "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "este", "esta", "estos", "estas", "ese", "esa",
        "hola", "gracias", "buenos", "buenas", "días", "dias", "tardes", "estimado", "estimada", "atentamente",
        "saludos", "es", "son", "está", "muy", "cuando", "donde",
        "cómo", "como", "qué", "también", 
        // Italian
        "il", "lo", "gli", "uno", "e", "ed", "ma", "che", "chi", "di", "da", "del", "della", "dei", "delle", "nel",
        "nella", "con", "su", "per", "tra", "fra", "io", "lui", "lei", "noi", "voi", "loro", "mio", "mia", "suo",
        "sua", "questo", "questa", "quello", "quella", "ciao", "buongiorno", "grazie", "gentile", "cordiali",
        "saluti", "sono", "è", "non", "anche", "molto", "quando", "dove",
        // Portuguese
        "os", "as", "um", "uma", "uns", "umas", "ou", "mas", "em", "no", "na", "nos", "nas", "ao", "aos", "pelo",
        "pela", "eu", "você", "voce", "ele", "ela", "nós", "eles", "elas", "meu", "minha", "seu", "sua", "nosso",
        "olá", "ola", "obrigado", "obrigada", "prezado", "prezada", "atenciosamente", "não", "nao", "sim", "muito",
        // Dutch
        "het", "een", "en", "of", "maar", "van", "voor", "met", "op", "aan", "bij", "uit", "naar", "over", "onder",
        "ik", "jij", "je", "hij", "zij", "wij", "jullie", "mijn", "jouw", "zijn", "haar", "ons", "onze", "dit",
        "dat", "deze", "die", "beste", "geachte", "hallo", "groeten", "bedankt", "dank", "is", "niet", "ook", "wel",
    ]
}
