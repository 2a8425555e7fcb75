"""`tender-triage serve` in a real browser: log in, filter the queue, open a document, clear it.

Needs headless Chromium, chromedriver and selenium (as tests/test_html_browser.py; skips with a
message where any is absent) and the serve extra. The server runs in a thread of this process on
a free loopback port, over a ledger written by `scan --db` with the mention rules.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from browser import headless_chromium

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install -e '.[serve]')")
uvicorn = pytest.importorskip("uvicorn", reason="the serve extra is not installed (pip install -e '.[serve]')")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from serve_helpers import CLEANING, HIKVISION_QUOTE, PASSWORDS, server_settings

from extract.serve.app import create_app


# Would leave a trace if it ran: a global, a changed title, or an alert.
PAYLOAD = ("<script>window.__pwned='script';document.title='pwned'</script>"
           "<img src=x onerror=\"window.__pwned='img';alert(1)\">")
XSS_NAME = "<img src=x onerror=alert(2)>bid.txt"


def _scan(folder, db, *extra):
    subprocess.run([sys.executable, "-m", "extract", "scan", str(folder), "--db", str(db), "--model", "rules",
                    "--ocr", "never", "-j", "1", "-q", *extra], check=False, capture_output=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-browser")
    docs = folder / "inbox"
    docs.mkdir()
    (docs / "quote.txt").write_text(HIKVISION_QUOTE, encoding="utf-8")
    (docs / "cleaning.txt").write_text(CLEANING, encoding="utf-8")
    (docs / XSS_NAME).write_text(f"Offer: Hikvision camera, 4 units. {PAYLOAD}\n", encoding="utf-8")
    settings = server_settings(folder)
    _scan(docs, settings.db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", settings, docs
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    yield from headless_chromium(tmp_path_factory)


def _click_and_wait(driver, element) -> None:
    """Click something that loads a new page, and wait until the old page is gone."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def gone(_driver) -> bool:
        # Chromium reports an element of a page being replaced either as stale or, mid-navigation,
        # as "Node with given id does not belong to the document": both mean the old page is gone.
        try:
            old.is_enabled()
        except WebDriverException:
            return True
        return False

    WebDriverWait(driver, 10).until(gone)


def _rows(driver) -> list[str]:
    return [row.find_element(By.CSS_SELECTOR, "td.name a").text
            for row in driver.find_elements(By.CSS_SELECTOR, "#queue tbody tr[data-sha256]")]


def _no_script_ran(driver) -> None:
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert "pwned" not in driver.title
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def test_review_flow_login_filter_open_clear_and_rescan(served, browser):
    base, settings, docs = served
    browser.get(base + "/")
    assert browser.current_url.endswith("/login")
    browser.find_element(By.ID, "user").send_keys("ana")
    browser.find_element(By.ID, "password").send_keys(PASSWORDS["ana"])
    _click_and_wait(browser, browser.find_element(By.ID, "login"))
    assert browser.find_element(By.ID, "shown").text == "3 of 3 documents"
    names = _rows(browser)
    assert names[-1].endswith("cleaning.txt")  # out of scope last
    _no_script_ran(browser)

    Select(browser.find_element(By.ID, "f-verdict")).select_by_value("out_of_scope")
    _click_and_wait(browser, browser.find_element(By.ID, "apply"))
    assert [n.rsplit("/", 1)[-1] for n in _rows(browser)] == ["cleaning.txt"]
    Select(browser.find_element(By.ID, "f-verdict")).select_by_value("")
    Select(browser.find_element(By.ID, "f-entity")).select_by_value("hikvision")
    _click_and_wait(browser, browser.find_element(By.ID, "apply"))
    assert len(_rows(browser)) == 2
    browser.find_element(By.ID, "f-q").send_keys("quote")
    _click_and_wait(browser, browser.find_element(By.ID, "apply"))
    [name] = _rows(browser)
    assert name.endswith("quote.txt")

    _click_and_wait(browser, browser.find_element(By.LINK_TEXT, name))
    assert browser.find_element(By.ID, "verdict").text == "Restricted vendor named"
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#mentions mark")][:1] == ["Hikvision"]
    assert "NDAA FY2019 s.889" in browser.find_element(By.ID, "regimes").text
    policy = browser.find_element(By.ID, "policy").text
    browser.find_element(By.ID, "decision-clear").click()
    browser.find_element(By.ID, "note").send_keys("Checked with the supplier: camera replaced by another make")
    _click_and_wait(browser, browser.find_element(By.ID, "submit-decision"))
    assert "clear by ana" in browser.find_element(By.ID, "current-decision").text

    con = sqlite3.connect(settings.db)
    rows = con.execute("SELECT decision, user, note, model, policy, verdict FROM decisions").fetchall()
    con.close()
    assert rows == [("clear", "ana", "Checked with the supplier: camera replaced by another make", "rules", policy,
                     "restricted_vendor_named")]

    _scan(docs, settings.db, "--rescan")  # a re-scan keeps the decision (same verdict: no second look needed)
    browser.refresh()
    current = browser.find_element(By.ID, "current-decision").text
    assert "clear by ana" in current and "Needs another look" not in current
    browser.get(base + "/?decided=yes")
    assert [n.rsplit("/", 1)[-1] for n in _rows(browser)] == ["quote.txt"]


def test_markup_in_a_document_and_its_name_runs_nothing(served, browser):
    base, _, _ = served
    browser.get(base + "/?q=bid.txt")
    if browser.current_url.endswith("/login"):
        browser.find_element(By.ID, "user").send_keys("ana")
        browser.find_element(By.ID, "password").send_keys(PASSWORDS["ana"])
        _click_and_wait(browser, browser.find_element(By.ID, "login"))
        browser.get(base + "/?q=bid.txt")
    [name] = _rows(browser)
    assert name.endswith(XSS_NAME)  # shown as text
    _no_script_ran(browser)
    _click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "td.name a"))
    snippet = browser.find_element(By.CSS_SELECTOR, "#mentions td.snip").text
    assert "<script>window.__pwned" in snippet  # the payload is on the page as text
    assert browser.find_elements(By.CSS_SELECTOR, "main img, main script") == []
    _no_script_ran(browser)


def test_uploading_through_the_form_opens_the_screened_document(served, browser, tmp_path):
    base, _, _ = served
    browser.get(base + "/")
    if browser.current_url.endswith("/login"):
        browser.find_element(By.ID, "user").send_keys("ana")
        browser.find_element(By.ID, "password").send_keys(PASSWORDS["ana"])
        _click_and_wait(browser, browser.find_element(By.ID, "login"))
    bid = tmp_path / "new-bid.txt"
    bid.write_text("Bill of quantities\n1. Dahua NVR 32 channels, 2 units, supplied by the contractor.\n", encoding="utf-8")
    browser.find_element(By.ID, "upload-file").send_keys(str(bid))
    _click_and_wait(browser, browser.find_element(By.ID, "upload-submit"))
    assert browser.find_element(By.ID, "doc-name").text == "new-bid.txt"
    assert browser.find_element(By.ID, "verdict").text == "Restricted vendor named"
    assert "Not decided yet" in browser.find_element(By.ID, "current-decision").text
