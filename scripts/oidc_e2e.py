#!/usr/bin/env python3
"""`portcullis serve --config` end to end: HTTPS with a self-signed certificate, and OIDC bearer
tokens (ES256, signed here with the `cryptography` package) next to API keys, through the
official `openai` client.

usage: oidc_e2e.py make WORKDIR          # writes cert.pem, key.pem, jwks.json, signing.pem
       oidc_e2e.py check BASE_URL WORKDIR API_KEY
"""
import base64
import json
import sys
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
import datetime

ISSUER = "https://login.e2e.test/"


def b64(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make(work):
    tls_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(tls_key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]), False)
            .sign(tls_key, hashes.SHA256()))
    open(f"{work}/cert.pem", "wb").write(cert.public_bytes(serialization.Encoding.PEM))
    open(f"{work}/key.pem", "wb").write(tls_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                              serialization.NoEncryption()))
    signing = ec.generate_private_key(ec.SECP256R1())
    open(f"{work}/signing.pem", "wb").write(signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                                  serialization.NoEncryption()))
    nums = signing.public_key().public_numbers()
    jwk = {"kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": "e2e-1",
           "x": b64(nums.x.to_bytes(32, "big")), "y": b64(nums.y.to_bytes(32, "big"))}
    json.dump({"keys": [jwk]}, open(f"{work}/jwks.json", "w"))


def token(work, **overrides):
    key = serialization.load_pem_private_key(open(f"{work}/signing.pem", "rb").read(), None)
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": "portcullis", "sub": "u-1", "email": "olga@e2e.test", "exp": now + 300, "iat": now,
              "groups": ["ai-analysts"]}
    claims.update(overrides)
    head = b64(json.dumps({"alg": "ES256", "typ": "JWT", "kid": "e2e-1"}).encode())
    body = b64(json.dumps(claims).encode())
    r, s = decode_dss_signature(key.sign(f"{head}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
    return f"{head}.{body}.{b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def check(base, work, api_key):
    import ssl
    import urllib.request
    import openai
    failures = []

    def ok(name, cond, detail=""):
        print(("ok   " if cond else "FAIL ") + name + (f": {detail}" if detail and not cond else ""))
        if not cond:
            failures.append(name)

    def client(key):
        return openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0, timeout=30,
                             http_client=openai.DefaultHttpxClient(verify=ssl.create_default_context(cafile=f"{work}/cert.pem")))

    msgs = [{"role": "user", "content": "Write to Anna Schmidt about the renewal."}]
    c = client(token(work)).chat.completions.create(model="mock-echo", messages=msgs)
    ok("OIDC token over HTTPS", c.choices[0].message.content == msgs[0]["content"], str(c))
    c = client(api_key).chat.completions.create(model="mock-echo", messages=msgs)
    ok("API key still accepted", c.choices[0].message.content == msgs[0]["content"], str(c))
    for name, t, status in [("expired token", token(work, exp=int(time.time()) - 600), 401),
                            ("wrong audience", token(work, aud="elsewhere"), 401),
                            ("tampered token", token(work)[:-4] + "AAAA", 401),
                            ("group without a role", token(work, groups=["visitors"]), 403)]:
        try:
            client(t).chat.completions.create(model="mock-echo", messages=msgs)
            ok(name, False, "accepted")
        except openai.APIStatusError as e:
            ok(name, e.status_code == status, f"{e.status_code} {e.body}")
    try:
        urllib.request.urlopen(base + "/healthz", timeout=5)
        ok("an untrusted client refuses the self-signed certificate", False, "connected")
    except urllib.error.URLError as e:
        ok("an untrusted client refuses the self-signed certificate", isinstance(e.reason, ssl.SSLCertVerificationError), str(e))
    trusted = urllib.request.urlopen(base + "/healthz", timeout=5, context=ssl.create_default_context(cafile=f"{work}/cert.pem"))
    ok("healthz over HTTPS", trusted.status == 200)
    if failures:
        print(f"{len(failures)} deployment check(s) failed: {', '.join(failures)}")
        sys.exit(1)
    print("deployment (HTTPS, OIDC): all checks passed")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        check(*sys.argv[2:5])
