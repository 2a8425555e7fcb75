"""Mention extraction: the hand-written cases in tests/cases/mentions.csv, plus properties.

How a row of mentions.csv is read:
* `entity` set: some mention on the text has that entity and that `kind`; when `role` is set,
  that mention's role must be it.
* `entity` empty, `kind` equipment or code: some mention with no entity has that kind (and role,
  when given); no restricted entity is required or forbidden.
* `entity` empty, `kind` brand: a divested brand: a mention with no entity, kind brand, whose
  rule says "divested" - and no mention carries an entity (it never makes a document restricted).
* `entity` and `kind` empty: a negative - no mention carries an entity.
Every mention must point at its own characters: text[m.start:m.end] == m.text.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.mentions.match import Candidate, find_mentions, find_mentions_in_text, resolve_overlaps
from extract.policy.load import load_policy
from extract.types import Document, Page

CASES = Path(__file__).resolve().parent / "cases" / "mentions.csv"


def _rows() -> list[dict[str, str]]:
    with open(CASES, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def test_cases_file_covers_what_the_issue_asks() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert sum(1 for r in rows if not r["entity"] and not r["kind"]) >= 60
    policy = load_policy()
    covered = {r["entity"] for r in rows if r["entity"]}
    assert set(policy.entities) <= covered, set(policy.entities) - covered
    guard_examples = " ".join(r["text"] for r in rows if not r["entity"])
    for g in policy.guards:  # each trap has at least one negative row
        assert any(ex in guard_examples for ex in g.examples), g.id


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["text"][:40])
def test_case(row: dict[str, str], policy) -> None:
    text = row["text"]
    ms = find_mentions_in_text(text, policy)
    for m in ms:
        assert text[m.start : m.end] == m.text
    entity, kind, role = row["entity"], row["kind"], row["role"]
    shown = [(m.entity, m.kind, m.text, m.role, m.rule) for m in ms]
    if entity:
        hits = [m for m in ms if m.entity == entity and m.kind == kind]
        assert hits, f"expected {entity}/{kind} in {text!r}, got {shown}"
        if role:
            assert any(m.role == role for m in hits), f"expected role {role}, got {shown}"
    elif kind in ("equipment", "code"):
        hits = [m for m in ms if m.entity is None and m.kind == kind]
        assert hits, f"expected a {kind} mention in {text!r}, got {shown}"
        if role:
            assert any(m.role == role for m in hits), shown
    elif kind == "no_equipment":  # a category guard's trap: no equipment term at all
        assert not [m for m in ms if m.kind == "equipment"], f"expected no equipment term in {text!r}, got {shown}"
    elif kind == "brand":
        assert any(m.entity is None and m.kind == "brand" and "divested" in m.rule for m in ms), shown
        assert not [m for m in ms if m.entity], shown
    else:
        assert not [m for m in ms if m.entity], f"expected no entity in {text!r}, got {shown}"


def test_document_offsets_are_per_page(policy) -> None:
    doc = Document(
        path="x.txt", sha256="0", format="text", status="ok",
        pages=(Page(1, "Cameras: none.\n"), Page(2, "Line one\nBrand: Hikvision DS-2CD2143G0-I | 3 | 90.00\n")),
    )
    ms = find_mentions(doc, policy)
    assert {m.page for m in ms} == {2}
    for m in ms:
        assert doc.pages[m.page - 1].text[m.start : m.end] == m.text
        assert m.line == 2
        assert "Hikvision" in m.snippet
    vendor = next(m for m in ms if m.kind == "vendor")
    assert vendor.entity == "hikvision" and "us_ndaa2019_889" in vendor.regimes


def test_longest_match_wins_and_duplicates_merge() -> None:
    short = Candidate(0, 6, "vendor", "huawei", "huawei", None, "alias:Huawei")
    long = Candidate(0, 12, "subsidiary", "huawei", "huawei", None, "alias:Huawei Cloud")
    inner = Candidate(7, 12, "equipment", None, None, "x", "term:cloud")
    assert resolve_overlaps([short, inner, long]) == [long]
    a = Candidate(20, 25, "vendor", "zte", "zte", None, "alias:ZTE")
    assert resolve_overlaps([a, a, short]) == [short, a]


def test_model_number_needs_its_context(policy) -> None:
    assert not [m for m in find_mentions_in_text("S5720-28X-SI-AC", policy) if m.entity]
    ms = find_mentions_in_text("Huawei\nS5720-28X-SI-AC", policy)
    assert any(m.kind == "model_number" and m.entity == "huawei" for m in ms)


def test_context_on_another_line_far_away_does_not_count(policy) -> None:
    far = "PD785 spare part\n" + "filler line\n" * 20 + "portable radio chargers\n"
    assert not [m for m in find_mentions_in_text(far, policy) if m.entity == "hytera"]
    near = "PD785 spare part\nfiller\nportable radio chargers\n"
    assert [m for m in find_mentions_in_text(near, policy) if m.entity == "hytera"]


# --------------------------------------------------------------------------- properties

_LATIN_ALIASES = ["Huawei", "Hikvision", "Kaspersky", "Hytera", "Quectel", "Fibocom", "EZVIZ", "Dahua Technology"]
_CJK_ALIASES = ["华为", "海康威视", "海能达", "カスペルスキー", "화웨이", "中兴通讯", "大疆", "廣和通"]
_filler = st.text(alphabet=st.sampled_from(list("abcxyz 0123.,;:\n-|") + ["é", "ß", "Ｆ", "数", "据", "の", "한"]), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_filler, alias=st.sampled_from(_LATIN_ALIASES), after=_filler)
def test_latin_alias_inserted_anywhere_is_found(before: str, alias: str, after: str) -> None:
    policy = load_policy()
    text = before + " " + alias + " " + after
    ms = find_mentions_in_text(text, policy)
    # found as itself, or as the start of a longer match ("EZVIZ a0" is an EZVIZ model number)
    assert any(m.text.startswith(alias) and m.start == len(before) + 1 for m in ms), [(m.text, m.start) for m in ms]
    for m in ms:
        assert text[m.start : m.end] == m.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_filler, alias=st.sampled_from(_CJK_ALIASES), after=_filler)
def test_cjk_alias_inserted_anywhere_is_found(before: str, alias: str, after: str) -> None:
    policy = load_policy()
    text = before + alias + after  # no spaces needed around CJK names
    ms = find_mentions_in_text(text, policy)
    assert any(m.text == alias and m.start == len(before) for m in ms), [(m.text, m.start) for m in ms]
    for m in ms:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "Ruter AS inviterer til dialogkonferanse om nye ruter for bussdrift i Oslo og Viken",
        "Pos. 3.2 OLT Anschlussleitung Erdgeschoss, Abrechnung nach Aufmaß",
    ],
)
def test_ambiguous_short_words_give_no_equipment(text):
    """Bare 'ruter' (routes; the Oslo transit company) and 'OLT' (an abbreviation in building
    works) are not router or optical-terminal evidence; only the explicit phrases are."""
    assert find_mentions_in_text(text, load_policy()) == []


def test_an_anchored_guard_runs_only_near_one_of_its_anchors(policy) -> None:
    """The place guards carry anchors ("campus", "office"...); without one near the mention their
    regexes are not even tried."""
    from extract.mentions.match import _Anchors, _guarded, _scan
    from extract.normalize import normalize

    text = "The hotel near the Huawei campus has a shuttle bus."
    norm = normalize(text)
    cands, _, _ = _scan(norm.text, text, norm, policy)
    huawei = [c for c in cands if c.entity == "huawei"]
    assert huawei
    assert _guarded(huawei[0], norm.text, policy, [], _Anchors(norm.text, policy.anchor_automaton, 1))
    assert not _guarded(huawei[0], norm.text, policy, [], _Anchors(norm.text, None, 1))  # no anchor: not tried
    assert not [m for m in find_mentions_in_text(text, policy) if m.entity]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["office", "offic", "the ", "campus", "kontoret", "华为", "总部", " ", "x", "centre"]),
                max_size=30), st.integers(0, 80), st.integers(0, 80))
def test_anchors_per_window_and_per_page_agree(parts, lo, width) -> None:
    """_Anchors answers the same whether it asks the window or looks up the page's anchors."""
    from extract.mentions.match import _Anchors

    policy = load_policy()
    text = "".join(parts)
    one, page = _Anchors(text, policy.anchor_automaton, 1), _Anchors(text, policy.anchor_automaton, 100)
    assert page.spans is not None and one.spans is None
    assert one.near(lo, lo + width) == page.near(lo, lo + width), (text, lo, width)


@pytest.mark.parametrize("text", [
    "The hotel near the Huawei campus offers 40 Huawei S5735 switches for the conference network.",
    "Accommodation next to the ZTE office; ZTE F660 ONTs are quoted in lot 2.",
])
def test_a_place_hides_only_its_own_mention(text, policy) -> None:
    ms = [m for m in find_mentions_in_text(text, policy) if m.entity]
    assert ms and all(m.start > text.index(" campus" if "campus" in text else " office") for m in ms), ms


def test_the_buyer_is_the_buyer_wherever_its_name_stands(policy) -> None:
    """A restricted company named as the purchaser keeps that role in the letterhead, the invoicing
    address and its purchasing conditions (written for this test); a line that offers one of its
    products still offers it, and another company is not touched."""
    doc = Document(
        path="x.txt", sha256="0", format="text", status="ok",
        pages=(Page(1, "Huawei Technologies France SASU\nPurchaser: Huawei Technologies France SASU\n"
                       "Order: 40 office chairs and 12 desks.\n"),
               Page(2, "Invoices go to the accounts office of Huawei Technologies France.\n"
                       "The general purchasing conditions of Huawei apply.\n"
                       "The canteen of the ZTE office next door is not part of this order.\n")),
    )
    roles = {(m.page, m.entity, m.role) for m in find_mentions(doc, policy) if m.entity}
    assert {r for _p, e, r in roles if e == "huawei"} == {"buyer"}, roles
    assert {r for _p, e, r in roles if e == "zte"} == {"mentioned"}, roles
    offered = Document(
        path="y.txt", sha256="0", format="text", status="ok",
        pages=(Page(1, "Purchaser: China Mobile Hong Kong\nItem 1: 200 x China Mobile prepaid SIM cards | 200 | 5.00\n"),),
    )
    assert "offered" in {m.role for m in find_mentions(offered, policy) if m.entity == "china_mobile"}


@pytest.mark.parametrize("text, name, category", [
    ("12 x Meraki MR36 access points", "Meraki MR36", "wifi"),
    ("Item 3: Aruba CX6300M 48G switch", "Aruba CX6300M", "network_switch"),
    ("Branch router Cisco ISR4331/K9", "Cisco ISR4331", "router"),
    ("Firewall: Juniper SRX345, 2 units", "Juniper SRX345", "firewall"),
    ("Meraki MR 36", "Meraki MR", "wifi"),  # written apart it was always matched
    ("2 x YAMAHA RTX1300 (branch offices)", "YAMAHA RTX1300", "router"),  # Japanese makers' series
    ("Core: NEC UNIVERGE IX3315, 2 units", "UNIVERGE IX3315", "router"),
    ("Floor switches: HPE Aruba Networking CX6200F", "HPE Aruba Networking CX6200F", "network_switch"),
    # the maker in katakana, as Japanese quotations write it, with or without a space
    ("品名：ヤマハ RTX1220 ギガアクセスVPN 2台", "ヤマハ RTX1220", "router"),
    ("ヤマハSWX2220-10NT 4台（各拠点）", "ヤマハSWX2220", "network_switch"),
    ("無線アクセス機器 ヤマハ WLX313 一式", "ヤマハ WLX313", "wifi"),
])
def test_a_series_name_matches_with_its_model_number_glued_on(policy, text, name, category) -> None:
    """Makers name models by series letters and a number with no space ("MR36" is a Meraki MR
    access point); the policy lists the series ("Meraki MR"), and a whole-word match alone missed
    every such model."""
    found = [(m.text, m.category) for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]
    assert (name, category) in found


@pytest.mark.parametrize("text", [
    "Aruba CXO round table, Lisbon",  # letters glued on: another word, not a model
    "Meraki MRI scanner room",
    "Dell XPSe",
    "tr. 12: telefonia IP2 (ver anexo)",  # a generic term ending in capitals is no series name
    "ヤマハ RTXA 取扱説明書",  # katakana maker, letters glued on: not a model number
])
def test_a_series_name_followed_by_letters_or_a_generic_term_is_not_a_model(policy, text) -> None:
    found = [m.text for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]
    assert not any(f.lower().startswith(("aruba cx", "meraki mr", "dell xps", "telefonia ip", "ヤマハ rtx")) for f in found), found


@pytest.mark.parametrize("text", [
    "Travaux d'extension de réseau d'eau potable et de renforcement de la défense incendie.",
    "Lavori di estensione di rete fognaria e idrica in via Roma.",
    "Przetarg: modernizacja sieci wodociągowej i kanalizacyjnej w gminie.",
])
def test_a_water_or_sewer_network_extension_is_no_network_equipment(policy, text) -> None:
    """The CPV's "Network upgrade" (32428000) is labelled "Extension de réseau", "Estensione di
    rete", "Modernizacja sieci"...: in works tenders those are water, gas, power and sewer
    networks, so its labels are not terms (scripts/build_cpv_terms.py EXCLUDE_CODES)."""
    assert not [m for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]


def test_the_network_upgrade_code_still_counts_where_written_as_a_cpv_code(policy) -> None:
    found = [(m.kind, m.category) for m in find_mentions_in_text("CPV: 32428000-9 Network upgrade", policy)]
    assert ("code", "network_equipment") in found, found


@pytest.mark.parametrize("text, category", [
    # sentences written for this test, each with the CPV label of a code of cpv_additions.tsv
    ("Le présent marché porte sur la maintenance et réparation de matériel informatique des écoles.", "it_services"),
    ("Gegenstand: Wartung und Reparatur von Computeranlagen der Stadtverwaltung, Laufzeit 3 Jahre.", "it_services"),
    ("Zamówienie obejmuje dostawę i wdrożenie: System zarządzania dokumentacją dla urzędu.", "software"),
    ("Fornitura di licenze: 20 licenze di Sistemi di disegno assistito dal calcolatore (CAD) per l'ufficio tecnico.", "software"),
])
def test_labels_of_the_cpv_additions_are_evidence_in_their_category(policy, text, category) -> None:
    """Maintenance of computers and the productivity, document and CAD software packages are ICT
    (DESIGN.md: "licences of any software", "maintenance ... of ICT") though cpv_relevant.tsv
    lacks their codes; cpv_additions.tsv adds them, so their CPV labels are terms as well."""
    found = [(m.kind, m.category) for m in find_mentions_in_text(text, policy)]
    assert ("equipment", category) in found, found


@pytest.mark.parametrize("text", [
    "Contrat de maintenance préventive des chaudières: system maintenance services, visites annuelles.",
    "Wartung der Sprinkleranlage und Systemwartung der Brandmeldeanlage.",
])
def test_system_maintenance_of_a_plant_is_no_it_service(policy, text) -> None:
    """50324100's label ("System maintenance services") names the upkeep of any plant, so its
    labels are not terms (scripts/build_cpv_terms.py EXCLUDE_CODES); the code still counts."""
    assert not [m for m in find_mentions_in_text(text, policy) if m.category == "it_services"]
    found = [(m.kind, m.category) for m in find_mentions_in_text("CPV 50324100-3", policy)]
    assert ("code", "it_services") in found, found
