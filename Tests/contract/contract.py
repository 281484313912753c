"""The API contract check: schemathesis against a real `stipple serve` on the embedded default
with the demo chain, in a fresh data folder, once as the chain's admin and once as reception.

Every operation of the served document is exercised with real ids (a clinic, a client, a
session, journeys, an alert, a photo, a client link, a calendar feed, a person and a token made
for the run), so the answers are the real ones and not only 404s. The run fails on any server
error, any answer the document does not describe, and any request the document allows that the
server refuses (or the reverse). Usage: python3 Tests/contract/contract.py [--examples N] [more schemathesis options]
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import requests

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CONFIG = os.path.join(ROOT, "Tests", "contract", "schemathesis.toml")
PHOTO = os.path.join(ROOT, "Tests", "StippleServerTests", "Fixtures", "scalp-front-gps.jpg")
ADMIN_AND_RECEPTION = ("chain.admin@stipple.example", "sam.reed@stipple.example")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Chain:
    """The demo chain of a running server, read and prepared through its API and pages."""

    def __init__(self, base, binary, env):
        self.base = base
        self.binary = binary
        self.env = env
        self.admin = self.cli("demo-credentials", "--token")
        self.password = self.cli("demo-credentials", "--password")

    def cli(self, *args):
        out = subprocess.run([self.binary, *args], env=self.env, check=True, capture_output=True, text=True)
        return out.stdout.strip().splitlines()[-1].split()[-1]

    def api(self, method, path, body=None, token=None):
        response = requests.request(method, self.base + path, json=body, timeout=30,
                                    headers={"Authorization": "Bearer " + (token or self.admin)})
        response.raise_for_status()
        return response.json() if response.content else None

    def sign_in(self, email):
        """A staff session: the cookie and the CSRF token its forms carry."""
        session = requests.Session()
        page = session.get(self.base + "/staff/login", timeout=30)
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page.text).group(1)
        answer = session.post(self.base + "/staff/login", timeout=30, allow_redirects=False,
                              data={"email": email, "password": self.password, "_csrf": csrf})
        assert answer.status_code == 303, "signing in %s answered %d" % (email, answer.status_code)
        workspace = session.get(self.base + "/staff/calendar", timeout=30)
        form_csrf = re.search(r'name="_csrf" value="([^"]+)"', workspace.text).group(1)
        return session, session.cookies["stipple_staff"], form_csrf

    def login_csrf(self):
        """The login form's CSRF token, the same in its cookie and its field."""
        return requests.get(self.base + "/staff/login", timeout=30).cookies["stipple_login"]

    def calendar_feed(self, session, csrf):
        page = session.post(self.base + "/staff/calendar/feed", data={"_csrf": csrf}, timeout=30)
        return re.search(r"/calendar/([A-Za-z0-9_\-]+\.ics)", page.text).group(1)


def prepare(chain):
    """Real ids for every path parameter; reception's clinic, so both roles reach them."""
    clinic = next(c for c in chain.api("GET", "/api/v1/clinics") if c["name"].endswith("Newcastle"))
    clients = chain.api("GET", "/api/v1/clients?limit=200&clinic=" + clinic["id"])
    healing = []
    for client in clients:
        journeys = chain.api("GET", "/api/v1/clients/%s/journeys" % client["id"])
        if journeys:
            healing.append((client, journeys[-1]))
    # Journey A is the API's (its link is issued and revoked during the run); journey B holds
    # the client link, and a check-in with a photo sent through its page as a client would.
    (client_a, journey_a), (_, journey_b) = healing[0], healing[1]
    link = chain.api("POST", "/api/v1/journeys/%s/link" % journey_b["id"])
    page = chain.base + "/j/" + link["token"] + "/check-in"
    with open(PHOTO, "rb") as photo_file:
        sent = requests.post(page, timeout=30, allow_redirects=False, data={"redness": "1", "swelling": "1", "pain": "2", "heat": "0", "discharge": "none"},
                             files={"photo-front": ("scalp.jpg", photo_file, "image/jpeg")})
    assert sent.status_code == 303, "the client's check-in answered %d" % sent.status_code
    check_in = chain.api("GET", "/api/v1/journeys/%s/check-ins" % journey_b["id"])[-1]
    photo, checked = check_in["photos"][0]["id"], check_in["id"]
    alerts = chain.api("GET", "/api/v1/alerts?clinic=%s&status=open" % clinic["id"])
    session = chain.api("GET", "/api/v1/clients/%s/sessions" % client_a["id"])[-1]
    spare = chain.api("POST", "/api/v1/technicians", {"clinicID": clinic["id"], "name": "Contract Spare"})
    leaving = chain.api("POST", "/api/v1/technicians", {"clinicID": clinic["id"], "name": "Contract Leaver"})
    token = subprocess.run([chain.binary, "staff", "token", "add", "--staff", spare["id"], "--name", "contract"],
                           env=chain.env, check=True, capture_output=True, text=True).stdout
    technician = next(t for t in chain.api("GET", "/api/v1/technicians?clinic=" + clinic["id"]) if t["role"] == "lead-technician")
    # A booked follow-up, so reading and cancelling it meet one (an admin may book before healing).
    starts = time.strftime("%Y-%m-%dT10:00:00Z", time.gmtime(time.time() + 30 * 86400))
    chain.api("POST", "/api/v1/journeys/%s/follow-up" % journey_a["id"],
              {"startsAt": starts, "technicianID": technician["id"], "overrideReason": "Contract check"})
    batch = chain.api("POST", "/api/v1/clinics/%s/pigment-batches" % clinic["id"],
                      {"product": "Contract black", "lot": "CT-1", "supplier": "Contract Supplies", "expiresOn": "2030-12-31"})
    return {
        "STIPPLE_BATCH_ID": batch["id"],
        "STIPPLE_CLINIC_ID": clinic["id"],
        "STIPPLE_CLIENT_ID": client_a["id"],
        "STIPPLE_SESSION_ID": session["id"],
        "STIPPLE_JOURNEY_ID": journey_a["id"],
        "STIPPLE_ALERT_ID": alerts[0]["id"] if alerts else "00000000-0000-4000-8000-000000000000",
        "STIPPLE_PHOTO_ID": photo,
        "STIPPLE_CHECK_IN_ID": checked,
        "STIPPLE_LINK_TOKEN": link["token"],
        "STIPPLE_STAFF_ID": spare["id"],
        "STIPPLE_DEACTIVATED_ID": leaving["id"],
        "STIPPLE_TECHNICIAN_ID": technician["id"],
        "STIPPLE_SESSION_CLIENT_ID": healing[2][0]["id"],
        "STIPPLE_TOKEN_ID": re.search(r"Token ([0-9A-Fa-f-]{36})", token).group(1),
    }


def run(base, role, token, staff, logout, login_csrf, ids, examples, report, passed_on=()):
    """Schemathesis as one person: their API token and their staff session. Signing out ends
    the session it is sent with, so that operation runs last, alone, with a session of its own."""
    env = dict(os.environ, **ids, STIPPLE_API_TOKEN=token, STIPPLE_LOGIN_CSRF=login_csrf,
               SCHEMATHESIS_HOOKS="staff_forms", PYTHONPATH=os.path.dirname(os.path.abspath(__file__)))
    failed = 0
    for name, session, only in ((role, staff, False), (role + "-logout", logout, True)):
        env.update(STIPPLE_STAFF_SESSION=session[1], STIPPLE_CSRF=session[2])
        which = ["--include-name", "POST /staff/logout"] if only else ["--exclude-name", "POST /staff/logout"]
        command = [sys.executable, "-m", "schemathesis.cli", "--config-file", CONFIG, "run", base + "/openapi.yaml", *which,
                   "--max-examples", str(examples), "--seed", "1", "--workers", "1",
                   "--report", "junit,har", "--report-junit-path", os.path.join(report, name + ".xml"),
                   "--report-har-path", os.path.join(report, name + ".har"), *passed_on]
        print("== schemathesis as %s: %s" % (name, " ".join(command[5:])), flush=True)
        failed |= subprocess.run(command, env=env).returncode
    return failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=int(os.environ.get("STIPPLE_CONTRACT_EXAMPLES", "20")))
    parser.add_argument("--binary", default=os.environ.get("STIPPLE_BINARY", os.path.join(ROOT, ".build", "debug", "stipple")))
    arguments, passed_on = parser.parse_known_args()

    data = tempfile.mkdtemp(prefix="stipple-contract-")
    port = free_port()
    # The public forms' limit per address would answer most of the run with 429: lifted, so the
    # fuzzing reaches the booking rules.
    env = dict(os.environ, STIPPLE_DATA_DIR=data, STIPPLE_PUBLIC_FORM_LIMIT="100000")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(data, "serve.log"), "w")
    server = subprocess.Popen([arguments.binary, "serve", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.time() + 120
        while True:
            try:
                if requests.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.time() > deadline or server.poll() is not None:
                sys.exit("the server did not start; its log:\n" + open(log.name).read())
            time.sleep(0.5)
        chain = Chain(base, arguments.binary, env)
        ids = prepare(chain)
        reception = chain.cli("staff", "token", "add", "--staff", "Sam Reed", "--name", "contract")
        # Every sign-in before the runs: the login form is fuzzed too, and its throttle then answers 429.
        admin, reception_staff = (chain.sign_in(email) for email in ADMIN_AND_RECEPTION)
        admin_out, reception_out = (chain.sign_in(email) for email in ADMIN_AND_RECEPTION)
        # The lead technician's feed: the runs make new feeds for admin and reception, which end theirs.
        lead = chain.sign_in("jamie.robson@stipple.example")
        ids["STIPPLE_FEED"] = chain.calendar_feed(lead[0], lead[2])
        login_csrf = chain.login_csrf()
        report = os.path.join(ROOT, ".build", "contract")
        os.makedirs(report, exist_ok=True)
        failed = run(base, "admin", chain.admin, admin, admin_out, login_csrf, ids, arguments.examples, report, passed_on)
        failed |= run(base, "reception", reception, reception_staff, reception_out, login_csrf, ids, arguments.examples, report, passed_on)
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = [line for line in open(log.name) if "[ ERROR ]" in line or "[ CRITICAL ]" in line]
    if errors:
        print("== the server logged errors:\n" + "".join(errors[:20]))
        failed = 1
    shutil.rmtree(data, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
