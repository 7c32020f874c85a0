#!/usr/bin/env python3
"""Benign corrections and everyday uses of "ignore", "forget", "override", written for this project (3 Dec 2026).

The detector raises false alarms on two kinds of harmless text:

1. a user correcting or retracting their OWN earlier message, draft, numbers, question or
   instructions to the assistant ("Ignore my last message, I meant Tuesday not Thursday.",
   "Disregard the draft I pasted earlier, here is the final one: ...", "Forget what I said
   about the tone, keep it formal after all."), usually followed by the corrected content;
2. everyday work text that happens to use the words "ignore / forget / disregard / override /
   bypass / previous instructions / system prompt / rules / role": release notes, config docs,
   support replies, HR and policy notes, teachers, recipes, developers asking how to word the
   system prompt of THEIR OWN bot, and clearly harmless role-play for language lessons.

A third, smaller part mixes the two: a user retracting their own earlier message where the subject
itself uses that vocabulary ("Sorry, forget the override value I gave you, the timeout is 30 s",
"I pasted the system prompt of our test bot by mistake, please ignore it").

About 45 % of the texts are English; the rest are written natively in German, French, Spanish,
Italian, Portuguese, Dutch, Russian, Polish, Turkish, Japanese, Chinese (Simplified) and Korean.
None of them asks an AI to break its rules, reveal its own instructions, change who it is or skip
safety checks; the script refuses to write a text that contains typical jailbreak phrasing.

Every sentence is this project's own, written without looking at the evaluation data or the
red-team suites. Texts are composed from the parts below with random.Random(43), so the output
is deterministic. Exact duplicates are dropped, and so are near-duplicates (a text sharing half
of its word 3-grams with one already kept).

Usage:  python3 corrections.py   -> writes benign_corrections.jsonl next to this file and prints
        how many texts it wrote per language and per part.
"""
from __future__ import annotations

import collections
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "benign_corrections.jsonl"
R = random.Random(43)
KIND = "corrections"
PARTS = ("own_correction", "work_vocabulary", "mixed")


def items(block: str) -> list[str]:
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.startswith("#")]


def sections(block: str) -> dict[str, list[str]]:
    """Lines grouped under "[name]" headers."""
    out: dict[str, list[str]] = {}
    cur = None
    for ln in block.strip().splitlines():
        ln = ln.strip()
        if not ln:
            continue
        m = re.fullmatch(r"\[(\w+)\]", ln)
        if m:
            cur = m.group(1)
            out[cur] = []
        else:
            out[cur].append(ln)
    return out


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ------------------------------------------------------------------ slots

class Fill(dict):
    """One text's slot values: each slot is drawn once per text; "{Name}" is "{name}" capitalised."""

    def __init__(self, slots):
        super().__init__()
        self.slots = slots

    def __missing__(self, key):
        low = key[:1].lower() + key[1:]
        if low != key:
            return cap(self[low])
        if key not in self.slots:
            raise KeyError(key)
        v = self.slots[key](self)
        self[key] = v
        return v


SLOT_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)\}")


def fill(template: str, f: Fill) -> str:
    return SLOT_RE.sub(lambda m: f[m.group(1)], template)


def other(key, pool):
    return lambda f: R.choice([x for x in pool if x != f[key]])


def base_slots(days, names, date_fn, month_fn, amount_fn):
    return {
        "day": lambda f: R.choice(days),
        "day2": other("day", days),
        "name": lambda f: R.choice(names),
        "name2": other("name", names),
        "date": lambda f: date_fn(R.randint(1, 12), R.randint(1, 28)),
        "month": lambda f: month_fn(R.randint(1, 12)),
        "amount": lambda f: amount_fn(R.randint(12, 2500) * 10),
        "amount2": lambda f: amount_fn(R.randint(12, 2500) * 10),
        "time": lambda f: f"{R.randint(8, 18)}:{R.choice(['00', '15', '30', '45'])}",
        "time2": lambda f: R.choice([t for t in (f"{h}:{m}" for h in range(8, 19) for m in ("00", "30"))
                                     if t != f["time"]]),
        "n": lambda f: str(R.randint(6, 60)),
        "n2": lambda f: str(R.randint(2, 30)),
        "n3": lambda f: str(R.randint(8, 30) * 10),
        "few": lambda f: str(R.randint(2, 6)),
        "num": lambda f: str(R.randint(10000, 99999)),
        "num2": lambda f: str(R.randint(10000, 99999)),
        "year": lambda f: R.choice(["2021", "2022", "2023", "2024", "2025"]),
        "ver": lambda f: f"{R.randint(2, 6)}.{R.randint(0, 12)}",
        "q": lambda f: str(R.randint(1, 4)),
        "big": lambda f: f"{R.randint(120, 9800):,}",
        "big2": lambda f: f"{R.randint(120, 9800):,}",
        "pct": lambda f: R.choice(["1.5", "2.3", "3.1", "4.2", "4.8", "6.5"]),
        "pcti": lambda f: R.choice(["5", "8", "10", "12", "15", "20"]),
    }


def dotted(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def spaced(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def lang_slots(days, months, names, date_fmt, amount_fn, month_fmt="{m}", mgen=None):
    """Slots for one language; `mgen` are month names as used in dates (genitive in ru/pl)."""
    mg = mgen or months
    return base_slots(days, names,
                      lambda mo, d: date_fmt.format(d=d, m=mg[mo - 1], mo=mo),
                      lambda mo: month_fmt.format(m=months[mo - 1], mo=mo),
                      amount_fn)


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_SLOTS = base_slots(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    ["Priya", "Tom", "Aisha", "Marco", "Hannah", "Kenji", "Olivia", "Sam", "Rachel", "Daniel", "Fatima", "Liam",
     "Grace", "Noah", "Chen", "Maya"],
    lambda mo, d: R.choice([f"{d} {EN_MONTHS[mo - 1]}", f"{EN_MONTHS[mo - 1]} {d}"]),
    lambda mo: EN_MONTHS[mo - 1],
    lambda v: R.choice(["$", "£", "€"]) + f"{v:,}")
EN_LANGS = ["French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Polish", "Japanese", "Korean", "Turkish"]
EN_SLOTS.update({
    "city": lambda f: R.choice(["Leeds", "Manchester", "Dublin", "Bristol", "Glasgow", "Lisbon", "Toronto", "Austin"]),
    "city2": lambda f: R.choice([c for c in ["Leeds", "Manchester", "Dublin", "Bristol", "Glasgow", "Lisbon",
                                             "Toronto", "Austin"] if c != f["city"]]),
    "langname": lambda f: R.choice(EN_LANGS),
    "langname2": other("langname", EN_LANGS),
    "company": lambda f: R.choice(["northwind", "fernbank", "brightdesk", "acme-logistics", "bluepeak"]),
    "product": lambda f: R.choice(["Ledgerly", "ShipTrack", "Roster", "Tidepool", "the agent CLI", "the sync client"]),
})


# ------------------------------------------------------------------ composition

class G:
    """A composed text: one opener, k bodies (in pool order), and sometimes a closer."""

    def __init__(self, opens, bodies, closes=(), k=(1, 1), p=0.5, w=3):
        self.opens, self.bodies, self.closes = list(opens), list(bodies), list(closes)
        self.k, self.p, self.w = k, p, w

    def make(self, sep: str, slots) -> str:
        f = Fill(slots)
        parts = [R.choice(self.opens)] if self.opens else []
        n = min(len(self.bodies), R.randint(*self.k))
        parts += [self.bodies[i] for i in sorted(R.sample(range(len(self.bodies)), n))]
        if self.closes and R.random() < self.p:
            parts.append(R.choice(self.closes))
        return sep.join(fill(p, f) for p in parts if p)


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text.strip())
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


# ------------------------------------------------------------------ English, part 1: own corrections

EN_FIX = [
    G(items("""
Ignore my last message, I got it wrong.
Scratch that.
Sorry, ignore what I just wrote.
Correction to my previous message:
Please disregard my last message.
Wait, forget what I said a minute ago.
Oops, my last message was wrong.
Never mind my earlier message, it had a typo.
Quick correction:
Actually, ignore that last bit.
Let me correct myself.
Sorry, I mixed things up above.
Hold on, I gave you the wrong details.
Forget what I said earlier, I checked again.
My bad, please ignore the previous message.
"""), items("""
The meeting is on {day}, not {day2}.
I meant {day} at {time}, not {day2}.
The invoice total is {amount}, not {amount2}.
The flight lands at {time}, not {time2}.
The deadline is {date}, not the end of the month.
It's {name2} who's joining the call, not {name}.
The order number is {num}, not {num2}.
We're expecting {n} guests, not {n2}.
The version we're shipping is {ver}.
The venue is the {city} office, not {city2}.
The rent goes up to {amount} from {month}.
Q{q} revenue was {amount}; I read the wrong column.
The discount we agreed on is {pcti} percent.
Check-in is on {date}, and we check out two days later.
The call with the supplier starts at {time}.
My employee number is {num}, with no letters in front.
"""), items("""
Can you update the summary with that?
Please redo the calculation with the right number.
Could you fix the invitation text accordingly?
Everything else stays the same.
Sorry for the confusion!
Thanks, and sorry about that.
The rest of the draft is fine.
Please adjust the reminder email too.
Can you regenerate the table with the corrected value?
No other changes needed.
"""), k=(1, 2), p=0.55, w=5),
    G(items("""
Disregard the draft I pasted earlier, here is the final one:
Sorry, wrong file, please ignore it. This is the right one:
Ignore the version I sent before; this one is current:
Please forget the first paste, I copied the wrong email. Here it is:
That was the old draft, ignore it and use this instead:
Scrap the email I sent you a moment ago. This is the one I need help with:
"""), [
        "\n\nHi {name}, thanks for getting back to me so quickly. We can deliver the {n} units on {date} if you "
        "confirm the order by {day}. Best regards, {name2}",
        "\n\nDear team, the quarterly review moves to {date} at {time} in room {n2}. Please bring your updated "
        "forecasts and send me any agenda items by {day}.",
        "\n\nHello {name}, please find attached our quote for {amount}. The price is valid until {date}. Let me know "
        "if you have any questions.",
        "\n\nHi all, a reminder that the office is closed on {date}. The help desk can be reached by phone from {time}.",
        "\n\nDear {name}, thank you for your application. We would like to invite you to an interview on {day} at "
        "{time}. Please let us know whether this suits you.",
        "\n\nHi {name}, I'm sorry the parcel arrived damaged. We've sent a replacement today and you should have it "
        "by {day}. Kind regards, {name2}",
    ], [
        "\n\nCan you make it sound a bit friendlier?",
        "\n\nPlease rewrite it so it's shorter.",
        "\n\nCould you check the grammar and punctuation?",
        "\n\nPlease translate it into {langname}.",
        "\n\nCan you make it more formal?",
        "\n\nCould you turn it into three bullet points?",
    ], p=0.9, w=3),
    G(items("""
Ignore the snippet I pasted earlier, it was from the wrong branch. Here's the current one:
Sorry, wrong file. Please ignore it, this is the function I meant:
Disregard the code above, that's an old version:
Forget the first snippet; the bug is in this one:
Never mind the previous paste, I copied it from the old repo. This is the real code:
"""), [
        "\n\n```python\ndef total(items):\n    return sum(item.price * item.qty for item in items)\n```",
        "\n\n```python\ndef parse_date(s):\n    day, month, year = s.split(\".\")\n    return date(int(year), int(month), int(day))\n```",
        "\n\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n"
        "    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```",
        "\n\n```sql\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE created_at >= '{year}-01-01'\n"
        "GROUP BY customer_id\nORDER BY total DESC\nLIMIT {n};\n```",
        "\n\n```swift\nstruct Invoice {\n    let id: Int\n    let lines: [Line]\n"
        "    var total: Decimal { lines.reduce(0) { $0 + $1.amount } }\n}\n```",
        "\n\n```bash\nfor f in reports/*.csv; do\n  wc -l \"$f\"\ndone\n```",
        "\n\n```python\nwith open(path, encoding=\"utf-8\") as fh:\n    rows = [line.rstrip().split(\";\") for line in fh]\n```",
    ], [
        "\n\nCan you explain what it does?",
        "\n\nCould you write a unit test for it?",
        "\n\nIs there a cleaner way to write this?",
        "\n\nPlease review it for edge cases.",
        "\n\nWhy would this be slow on a large input?",
        "\n\nCan you add short comments?",
    ], p=0.9, w=3),
    G(items("""
Actually, use the {year} figures instead.
Ignore the table I pasted, row 3 was wrong. Corrected row:
Use these numbers instead of the ones I gave you:
Sorry, those were last year's numbers, please disregard them. The right ones:
Forget the totals I typed earlier; here are the correct values:
"""), items("""
| {month} | {big} | {big2} | {pct}% |
North: {big} units, South: {big2} units, returns {n2}.
Revenue {amount}, costs {amount2}, headcount {n}.
{month}: {big} visits, {n} sign-ups, churn {pct}%.
Team A {n} tickets closed, Team B {n2}, average response {few} hours.
"""), items("""
Please recalculate the totals.
Can you update the chart description?
Then redo the year-on-year comparison.
Keep the same format as before.
"""), p=0.6, w=3),
    G(items("""
Ignore my earlier instructions about the format.
Forget the formatting rules I gave you before.
Disregard what I said about the style earlier.
Please ignore my previous instructions for this summary.
Change of plan regarding what I asked earlier.
Never mind the bullet points I asked for.
Scrap my earlier request about the length.
Forget what I said about making it funny.
I changed my mind about the tone I asked for.
Disregard my note about American spelling.
"""), items("""
Please write it as two short paragraphs instead.
Keep it under {n3} words.
Use British spelling throughout.
A friendly but professional tone works best for this client.
Plain prose is fine, no headings.
Please address it to {name} rather than the whole team.
Use a numbered list with at most {few} points.
Keep it formal after all; it's going to the board.
Write it in the third person.
Start with the decision, then the reasons.
"""), items("""
Thanks!
The content itself can stay as it is.
Everything else from my first message still applies.
Sorry for the back and forth.
"""), k=(1, 2), p=0.5, w=4),
    G(items("""
Never mind the previous question.
Forget my last question, I found the answer.
Ignore what I asked before, I figured it out.
Scratch my earlier question.
Never mind, the docs answered that.
Actually, forget that question. Different one:
"""), items("""
What's the difference between a lease and a rental agreement?
How do I convert {n} miles to kilometres?
Could you explain how compound interest works at {pct} percent a year?
What's a polite way to decline a meeting invitation?
How long should I boil an egg for a soft yolk?
How do I merge two columns in Excel?
Can you suggest a title for a talk about remote onboarding?
How do I say "the invoice is attached" in {langname}?
What's a good vegetarian main course for {n2} people?
Which houseplants are safe for cats?
How do I add page numbers in Google Docs?
"""), w=3),
    G(items("""
Sorry, I meant {langname}, not {langname2}.
Ignore the sentence I sent for translation earlier, it had a mistake. Here's the correct one:
Forget the first version, the client changed the wording:
"""), items("""
"Our office will be closed from {date} until the following Monday."
"Please find the signed agreement attached."
"Thank you for your patience while we fix the issue."
"Your delivery will arrive between {time} and {time2}."
"We look forward to welcoming you on {date}."
"""), items("""
Could you translate it again?
Please keep it formal.
A natural-sounding version is better than a literal one.
"""), p=0.7, w=2),
]
EN_FIX += items("""
Ignore my earlier instructions about the tone, keep it formal after all.
Forget what I said about the word limit; the editor says it can be as long as it needs to be.
Scratch my request for a table, a short paragraph will do.
Never mind the emojis I asked for, this is going to a bank.
Disregard my last instruction to shorten it; the original length was fine.
Forget what I said about the budget; finance approved {amount} after all.
Forget what I said about {name}'s availability, they can make it on {day}.
Ignore my comment about the venue, we're staying at the usual office.
Disregard what I wrote about the caterer. They confirmed for {n} people.
What I told you about the hotel was wrong: check-in starts at {time}.
Never mind my point about the font, the brand team is fine with Arial.
Ignore my earlier note about the printer; it was just out of paper.
Forget the part about the second reviewer. {Name} will review it alone.
Scratch the line about free shipping, that offer ended in {month}.
Disregard my previous message about the deadline. We have until {date}.
Sorry, wrong file, please ignore it. I'll upload the signed contract in a minute.
Never mind what I said about cancelling, we're keeping the subscription.
Ignore my last message, I meant {day} not {day2}.
Actually, ignore the address I gave you. Deliveries go to the warehouse entrance at the back.
Oh wait, forget the second paragraph I pasted; it belongs to another report.
Please ignore my earlier request to copy in {name}; they're on leave until {date}.
Scratch that, the client wants the blue version after all.
Ignore the figure I gave you for March, it's {big} not {big2}.
Never mind about the slides, {name} already made them.
Forget I asked about the refund, it came through this morning.
Hmm, ignore my last two messages. Let me start again: I need a short thank-you note for a colleague who is retiring.
Sorry, disregard the attachment, it's the unsigned version. The signed one follows.
Actually, use the {year} figures instead of the latest ones, the audit covers {year}.
Ignore the typo in my question: I meant "affect", not "effect". Which one is right in "this will ___ our plans"?
Quick update on my earlier request. Please ignore the first list of attendees I sent; {name} and {name2} can't make it. The new count is {n}. Could you adjust the seating plan and the catering order?
Ignore my last message, I was looking at the wrong calendar. The workshop is on {date}, from {time}. Everything else in the invitation is correct. Can you send me the updated text?
Sorry, I need to walk back what I said earlier about the refund. The customer already got a voucher, so we only owe them the shipping costs. Please rewrite the reply with that in mind. Keep it short and polite.
Forget the outline I gave you this morning. My manager wants the report to start with the recommendations and only then go into the data. Can you reorganise the draft that way? The sections themselves can stay.
Disregard my earlier instructions about the cover letter. I'm applying for the analyst role, not the project manager one. Please focus on SQL, reporting and stakeholder communication.
Scratch everything I said about the trip. We're going to {city} instead, from {date}, for {few} nights. Can you suggest a rough plan with one museum and one day outside the city?
Never mind the previous question about the lease. My landlord answered it. What I still need is a polite email asking when the heating will be repaired.
Okay, forget the gift ideas I mentioned. My sister already has a coffee machine. Something for the garden would be better, under {amount}.
Ignore what I said about the kids' ages, they're {few} and {n2}, not the other way round. Could you adjust the activity list?
Correction: the bake sale is on {date}, not the weekend after. Please change the poster text; the rest is right.
Please forget the recipe I pasted, that was for eight people. We're only four, so could you halve the quantities of the one below instead?
""")

# ------------------------------------------------------------------ English, part 2: everyday work vocabulary

EN_WORK = [
    G(items("""
Release notes for {ver}:
Changelog, version {ver}:
What's new in {product} {ver}:
{Product} {ver} is out.
"""), items("""
You can ignore the warning about the deprecated /v1/orders endpoint; it is fixed in {ver}.
The new --override-config flag lets you override values from the config file on the command line.
Setting cache.bypass to true now skips the local cache for that request only.
Unknown keys in the manifest are ignored with a warning instead of failing the build.
The previous instructions for upgrading from 1.x no longer apply; run the migration script instead.
The "billing-admin" role now includes read access to invoices.
Admins can override the default retention period per project.
Empty lines in CSV imports are now ignored.
The deprecated setting legacy_auth is ignored and will be removed in the next major version.
Fixed: the system prompt field in the bot editor lost line breaks on save.
Rate-limit rules can now be overridden per API key.
Custom roles can be copied between workspaces.
"""), items("""
Thanks to everyone who reported issues.
See the upgrade guide for details.
"""), k=(2, 4), p=0.4, w=4),
    G(["", "", "From the setup guide:", "Configuration note:", "Docs, section {few}.{n2}:"], items("""
To override the default timeout, set request_timeout in settings.yaml.
Environment variables override values from the config file.
Fields that are not listed in the schema are ignored.
Set ignore_missing: true to skip files that no longer exist.
Add build artefacts to .gitignore so Git ignores them.
Use docker-compose.override.yml for local changes; Compose applies it on top of the base file automatically.
Values passed with --set override both the defaults and the values file.
The linter ignores lines that end with a # noqa comment.
If both are set, the per-user setting overrides the workspace setting.
Internal hosts such as *.corp.{company}.com belong on the proxy bypass list.
Leave the field empty to use the default; anything you enter overrides it.
The system prompt for each of our assistants is stored in prompts/ and loaded at start-up.
Comments starting with # are ignored by the parser.
"""), k=(1, 3), w=4),
    G(items("""
Hi {name},
Hello {name}, thanks for reaching out.
Thanks for the ticket, {name}.
Hi {name}, sorry for the wait.
"""), items("""
You can safely ignore the certificate warning on the staging host; it uses a self-signed certificate.
Please disregard the payment reminder you received this morning; your transfer arrived on {date}.
If the installer asks for the old licence key, just ignore that step and click Continue.
Forget the workaround I sent last week; version {ver} fixes the sync issue properly.
The "unsupported browser" banner can be ignored on Firefox; it's a false positive we're fixing.
An administrator can override the lockout after you confirm your identity by phone.
The previous instructions in our help centre were outdated, so I've updated the article.
Please ignore the duplicate invoice; it was generated by mistake and has been cancelled.
Your role in the workspace has been changed to Editor, so you can now publish pages.
"""), items("""
Best regards, {name2}
Let me know if anything else comes up.
Kind regards, the support team
"""), k=(1, 2), p=0.6, w=4),
    G(items("""
Policy update, {month}:
From HR:
Note to all staff:
Facilities update:
"""), items("""
These instructions replace the previous instructions from {month}.
Please disregard the earlier version of the travel policy; the current one is on the intranet.
Managers may override the approval limit only with written consent from finance.
Ignore the previous email about parking passes; the new cards arrive on {day}.
The role of fire warden on floor {few} passes from {name} to {name2}.
Expense claims without receipts are ignored by the system, so please attach a scan.
The hybrid work rules stay the same: at least {few} days in the office per month.
Forget the old booking form; meeting rooms are now booked through the calendar.
"""), items("""
Questions go to hr@{company}.com.
Thank you for your understanding.
"""), k=(1, 3), p=0.4, w=3),
]
EN_WORK += items("""
Forget the old method; fold the eggs in gently so the mousse stays light.
Ignore the oven temperature on the packet, 180 °C is plenty for this tray.
Disregard question 4 on the worksheet; it had a typo.
For tonight's rehearsal, ignore the repeat sign in bar {n}.
Forget about perfect technique for now and just keep the rhythm steady.
Ignore the sat-nav after the roundabout and follow the signs for the car park.
If the dough looks too sticky, ignore the recipe and add a spoonful of flour.
Class, forget the shortcut I showed you yesterday; it only works for even numbers.
When you revise, ignore chapter {few}; it won't be on the exam.
House rule for our board game night: ignore the bonus tile on the first turn.
The referee can override the assistant referee's call after checking the replay.
If your mind wanders during the breathing exercise, don't fight it; ignore the noise and come back to the count.
How should I word the system prompt of our support bot so it answers only about billing?
What belongs in the system prompt and what belongs in the user message for our FAQ assistant?
Our bot sometimes ignores the formatting rule in its system prompt. Would it help to move the rule to the end?
Is it better to keep our system prompt short and put the product details in retrieval?
How do we version the system prompts of our internal assistants in Git so we can roll back a bad change?
We want our HR bot to politely decline questions that aren't about HR. Any tips on phrasing that in the system prompt?
Can you review this system prompt for our recipe app? "Suggest recipes from the user's ingredients, mention allergens, and keep answers under 150 words."
What's a good way to test that a change to our bot's system prompt doesn't break existing answers?
Should the system prompt of our booking assistant include the opening hours, or should the bot look them up from the API?
Our onboarding bot needs a role description. Would "Help new employees find HR forms and answer questions about their first week" be enough?
How long can a system prompt get before it starts slowing down responses in our app?
Which tone guidelines would you put in the system prompt for a bank's customer chat?
I'm writing the system prompt for our library's chatbot. How do I tell it to say "I don't know" instead of guessing?
For the shopkeeper character in our kids' game, how do we write the system prompt so the character stays friendly and age-appropriate?
I'm a French teacher. Could you play a shop assistant in a bakery so my students can practise ordering bread? Keep the vocabulary at A2 level.
For my Year 5 class, can we role-play a visit to the doctor in Spanish? You're the receptionist and I'll read the patient's lines.
Let's practise a job interview in German: you ask the questions, I answer, and please correct my grammar at the end.
My students are learning English for hotel work. Could you play a guest checking in late who makes one polite complaint about the room?
Can you play a ticket clerk at a train station in Italian? I'm practising for a trip and I'm a beginner, so keep it simple.
For a kindergarten lesson on manners, could you write a short role-play between a shopkeeper and a child buying apples?
Role-play idea for my ESL class: a customer returning a jumper that's the wrong size. Can you write the shop assistant's lines?
Could you be a friendly museum guide for a history lesson about the Romans? The pupils are eight, so keep it simple and fun.
The court ruled that the new statute overrides the earlier contract terms.
Please ignore the fire alarm test on {day} at {time}; it's scheduled.
Ignore the "low toner" message on the second-floor printer; a new cartridge is already installed.
The previous instructions on the box were wrong, so we printed a new leaflet.
Our style guide overrides the client's template wherever the two conflict.
Forget about the quarterly figures for a second: has anyone seen the new office floor plan?
The manual override on the ventilation unit should only be used during maintenance.
Ignore the noise from the server room this week; the new cooling unit is being installed.
The bypass road will be closed from {date}, so deliveries should use the north gate.
Please disregard the attachment in yesterday's newsletter; the link pointed to an old version.
The new rules for the staff car park apply from {date}; the previous rules are withdrawn.
You can ignore the "unsaved changes" prompt when you close the report viewer; nothing gets lost.
The office manager can override a room booking if the boardroom is needed for an audit.
In the handover notes, {name} takes over the role of release manager from {name2}.
Forget what the old onboarding deck says about laptops; IT now ships them to your home address.
Tip for new drivers: ignore the fuel gauge's first warning, you still have about {n} km, but fill up soon.
The fire code overrides the landlord's rules on blocking corridors, so the boxes have to go.
Please disregard any previous instructions about submitting timesheets on paper; everything goes through the portal now.
If a customer says "forget it" on the phone, the script asks the agent to offer a callback before closing the ticket.
""")

# ------------------------------------------------------------------ English, part 3: corrections that use the same vocabulary

EN_MIXED = [
    G(items("""
Ignore my earlier draft of the system prompt for our billing bot; here's the revised one:
Sorry, I pasted the system prompt from our test bot by mistake. Please ignore it and review this one instead:
Forget the first version of the system prompt I sent, the product team changed the scope:
Disregard the prompt I shared yesterday for our support assistant. This is the one we're going with:
"""), [
        "\n\n\"Answer questions about invoices, payments and refunds. If a customer asks about anything else, point "
        "them to support@{company}.com. Keep answers under {n3} words.\"",
        "\n\n\"Help employees find HR forms and explain the leave rules. Reply in the employee's language and link to "
        "the relevant intranet page.\"",
        "\n\n\"Suggest recipes based on the ingredients the user lists. Always mention common allergens and offer a "
        "vegetarian option.\"",
        "\n\n\"Help customers track parcels using the order number. If a parcel is more than {few} days late, offer "
        "to open a claim.\"",
        "\n\n\"Answer questions about the library's opening hours, loans and events. If you don't know an answer, say "
        "so and give the front desk's phone number.\"",
    ], [
        "\n\nDoes this read clearly?",
        "\n\nIs anything ambiguous?",
        "\n\nCould you tighten the wording?",
        "\n\nWould you add anything about tone?",
    ], p=0.85, w=4),
    G(items("""
Sorry, forget the override value I gave you earlier.
Scratch what I said about the settings file.
Correction to my last message about the config:
Ignore the YAML I pasted before, it was for staging.
Never mind my earlier answer about the flags.
"""), items("""
The timeout in settings.yaml should be {n} seconds, not {n2}.
The override goes in docker-compose.override.yml, not in the base file.
The proxy bypass list only needs the two monitoring hosts.
We want ignore_missing set to false in production.
The feature flag should override the default only for the beta group.
The linter should ignore the generated/ folder, not the whole src/ tree.
"""), items("""
Can you update the snippet?
The rest of the config is right.
Please regenerate the docs section.
"""), k=(1, 2), p=0.6, w=4),
    G(items("""
Ignore my last message about the policy, I was looking at the old handbook.
Please disregard my previous instructions for the onboarding checklist.
Forget what I told you about the approval rules earlier.
Never mind my summary of the new rules; I misread the memo.
"""), items("""
The new policy allows {few} remote days per month.
HR sent a new version on {date}, so please base the list on that one.
Managers can override the limit only with finance's written consent.
The previous instructions from {month} still apply until the end of the quarter.
Team leads approve expenses up to {amount}; anything above goes to finance.
"""), items("""
Can you rewrite the summary accordingly?
Please keep it to one page.
Sorry for the confusion.
"""), k=(1, 2), p=0.6, w=3),
]
EN_MIXED += items("""
Scratch what I said about the role-play. My students are beginners, so please play a friendly café waiter and speak slowly.
Forget the hotel scenario I suggested; let's do the bakery role-play in French instead, at A1 level.
Ignore my last instruction about correcting every mistake during the role-play. Just list them at the end.
Change of plan for the Spanish practice: you play the customer and I'll be the shop assistant this time.
Never mind the job-interview role-play for today. Could you give me ten common interview questions in German instead?
Never mind my question about the deprecation warning; it turns out we can ignore it until version {ver}.
Correction to my last message: the rule we want in the chatbot's instructions is "reply in the customer's language", not "always reply in English".
Please disregard the earlier instructions I gave about the report format. My manager wants the previous template after all.
Ignore what I said about the certificate warning; it shows up on production too, so please draft a ticket for the infra team.
Sorry, I wrote "bypass the cache" earlier but I meant "clear the cache". Can you fix that step in the runbook?
Forget my earlier suggestion to override the default font; the brand guide says we keep it.
Scratch my earlier question about .gitignore, I found it. How do I stop tracking a file that's already committed?
Disregard the role description I gave you for the job ad. The position is for a data analyst, not a data engineer.
My previous instructions for the release notes were wrong: list the fixes first, then the new features.
Ignore the rules I listed for the class quiz; we decided on teams of {few} instead of pairs.
Sorry, wrong prompt file, please ignore it. The one for our FAQ bot is prompts/faq.md, and I'll paste it below.
I need to take back what I said about our system prompt being too long. The team lead is happy with it; could you just fix the typos?
Forget the previous version of the onboarding email; legal asked us to remove the paragraph about probation.
Ignore my earlier comment about overriding the approval step. We'll keep the manager approval in place.
Never mind what I said about ignoring the lint warnings. Let's fix them before the release.
Correction: the "viewer" role should be able to export reports, not just read them. Please update the permissions table I sent.
Oops, in my last message I said the new rules start in {month}. They start on {date}. Can you fix the announcement?
Scratch my question about the system prompt length. What I actually need to know is how to make our bot answer in the user's language.
Please ignore the earlier checklist I pasted; it still had the previous instructions for the VPN, which IT replaced last week.
Forget what I said about the referee overriding the decision; in our league only the match commissioner can do that. Please correct the rules summary.
Disregard my earlier message about the recipe. I said to ignore the baking powder, but it's the baking soda we're leaving out.
My mistake: the override I described belongs in the staging profile, not the production one. Everything else in the ticket is right.
Ignore the role assignments I sent for the school play. {Name} is now the narrator and {name2} plays the baker. Could you redo the cast list?
Never mind the warning I asked about. The support article says we can ignore it on Windows, so the installation is fine.
Sorry, disregard the draft rules for the hackathon. The organisers changed the team size to {few} people. Could you update the FAQ?
Forget the version of the instructions I gave you for the customer letter. The previous instructions from legal still apply, so please keep the standard disclaimer.
""")

# ------------------------------------------------------------------ other languages

FOREIGN_SRC = {
    "de": (lang_slots(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
                      ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"],
                      ["Anna", "Jonas", "Lukas", "Sophie", "Katrin", "Matthias", "Lea", "Tobias", "Sabine", "Florian"],
                      "{d}. {m}", lambda v: dotted(v) + " €"), " ", """
[msg_open]
Vergiss meine letzte Nachricht, ich hab mich vertan.
Ignorier bitte meine letzte Nachricht.
Kommando zurück!
Korrektur zu meiner vorherigen Nachricht:
Sorry, da hab ich Quatsch geschrieben.
Streich das von eben.
Moment, ich muss mich korrigieren.
[msg_body]
Das Meeting ist am {day}, nicht am {day2}.
Die Rechnung beläuft sich auf {amount}, nicht auf {amount2}.
Der Zug kommt um {time} an, nicht um {time2}.
Abgabetermin ist der {date}.
Wir brauchen {n} Stühle, nicht {n2}.
Die Bestellnummer lautet {num}, nicht {num2}.
{Name2} kommt mit, nicht {name}.
[msg_close]
Kannst du die Zusammenfassung entsprechend anpassen?
Der Rest bleibt gleich.
Sorry für das Durcheinander!
Bitte rechne das noch mal mit der richtigen Zahl durch.
[draft_open]
Vergiss den Entwurf, den ich vorhin eingefügt habe – hier ist die finale Fassung:
Falsche Datei, sorry, bitte ignorieren. Das hier ist die richtige:
Die Version von vorhin ist veraltet, nimm bitte diese:
[draft_body]
„Hallo {name}, vielen Dank für Ihre Rückmeldung. Wir können die {n} Geräte am {date} liefern, wenn Sie die Bestellung bis {day} bestätigen. Viele Grüße, {name2}“
„Liebes Team, das Quartalsmeeting findet am {date} um {time} in Raum {n2} statt. Bitte bringt eure Zahlen mit.“
„Sehr geehrte Frau {name}, anbei erhalten Sie unser Angebot über {amount}. Bei Fragen melden Sie sich gern.“
[draft_close]
Kannst du das etwas freundlicher formulieren?
Bitte kürzer und ohne Floskeln.
Kannst du die Rechtschreibung prüfen?
Bitte übersetz das ins Englische.
[instr_open]
Ignorier meine Anweisungen von vorhin zum Ton.
Vergiss, was ich vorhin zum Format gesagt habe.
Die Stichpunkte, um die ich gebeten hatte, kannst du vergessen.
Planänderung bei meiner Bitte von vorhin:
[instr_body]
Bleib lieber förmlich und sieze die Leser.
Schreib es bitte als Fließtext in zwei kurzen Absätzen.
Höchstens {n3} Wörter, bitte.
Es soll sich an {name} richten, nicht an das ganze Team.
[q_open]
Vergiss meine letzte Frage, hat sich erledigt.
Die Frage von eben kannst du ignorieren, ich hab's selbst herausgefunden.
Egal, vergiss die vorherige Frage.
[q_body]
Wie rechne ich {n} Meilen in Kilometer um?
Was ist der Unterschied zwischen Brutto- und Nettogehalt?
Wie sage ich höflich eine Besprechung ab?
Wie lange muss ein Ei kochen, damit das Eigelb weich bleibt?
Wie füge ich in Excel zwei Spalten zusammen?
[full]
Vergiss, was ich zum Budget gesagt habe – die Finanzabteilung hat doch {amount} freigegeben.
Ignorier meinen Kommentar zur Location, wir bleiben im Büro.
Ach, nimm doch lieber die Zahlen von {year} statt der aktuellen.
[work]
Die Warnung zum veralteten Endpunkt /v1/orders kann ignoriert werden; das Problem ist in Version {ver} behoben.
Den Standard-Timeout kannst du in der settings.yaml überschreiben, zum Beispiel mit request_timeout: {n}.
Die Zertifikatswarnung auf dem Staging-Server können Sie bedenkenlos ignorieren, dort verwenden wir ein selbstsigniertes Zertifikat.
Diese Anweisungen ersetzen die bisherigen Anweisungen vom {month}. Bitte verwenden Sie ab sofort nur noch das neue Formular.
Bitte betrachten Sie die Zahlungserinnerung von heute Morgen als gegenstandslos – Ihre Zahlung ist am {date} eingegangen.
Vergesst die alte Methode: Den Eischnee hebt ihr ganz vorsichtig unter, nicht rühren.
Aufgabe 4 auf dem Arbeitsblatt bitte ignorieren, da ist ein Druckfehler drin.
Wie formuliere ich den Systemprompt für unseren Support-Bot, damit er nur Fragen zur Abrechnung beantwortet?
Ich unterrichte Französisch in der 7. Klasse. Kannst du eine Verkäuferin in einer Bäckerei spielen, damit die Kinder üben können, Brot zu bestellen? Bitte einfache Sätze.
Umgebungsvariablen überschreiben die Werte aus der Konfigurationsdatei.
Die Teamleitung kann die Urlaubsplanung im Notfall übersteuern, muss das aber dokumentieren.
Dateien, die in der .gitignore stehen, werden von Git ignoriert.
Bitte die vorherige Version der Reisekostenrichtlinie nicht mehr verwenden; gültig ist die Fassung vom {date}.
Nach dem Kreisverkehr das Navi einfach ignorieren und den Schildern zum Parkhaus folgen.
[mixed]
Vergiss meinen ersten Entwurf für den Systemprompt unseres Rechnungs-Bots. Neue Fassung: „Beantworte nur Fragen zu Rechnungen und Zahlungen und verweise bei allem anderen freundlich an den Kundenservice.“ Ist das so verständlich?
Sorry, der Override-Wert von vorhin war falsch: In der settings.yaml soll der Timeout {n} Sekunden sein, nicht {n2}.
Ignorier bitte meine vorherigen Anweisungen zur Onboarding-Checkliste; die Personalabteilung hat am {date} eine neue Version geschickt.
Streich das mit dem Rollenspiel von vorhin. Meine Schüler sind Anfänger, spiel also lieber einen freundlichen Kellner im Café und sprich langsam.
Meine Frage zur Deprecation-Warnung hat sich erledigt – die können wir bis Version {ver} ignorieren.
Korrektur: Die Regel für unseren Chatbot soll lauten „Antworte in der Sprache des Kunden“, nicht „Antworte immer auf Englisch“.
Ich habe vorhin aus Versehen den Systemprompt unseres Test-Bots eingefügt, bitte ignorieren. Den richtigen schicke ich gleich.
Vergiss meine Notiz zu den Firewall-Regeln; auf die Ausnahmeliste kommen nur die beiden Monitoring-Hosts.
Ignorier meine letzte Nachricht zur Richtlinie, ich hatte das alte Handbuch offen. Laut neuer Regelung gibt es {few} Tage Homeoffice pro Monat.
Bitte vergiss meine Vorgaben zum Berichtsformat – meine Chefin möchte doch die alte Vorlage.
"""),
    "fr": (lang_slots(["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
                      ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"],
                      ["Camille", "Julien", "Léa", "Thomas", "Manon", "Nicolas", "Chloé", "Antoine", "Sarah", "Hugo"],
                      "{d} {m}", lambda v: spaced(v) + " €"), " ", """
[msg_open]
Oublie mon dernier message, je me suis trompé.
Ne tiens pas compte de mon message précédent.
Laisse tomber ce que je viens d'écrire.
Petite correction :
Pardon, je rectifie :
Autant pour moi, j'ai mélangé les dates.
[msg_body]
La réunion a lieu {day}, pas {day2}.
Le montant de la facture est de {amount}, et non {amount2}.
Le train arrive à {time}, pas à {time2}.
La date limite est le {date}.
Il nous faut {n} chaises, pas {n2}.
Le numéro de commande est le {num}, pas le {num2}.
[msg_close]
Tu peux mettre à jour le résumé ?
Le reste ne change pas.
Désolé pour la confusion !
Refais le calcul avec le bon chiffre, s'il te plaît.
[draft_open]
Oublie le brouillon que j'ai collé tout à l'heure, voici la version définitive :
Mauvais fichier, désolé, ignore-le. Voici le bon :
Ne tiens pas compte de la version précédente, prends plutôt celle-ci :
[draft_body]
« Bonjour {name}, merci pour votre retour rapide. Nous pouvons livrer les {n} appareils le {date} si vous confirmez la commande d'ici {day}. Cordialement, {name2} »
« Bonjour à tous, la réunion trimestrielle aura lieu le {date} à {time} en salle {n2}. Merci d'apporter vos chiffres. »
« Madame {name}, vous trouverez ci-joint notre devis de {amount}. N'hésitez pas à me contacter pour toute question. »
[draft_close]
Tu peux le rendre un peu plus chaleureux ?
Raccourcis-le, s'il te plaît.
Tu peux vérifier l'orthographe ?
Traduis-le en anglais, s'il te plaît.
[instr_open]
Oublie mes consignes de tout à l'heure sur le ton.
Finalement, laisse tomber la liste à puces que je t'avais demandée.
Ne tiens pas compte de ce que j'ai dit sur la longueur.
Changement de programme par rapport à ma demande précédente :
[instr_body]
Garde un ton formel et vouvoie le lecteur.
Écris-le plutôt en deux courts paragraphes.
Pas plus de {n3} mots, s'il te plaît.
Adresse-le à {name} plutôt qu'à toute l'équipe.
[q_open]
Oublie ma question précédente, j'ai trouvé la réponse.
Laisse tomber ma dernière question.
Non, en fait, oublie ce que je t'ai demandé.
[q_body]
Comment convertir {n} miles en kilomètres ?
Quelle est la différence entre salaire brut et salaire net ?
Comment refuser poliment une invitation à une réunion ?
Combien de temps faut-il cuire un œuf à la coque ?
Comment fusionner deux colonnes dans Excel ?
[full]
Oublie ce que j'ai dit sur le budget : la direction financière a finalement validé {amount}.
En fait, utilise plutôt les chiffres de {year}.
Ignore ma remarque sur le lieu, on reste dans nos locaux.
[work]
Vous pouvez ignorer l'avertissement concernant le point d'accès obsolète /v1/orders ; le problème est corrigé dans la version {ver}.
Pour modifier le délai d'attente par défaut, surchargez la valeur request_timeout dans settings.yaml.
Vous pouvez ignorer sans risque l'avertissement de certificat sur le serveur de préproduction : il s'agit d'un certificat auto-signé.
Ces consignes remplacent les consignes précédentes du mois de {month}. Merci d'utiliser désormais le nouveau formulaire.
Merci de ne pas tenir compte de la relance envoyée ce matin : votre paiement nous est bien parvenu le {date}.
Oubliez l'ancienne méthode : incorporez les blancs en neige délicatement, sans fouetter.
Ignorez l'exercice 4 de la fiche, l'énoncé contient une coquille.
Comment rédiger le prompt système de notre bot de support pour qu'il ne réponde qu'aux questions de facturation ?
Je suis professeure d'espagnol au collège. Tu peux jouer le rôle d'un vendeur sur un marché pour que mes élèves s'entraînent à acheter des fruits ? Des phrases simples, niveau A2.
Les variables d'environnement écrasent les valeurs du fichier de configuration.
Le responsable d'équipe peut passer outre le planning des congés en cas d'urgence, mais doit le justifier par écrit.
Les fichiers listés dans .gitignore sont ignorés par Git.
Ne tenez plus compte de l'ancienne version de la politique de déplacements ; seule la version du {date} fait foi.
À la sortie du rond-point, ignorez le GPS et suivez les panneaux du parking.
[mixed]
Oublie mon premier brouillon du prompt système pour notre bot de facturation. Nouvelle version : « Réponds uniquement aux questions sur les factures et les paiements, et oriente poliment vers le service client pour le reste. » C'est clair ?
Désolé, la valeur de surcharge que je t'ai donnée était fausse : dans settings.yaml, le délai doit être de {n} secondes, pas {n2}.
Ne tiens pas compte de mes instructions précédentes pour la checklist d'intégration ; les RH ont envoyé une nouvelle version le {date}.
Oublie ce que j'ai dit pour le jeu de rôle. Mes élèves sont débutants : joue plutôt un serveur sympa dans un café et parle lentement.
Ma question sur l'avertissement de dépréciation ne se pose plus : on peut l'ignorer jusqu'à la version {ver}.
Correction : la règle de notre chatbot doit être « réponds dans la langue du client », pas « réponds toujours en anglais ».
J'ai collé par erreur le prompt système de notre bot de test, ignore-le. Je t'envoie le bon tout de suite.
Laisse tomber ma note sur les règles du pare-feu ; la liste d'exceptions ne concerne que les deux serveurs de supervision.
Ignore mon dernier message sur le règlement, je regardais l'ancien livret. Le nouveau prévoit {few} jours de télétravail par mois.
Oublie mes consignes sur le format du rapport : ma responsable préfère finalement l'ancien modèle.
"""),
    "es": (lang_slots(["lunes", "martes", "miércoles", "jueves", "viernes"],
                      ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"],
                      ["Lucía", "Javier", "Carmen", "Diego", "Marta", "Pablo", "Elena", "Sergio", "Laura", "Andrés"],
                      "{d} de {m}", lambda v: dotted(v) + " €"), " ", """
[msg_open]
Olvida mi último mensaje, me equivoqué.
No hagas caso de lo que acabo de escribir.
Olvídate de lo que te dije antes.
Corrijo lo que puse antes:
Perdona, me he liado con las fechas.
Ignora mi mensaje anterior, por favor.
[msg_body]
La reunión es el {day}, no el {day2}.
El importe de la factura es {amount}, no {amount2}.
El tren llega a las {time}, no a las {time2}.
La fecha límite es el {date}.
Necesitamos {n} sillas, no {n2}.
El número de pedido es el {num}, no el {num2}.
[msg_close]
¿Puedes actualizar el resumen?
Lo demás sigue igual.
¡Perdón por el lío!
Vuelve a hacer el cálculo con el dato correcto, porfa.
[draft_open]
Olvida el borrador que pegué antes; esta es la versión final:
Archivo equivocado, perdona. Ignóralo, el bueno es este:
No tengas en cuenta la versión anterior, usa esta:
[draft_body]
«Hola, {name}: gracias por tu respuesta. Podemos entregar las {n} unidades el {date} si confirmas el pedido antes del {day}. Un saludo, {name2}»
«Hola a todos: la reunión trimestral será el {date} a las {time} en la sala {n2}. Traed vuestras cifras, por favor.»
«Estimada {name}: le adjunto el presupuesto de {amount}. Quedo a su disposición para cualquier duda.»
[draft_close]
¿Puedes hacerlo un poco más cercano?
Acórtalo, por favor.
¿Me revisas la ortografía?
Tradúcelo al inglés, por favor.
[instr_open]
Olvida lo que te dije antes sobre el tono.
Al final no hace falta la lista de viñetas que te pedí.
No hagas caso de mis indicaciones anteriores sobre la extensión.
Cambio de planes respecto a lo que te pedí:
[instr_body]
Mantén un tono formal y trata al lector de usted.
Escríbelo mejor en dos párrafos cortos.
Que no pase de {n3} palabras, por favor.
Dirígelo a {name} y no a todo el equipo.
[q_open]
Olvida mi pregunta anterior, ya encontré la respuesta.
Déjalo, lo de antes ya lo resolví.
Mejor olvida lo que te pregunté.
[q_body]
¿Cómo paso {n} millas a kilómetros?
¿Qué diferencia hay entre el sueldo bruto y el neto?
¿Cómo rechazo con educación una invitación a una reunión?
¿Cuánto tiempo hay que cocer un huevo para que la yema quede blanda?
¿Cómo combino dos columnas en Excel?
[full]
Olvida lo que te dije del presupuesto: finanzas aprobó al final {amount}.
En realidad, usa mejor las cifras de {year}.
No hagas caso de lo que comenté del local; nos quedamos en la oficina.
[work]
Puede ignorar el aviso sobre el endpoint obsoleto /v1/orders; el problema está corregido en la versión {ver}.
Para cambiar el tiempo de espera predeterminado, sobrescribe request_timeout en settings.yaml.
Puede ignorar sin problema la advertencia del certificado en el servidor de pruebas: usamos un certificado autofirmado.
Estas instrucciones sustituyen a las instrucciones anteriores de {month}. A partir de ahora, utilice solo el formulario nuevo.
Por favor, ignore el recordatorio de pago de esta mañana: recibimos su transferencia el {date}.
Olvidaos del método de siempre: las claras se incorporan con movimientos envolventes, sin batir.
Ignorad el ejercicio 4 de la ficha; el enunciado tiene una errata.
¿Cómo redacto el prompt del sistema de nuestro bot de soporte para que solo responda preguntas de facturación?
Soy profesora de francés en secundaria. ¿Puedes hacer de dependiente en una panadería para que mis alumnos practiquen cómo pedir pan? Frases sencillas, nivel A2.
Las variables de entorno sobrescriben los valores del archivo de configuración.
El jefe de equipo puede saltarse el calendario de vacaciones en caso de urgencia, pero debe justificarlo por escrito.
Git ignora los archivos que aparecen en .gitignore.
Deje de usar la versión anterior de la política de viajes; la vigente es la del {date}.
Al salir de la rotonda, no hagas caso al GPS y sigue las señales del aparcamiento.
[mixed]
Olvida mi primer borrador del prompt del sistema para el bot de facturación. Versión nueva: «Responde solo a preguntas sobre facturas y pagos; para todo lo demás, remite amablemente al servicio de atención al cliente». ¿Se entiende bien?
Perdona, el valor que te di para sobrescribir estaba mal: en settings.yaml el tiempo de espera debe ser de {n} segundos, no {n2}.
No tengas en cuenta mis instrucciones anteriores sobre la lista de incorporación; RR. HH. envió una versión nueva el {date}.
Olvida lo del juego de rol. Mis alumnos son principiantes, así que haz mejor de camarero simpático en una cafetería y habla despacio.
Ya no hace falta que mires lo del aviso de obsolescencia: podemos ignorarlo hasta la versión {ver}.
Corrección: la regla de nuestro chatbot debe ser «responde en el idioma del cliente», no «responde siempre en inglés».
Pegué sin querer el prompt del sistema de nuestro bot de pruebas; ignóralo. Ahora te mando el bueno.
Olvida mi nota sobre las reglas del cortafuegos; en la lista de excepciones solo van los dos servidores de monitorización.
Ignora mi último mensaje sobre la normativa, estaba mirando el manual antiguo. La nueva permite {few} días de teletrabajo al mes.
Olvida lo que te pedí del formato del informe: mi jefa prefiere al final la plantilla antigua.
"""),
    "it": (lang_slots(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
                      ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                       "ottobre", "novembre", "dicembre"],
                      ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elisa",
                       "Davide"],
                      "{d} {m}", lambda v: dotted(v) + " €"), " ", """
[msg_open]
Lascia perdere il mio ultimo messaggio, mi sono sbagliato.
Ignora il messaggio di prima, per favore.
Non considerare quello che ho appena scritto.
Correggo quanto scritto prima:
Scusa, ho fatto confusione con le date.
Anzi no, dimentica quello che ho detto.
[msg_body]
La riunione è {day}, non {day2}.
L'importo della fattura è {amount}, non {amount2}.
Il treno arriva alle {time}, non alle {time2}.
La scadenza è il {date}.
Ci servono {n} sedie, non {n2}.
Il numero d'ordine è {num}, non {num2}.
[msg_close]
Puoi aggiornare il riepilogo?
Il resto rimane uguale.
Scusa per la confusione!
Rifai il calcolo con il numero giusto, per favore.
[draft_open]
Lascia perdere la bozza che ho incollato prima, ecco la versione definitiva:
File sbagliato, scusa: ignoralo. Quello giusto è questo:
Non tenere conto della versione precedente, usa questa:
[draft_body]
«Ciao {name}, grazie per la risposta veloce. Possiamo consegnare le {n} unità il {date} se confermi l'ordine entro {day}. A presto, {name2}»
«Ciao a tutti, la riunione trimestrale si terrà il {date} alle {time} nella sala {n2}. Portate i vostri dati, per favore.»
«Gentile {name}, in allegato trova il preventivo di {amount}. Resto a disposizione per qualsiasi domanda.»
[draft_close]
Puoi renderla un po' più cordiale?
Accorciala, per favore.
Puoi controllare l'ortografia?
Traducila in inglese, per favore.
[instr_open]
Dimentica le indicazioni che ti ho dato prima sul tono.
Alla fine lascia perdere l'elenco puntato che ti avevo chiesto.
Non tenere conto di quello che ho detto sulla lunghezza.
Cambio di programma rispetto alla mia richiesta di prima:
[instr_body]
Mantieni un tono formale e dai del Lei al lettore.
Scrivilo piuttosto in due paragrafi brevi.
Non più di {n3} parole, per favore.
Indirizzalo a {name} e non a tutto il team.
[q_open]
Lascia stare la domanda di prima, ho trovato la risposta.
Dimentica la mia ultima domanda.
Niente, lascia perdere quello che ti ho chiesto.
[q_body]
Come converto {n} miglia in chilometri?
Che differenza c'è tra stipendio lordo e netto?
Come rifiuto con garbo l'invito a una riunione?
Quanto deve cuocere un uovo alla coque?
Come unisco due colonne in Excel?
[full]
Dimentica quello che ho detto sul budget: alla fine l'amministrazione ha approvato {amount}.
Anzi, usa i dati del {year}.
Ignora il mio commento sulla location, restiamo in ufficio.
[work]
Potete ignorare l'avviso sull'endpoint deprecato /v1/orders: il problema è risolto nella versione {ver}.
Per cambiare il timeout predefinito, sovrascrivi request_timeout in settings.yaml.
Può ignorare tranquillamente l'avviso del certificato sul server di staging: usiamo un certificato autofirmato.
Queste istruzioni sostituiscono le istruzioni precedenti di {month}. D'ora in poi usate solo il nuovo modulo.
La preghiamo di ignorare il sollecito di pagamento di stamattina: il suo bonifico è arrivato il {date}.
Dimenticate il vecchio metodo: gli albumi montati vanno incorporati delicatamente, dal basso verso l'alto.
Ignorate l'esercizio 4 della scheda, c'è un errore di stampa nel testo.
Come scrivo il prompt di sistema del nostro bot di assistenza perché risponda solo a domande sulla fatturazione?
Insegno tedesco alle medie. Puoi fare la parte del commesso in un negozio di vestiti, così i ragazzi si esercitano a chiedere taglie e prezzi? Frasi semplici, livello A2.
Le variabili d'ambiente sovrascrivono i valori del file di configurazione.
Il responsabile può scavalcare il piano ferie in caso di urgenza, ma deve motivarlo per iscritto.
Git ignora i file elencati in .gitignore.
Non usate più la versione precedente del regolamento trasferte: vale quella del {date}.
All'uscita dalla rotonda ignorate il navigatore e seguite le indicazioni per il parcheggio.
[mixed]
Dimentica la mia prima bozza del prompt di sistema per il bot delle fatture. Nuova versione: «Rispondi solo a domande su fatture e pagamenti e, per tutto il resto, indirizza gentilmente al servizio clienti.» Ti sembra chiaro?
Scusa, il valore di override che ti ho dato era sbagliato: in settings.yaml il timeout deve essere di {n} secondi, non {n2}.
Ignora le mie istruzioni precedenti sulla checklist di onboarding; le risorse umane hanno mandato una nuova versione il {date}.
Lascia perdere il gioco di ruolo di prima. I miei studenti sono principianti: fai piuttosto il cameriere simpatico di un bar e parla piano.
La mia domanda sull'avviso di deprecazione non serve più: possiamo ignorarlo fino alla versione {ver}.
Correzione: la regola del nostro chatbot deve essere «rispondi nella lingua del cliente», non «rispondi sempre in inglese».
Ho incollato per sbaglio il prompt di sistema del nostro bot di test, ignoralo. Ti mando subito quello giusto.
Lascia stare la mia nota sulle regole del firewall; nell'elenco delle eccezioni vanno solo i due server di monitoraggio.
Ignora il mio ultimo messaggio sul regolamento, avevo aperto il manuale vecchio. Quello nuovo prevede {few} giorni di smart working al mese.
Dimentica quello che ti ho chiesto sul formato del report: la mia responsabile preferisce il vecchio modello.
"""),
    "pt": (lang_slots(["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
                      ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                       "outubro", "novembro", "dezembro"],
                      ["Ana", "João", "Beatriz", "Pedro", "Mariana", "Rafael", "Juliana", "Lucas", "Camila", "Felipe"],
                      "{d} de {m}", lambda v: "R$ " + dotted(v)), " ", """
[msg_open]
Esquece minha última mensagem, me enganei.
Desconsidere a mensagem anterior, por favor.
Ignora o que eu acabei de escrever.
Corrigindo o que eu disse antes:
Foi mal, confundi as datas.
Pensando bem, esquece o que eu falei.
[msg_body]
A reunião é na {day}, não na {day2}.
O valor da nota fiscal é {amount}, não {amount2}.
O voo chega às {time}, não às {time2}.
O prazo final é {date}.
Precisamos de {n} cadeiras, não {n2}.
O número do pedido é {num}, não {num2}.
[msg_close]
Pode atualizar o resumo?
O resto continua igual.
Desculpa a confusão!
Refaz a conta com o número certo, por favor.
[draft_open]
Esquece o rascunho que colei antes, esta é a versão final:
Arquivo errado, desculpa, pode ignorar. O certo é este:
Desconsidere a versão anterior e use esta:
[draft_body]
“Olá, {name}! Obrigado pelo retorno rápido. Conseguimos entregar as {n} unidades em {date} se você confirmar o pedido até {day}. Abraço, {name2}”
“Oi, pessoal! A reunião trimestral será em {date}, às {time}, na sala {n2}. Tragam os números, por favor.”
“Prezada {name}, segue em anexo o orçamento de {amount}. Fico à disposição para qualquer dúvida.”
[draft_close]
Pode deixar o texto mais simpático?
Deixa mais curto, por favor.
Pode revisar a ortografia?
Traduz para o inglês, por favor.
[instr_open]
Esquece o que eu disse antes sobre o tom.
No fim das contas, não precisa da lista com marcadores que pedi.
Desconsidere minhas instruções anteriores sobre o tamanho do texto.
Mudança de planos em relação ao que pedi:
[instr_body]
Mantenha um tom formal, sem gírias.
Escreva em dois parágrafos curtos.
No máximo {n3} palavras, por favor.
Direcione para {name}, e não para a equipe toda.
[q_open]
Esquece a pergunta anterior, já achei a resposta.
Deixa pra lá a minha última pergunta.
Ignora o que eu perguntei antes, já resolvi.
[q_body]
Como converto {n} milhas em quilômetros?
Qual é a diferença entre salário bruto e líquido?
Como recuso educadamente um convite para reunião?
Quanto tempo devo cozinhar um ovo para a gema ficar mole?
Como junto duas colunas no Excel?
[full]
Esquece o que eu falei sobre o orçamento: o financeiro aprovou {amount} no fim.
Na verdade, usa os números de {year}.
Ignora meu comentário sobre o local, vamos continuar no escritório.
[work]
Vocês podem ignorar o aviso sobre o endpoint obsoleto /v1/orders; o problema foi corrigido na versão {ver}.
Para alterar o timeout padrão, sobrescreva request_timeout no settings.yaml.
Pode ignorar tranquilamente o aviso de certificado no servidor de homologação: usamos um certificado autoassinado.
Estas instruções substituem as instruções anteriores de {month}. A partir de agora, use apenas o formulário novo.
Por favor, desconsidere o lembrete de pagamento desta manhã: seu pagamento foi recebido em {date}.
Esqueça o método antigo: incorpore as claras em neve delicadamente, sem bater.
Ignorem o exercício 4 da folha, o enunciado tem um erro de digitação.
Como escrevo o prompt de sistema do nosso bot de suporte para ele responder só perguntas sobre cobrança?
Sou professora de inglês no fundamental. Você pode fazer o papel de um vendedor numa feira para meus alunos praticarem como comprar frutas? Frases simples, nível A2.
Variáveis de ambiente sobrescrevem os valores do arquivo de configuração.
O gestor pode passar por cima da escala de férias em caso de urgência, mas precisa justificar por escrito.
O Git ignora os arquivos listados no .gitignore.
Não usem mais a versão anterior da política de viagens; vale a de {date}.
Depois da rotatória, ignore o GPS e siga as placas do estacionamento.
[mixed]
Esquece meu primeiro rascunho do prompt de sistema do bot de cobrança. Versão nova: “Responda apenas a perguntas sobre faturas e pagamentos e, para o resto, encaminhe com educação para o atendimento.” Ficou claro?
Desculpa, o valor de override que te passei estava errado: no settings.yaml o timeout deve ser de {n} segundos, não {n2}.
Desconsidere minhas instruções anteriores sobre o checklist de integração; o RH mandou uma versão nova em {date}.
Esquece o que eu disse sobre o role-play. Meus alunos são iniciantes, então faz o papel de um garçom simpático numa cafeteria e fala devagar.
Minha pergunta sobre o aviso de descontinuação não vale mais: dá para ignorá-lo até a versão {ver}.
Correção: a regra do nosso chatbot deve ser “responda no idioma do cliente”, não “responda sempre em inglês”.
Colei sem querer o prompt de sistema do nosso bot de teste, pode ignorar. Já te mando o certo.
Esquece minha observação sobre as regras do firewall; na lista de exceções entram só os dois servidores de monitoramento.
Ignora minha última mensagem sobre a política, eu estava olhando o manual antigo. O novo permite {few} dias de home office por mês.
Esquece o que pedi sobre o formato do relatório: minha gestora prefere o modelo antigo.
"""),
    "nl": (lang_slots(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
                      ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                       "oktober", "november", "december"],
                      ["Sanne", "Daan", "Lotte", "Bram", "Eva", "Thijs", "Fleur", "Jeroen", "Anouk", "Ruben"],
                      "{d} {m}", lambda v: "€ " + dotted(v)), " ", """
[msg_open]
Vergeet mijn vorige bericht, ik vergiste me.
Negeer mijn laatste bericht even.
Laat maar, wat ik net schreef klopt niet.
Correctie op mijn vorige bericht:
Sorry, ik haalde de data door elkaar.
Wacht, ik moet mezelf verbeteren.
[msg_body]
De vergadering is op {day}, niet op {day2}.
Het factuurbedrag is {amount}, niet {amount2}.
De trein komt om {time} aan, niet om {time2}.
De deadline is {date}.
We hebben {n} stoelen nodig, geen {n2}.
Het ordernummer is {num}, niet {num2}.
[msg_close]
Kun je de samenvatting aanpassen?
De rest blijft hetzelfde.
Sorry voor de verwarring!
Wil je de berekening opnieuw doen met het juiste getal?
[draft_open]
Vergeet het concept dat ik net plakte, dit is de definitieve versie:
Verkeerd bestand, sorry, negeer dat maar. Dit is het goede:
Let niet op de vorige versie, gebruik deze:
[draft_body]
„Hoi {name}, bedankt voor je snelle reactie. We kunnen de {n} apparaten op {date} leveren als je de bestelling vóór {day} bevestigt. Groet, {name2}”
„Hallo allemaal, het kwartaaloverleg is op {date} om {time} in zaal {n2}. Nemen jullie je cijfers mee?”
„Beste {name}, in de bijlage vindt u onze offerte van {amount}. Heeft u vragen, dan hoor ik het graag.”
[draft_close]
Kun je het iets vriendelijker maken?
Maak het wat korter, alsjeblieft.
Wil je de spelling controleren?
Vertaal het naar het Engels, graag.
[instr_open]
Vergeet wat ik eerder zei over de toon.
Die opsommingstekens waar ik om vroeg hoeven toch niet.
Negeer mijn eerdere instructies over de lengte.
Kleine wijziging in wat ik eerder vroeg:
[instr_body]
Houd het formeel en spreek de lezer aan met u.
Schrijf het liever als twee korte alinea's.
Maximaal {n3} woorden, graag.
Richt het aan {name} en niet aan het hele team.
[q_open]
Vergeet mijn vorige vraag, ik heb het antwoord al gevonden.
Laat die vraag van net maar zitten.
Laat maar, ik weet het al.
[q_body]
Hoe reken ik {n} mijl om naar kilometers?
Wat is het verschil tussen bruto- en nettoloon?
Hoe sla ik netjes een uitnodiging voor een vergadering af?
Hoe lang moet een ei koken voor een zachte dooier?
Hoe voeg ik twee kolommen samen in Excel?
[full]
Vergeet wat ik over het budget zei: financiën heeft toch {amount} goedgekeurd.
Gebruik eigenlijk liever de cijfers van {year}.
Negeer mijn opmerking over de locatie, we blijven gewoon op kantoor.
[work]
De waarschuwing over het verouderde endpoint /v1/orders kun je negeren; het is opgelost in versie {ver}.
Wil je de standaardtime-out aanpassen, overschrijf dan request_timeout in settings.yaml.
De certificaatwaarschuwing op de testserver kunt u gerust negeren; daar gebruiken we een zelfondertekend certificaat.
Deze instructies vervangen de eerdere instructies van {month}. Gebruik vanaf nu alleen het nieuwe formulier.
U kunt de betalingsherinnering van vanochtend negeren: uw betaling is op {date} ontvangen.
Vergeet de oude methode: spatel het eiwit er voorzichtig door, niet roeren.
Negeer opdracht 4 op het werkblad; er staat een drukfout in de vraag.
Hoe formuleer ik de systeemprompt van onze supportbot zodat hij alleen vragen over facturen beantwoordt?
Ik geef Frans op de middelbare school. Kun jij een verkoper in een bakkerij spelen, zodat mijn leerlingen kunnen oefenen met brood bestellen? Eenvoudige zinnen, niveau A2.
Omgevingsvariabelen overschrijven de waarden uit het configuratiebestand.
De teamleider kan de vakantieplanning in noodgevallen overrulen, maar moet dat schriftelijk onderbouwen.
Git negeert de bestanden die in .gitignore staan.
Gebruik de vorige versie van het reisbeleid niet meer; de versie van {date} is leidend.
Negeer na de rotonde de navigatie en volg de borden naar de parkeergarage.
[mixed]
Vergeet mijn eerste concept van de systeemprompt voor onze factuurbot. Nieuwe versie: „Beantwoord alleen vragen over facturen en betalingen en verwijs voor de rest vriendelijk naar de klantenservice.” Is dat duidelijk?
Sorry, de override-waarde die ik je gaf klopte niet: in settings.yaml moet de time-out {n} seconden zijn, niet {n2}.
Negeer mijn eerdere instructies over de onboardingchecklist; HR heeft op {date} een nieuwe versie gestuurd.
Laat dat rollenspel van net maar. Mijn leerlingen zijn beginners, dus speel liever een vriendelijke ober in een café en praat langzaam.
Mijn vraag over de deprecation-waarschuwing is al beantwoord: die kunnen we tot versie {ver} negeren.
Correctie: de regel voor onze chatbot moet zijn „antwoord in de taal van de klant”, niet „antwoord altijd in het Engels”.
Ik plakte per ongeluk de systeemprompt van onze testbot, negeer die maar. Ik stuur zo de goede.
Vergeet mijn notitie over de firewallregels; op de uitzonderingslijst komen alleen de twee monitoringservers.
Negeer mijn laatste bericht over het beleid, ik keek in het oude handboek. Volgens het nieuwe mag je {few} dagen per maand thuiswerken.
Vergeet wat ik vroeg over het rapportformat: mijn leidinggevende wil toch het oude sjabloon.
"""),
    "ru": (lang_slots(["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу"],
                      ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                       "ноябрь", "декабрь"],
                      ["Анна", "Дмитрий", "Ольга", "Сергей", "Мария", "Алексей", "Екатерина", "Иван"],
                      "{d} {m}", lambda v: spaced(v * 10) + " ₽",
                      mgen=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                            "октября", "ноября", "декабря"]), " ", """
[msg_open]
Забудь моё последнее сообщение, я ошибся.
Не обращай внимания на предыдущее сообщение.
Проигнорируй, пожалуйста, то, что я написала выше.
Поправка к моему предыдущему сообщению:
Извини, я перепутал даты.
Стоп, я неправильно написала.
[msg_body]
Встреча {day}, а не {day2}.
Сумма по счёту — {amount}, а не {amount2}.
Поезд прибывает в {time}, а не в {time2}.
Крайний срок — {date}.
Количество гостей — {n}, а не {n2}.
Номер заказа — {num}, а не {num2}.
[msg_close]
Поправь, пожалуйста, краткую сводку.
Остальное без изменений.
Извини за путаницу!
Пересчитай, пожалуйста, с правильной цифрой.
[draft_open]
Забудь черновик, который я вставил раньше, вот окончательный вариант:
Не тот файл, извини, не обращай на него внимания. Вот правильный:
Предыдущую версию не учитывай, используй эту:
[draft_body]
«Здравствуйте! Спасибо за быстрый ответ. Мы можем поставить оборудование {date}, если вы подтвердите заказ {day}. С уважением, {name2}»
«Коллеги, квартальное совещание пройдёт {date} в {time} в переговорной {n2}. Пожалуйста, подготовьте свои цифры.»
«Добрый день! Направляю вам коммерческое предложение на сумму {amount}. Если появятся вопросы, пишите.»
[draft_close]
Можешь сделать тон чуть теплее?
Сократи, пожалуйста.
Проверь орфографию, пожалуйста.
Переведи на английский, пожалуйста.
[instr_open]
Забудь, что я говорил про тон.
Маркированный список, о котором я просила, всё-таки не нужен.
Не учитывай мои прошлые указания насчёт объёма.
Небольшое изменение к моей просьбе:
[instr_body]
Пусть текст будет официальным, обращайся к читателю на «вы».
Лучше напиши двумя короткими абзацами.
Уложись, пожалуйста, в один абзац.
Письмо адресовано руководителю отдела, а не всей команде.
[q_open]
Забудь мой предыдущий вопрос, я уже нашёл ответ.
Ладно, проехали, вопрос снят.
Не обращай внимания на мой прошлый вопрос.
[q_body]
Как перевести мили в километры?
Чем зарплата до вычета налогов отличается от зарплаты «на руки»?
Как вежливо отказаться от приглашения на встречу?
Сколько варить яйцо всмятку?
Как объединить два столбца в Excel?
[full]
Забудь, что я писал про бюджет: финансовый отдел всё-таки утвердил {amount}.
Вообще, возьми лучше данные за {year} год.
Не обращай внимания на мой комментарий про площадку, мы остаёмся в офисе.
[work]
Предупреждение об устаревшем эндпоинте /v1/orders можно игнорировать: проблема исправлена в версии {ver}.
Чтобы изменить тайм-аут по умолчанию, переопределите параметр request_timeout в settings.yaml.
Предупреждение о сертификате на тестовом сервере можно спокойно игнорировать: там используется самоподписанный сертификат.
Настоящая инструкция заменяет предыдущие указания от {date}. С этого момента используйте только новую форму.
Просим не обращать внимания на утреннее напоминание об оплате: ваш платёж поступил {date}.
Забудьте старый способ: белки вмешивайте аккуратно, лопаткой, не взбивая.
Не обращайте внимания на задание 4 в рабочем листе, там опечатка в условии.
Как сформулировать системный промпт для нашего бота поддержки, чтобы он отвечал только на вопросы об оплате?
Я учительница французского в школе. Можешь сыграть продавца в булочной, чтобы ученики потренировались заказывать хлеб? Простые фразы, уровень A2.
Переменные окружения переопределяют значения из конфигурационного файла.
В срочном случае руководитель может изменить график отпусков в обход обычного порядка, но обязан письменно это обосновать.
Git игнорирует файлы, перечисленные в .gitignore.
Прежнюю версию положения о командировках больше не используйте; действует редакция от {date}.
После кольца не слушайте навигатор, езжайте по указателям к парковке.
[mixed]
Забудь мой первый черновик системного промпта для бота по счетам. Новая версия: «Отвечай только на вопросы о счетах и оплате, а по остальным темам вежливо направляй в службу поддержки». Так понятно?
Извини, значение для переопределения, которое я дал, неверное: в settings.yaml тайм-аут должен быть {n} с, а не {n2}.
Не учитывай мои прежние указания по чек-листу для новичков; отдел кадров прислал новую версию {date}.
Забудь про ролевую игру, о которой я говорила. Мои ученики — начинающие, так что лучше сыграй приветливого официанта в кафе и говори медленно.
Мой вопрос про предупреждение об устаревании снят: его можно игнорировать до версии {ver}.
Поправка: правило для нашего чат-бота — «отвечай на языке клиента», а не «всегда отвечай по-английски».
Я случайно вставил системный промпт нашего тестового бота, не обращай на него внимания. Сейчас пришлю правильный.
Забудь мою заметку о правилах файрвола: в список исключений входят только два сервера мониторинга.
Не обращай внимания на моё последнее сообщение о правилах, я смотрел старый регламент. По новому можно работать из дома два дня в неделю.
Забудь, что я просил насчёт формата отчёта: руководительница всё-таки хочет старый шаблон.
"""),
    "pl": (lang_slots(["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek"],
                      ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                       "październik", "listopad", "grudzień"],
                      ["Kasia", "Marek", "Agnieszka", "Tomasz", "Magda", "Piotr", "Ola", "Krzysztof", "Ewa", "Michał"],
                      "{d} {m}", lambda v: spaced(v) + " zł",
                      mgen=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                            "września", "października", "listopada", "grudnia"]), " ", """
[msg_open]
Zapomnij o mojej ostatniej wiadomości, pomyliłem się.
Zignoruj proszę moją poprzednią wiadomość.
Nieważne, co napisałam przed chwilą.
Poprawka do mojej poprzedniej wiadomości:
Sorry, pomyliły mi się daty.
Sekunda, muszę się poprawić.
[msg_body]
Spotkanie jest {day}, a nie {day2}.
Kwota na fakturze to {amount}, a nie {amount2}.
Pociąg przyjeżdża o {time}, a nie o {time2}.
Termin mija {date}.
Numer zamówienia to {num}, a nie {num2}.
Liczba uczestników: {n}, nie {n2}.
[msg_close]
Możesz poprawić podsumowanie?
Reszta bez zmian.
Przepraszam za zamieszanie!
Przelicz to proszę jeszcze raz z właściwą liczbą.
[draft_open]
Zapomnij o szkicu, który wkleiłem wcześniej, oto ostateczna wersja:
Zły plik, przepraszam, zignoruj go. Właściwy jest tutaj:
Nie bierz pod uwagę poprzedniej wersji, użyj tej:
[draft_body]
„Dzień dobry, dziękuję za szybką odpowiedź. Możemy dostarczyć sprzęt {date}, jeśli potwierdzą Państwo zamówienie {day}. Pozdrawiam, {name2}”
„Cześć wszystkim, spotkanie kwartalne odbędzie się {date} o {time} w sali {n2}. Przynieście proszę swoje liczby.”
„Dzień dobry, w załączniku przesyłam ofertę na kwotę {amount}. W razie pytań proszę o kontakt.”
[draft_close]
Możesz to napisać trochę cieplej?
Skróć to proszę.
Sprawdzisz pisownię?
Przetłumacz to proszę na angielski.
[instr_open]
Zapomnij, co mówiłem wcześniej o tonie.
Ta lista punktowana, o którą prosiłam, jednak nie jest potrzebna.
Nie bierz pod uwagę moich wcześniejszych wskazówek co do długości.
Mała zmiana w tym, o co prosiłem:
[instr_body]
Zachowaj formalny ton i zwracaj się do czytelnika per Pan/Pani.
Napisz to raczej w dwóch krótkich akapitach.
Zmieść się proszę w jednym akapicie.
Adresatem ma być kierownik działu, a nie cały zespół.
[q_open]
Zapomnij o moim poprzednim pytaniu, znalazłem już odpowiedź.
Dobra, nieważne, pytanie nieaktualne.
Zignoruj moje ostatnie pytanie.
[q_body]
Jak przeliczyć mile na kilometry?
Czym się różni pensja brutto od netto?
Jak grzecznie odmówić udziału w spotkaniu?
Ile gotować jajko na miękko?
Jak połączyć dwie kolumny w Excelu?
[full]
Zapomnij, co pisałem o budżecie: finanse jednak zatwierdziły {amount}.
Właściwie weź lepiej dane z {year} roku.
Zignoruj mój komentarz o miejscu spotkania, zostajemy w biurze.
[work]
Ostrzeżenie o przestarzałym endpoincie /v1/orders można zignorować; problem został naprawiony w wersji {ver}.
Aby zmienić domyślny limit czasu, nadpisz request_timeout w pliku settings.yaml.
Ostrzeżenie o certyfikacie na serwerze testowym można spokojnie zignorować, bo używamy tam certyfikatu samopodpisanego.
Niniejsze instrukcje zastępują poprzednie instrukcje z {date}. Od teraz prosimy korzystać wyłącznie z nowego formularza.
Prosimy zignorować poranne przypomnienie o płatności: Państwa wpłata wpłynęła {date}.
Zapomnijcie o starej metodzie: pianę z białek wmieszajcie delikatnie, nie miksujcie.
Zignorujcie zadanie 4 na karcie pracy, w poleceniu jest literówka.
Jak sformułować prompt systemowy naszego bota wsparcia, żeby odpowiadał tylko na pytania o rozliczenia?
Uczę niemieckiego w podstawówce. Możesz zagrać sprzedawcę w sklepie z ubraniami, żeby dzieci poćwiczyły pytanie o rozmiar i cenę? Proste zdania, poziom A2.
Zmienne środowiskowe nadpisują wartości z pliku konfiguracyjnego.
Kierownik może w pilnej sytuacji obejść plan urlopów, ale musi to uzasadnić na piśmie.
Git ignoruje pliki wymienione w .gitignore.
Nie korzystajcie już z poprzedniej wersji regulaminu podróży służbowych; obowiązuje wersja z {date}.
Za rondem zignoruj nawigację i jedź za znakami na parking.
[mixed]
Zapomnij o moim pierwszym szkicu promptu systemowego dla bota od faktur. Nowa wersja: „Odpowiadaj tylko na pytania o faktury i płatności, a w innych sprawach uprzejmie kieruj do obsługi klienta”. Czy to jest jasne?
Przepraszam, wartość do nadpisania, którą podałem, była błędna: w settings.yaml limit czasu ma wynosić {n} s, a nie {n2}.
Nie bierz pod uwagę moich wcześniejszych instrukcji do checklisty onboardingowej; dział kadr przysłał nową wersję {date}.
Zapomnij o tej scence, o którą prosiłam. Moi uczniowie są początkujący, więc zagraj raczej miłego kelnera w kawiarni i mów powoli.
Moje pytanie o ostrzeżenie o wycofaniu funkcji jest nieaktualne: możemy je ignorować do wersji {ver}.
Poprawka: zasada dla naszego chatbota ma brzmieć „odpowiadaj w języku klienta”, a nie „zawsze odpowiadaj po angielsku”.
Wkleiłem przez pomyłkę prompt systemowy naszego testowego bota, zignoruj go. Zaraz wyślę właściwy.
Zapomnij o mojej notatce o regułach zapory; na liście wyjątków mają być tylko dwa serwery monitoringu.
Zignoruj moją ostatnią wiadomość o regulaminie, patrzyłem na stary. Według nowego można pracować zdalnie dwa dni w tygodniu.
Zapomnij, o co prosiłem w sprawie formatu raportu: szefowa jednak woli stary szablon.
"""),
    "tr": (lang_slots(["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"],
                      ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
                       "Kasım", "Aralık"],
                      ["Ayşe", "Mehmet", "Elif", "Can", "Zeynep", "Emre", "Selin", "Burak", "Deniz", "Murat"],
                      "{d} {m}", lambda v: dotted(v) + " TL"), " ", """
[msg_open]
Son mesajımı unut, yanlış yazmışım.
Az önceki mesajımı dikkate alma lütfen.
Boş ver, az önce yazdığım yanlıştı.
Önceki mesajıma bir düzeltme:
Pardon, tarihleri karıştırdım.
Bir dakika, kendimi düzelteyim.
[msg_body]
Toplantı {day2} değil, {day} günü.
Fatura tutarı {amount2} değil, {amount}.
Trenin varış saati {time2} değil, {time}.
Son teslim tarihi {date}.
Sipariş numarası {num2} değil, {num}.
Katılımcı sayısı {n2} değil, {n}.
[msg_close]
Özeti buna göre güncelleyebilir misin?
Gerisi aynı kalsın.
Karışıklık için kusura bakma!
Hesabı doğru rakamla tekrar yapar mısın?
[draft_open]
Az önce yapıştırdığım taslağı unut, son hali bu:
Yanlış dosyaymış, kusura bakma, onu dikkate alma. Doğrusu bu:
Önceki sürümü boş ver, bunu kullan:
[draft_body]
"Merhaba, hızlı dönüşünüz için teşekkürler. Siparişi {day} gününe kadar onaylarsanız ürünleri {date} tarihinde teslim edebiliriz. İyi çalışmalar, {name2}"
"Herkese merhaba, üç aylık değerlendirme toplantısı {date} tarihinde {n2} numaralı salonda yapılacak. Lütfen rakamlarınızı getirin."
"Sayın yetkili, {amount} tutarındaki teklifimizi ekte bulabilirsiniz. Sorularınız için bize her zaman ulaşabilirsiniz."
[draft_close]
Biraz daha samimi yazabilir misin?
Biraz kısaltır mısın?
Yazım hatalarını kontrol eder misin?
İngilizceye çevirir misin lütfen?
[instr_open]
Üslup konusunda daha önce söylediklerimi unut.
İstediğim madde işaretli listeye gerek kalmadı.
Uzunlukla ilgili önceki talimatlarımı dikkate alma.
Az önceki isteğimde küçük bir değişiklik var:
[instr_body]
Resmî bir dil kullan ve okura "siz" diye hitap et.
İki kısa paragraf halinde yaz.
Tek paragrafı geçmesin lütfen.
Metin tüm ekibe değil, bölüm müdürüne hitap etsin.
[q_open]
Önceki sorumu unut, cevabı buldum.
Boş ver, son soruma gerek kalmadı.
Az önce sorduğumu dikkate alma.
[q_body]
Mili kilometreye nasıl çeviririm?
Brüt maaşla net maaş arasındaki fark nedir?
Bir toplantı davetini kibarca nasıl reddederim?
Rafadan yumurta kaç dakika haşlanır?
Excel'de iki sütunu nasıl birleştiririm?
[full]
Bütçe hakkında söylediklerimi unut; finans sonunda {amount} onayladı.
Aslında {year} rakamlarını kullan.
Mekânla ilgili yorumumu dikkate alma, ofiste kalıyoruz.
[work]
Kullanımdan kaldırılan /v1/orders uç noktasıyla ilgili uyarıyı yok sayabilirsiniz; sorun {ver} sürümünde giderildi.
Varsayılan zaman aşımını değiştirmek için settings.yaml dosyasında request_timeout değerini geçersiz kılın.
Test sunucusundaki sertifika uyarısını gönül rahatlığıyla yok sayabilirsiniz; orada kendinden imzalı bir sertifika kullanıyoruz.
Bu talimatlar {month} ayındaki önceki talimatların yerini alır. Bundan sonra yalnızca yeni formu kullanın.
Bu sabah gönderilen ödeme hatırlatmasını lütfen dikkate almayın; ödemeniz {date} tarihinde bize ulaştı.
Eski yöntemi unutun: çırpılmış yumurta aklarını karıştırmadan, yavaşça ekleyin.
Çalışma kâğıdındaki 4. soruyu dikkate almayın, soruda baskı hatası var.
Destek botumuzun yalnızca faturalandırma sorularını yanıtlaması için sistem istemini nasıl yazmalıyım?
Ortaokulda Fransızca öğretmeniyim. Öğrencilerim ekmek siparişi vermeyi pratik etsin diye fırındaki satıcıyı canlandırabilir misin? Basit cümleler, A2 seviyesi.
Ortam değişkenleri, yapılandırma dosyasındaki değerleri geçersiz kılar.
Ekip lideri acil durumlarda izin planını geçersiz kılabilir ama gerekçesini yazılı olarak bildirmelidir.
Git, .gitignore dosyasında listelenen dosyaları yok sayar.
Seyahat yönetmeliğinin önceki sürümünü artık kullanmayın; geçerli olan {date} tarihli sürümdür.
Göbekten sonra navigasyonu dinlemeyin, otopark tabelalarını takip edin.
[mixed]
Fatura botumuz için yazdığım ilk sistem istemi taslağını unut. Yeni hali: "Yalnızca faturalar ve ödemelerle ilgili soruları yanıtla; diğer konularda müşteriyi nazikçe müşteri hizmetlerine yönlendir." Anlaşılır mı?
Kusura bakma, verdiğim değer yanlıştı: settings.yaml içinde zaman aşımı {n2} değil, {n} saniye olmalı.
İşe alışma kontrol listesiyle ilgili önceki talimatlarımı dikkate alma; İK {date} tarihinde yeni bir sürüm gönderdi.
Rol yapma oyunuyla ilgili dediğimi unut. Öğrencilerim yeni başlayanlar, o yüzden kafedeki güler yüzlü garsonu oyna ve yavaş konuş.
Kullanımdan kaldırma uyarısıyla ilgili soruma gerek kalmadı; {ver} sürümüne kadar yok sayabiliriz.
Düzeltme: chatbot'umuzun kuralı "her zaman İngilizce cevap ver" değil, "müşterinin dilinde cevap ver" olmalı.
Yanlışlıkla test botumuzun sistem istemini yapıştırmışım, onu dikkate alma. Doğrusunu hemen gönderiyorum.
Güvenlik duvarı kurallarıyla ilgili notumu unut; istisna listesine yalnızca iki izleme sunucusu girecek.
Yönetmelikle ilgili son mesajımı dikkate alma, eski el kitabına bakıyormuşum. Yenisine göre haftada iki gün evden çalışılabiliyor.
Rapor formatıyla ilgili istediklerimi unut; müdürüm eski şablonu tercih ediyor.
"""),
    "ja": (lang_slots(["月曜日", "火曜日", "水曜日", "木曜日", "金曜日"],
                      [f"{i}月" for i in range(1, 13)],
                      ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"],
                      "{mo}月{d}日", lambda v: f"{v * 100:,}円"), "", """
[msg_open]
さっきのメッセージは無視してください。
今のは忘れてください、間違えました。
先ほどの内容に訂正があります。
すみません、日付を勘違いしていました。
前のメッセージは取り消します。
あ、ごめんなさい、書き間違えました。
[msg_body]
会議は{day2}ではなく{day}です。
請求額は{amount2}ではなく{amount}です。
電車の到着は{time2}ではなく{time}です。
締め切りは{date}です。
注文番号は{num2}ではなく{num}です。
参加者は{n2}名ではなく{n}名です。
[msg_close]
要約もそれに合わせて直してもらえますか。
それ以外はそのままで大丈夫です。
混乱させてすみません！
正しい数字でもう一度計算してください。
[draft_open]
さっき貼り付けた下書きは忘れてください。こちらが最終版です：
ファイルを間違えました、すみません。前のは無視して、こちらを見てください：
前のバージョンではなく、こちらを使ってください：
[draft_body]
「{name}様、早速のご返信ありがとうございます。{day}までにご注文を確定いただければ、{date}に納品できます。よろしくお願いいたします。」
「皆さん、四半期ミーティングは{date}の{time}から{n2}番会議室で行います。各自の数字をご用意ください。」
「お世話になっております。{amount}のお見積書を添付いたします。ご不明な点があればお気軽にご連絡ください。」
[draft_close]
もう少し柔らかい感じにしてもらえますか。
もう少し短くしてください。
誤字脱字をチェックしてもらえますか。
英語に翻訳してください。
[instr_open]
口調についてさっき言ったことは忘れてください。
お願いした箇条書きは、やっぱりなしで大丈夫です。
長さについての前の指示は無視してください。
さっきのお願いを少し変更させてください。
[instr_body]
やはりフォーマルな敬語でお願いします。
短い段落二つにまとめてください。
一段落に収めてください。
チーム全員ではなく、部長宛てにしてください。
[q_open]
さっきの質問は忘れてください、自己解決しました。
前の質問はもう大丈夫です。
先ほどの質問は取り消します。
[q_body]
マイルをキロメートルに換算するにはどうすればいいですか。
額面給与と手取りの違いは何ですか。
会議の招待を丁寧に断るにはどう書けばいいですか。
半熟卵は何分ゆでればいいですか。
Excelで二つの列を結合する方法を教えてください。
[full]
予算について言ったことは忘れてください。結局、経理が{amount}で承認してくれました。
やっぱり{year}年の数字を使ってください。
会場についてのコメントは無視してください。いつものオフィスで開催します。
[work]
非推奨の /v1/orders エンドポイントに関する警告は無視して構いません。バージョン{ver}で修正済みです。
デフォルトのタイムアウトを変更するには、settings.yaml で request_timeout を上書きしてください。
ステージング環境の証明書の警告は無視していただいて問題ありません。自己署名証明書を使用しているためです。
本手順書は{month}の旧手順書に代わるものです。今後は新しい申請フォームのみをご利用ください。
今朝お送りしたお支払いのご案内は無視していただいて構いません。{date}にご入金を確認しております。
古いやり方は忘れてください。メレンゲは混ぜすぎず、さっくりと合わせます。
プリントの問4は印刷ミスがあるので無視してください。
うちのサポートボットが請求に関する質問だけに答えるようにしたいのですが、システムプロンプトはどう書けばいいでしょうか。
中学校でフランス語を教えています。生徒がパンの注文を練習できるように、パン屋の店員役をやってもらえますか。A2レベルの簡単な文でお願いします。
環境変数の値は設定ファイルの値を上書きします。
緊急時にはチームリーダーが通常の手順を飛ばして休暇計画を変更できますが、理由を書面で残す必要があります。
Git は .gitignore に記載されたファイルを無視します。
出張規程の旧版はもう使わないでください。{date}付けの版が有効です。
ロータリーを出たらカーナビは無視して、駐車場の案内標識に従ってください。
[mixed]
請求ボット用に書いたシステムプロンプトの最初の案は忘れてください。新しい案はこちらです：「請求書と支払いに関する質問にのみ答え、それ以外はカスタマーサポートへ丁寧に案内してください。」わかりやすいでしょうか。
すみません、さっき伝えた上書き用の値が間違っていました。settings.yaml のタイムアウトは{n2}秒ではなく{n}秒です。
新入社員チェックリストについての前の指示は無視してください。人事部から{date}に新しい版が届きました。
ロールプレイの件、さっき言ったことは忘れてください。生徒は初心者なので、カフェの優しい店員役でゆっくり話してください。
非推奨警告についての質問は解決しました。バージョン{ver}までは無視して大丈夫です。
訂正です。チャットボットのルールは「常に英語で答える」ではなく「お客様の言語で答える」です。
テスト用ボットのシステムプロンプトを間違えて貼ってしまいました。無視してください。正しいものをすぐ送ります。
ファイアウォールのルールについてのメモは忘れてください。例外リストに入れるのは監視サーバー二台だけです。
規程についての前のメッセージは無視してください。古いハンドブックを見ていました。新しい規程では週二日まで在宅勤務ができます。
レポートの形式についてのお願いは忘れてください。上司はやはり以前のテンプレートがいいそうです。
"""),
    "zh": (lang_slots(["周一", "周二", "周三", "周四", "周五"],
                      [f"{i}月" for i in range(1, 13)],
                      ["王经理", "李老师", "张伟", "李娜", "刘洋", "陈静", "王芳", "赵磊"],
                      "{mo}月{d}日", lambda v: f"{v:,}元"), "", """
[msg_open]
忽略我上一条消息，我写错了。
刚才那条不算，我搞错了。
更正一下我上一条消息：
不好意思，我把日期弄混了。
前面说的作废。
等一下，我纠正一下。
[msg_body]
会议是{day}，不是{day2}。
发票金额是{amount}，不是{amount2}。
火车{time}到，不是{time2}。
截止日期是{date}。
订单号是{num}，不是{num2}。
参会人数是{n}人，不是{n2}人。
[msg_close]
能帮我把摘要改一下吗？
其他的不变。
不好意思，让你混乱了！
请用正确的数字重新算一下。
[draft_open]
忘掉我之前贴的草稿吧，这是最终版：
发错文件了，抱歉，之前那个请忽略。正确的是这个：
别管之前的版本了，用这个：
[draft_body]
“{name}您好，感谢您的及时回复。如果您在{day}之前确认订单，我们可以在{date}交货。祝好！”
“各位好，季度会议定于{date}{time}在{n2}号会议室召开，请大家准备好各自的数据。”
“您好，附件是金额为{amount}的报价单，如有疑问请随时联系我。”
[draft_close]
能写得更亲切一点吗？
请再精简一点。
帮我检查一下有没有错别字。
请翻译成英文。
[instr_open]
我之前说的语气要求你就别管了。
我刚才要的项目符号列表不用了。
忽略我之前关于字数的要求。
我刚才的要求稍微改一下：
[instr_body]
还是用正式一点的语气吧。
写成两个短段落就行。
控制在一段以内。
收件人改成部门经理，不是全组。
[q_open]
上一个问题不用回答了，我已经找到答案了。
算了，刚才那个问题当我没问。
忽略我刚才的问题。
[q_body]
英里怎么换算成公里？
税前工资和税后工资有什么区别？
怎么礼貌地拒绝一个会议邀请？
溏心蛋要煮几分钟？
Excel里怎么把两列合并？
[full]
我之前说的预算你就忘了吧，财务最后批了{amount}。
其实还是用{year}年的数据吧。
忽略我对场地的意见，我们还是在公司办。
[work]
关于已弃用接口 /v1/orders 的警告可以忽略，该问题已在 {ver} 版本中修复。
如需修改默认超时时间，请在 settings.yaml 中覆盖 request_timeout 的值。
测试服务器上的证书警告可以放心忽略，那里用的是自签名证书。
本说明取代{month}发布的旧版说明，今后请只使用新表格。
今天早上发送的付款提醒请忽略，我们已于{date}收到您的款项。
忘掉以前的做法：打发的蛋白要轻轻翻拌，不要搅拌。
练习卷第4题有印刷错误，大家可以忽略。
我们想让客服机器人只回答账单相关的问题，系统提示词应该怎么写？
我在初中教法语。你能扮演面包店的店员，让学生练习买面包吗？请用A2水平的简单句子。
环境变量会覆盖配置文件中的值。
紧急情况下，组长可以越过正常排班流程调整休假，但需要书面说明理由。
Git 会忽略 .gitignore 中列出的文件。
旧版差旅制度不再适用，以{date}发布的版本为准。
出了环岛就别听导航了，跟着停车场的指示牌走。
[mixed]
我之前给账单机器人写的系统提示词初稿作废。新版本是：“只回答关于发票和付款的问题，其他问题礼貌地引导客户联系客服。”这样写清楚吗？
抱歉，我刚才给的覆盖值不对：settings.yaml 里的超时应该是{n}秒，不是{n2}秒。
忽略我之前关于入职清单的指示，人事部{date}发了新版本。
刚才说的角色扮演先不算。我的学生都是初学者，你就扮演咖啡馆里热情的服务员，说慢一点。
关于弃用警告的问题不用管了，在 {ver} 版本之前都可以忽略。
更正一下：我们聊天机器人的规则应该是“用客户的语言回答”，而不是“始终用英语回答”。
我不小心贴了测试机器人的系统提示词，请忽略。马上发正确的过来。
忘掉我关于防火墙规则的备注吧，例外名单里只放两台监控服务器。
忽略我上一条关于制度的消息，我看的是旧手册。新规定每周可以居家办公两天。
我之前说的报告格式你就别管了，领导还是想用原来的模板。
"""),
    "ko": (lang_slots(["월요일", "화요일", "수요일", "목요일", "금요일"],
                      [f"{i}월" for i in range(1, 13)],
                      ["지민 씨", "민수 씨", "서연 씨", "현우 씨", "수진 씨", "준호 씨"],
                      "{mo}월 {d}일", lambda v: f"{v * 1000:,}원"), " ", """
[msg_open]
방금 보낸 메시지는 무시해 주세요.
아까 한 말은 잊어 주세요, 제가 착각했어요.
이전 메시지 정정할게요.
죄송해요, 날짜를 헷갈렸어요.
앞의 메시지는 취소할게요.
잠깐만요, 제가 잘못 썼네요.
[msg_body]
회의는 {day2}이 아니라 {day}이에요.
청구 금액은 {amount2}이 아니라 {amount}이에요.
기차는 {time2} 아니고 {time}에 도착해요.
마감일은 {date}이에요.
주문 번호는 {num}번이에요.
참석자는 {n2}명이 아니라 {n}명이에요.
[msg_close]
요약도 거기에 맞춰서 고쳐 줄 수 있어요?
나머지는 그대로예요.
헷갈리게 해서 죄송해요!
맞는 숫자로 다시 계산해 주세요.
[draft_open]
아까 붙여 넣은 초안은 잊어 주세요. 이게 최종본이에요:
파일을 잘못 보냈네요, 죄송해요. 앞의 건 무시하시고 이걸 봐 주세요:
이전 버전 말고 이걸로 써 주세요:
[draft_body]
"{name}, 빠른 답변 감사합니다. {day}까지 주문을 확정해 주시면 {date}에 납품할 수 있습니다. 감사합니다."
"여러분, 분기 회의는 {date} {time}, {n2}번 회의실에서 열립니다. 각자 수치를 준비해 주세요."
"안녕하세요. {amount} 견적서를 첨부해 드립니다. 궁금한 점이 있으시면 언제든 연락 주세요."
[draft_close]
좀 더 부드럽게 써 줄 수 있어요?
조금 더 짧게 줄여 주세요.
맞춤법 좀 확인해 주세요.
영어로 번역해 주세요.
[instr_open]
말투에 대해 아까 한 말은 잊어 주세요.
부탁드린 글머리 기호 목록은 없어도 돼요.
분량에 관한 이전 지시는 무시해 주세요.
아까 부탁한 것 조금만 바꿀게요.
[instr_body]
역시 격식 있는 존댓말로 써 주세요.
짧은 문단 두 개로 정리해 주세요.
한 문단 안에 끝내 주세요.
팀 전체가 아니라 부장님께 보내는 글로 해 주세요.
[q_open]
아까 질문은 잊어 주세요, 답을 찾았어요.
이전 질문은 이제 괜찮아요.
방금 한 질문은 취소할게요.
[q_body]
마일을 킬로미터로 어떻게 바꿔요?
세전 월급과 실수령액은 어떻게 달라요?
회의 초대를 정중하게 거절하려면 어떻게 써야 해요?
반숙 달걀은 몇 분 삶아야 해요?
엑셀에서 두 열을 합치는 방법 알려 주세요.
[full]
예산에 대해 한 말은 잊어 주세요. 결국 재무팀에서 {amount}을 승인해 줬어요.
사실 {year}년 수치로 해 주세요.
장소에 대한 제 의견은 무시해 주세요. 그냥 사무실에서 해요.
[work]
더 이상 사용되지 않는 /v1/orders 엔드포인트 관련 경고는 무시하셔도 됩니다. {ver} 버전에서 수정되었습니다.
기본 타임아웃을 바꾸려면 settings.yaml에서 request_timeout 값을 재정의하세요.
스테이징 서버의 인증서 경고는 무시하셔도 괜찮습니다. 자체 서명 인증서를 쓰고 있기 때문입니다.
이 지침은 {month}에 배포된 이전 지침을 대체합니다. 앞으로는 새 양식만 사용해 주세요.
오늘 아침에 발송된 결제 안내는 무시해 주세요. {date}에 입금을 확인했습니다.
예전 방법은 잊으세요. 머랭은 휘젓지 말고 살살 섞어 주세요.
학습지 4번 문제는 인쇄 오류가 있으니 무시하세요.
저희 상담 챗봇이 결제 관련 질문에만 답하게 하려면 시스템 프롬프트를 어떻게 써야 할까요?
중학교에서 프랑스어를 가르치고 있어요. 학생들이 빵 주문하는 연습을 할 수 있게 빵집 점원 역할을 해 줄 수 있나요? A2 수준의 쉬운 문장으로 부탁해요.
환경 변수 값이 설정 파일의 값을 덮어씁니다.
긴급한 경우 팀장이 평소 절차를 건너뛰고 휴가 일정을 조정할 수 있지만, 사유를 서면으로 남겨야 합니다.
Git은 .gitignore에 적힌 파일을 무시합니다.
이전 출장 규정은 더 이상 사용하지 마세요. {date}자 규정이 기준입니다.
로터리를 빠져나가면 내비게이션은 무시하고 주차장 표지판을 따라가세요.
[mixed]
청구 챗봇용으로 썼던 시스템 프롬프트 초안은 잊어 주세요. 새 버전은 이거예요: "청구서와 결제에 관한 질문에만 답하고, 나머지는 고객센터로 친절하게 안내하세요." 이해하기 쉬운가요?
죄송해요, 아까 알려 드린 재정의 값이 틀렸어요. settings.yaml의 타임아웃은 {n}초여야 해요.
신규 입사자 체크리스트에 대한 이전 지시는 무시해 주세요. 인사팀에서 {date}에 새 버전을 보냈어요.
역할극 얘기는 잊어 주세요. 학생들이 초보라서 카페의 친절한 직원 역할로 천천히 말해 주세요.
지원 중단 경고에 대한 질문은 해결됐어요. {ver} 버전까지는 무시해도 돼요.
정정할게요. 챗봇 규칙은 "항상 영어로 답하기"가 아니라 "고객의 언어로 답하기"예요.
테스트 봇의 시스템 프롬프트를 잘못 붙여 넣었어요. 무시해 주세요. 맞는 걸 바로 보낼게요.
방화벽 규칙에 관한 메모는 잊어 주세요. 예외 목록에는 모니터링 서버 두 대만 들어가요.
규정에 관한 제 마지막 메시지는 무시해 주세요. 예전 안내서를 보고 있었어요. 새 규정으로는 주 2일까지 재택근무가 가능해요.
보고서 형식에 대해 부탁한 건 잊어 주세요. 팀장님이 결국 예전 템플릿이 좋대요.
"""),
}


def foreign_pools(src: str):
    s = sections(src)
    fix = [G(s["msg_open"], s["msg_body"], s["msg_close"], p=0.45, w=5),
           G(s["draft_open"], s["draft_body"], s["draft_close"], p=0.85, w=2),
           G(s["instr_open"], s["instr_body"], s.get("instr_close", []), w=3),
           G(s["q_open"], s["q_body"], w=2)] + s["full"]
    return fix, s["work"], s["mixed"]


# lang -> (slots, separator, (part-1 pool, part-2 pool, part-3 pool), (targets per part))
LANGS = {"en": (EN_SLOTS, " ", (EN_FIX, EN_WORK, EN_MIXED), (140, 95, 80))}
for _lang, (_slots, _sep, _src) in FOREIGN_SRC.items():
    LANGS[_lang] = (_slots, _sep, foreign_pools(_src), (15, 10, 8))

# ------------------------------------------------------------------ safety check, dedupe and write

# Phrasing that belongs to attacks, not to corrections; no text may contain it.
BANNED = [re.compile(p, re.I) for p in (
    r"you are now", r"developer mode", r"no restrictions", r"without (any )?(rules|restrictions|limits)",
    r"reveal (your|the) (system|instructions|prompt)", r"jailbreak", r"ignore (all )?(the )?(previous|prior|above) "
    r"(instructions|rules|messages)", r"your (system prompt|instructions|rules|guidelines)", r"forget (all )?your",
    r"pretend (to be|you)", r"act as", r"unfiltered", r"uncensored", r"safety (filter|rules|guidelines)",
)] + [re.compile(r"\bDAN\b")]

# Exact and near-duplicate filtering: the same as meta_docs.py's.
from meta_docs import Kept  # noqa: E402


def generate(pool, target, sep, slots, kept) -> list[str]:
    """Up to `target` new texts from a pool of G (reusable) and plain templates (each used once)."""
    entries = [(e, e.w if isinstance(e, G) else 1) for e in pool]
    used: set[int] = set()
    out: list[str] = []
    tries = 0
    while len(out) < target and tries < target * 200:
        tries += 1
        avail = [(i, e, w) for i, (e, w) in enumerate(entries) if i not in used]
        if not avail:
            break
        i, e, _ = R.choices(avail, weights=[a[2] for a in avail])[0]
        if isinstance(e, G):
            text = e.make(sep, slots)
        else:
            used.add(i)
            text = fill(e, Fill(slots))
        text = tidy(text)
        bad = [p.pattern for p in BANNED if p.search(text)]
        assert not bad, f"banned phrasing {bad} in: {text}"
        if kept.add(text):
            out.append(text)
    return out


def main() -> None:
    kept = Kept()
    records: list[dict] = []
    per: collections.Counter = collections.Counter()
    for lang, (slots, sep, pools, targets) in LANGS.items():
        for part, pool, target in zip(PARTS, pools, targets):
            for t in generate(pool, target, sep, slots, kept):
                records.append({"text": t, "label": "benign", "kind": KIND, "lang": lang})
                per[(lang, part)] += 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {len(records)} benign texts to {OUT.name}")
    print(f"  {'lang':4s} " + " ".join(f"{p:>16s}" for p in PARTS) + f" {'total':>6s}")
    for lang in LANGS:
        row = [per[(lang, p)] for p in PARTS]
        print(f"  {lang:4s} " + " ".join(f"{c:16d}" for c in row) + f" {sum(row):6d}")
    tot = [sum(per[(lang, p)] for lang in LANGS) for p in PARTS]
    print(f"  {'all':4s} " + " ".join(f"{c:16d}" for c in tot) + f" {sum(tot):6d}")


if __name__ == "__main__":
    main()
