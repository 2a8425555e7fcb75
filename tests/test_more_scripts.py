"""Thai, Arabic and Turkish equipment terms and vendor names (categories.yaml `th:`, `ar:`, `tr:`;
entities.yaml `other:`): Thai is written without spaces between words, so its terms and names are
found inside longer runs of Thai letters as CJK terms are; Arabic and Turkish terms are whole
words. Each term cites a public source (policy check), none of them a missed document.

The sentences are written for these tests; nothing here comes from ../shared/corpus or evaluation/.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.model.classify import rules_verdict
from extract.parse import parse_bytes
from extract.policy import load_policy
from extract.policy.types import LANGS


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _found(text: str, policy) -> set[tuple[str, str]]:
    return {(m.text, m.category or m.entity) for m in find_mentions_in_text(text, policy)}


def test_thai_arabic_and_turkish_are_term_languages_and_every_term_is_cited(policy):
    assert {"th", "ar", "tr"} <= set(LANGS)
    terms = {(c.id, lang, t) for c in policy.categories.values() for lang, ts in c.terms if lang in ("th", "ar", "tr")
             for t in ts}
    assert {lang for _, lang, _ in terms} == {"th", "ar", "tr"}
    for cid, _, term in terms:
        assert policy.categories[cid].source_of(term) is not None, (cid, term)


@pytest.mark.parametrize("text,expected", [
    # no spaces around the terms: Thai writes a phrase as one run of letters
    ("จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊กจำนวน 25 เครื่องพร้อมอุปกรณ์กระจายสัญญาณ",
     {("เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "computer_equipment"), ("อุปกรณ์กระจายสัญญาณ", "network_switch")}),
    ("ติดตั้งกล้องวงจรปิดบริเวณลานจอดรถ", {("กล้องวงจรปิด", "ip_camera")}),
    ("เสนอราคาโดยบริษัทหัวเว่ยเทคโนโลยี่", {("หัวเว่ย", "huawei")}),
    # Arabic: whole words
    ("طرح عطاء لتوريد أجهزة حاسوب محمول وتجديد جدار الحماية للمبنى",
     {("أجهزة حاسوب محمول", "computer_equipment"), ("جدار الحماية", "firewall")}),
    ("لا تقبل معدات شركة هواوي أو شركة هيكفيجن", {("هواوي", "huawei"), ("هيكفيجن", "hikvision")}),
    # a proclitic joined to the term: ل (for), و (and), وب (and with)
    ("تجديد الدعم الفني لجدران الحماية في مركز البيانات", {("جدران الحماية", "firewall")}),
    ("توريد خوادم وأجهزة الشبكات ومعدات وبهواوي", {("أجهزة الشبكات", "network_equipment"), ("هواوي", "huawei")}),
    # Turkish: whole words, plural written out
    ("Hastane için 4 adet omurga anahtar, 30 adet kenar anahtarı ve güvenlik duvarları alınacaktır.",
     {("omurga anahtar", "network_switch"), ("kenar anahtarı", "network_switch"), ("güvenlik duvarları", "firewall")}),
])
def test_terms_and_names_are_found_in_thai_arabic_and_turkish(text, expected, policy):
    assert expected <= _found(text, policy)


@pytest.mark.parametrize("text", [
    "ร้านอาหารหัวมุมถนนรับจัดเลี้ยง",  # หัว (head) is no Huawei
    "Kapının anahtarı ve ağ kablosu teslim edildi.",  # a door key and a cable are no network switch
    "الحماية المدنية تطلب جدارا جديدا للمخزن",  # civil protection, a new wall: no firewall
    "تسلم المؤسسة مفتاح المستودع وخزانة الملفات",  # a longer word that merely starts with و is no proclitic: nothing found
])
def test_ordinary_words_of_those_languages_are_not_terms(text, policy):
    assert not {c for _, c in _found(text, policy) if c}


def test_a_latin_name_next_to_thai_letters_needs_no_space(policy):
    assert ("Huawei", "huawei") in _found("จัดซื้ออุปกรณ์Huaweiรุ่นใหม่", policy)


def test_a_thai_purchase_is_in_scope_without_a_model(policy):
    doc = parse_bytes("ประกาศประกวดราคาซื้อครุภัณฑ์คอมพิวเตอร์ เครื่องคอมพิวเตอร์แม่ข่าย 2 เครื่อง".encode(), "notice.txt")[0]
    ms = [m for p in doc.pages for m in find_mentions_in_text(p.text, policy)]
    assert rules_verdict(doc, ms, policy).label == "in_scope_ict"


# --------------------------------------------------------------------------- Indonesian (id:)


def test_indonesian_is_a_term_language_and_every_term_is_cited(policy):
    assert "id" in LANGS
    terms = {(c.id, t) for c in policy.categories.values() for lang, ts in c.terms if lang == "id" for t in ts}
    assert {cid for cid, _ in terms} >= {"network_equipment", "firewall", "software", "mobile_phone"}
    for cid, term in terms:
        assert policy.categories[cid].source_of(term) is not None, (cid, term)


@pytest.mark.parametrize("text,expected", [
    ("Pengadaan perangkat jaringan dan tembok api untuk kantor kecamatan.",
     {("perangkat jaringan", "network_equipment"), ("tembok api", "firewall")}),
    ("Pembaruan lisensi perangkat lunak untuk sistem informasi kepegawaian.",
     {("lisensi perangkat lunak", "software"), ("sistem informasi", "software")}),
    ("Belanja 15 unit telepon genggam untuk petugas lapangan.", {("telepon genggam", "mobile_phone")}),
])
def test_indonesian_terms_are_found_as_whole_words(text, expected, policy):
    assert expected <= _found(text, policy)


def test_an_indonesian_word_that_only_contains_a_term_is_no_match(policy):
    # whole words: "jaringannya" (its network) does not end the term "perangkat jaringan"
    assert _found("Perbaikan atap gedung dan pengecatan dinding ruang rapat.", policy) == set()
    assert ("perangkat jaringan", "network_equipment") not in _found("perangkat jaringannya", policy)
