#!/usr/bin/env python3
"""End-to-end checks of `portcullis serve`'s `POST /v1/messages` with the official `anthropic` client.

usage: anthropic_e2e.py BASE_URL KEY ADMIN_KEY
The server runs the e2e policy (scripts/e2e.d/gateway-policy.yaml): `mock-echo` echoes the last
user message, `mock-leak` answers with a scripted text holding a credential, `mock-tool` calls
the tool `lookup` with the last user message.
"""
import json
import sys
import urllib.request

import anthropic

base, key, admin_key = sys.argv[1:4]
# The client sends the key as `x-api-key`, as it does to Anthropic.
client = anthropic.Anthropic(base_url=base, api_key=key, max_retries=0, timeout=30)
failures = []


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name + (f": {detail}" if detail and not cond else ""))
    if not cond:
        failures.append(name)


def last_vendor_request():
    req = urllib.request.Request(base + "/v1/mock/requests", headers={"Authorization": "Bearer " + admin_key})
    return json.load(urllib.request.urlopen(req))["data"][-1]


# 1. A plain message, with a system prompt; names pseudonymised for the vendor, restored for us.
prompt = "Please write to Anna Schmidt (anna.schmidt@example.de) about the renewal."
raw = client.messages.with_raw_response.create(model="mock-echo", max_tokens=200, system="You are a helpful assistant.",
                                               messages=[{"role": "user", "content": prompt}])
m = raw.parse()
check("message answered", m.type == "message" and m.role == "assistant" and m.content[0].text == prompt, str(m))
check("stop reason", m.stop_reason == "end_turn", str(m.stop_reason))
check("decision headers", raw.headers.get("x-portcullis-decision-id", "").startswith("dec_"), str(dict(raw.headers)))
seen = last_vendor_request()["messages"]
check("system prompt passed as a system message", seen[0]["role"] == "system", str(seen))
check("vendor saw placeholders only", "Anna" not in seen[-1]["content"] and "<PERSON_1>" in str(seen[-1]["content"]), str(seen))

# 2. Streamed with the SDK's stream helper: text restored across pieces, the final message whole.
with client.messages.stream(model="mock-echo", max_tokens=200, messages=[{"role": "user", "content": prompt}]) as s:
    text = "".join(s.text_stream)
    final = s.get_final_message()
check("streamed text restored", text == prompt, repr(text))
check("streamed final message", final.stop_reason == "end_turn" and final.content[0].text == prompt, str(final))

# 3. A credential is refused with a permission error carrying our code and a decision id.
try:
    client.messages.create(model="mock-echo", max_tokens=50,
                           messages=[{"role": "user", "content": "deploy with AKIAIOSFODNN7EXAMPLQ now"}])
    check("credential blocked", False, "no error raised")
except anthropic.PermissionDeniedError as e:
    err = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    check("credential blocked", e.status_code == 403 and err.get("code") == "policy_blocked"
          and str(err.get("decision_id", "")).startswith("dec_"), str(e.body))

# 4. Tool results are inspected like prompts.
try:
    client.messages.create(model="mock-echo", max_tokens=50, messages=[
        {"role": "user", "content": "what did the tool say?"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "env", "input": {}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                      "content": "GITHUB_TOKEN=ghp_R8kLw2xTq9vNz4bY7cJm1sFh6dPa3gEu5oKi"}]}])
    check("credential in a tool result blocked", False, "no error raised")
except anthropic.PermissionDeniedError as e:
    check("credential in a tool result blocked", e.status_code == 403, str(e.body))

# 5. A tool call in the answer: a tool_use block whose input has the real name back.
m = client.messages.create(model="mock-tool", max_tokens=50,
                           tools=[{"name": "lookup", "description": "Find a person", "input_schema": {"type": "object"}}],
                           messages=[{"role": "user", "content": "Look up Anna Schmidt"}])
uses = [b for b in m.content if b.type == "tool_use"]
check("tool use answered", m.stop_reason == "tool_use" and len(uses) == 1 and uses[0].name == "lookup"
      and uses[0].input == {"text": "Look up Anna Schmidt"}, str(m))
with client.messages.stream(model="mock-tool", max_tokens=50, messages=[{"role": "user", "content": "Look up Anna Schmidt"}]) as s:
    final = s.get_final_message()
uses = [b for b in final.content if b.type == "tool_use"]
check("streamed tool use", len(uses) == 1 and uses[0].input == {"text": "Look up Anna Schmidt"}, str(final))

# 6. A streamed answer that leaks a credential is cut at the leak with an error event.
got, error_seen = "", False
try:
    with client.messages.stream(model="mock-leak", max_tokens=50, messages=[{"role": "user", "content": "status?"}]) as s:
        for t in s.text_stream:
            got += t
except anthropic.APIError:
    error_seen = True
check("leaking stream cut at the leak", got.startswith("All systems nominal.") and "AKIA" not in got, repr(got))
check("leaking stream ends with an error", error_seen, repr(got))

# 7. No key; an unknown model.
try:
    anthropic.Anthropic(base_url=base, api_key="pcs_not_a_key", max_retries=0).messages.create(
        model="mock-echo", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    check("bad key refused", False, "no error raised")
except anthropic.AuthenticationError as e:
    check("bad key refused", e.status_code == 401, str(e.body))
try:
    client.messages.create(model="no-such-model", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    check("unknown model", False, "no error raised")
except anthropic.NotFoundError as e:
    check("unknown model", e.status_code == 404, str(e.body))

if failures:
    print(f"{len(failures)} anthropic check(s) failed: {', '.join(failures)}")
    sys.exit(1)
print("anthropic messages: all checks passed")
