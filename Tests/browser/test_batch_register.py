"""The pigment batch register on a tablet (768×1024), as Newcastle's lead technician: enter the
batch a client was treated with, see a second entry of it refused at its field, recall it, and
find the client in the recall report and its CSV. Every page passes axe-core without serious or
critical violations."""

import pytest
from selenium.webdriver.common.by import By

from conftest import chromium
from test_client_pages import assert_accessible, heading_becomes
from test_staff_pages import LEAD, click_and_wait, sign_in

TREATED = "Liam Walsh"  # Newcastle


@pytest.fixture(scope="module")
def tablet():
    driver = chromium("768,1024")
    yield driver
    driver.quit()


def enter_batch(tablet, product, lot):
    for name, value in (("product", product), ("lot", lot), ("supplier", "Pigment Works Ltd")):
        field = tablet.find_element(By.ID, name)
        field.clear()
        field.send_keys(value)
    # A date input takes the date as the tablet's locale types it; set its value as the form sends it.
    tablet.execute_script("document.getElementById('expiresOn').value = '2030-12-31'")
    click_and_wait(tablet, tablet.find_element(By.CSS_SELECTOR, "#add-batch + form button[type=submit]"))


def test_a_batch_is_entered_recalled_and_traced_to_its_client(server, tablet):
    client = next(c for c in server.api("GET", "/api/v1/clients?limit=200") if c["fullName"] == TREATED)
    session = server.api("GET", "/api/v1/clients/%s/sessions" % client["id"])[-1]
    product, lot = session["pigmentProduct"], session["pigmentBatch"]

    sign_in(server, tablet, LEAD)
    click_and_wait(tablet, tablet.find_element(By.LINK_TEXT, "Pigment batches"))
    heading_becomes(tablet, "Pigment batches")
    assert_accessible(tablet, "batch register")

    enter_batch(tablet, product, lot)
    heading_becomes(tablet, "Pigment batches")
    assert "is in the register" in tablet.find_element(By.ID, "notice").text
    row = next(r for r in tablet.find_elements(By.CSS_SELECTOR, "table.batches tbody tr") if lot in r.text)
    assert "In use" in row.text

    enter_batch(tablet, product, lot)
    assert "already holds this product" in tablet.find_element(By.ID, "batch-problem").text
    assert tablet.find_element(By.ID, "lot").get_attribute("aria-invalid") == "true"
    assert_accessible(tablet, "batch register, entry refused")

    row = next(r for r in tablet.find_elements(By.CSS_SELECTOR, "table.batches tbody tr") if lot in r.text)
    row.find_element(By.NAME, "reason").send_keys("Supplier's recall notice")
    click_and_wait(tablet, row.find_element(By.CSS_SELECTOR, "form.recall button"))
    heading_becomes(tablet, "Clients treated with %s, lot %s" % (product, lot))
    assert "is recalled" in tablet.find_element(By.ID, "notice").text
    names = [a.text for a in tablet.find_elements(By.CSS_SELECTOR, "table.recall-report tbody td:first-child a")]
    assert TREATED in names, names
    assert "Recalled" in tablet.find_element(By.ID, "batch-status").text
    assert_accessible(tablet, "recall report")
    csv = tablet.find_element(By.LINK_TEXT, "Download as CSV").get_attribute("href")
    assert csv.endswith("/recall-report.csv")
