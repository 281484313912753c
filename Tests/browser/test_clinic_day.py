"""The clinic's day at tablet size (768×1024), as Newcastle's lead technician, through the pages
alone: register a new client; send the screening link and fill it in on the client's phone,
declaring blood thinners; see the warning and record the prescriber's clearance; have the
client sign the consents on the tablet; chart a session with a batch of the register and four
before photos; see the journey start and the link arrive through the outbox; see where the next
session falls in the treatment plan, on the record and the client's page; recall the batch
and find the client in the recall report. Every page passes axe-core without serious or
critical violations."""

import json
import os
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ROOT, chromium
from test_client_pages import assert_accessible, heading_becomes
from test_staff_pages import LEAD, click_and_wait, sign_in

NAME = "Ayo Bankole"
EMAIL = "ayo.bankole@example.com"
LOT = "DAY-2612"
PHOTO = os.path.join(ROOT, "Tests", "StippleServerTests", "Fixtures", "scalp-front-gps.jpg")


@pytest.fixture(scope="module")
def tablet():
    driver = chromium("768,1024")
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def phone():
    driver = chromium(phone=True)
    yield driver
    driver.quit()


def message(server, kind, timeout=75):
    """The outbox's message of `kind` to the client, once the server's worker has sent it."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(server.outbox):
            with open(server.outbox) as f:
                for line in f:
                    sent = json.loads(line)
                    if sent.get("kind") == kind and sent.get("email") == EMAIL:
                        return sent
        time.sleep(1)
    raise AssertionError("no %s message reached the outbox" % kind)


def set_value(tablet, element_id, value):
    # Date and time inputs take what the tablet's locale types; set the value as the form sends it.
    tablet.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)


def test_the_clinics_day(server, tablet, phone):
    sign_in(server, tablet, LEAD, then="/staff/batches")
    heading_becomes(tablet, "Pigment batches")
    for name, value in (("product", "Neutral black"), ("lot", LOT), ("supplier", "Pigment Works Ltd")):
        tablet.find_element(By.ID, name).send_keys(value)
    set_value(tablet, "expiresOn", "2030-12-31")
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#add-batch + form button[type=submit]"))
    assert "is in the register" in tablet.find_element(By.ID, "notice").text

    # Register.
    tablet.get(server.base + "/staff/clients")
    click_and_wait(tablet, tablet.find_element(By.ID, "register-client"))
    heading_becomes(tablet, "Register a client")
    assert_accessible(tablet, "registration")
    tablet.find_element(By.ID, "fullName").send_keys(NAME)
    set_value(tablet, "dateOfBirth", "1986-04-17")
    Select(tablet.find_element(By.ID, "idDocument")).select_by_value("passport")
    tablet.find_element(By.ID, "email").send_keys(EMAIL)
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#registration button[type=submit]"))
    heading_becomes(tablet, NAME)
    assert "is registered" in tablet.find_element(By.ID, "notice").text

    # The screening link, through the outbox, filled in on the client's phone.
    click_and_wait(tablet, tablet.find_element(By.ID, "send-screening-link"))
    assert "on its way to %s by email" % NAME in tablet.find_element(By.ID, "notice").text
    link = message(server, "screening-link")["link"]
    phone.get(link)
    heading_becomes(phone, "Health questions")
    assert_accessible(phone, "screening questionnaire")
    for fieldset in phone.find_elements(By.CSS_SELECTOR, "#screening-form fieldset"):
        field = fieldset.get_attribute("id")
        if field in ("friction", "sex"):
            continue
        value = {"anticoagulants": "yes", "condition": "pattern-baldness"}.get(field, "no")
        radio = fieldset.find_element(By.CSS_SELECTOR, "input[value='%s']" % value)
        phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", radio)
        radio.click()
    phone.find_element(By.ID, "confirmedName").send_keys(NAME)
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "#screening-form button[type=submit]"))
    heading_becomes(phone, "Thank you")
    assert "prescribes your medicine" in phone.find_element(By.ID, "screening-sent").text
    assert_accessible(phone, "screening thanks")

    # The warning, and the prescriber's clearance.
    tablet.refresh()
    heading_becomes(tablet, NAME)
    assert "Takes blood thinners" in tablet.find_element(By.ID, "screening-warnings").text
    form = tablet.find_element(By.ID, "clearance-prescriber")
    assert "Prescriber's clearance needed" in form.text
    assert_accessible(tablet, "record with a clearance to record")
    form.find_element(By.NAME, "evidence").send_keys("Letter from Dr Patel (GP), 1 December: agrees to the treatment")
    click_and_wait(tablet, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Prescriber's clearance recorded" in tablet.find_element(By.ID, "notice").text
    assert "Clear to treat" in tablet.find_element(By.ID, "screening-verdict").text

    # The consents, signed on the tablet.
    click_and_wait(tablet, tablet.find_element(By.ID, "sign-on-tablet"))
    heading_becomes(tablet, "Consents: " + NAME)
    assert_accessible(tablet, "consent documents")
    for kind in ("treatment", "health-data", "healing-messages", "photos-in-record"):
        box = tablet.find_element(By.CSS_SELECTOR, "#document-%s input[type=checkbox]" % kind)
        tablet.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
    tablet.find_element(By.ID, "signerName").send_keys(NAME)
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#consent-form button[type=submit]"))
    assert "Signed:" in tablet.find_element(By.ID, "notice").text

    # The session, charted at the chair with four before photos.
    click_and_wait(tablet, tablet.find_element(By.ID, "chart-session"))
    heading_becomes(tablet, "Chart a session")
    assert_accessible(tablet, "charting")
    for zone in ("hairline", "crown"):
        box = tablet.find_element(By.NAME, "zone-" + zone)
        tablet.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
    # Yesterday morning, whatever the hour the test runs at: a session is charted once it has happened.
    set_value(tablet, "date", (datetime.now(ZoneInfo("Europe/London")).date() - timedelta(days=1)).isoformat())
    set_value(tablet, "start", "09:00")
    set_value(tablet, "end", "11:30")
    batch = Select(tablet.find_element(By.ID, "pigmentBatchID"))
    batch.select_by_visible_text(next(o.text for o in batch.options if LOT in o.text))
    pain = tablet.find_element(By.CSS_SELECTOR, "input[name=pain][value='2']")
    tablet.execute_script("arguments[0].scrollIntoView({block: 'center'})", pain)
    pain.click()
    for view in ("front", "crown", "left", "right"):
        tablet.find_element(By.ID, "photo-before-" + view).send_keys(PHOTO)
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#charting button[type=submit]"))
    problems = tablet.find_elements(By.ID, "charting-problem")
    assert not problems, problems[0].text
    heading_becomes(tablet, NAME)
    notice = tablet.find_element(By.ID, "notice").text
    assert "Session 1 is recorded and the healing journey has started" in notice, notice
    assert "on its way by email" in notice
    shown = tablet.find_element(By.ID, "client-link").text
    assert len(tablet.find_elements(By.CSS_SELECTOR, ".session-photos img")) == 4
    assert_accessible(tablet, "record after the session")

    # The link arrives through the outbox, and opens the client's healing page.
    sent = message(server, "journey-link")
    assert sent["link"].endswith(shown.rsplit("/j/", 1)[1])
    phone.get(sent["link"])
    assert phone.find_elements(By.ID, "consents-link")

    # The treatment plan: the protocol's three sessions and a touch-up; the next one, and from when.
    assert tablet.find_element(By.ID, "plan-next").text.startswith("Next: Session 2 of 3, from ")
    assert phone.find_element(By.ID, "plan-next").text.startswith("Your treatment plan: Session 2 of 3, from ")
    Select(tablet.find_element(By.NAME, "sessions")).select_by_value("4")
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#plan-form button[type=submit]"))
    assert "The plan is saved: 4 sessions and a touch-up." in tablet.find_element(By.ID, "notice").text
    assert tablet.find_element(By.ID, "plan-next").text.startswith("Next: Session 2 of 4, from ")

    # Recall the batch: the client is in the report.
    tablet.get(server.base + "/staff/batches")
    row = next(r for r in tablet.find_elements(By.CSS_SELECTOR, "table.batches tbody tr") if LOT in r.text)
    row.find_element(By.NAME, "reason").send_keys("Supplier's recall notice")
    click_and_wait(tablet, row.find_element(By.CSS_SELECTOR, "form.recall button"))
    heading_becomes(tablet, "Clients treated with Neutral black, lot %s" % LOT)
    names = [a.text for a in tablet.find_elements(By.CSS_SELECTOR, "table.recall-report tbody td:first-child a")]
    assert NAME in names, names
