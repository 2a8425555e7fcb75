"""Headless Chromium for the browser tests (the static report's and the review service's).

One place decides how the browser starts and when a test skips: a machine without Chromium,
chromedriver or selenium is an environment without a browser, not a failure of the product.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")


def headless_chromium(tmp_path_factory: Any) -> Iterator[Any]:
    """Yield a selenium driver for headless Chromium with a throw-away profile; skip without one."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("headless Chromium or chromedriver not found (Debian: apt-get install chromium chromium-driver)")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    except Exception as exc:  # noqa: BLE001 - a broken local install is an environment problem, not a failure
        pytest.skip(f"could not start headless Chromium: {str(exc).splitlines()[0]}")
    yield driver
    driver.quit()
