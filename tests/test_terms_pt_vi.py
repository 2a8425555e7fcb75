"""Portuguese (Brazil and Portugal) and Vietnamese equipment terms of categories.yaml, and the words
those languages use for other things (civil servants, guarding, photos taken by a consultant).

The sentences are written for these tests; nothing here comes from ../shared/corpus.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _equipment(text: str, policy) -> set[tuple[str, str]]:
    return {(m.text, m.category) for m in find_mentions_in_text(text, policy) if m.kind == "equipment"}


@pytest.mark.parametrize("text,expected", [
    ("Pregão eletrônico para aquisição de microcomputadores e switches gerenciáveis, com cabeamento estruturado.",
     {("microcomputadores", "computer_equipment"), ("switches gerenciáveis", "network_switch"),
      ("cabeamento estruturado", "ict_services")}),
    ("Contratação de fábrica de software e de links dedicados de internet para as unidades.",
     {("fábrica de software", "it_services"), ("links dedicados", "telecom_services")}),
    ("Aquisição de rádios transceptores e de câmeras IP para a guarda municipal.",
     {("rádios transceptores", "two_way_radio"), ("câmeras IP", "ip_camera")}),
    ("Gói thầu mua sắm máy tính bảng và thiết bị cân bằng tải cho trung tâm dữ liệu.",
     {("máy tính bảng", "computer_equipment"), ("thiết bị cân bằng tải", "network_equipment"),
      ("trung tâm dữ liệu", "it_services")}),
    ("Thuê kênh riêng và dịch vụ internet cáp quang cho các chi nhánh.",
     {("Thuê kênh riêng", "telecom_services"), ("internet cáp quang", "telecom_services")}),
])
def test_a_purchase_names_its_kinds(policy, text, expected):
    assert expected <= _equipment(text, policy)


@pytest.mark.parametrize("text", [
    "Los servidores públicos de la convocante no podrán participar en la licitación.",
    "Capacitação dos servidores municipais em gestão de contratos.",
    "Serviços de portaria e controle de acesso de pessoas nas unidades de saúde.",
    "Desenvolvimento de sistemas de irrigação para a zona rural.",
])
def test_words_for_other_things_are_no_evidence(policy, text):
    """Civil servants ('servidores públicos', guards.yaml public_servants), porters' access control
    and irrigation systems: not the ICT kinds the words name elsewhere."""
    assert not {c for _, c in _equipment(text, policy)} & {"server_storage", "access_control", "it_services"}


def test_the_civil_service_guard_keeps_servers_in_the_same_sentence(policy):
    text = "Los servidores públicos verificarán la entrega de 4 servidores con 256 GB de RAM."
    found = [m for m in find_mentions_in_text(text, policy) if m.category == "server_storage"]
    assert [m.text for m in found] == ["servidores"]
    assert found[0].start == text.index("4 servidores") + 2
