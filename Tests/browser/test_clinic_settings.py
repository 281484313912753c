"""A clinic's settings and consent documents in a desktop browser: the chain's admin changes
Newcastle's reminder hours and Saturday opening hours, a time that is not one is refused at its
day; Newcastle's lead technician reads the settings without a form and publishes a new version
of a consent document, and sets a technician's week with a shorter break and Saturdays off. Every
page passes axe-core without serious or critical violations."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes
from test_staff_pages import ADMIN, LEAD, click_and_wait, sign_in


@pytest.fixture(scope="module")
def desk():
    driver = chromium("1280,900")
    yield driver
    driver.quit()


def open_newcastle(desk, what):
    nav = desk.find_element(By.CSS_SELECTOR, "nav[aria-label=Main]")
    link = nav.find_elements(By.LINK_TEXT, "Clinics") or nav.find_elements(By.LINK_TEXT, "Clinic")
    click_and_wait(desk, link[0])
    heading_becomes(desk, "Clinics")
    assert_accessible(desk, "clinics")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "a[aria-label='%s of Stipple Newcastle']" % what))


def test_an_admin_changes_a_clinics_settings(server, desk):
    sign_in(server, desk, ADMIN, then="/staff/day")
    open_newcastle(desk, "Settings")
    heading_becomes(desk, "Stipple Newcastle: settings")
    assert_accessible(desk, "clinic settings")
    Select(desk.find_element(By.ID, "sendHour")).select_by_value("9")
    opens = desk.find_element(By.NAME, "saturday-1-opens")
    desk.execute_script("arguments[0].value = '10:00'", opens)
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "#settings button[type=submit]"))
    notice = desk.find_element(By.ID, "notice").text
    assert notice.startswith("Saved: reminders, openingHours"), notice
    assert desk.find_element(By.NAME, "saturday-1-opens").get_attribute("value") == "10:00"

    # A closing time without an opening time is refused at its day, and nothing changes.
    desk.execute_script("document.getElementsByName('sunday-1-closes')[0].value = '12:00'")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "#settings button[type=submit]"))
    assert "openingHours.sunday" in desk.find_element(By.ID, "settings-problem").text
    assert desk.find_element(By.NAME, "sunday-1-opens").get_attribute("aria-invalid") == "true"
    assert_accessible(desk, "clinic settings, refused")


def test_a_lead_reads_the_settings_and_publishes_a_document(server, desk):
    sign_in(server, desk, LEAD, then="/staff/day")
    open_newcastle(desk, "Settings")
    heading_becomes(desk, "Stipple Newcastle: settings")
    assert "An admin changes these." in desk.find_element(By.TAG_NAME, "main").text
    assert not desk.find_elements(By.CSS_SELECTOR, "#settings button[type=submit]")
    click_and_wait(desk, desk.find_element(By.LINK_TEXT, "The clinic's consent documents"))
    heading_becomes(desk, "Stipple Newcastle: consent documents")
    assert_accessible(desk, "consent documents")
    Select(desk.find_element(By.ID, "kind")).select_by_value("photos-on-social")
    desk.find_element(By.ID, "title").send_keys("Your photos on our social media")
    desk.find_element(By.ID, "body").send_keys("We would like to show your result on our social media.\n\nYou can withdraw at any time.")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "#new-document button[type=submit]"))
    assert "Version 2 of “Your photos on our social media” is published" in desk.find_element(By.ID, "notice").text
    assert "version 2" in desk.find_element(By.ID, "doc-photos-on-social-en-GB").text


def test_a_lead_sets_a_technicians_week(server, desk):
    sign_in(server, desk, LEAD, then="/staff/day")
    open_newcastle(desk, "Schedule")
    heading_becomes(desk, "Stipple Newcastle: schedule")
    assert_accessible(desk, "schedule")
    person = desk.find_element(By.CSS_SELECTOR, "#technician-hours a")
    name = person.text
    click_and_wait(desk, person)
    heading_becomes(desk, "%s: working hours" % name)
    assert "works the clinic's opening hours" in desk.find_element(By.ID, "hours-source").text
    # The clinic's lunch closure is the form's break to begin with.
    assert desk.find_element(By.NAME, "wednesday-break-from").get_attribute("value") == "12:30"
    assert_accessible(desk, "working hours")

    # Wednesday's break shorter, Saturdays off.
    for field, value in [("wednesday-break-from", "13:00"), ("saturday-starts", ""), ("saturday-ends", ""),
                         ("saturday-break-from", ""), ("saturday-break-until", "")]:
        desk.execute_script("document.getElementsByName(arguments[0])[0].value = arguments[1]", field, value)
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "#hours button[type=submit]"))
    assert desk.find_element(By.ID, "notice").text.startswith("%s's week is saved." % name)
    assert "works the week below" in desk.find_element(By.ID, "hours-source").text
    assert desk.find_element(By.NAME, "saturday-starts").get_attribute("value") == ""

    # A break after the day's end is refused at its day, and nothing changes.
    desk.execute_script("document.getElementsByName('monday-break-from')[0].value = '18:00'")
    desk.execute_script("document.getElementsByName('monday-break-until')[0].value = '18:30'")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "#hours button[type=submit]"))
    assert "breaks.monday: the break 18:00–18:30 must fall within the hours worked that day" in \
        desk.find_element(By.ID, "hours-problem").text
    assert desk.find_element(By.NAME, "monday-break-from").get_attribute("aria-invalid") == "true"
    assert_accessible(desk, "working hours, refused")

    click_and_wait(desk, desk.find_element(By.LINK_TEXT, "Back to the clinic's schedule"))
    assert "Wed 09:00–17:30 (break 13:00–13:30)" in desk.find_element(By.ID, "technician-hours").text
