"""How bids, quotations and award papers say "this is what we supply", and how suppliers say they
no longer sell a brand: the role cues and list rules added after the `vendors` evaluation set's
first measurement (evaluation/README.md). The mechanisms were read off its misses; every sentence
here is written for these tests, none is taken from that set or from ../shared/corpus.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _roles(text: str, policy) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions_in_text(text, policy):
        if m.entity:
            out.setdefault(m.entity, set()).add(m.role)
    return out


@pytest.mark.parametrize("line,entity", [
    # plain-text tables laid out with runs of spaces: a price or a quantity makes the row a line item
    ("04   Switch de acceso 24p   HUAWEI S5735-L24P4X-A   UN   12   1.480,00   17.760,00", "huawei"),
    ("3    DHI-NVR4216-4KS2        Dahua 16-channel recorder        2    $   455.00   $   910.00", "dahua"),
    # units of count in more languages (Polish sztuk, Spanish unidad, Italian pezzi)
    ("Rejestrator HiLook NVR-108MH-C, 8 kanałów   3 szt.", "hikvision"),
    ("2 ud. Cámara térmica DJI Zenmuse H20T para la unidad de rescate", "dji"),
    ("Telecamere Dahua IPC-HDW1431S, 30 pz", "dahua"),
    # a list item that opens with a count
    ("- 40 terminales portátiles Hytera PD365", "hytera"),
    ("7 radiotelefony przenośne Hytera PD485", "hytera"),
])
def test_a_priced_or_counted_line_offers_its_vendor(line, entity, policy):
    assert _roles(line, policy).get(entity) == {"offered"}


@pytest.mark.parametrize("line,entity", [
    ("The report of 2021 Hikvision annual results was read by the board.", "hikvision"),  # a year, not a count
    ("Huawei    opened    an office in the city in 2015.", "huawei"),  # spaced out, but nothing priced or counted
])
def test_a_year_or_spacing_alone_is_not_a_line_item(line, entity, policy):
    assert "offered" not in _roles(line, policy).get(entity, set())


@pytest.mark.parametrize("text,entity", [
    ("Northline Networks has provided the leased lines with China Unicom since 2020.", "china_unicom"),
    ("Matériel retenu : 15 terminaux Hytera PD485 et 2 relais.", "hytera"),
    ("Offerta: 12 telecamere Hikvision DS-2CD1043G2-I per il parcheggio.", "hikvision"),
    ("单一来源采购公示：拟定供应商名称为中国联合网络通信有限公司某市分公司。", "china_unicom"),
])
def test_incumbent_award_and_offer_wording_reads_as_offered(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"offered"}


@pytest.mark.parametrize("text,entity", [
    ("We stopped reselling Kaspersky licences in 2022 and propose another product.", "kaspersky"),
    ("We no longer supply Hikvision cameras to public customers.", "hikvision"),
    ("Desde el año pasado dejamos de distribuir licencias de Kaspersky.", "kaspersky"),
    ("A empresa deixou de comercializar equipamentos Hikvision em 2023.", "hikvision"),
    ("Nous ne commercialisons plus les caméras Dahua depuis l'an dernier.", "dahua"),
    ("Wir haben Kaspersky nicht mehr im Sortiment.", "kaspersky"),
    ("Da quest'anno non commercializziamo più prodotti Kaspersky.", "kaspersky"),
    ("The council's laptops have never used Kaspersky software.", "kaspersky"),
    # equipment that goes: dismantled, or replaced by something else (Russian)
    ("Работы включают демонтаж маршрутизаторов Huawei AR2220 и монтаж новых.", "huawei"),
    ("Поставка коммутаторов для замены коммутаторов Huawei в серверной службы.", "huawei"),
])
def test_a_supplier_that_stopped_selling_a_brand_excludes_it(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"prohibited"}


@pytest.mark.parametrize("text,entities", [
    # the names of a clause joined by prepositions and the rest of their legal names
    ("Sono escluse le apparecchiature prodotte da Hangzhou Hikvision Digital Technology Co., Ltd. o da "
     "Zhejiang Dahua Technology Co., Ltd. o dalle loro controllate.", {"hikvision", "dahua"}),
    # a long certificate: the brands in brackets belong to the excluded makers' list
    ("Le soumissionnaire certifie qu'aucun équipement n'est fabriqué par Hytera Communications ou Hangzhou "
     "Hikvision Digital Technology, ni par l'une de leurs filiales ou marques (notamment EZVIZ, HiLook).",
     {"hytera", "hikvision"}),
])
def test_a_ban_reaches_every_name_of_its_list(text, entities, policy):
    roles = _roles(text, policy)
    assert set(roles) == entities and all(r == {"prohibited"} for r in roles.values()), roles


def test_a_list_does_not_run_across_other_words(policy):
    """Only glue words join a list: a name after ordinary words keeps its own role."""
    text = "Hikvision cameras are banned on this site; the contractor offered 4 Dahua recorders."
    assert _roles(text, policy) == {"hikvision": {"prohibited"}, "dahua": {"offered"}}


@pytest.mark.parametrize("text", [
    "Referente: sig. Chen Dahua, titolare della sartoria",
    "联系人：刘大华，联系电话见附件",
    "酒店地址：深圳市龙岗区（华为基地南门对面）",
])
def test_people_named_dahua_and_places_near_a_vendor_are_not_the_vendor(text, policy):
    assert _roles(text, policy) == {}
