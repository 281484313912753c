"""The waiting list on a phone, at Liverpool: one person books the first free time, another a
later one and asks to hear of an earlier time; the first cancels, and the second gets the freed
time's offer through the outbox, opens it, and moves their consultation to it. Every page passes
axe-core without serious or critical violations."""

import pytest
from selenium.webdriver.common.by import By

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes
from test_public_booking import choose_a_time, outbox_message, set_value
from test_staff_pages import click_and_wait


@pytest.fixture(scope="module")
def phone():
    driver = chromium(phone=True)
    yield driver
    driver.quit()


def book(server, browser, name, email, skip):
    """Books the (skip+1)th time at Liverpool; returns its label and the manage page's address."""
    browser.get(server.base + "/en/clinics/liverpool/book")
    heading_becomes(browser, "Book a free consultation at Stipple Liverpool")
    chosen = choose_a_time(browser, skip=skip)
    heading_becomes(browser, "Your details")
    set_value(browser, "fullName", name)
    set_value(browser, "email", email)
    set_value(browser, "dateOfBirth", "1979-09-12")
    browser.find_element(By.CSS_SELECTOR, "input[name=concern][value=pattern-baldness]").click()
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    heading_becomes(browser, "You are booked in")
    return chosen, browser.current_url.split("?")[0]


def test_a_cancelled_time_goes_to_the_first_in_line(server, phone):
    first_time, first_link = book(server, phone, "Aled Price", "aled.price@example.com", skip=2)
    later_time, later_link = book(server, phone, "Priya Shah", "priya.shah@example.com", skip=10)

    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Tell me about an earlier time']"))
    heading_becomes(phone, "You are on the waiting list")
    assert "when an earlier time frees up, we send it to you" in phone.find_element(By.TAG_NAME, "main").text
    assert_accessible(phone, "on the waiting list")

    phone.get(first_link)
    heading_becomes(phone, "Your booking")
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Cancel my consultation']"))
    heading_becomes(phone, "Your consultation is cancelled")

    offer = outbox_message(server, "booking-waitlist-offer", "priya.shah@example.com")
    assert first_time in offer["text"], offer["text"]
    phone.get(offer["link"])
    heading_becomes(phone, "An earlier time")
    main = phone.find_element(By.TAG_NAME, "main").text
    assert first_time in main and "Now booked: " + later_time in main, main
    assert "We hold this time for you until" in main
    assert_accessible(phone, "waitlist offer")
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Move my consultation to this time']"))
    heading_becomes(phone, "Your consultation has moved")
    assert first_time in phone.find_element(By.TAG_NAME, "main").text

    # The offer is spent: its link now says so, and the booking's old link points to the new time.
    phone.get(offer["link"])
    heading_becomes(phone, "An earlier time")
    assert "This offer has ended" in phone.find_element(By.TAG_NAME, "main").text
    phone.get(later_link)
    assert "This link is for an earlier time. Your consultation is now on %s." % first_time in \
        phone.find_element(By.TAG_NAME, "main").text
