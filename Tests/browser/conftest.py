"""Browser tests of the client pages: a real `stipple serve` on the embedded default with the
demo chain, in a fresh data folder, driven by headless Chromium at a phone's size."""

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(base):
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class Server:
    def __init__(self, base, links, process, log_path, log_start, admin_token, password):
        self.base = base
        self.admin_token = admin_token  # the demo's, made at random for this database and printed at its first start
        self.password = password
        self.log_path = log_path
        self.log_start = log_start  # where the log goes on after the start-up lines (which print the demo links)
        self.links = links  # client name -> absolute link
        self.process = process

    def api(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={
            "Authorization": "Bearer " + self.admin_token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
            return json.loads(text) if text else None

    def status(self, path):
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def journey_of(self, client_name):
        client = next(c for c in self.api("GET", "/api/v1/clients?limit=200") if c["fullName"] == client_name)
        return self.api("GET", "/api/v1/clients/%s/journeys" % client["id"])[-1]["id"]


@pytest.fixture(scope="session")
def server():
    binary = os.environ.get("STIPPLE_BINARY", os.path.join(ROOT, ".build", "debug", "stipple"))
    data = tempfile.mkdtemp(prefix="stipple-browser-")
    port = free_port()
    # At debug, so the test of what the log holds sees every line a server could write.
    env = dict(os.environ, STIPPLE_DATA_DIR=data, LOG_LEVEL="debug")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(data, "serve.log"), "w+")
    process = subprocess.Popen([binary, "serve", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = "http://127.0.0.1:%d" % port
    links = {}
    deadline = time.time() + 60
    while time.time() < deadline:
        log.seek(0)
        text = log.read()
        links = dict(re.findall(r"Client page of ([^(]+?) \([^)]*\): (\S+)", text))
        if len(links) >= 2 and healthy(base):
            break
        if process.poll() is not None:
            raise RuntimeError("stipple serve exited:\n" + text)
        time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("stipple serve did not start in time")
    token = re.search(r"Demo admin token: (\S+)", text).group(1)
    password = re.search(r"demo password (\S+) for every demo sign-in", text).group(1)
    started = Server(base, links, process, os.path.join(data, "serve.log"), len(text), token, password)
    # Where the server's outbox writes its messages (the file transport, the default).
    started.outbox = os.path.join(data, "outbox", "reminders.jsonl")
    yield started
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(data, ignore_errors=True)


def chromium(window_size=None, phone=False):
    """Headless Debian Chromium: a window of `window_size` ("768,1024"), or a phone."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    if window_size:
        options.add_argument("--window-size=" + window_size)
    if phone:
        # Headless windows are at least 500 px wide, so a phone's viewport is emulated.
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": 375, "height": 812, "pixelRatio": 3.0},
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/120.0 Mobile Safari/537.36",
        })
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def browser():
    driver = chromium(phone=True)
    yield driver
    driver.quit()
