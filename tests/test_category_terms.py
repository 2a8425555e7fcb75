"""Equipment terms land in the right category, and ambiguous words stay out of it.

Why: category mentions feed the classifier and the report's `categories`. A term that means
two things (bare "intrusion detection" is a burglar alarm in a guard-service contract) would
pull non-ICT documents towards a flag, so such words are kept out of categories.yaml on purpose;
these cases keep them out.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy.load import load_policy


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


# --------------------------------------------------------------------------- widened scope (issue: ICT as Japan's 2018 rules read it)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Supply of 40 laptop computers with docking stations", "computer_equipment"),
        ("庁内LANノートパソコン機器等賃貸借", "computer_equipment"),
        ("便携式计算机批量集中采购", "computer_equipment"),
        ("Lieferung von 200 Desktop-PCs", "computer_equipment"),
        ("Fourniture d'ordinateurs portables pour les agents", "computer_equipment"),
        ("Adquisición de equipo de cómputo para oficinas", "computer_equipment"),
        ("Aquisição de computadores de mesa", "computer_equipment"),
        ("Mua sắm máy tính xách tay cho cán bộ", "computer_equipment"),
        ("Innkjøp av bærbare PC-er til skolene", "computer_equipment"),
        ("Renewal of software licences for 500 users", "software"),
        ("政府情報システムの更改", "software"),
        ("采购应用软件一套", "software"),
        ("Beschaffung von Softwarelizenzen", "software"),
        ("Acquisition de licences logicielles", "software"),
        ("Renovación de licencias de software", "software"),
        ("Aquisição de licenças de software", "software"),
        ("Rammeavtale om skylisenser", "software"),
        ("Cloud services (infrastructure as a service) for the registry", "it_services"),
        ("クラウドサービスの利用", "it_services"),
        ("信息系统集成及运行维护服务", "it_services"),
        ("Softwareentwicklung und Software-Wartung", "it_services"),
        ("Hébergement en informatique en nuage", "it_services"),
        ("Servicios informáticos de soporte", "it_services"),
        ("Contratação de desenvolvimento de software", "it_services"),
        ("Levering av driftstjenester og skytjenester", "it_services"),
        ("Provision of internet access services and leased lines", "telecom_services"),
        ("電気通信役務の提供", "telecom_services"),
        ("互联网接入服务", "telecom_services"),
        ("Bereitstellung von Internetzugangsdiensten: Internetzugangsdienste für 30 Standorte", "telecom_services"),
        ("Services de communications électroniques", "telecom_services"),
        ("Servicios de telefonía móvil corporativa", "telecom_services"),
        ("Serviços de telefonia móvel", "telecom_services"),
        ("Kjøp av elektroniske kommunikasjonstjenester", "telecom_services"),
    ],
)
def test_widened_terms_give_their_category(text: str, category: str, policy) -> None:
    assert category in _categories(text, policy)


@pytest.mark.parametrize("word", ["software", "system", "systems", "services", "service", "computer", "computers", "hardware",
                                  "cloud", "licence", "license", "support", "maintenance", "hosting", "Software", "Programvare",
                                  "Logiciel", "サービス", "系统", "Screens", "Cameras", "Workstations", "Puestos de trabajo"])
def test_generic_words_are_not_terms(word: str, policy) -> None:
    """A bare generic word is no evidence: 'software' is the contractor's scheduling software,
    'Workstations' are desks and Spanish 'puestos de trabajo' are jobs."""
    assert not [m for m in find_mentions_in_text(f"x {word} x", policy) if m.kind == "equipment"]


def test_non_ict_mentions_of_software_and_systems_give_no_category(policy) -> None:
    text = "The contractor shall plan the works with its own scheduling software; the drainage system shall be cleaned."
    assert _categories(text, policy) == set()


@pytest.mark.parametrize(
    "text, category, code",
    [
        ("Dostawa: Kable światłowodowe jednomodowe", "optical_pon", "32562000"),
        ("Προμήθεια: Πακέτα λογισμικού και συστήματα πληροφορικής", "software", "48000000"),
        ("Zakup: Komputery przenośne dla szkół", "computer_equipment", "30213100"),
    ],
)
def test_cpv_label_terms_name_their_code(text: str, category: str, code: str, policy) -> None:
    """A CPV label in any EU language gives an equipment mention of the code's category whose
    rule names the code, so a reviewer can see where the word came from."""
    hits = [m for m in find_mentions_in_text(text, policy) if m.kind == "equipment" and m.category == category]
    assert hits, text
    assert all(f"cpv-label:{code}" in m.rule for m in hits)
    assert policy.cpv[code].category == category


def test_a_hand_written_term_keeps_precedence_over_the_same_cpv_label(policy) -> None:
    """German 'Glasfaserkabel' is both a curated term and the CPV label of 32562000: the mention
    is the curated term's (rule 'term:Glasfaserkabel', no CPV label)."""
    ms = [m for m in find_mentions_in_text("Verlegung Glasfaserkabel", policy) if m.kind == "equipment"]
    assert [m.rule for m in ms] == ["term:Glasfaserkabel"]


def test_printers_are_context_not_in_scope(policy) -> None:
    """Printers are on the CPV side of the line (cpv_relevant.tsv lists them) but not in scope on
    their own (DESIGN.md): their category is recorded, and a rules-only verdict must not count it."""
    assert policy.categories["printing"].scope == "context"
    assert policy.cpv["30232110"].category == "printing"
    ms = find_mentions_in_text("Lieferung: Laserdrucker, CPV 30232110-8", policy)
    assert {m.category for m in ms} == {"printing"}
    assert not any(policy.counts_alone(m.category) for m in ms)
    assert policy.counts_alone("software") and policy.counts_alone("computer_equipment")
    for cid in ("audio_video", "computer_supplies", "ict_consulting", "data_content", "solar_inverter", "semiconductors"):
        assert not policy.counts_alone(cid), cid


# Quotations and bids name what they sell by brand and product line, often without a generic word
# ("Catalyst 9200L-24P-4G", not "network switch"): the product line is the category evidence.
# Sentences written for this test; each product line is cited to its maker's catalogue in
# categories.yaml (sources `vendor-*`).
@pytest.mark.parametrize(
    "text, category",
    [
        ("Line 2   8 x Catalyst 9200L-24P-4G   EUR 1,410.00", "network_switch"),
        ("Pos. 3  Aruba 6100 24G Class4 PoE  2 Stk", "network_switch"),
        ("12 x ThinkPad T14 Gen 5, 3 years on-site warranty", "computer_equipment"),
        ("Artikel 4: 2 x PowerEdge R760, 2 x Xeon", "server_storage"),
        ("FortiGate 60F with 36 months UTP bundle", "firewall"),
        ("Renouvellement des licences Bitdefender GravityZone (600 postes)", "security_software"),
        ("Suscripción Veeam Data Platform Foundation, 25 instancias", "software"),
        ("Licencje VMware vSphere Standard na 3 lata", "software"),
        ("10 x MOTOTRBO R7 portables with chargers", "two_way_radio"),
        ("Erweiterung der Milestone XProtect Corporate Lizenzen um 40 Kameras", "nvr_dvr_vms"),
        ("Fornitura di 30 iPad 10,9 pollici con custodia", "computer_equipment"),
    ],
)
def test_product_line_gives_its_category(text: str, category: str, policy) -> None:
    assert category in _categories(text, policy)


@pytest.mark.parametrize(
    "text",
    [
        # the generic words the product lines are named after, and brands of everyday office life
        "Offers shall be submitted as Microsoft Word or PDF files; questions via Microsoft Teams.",
        "Supply of a platinum catalyst for the hydrogenation reactor, 2 kg",
        "Survey points are given by latitude and longitude (WGS84).",
        "Per informazioni: ufficio gare, www.unifi.it (Università degli Studi di Firenze)",
        "Il vostro preventivo deve pervenire entro il 12 marzo.",
        "The precision of the scale shall be 0.1 g.",
        "A tenable position on the recycling quota was agreed with the contractor.",
        "Road maintenance in the town of Nokia, Pirkanmaa; contact Anna Eriksson.",
        "Welding to AWS D1.1 by certified welders.",
        "Pool cars with Apple CarPlay and Android Auto.",
    ],
)
def test_everyday_words_of_product_lines_give_no_category(text: str, policy) -> None:
    assert _categories(text, policy) == set()
