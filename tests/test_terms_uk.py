"""Ukrainian equipment and service terms: the hand-written `uk` terms of categories.yaml, the ДК
021:2015 labels of cpv_terms.tsv, the Ukrainian row of inflection.tsv and the three apostrophes.

The sentences are written for these tests; nothing here comes from ../shared/corpus or evaluation/.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import load_policy
from extract.policy.types import APOSTROPHES, spelling_forms

CONTEXT_ONLY = ("printing", "computer_supplies", "audio_video", "ict_consulting", "data_content", "solar_inverter",
                "semiconductors")


@pytest.mark.parametrize("text,expected", [
    # declined forms meet the dictionary forms of the policy through the Ukrainian endings
    ("Закупівля ноутбуків та мережевих комутаторів для відділу освіти", {"computer_equipment", "network_switch"}),
    ("Постачання міжмережевих екранів і антивірусного програмного забезпечення", {"firewall", "security_software"}),
    ("Монтаж структурованої кабельної системи в приміщенні ліцею", {"ict_services"}),
    ("Закупівля квадрокоптерів для рятувальної служби", {"drone"}),
    ("Придбання портативної рації для чергового диспетчера", {"two_way_radio"}),
    ("Встановлення системи відеоспостереження на території ринку", {"ip_camera"}),
    # a ДК 021 label in another case: "Послуги з розробки програмного забезпечення" (72262000)
    ("Надання послуг з розробки програмного забезпечення для міської ради", {"it_services"}),
])
def test_a_ukrainian_purchase_names_its_kinds(categories_of, text, expected):
    assert expected <= categories_of(text)


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_a_hand_written_term_meets_every_apostrophe(categories_of, apostrophe):
    # categories.yaml writes "послуги мобільного зв’язку" with U+2019; a page may type any of three
    text = f"Закупівля послуг мобільного зв{apostrophe}язку для працівників управління"
    assert "telecom_services" in categories_of(text)


def test_spelling_forms_add_apostrophes_for_ukrainian_only():
    assert spelling_forms("зв’язок", "uk") == ("зв’язок", "зв\u02bcязок", "зв'язок")
    assert spelling_forms("ноутбук", "uk") == ("ноутбук",)
    assert spelling_forms("supplier’s", "en") == ("supplier’s",)


@pytest.mark.parametrize("text", [
    # a bus station, a candle, a fire wall between buildings, a car's dash camera: other things
    "Ремонт автостанції та заміна свічок у котельні.",
    "Улаштування протипожежної стіни між корпусами лікарні.",
    "Закупівля дизельного палива та мастил для автомобілів.",
])
def test_words_ukrainian_notices_use_for_other_things_are_not_ict(categories_of, text):
    assert not (categories_of(text) - set(CONTEXT_ONLY)), categories_of(text)


def test_the_ukrainian_endings_are_cut_only_on_pages_with_ukrainian_letters(categories_of):
    """і ї є ґ mark Ukrainian against Russian and Bulgarian: a Russian page is not cut with the
    Ukrainian endings, and a Ukrainian one is."""
    assert "computer_equipment" in categories_of("Закупівля ноутбуків для гімназії")
    rules = [m.rule for m in find_mentions_in_text("Поставка ноутбуков для гимназии (новых)", load_policy())]
    assert not [r for r in rules if r.endswith("(uk)")], rules
