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
