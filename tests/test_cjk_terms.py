"""Japanese and Korean equipment terms (categories.yaml `ja:` and `ko:`): matched inside kana, kanji
and Hangul text (Korean particles attached), and kept off the words tenders of those languages use
for other things.

The sentences are written for these tests; nothing here comes from ../shared/corpus.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions, find_mentions_in_text
from extract.model.classify import rules_verdict
from extract.parse import parse_bytes
from extract.policy import load_policy
from extract.policy.types import LANGS


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _equipment(text: str, policy) -> list[tuple[str, str]]:
    return [(m.text, m.category) for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]


def test_korean_is_a_term_language_and_every_category_term_is_cited(policy):
    assert "ko" in LANGS
    ko = {(c.id, t) for c in policy.categories.values() for lang, ts in c.terms if lang == "ko" for t in ts}
    assert len(ko) >= 100
    for cid, term in ko:
        cat = policy.categories[cid]
        assert cat.source_of(term) is not None or term in cat.unsourced, (cid, term)


@pytest.mark.parametrize("text,expected", [
    ("본 사업은 노트북 컴퓨터 40대와 네트워크 스위치를 구매한다.", {("노트북 컴퓨터", "computer_equipment"), ("네트워크 스위치", "network_switch")}),
    ("무선AP를 설치하고 침입차단시스템을 교체한다.", {("무선AP", "wifi"), ("침입차단시스템", "firewall")}),  # particles attached
    ("감시카메라 30대와 영상저장장치 2대 납품", {("감시카메라", "ip_camera"), ("영상저장장치", "nvr_dvr_vms")}),
    ("정보시스템 유지관리 용역 및 상용소프트웨어 구매", {("정보시스템 유지관리", "it_services"), ("상용소프트웨어", "software")}),
])
def test_a_korean_purchase_names_its_kinds(policy, text, expected):
    assert expected <= set(_equipment(text, policy))


def test_words_korean_tenders_use_for_other_things_are_no_evidence(policy):
    """A fire wall in a building (방화벽), the presenter's laptop, a contact's mobile number, a heat
    exchanger (열교환기), guarding (경비 보안) and the e-procurement system's server clock."""
    text = ("청사 건축물 방화벽 보강 공사 및 시설 경비 보안 용역. 제안 발표 시 발표용 노트북은 제안사가 지참한다. "
            "담당자 휴대전화 번호를 기재할 것. 열교환기 교체 포함. 입찰 마감은 국가종합전자조달시스템 서버 시간을 기준으로 한다.")
    assert _equipment(text, policy) == []
    doc = parse_bytes(text.encode("utf-8"), "notice.txt")[0]
    assert rules_verdict(doc, find_mentions(doc, policy), policy).label == "out_of_scope"


@pytest.mark.parametrize("text,expected", [
    ("児童生徒用の学習用端末及びタブレット端末の賃貸借", {("学習用端末", "computer_equipment"), ("タブレット端末", "computer_equipment")}),
    ("基幹業務システムをガバメントクラウドへ移行する業務", {("基幹業務システム", "software"), ("ガバメントクラウド", "it_services")}),
    ("庁内LANの更改に伴うLAN配線工事及びサーバ機器の調達", {("LAN配線", "ict_services"), ("サーバ機器", "server_storage")}),
    ("消防救急デジタル無線の保守点検", {("消防救急デジタル無線", "two_way_radio")}),
])
def test_a_japanese_purchase_names_its_kinds(policy, text, expected):
    assert expected <= set(_equipment(text, policy))


def test_japanese_words_for_other_things_are_no_evidence(policy):
    """A citizens' PC course (パソコン教室), a railway siding (専用線): the bare words are not terms."""
    text = "市民向けパソコン教室の講師派遣業務。貨物専用線の軌道保守。"
    assert _equipment(text, policy) == []


@pytest.mark.parametrize("text,expected", [
    ("本项目采购上网行为管理设备一台及日志审计系统一套", {("上网行为管理", "security_software"), ("日志审计", "security_software")}),
    ("采购运维堡垒机和数据库审计系统各一台", {("堡垒机", "security_software"), ("数据库审计", "security_software")}),
    ("教学楼一体式计算机120台", {("一体式计算机", "computer_equipment")}),
    ("区政务外网IT运维及网络安全运维服务外包", {("IT运维", "it_services"), ("网络安全运维", "it_services")}),
    ("业务平台信息系统运维与软件运维，含年度等保测评", {("信息系统运维", "it_services"), ("软件运维", "it_services"), ("等保测评", "it_services")}),
])
def test_a_chinese_purchase_names_its_kinds(policy, text, expected):
    """Terms of the MOF/MIIT requirement standards and of published security and IT-operations
    tenders (categories.yaml cites each); simplified forms here, the traditional ones come from
    zh_variants.tsv."""
    assert expected <= set(_equipment(text, policy))


def test_chinese_operation_and_maintenance_of_buildings_is_no_new_evidence(policy):
    """Operation of an air-conditioning or fire-protection system (空调系统运维, 消防系统运维) and a
    property's operation (物业运维) are not IT operations: the new terms are whole phrases
    (信息系统运维, IT运维), not the bare 系统运维 or 运维."""
    text = "办公楼中央空调系统运维及消防系统运维服务，含物业运维人员派驻。"
    assert not {c for _t, c in _equipment(text, policy)} & {"it_services", "security_software"}
