#!/usr/bin/env python3
"""Benign training texts in the shapes a gateway sees from engineers: SQL schemas and queries,
YAML configuration (services, CI workflows, deployment manifests, access policies), shell
scripts, Markdown set-up notes and log excerpts (2 Dec 2026).

The 1 Dec model flagged SQL DDL (`TEXT NOT NULL` repeated down a table: the count of a mildly
attack-leaning token adds up inside a window) and policy YAML whose descriptions say what is
blocked. These texts are composed from this file's own parts with random.Random(31); none is
taken from the project's own sources, which stay unseen so that the quality gate's check on
them measures generalisation.

Usage:  python3 config_benign.py   -> writes benign_config.jsonl next to this file.
"""
from __future__ import annotations

import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from hijack import collect  # noqa: E402  (the same dedupe-and-retry loop)

HERE = pathlib.Path(__file__).resolve().parent
R = random.Random(31)

NOUNS = ["customer", "order", "invoice", "shipment", "product", "employee", "ticket", "account", "payment", "session",
         "device", "region", "supplier", "warehouse", "contract", "project", "task", "comment", "review", "event",
         "subscription", "refund", "document", "team", "asset", "booking", "patient", "vehicle", "course", "grade"]
FIELDS = ["name", "email", "status", "created_at", "updated_at", "amount", "currency", "owner_id", "title", "notes",
          "due_date", "priority", "country", "city", "postcode", "phone", "quantity", "price", "sku", "version",
          "deleted", "approved_by", "score", "kind", "label", "source", "target", "hash", "token_count", "payload",
          "description", "started_at", "finished_at", "retries", "enabled", "role", "locale", "reason"]
TYPES = ["TEXT", "INTEGER", "BIGINT", "VARCHAR(255)", "VARCHAR(64)", "BOOLEAN", "TIMESTAMP", "NUMERIC(12, 2)", "BLOB",
         "DATE", "UUID", "JSONB", "SMALLINT", "REAL"]


def col() -> str:
    c = f"{R.choice(FIELDS)} {R.choice(TYPES)}"
    r = R.random()
    if r < 0.55:
        c += " NOT NULL"
    if R.random() < 0.2:
        c += R.choice([" DEFAULT 0", " DEFAULT ''", " DEFAULT CURRENT_TIMESTAMP", " DEFAULT FALSE", " UNIQUE"])
    return c


def create_table() -> str:
    t = R.choice(NOUNS) + R.choice(["s", "_items", "_log", "_history", ""])
    cols = [f"id {R.choice(['BIGINT', 'INTEGER', 'TEXT', 'UUID'])} PRIMARY KEY"] + [col() for _ in range(R.randrange(3, 14))]
    if R.random() < 0.4:
        cols.append(f"{R.choice(NOUNS)}_id BIGINT NOT NULL REFERENCES {R.choice(NOUNS)}s(id)")
    if R.random() < 0.3:
        cols.append(f"CHECK ({R.choice(FIELDS)} IS NOT NULL OR {R.choice(FIELDS)} IS NOT NULL)")
    sep = R.choice([",\n  ", ", ", ",\n    "])
    s = f"CREATE TABLE {R.choice(['', 'IF NOT EXISTS '])}{t} (\n  {sep.join(cols)}\n);"
    if R.random() < 0.5:
        s += f"\nCREATE INDEX {t}_{R.choice(FIELDS)}_idx ON {t} ({R.choice(FIELDS)});"
    return s


def query() -> str:
    t, a, b = R.choice(NOUNS) + "s", R.choice(FIELDS), R.choice(FIELDS)
    return R.choice([
        f"SELECT {a}, {b}, COUNT(*) FROM {t} WHERE {a} IS NOT NULL AND {b} <> '' GROUP BY {a}, {b} ORDER BY 3 DESC LIMIT 20;",
        f"UPDATE {t} SET {a} = NULL WHERE {b} < NOW() - INTERVAL '30 days' AND {a} IS NOT NULL;",
        f"DELETE FROM {t} WHERE {a} IS NULL;",
        f"INSERT INTO {t} ({a}, {b}) VALUES (?, ?) ON CONFLICT ({a}) DO NOTHING;",
        f"ALTER TABLE {t} ADD COLUMN {a} {R.choice(TYPES)} NOT NULL DEFAULT 0;",
        f"SELECT * FROM {t} t JOIN {R.choice(NOUNS)}s u ON u.id = t.{R.choice(NOUNS)}_id WHERE NOT t.{a} AND u.{b} IS NOT NULL;",
    ])


def sql_doc() -> str:
    parts = [create_table() for _ in range(R.randrange(1, 4))] + [query() for _ in range(R.randrange(0, 4))]
    R.shuffle(parts)
    if R.random() < 0.4:
        parts.insert(0, R.choice(["-- migration: add reporting tables", "-- schema v3", "BEGIN;", "-- do not edit by hand; generated"]))
    return "\n\n".join(parts)


MODELS = ["gpt-4o-mini", "claude-3-haiku", "local-llama", '"*"']
ACTIONS = ["block", "allow", "redact", "pseudonymize", "review", "route"]
WHAT = ["credentials", "card numbers", "personal data", "health records", "source code", "customer names",
        "internal project names", "documents marked confidential", "requests to unapproved models",
        "prompts that try to override the system prompt", "answers that contain secrets", "jailbreak attempts"]
WHY = ["before they reach a vendor", "in prompts sent to external models", "from answers shown to users",
       "unless the caller's role allows it", "for every request", "and tells the user why",
       "and keeps a record for the auditors", "so the security team can check them first"]


def policy_yaml() -> str:
    lines = [f"version: {R.randrange(1, 4)}", f"name: {R.choice(NOUNS)}-{R.choice(['policy', 'rules', 'guard'])}"]
    if R.random() < 0.6:
        lines += ["roles:", f"  {R.choice(['analyst', 'support', 'engineer', 'admin'])}:",
                  f"    models: [{R.choice(MODELS)}]",
                  f"    max_label: {R.choice(['internal', 'confidential', 'restricted'])}"]
    lines.append("rules:")
    for _ in range(R.randrange(2, 7)):
        w = R.choice(WHAT)
        lines += [f"  - id: {w.split()[0]}-{R.choice(ACTIONS)}",
                  f"    description: {R.choice(['Blocks', 'Redacts', 'Holds', 'Flags', 'Removes'])} {w} {R.choice(WHY)}.",
                  f"    match: {{ types: [\"{R.choice(['secret.*', 'pii.*', 'PROMPT_INJECTION', 'JAILBREAK', 'CREDIT_CARD'])}\"] }}",
                  f"    action: {R.choice(ACTIONS)}"]
        if R.random() < 0.4:
            lines.append(f"    message: {R.choice(['Please remove', 'Do not paste', 'We removed', 'Ask your manager about'])} {w} {R.choice(['and try again.', 'before sending.', 'from this request.'])}")
    return "\n".join(lines)


def service_yaml() -> str:
    name = R.choice(NOUNS) + "-" + R.choice(["api", "worker", "service", "gateway", "sync"])
    kind = R.randrange(3)
    if kind == 0:
        return "\n".join([
            "apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {name}", "spec:",
            f"  replicas: {R.randrange(1, 6)}", "  template:", "    spec:", "      containers:",
            f"        - name: {name}", f"          image: registry.example.com/{name}:{R.randrange(1, 40)}.{R.randrange(0, 9)}",
            "          env:", f"            - name: LOG_LEVEL", f"              value: {R.choice(['info', 'debug', 'warn'])}",
            "            - name: DATABASE_URL", "              valueFrom:", "                secretKeyRef:",
            f"                  name: {name}-db", "                  key: url",
            "          resources:", f"            limits: {{ cpu: \"{R.choice(['500m', '1', '2'])}\", memory: {R.choice(['256Mi', '1Gi'])} }}"])
    if kind == 1:
        return "\n".join([
            f"name: {R.choice(['CI', 'build', 'test', 'release'])}", "on:", "  push:", "    branches: [main]",
            "  pull_request:", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
            "      - uses: actions/checkout@v4", f"      - name: {R.choice(['Install', 'Set up', 'Cache'])} dependencies",
            f"        run: {R.choice(['npm ci', 'pip install -r requirements.txt', 'swift build', 'go mod download'])}",
            "      - name: Run tests", f"        run: {R.choice(['npm test', 'pytest -q', 'swift test', 'go test ./...'])}",
            "      - name: Fail on findings", "        if: failure()", "        run: exit 1"])
    return "\n".join([
        f"{name}:", f"  listen: 0.0.0.0:{R.randrange(1024, 9999)}", f"  timeout_seconds: {R.randrange(5, 120)}",
        "  retries:", f"    max: {R.randrange(0, 6)}", f"    backoff_ms: {R.choice([100, 200, 500])}",
        "  storage:", f"    url: {R.choice(['sqlite:./data/app.db', 'postgres://db.internal:5432/app'])}",
        "  logging:", f"    level: {R.choice(['info', 'warning'])}", f"    redact: {R.choice(['true', 'false'])}",
        "  features:", *[f"    - {R.choice(FIELDS)}" for _ in range(R.randrange(1, 5))]])


def shell() -> str:
    v = R.choice(["DATA_DIR", "PORT", "TMP", "OUT", "CONFIG"])
    return "\n".join([
        "#!/usr/bin/env bash", "set -euo pipefail", f"{v}=${{{v}:-{R.choice(['./data', '8080', '/tmp/work', 'out'])}}}",
        f"if [ ! -d \"${v}\" ]; then", f"  echo \"{R.choice(['missing', 'no such directory:', 'creating'])} ${v}\" >&2",
        "  " + R.choice(["exit 2", f'mkdir -p "${v}"']), "fi",
        f"for f in \"${v}\"/*.{R.choice(['json', 'log', 'csv'])}; do",
        f"  {R.choice(['gzip -9', 'wc -l', 'sha256sum', 'cat'])} \"$f\"{R.choice(['', ' >> summary.txt', ' | tail -1'])}", "done",
        f"trap 'rm -rf \"$TMPDIR/job\"' EXIT", f"echo \"done in $SECONDS s\""])


def notes() -> str:
    heads = ["## Configuration", "## Set-up", "### Running the tests", "## Troubleshooting", "## Deployment", "### Options"]
    sents = [
        "Set `--fail-on confidential` so that CI fails when a file holds confidential data.",
        "The service reads its settings from `config.yaml`; environment variables override them.",
        "Never commit the `.env` file: it holds the database password.",
        "If the health check fails, the load balancer stops sending traffic to that instance.",
        "Run `make test` before opening a pull request; the pipeline runs the same command.",
        "Requests over 1 MB are refused with 413 and a message saying so.",
        "The scanner skips binary files and vendored folders such as `node_modules`.",
        "Rotate the signing key once a year and keep the old public key for verification.",
        "The rules are evaluated in order and the first one that matches decides.",
        "A blocked request returns 403 with the rule's message and a decision id.",
        "Do not disable the output check in production; it is what stops leaked secrets.",
        "Ignore the warning about deprecated flags; they are removed in the next release.",
        "Use `--json` for machine-readable output and `--sarif` for code-scanning tools.",
        "Logs never include prompt text, only counts and the decision.",
    ]
    out = []
    for _ in range(R.randrange(1, 4)):
        out.append(R.choice(heads))
        out.append(" ".join(R.sample(sents, R.randrange(2, 5))))
    return "\n\n".join(out)


def logs() -> str:
    lines = []
    for _ in range(R.randrange(4, 15)):
        lvl = R.choice(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        msg = R.choice([f"request {R.randrange(10**6)} done in {R.randrange(1, 900)} ms",
                        f"blocked request: rule={R.choice(WHAT).split()[0]} action=block",
                        f"retrying upstream call (attempt {R.randrange(1, 4)})",
                        f"user {R.choice(['alice', 'bob', 'svc-build'])} logged in from 10.0.{R.randrange(255)}.{R.randrange(255)}",
                        "cache miss; loading from store", "circuit open for vendor; calls paused for 30 s",
                        f"dropped {R.randrange(100)} payloads past retention", "config reloaded"])
        lines.append(f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}Z {lvl} {msg}")
    return "\n".join(lines)


# ------------------------------------------------------------------ short everyday requests and technical lines
# What a gateway sees most: one-line requests ("tell me…", "write…", "show me…") and single lines
# of code or configuration. The 2 Dec attack texts are full of imperatives; these keep ordinary
# imperatives and environment lookups on the benign side.

TOPICS = ["cats", "the moon", "our new intern", "spreadsheets", "coffee", "the Roman empire", "tax season", "penguins",
          "remote work", "the printer", "Monday mornings", "a lighthouse keeper", "volcanoes", "jazz", "the office plant",
          "time zones", "Kubernetes", "a lost umbrella", "the quarterly review", "gardening", "trains", "football"]
ASKS = ["Tell me a joke about {t}.", "Tell me something interesting about {t}.", "Write a short poem about {t}.",
        "Give me three fun facts about {t}.", "Show me a limerick about {t}.", "Explain {t} to a child.",
        "Write a tweet about {t}.", "Tell me a story about {t} in five sentences.", "Summarize what you know about {t}.",
        "Give me a title for a talk about {t}.", "List five questions a quiz could ask about {t}.",
        "Describe {t} in one paragraph.", "Make up a riddle about {t}.", "Print a haiku about {t}.",
        "Repeat the key points about {t} in a table.", "Pretend you are a tour guide and describe {t}."]
PEOPLE = ["Anna Schmidt", "Luis Garcia", "Mei Chen", "Tom Baker", "Priya Nair", "Olga Ivanova", "Jean Dupont", "Sam Lee"]
MAIL = ["Please write to {p} at <{e}> today.", "Send the minutes to {p} ({e}).", "Reply to {e} and thank {p} for the report.",
        "Forward this to {p} <{e}>.", "Draft a note to {p} at {e} about the delay.", "CC {e} on the next update.",
        "Email {p} at {e}: the meeting moved to 3 pm.", "Ask {p} ({e}) to review the contract."]
ENVS = ["DB_PASSWORD", "API_KEY", "SECRET_KEY", "AWS_REGION", "DATABASE_URL", "SMTP_PASSWORD", "TOKEN", "REDIS_URL"]
CODE = ["{v} = os.environ[\"{e}\"]", "{v} = os.getenv(\"{e}\", \"\")", "const {v} = process.env.{e};",
        "{v}: ${{{e}}}", "export {e}=\"$(cat /run/secrets/{l})\"", "let {v} = ProcessInfo.processInfo.environment[\"{e}\"]",
        "if not {v}: raise RuntimeError(\"{e} is not set\")", "{v} = settings.{e}", "# {v} comes from the {e} variable",
        "{e}=   # set in the vault, never here", "{v} := os.Getenv(\"{e}\")"]
AWARE = ["The yearly training shows how phishing works and how attackers disguise links in emails.",
         "The course covers social engineering, password hygiene and how to report a suspicious message.",
         "This module explains what prompt injection is and why assistants must not follow instructions found in documents.",
         "Attackers sometimes hide instructions in web pages; the workshop shows how our gateway catches them.",
         "The awareness quiz asks staff to spot manipulated instructions in emails and shared files.",
         "Security champions explain jailbreaks, data leaks and safe use of AI tools to their teams.",
         "Read the guide on handling confidential data before using any AI assistant.",
         "The policy explains which data may be sent to external models and which must stay inside."]


def short_line() -> str:
    k = R.random()
    if k < 0.4:
        return R.choice(ASKS).format(t=R.choice(TOPICS))
    if k < 0.6:
        p = R.choice(PEOPLE)
        e = p.lower().replace(" ", ".") + "@" + R.choice(["example.com", "example.de", "corp.example", "mail.example.org"])
        return R.choice(MAIL).format(p=p, e=e)
    if k < 0.9:
        e = R.choice(ENVS)
        v = R.choice([e.lower(), "password", "key", "token", "secret", "db_url", "cfg"])
        return R.choice(CODE).format(v=v, e=e, l=e.lower())
    return R.choice(AWARE)


def main() -> None:
    seen: set[str] = set()
    out: list[dict] = []
    for make, n in ((sql_doc, 220), (policy_yaml, 140), (service_yaml, 90), (shell, 50), (notes, 80), (logs, 60), (short_line, 900)):
        out += collect(make, n, seen, label="benign", kind="config", lang="en")
    with (HERE / "benign_config.jsonl").open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} benign configuration texts")


if __name__ == "__main__":
    main()
