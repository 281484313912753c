"""Partner applications: someone applies from the Dutch page on a phone (a missing consent is
named first); the chain's admin finds the application in the pipeline, moves it on with a note,
and is stopped by the Dutch four-week rule when marking the agreement signed the same day the
disclosure went out. Every page passes axe-core without serious or critical violations."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes
from test_staff_pages import ADMIN, click_and_wait, sign_in


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


def test_apply_and_move_through_the_pipeline(server, phone, desk):
    phone.get(server.base + "/nl/partners")
    heading_becomes(phone, "Word partner")
    assert_accessible(phone, "partner form (nl)")
    for name, value in [("fullName", "Sem de Boer"), ("email", "sem.deboer@example.nl"), ("region", "Haarlem"),
                        ("motivation", "Ik ben tatoeëerder en wil SMP aanbieden.")]:
        phone.find_element(By.NAME, name).send_keys(value)
    for name, value in [("country", "NL"), ("experience", "tattoo"), ("investment", "50k-100k")]:
        phone.find_element(By.CSS_SELECTOR, "input[name=%s][value='%s']" % (name, value)).click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    assert "Vink het vakje aan" in phone.find_element(By.CSS_SELECTOR, ".error-summary").text
    assert_accessible(phone, "partner form with a problem (nl)")
    phone.find_element(By.CSS_SELECTOR, "input[name=consent]").click()
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    assert "Bedankt voor je aanmelding" in phone.find_element(By.CSS_SELECTOR, "[role=status]").text

    sign_in(server, desk, ADMIN, then="/staff/day")
    click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "nav[aria-label=Main]").find_element(By.LINK_TEXT, "Partners"))
    heading_becomes(desk, "Partner applications")
    assert_accessible(desk, "partner pipeline")
    row = desk.find_element(By.XPATH, "//tr[contains(., 'Sem de Boer')]")
    assert "Due by" in row.text
    click_and_wait(desk, row.find_element(By.LINK_TEXT, "Sem de Boer"))
    heading_becomes(desk, "Sem de Boer")
    assert_accessible(desk, "partner application")

    def move(stage, note=""):
        Select(desk.find_element(By.ID, "stage")).select_by_value(stage)
        if note:
            desk.find_element(By.ID, "note").send_keys(note)
        click_and_wait(desk, desk.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    move("contacted", "Called him; introduction next week")
    assert "Sem de Boer is at “Contacted”." in desk.find_element(By.CSS_SELECTOR, "[role=status]").text
    for stage in ("introduction-call", "discovery-day", "disclosure-sent"):
        move(stage)
    move("agreement-signed")
    problem = desk.find_element(By.ID, "move-problem").text
    assert "four weeks after the disclosure was sent" in problem, problem
    assert_accessible(desk, "partner application, refused")
    history = desk.find_element(By.ID, "history-list").text
    assert "New → Contacted · Chain admin · “Called him; introduction next week”" in history, history
    assert "Discovery day → Disclosure sent · Chain admin" in history
    assert "Agreement signed" not in history
