"""A client on a phone: reads today's stage, checks in, sees the triage; links that do not work
get a friendly page. Every client page passes axe-core without serious or critical violations."""

import os
import socket
import time

from axe_selenium_python import Axe
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PHOTO = os.path.join(os.path.dirname(__file__), "..", "StippleServerTests", "Fixtures", "scalp-front-gps.jpg")
ENGLISH = "Sophie Turner"  # Stipple Newcastle (999)
DUTCH = "Joris Bakker"  # Stipple Amsterdam (112)


def assert_accessible(browser, page):
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    assert not bad, "%s: %s" % (page, [(v["id"], v["impact"], v["help"]) for v in bad])


def text(browser, selector):
    return browser.find_element(By.CSS_SELECTOR, selector).text


def heading_becomes(browser, expected):
    """Waits for the page that a click or submit opens."""
    # Read through one script call: element handles of a page being replaced go stale.
    script = ("var h = document.querySelector('h1');"
              "return document.readyState === 'complete' && h ? h.textContent.trim() : null;")
    wait = WebDriverWait(browser, 15, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException,
                                                         WebDriverException))
    wait.until(lambda b: b.execute_script(script) == expected)
    return True


def test_the_viewport_is_a_phone(server, browser):
    browser.get(server.links[ENGLISH])
    assert browser.execute_script("return window.innerWidth") == 375


def test_today_page_in_english(server, browser):
    browser.get(server.links[ENGLISH])
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en-GB"
    assert "since your session" in text(browser, "h1")
    assert text(browser, "#normal") == "What is normal today"
    normal = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=normal] li")
    assert len(normal) >= 2
    current = browser.find_elements(By.CSS_SELECTOR, ".timeline li[aria-current=step]")
    assert len(current) == 1
    assert browser.find_element(By.CSS_SELECTOR, "a.call").get_attribute("href") == "tel:999"
    assert_accessible(browser, "today (en-GB)")


def test_today_page_in_dutch(server, browser):
    browser.get(server.links[DUTCH])
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert "na je behandeling" in text(browser, "h1")
    assert text(browser, "#normal") == "Wat vandaag normaal is"
    assert browser.find_element(By.CSS_SELECTOR, "a.call").get_attribute("href") == "tel:112"
    assert_accessible(browser, "today (nl-NL)")


def fill_check_in(browser, temperature):
    for field, value in (("redness", "1"), ("swelling", "1"), ("pain", "3"), ("heat", "1"), ("discharge", "clear")):
        browser.find_element(By.CSS_SELECTOR, "input[name=%s][value='%s']" % (field, value)).click()
    browser.find_element(By.CSS_SELECTOR, "input[name=scabs]").click()
    box = browser.find_element(By.ID, "temperatureC")
    box.clear()
    box.send_keys(temperature)


def test_a_check_in_with_a_fever_sends_the_client_to_urgent_care(server, browser):
    browser.get(server.links[ENGLISH])
    browser.find_element(By.LINK_TEXT, "Check in now").click()
    assert heading_becomes(browser, "Check in")
    assert_accessible(browser, "check-in form")
    fill_check_in(browser, "38.5")
    browser.find_element(By.ID, "photo-front").send_keys(os.path.abspath(PHOTO))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # A fever alone is urgent care today (NHS 111 or the GP), not an emergency call.
    assert heading_becomes(browser, "See a doctor today")
    assert "NHS 111" in text(browser, "section.urgent-care")
    assert "/check-ins/" in browser.current_url
    # The photo was stored and is shown back to the link's holder, still the right way up: the
    # 64x48 picture carries EXIF orientation 6 (turn 90 degrees), kept when its location was removed.
    image = browser.find_element(By.CSS_SELECTOR, ".photos img")
    assert image.get_attribute("alt") == "Front hairline"
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) == 48
    assert_accessible(browser, "check-in result (red, urgent care)")


def test_a_dutch_check_in_with_a_fever_sends_the_client_to_the_huisarts(server, browser):
    browser.get(server.links[DUTCH] + "/check-in")
    fill_check_in(browser, "39,0")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert heading_becomes(browser, "Laat je vandaag door een arts zien")
    assert "huisartsenpost" in text(browser, "section.urgent-care")


def test_confusion_with_a_fever_shows_the_emergency_number_first(server, browser):
    browser.get(server.links[DUTCH] + "/check-in")
    fill_check_in(browser, "39,0")
    browser.find_element(By.CSS_SELECTOR, "input[name=systemicSymptoms]").click()
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert heading_becomes(browser, "Bel nu 112")
    assert browser.find_element(By.CSS_SELECTOR, "section.emergency a.call").get_attribute("href") == "tel:112"
    assert_accessible(browser, "check-in result (red, emergency)")


def test_a_form_with_mistakes_shows_a_message_at_each_field(server, browser):
    browser.get(server.links[ENGLISH] + "/check-in")
    browser.find_element(By.CSS_SELECTOR, "input[name=pain][value='4']").click()
    browser.find_element(By.ID, "temperatureC").send_keys("hot")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda b: b.execute_script("return document.readyState === 'complete' && !!document.getElementById('error-summary')"))
    assert text(browser, "#error-summary") == "Something is missing"
    assert text(browser, "#redness-error") == "Choose one answer."
    assert text(browser, "#temperatureC-error") == "Enter a temperature like 37.2, or leave it empty."
    assert browser.find_element(By.CSS_SELECTOR, "input[name=pain][value='4']").is_selected()
    assert_accessible(browser, "check-in form with errors")


def test_a_wrong_link_gets_a_friendly_404(server, browser):
    assert server.status("/j/not-a-real-link") == 404
    browser.get(server.base + "/j/not-a-real-link")
    assert text(browser, "h1") == "This link is not valid"
    assert_accessible(browser, "link not valid")


def test_a_revoked_link_gets_the_same_page(server, browser):
    journey = server.journey_of(DUTCH)
    old_link = server.links[DUTCH]
    issued = server.api("POST", "/api/v1/journeys/%s/link" % journey)
    path = old_link[len(server.base):]
    assert server.status(path) == 404
    browser.get(old_link)
    assert text(browser, "h1") == "This link is not valid"
    server.links[DUTCH] = server.base + issued["path"]
    assert server.status(issued["path"]) == 200


def test_history_shows_the_curve_and_photos(server, browser):
    # The fever check-in above sent a front photo.
    browser.get(server.links[ENGLISH])
    browser.find_element(By.PARTIAL_LINK_TEXT, "Earlier check-ins").click()
    assert heading_becomes(browser, "Earlier check-ins")
    assert browser.find_elements(By.CSS_SELECTOR, "svg[role=img] circle")
    assert browser.find_elements(By.CSS_SELECTOR, ".photos img[alt^='Front hairline']")
    assert_accessible(browser, "history")


def test_a_large_post_to_a_made_up_link_is_refused_without_being_read(server):
    """40 MB announced, 1 KB sent: the 404 comes back at once, so the server never waited for
    (or kept) the rest of the body."""
    host, port = server.base[len("http://"):].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(("POST /j/%s/check-in HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                   "Content-Length: 40000000\r\n\r\n" % ("x" * 43, host)).encode() + b"a" * 1024)
        started = time.time()
        answer = s.recv(4096).decode("latin-1")
        assert answer.startswith("HTTP/1.1 404"), answer[:200]
        assert time.time() - started < 5


def test_the_server_log_holds_no_link_token(server, browser):
    """The log keeps each request's route pattern, never the link in its path."""
    link = server.links[ENGLISH]
    token = link.rsplit("/", 1)[1]
    for path in ("", "/history", "/check-in"):
        browser.get(link + path)
    with open(server.log_path) as log:
        text_of_log = log.read()[server.log_start:]
    assert "GET /j/:token/history" in text_of_log
    assert token not in text_of_log
