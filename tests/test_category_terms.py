"""Equipment terms land in the right category, and ambiguous words stay out of it.

Why: category mentions feed the classifier and the report's `categories`. A term that means
two things (bare "intrusion detection" is a burglar alarm in a guard-service contract) would
pull non-ICT documents towards a flag, so such words are kept out of categories.yaml on purpose;
these cases keep them out.
"""

from __future__ import annotations

import pytest

from extract.mentions import find_mentions_in_text
from extract.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _categories(text: str, policy) -> set[str]:
    return {m.category for m in find_mentions_in_text(text, policy) if m.kind == "equipment"}


@pytest.mark.parametrize(
    "text, category",
    [
        ("ÍTEM 1: CABLE DE FIBRA ÓPTICA (SUMINISTRO), 48 hilos G.652.D", "optical_pon"),
        ("Backbone cabling: 24-fibre fiber optic backbone between the two buildings", "optical_pon"),
        ("Supply and blow 96-core single-mode fibre in microduct", "optical_pon"),
        ("Câble à fibre optique 24 FO pour le tunnel", "optical_pon"),
        ("敷設する光ケーブルは48心とする", "optical_pon"),
        ("沿线光缆敷设工程", "optical_pon"),
        ("Kéo cáp quang cho trung tâm điều hành", "optical_pon"),
        ("Centralised SIEM with 90 days of hot log storage", "security_software"),
        ("Security information and event management platform", "security_software"),
        ("Network intrusion prevention at the internet edge", "security_software"),
        ("IDS/IPS alert integration with the ticketing tool", "security_software"),
        ("Managed detection and response for 2,000 endpoints", "security_software"),
        ("安全运营中心建设项目", "security_software"),
        ("Einführung eines Systems zur Angriffserkennung (Angriffserkennungssystem) nach BSIG", "security_software"),
        ("Radioenlaces de microondas entre estaciones", "telecom_equipment"),
        ("Notrufsäulen entlang der Autobahn", "telecom_equipment"),
    ],
)
def test_term_gives_its_category(text: str, category: str, policy) -> None:
    assert category in _categories(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        "The Contractor shall monitor interior intrusion detection and entry access control systems.",
        "All repair and maintenance of security/intrusion detection systems.",
        "Detección de intrusos en el perímetro de la bodega (alarma)",
        "Système de détection d'intrusion du bâtiment (alarme anti-intrusion)",
        "周界入侵检测报警",
    ],
)
def test_physical_intrusion_alarms_are_not_security_software(text: str, policy) -> None:
    assert "security_software" not in _categories(text, policy)


def test_portuguese_terms_are_accepted(policy) -> None:
    """pt is a term language of its own (Brazil and Portugal publish tenders in it)."""
    langs = dict(policy.categories["optical_pon"].terms)
    assert "cabo de fibra óptica" in langs["pt"]
    assert "optical_pon" in _categories("Lançamento de cabo de fibra óptica no acostamento", policy)
