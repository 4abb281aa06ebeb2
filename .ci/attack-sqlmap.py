#!/usr/bin/env python3
"""sqlmap over every endpoint of the running portal that takes a query parameter (issue 27, item 6; issue 19's open
data API and its public search page among them), on loopback only, with real bearer tokens of the demo users.

Run with command 1 running (mvn -Pstart -DskipTests verify); installs Debian's sqlmap if missing:
    python3 .ci/attack-sqlmap.py
Ends with one line: "sqlmap: <endpoints> endpoints, <findings> findings". Exit status 1 if sqlmap found an injection.

Each endpoint is sent with every query parameter given a plausible value and an id path segment given a real record
of its type (a person, a case, an application), as the user whose role opens it (the first demo user whose plain
request answers 200), so that sqlmap compares answers of an endpoint that works rather than of a refusal. sqlmap
runs every technique at level 1, risk 1 (no statement that changes data); its answers are read for "is vulnerable"
and "identified the following injection point". Endpoints that take a file in their body (POST with a query parameter) are listed as not sent.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

PORTAL = "http://127.0.0.1:8080"
TOKEN_URL = "http://127.0.0.1:8180/realms/portal/protocol/openid-connect/token"
TODAY = time.strftime("%Y-%m-%d")
VALUES = {"max": "5", "first": "0", "on": TODAY, "since": "2026-09-01", "from": "2026-09-01", "to": TODAY, "year": "2026",
          "dob": "2014-05-06", "name": "Ann Lee", "q": "Lee", "postcode": "NG7 5HY", "upn": "A123456789012", "nhs": "9434765919",
          "team": "city-hub-bestwood", "stage": "ALLOCATED", "status": "SUBMITTED", "kind": "PERSISTENT", "type": "person",
          "neet": "false", "worker": "casey.city", "search": "hub", "age": "3", "page": "1", "per_page": "5",
          "proximity": "3000", "day": "MO", "start_time": "09:00", "end_time": "17:00", "minimum_age": "0", "maximum_age": "18"}
# who may open what, tried in order until a plain request answers 200
USERS = {"admin": ["ada.cityadmin"], "attendance": ["alex.attendance"], "clocks": ["tess.citymanager"],
         "directory": ["casey.city"], "early-help": ["tess.citymanager", "casey.city", "robin.performance"],
         "licensing": ["lou.licensing"], "people": ["casey.city", "tess.citymanager"],
         "troubled-families": ["robin.performance", "tess.citymanager", "ada.cityadmin"]}


def say(text):
    print(text, flush=True)


def http(url, token=None, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=dict(headers or {}))
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "portal-cli", "username": user,
                                   "password": "demo-password"}).encode()
    status, body = http(TOKEN_URL, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:
        sys.exit("Keycloak refused a token for %s: %s" % (user, body[:200]))
    return json.loads(body)["access_token"]


def first_id(path, user, key="id"):
    status, body = http(PORTAL + "/portal-api/api" + path, token(user))
    found = re.search(r'"%s"\s*:\s*"([0-9a-f-]{36})"' % key, body) if status == 200 else None
    return found.group(1) if found else None


# a parameter whose allowed words differ between endpoints
STATUS = {"/api/{tenant}/clocks": "OVERDUE"}


def sqlmap(url, params, auth, work):
    cmd = ["sqlmap", "-u", url, "--batch", "--level", "1", "--risk", "1", "--flush-session",
           "--disable-coloring", "--output-dir", work, "-p", ",".join(params), "--timeout", "15", "--retries", "1"]
    if auth:
        cmd += ["--headers", "Authorization: Bearer " + auth]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=300).stdout
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        out += "\n[timed out after 300 s]"
    vulnerable = re.findall(r"parameter '([^']+)' (?:is|might be) (?:vulnerable|injectable)", out, re.I)
    identified = "identified the following injection point" in out
    return sorted(set(vulnerable)) if (vulnerable or identified) else [], out


def main():
    if shutil.which("sqlmap") is None:
        say("installing Debian's sqlmap")
        subprocess.run(["apt-get", "install", "-y", "-q", "sqlmap"], check=True, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    status, _ = http(PORTAL + "/portal-api/open/city/")
    if status != 200:
        sys.exit("The portal is not running on %s: start it with command 1 first" % PORTAL)
    status, spec = http(PORTAL + "/openapi", headers={"Accept": "application/json"})
    paths = json.loads(spec)["paths"]
    # values the endpoints check against the council's own data
    open_term = re.search(r'"id":"([0-9a-f-]{36})"', http(PORTAL + "/portal-api/open/city/taxonomy_terms?per_page=1")[1])
    VALUES["taxonomy_term_id"] = open_term.group(1) if open_term else ""
    VALUES["organization_id"] = first_id("/city/directory/organisations", "casey.city")
    ids = {"personId": first_id("/city/people?q=a&max=1", "casey.city"),
           "id": first_id("/city/early-help/cases?max=1", "tess.citymanager"),
           "key": "portal.demo-notice"}
    work = tempfile.mkdtemp(prefix="sqlmap-")
    sent, skipped, findings, refused = [], [], [], []
    for path, item in sorted(paths.items()):
        for method, op in item.items():
            query = [p["name"] for p in op.get("parameters", []) if p.get("in") == "query"]
            if not query:
                continue
            if method != "get":
                skipped.append("%s %s" % (method.upper(), path))
                continue
            url = PORTAL + "/portal-api" + path.replace("{tenant}", "city")
            for name, value in ids.items():
                url = url.replace("{%s}" % name, value or "00000000-0000-0000-0000-000000000000")
            url += "?" + urllib.parse.urlencode({q: STATUS.get(path, VALUES["status"]) if q == "status" else VALUES.get(q, "1")
                                                 for q in query})
            area = path.split("/")[3] if len(path.split("/")) > 3 else ""
            users = USERS.get(area, ["tess.citymanager", "casey.city", "ada.cityadmin"])
            auth = None
            for user in users:
                t = token(user)
                if http(url, t)[0] == 200:
                    auth = t
                    break
            if auth is None:
                refused.append("GET " + path)
                auth = token(users[0])
            found, _ = sqlmap(url, query, auth, work)
            sent.append("GET " + path)
            say("%-60s %s" % ("GET " + path, "FOUND " + ", ".join(found) if found else "nothing"))
            findings += ["GET %s %s" % (path, f) for f in found]
    # issue 19: the open data API and the public search page, without any token, as anyone would call them
    public = [("/portal-api/open/city/services", ["search", "page", "per_page", "taxonomy_term_id", "minimum_age", "maximum_age", "day",
                                                  "start_time", "end_time", "age"]),
              ("/portal-api/open/city/service_at_locations", ["search", "postcode", "proximity", "page"]),
              ("/portal-api/open/city/taxonomies", ["page", "per_page"]),
              ("/portal-api/open/city/taxonomy_terms", ["page", "per_page"]),
              ("/portal/find-a-service/index.xhtml", ["council", "search", "age", "taxonomy_term_id", "page"])]
    for path, query in public:
        values = dict(VALUES, council="city")
        url = PORTAL + path + "?" + urllib.parse.urlencode({q: values.get(q, "1") for q in query})
        found, _ = sqlmap(url, query, None, work)
        sent.append("GET " + path)
        say("%-60s %s" % ("GET " + path, "FOUND " + ", ".join(found) if found else "nothing"))
        findings += ["GET %s %s" % (path, f) for f in found]
    if refused:
        say("answered other than 200 to every demo user tried (sent anyway): " + ", ".join(refused))
    if skipped:
        say("not sent (they take a file in their body): " + ", ".join(skipped))
    say("sqlmap: %d endpoints, %d findings" % (len(sent), len(findings)))
    for f in findings:
        say("  " + f)
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
