"""The public site on a phone: a free consultation booked at Amsterdam in Dutch, its calendar
file on Amsterdam's clock, the health questions sent after it answered, moved through the
manage link, and the old link found harmless; one
booked at London in English after a kindly refusal for an under-18 date of birth. Then at the
desk: Newcastle's reception sees the demo's consultation that has just begun, in the calendar
and on the day, and records a no-show. Every page passes axe-core without serious or critical
violations."""

import json
import re
import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes
from test_staff_pages import click_and_wait, sign_in

RECEPTION = "sam.reed@stipple.example"
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@pytest.fixture(scope="module")
def phone():
    driver = chromium(phone=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def desk():
    driver = chromium("1280,900")
    yield driver
    driver.quit()


def set_value(browser, name, value):
    browser.execute_script("document.getElementsByName(arguments[0])[0].value = arguments[1]", name, value)


def choose_a_time(browser, skip=0):
    """Takes the (skip+1)th time of the first day that has enough; returns its label."""
    buttons = browser.find_elements(By.CSS_SELECTOR, ".times button")
    if len(buttons) <= skip:
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a[rel=next]"))
        buttons = browser.find_elements(By.CSS_SELECTOR, ".times button")
    button = buttons[skip]
    label = button.get_attribute("aria-label")
    click_and_wait(browser, button)
    return label


def outbox_message(server, kind, to, timeout=70):
    """The outbox's message of `kind` to `to`, once the worker (every 30 s) has sent it."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with open(server.outbox) as f:
                for line in f:
                    message = json.loads(line)
                    if message.get("kind") == kind and message.get("email") == to:
                        return message
        except FileNotFoundError:
            pass
        time.sleep(1)
    raise AssertionError("no %s message to %s" % (kind, to))


def test_book_move_and_find_the_old_link_harmless_in_dutch(server, phone):
    phone.get(server.base + "/nl")
    heading_becomes(phone, "Haar dat er weer als het jouwe uitziet")
    assert_accessible(phone, "home (nl)")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Stipple Amsterdam"))
    heading_becomes(phone, "Stipple Amsterdam")
    assert "Lokale tijd (Europe/Amsterdam)." in phone.find_element(By.TAG_NAME, "main").text
    assert_accessible(phone, "clinic (nl)")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Boek een gratis consult"))
    heading_becomes(phone, "Boek een gratis consult bij Stipple Amsterdam")
    assert_accessible(phone, "times (nl)")
    chosen = choose_a_time(phone, skip=2)  # "vr 4 dec 2026 om 10:00"
    heading_becomes(phone, "Je gegevens")
    assert_accessible(phone, "form (nl)")
    assert chosen in phone.find_element(By.CSS_SELECTOR, ".notice .stage").text
    set_value(phone, "fullName", "Eva de Jong")
    set_value(phone, "email", "eva.dejong@example.nl")
    set_value(phone, "dateOfBirth", "1990-04-02")
    phone.find_element(By.CSS_SELECTOR, "input[name=concern][value=thinning]").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    heading_becomes(phone, "Je afspraak staat")
    assert_accessible(phone, "booked (nl)")
    assert chosen in phone.find_element(By.TAG_NAME, "main").text
    first_link = phone.current_url.split("?")[0]

    # The calendar file puts it on Amsterdam's clock: "vr 4 dec 2026 om 10:00" is 20261204T100000 there.
    day, month, year, hour, minute = re.search(r"(\d+) (\w+) (\d{4}) om (\d\d):(\d\d)", chosen).groups()
    local = "DTSTART;TZID=Europe/Amsterdam:%s%02d%02dT%s%s00" % (year, MONTHS.index(month) + 1, int(day), hour, minute)
    with urllib.request.urlopen(first_link + "/booking.ics", timeout=10) as response:
        ics = response.read().decode()
    assert local in ics, ics
    assert "BEGIN:VTIMEZONE" in ics
    confirmation = outbox_message(server, "booking-confirmation", "eva.dejong@example.nl")
    assert local in confirmation["calendar"]
    assert confirmation["link"].endswith(first_link[len(server.base):])
    assert chosen in confirmation["text"]

    # The health questions, sent after booking, answered on the phone in Dutch.
    questions = outbox_message(server, "booking-screening-link", "eva.dejong@example.nl")
    assert questions["link"] == first_link + "/health"
    phone.get(questions["link"])
    heading_becomes(phone, "Gezondheidsvragen")
    assert_accessible(phone, "health questions (nl)")
    for fieldset in phone.find_elements(By.CSS_SELECTOR, "#screening-form fieldset"):
        field = fieldset.get_attribute("id")
        if field in ("friction", "sex"):
            continue
        radio = fieldset.find_element(By.CSS_SELECTOR, "input[value='%s']" % ("thinning" if field == "condition" else "no"))
        phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", radio)
        radio.click()
    phone.find_element(By.ID, "confirmedName").send_keys("Eva de Jong")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "#screening-form button[type=submit]"))
    heading_becomes(phone, "Dank je wel")
    assert "Je antwoorden zijn bij de kliniek." in phone.find_element(By.ID, "screening-sent").text
    assert_accessible(phone, "health questions sent (nl)")
    phone.get(first_link)
    assert "Je antwoorden op de gezondheidsvragen zijn bij de kliniek." in phone.find_element(By.TAG_NAME, "main").text

    # Moved to another time: a new link; the old one says where it went and offers nothing.
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Kies een andere tijd"))
    heading_becomes(phone, "Kies een nieuwe tijd")
    assert_accessible(phone, "another time (nl)")
    moved_to = choose_a_time(phone, skip=6)
    heading_becomes(phone, "Je consult is verzet")
    assert moved_to in phone.find_element(By.TAG_NAME, "main").text
    phone.get(first_link)
    heading_becomes(phone, "Je afspraak")
    main = phone.find_element(By.TAG_NAME, "main").text
    assert "Deze link hoort bij een eerdere tijd. Je consult is nu op %s." % moved_to in main, main
    assert not phone.find_elements(By.CSS_SELECTOR, "main form")
    assert_accessible(phone, "old link (nl)")


def test_book_in_english_after_a_kind_refusal(server, phone):
    phone.get(server.base + "/en/clinics/london/book")
    heading_becomes(phone, "Book a free consultation at Stipple London")
    phone.find_element(By.CSS_SELECTOR, "input[name=mode][value=video]").click()
    chosen = choose_a_time(phone, skip=4)
    heading_becomes(phone, "Your details")
    set_value(phone, "fullName", "Tom Ashworth")
    set_value(phone, "phone", "+44 7700 900123")
    set_value(phone, "dateOfBirth", "2012-06-01")
    phone.find_element(By.CSS_SELECTOR, "input[name=concern][value=scars]").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    heading_becomes(phone, "Your details")
    assert "SMP is only for people aged 18 and over" in phone.find_element(By.CSS_SELECTOR, ".error-summary").text
    assert phone.find_element(By.ID, "dateOfBirth").get_attribute("aria-invalid") == "true"
    assert_accessible(phone, "form with a problem (en)")
    set_value(phone, "dateOfBirth", "1984-06-01")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    heading_becomes(phone, "You are booked in")
    main = phone.find_element(By.TAG_NAME, "main").text
    assert chosen in main and "By video call" in main, main
    assert "A confirmation is on its way to +44 7700 900123." in main


def test_reception_marks_a_no_show(server, desk):
    sign_in(server, desk, RECEPTION, then="/staff/calendar")
    assert "Kwame Mensah" in desk.find_element(By.TAG_NAME, "main").text
    assert_accessible(desk, "calendar with consultations")
    desk.get(server.base + "/staff/day")
    heading_becomes(desk, "Today")
    row = desk.find_element(By.XPATH, "//li[contains(., 'Kwame Mensah')]")
    assert "Free consultation" in row.text and "Pattern baldness" not in row.text
    click_and_wait(desk, row.find_element(By.XPATH, ".//button[normalize-space()='No-show']"))
    heading_becomes(desk, "Today")
    assert "Kwame Mensah is recorded as a no-show." in desk.find_element(By.CSS_SELECTOR, "[role=status]").text
    assert "No-show" in desk.find_element(By.XPATH, "//li[contains(., 'Kwame Mensah')]").text
    assert_accessible(desk, "day after a no-show")
