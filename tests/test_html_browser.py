"""The HTML review queue in a real browser: renders in urgency order, filters work, nothing runs.

Needs headless Chromium and its driver (Debian: `apt-get install chromium chromium-driver`) and
the `selenium` package; skips with a message where any of them is absent.
"""

from __future__ import annotations


import pytest
from browser import headless_chromium

from extract.report.html import render_html
from extract.intake.record import build_record
from extract.types import Document, Mention, Page, Verdict

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


# Each payload would leave a trace if it ran: a global, a changed title, or an alert.
SCRIPT = "<script>window.__pwned='script';document.title='pwned'</script>"
IMG = "<img src=x onerror=\"window.__pwned='img';alert(1)\">"
SVG = "<svg onload=\"window.__pwned='svg'\">"
TITLE = "tender-triage review queue"


def _record(path, verdict, score, text=None, entity=None, status="ok", error=None, category=None):
    mentions = []
    if text:
        line = f"Offer line: {text} {SCRIPT} {IMG} {SVG}"
        start = line.index(text)
        mentions.append(Mention(entity=entity, kind="vendor" if entity else "equipment", text=text, page=2, line=7,
                                start=start, end=start + len(text), role="offered", snippet=line,
                                regimes=("us_ndaa_889",), category=category))
    doc = Document(path=path, sha256="cd" * 32, format="text", status=status, error=error,
                   pages=(Page(1, "a"), Page(2, "b")) if status == "ok" else ())
    return build_record(doc, mentions, Verdict(verdict, verdict != "out_of_scope", score), model_id="m", policy_version="p")


RECORDS = [
    _record("plain/out.txt", "out_of_scope", 0.02),
    _record(f"bids/{IMG}{SVG}.txt", "restricted_vendor_named", 0.61, text="Hikvision", entity="hikvision"),
    _record("bids/broken.pdf", "unreadable", None, status="error", error=f"pdf parse failed near {SCRIPT}"),
    _record(f"bids/{SCRIPT}.docx", "in_scope_ict", 0.8, text="IP camera", category="ip_camera"),
    _record("bids/huawei.xlsx", "restricted_vendor_named", 0.97, text="Huawei", entity="huawei"),
]
EXPECTED_ORDER = [
    "bids/huawei.xlsx", f"bids/{IMG}{SVG}.txt", f"bids/{SCRIPT}.docx", "bids/broken.pdf", "plain/out.txt"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    yield from headless_chromium(tmp_path_factory)


@pytest.fixture
def page(browser, tmp_path):
    report = tmp_path / "report.html"
    report.write_text(render_html(RECORDS, title=TITLE), encoding="utf-8")
    browser.get(report.as_uri())
    return browser


def _visible_paths(driver):
    return [s.find_element(By.TAG_NAME, "h2").text for s in driver.find_elements(By.CSS_SELECTOR, "section.doc")
            if s.is_displayed()]


def test_renders_every_document_in_urgency_order_with_markup_as_text(page):
    assert _visible_paths(page) == EXPECTED_ORDER
    assert page.find_element(By.ID, "shown").text == "5 of 5 documents shown"  # our script ran
    marks = [m.text for m in page.find_elements(By.TAG_NAME, "mark")]
    assert marks == ["Huawei", "Hikvision", "IP camera"]
    assert page.find_elements(By.CSS_SELECTOR, "main img, main svg, main script") == []


def test_injected_markup_runs_nothing(page):
    assert page.execute_script("return typeof window.__pwned") == "undefined"
    assert page.title == TITLE
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018


def test_verdict_filter_hides_and_shows_documents(page):
    box = page.find_element(By.CSS_SELECTOR, "input.verdict-filter[value='restricted_vendor_named']")
    box.click()
    assert _visible_paths(page) == EXPECTED_ORDER[2:]
    page.find_element(By.CSS_SELECTOR, "input.verdict-filter[value='out_of_scope']").click()
    assert _visible_paths(page) == EXPECTED_ORDER[2:4]
    box.click()
    assert _visible_paths(page) == EXPECTED_ORDER[:4]
    assert page.find_element(By.ID, "shown").text == "4 of 5 documents shown"


def test_entity_filter_shows_only_documents_naming_the_entity(page):
    select = Select(page.find_element(By.ID, "entity-filter"))
    assert [o.get_attribute("value") for o in select.options] == ["", "hikvision", "huawei"]
    select.select_by_value("hikvision")
    assert _visible_paths(page) == [EXPECTED_ORDER[1]]
    select.select_by_value("")
    assert _visible_paths(page) == EXPECTED_ORDER
