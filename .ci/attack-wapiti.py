#!/usr/bin/env python3
"""wapiti over the portal's pages, signed in, on loopback only (issue 27, item 6).

Run with command 1 running (mvn -Pstart -DskipTests verify), or the cluster (mvn -Pcluster -DskipTests verify);
installs Debian's wapiti if missing:
    python3 .ci/attack-wapiti.py
Ends with one line: "wapiti: <findings> findings". Exit status 1 if wapiti found anything.

A demo user signs in through Keycloak's form as a browser does; wapiti then crawls and attacks the council's staff pages
with that session (its cookie as a header on every request), then the public pages without one. Modules: wapiti's
"common" set without ssrf, the one that has the target call an address on the internet (wapiti's own endpoint); no bug
reports are sent (--no-bugreport). The scan's scope is the council's folder (/portal/city/), which the sign-out link
(/portal/sign-out) is outside of, so the scan keeps its session (Debian's wapiti 3.0.4 cannot take -x on Python 3.11: its
pattern for it fails to compile); the session is checked to be still signed in at the end, so that a scan that lost it
(and only saw the sign-in page) is not taken as clean.
Findings are wapiti's vulnerabilities and anomalies (an answer of 500, or a time-out) from its JSON report.
"""
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

PORTAL = "http://127.0.0.1:8080"
MODULES = "common,-ssrf"  # wapiti 3.0's "common" modules (blindsql, cookieflags, csp, exec, file, http_headers, permanentxss, redirect, sql, xss) without ssrf


class LoopbackPolicy(http.cookiejar.DefaultCookiePolicy):
    """Keycloak marks its sign-in cookies Secure; a browser sends them to 127.0.0.1 over plain HTTP (a secure context)."""

    def return_ok_secure(self, cookie, request):
        return True


def say(text):
    print(text, flush=True)


def sign_in(user):
    jar = http.cookiejar.CookieJar(policy=LoopbackPolicy())
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(PORTAL + "/portal/city/index.xhtml", timeout=30).read().decode("utf-8", "replace")
    action = re.search(r'id="kc-form-login"[^>]*action="([^"]+)"', form)
    if not action:
        sys.exit("The portal did not send the browser to Keycloak's sign-in form: is the portal running on %s?" % PORTAL)
    data = urllib.parse.urlencode({"username": user, "password": "demo-password"}).encode()
    home = opener.open(action.group(1).replace("&amp;", "&"), data=data, timeout=30).read().decode("utf-8", "replace")
    session = next((c.value for c in jar if c.name == "JSESSIONID"), None)
    if not session or "kc-form-login" in home:
        sys.exit("%s could not sign in" % user)
    return session


def still_signed_in(session):
    req = urllib.request.Request(PORTAL + "/portal/city/index.xhtml", headers={"Cookie": "JSESSIONID=" + session})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    try:
        with urllib.request.build_opener(NoRedirect()).open(req, timeout=30) as r:
            return r.status == 200
    except urllib.error.HTTPError:
        return False


# Advisories looked into and accepted, each with its reason (README, "wapiti"); any other finding fails the run.
ACCEPTED = [
    (r'^Content Security Policy Configuration: CSP "script-src" value is not safe$',
     "wapiti reads the portal's own policy header only; PrimeFaces' CSP mode sends a second policy with each page,"
     " script-src 'self' 'nonce-...', and browsers enforce both, so only the page's nonce scripts run"),
    (r"^HTTP Secure Headers: X-XSS-Protection is not set$",
     "on purpose: the browsers' XSS filter is gone and OWASP advises against the header"),
    (r"^HTTP Secure Headers: Strict-Transport-Security is not set$",
     "a loopback run over plain HTTP; set by the TLS-terminating balancer in production (README)"),
    (r"^Secure Flag cookie: Secure flag is not set in the cookie : JSESSIONID$",
     "a loopback run over plain HTTP; Payara marks the session cookie Secure when the request came over HTTPS (README)"),
]


def wapiti(name, base, starts, headers, work, scan_seconds):
    report = os.path.join(work, name + ".json")
    cmd = ["wapiti", "-u", base, "--scope", "folder", "--module=" + MODULES, "--no-bugreport", "-f", "json", "-o", report,
           "--flush-session", "--store-session", os.path.join(work, "session-" + name), "-v", "1",
           "--max-scan-time", str(scan_seconds), "--max-attack-time", str(scan_seconds // 6), "-t", "20"]
    for s in starts:
        cmd += ["-s", s]
    for h in headers:
        cmd += ["-H", h]
    out = subprocess.run(cmd, capture_output=True, text=True)
    with open(os.path.join(work, name + ".log"), "w") as f:
        f.write(out.stdout + out.stderr)
    if not os.path.exists(report):
        sys.exit("wapiti wrote no report for %s:\n%s" % (name, (out.stdout + out.stderr)[-3000:]))
    with open(report) as f:
        data = json.load(f)
    found = []
    for kind in ("vulnerabilities", "anomalies"):
        for category, items in data.get(kind, {}).items():
            for item in items:
                found.append("%s: %s %s %s" % (category, item.get("method", ""), item.get("path", ""), item.get("info", "")))
    return found, out.stdout


def main():
    if shutil.which("wapiti") is None:
        say("installing Debian's wapiti")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if subprocess.run(["apt-get", "install", "-y", "-q", "wapiti"], env=env).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
            subprocess.run(["apt-get", "install", "-y", "-q", "wapiti"], check=True, env=env)
    work = tempfile.mkdtemp(prefix="wapiti-")
    scan_seconds = int(os.environ.get("WAPITI_SECONDS", "600"))
    findings = []
    for user, pages in [("casey.city", ["people/find.xhtml", "early-help/index.xhtml", "early-help/my-cases.xhtml",
                                        "early-help/refer.xhtml", "directory/index.xhtml", "clocks/index.xhtml"]),
                        ("ada.cityadmin", ["admin/modules.xhtml", "admin/calendar.xhtml", "directory/index.xhtml"])]:
        session = sign_in(user)
        base = PORTAL + "/portal/city/"
        found, _ = wapiti(user, base, [base + p for p in pages], ["Cookie: JSESSIONID=" + session], work, scan_seconds)
        kept = still_signed_in(session)
        say("%-16s %d findings; %s" % (user, len(found), "still signed in at the end" if kept else "THE SESSION WAS LOST"))
        if not kept:
            findings.append("%s: the scan lost its session, so its pages were not all scanned" % user)
        findings += ["%s %s" % (user, f) for f in found]
    found, _ = wapiti("public", PORTAL + "/portal/find-a-service/", [PORTAL + "/portal/find-a-service/index.xhtml?council=city&search=hub"],
                      [], work, scan_seconds // 2)
    say("%-16s %d findings" % ("public pages", len(found)))
    findings += ["public " + f for f in found]
    # the same finding in several scans (a header missing from every page) is one finding, with where it was seen
    distinct = {}
    for f in findings:
        scan, what = f.split(" ", 1)
        key = re.sub(r" (GET|POST) \S+ ", " ", what)
        distinct.setdefault(key, []).append(scan)
    say("wapiti: %d findings" % len(distinct))
    unexplained = []
    for what, scans in distinct.items():
        why = next((reason for pattern, reason in ACCEPTED if re.search(pattern, what)), None)
        say("  %s (%s)%s" % (what, ", ".join(scans), "\n      accepted: " + why if why else ""))
        if why is None:
            unexplained.append(what)
    say("%d of them accepted (README, issue 27), %d not" % (len(distinct) - len(unexplained), len(unexplained)))
    say("reports and logs: " + work)
    sys.exit(1 if unexplained else 0)


if __name__ == "__main__":
    main()
