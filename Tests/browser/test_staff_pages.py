"""The technicians' workspace in a desktop browser: sign in as Newcastle's lead technician, see
the healing clients, acknowledge and resolve the red alert, have a follow-up refused and then
booked, subscribe to the calendar, and find every step in the audit log. Every page passes
axe-core without serious or critical violations."""

import urllib.request

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes

LEAD = "jamie.robson@stipple.example"
ADMIN = "chain.admin@stipple.example"
RED_CLIENT = "Liam Walsh"  # Newcastle, day 3, a fever on their last check-in


@pytest.fixture(scope="module")
def desk():
    driver = chromium("1280,900")
    yield driver
    driver.quit()


def click_and_wait(desk, element):
    """Clicks a link or button and waits for the page it opens (the old one goes stale): the
    next page can have the same heading."""
    old = desk.find_element(By.TAG_NAME, "html")
    element.click()

    def gone(_):
        try:
            old.tag_name
            return False
        except WebDriverException:  # stale, or no longer in the document
            return True

    WebDriverWait(desk, 15).until(gone)
    WebDriverWait(desk, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def sign_in(server, desk, email, then="/staff/dashboard"):
    desk.delete_all_cookies()
    desk.get(server.base + then)
    heading_becomes(desk, "Stipple · staff sign in")
    desk.find_element(By.ID, "email").send_keys(email)
    desk.find_element(By.ID, "password").send_keys(server.password)
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "form button[type=submit]"))


def test_sign_in_form_refuses_a_wrong_password(server, desk):
    desk.delete_all_cookies()
    desk.get(server.base + "/staff/login")
    assert_accessible(desk, "sign in")
    desk.find_element(By.ID, "email").send_keys(LEAD)
    desk.find_element(By.ID, "password").send_keys("not the password")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    heading_becomes(desk, "Stipple · staff sign in")
    assert "not right" in desk.find_element(By.ID, "login-problem").text
    assert_accessible(desk, "sign in, refused")


def test_the_lead_technicians_day(server, desk):
    sign_in(server, desk, LEAD)
    heading_becomes(desk, "Healing clients")
    cookie = desk.get_cookie("stipple_staff")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    stages = [h.text for h in desk.find_elements(By.CSS_SELECTOR, "main section h2")]
    assert any(s.startswith("Days 3–5") for s in stages), stages
    assert RED_CLIENT in desk.find_element(By.TAG_NAME, "main").text
    assert_accessible(desk, "dashboard")

    # The red alert: acknowledged, then resolved with what was done.
    click_and_wait(desk, desk.find_element(By.LINK_TEXT, "Alerts"))
    heading_becomes(desk, "Alerts to act on")
    assert_accessible(desk, "alert inbox")
    card = next(s for s in desk.find_elements(By.CSS_SELECTOR, "main section.tier-red") if RED_CLIENT in s.text)
    card_id = card.get_attribute("id")
    click_and_wait(desk, card.find_element(By.XPATH, ".//button[text()='Acknowledge']"))
    heading_becomes(desk, "Alerts to act on")
    card = desk.find_element(By.ID, card_id)
    assert "Acknowledged" in card.text
    card.find_element(By.CSS_SELECTOR, "input[value=called-client]").click()
    card.find_element(By.TAG_NAME, "textarea").send_keys("Called; advised to see the GP today")
    click_and_wait(desk, card.find_element(By.XPATH, ".//button[text()='Resolve']"))
    heading_becomes(desk, "Resolved alerts")
    assert "Called; advised to see the GP today" in desk.find_element(By.ID, card_id).text
    assert_accessible(desk, "resolved alerts")

    # Session 2 on day 4 is refused with the reason; the first allowed date is booked.
    click_and_wait(desk, desk.find_element(By.LINK_TEXT, RED_CLIENT))
    heading_becomes(desk, RED_CLIENT)
    assert "Takes blood thinners" in desk.find_element(By.ID, "screening-warnings").text
    assert_accessible(desk, "client record")
    earliest = desk.find_element(By.CSS_SELECTOR, "#earliest time").get_attribute("datetime")
    tomorrow = desk.execute_script(
        "var d = new Date(); d.setDate(d.getDate() + 1); return d.toISOString().slice(0, 10);")
    date = desk.find_element(By.NAME, "date")
    desk.execute_script("arguments[0].value = arguments[1];", date, tomorrow)
    click_and_wait(desk, desk.find_element(By.XPATH, "//button[starts-with(text(), 'Book session 2')]"))
    heading_becomes(desk, RED_CLIENT)
    problem = desk.find_element(By.ID, "booking-problem").text
    assert "cannot be booked" in problem and "first allowed date" in problem
    assert_accessible(desk, "booking refused")
    date = desk.find_element(By.NAME, "date")
    desk.execute_script("arguments[0].value = arguments[1];", date, earliest)
    click_and_wait(desk, desk.find_element(By.XPATH, "//button[starts-with(text(), 'Book session 2')]"))
    heading_becomes(desk, RED_CLIENT)
    assert "The session is booked." in desk.find_element(By.ID, "notice").text
    assert "Session 2 is booked" in desk.find_element(By.ID, "booked").text

    # The calendar, and a feed a calendar app can subscribe to.
    click_and_wait(desk, desk.find_element(By.LINK_TEXT, "Calendar"))
    WebDriverWait(desk, 15).until(lambda d: d.find_elements(By.ID, "subscribe"))
    assert_accessible(desk, "calendar")
    click_and_wait(desk, desk.find_element(By.XPATH, "//button[text()='Make a new calendar address']"))
    feed = WebDriverWait(desk, 15).until(lambda d: d.find_elements(By.ID, "feed-url"))[0].text
    with urllib.request.urlopen(feed, timeout=10) as response:
        ics = response.read().decode()
    assert ics.startswith("BEGIN:VCALENDAR") and "SUMMARY:SMP session 2 – Liam W." in ics

    click_and_wait(desk, desk.find_element(By.XPATH, "//button[text()='Sign out']"))
    heading_becomes(desk, "Stipple · staff sign in")


def test_the_audit_log_shows_every_step(server, desk):
    sign_in(server, desk, ADMIN, then="/staff/audit")
    heading_becomes(desk, "Audit log")
    rows = [r.text for r in desk.find_elements(By.CSS_SELECTOR, "#audit tbody tr")]
    lead_rows = [r for r in rows if "Jamie Robson" in r]
    for expected in ("login staff", "read dashboard", "update alert", "read client", "create follow-up"):
        assert any(expected in r for r in lead_rows), (expected, lead_rows)
    assert any("refused (422)" in r for r in lead_rows)
    assert_accessible(desk, "audit log")
    click_and_wait(desk, desk.find_element(By.LINK_TEXT, "Staff"))
    heading_becomes(desk, "Staff and sign-in")
    assert_accessible(desk, "staff")
