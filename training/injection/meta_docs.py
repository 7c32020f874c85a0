#!/usr/bin/env python3
"""Benign texts that talk *about* attacks on language models, written for this project (3 Dec 2026).

The 2 Dec model still flags meta-discussion: security people writing about prompt injection,
jailbreaks, system-prompt leakage, exfiltration through tool calls, red-teaming and defences
("our security training explains what prompt injection is…" scores 0.53). `hijack.py` added a
few dozen such requests; this file adds the shapes they take at work, one sentence to a
paragraph long:

- one-line statements and questions;
- security-awareness lessons, incident postmortems and tickets, design notes, code-review
  comments, Python/Swift/TypeScript code (docstrings and comments of a detector and its tests),
  test plans, security-team meeting notes, acceptable-use policy sections, vendor-assessment
  answers, conference abstracts, explanations for managers, release notes of a security tool;
- short statements, questions and paragraphs in German, French, Spanish, Italian, Dutch and
  Portuguese (about a fifth of the texts).

None of them is an instruction to a model to break its rules. Attack strings are kept out: a
few texts (at most a tenth; the script checks) quote one short attack phrase inside a clear
report ("the log shows the phrase … 40 times"), never a full jailbreak. Every sentence is this
project's own, written without looking at the evaluation data or the red-team suites; texts are
composed from the parts below with random.Random(41), so the output is deterministic. Exact
duplicates are dropped, and so are near-duplicates (a text sharing half of its word 3-grams with
one already kept).

Usage:  python3 meta_docs.py   -> writes benign_meta_docs.jsonl next to this file.
"""
from __future__ import annotations

import collections
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
R = random.Random(41)
KIND = "meta_docs"


def items(block: str) -> list[str]:
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.startswith("#")]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ------------------------------------------------------------------ slot fillers (English)

BOTS = ["the support bot", "the HR assistant", "the sales email drafter", "the internal search assistant",
        "the coding assistant", "the travel-booking agent", "the invoice assistant", "the meeting summariser",
        "the customer chat widget", "the knowledge-base assistant", "the recruiting screener", "the procurement agent",
        "the browsing agent", "the contract-review assistant", "the IT help-desk bot", "the claims-handling assistant"]
CARRIERS = ["a customer email", "a PDF attachment", "a shared spreadsheet", "a supplier's web page", "a calendar invite",
            "a support ticket", "a product review", "a wiki page", "a pull-request description", "a scanned invoice",
            "an uploaded CSV file", "a forwarded chat transcript", "a job applicant's CV", "a README in a third-party repository",
            "a meeting transcript", "a search result snippet", "a shared slide deck"]
HIDING = ["in white text on a white background", "inside an HTML comment", "in the document metadata", "in a footnote",
          "with zero-width characters", "in a collapsed section", "at the end of a long quoted thread",
          "in an image's alt text", "in a tiny font in the footer", "as base64 inside a code block",
          "in a collapsed spreadsheet column", "in a form field nobody fills in"]
CONTROLS = ["the input classifier", "the gateway's injection filter", "the output check", "the canary-token check",
            "the tool-call allow-list", "the human approval step", "the retrieval sanitiser", "the data-loss-prevention rule",
            "the anomaly alert on tool usage", "the egress proxy", "the jailbreak detector"]
OUTCOMES = ["blocked the request", "flagged the text for review", "stripped the hidden text before the model saw it",
            "stopped the outgoing email", "refused the tool call", "raised an alert in the SOC queue",
            "held the answer until an analyst approved it", "withheld the answer and logged a decision id"]
ATTACKS = ["prompt injection", "indirect prompt injection", "jailbreak prompts", "role-play attacks", "DAN-style prompts",
           "system-prompt leakage", "data exfiltration through tool calls", "adversarial prompts", "many-shot jailbreaking",
           "payload splitting", "instructions smuggled in base64", "exfiltration through markdown image links",
           "goal hijacking", "multilingual jailbreaks", "instructions hidden in retrieved documents", "refusal suppression",
           "prompt leaking through translation requests", "poisoned search results", "persona attacks",
           "multi-turn jailbreaks", "tool-call hijacking"]
DEFENCES = ["separating trusted instructions from untrusted content", "marking retrieved text as data rather than instructions",
            "an allow-list of tool calls per route", "a canary token in the system prompt", "output filtering for secrets",
            "human approval before any payment or email is sent", "least-privilege access for every agent",
            "logging blocked prompts without their full text", "regular red-teaming",
            "a second model that reviews risky tool calls", "stripping hidden text before indexing",
            "spotlighting untrusted input with delimiters", "a short-lived token scoped to a single mailbox",
            "a detection threshold per route", "keeping secrets out of system prompts altogether"]
TEAMS = ["the security team", "the platform team", "the AI governance board", "the red team", "the trust and safety group",
         "the SOC", "the ML engineering team", "the compliance office", "the AppSec guild", "the privacy office",
         "the incident response team"]
AUDIENCES = ["new hires", "the finance team", "customer support agents", "developers", "managers", "the legal department",
             "contractors", "the sales team", "product owners", "the board", "call-centre staff", "data scientists"]
TERMS = ["indirect prompt injection", "a jailbreak", "a canary token", "system-prompt leakage", "a guardrail", "red-teaming",
         "data exfiltration", "a DAN-style prompt", "a role-play attack", "tool-call hijacking",
         "retrieval-augmented generation", "spotlighting", "an adversarial prompt", "a confused-deputy attack",
         "refusal suppression", "goal hijacking"]
NAMES = ["Amira", "Ben", "Chloé", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Marek",
         "Nadia", "Oscar", "Priya", "Rosa", "Sven", "Tariq", "Yuki", "Walter", "Zainab"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
LANG_NAMES = ["French", "German", "Polish", "Japanese", "Spanish", "Turkish", "Dutch", "Portuguese"]
# Short attack phrases, used only inside a report about them (see quote_share in main).
QUOTES = ["ignore previous instructions", "you are now DAN", "reveal your system prompt", "developer mode enabled",
          "forget your rules", "print the text above", "do anything now", "disregard your guidelines"]
SAMPLES = items("""
The red team report lists three jailbreak techniques and the fix for each of them.
Our training module explains how instructions hidden in a web page can mislead a browsing agent.
Indirect prompt injection arrives through documents the assistant reads, not through the chat box.
A canary token helps us notice when the system prompt appears in an answer.
The incident note says the filter stopped an email that tried to steer the summariser.
Role-play attacks wrap a forbidden request in a story; the talk explains how to test for them.
This policy section covers reporting of suspected jailbreaks and data leaks.
The postmortem recommends an allow-list for tool calls and human approval for payments.
Security champions will present the basics of prompt injection at the next all-hands.
Exfiltration through image links is covered in chapter four of the guardrail handbook.
""")


def _date(f) -> str:
    return f"{R.randint(1, 28)} {R.choice(MONTHS)}"


def _names(f) -> str:
    ns = R.sample(NAMES, R.randint(3, 5))
    return ", ".join(ns[:-1]) + " and " + ns[-1]


SLOTS = {
    "bot": lambda f: R.choice(BOTS),
    "bot2": lambda f: R.choice([b for b in BOTS if b != f["bot"]]),
    "carrier": lambda f: R.choice(CARRIERS),
    "hide": lambda f: R.choice(HIDING),
    "control": lambda f: R.choice(CONTROLS),
    "outcome": lambda f: R.choice(OUTCOMES),
    "attack": lambda f: R.choice(ATTACKS),
    "attack2": lambda f: R.choice([a for a in ATTACKS if a != f["attack"]]),
    "defence": lambda f: R.choice(DEFENCES),
    "defence2": lambda f: R.choice([d for d in DEFENCES if d != f["defence"]]),
    "team": lambda f: R.choice(TEAMS),
    "audience": lambda f: R.choice(AUDIENCES),
    "term": lambda f: R.choice(TERMS),
    "name": lambda f: R.choice(NAMES),
    "name2": lambda f: R.choice([n for n in NAMES if n != f["name"]]),
    "names": _names,
    "day": lambda f: R.choice(DAYS),
    "day2": lambda f: R.choice([d for d in DAYS if d != f["day"]]),
    "date": _date,
    "month": lambda f: R.choice(MONTHS),
    "langname": lambda f: R.choice(LANG_NAMES),
    "time": lambda f: f"{R.randint(7, 22):02d}:{R.choice(['05', '12', '20', '34', '41', '48', '55'])}",
    "n": lambda f: str(R.randint(3, 60)),
    "n2": lambda f: str(R.randint(2, 25)),
    "big": lambda f: f"{R.randint(120, 9400):,}",
    "num": lambda f: str(R.randint(1000, 9999)),
    "num2": lambda f: str(R.randint(1000, 9999)),
    "pct": lambda f: R.choice(["0.4", "0.8", "1.2", "1.5", "2.3", "3.1", "4.6"]),
    "t": lambda f: R.choice(["0.5", "0.55", "0.6", "0.65", "0.7", "0.75", "0.8"]),
    "t2": lambda f: R.choice(["0.4", "0.45", "0.5", "0.85", "0.9"]),
    "ms": lambda f: R.choice(["5", "8", "10", "15", "20", "25"]),
    "ver": lambda f: f"{R.randint(1, 4)}.{R.randint(0, 12)}.{R.randint(0, 9)}",
    "quote": lambda f: R.choice(QUOTES),
    "sample": lambda f: R.choice(SAMPLES),
    "sev": lambda f: R.choice(["low", "medium", "high", "P3", "P2"]),
    "status": lambda f: R.choice(["open", "in progress", "resolved", "closed, fix deployed", "waiting for vendor"]),
    "freq": lambda f: R.choice(["once a quarter", "twice a year", "once a year", "after every model change"]),
}


class Fill(dict):
    """One text's slot values: each slot is drawn once, so a paragraph names the same bot throughout;
    "{Team}" is "{team}" with a capital letter."""

    def __init__(self, slots=None):
        super().__init__()
        self.slots = slots or SLOTS

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


def one(pool: list[str], slots=None) -> str:
    return fill(R.choice(pool), Fill(slots))


def pick(pool: list[str], k: tuple[int, int]) -> list[str]:
    """k[0] to k[1] distinct items of the pool, in the pool's order."""
    idx = sorted(R.sample(range(len(pool)), min(len(pool), R.randint(*k))))
    return [pool[i] for i in idx]


def para(opens, bodies, k=(2, 4), closes=None, p_close=0.6, sep=" ", slots=None) -> str:
    f = Fill(slots)
    parts = [R.choice(opens)] + pick(bodies, k)
    if closes and R.random() < p_close:
        parts.append(R.choice(closes))
    return sep.join(fill(p, f) for p in parts)


# ------------------------------------------------------------------ English: one-line statements and questions

STATEMENTS = items("""
Our awareness course now has a module on {attack} and another on {defence}.
{Team} ran a red-team exercise against {bot} on {day} and filed {n} findings, most of them about {attack}.
Last quarter {control} fired {big} times, and nearly all of that was our own test traffic.
The blog post argues that {defence} matters more than any list of banned phrases.
In our threat model for {bot}, the top risk this quarter is {attack}.
We added {defence} after the last security review of {bot}.
In the workshop, {audience} learn to recognise {attack} in {carrier}.
Researchers describe indirect prompt injection as a confused-deputy problem, because the model cannot tell whose instructions it is reading.
Indirect injection means the hostile text arrives through {carrier}, not from the person typing in the chat.
A good guardrail treats anything retrieved from the web or a mailbox as data, never as a source of instructions.
The vendor says its model resists {attack}, but the evaluation report does not explain how that was measured.
This slide deck explains {attack} to {audience} without showing any working attack text.
The postmortem for {bot} is in the wiki; the short version is that {control} worked as designed.
Red-teaming showed that {bot} could be talked into revealing parts of its system prompt, so we moved every secret out of it.
The glossary now defines {term} and links to our guidance on {defence}.
Most of the {big} flagged requests last month came from security staff testing the filter, not from real attackers.
Keyword filters catch clumsy jailbreaks, but catching {attack} usually takes a trained classifier.
Our guideline asks {audience} to report any answer that seems to follow instructions taken from {carrier}.
{Name} is writing an internal explainer on {attack} for {audience}.
The threat model lists {attack} and {attack2} as separate risks with separate owners.
The compliance office wants evidence that {bot} is tested against {attack} before every release.
We rely on {defence} so that a leaked system prompt would be embarrassing but not dangerous.
The gateway records a decision id for every blocked prompt, so analysts can investigate without storing the prompt itself.
We treat a jailbreak of {bot} as a security incident only when it leads to data exposure or an unwanted action.
The paper compares five defences against {attack} and concludes that none of them is enough on its own.
{Team} keeps a private set of adversarial test cases and runs it after every model upgrade.
The awareness poster reminds staff that an AI assistant can be misled by text hidden {hide}.
The security review noted that {bot} had write access to the CRM although it only needs to read it.
The design note recommends {defence} for every agent that can send email or move money.
Our incident runbook has a separate section on suspected system-prompt leakage.
A classifier that flags every mention of a jailbreak is useless for the security team's own documents.
Exfiltration through tool calls is the scenario our auditors ask about most often.
The tabletop exercise on {day} walked through a case of {attack} against {bot}.
Role-play attacks wrap a forbidden request in a story, which is why {team} tests them separately.
The model card lists known weaknesses, including susceptibility to {attack}.
None of the {n} red-team findings involved customer data, although several involved {attack}.
Testing jailbreaks on production assistants is only allowed inside the approved red-team programme.
Security champions in each department explain {attack} and {defence} to their colleagues.
The podcast episode on {attack} is a gentle introduction for {audience}.
Retrieval-augmented generation widens the attack surface, because every indexed document can carry hidden instructions.
The weekly report counts how often the phrase "{quote}" shows up in blocked traffic; this week it was {n} times.
Sorry, my earlier message about {attack} was confusing: I meant the training slides, not a real incident.
The quarterly risk review moved {attack} from "possible" to "likely" for agents with tool access.
{Name} presented the results of the jailbreak study to {team}, with every example paraphrased.
A single canary token would have told us weeks earlier that the old system prompt of {bot} had leaked.
Our pentest contract now explicitly covers {attack} and {attack2}.
Blocking the attack is only half the job; the other half is making sure harmless security writing still gets through.
The filter's false positives are mostly training material and incident notes written by our own security staff.
""")

QUESTIONS = items("""
What is the difference between {attack} and {attack2}?
How does {defence} reduce the risk of {attack}?
Which fields should we log when {control} blocks a request?
Does our AI acceptable-use policy say anything about {attack}?
Does {defence} also help against {attack}?
How would you explain {term} to {audience}?
Who owns the follow-up when {bot} summarises {carrier} that contains hidden instructions?
Can a canary token prove that the system prompt leaked, or only that part of its text was copied?
What metrics should the red team report after testing {bot}?
Why do keyword filters miss {attack} more often than a trained classifier does?
Should the detector scan retrieved documents, tool results, or both?
How many false positives a day are acceptable for {control}?
What is a DAN-style prompt, and why did that name become so well known?
How do attackers hide instructions {hide}, and how do we find them?
Which of our assistants can call tools that send data outside the company?
What should {audience} do if an answer looks as if it followed instructions from {carrier}?
Is there a public benchmark for measuring resistance to {attack}?
How often should we repeat the red-team exercise for {bot}?
How do you evaluate a guardrail without tuning it on its own test set?
Why does a system prompt count as confidential even if it contains no secrets?
Can {defence} be added without slowing {bot} down?
Where should {control} sit in the pipeline: before retrieval, after it, or on the final answer?
How do we tell a real jailbreak attempt from a security researcher writing about one?
What did the last postmortem recommend about {attack}?
Do we need separate thresholds for long documents and short chat messages?
Which regulations expect us to document our defences against {attack}?
Has anyone measured how often {bot} is targeted by {attack}?
Why is exfiltration through markdown images treated as an injection problem?
What does least privilege mean for an AI agent that can call tools?
Why is "{quote}" still the most common phrase in the blocked requests we see?
Could {team} give a short talk on {attack} at the next engineering all-hands?
What is the best way to teach {audience} about {term} without scaring them?
Should red-team findings about {bot} be shared with the vendor, and in how much detail?
Is {defence} something we build ourselves, or does the gateway already do it?
Why did {control} block my notes from the security workshop?
What would an attacker actually gain from leaking the system prompt of {bot}?
""")


def statement() -> str:
    return one(STATEMENTS)


def question() -> str:
    return one(QUESTIONS)


# ------------------------------------------------------------------ English: paragraphs

TRAIN_OPEN = items("""
Security awareness, lesson {n2}: working safely with AI assistants.
This lesson is for {audience} who use AI assistants in their daily work.
Welcome to part two of our course on AI security.
Training note for {audience}: what prompt injection means for you.
Quick reference card: AI assistants and untrusted content.
Onboarding module "AI at work", chapter {n2}.
Before you start using {bot}, please read this short guide.
""")
TRAIN_BODY = items("""
Prompt injection happens when text the assistant reads, such as {carrier}, contains instructions that try to change what the assistant does.
When the instructions come from a document rather than from the user, we speak of indirect injection: the attacker never talks to the assistant at all.
Instructions meant for the assistant may be hidden {hide}, so you will often not see them yourself.
A jailbreak is a different kind of attack: the user tries to talk the model out of its safety rules, often through role-play or an invented persona.
You do not need to recognise every technique; what matters is noticing when an answer does something you did not ask for.
If the assistant suddenly suggests sending data somewhere, opening a link or changing a setting, stop and report it.
Never paste passwords, API keys or customer records into a chat to help the assistant along.
Our gateway checks requests and answers, but no filter catches everything.
Report anything unusual through the security portal, and attach a screenshot rather than the original file.
Treat the system prompt of an assistant like any other internal configuration document.
Assistants that can call tools, for example to book travel or send email, need extra care, because an injected instruction can turn into an action.
Canary tokens and output checks help the security team notice leaks, but they depend on people reporting what they see.
Attackers count on the assistant trusting everything it reads; we count on you noticing when that trust is misplaced.
Documents from outside the company are not dangerous in themselves, but they are not instructions either.
The quiz at the end of this lesson shows {n2} short scenarios and asks whether each one is harmless or suspicious.
""")
TRAIN_CLOSE = items("""
Questions about this lesson go to {team}.
Thank you for helping to keep our AI tools safe.
Next lesson: handling confidential data in prompts.
The lesson takes about {n} minutes, including the quiz.
""")

INC_OPEN = items("""
Postmortem, {date}: on {day} at {time}, {bot} summarised {carrier} that contained hidden instructions.
Incident INC-{num}: {bot} processed {carrier} with text hidden {hide}.
Summary of the {day} incident: a user reported that {bot} gave an odd answer after reading {carrier}.
Timeline for INC-{num}: at {time}, an analyst noticed an unusual answer from {bot}.
On {day} the red team found that {bot} treated hidden text in {carrier} as part of its task.
Incident review, {date}: {bot} tried to call a tool that nobody had asked for.
""")
INC_BODY = items("""
Text hidden in the document asked the assistant to forward the conversation to an outside address.
A second hidden passage asked about the assistant's system prompt, which the assistant did not reveal.
The log shows the phrase "{quote}" {n} times in the same file.
{Control} {outcome}, and no data left the company.
The on-call engineer confirmed within {n} minutes that the assistant had not executed any tool call.
Detection worked, but the alert reached the SOC only after {n2} minutes because of a queue backlog.
Root cause: the retrieval step passed raw HTML to the model, comments included.
Contributing factor: the assistant could send email without a human confirming it.
Also contributing: the document came from a trusted supplier, so nobody expected it to carry an injection attempt.
We found the same hidden text in {n2} other files from the same source and quarantined them.
The affected customer was informed on {day2}; no personal data was involved.
We rated the incident low severity because the attempt failed, but the pattern will probably come back.
No retraining was needed; the fix was a change in the retrieval pipeline.
Action items: strip hidden text before indexing, add {defence}, and review the tool permissions of {bot}.
Action item for {team}: add a paraphrased version of this case to the regression suite.
Lesson learned: the earlier we mark content as untrusted, the less the model has to decide on its own.
{Name} from {team} led the investigation and wrote this summary.
""")
INC_CLOSE = items("""
Status: resolved.
Follow-up review scheduled for {day2}.
Owner of the action items: {name}.
""")

# Two kinds of ticket: a finding (something reached the model) and a false positive (harmless
# security writing that the filter blocked).
TICKETS = {
    "finding": (items("""
{Bot} repeated part of its system prompt when a user asked in {langname}
Possible indirect injection via {carrier}
Red-team finding: role-play attack against {bot}
Canary token seen in an answer from {bot}
Tool call to an unknown domain attempted by {bot}
{Bot} followed a formatting instruction found in {carrier}
"""), items("""
Reported by {name} from {team}.
The text was hidden {hide}.
Reproduced twice in staging with a paraphrased test document.
The original file is attached to the case in the evidence store, not to this ticket.
No data left the company, and no tool call was executed.
The assistant's answer was withheld by the output check, as expected.
Likely the same pattern as INC-{num2}.
Proposed fix: {defence}.
""")),
    "false_positive": (items("""
False positive: {control} blocked a security training document
False positive: incident notes about a jailbreak were blocked
False positive: a design review on {attack} could not be summarised
False positive: the vendor questionnaire on AI security was flagged
"""), items("""
Reported by {name} from {team}.
The text only describes attacks; it does not contain any.
Score was {t}; the route's threshold is 0.5.
The same document passed with last month's model.
Suggest adding benign security documents like this one to the training data.
Needs a decision from {team} on whether to raise the threshold for this route.
Workaround until then: the author pastes the text as an attachment, which goes through manual review.
""")),
}

DESIGN_OPEN = items("""
Design note: guardrails for {bot}.
Architecture decision record {n2}: where the injection filter sits.
RFC: treating retrieved content as untrusted input.
Proposal: a second line of defence for agents that use tools.
Design review notes for the new retrieval pipeline of {bot}.
Threat model summary for {bot}, version {n2}.
""")
DESIGN_BODY = items("""
Every request passes through the gateway, which scores the prompt for injection and jailbreak attempts before it reaches the model.
Retrieved passages are wrapped in delimiters and labelled as quoted data, so the model can tell them apart from the operator's instructions.
The system prompt contains no credentials; anything secret is fetched by the tool layer after the model has decided what to do.
We place a canary token in the system prompt and check every answer for it.
The output check looks for secrets, internal host names and the canary before an answer leaves the gateway.
A blocked request gets a short message and a decision id; the prompt text itself is not logged.
We considered fine-tuning the model to ignore injected instructions, but a separate classifier is easier to test and to update.
The main risk we accept is that new phrasings will get past the classifier; the tool allow-list limits what such a miss can do.
Thresholds are set per route: chat traffic uses {t}, document ingestion uses {t2}.
Alternatives considered: a keyword list (too brittle), a second model as judge on every request (too slow), and no filter at all (rejected by {team}).
Open question: how to score long documents in which one paragraph looks suspicious and the rest is harmless.
The agent receives a short-lived token scoped to the one mailbox it needs.
All decisions are emitted as events, so {team} can build dashboards without reading prompts.
The main threats in scope are {attack}, {attack2} and plain misuse by authorised users.
Any tool call that sends data outside the company needs a human to confirm it.
Out of scope: attacks on the model provider's own infrastructure.
""")
DESIGN_CLOSE = items("""
Decision: accepted by {team} on {date}.
Status: draft, comments welcome until {day}.
Reviewers: {names}.
""")

REVIEW_OPEN = ["nit:", "Suggestion:", "Blocking:", "Question:", "Looks good overall.", "Thanks for adding the tests.",
               "Mostly fine, two remarks.", "LGTM once CI passes.", "Re: the detector change."]
REVIEW_BODY = items("""
This check runs before we strip zero-width characters, so hidden instructions written with them would slip through. Can we normalise first?
I'd rename `is_attack` to `looks_like_injection`; the function only estimates a probability.
Please don't log the full prompt here; the decision id is enough for debugging.
The threshold is hard-coded as {t}; it should come from the policy file like the others.
Can we add a test with a harmless paragraph that talks about jailbreaks? That is the false positive the support team keeps reporting.
The retrieval sanitiser drops HTML comments but keeps alt attributes, which is exactly where the last injection attempt was hidden.
A regex for "{quote}" only catches the laziest attempts; I'd rely on the classifier and keep the regex as a metric.
We should fail closed here: if the detector times out, the tool call must not run.
Nice catch on the canary check. Could it also cover answers that are split across streaming chunks?
The fixtures describe attacks in prose instead of containing working payloads, which keeps the repository safe to share.
Minor: the docstring says the score is calibrated, but this code path returns the raw logit.
I'm not sure the allow-list belongs in the prompt. The tool layer should enforce it, whatever the model says.
This changes how long documents are scored; please add a line to the changelog.
Do we want to run the detector on tool results too? Indirect injection usually comes back that way.
The new test names should say what they check, for example `security_notes_about_jailbreaks_pass`.
Could you move the list of attack families into the docs? It reads like a threat model, not like code.
Why is the score for retrieved text compared with the chat threshold? They were meant to differ.
""")

PY_NAMES = ["looks_like_injection", "should_block", "is_untrusted_instruction", "score_prompt", "check_retrieved_text",
            "flag_jailbreak", "guard_document", "scan_tool_result"]
PY_CLASSES = ["InjectionGuard", "RetrievalSanitiser", "PromptScreen", "ToolCallGuard", "CanaryWatcher", "OutputCheck"]
SW_NAMES = ["looksLikeInjection", "shouldBlock", "scanRetrieved", "scoreToolResult", "guardPrompt", "checkAnswer"]
SW_TYPES = ["InjectionGuard", "PromptScreen", "RouteGuard", "CanaryCheck", "ToolCallPolicy", "RetrievalFilter"]
TS_NAMES = ["looksLikeInjection", "shouldBlock", "scanRetrievedDoc", "guardToolCall", "screenPrompt", "checkAnswer"]
TEST_NAMES = ["security_notes_pass", "postmortem_text_is_benign", "training_material_is_not_flagged",
              "talk_about_jailbreaks_passes", "design_docs_score_low", "policy_text_is_benign", "incident_summary_passes"]
DOC_SUMMARIES = items("""
Score a prompt for signs of injection or jailbreak attempts.
Return True when the text looks like an attempt to override the operator's instructions.
Estimate how likely it is that retrieved content carries instructions aimed at the model.
Decide whether a tool result may be shown to the model as it is.
Check an answer for the canary token and for secrets before it leaves the gateway.
""")
DOCS = items("""
The score is a calibrated probability between 0 and 1.
Text is folded first: invisible characters are dropped and look-alike letters are mapped to plain ones.
Long documents are read in overlapping windows, so a buried instruction still counts.
Talk about attacks, such as training material or incident notes, should score low.
Only the decision and the score are logged, never the text itself.
Callers must treat a timeout as a block.
See the design note on guardrails for why this runs before retrieved text reaches the model.
The threshold comes from the route's policy, because chat and document ingestion differ.
The canary string from the system prompt appearing in an answer means the prompt leaked.
Tool calls outside the allow-list are refused regardless of what the model asked for.
This is one layer of defence, not a guarantee.
Hidden HTML, comments and zero-width characters are removed before scoring.
""")
CMTS = items("""
normalise before scoring, otherwise zero-width characters hide words from the model
fail closed: an error here must block the tool call
the detector only sees the user turn; retrieved text is checked separately
keep this cheap, it runs on every request
do not log the prompt, only the decision id
security docs that merely describe jailbreaks used to trip this check (SEC-{num})
strip HTML comments and hidden spans before scoring
canary check: the token must never appear in an answer
threshold tuned on held-out data, not on the test suite
indirect injection usually arrives through tool results, so score those too
TODO: per-language thresholds once we have enough non-English data
benign meta-text about attacks must pass; see the regression tests
the attack fixtures live in the private suite, never inline in this file
""")

PY_CODE = ['''def {pyname}(text: str, threshold: float = {t}) -> bool:
    """{doc1}

    {doc2} {doc3}
    """
    # {cmt}
    score = detector.score(normalise(text))
    return score >= threshold''',
           '''class {pyclass}:
    """{doc1} {doc2}"""

    def __init__(self, model, threshold: float = {t}):
        self.model = model
        self.threshold = threshold

    def check(self, doc: str) -> Decision:
        # {cmt}
        cleaned = strip_hidden_text(doc)
        return Decision(blocked=self.model.score(cleaned) >= self.threshold)''',
           '''def test_{testname}():
    # {tcmt}
    text = "{sample}"
    assert detector.score(text) < {t}


def test_attack_fixture_is_flagged():
    # {fcmt}
    assert detector.score(load_fixture("override")) >= {t}''',
           '''# {cmt}
# {cmt2}
async def {pyname}(result: ToolResult) -> ToolResult:
    """{doc1} {doc2}"""
    verdict = await guard.score(result.text)
    if verdict.score >= {t}:
        audit.log(decision_id=verdict.id, rule="injection")
        return result.redacted()
    return result''']
SW_CODE = ['''/// {doc1}
/// {doc2}
func {swname}(_ text: String, threshold: Double = {t}) -> Bool {
    // {cmt}
    let cleaned = Normaliser.fold(text)
    return detector.score(cleaned) >= threshold
}''',
           '''struct {swtype} {
    /// {doc1}
    let threshold: Double
    /// {doc2} {doc3}
    func decide(_ request: GatewayRequest) -> Decision {
        // {cmt}
        let score = detector.score(request.text)
        return score >= threshold ? .block(score) : .allow
    }
}''',
           '''@Test func {swtestname}() {
    // {tcmt}
    let text = "{sample}"
    #expect(detector.score(text) < {t})
}''']
TS_CODE = ['''/**
 * {doc1}
 * {doc2}
 */
export function {tsname}(doc: RetrievedDoc, threshold = {t}): boolean {
  // {cmt}
  const body = stripHidden(doc.body);
  return classifier.score(body) >= threshold;
}''',
           '''// {cmt}
// {cmt2}
export async function {tsname}(call: ToolCall): Promise<Verdict> {
  if (!ALLOWED_TOOLS.has(call.name)) {
    return { allow: false, reason: "tool not on the allow-list" };
  }
  const score = await detector.score(call.arguments);
  return { allow: score < {t}, reason: "injection score" };
}''',
           '''it("{tsdesc}", () => {
  // {tcmt}
  expect(detector.score("{sample}")).toBeLessThan({t});
});''']
TEST_CMTS = items("""
benign meta-text about attacks must pass; this used to score just over the threshold
written for this suite: a sentence that describes an attack without performing one
regression for SEC-{num}, a training slide the filter blocked
the security team's own documents are the hardest benign case
talk about jailbreaks is not a jailbreak
keep the sample in prose; real payloads live in the private fixture set
""")
FIXTURE_CMTS = items("""
the attack text itself lives in the private fixture set, not in this file
fixtures are loaded by name so that the repository holds no working payloads
the fixture is an override attempt written by the red team
""")
TS_DESCS = ["lets security training text through", "does not flag incident notes", "passes design documents about guardrails",
            "treats talk about jailbreaks as benign", "keeps policy text about red-teaming unflagged"]


CODE_SLOTS = dict(SLOTS)
CODE_SLOTS.update({
    "pyname": lambda f: R.choice(PY_NAMES),
    "pyclass": lambda f: R.choice(PY_CLASSES),
    "swname": lambda f: R.choice(SW_NAMES),
    "swtype": lambda f: R.choice(SW_TYPES),
    "tsname": lambda f: R.choice(TS_NAMES),
    "testname": lambda f: R.choice(TEST_NAMES),
    "swtestname": lambda f: re.sub(r"_(\w)", lambda m: m.group(1).upper(), R.choice(TEST_NAMES)),
    "tsdesc": lambda f: R.choice(TS_DESCS),
    "doc1": lambda f: R.choice(DOC_SUMMARIES),
    "doc2": lambda f: R.choice(DOCS),
    "doc3": lambda f: R.choice([d for d in DOCS if d != f["doc2"]]),
    "cmt": lambda f: fill(R.choice(CMTS), f),
    "cmt2": lambda f: fill(R.choice([c for c in CMTS if c != f["cmt"]]), f),
    "tcmt": lambda f: fill(R.choice(TEST_CMTS), f),
    "fcmt": lambda f: R.choice(FIXTURE_CMTS),
})


def code() -> str:
    pool = R.choice([PY_CODE, PY_CODE, SW_CODE, TS_CODE])
    return fill(R.choice(pool), Fill(CODE_SLOTS))


TEST_COMPONENTS = ["the injection filter for {bot}", "guardrail release {ver}", "the gateway's {month} update",
                   "the new detection model for {bot}",
                   "the retrieval sanitiser", "the output secret scanner", "the jailbreak detector on the chat route"]
TEST_GOALS = items("""
Show that the filter catches injection attempts without blocking ordinary security writing.
Confirm that a successful injection cannot trigger an outbound action.
Measure false positives on documents written by the security team.
Check that the new thresholds behave the same in every supported language.
""")
TEST_CASES = items("""
A harmless security-training paragraph about jailbreaks passes without a block.
An email whose hidden footer addresses the assistant is flagged before it is summarised.
A role-play request from the red team's private fixture set is flagged as a jailbreak.
A tool call to a domain that is not on the allow-list is refused, whatever the model says.
An answer containing the canary token is withheld and raises an alert.
Incident notes that quote a short attack phrase inside a report are not blocked.
The same checks hold for German, French and Spanish input.
A thirty-page PDF with one suspicious paragraph is flagged on that paragraph, not for the whole file.
Latency overhead at p95 stays under {ms} ms.
Source files that implement the detector, comments included, pass.
Blocked requests are logged with decision id and score only.
A timeout of the scoring service leads to a block, not a pass.
Meeting notes of the security team that mention DAN-style prompts pass.
""")
TEST_EXIT = items("""
Exit criteria: no false positives on the benign set and no misses on the fixture set.
Exit criteria: false-positive rate under {pct} % on security documentation.
Exit criteria: all cases green in CI on two consecutive runs.
Owner: {name}; due {day}.
""")


def test_plan() -> str:
    f = Fill()
    cases = R.sample(TEST_CASES, R.randint(3, 5))
    lines = [f"Test plan: {fill(R.choice(TEST_COMPONENTS), f)}", "Goal: " + fill(R.choice(TEST_GOALS), f), "Cases:"]
    lines += [f"{k}. {fill(c, f)}" for k, c in enumerate(cases, 1)]
    lines.append(fill(R.choice(TEST_EXIT), f))
    return "\n".join(lines)


MEET_HEAD = ["Security team sync, {date}", "AI governance board, minutes of {date}", "Red team weekly, {day}",
             "Guardrails working group, {date}"]
MEET_ITEMS = items("""
Red-team results for {bot}: {n} findings, two of them about {attack}.
False positives: the detector still flags some training slides that describe jailbreaks. {Name2} will collect examples.
Agreed to move the canary check from a nightly job to every answer.
Discussed whether to scan tool results; consensus is yes, starting with web search.
Compliance wants a one-page summary of our defences against prompt injection before the audit.
No real incidents this week; {big} blocked requests, all traced to internal testing.
The vendor assessment for the new transcription service still lacks answers on data retention.
Decided not to publish our internal jailbreak test cases; the report will describe them in general terms.
Next tabletop exercise: an agent reads a poisoned supplier page and tries to email an invoice.
Threshold for document ingestion stays at {t}; to be revisited after a month of data.
The awareness course on {attack} had {n} participants; feedback was good but the quiz is too long.
{Bot} gets write access to the ticket system only after the tool allow-list is in place.
Open point: who reviews red-team reports before they go to the model vendor?
Short demo by {name2} of how hidden text in {carrier} is stripped before indexing.
""")
MEET_ACTIONS = items("""
{Name} to draft the audit summary by {day2}.
{Name} to file a ticket for scanning tool results.
{Name} to update the awareness course with the new examples.
{Name} to ask the vendor how they test for {attack}.
{Name} to collect ten benign security documents that the filter flags today.
""")


def meeting() -> str:
    f = Fill()
    lines = [fill(R.choice(MEET_HEAD), f), "Present: " + fill("{names}", f)]
    lines += ["- " + fill(it, f) for it in R.sample(MEET_ITEMS, R.randint(3, 5))]
    lines.append("Actions: " + fill(R.choice(MEET_ACTIONS), f))
    return "\n".join(lines)


POLICY = {
    "Untrusted content": items("""
Content from outside the company, such as emails, web pages and supplier documents, is treated as untrusted input to AI systems.
AI systems must not act on instructions found in untrusted content; such content is summarised, translated or searched, never obeyed.
Retrieved documents are passed to models only after hidden text and markup have been removed.
System owners document which sources each assistant may read.
Employees who notice an assistant following instructions from a document report it as a suspected prompt injection.
"""),
    "Testing and red-teaming": items("""
Employees must not try to bypass the safety controls of company AI systems outside an approved red-team engagement.
Red-team exercises are scheduled with the system owner, use test accounts, and are recorded in the security register.
Red-team findings are shared on a need-to-know basis and described without reproducible attack text.
Security staff may write about attacks, collect anonymised examples and run approved tests; this is not a breach of this policy.
Jailbreak and injection test cases are stored in the security team's private repository, not in product code.
"""),
    "Reporting": items("""
Suspected prompt injection, jailbreaks or system-prompt leakage must be reported to {team} within one working day.
Reports should describe what happened and when; the original file is handed over only on request.
Nobody is blamed for reporting an incident they caused by accident.
The security team acknowledges every report within {n2} working hours.
Confirmed incidents involving personal data are also reported to the privacy office.
"""),
    "Confidential information": items("""
System prompts and assistant configuration are classified as internal information.
Personal data must not be entered into AI systems that are not approved for it.
Credentials and API keys never belong in a system prompt or in a chat with an assistant.
Logs of blocked requests are kept for ninety days and contain no prompt text.
Answers that contain confidential data are withheld by the gateway and reviewed by {team}.
"""),
    "Agents and tool use": items("""
AI agents may only use tools on the approved list.
Any action that sends data outside the company requires a person to confirm it.
Each agent runs with the least access it needs, and its credentials expire within a day.
Owners of AI agents review their guardrails {freq}.
A new tool may be added to an agent only after a security review that covers data exfiltration through that tool.
"""),
}
POLICY_END = items("""
This section applies to employees, contractors and temporary staff.
Breaches of this policy may lead to disciplinary measures in line with the code of conduct.
Questions about this section go to {team}.
""")


def policy() -> str:
    f = Fill()
    title = R.choice(sorted(POLICY))
    head = f"AI acceptable-use policy, section {R.randint(2, 9)}.{R.randint(1, 6)}: {title}"
    sents = pick(POLICY[title], (2, 4)) + ([R.choice(POLICY_END)] if R.random() < 0.5 else [])
    return head + "\n" + " ".join(fill(s, f) for s in sents)


VENDOR_QA = [
    ("Does the product protect against prompt injection?",
     ["Yes. Prompts and retrieved documents pass through a classifier that scores them for injection and jailbreak attempts; requests above the configured threshold are blocked and logged.",
      "Partly. We filter user prompts and retrieved text, and limit what a successful injection can do through tool allow-lists. We do not claim complete protection."]),
    ("How do you test the robustness of your guardrails?",
     ["Our internal red team runs adversarial test suites before every release, and an external firm reviews them once a year. Summaries are available under NDA.",
      "Every release is tested against a private set of attack descriptions maintained by our security team, and results are tracked over time."]),
    ("Is customer data used to train the detection models?",
     ["No. The detection models are trained on text we write ourselves and on licensed corpora; customer prompts are neither stored nor used for training."]),
    ("How do you detect leakage of system prompts?",
     ["Customers can place a canary token in their system prompt; the gateway withholds any answer that contains it and raises an alert.",
      "We compare answers with the configured system prompt and alert when long passages match."]),
    ("What limits the damage if an injection succeeds?",
     ["Tool calls are restricted to an allow-list per route, credentials are scoped per tool, and outbound actions can require human approval.",
      "Agents run with least-privilege credentials and cannot reach the internet except through an egress proxy."]),
    ("Are blocked prompts logged?",
     ["We log the decision, the score and a request identifier. The prompt text is not retained unless the customer enables it explicitly."]),
    ("How are false positives handled?",
     ["Customers can review blocked requests by decision id and adjust thresholds per route. We track the false-positive rate on benign security writing, which is a known hard case.",
      "Support can look up any blocked request by its id; recurring false positives are added to our benign training data."]),
    ("Do you support languages other than English?",
     ["Yes. The classifier is trained on more than twenty languages; detection quality is highest for English, German, French and Spanish."]),
    ("Describe your incident response process for AI-specific threats.",
     ["Suspected jailbreaks, injections and data exfiltration follow our standard incident process, with an AI security specialist on call. Customers are notified within {n} hours of a confirmed incident."]),
    ("Has a third party tested the AI features?",
     ["Yes, in {month} 2026. The scope included prompt injection through uploaded documents and exfiltration through tool calls; all high-severity findings were fixed before release."]),
    ("How are jailbreak attempts by authorised users treated?",
     ["They are blocked like any other policy violation and reported to the customer's administrator; repeated attempts can lock the account."]),
    ("Can the customer configure the guardrails?",
     ["Yes. Thresholds, blocked categories and the messages shown to users are set per route in a policy file that the customer controls."]),
]


def vendor() -> str:
    f = Fill()
    pairs = R.sample(VENDOR_QA, R.randint(2, 3))
    start = R.randint(3, 40)
    out = [f"Vendor security questionnaire, section {R.choice(['AI', 'C', 'D', '7', '12'])}"] if R.random() < 0.5 else []
    for k, (q, answers) in enumerate(pairs):
        out.append(f"Q{start + k}. {q}\nA: {fill(R.choice(answers), f)}")
    return "\n".join(out)


TALKS = [
    ("What our red team learned from a year of attacking our own assistants",
     "For twelve months our red team tried to mislead the assistants our company builds, and kept a record of what worked."),
    ("Indirect prompt injection in the wild: a field report",
     "Instructions hidden in documents are no longer a lab curiosity: we found them in supplier pages, CVs and support tickets."),
    ("Canaries in the prompt: detecting system-prompt leakage",
     "A canary token costs nothing to add to a system prompt and tells you when that prompt escapes."),
    ("Guardrails that fail closed",
     "Most guardrails we reviewed let requests through when the checking service was slow or down."),
    ("Beyond keyword lists: classifying jailbreak attempts",
     "Lists of banned phrases catch the jailbreaks everyone already knows and little else."),
    ("When the document talks back: securing retrieval-augmented generation",
     "Retrieval-augmented generation lets a model read thousands of documents, and each of them may try to give it orders."),
    ("Least privilege for AI agents",
     "An agent that can send email, query a CRM and pay invoices is a new kind of privileged user."),
    ("Measuring false positives on security writing",
     "A prompt-injection filter that blocks the security team's own incident notes will be switched off within a week."),
    ("Role-play, personas and other ways models get talked out of their rules",
     "Role-play attacks dress a forbidden request up as fiction, and models trained to be helpful often play along."),
    ("Exfiltration without a network call: markdown, links and tool results",
     "Data can leave a chat assistant through an image link or a tool argument without anyone noticing."),
    ("Red-teaming in six languages",
     "Defences tuned on English text are weaker in other languages, and attackers know it."),
    ("From postmortem to regression test",
     "Every incident we had with an AI assistant became a test case, written in our own words."),
]
TALK_BODY = items("""
In this talk we share {n2} months of data from a gateway that scores every prompt and every retrieved document.
We describe the attacks we saw in general terms, from crude override attempts to instructions hidden {hide}.
We show why a classifier trained mostly on attacks flags security discussions, and how benign meta-text fixed much of it.
We compare {defence} with {defence2} on the same traffic and report where each one fails.
We also discuss what did not work: keyword lists, asking the model to police itself, and relying on a secret system prompt.
Our measurements suggest that least-privilege tool design limits more damage than any single detector.
No live exploits are shown; every example is paraphrased.
Attendees will leave with a checklist for reviewing the tool permissions of AI agents.
The talk is aimed at {audience} and at security engineers who run language-model features in production.
We close with open problems, including multilingual jailbreaks and attacks spread over many turns.
""")


def abstract() -> str:
    f = Fill()
    title, lead = R.choice(TALKS)
    return f"{title}\n{lead} " + " ".join(fill(s, f) for s in pick(TALK_BODY, (2, 4)))


MGR_OPEN = items("""
{Name}, here is the short version you asked for.
For the leadership update:
The risk in plain terms:
Why we are asking for budget for AI security:
Summary for the steering committee:
""")
MGR_BODY = items("""
Our assistants read text from many sources, and some of that text can be written by people who want the assistant to misbehave.
An assistant that follows instructions hidden in what it reads has fallen for prompt injection; a jailbreak is the related trick of talking it out of its rules directly.
The realistic damage is not a rude answer but an assistant that leaks data or takes an action nobody approved.
We already block most attempts at the gateway, and we measure how many harmless messages are blocked by mistake.
The remaining risk sits mostly in agents that can send email or call other systems, so that is where next quarter's work goes.
No customer data has been exposed through such attacks so far.
The cost is modest: roughly {n2} engineer-weeks and a few milliseconds per request.
Think of it like phishing protection: no filter is perfect, so we combine filters, permissions and training.
Customers and auditors ask the same questions, and having answers ready helps in both sales and audits.
Last month {control} stepped in {n} times, and {team} reviewed each case.
""")
MGR_CLOSE = items("""
Happy to go through the details on {day}.
I can present this at the next steering meeting.
Let me know if you need a one-page version for the board.
""")

REL_TOOLS = ["Guardrail SDK", "the gateway", "PromptScreen", "the injection detector", "RouteGuard", "the policy engine"]
REL_ITEMS = items("""
Fewer false positives on security documentation that discusses jailbreaks and prompt injection.
The detector now scans tool results as well as user prompts.
New canary-token check for system-prompt leakage, configurable per route.
Hidden text (HTML comments, zero-width characters, white-on-white spans) is removed before scoring.
Long documents are scored in overlapping windows, so one suspicious paragraph is still caught.
Blocked requests now carry a decision id in the response, which makes support easier.
Per-route thresholds: document ingestion and chat can use different settings.
Better detection of role-play attacks in German, French and Spanish.
Fixed: the output filter missed secrets split across streaming chunks.
Fixed: a timeout in the scoring service let requests through instead of blocking them.
Counts of blocked prompts per rule are exported as metrics for dashboards.
Breaking: the option that allowed unscanned tool calls has been removed.
Incident notes and training material written by security teams are no longer flagged as attacks.
The red-team report now groups findings by attack family and links each one to the rule that caught it.
Scoring is about {n2} % faster on long documents.
""")


def release() -> str:
    f = Fill()
    head = f"{cap(R.choice(REL_TOOLS))} {fill('{ver}', f)}: release notes"
    return head + "\n" + "\n".join("- " + fill(s, f) for s in R.sample(REL_ITEMS, R.randint(3, 5)))


def training() -> str:
    return para(TRAIN_OPEN, TRAIN_BODY, (3, 5), TRAIN_CLOSE)


def incident() -> str:
    if R.random() < 0.3:
        f = Fill()
        titles, bodies = TICKETS[R.choice(sorted(TICKETS))]
        lines = [f"Ticket SEC-{fill('{num}', f)}", "Title: " + fill(R.choice(titles), f),
                 "Severity: " + fill("{sev}", f),
                 "Description: " + " ".join(fill(s, f) for s in pick(bodies, (2, 4))),
                 "Status: " + fill("{status}", f)]
        return "\n".join(lines)
    return para(INC_OPEN, INC_BODY, (2, 5), INC_CLOSE, p_close=0.4)


def design() -> str:
    return para(DESIGN_OPEN, DESIGN_BODY, (3, 5), DESIGN_CLOSE, p_close=0.5, sep=R.choice([" ", "\n"]))


def review() -> str:
    f = Fill()
    bodies = pick(REVIEW_BODY, (1, 3))
    return " ".join([R.choice(REVIEW_OPEN)] + [fill(b, f) for b in bodies])


def manager() -> str:
    return para(MGR_OPEN, MGR_BODY, (3, 5), MGR_CLOSE, p_close=0.5)


# ------------------------------------------------------------------ other languages
# Each language: one-line statements and questions, and paragraphs of a few kinds (an incident
# note, a note for management or new staff, meeting minutes), with its own fillers.

def lang_slots(days, months, date_fmt):
    s = dict(SLOTS)
    s.update({
        "bot": lambda f: R.choice(["HelpBot", "AskHR", "DocPilot", "MailMate", "Scout", "Atlas", "Juno"]),
        "day": lambda f: R.choice(days),
        "date": lambda f: date_fmt.format(d=R.randint(1, 28), m=R.choice(months)),
    })
    return s


LANGS = {
    "de": {
        "slots": lang_slots(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
                            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                             "Oktober", "November", "Dezember"], "{d}. {m}"),
        "short": items("""
In der neuen Schulung erklären wir, warum Assistenten Anweisungen aus fremden Dokumenten nicht befolgen dürfen.
Das Red Team hat den Assistenten {bot} am {day} getestet und {n} Befunde dokumentiert.
Was ist der Unterschied zwischen direkter und indirekter Prompt-Injection?
Wie helfen Canary-Tokens dabei, ein Leck des System-Prompts zu erkennen?
Der Filter hat letzte Woche {n} verdächtige Anfragen blockiert; fast alle stammten aus internen Tests.
Laut unserer KI-Nutzungsrichtlinie dürfen Kundendaten nicht in öffentliche Chatbots eingegeben werden.
Sollten wir abgerufene Dokumente auf versteckte Anweisungen prüfen, bevor sie das Modell erreichen?
Jailbreaks über Rollenspiele sind schwer zu erkennen, weil sie wie harmlose Geschichten beginnen.
Welche Daten protokollieren wir, wenn die Schutzschicht eine Anfrage an {bot} blockiert?
Unser Bedrohungsmodell nennt indirekte Prompt-Injection über Webseiten als größtes Risiko für den Rechercheagenten.
Die Prüferin möchte wissen, wie oft wir unsere KI-Anwendungen im Red-Teaming testen.
Die neue Version des Detektors erkennt auch Anweisungen, die in unsichtbaren Zeichen versteckt sind.
Kann man Datenabfluss über Tool-Aufrufe verhindern, ohne die Agenten unbrauchbar zu machen?
Im Vortrag am {day} geht es um Jailbreaks, geleakte System-Prompts und Schutzmaßnahmen, die wirklich funktionieren.
Der Detektor soll Sicherheitsdokumentation, die Angriffe nur beschreibt, nicht blockieren.
"""),
        "paras": [
            (items("""
Vorfallbericht vom {date}: Der Assistent {bot} hat eine Kunden-E-Mail zusammengefasst, in der versteckte Anweisungen standen.
Ticket SEC-{num}: Der Assistent {bot} hat beim Lesen einer Lieferantenseite auf versteckten Text reagiert.
"""), items("""
Der Eingangsfilter hat den Text markiert, und der Assistent hat keine Aktion ausgeführt.
Es sind keine Kundendaten abgeflossen.
Ursache war, dass die Abrufkomponente HTML-Kommentare ungefiltert an das Modell weitergegeben hat.
Wir haben die Regel für Tool-Aufrufe verschärft: E-Mails werden nur noch nach Freigabe verschickt.
Die Warnung erreichte das SOC erst nach {n} Minuten, weil die Warteschlange voll war.
Als Maßnahme entfernen wir versteckten Text künftig schon bei der Indexierung.
""")),
            (items("""
Kurzfassung für die Geschäftsführung: Prompt-Injection bedeutet, dass ein KI-Assistent Anweisungen aus fremden Texten befolgt.
Schulungsunterlage für neue Mitarbeitende: sicherer Umgang mit KI-Assistenten.
"""), items("""
Solche Texte können in E-Mails, PDF-Dateien oder Webseiten versteckt sein.
Bei einem Jailbreak versucht der Nutzer selbst, das Modell zum Umgehen seiner Regeln zu bringen.
Unser Gateway prüft Anfragen und Antworten, aber kein Filter erkennt alles.
Wenn ein Assistent plötzlich vorschlägt, Daten zu versenden oder einen Link zu öffnen, melden Sie das bitte dem Sicherheitsteam.
Der größte Schaden entsteht nicht durch eine unhöfliche Antwort, sondern durch Agenten, die ungewollt handeln.
Geben Sie niemals Passwörter oder Kundendaten in einen Chat ein.
""")),
            (items("""
Protokoll der Sicherheitsrunde vom {date}.
"""), items("""
{Name} berichtet über {n} Befunde aus dem letzten Red-Teaming.
Der Detektor blockiert noch einige Schulungsfolien, die Jailbreaks beschreiben; wir sammeln Beispiele.
Beschlossen: Tool-Ergebnisse werden ab sofort ebenfalls geprüft.
Die Compliance braucht vor dem Audit eine Übersicht unserer Schutzmaßnahmen gegen Prompt-Injection.
Keine echten Vorfälle in dieser Woche.
Nächste Übung: Ein Agent liest eine manipulierte Lieferantenseite.
""")),
        ],
    },
    "fr": {
        "slots": lang_slots(["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
                            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                             "octobre", "novembre", "décembre"], "{d} {m}"),
        "short": items("""
Notre formation de sensibilisation explique comment reconnaître une injection de prompt dans un e-mail ou une pièce jointe.
L'équipe rouge a testé l'assistant {bot} {day} et a relevé {n} problèmes.
Quelle est la différence entre une injection de prompt directe et une injection indirecte ?
Comment un jeton canari permet-il de détecter une fuite du prompt système ?
La semaine dernière, le filtre a bloqué {n} requêtes suspectes, presque toutes issues de nos propres tests.
Notre politique d'utilisation de l'IA interdit de copier des données clients dans des chatbots publics.
Faut-il analyser les documents récupérés avant de les transmettre au modèle ?
Les attaques par jeu de rôle sont difficiles à repérer, car elles commencent comme une histoire anodine.
Quelles informations faut-il journaliser quand la passerelle bloque une requête adressée à {bot} ?
Notre modèle de menace classe l'injection indirecte via des pages web comme le principal risque pour l'agent de recherche.
L'auditrice demande à quelle fréquence nous organisons des exercices de red teaming sur nos applications d'IA.
La nouvelle version du détecteur repère aussi les instructions cachées dans des caractères invisibles.
Peut-on empêcher l'exfiltration de données par les appels d'outils sans rendre les agents inutilisables ?
La conférence de {day} porte sur les jailbreaks, les fuites de prompt système et les défenses qui fonctionnent vraiment.
Le détecteur ne doit pas bloquer la documentation de sécurité qui se contente de décrire des attaques.
"""),
        "paras": [
            (items("""
Rapport d'incident du {date} : l'assistant {bot} a résumé un e-mail client contenant des instructions cachées.
Ticket SEC-{num} : l'assistant {bot} a lu une page fournisseur qui contenait du texte masqué.
"""), items("""
Le filtre d'entrée a signalé le texte et l'assistant n'a exécuté aucune action.
Aucune donnée client n'a quitté l'entreprise.
La cause : le module de recherche transmettait les commentaires HTML au modèle sans les filtrer.
Nous avons renforcé la règle sur les appels d'outils : les e-mails ne partent plus qu'après validation humaine.
L'alerte n'est arrivée au SOC qu'au bout de {n} minutes, à cause d'une file d'attente saturée.
Désormais, le texte caché est supprimé dès l'indexation.
""")),
            (items("""
Note pour la direction : l'injection de prompt, c'est le risque qu'un assistant IA suive des instructions trouvées dans des textes externes.
Support de formation pour les nouveaux arrivants : utiliser les assistants IA en toute sécurité.
"""), items("""
Ces instructions peuvent se cacher dans des e-mails, des fichiers PDF ou des pages web.
Dans un jailbreak, c'est l'utilisateur lui-même qui tente de contourner les règles du modèle.
Notre passerelle contrôle les requêtes et les réponses, mais aucun filtre n'est parfait.
Si un assistant propose soudain d'envoyer des données ou d'ouvrir un lien, signalez-le à l'équipe sécurité.
Le vrai danger n'est pas une réponse impolie, mais un agent qui agit sans autorisation.
Ne saisissez jamais de mots de passe ni de données clients dans un chat.
""")),
            (items("""
Compte rendu de la réunion sécurité du {date}.
"""), items("""
{Name} présente {n} constats issus du dernier exercice de red teaming.
Le détecteur bloque encore certaines diapositives de formation qui décrivent des jailbreaks ; nous rassemblons des exemples.
Décision : les résultats des outils seront eux aussi analysés.
La conformité souhaite une synthèse de nos protections contre l'injection de prompt avant l'audit.
Aucun incident réel cette semaine.
Prochain exercice : un agent lit une page fournisseur piégée.
""")),
        ],
    },
    "es": {
        "slots": lang_slots(["lunes", "martes", "miércoles", "jueves", "viernes"],
                            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                             "octubre", "noviembre", "diciembre"], "{d} de {m}"),
        "short": items("""
Nuestra formación de concienciación explica cómo reconocer una inyección de prompt en un correo o en un archivo adjunto.
El equipo rojo probó el asistente {bot} el {day} y documentó {n} hallazgos.
¿Cuál es la diferencia entre la inyección de prompt directa y la indirecta?
¿Cómo ayuda un token canario a detectar una filtración del prompt del sistema?
La semana pasada el filtro bloqueó {n} solicitudes sospechosas, casi todas de nuestras propias pruebas.
Nuestra política de uso de IA prohíbe copiar datos de clientes en chatbots públicos.
¿Deberíamos analizar los documentos recuperados antes de pasárselos al modelo?
Los ataques de juego de rol son difíciles de detectar porque empiezan como una historia inofensiva.
¿Qué datos registramos cuando la pasarela bloquea una solicitud dirigida a {bot}?
Nuestro modelo de amenazas considera la inyección indirecta a través de páginas web el mayor riesgo para el agente de investigación.
La auditora quiere saber con qué frecuencia hacemos ejercicios de red teaming con nuestras aplicaciones de IA.
La nueva versión del detector también reconoce instrucciones ocultas en caracteres invisibles.
¿Se puede evitar la exfiltración de datos mediante llamadas a herramientas sin que los agentes pierdan su utilidad?
La charla del {day} trata sobre jailbreaks, filtraciones del prompt del sistema y defensas que de verdad funcionan.
El detector no debe bloquear la documentación de seguridad que solo describe ataques.
"""),
        "paras": [
            (items("""
Informe de incidente del {date}: el asistente {bot} resumió el correo de un cliente que contenía instrucciones ocultas.
Ticket SEC-{num}: el asistente {bot} leyó la página de un proveedor con texto oculto.
"""), items("""
El filtro de entrada marcó el texto y el asistente no ejecutó ninguna acción.
Ningún dato de clientes salió de la empresa.
Causa raíz: el módulo de recuperación pasaba los comentarios HTML al modelo sin filtrarlos.
Hemos endurecido la regla de llamadas a herramientas: los correos solo se envían tras una aprobación humana.
La alerta llegó al SOC con {n} minutos de retraso porque la cola estaba saturada.
A partir de ahora, el texto oculto se elimina ya durante la indexación.
""")),
            (items("""
Resumen para la dirección: la inyección de prompt es el riesgo de que un asistente de IA siga instrucciones que encuentra en textos ajenos.
Material de formación para nuevas incorporaciones: cómo usar los asistentes de IA con seguridad.
"""), items("""
Esas instrucciones pueden esconderse en correos, archivos PDF o páginas web.
En un jailbreak es el propio usuario quien intenta que el modelo se salte sus reglas.
Nuestra pasarela revisa las solicitudes y las respuestas, pero ningún filtro es perfecto.
Si un asistente propone de repente enviar datos o abrir un enlace, avise al equipo de seguridad.
El daño real no es una respuesta grosera, sino un agente que actúa sin autorización.
Nunca escriba contraseñas ni datos de clientes en un chat.
""")),
            (items("""
Acta de la reunión de seguridad del {date}.
"""), items("""
{Name} presenta {n} hallazgos del último ejercicio de red teaming.
El detector todavía bloquea algunas diapositivas de formación que describen jailbreaks; estamos reuniendo ejemplos.
Se acuerda analizar también los resultados de las herramientas.
Cumplimiento necesita un resumen de nuestras defensas contra la inyección de prompt antes de la auditoría.
No hubo incidentes reales esta semana.
Próximo ejercicio: un agente lee la página manipulada de un proveedor.
""")),
        ],
    },
    "it": {
        "slots": lang_slots(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
                            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                             "ottobre", "novembre", "dicembre"], "{d} {m}"),
        "short": items("""
Il nostro corso di sensibilizzazione spiega come riconoscere una prompt injection in un'e-mail o in un allegato.
Il red team ha testato l'assistente {bot} {day} e ha documentato {n} problemi.
Qual è la differenza tra prompt injection diretta e indiretta?
In che modo un canary token aiuta a scoprire una fuga del prompt di sistema?
La settimana scorsa il filtro ha bloccato {n} richieste sospette, quasi tutte provenienti dai nostri test interni.
La nostra policy sull'uso dell'IA vieta di copiare dati dei clienti nei chatbot pubblici.
Dovremmo analizzare i documenti recuperati prima di passarli al modello?
Gli attacchi basati sul gioco di ruolo sono difficili da individuare perché iniziano come una storia innocua.
Quali dati registriamo quando il gateway blocca una richiesta indirizzata a {bot}?
Il nostro modello delle minacce considera l'iniezione indiretta tramite pagine web il rischio principale per l'agente di ricerca.
La revisora chiede con quale frequenza facciamo esercitazioni di red teaming sulle nostre applicazioni di IA.
La nuova versione del rilevatore riconosce anche le istruzioni nascoste in caratteri invisibili.
È possibile impedire l'esfiltrazione di dati tramite le chiamate agli strumenti senza rendere inutili gli agenti?
Il talk di {day} parla di jailbreak, fughe del prompt di sistema e difese che funzionano davvero.
Il rilevatore non deve bloccare la documentazione di sicurezza che si limita a descrivere gli attacchi.
"""),
        "paras": [
            (items("""
Rapporto sull'incidente del {date}: l'assistente {bot} ha riassunto l'e-mail di un cliente che conteneva istruzioni nascoste.
Ticket SEC-{num}: l'assistente {bot} ha letto la pagina di un fornitore con del testo nascosto.
"""), items("""
Il filtro in ingresso ha segnalato il testo e l'assistente non ha eseguito alcuna azione.
Nessun dato dei clienti è uscito dall'azienda.
Causa: il modulo di recupero passava i commenti HTML al modello senza filtrarli.
Abbiamo reso più severa la regola sulle chiamate agli strumenti: le e-mail partono solo dopo un'approvazione umana.
L'allarme è arrivato al SOC con {n} minuti di ritardo perché la coda era piena.
D'ora in poi il testo nascosto viene rimosso già in fase di indicizzazione.
""")),
            (items("""
Sintesi per la direzione: la prompt injection è il rischio che un assistente IA segua istruzioni trovate in testi esterni.
Materiale di formazione per i nuovi assunti: usare gli assistenti IA in sicurezza.
"""), items("""
Queste istruzioni possono nascondersi in e-mail, file PDF o pagine web.
In un jailbreak è l'utente stesso a cercare di far aggirare al modello le sue regole.
Il nostro gateway controlla richieste e risposte, ma nessun filtro è perfetto.
Se un assistente propone all'improvviso di inviare dati o aprire un link, segnalatelo al team di sicurezza.
Il vero danno non è una risposta scortese, ma un agente che agisce senza autorizzazione.
Non inserite mai password o dati dei clienti in una chat.
""")),
            (items("""
Verbale della riunione di sicurezza del {date}.
"""), items("""
{Name} presenta {n} rilievi emersi dall'ultima esercitazione di red teaming.
Il rilevatore blocca ancora alcune slide di formazione che descrivono i jailbreak; stiamo raccogliendo esempi.
Si decide di analizzare anche i risultati degli strumenti.
La compliance chiede una sintesi delle nostre difese contro la prompt injection prima dell'audit.
Nessun incidente reale questa settimana.
Prossima esercitazione: un agente legge la pagina manipolata di un fornitore.
""")),
        ],
    },
    "nl": {
        "slots": lang_slots(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
                            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                             "oktober", "november", "december"], "{d} {m}"),
        "short": items("""
In onze bewustwordingstraining leer je hoe je prompt injection herkent in een e-mail of een bijlage.
Het red team heeft de assistent {bot} op {day} getest en {n} bevindingen vastgelegd.
Wat is het verschil tussen directe en indirecte prompt injection?
Hoe helpt een canary token om te ontdekken dat de systeemprompt is uitgelekt?
Vorige week heeft het filter {n} verdachte verzoeken geblokkeerd, bijna allemaal afkomstig uit onze eigen tests.
Ons beleid voor AI-gebruik verbiedt het kopiëren van klantgegevens naar openbare chatbots.
Moeten we opgehaalde documenten controleren voordat ze naar het model gaan?
Rollenspelaanvallen zijn moeilijk te herkennen, omdat ze beginnen als een onschuldig verhaal.
Welke gegevens loggen we wanneer de gateway een verzoek aan {bot} blokkeert?
Ons dreigingsmodel noemt indirecte injectie via webpagina's het grootste risico voor de onderzoeksagent.
De auditor wil weten hoe vaak we red-teamingoefeningen doen op onze AI-toepassingen.
De nieuwe versie van de detector herkent ook instructies die in onzichtbare tekens verborgen zijn.
Kunnen we gegevenslekken via tool-aanroepen voorkomen zonder de agents onbruikbaar te maken?
De presentatie van {day} gaat over jailbreaks, uitgelekte systeemprompts en verdedigingen die echt werken.
De detector mag beveiligingsdocumentatie die aanvallen alleen beschrijft niet blokkeren.
"""),
        "paras": [
            (items("""
Incidentrapport van {date}: de assistent {bot} heeft een klantmail samengevat waarin verborgen instructies stonden.
Ticket SEC-{num}: de assistent {bot} las een leverancierspagina met verborgen tekst.
"""), items("""
Het invoerfilter markeerde de tekst en de assistent voerde geen enkele actie uit.
Er zijn geen klantgegevens uitgelekt.
Oorzaak: de ophaalmodule gaf HTML-commentaar ongefilterd door aan het model.
We hebben de regel voor tool-aanroepen aangescherpt: e-mails worden alleen nog na menselijke goedkeuring verstuurd.
De melding bereikte het SOC pas na {n} minuten, omdat de wachtrij vol zat.
Voortaan verwijderen we verborgen tekst al tijdens het indexeren.
""")),
            (items("""
Samenvatting voor het management: prompt injection is het risico dat een AI-assistent instructies volgt die in externe teksten staan.
Trainingsmateriaal voor nieuwe medewerkers: veilig werken met AI-assistenten.
"""), items("""
Zulke instructies kunnen verstopt zitten in e-mails, pdf-bestanden of webpagina's.
Bij een jailbreak probeert de gebruiker zelf het model zijn regels te laten omzeilen.
Onze gateway controleert verzoeken en antwoorden, maar geen enkel filter is perfect.
Stelt een assistent ineens voor om gegevens te versturen of een link te openen? Meld het dan bij het securityteam.
De echte schade is geen onbeleefd antwoord, maar een agent die zonder toestemming handelt.
Voer nooit wachtwoorden of klantgegevens in een chat in.
""")),
            (items("""
Notulen van het securityoverleg van {date}.
"""), items("""
{Name} presenteert {n} bevindingen uit de laatste red-teamingoefening.
De detector blokkeert nog steeds enkele trainingsslides die jailbreaks beschrijven; we verzamelen voorbeelden.
Besloten: ook de resultaten van tools worden voortaan gecontroleerd.
Compliance wil voor de audit een overzicht van onze maatregelen tegen prompt injection.
Deze week geen echte incidenten.
Volgende oefening: een agent leest een gemanipuleerde leverancierspagina.
""")),
        ],
    },
    "pt": {
        "slots": lang_slots(["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
                            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                             "outubro", "novembro", "dezembro"], "{d} de {m}"),
        "short": items("""
Nosso treinamento de conscientização explica como reconhecer uma injeção de prompt em um e-mail ou anexo.
O red team testou o assistente {bot} na {day} e registrou {n} achados.
Qual é a diferença entre injeção de prompt direta e indireta?
Como um token canário ajuda a detectar o vazamento do prompt de sistema?
Na semana passada, o filtro bloqueou {n} solicitações suspeitas, quase todas vindas dos nossos próprios testes.
Nossa política de uso de IA proíbe copiar dados de clientes em chatbots públicos.
Devemos analisar os documentos recuperados antes de enviá-los ao modelo?
Ataques de interpretação de papéis são difíceis de detectar porque começam como uma história inofensiva.
Quais dados registramos quando o gateway bloqueia uma solicitação enviada ao {bot}?
Nosso modelo de ameaças aponta a injeção indireta por páginas web como o maior risco para o agente de pesquisa.
A auditora quer saber com que frequência fazemos exercícios de red teaming nas nossas aplicações de IA.
A nova versão do detector também reconhece instruções escondidas em caracteres invisíveis.
É possível impedir a exfiltração de dados por chamadas de ferramentas sem tornar os agentes inúteis?
A palestra de {day} fala sobre jailbreaks, vazamentos do prompt de sistema e defesas que realmente funcionam.
O detector não deve bloquear documentação de segurança que apenas descreve ataques.
"""),
        "paras": [
            (items("""
Relatório de incidente de {date}: o assistente {bot} resumiu um e-mail de cliente que continha instruções ocultas.
Chamado SEC-{num}: o assistente {bot} leu a página de um fornecedor com texto oculto.
"""), items("""
O filtro de entrada sinalizou o texto e o assistente não executou nenhuma ação.
Nenhum dado de cliente saiu da empresa.
Causa raiz: o módulo de recuperação repassava comentários HTML ao modelo sem filtrá-los.
Endurecemos a regra para chamadas de ferramentas: e-mails só são enviados após aprovação humana.
O alerta chegou ao SOC com {n} minutos de atraso porque a fila estava cheia.
A partir de agora, o texto oculto é removido já na indexação.
""")),
            (items("""
Resumo para a diretoria: injeção de prompt é o risco de um assistente de IA seguir instruções encontradas em textos de terceiros.
Material de treinamento para novos funcionários: como usar assistentes de IA com segurança.
"""), items("""
Essas instruções podem estar escondidas em e-mails, arquivos PDF ou páginas web.
Em um jailbreak, é o próprio usuário que tenta fazer o modelo contornar suas regras.
Nosso gateway verifica solicitações e respostas, mas nenhum filtro é perfeito.
Se um assistente sugerir de repente enviar dados ou abrir um link, avise a equipe de segurança.
O dano real não é uma resposta grosseira, e sim um agente que age sem autorização.
Nunca digite senhas ou dados de clientes em um chat.
""")),
            (items("""
Ata da reunião de segurança de {date}.
"""), items("""
{Name} apresenta {n} achados do último exercício de red teaming.
O detector ainda bloqueia alguns slides de treinamento que descrevem jailbreaks; estamos reunindo exemplos.
Decidido: os resultados das ferramentas também passarão a ser analisados.
A área de compliance quer um resumo das nossas defesas contra injeção de prompt antes da auditoria.
Nenhum incidente real nesta semana.
Próximo exercício: um agente lê a página adulterada de um fornecedor.
""")),
        ],
    },
}


def foreign_texts(lang: str, spec: dict) -> list[tuple[str, str]]:
    """(family, text) pairs: every one-line template once, and two paragraphs of each kind."""
    out = [("short", fill(t, Fill(spec["slots"]))) for t in spec["short"]]
    for opens, bodies in spec["paras"]:
        for _ in range(4):  # a few spares; near-duplicates are dropped later
            out.append(("paragraph", para(opens, bodies, (2, 4), slots=spec["slots"])))
    return out


# ------------------------------------------------------------------ dedupe and write

WORD_RE = re.compile(r"\w+")


def shingles(text: str) -> frozenset:
    w = WORD_RE.findall(text.lower())
    return frozenset(zip(w, w[1:], w[2:])) if len(w) >= 3 else frozenset([tuple(w)])


class Kept:
    """Texts kept so far; a new text is refused when it equals one or shares at least `limit` of
    its word 3-grams (Jaccard) with one."""

    def __init__(self, limit: float = 0.5):
        self.limit = limit
        self.texts: set[str] = set()
        self.sh: list[frozenset] = []

    def add(self, text: str) -> bool:
        if text in self.texts:
            return False
        s = shingles(text)
        for o in self.sh:
            inter = len(s & o)
            if inter and inter / len(s | o) >= self.limit:
                return False
        self.texts.add(text)
        self.sh.append(s)
        return True


ENGLISH = [("statement", statement, 95), ("question", question, 70), ("training", training, 35),
           ("incident", incident, 45), ("design", design, 35), ("review", review, 30), ("code", code, 40),
           ("test_plan", test_plan, 20), ("meeting", meeting, 25), ("policy", policy, 25), ("vendor", vendor, 25),
           ("abstract", abstract, 20), ("manager", manager, 20), ("release", release, 20)]
FOREIGN_PARAS = 2  # paragraphs kept per kind and language


def main() -> None:
    kept = Kept()
    records: list[dict] = []
    family: collections.Counter = collections.Counter()
    for name, make, n in ENGLISH:
        got, tries = 0, 0
        while got < n and tries < n * 60:
            tries += 1
            t = make()
            if kept.add(t):
                records.append({"text": t, "label": "benign", "kind": KIND, "lang": "en"})
                family[("en", name)] += 1
                got += 1
    for lang, spec in LANGS.items():
        per_kind: collections.Counter = collections.Counter()
        for k, (fam, t) in enumerate(foreign_texts(lang, spec)):
            if fam == "paragraph":
                kind_no = (k - len(spec["short"])) // 4
                if per_kind[kind_no] >= FOREIGN_PARAS:
                    continue
            if kept.add(t):
                records.append({"text": t, "label": "benign", "kind": KIND, "lang": lang})
                family[(lang, fam)] += 1
                if fam == "paragraph":
                    per_kind[kind_no] += 1

    quoted = sum(any(q in r["text"] for q in QUOTES) for r in records)
    assert quoted <= 0.1 * len(records), f"{quoted} texts quote an attack phrase"
    path = HERE / "benign_meta_docs.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {len(records)} benign texts to {path.name} ({quoted} quote a short attack phrase in a report)")
    for (lang, fam), c in sorted(family.items()):
        print(f"  {lang:3s} {fam:10s} {c:4d}")
    by_lang = collections.Counter((r["kind"], r["lang"]) for r in records)
    print("by kind/lang: " + ", ".join(f"{k}/{lang} {c}" for (k, lang), c in sorted(by_lang.items())))


if __name__ == "__main__":
    main()
