#!/usr/bin/env python3
"""End-to-end checks of `portcullis serve` with the official `openai` client.

usage: gateway_e2e.py BASE_URL DEMO_KEY ADMIN_KEY NOROLE_KEY EXPIRED_KEY RATE_KEY
The server runs with `--rate-limit 40` (requests a minute per key).
The server runs the e2e policy (scripts/e2e.d/gateway-policy.yaml): `mock-echo` echoes the last
user message; `mock-leak` answers with a scripted text that contains a credential.
"""
import json
import sys
import urllib.request

import openai

base, demo_key, admin_key, norole_key, expired_key, rate_key = sys.argv[1:7]
client = openai.OpenAI(base_url=base + "/v1", api_key=demo_key, max_retries=0, timeout=30)
failures = []


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name + (f": {detail}" if detail and not cond else ""))
    if not cond:
        failures.append(name)


def expect_error(name, fn, status, code):
    try:
        fn()
    except openai.APIStatusError as e:
        body = e.body if isinstance(e.body, dict) else {}
        err = body.get("error", body) if isinstance(body, dict) else {}
        got = err.get("code") if isinstance(err, dict) else None
        check(name, e.status_code == status and got == code and bool(err.get("decision_id") or code == "unauthenticated"),
              f"status {e.status_code} code {got} body {e.body}")
        return
    check(name, False, "no error raised")


# 1. A plain completion.
r = client.chat.completions.with_raw_response.create(model="mock-echo", messages=[{"role": "user", "content": "Say hello"}])
c = r.parse()
check("plain completion", c.choices[0].message.content == "Say hello", c.choices[0].message.content)
check("decision headers", r.headers.get("x-portcullis-decision-id", "").startswith("dec_")
      and r.headers.get("x-portcullis-label") is not None and r.headers.get("x-portcullis-overhead-ms") is not None,
      str(dict(r.headers)))

# 2. A streamed one.
text = "".join((ch.choices[0].delta.content or "") for ch in client.chat.completions.create(
    model="mock-echo", stream=True, messages=[{"role": "user", "content": "stream me these words please"}]) if ch.choices)
check("streamed completion", text == "stream me these words please", text)

# 3. A blocked one: a credential in the prompt.
expect_error("credential blocked", lambda: client.chat.completions.create(
    model="mock-echo", messages=[{"role": "user", "content": "deploy with AKIAIOSFODNN7EXAMPLQ now"}]), 403, "policy_blocked")

# 4. Pseudonymised round trip: the client sees the real names; the vendor saw placeholders only.
prompt = "Please write to Anna Schmidt (anna.schmidt@example.de) about the renewal."
c = client.chat.completions.create(model="mock-echo", messages=[{"role": "user", "content": prompt}])
check("names restored for the client", c.choices[0].message.content == prompt, c.choices[0].message.content)
req = urllib.request.Request(base + "/v1/mock/requests", headers={"Authorization": "Bearer " + admin_key})
seen = json.load(urllib.request.urlopen(req))["data"][-1]["messages"][-1]["content"]
check("vendor saw placeholders only", "Anna" not in seen and "anna.schmidt" not in seen and "<PERSON_1>" in seen, seen)

# 5. Tool-call arguments and tool results are inspected too.
expect_error("credential in a tool result blocked", lambda: client.chat.completions.create(model="mock-echo", messages=[
    {"role": "user", "content": "what did the tool say?"},
    {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "env", "arguments": "{}"}}]},
    {"role": "tool", "tool_call_id": "c1", "content": "GITHUB_TOKEN=ghp_R8kLw2xTq9vNz4bY7cJm1sFh6dPa3gEu5oKi"}]), 403, "policy_blocked")

# 6. A key whose role may not use the model; an expired key; no key.
expect_error("role without the model", lambda: openai.OpenAI(base_url=base + "/v1", api_key=norole_key, max_retries=0)
             .chat.completions.create(model="mock-echo", messages=[{"role": "user", "content": "hi"}]), 403, "model_not_allowed")
expect_error("expired key", lambda: openai.OpenAI(base_url=base + "/v1", api_key=expired_key, max_retries=0)
             .chat.completions.create(model="mock-echo", messages=[{"role": "user", "content": "hi"}]), 401, "unauthenticated")
expect_error("unknown model", lambda: client.chat.completions.create(
    model="no-such-model", messages=[{"role": "user", "content": "hi"}]), 404, "model_not_allowed")

# 7. Models: only those the caller may use.
ids = sorted(m.id for m in client.models.list().data)
check("models listed for the role", ids == ["mock-echo", "mock-leak", "mock-tool"], str(ids))

# 8. A streamed answer that leaks a credential is cut at the leak.
got = ""
error_seen = False
try:
    for ch in client.chat.completions.create(model="mock-leak", stream=True, messages=[{"role": "user", "content": "status?"}]):
        if ch.choices:
            got += ch.choices[0].delta.content or ""
except openai.APIError as e:
    error_seen = True
check("leaking stream cut at the leak", got.startswith("All systems nominal.") and "AKIA" not in got and "after" not in got,
      repr(got))
check("leaking stream ends with an error", error_seen, repr(got))

# 9. Malformed bodies are 400s in the OpenAI error shape.
for body, name in [(b'{"model":', "truncated JSON"), (b'\xff\xfe', "invalid UTF-8"), (b'[1]', "not an object"),
                   (b'{"model":"mock-echo","messages":"x"}', "messages not an array")]:
    req = urllib.request.Request(base + "/v1/chat/completions", data=body, method="POST",
                                 headers={"Authorization": "Bearer " + demo_key, "Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req)
        check(name + " rejected", False, "accepted")
    except urllib.error.HTTPError as e:
        err = json.load(e).get("error", {})
        check(name + " rejected with 400", e.code == 400 and err.get("code") == "invalid_request", f"{e.code} {err}")

# 10. Rate limit: the 41st request of a minute on one key is a 429 with Retry-After.
rc = openai.OpenAI(base_url=base + "/v1", api_key=rate_key, max_retries=0)
limited = None
for i in range(41):
    try:
        rc.chat.completions.create(model="mock-echo", messages=[{"role": "user", "content": f"n{i}"}])
    except openai.RateLimitError as e:
        limited = (i, e.response.headers.get("retry-after"), e.body)
        break
check("rate limit at the 41st request", limited is not None and limited[0] == 40 and limited[1] is not None
      and 0 < int(limited[1]) <= 60, str(limited))

if failures:
    print(f"{len(failures)} gateway check(s) failed: {', '.join(failures)}")
    sys.exit(1)
print("gateway: all checks passed")
