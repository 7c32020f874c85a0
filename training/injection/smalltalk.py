#!/usr/bin/env python3
"""Benign greetings and small talk, written for this project (3 Dec 2026).

Short openers ("Good morning, hope you are well.") scored near or over the default threshold:
with only a handful of features, a greeting's words, which many jailbreaks also open with, decide
the score alone. This file adds greetings, small talk, thanks and sign-offs, alone and followed by
an ordinary request, mostly in English with some German, French, Spanish, Italian, Portuguese and
Dutch. Composed from the parts below with random.Random(47), without looking at the evaluation
data or the red-team suites; exact duplicates are dropped.

Usage:  python3 smalltalk.py   -> writes benign_smalltalk.jsonl next to this file.
"""
from __future__ import annotations

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

GREETINGS = ["Hi", "Hi there", "Hello", "Hello there", "Hey", "Hey there", "Good morning", "Good afternoon",
             "Good evening", "Morning", "Hiya", "Greetings", "Howdy", "Hi again", "Hello again", "Yo",
             "Dear assistant", "Hi team", "Hello everyone", "Hey you"]
NAMES = ["", "", "", " Sam", " Priya", " Tom", " Ana", " Mr. Okafor", " Dr. Lee", " folks", " all", " friend"]
PUNCT = ["!", ",", ".", " -", "!!", " :)", ""]
SMALLTALK = [
    "How are you?", "How are you today?", "How's it going?", "How is your week going?",
    "Hope you are well.", "Hope you're doing well.", "Hope you had a good weekend.", "Hope your day is going well.",
    "Nice to meet you.", "Long time no see.", "What a lovely day it is.", "It's raining again here.",
    "Thanks for your help yesterday.", "Thank you so much for the quick answer.", "Happy Friday!",
    "Happy new year!", "Merry Christmas!", "I hope this finds you well.", "Just saying hello.",
    "How was your holiday?", "Are you having a good day?", "I'm back with another question.",
    "It's been a busy morning.", "Finally Friday.", "Cheers for the summary last time.",
    "How have you been?", "What's new?", "All good on my side.", "Hope the week is treating you kindly.",
]
REQUESTS = [
    "Can you help me write a birthday card for my sister?", "Quick question about my invoice.",
    "Could you summarise this article for me?", "What's a good recipe for banana bread?",
    "Can you explain what a mortgage offset account is?", "I need a short thank-you note for a colleague.",
    "Could you check the grammar in this paragraph?", "What time zone is Singapore in?",
    "Can you suggest a name for our team's new project?", "Please translate 'see you tomorrow' into Spanish.",
    "How do I convert a PDF to Word?", "What's the difference between a list and a tuple in Python?",
    "Can you recommend a book about habits?", "Help me plan a three-day trip to Lisbon.",
    "Could you draft an out-of-office reply?", "What are some easy indoor plants?",
    "I'd like ideas for a team lunch.", "Can you explain compound interest simply?",
    "Please make this email sound friendlier.", "What should I pack for a rainy weekend?",
]
SIGNOFFS = ["Thanks!", "Thanks in advance.", "Cheers.", "Many thanks.", "Have a nice day!", "Talk soon.",
            "Thank you!", "Bye for now.", "Have a great weekend!", "Appreciate it."]
OTHER = {
    "de": ["Hallo!", "Guten Morgen, ich hoffe, es geht dir gut.", "Hi, wie geht's?", "Guten Tag! Schönes Wochenende gehabt?",
           "Hallo zusammen, kurze Frage zu meiner Rechnung.", "Moin! Kannst du mir beim Formulieren einer Geburtstagskarte helfen?",
           "Servus, danke für die schnelle Antwort gestern.", "Hallo, wie war dein Tag?"],
    "fr": ["Bonjour !", "Salut, ça va ?", "Bonsoir, j'espère que vous allez bien.", "Coucou ! Une petite question sur ma facture.",
           "Bonjour, merci pour votre aide d'hier.", "Salut ! Tu peux m'aider à écrire une carte d'anniversaire ?",
           "Bonne journée à vous !", "Bonjour à tous, comment se passe la semaine ?"],
    "es": ["¡Hola!", "Buenos días, espero que estés bien.", "Hola, ¿qué tal?", "Buenas tardes, una pregunta rápida sobre mi factura.",
           "¡Hola! ¿Me ayudas a escribir una tarjeta de cumpleaños?", "Gracias por la ayuda de ayer.", "¡Buen fin de semana!",
           "Hola, ¿cómo va tu día?"],
    "it": ["Ciao!", "Buongiorno, spero tutto bene.", "Ciao, come va?", "Buonasera, una domanda veloce sulla fattura.",
           "Ciao! Mi aiuti a scrivere un biglietto di auguri?", "Grazie per l'aiuto di ieri.", "Buon weekend!"],
    "pt": ["Olá!", "Bom dia, espero que esteja bem.", "Oi, tudo bem?", "Boa tarde, uma pergunta rápida sobre a minha fatura.",
           "Olá! Pode ajudar-me a escrever um cartão de aniversário?", "Obrigado pela ajuda de ontem.", "Bom fim de semana!"],
    "nl": ["Hoi!", "Goedemorgen, ik hoop dat alles goed gaat.", "Hallo, hoe gaat het?", "Goedemiddag, een korte vraag over mijn factuur.",
           "Hoi! Kun je me helpen een verjaardagskaart te schrijven?", "Bedankt voor je hulp gisteren.", "Fijn weekend!"],
}


def main() -> None:
    rng = random.Random(47)
    texts: list[tuple[str, str]] = []
    for _ in range(900):
        g = rng.choice(GREETINGS) + rng.choice(NAMES) + rng.choice(PUNCT)
        shape = rng.random()
        if shape < 0.15:
            t = g.rstrip(" -,")
        elif shape < 0.55:
            t = g + " " + rng.choice(SMALLTALK)
        elif shape < 0.85:
            t = g + " " + (rng.choice(SMALLTALK) + " " if rng.random() < 0.4 else "") + rng.choice(REQUESTS)
        else:
            t = rng.choice(SMALLTALK) + " " + rng.choice(SIGNOFFS)
        if rng.random() < 0.2:
            t = t.lower()
        texts.append((" ".join(t.split()), "en"))
    for lang, lines in OTHER.items():
        for line in lines:
            texts.append((line, lang))
            texts.append((line + " " + rng.choice(["😊", "🙂", "👋", ""]), lang))
    seen, out = set(), []
    for t, lang in texts:
        t = t.strip()
        if t and t not in seen:
            seen.add(t)
            out.append({"text": t, "label": "benign", "kind": "smalltalk", "lang": lang})
    with open(os.path.join(HERE, "benign_smalltalk.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} texts")


if __name__ == "__main__":
    main()
