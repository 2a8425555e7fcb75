"""Russian equipment and service terms of categories.yaml, the Russian row of inflection.tsv, and
the words Russian notices use for other things (the e-procurement platform's server, a left-luggage
chamber, guards' phones and radios).

The sentences are written for these tests; nothing here comes from ../shared/corpus or evaluation/.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    # declined forms meet the dictionary forms of the policy through the Russian endings
    ("Поставка ноутбуков и сетевых коммутаторов для нужд управления образования", {"computer_equipment", "network_switch"}),
    ("Оказание услуг по техническому обслуживанию системы видеонаблюдения", {"ict_services"}),
    ("Закупка межсетевых экранов и антивирусного программного обеспечения", {"firewall", "security_software"}),
    ("Оказание услуг подвижной радиотелефонной связи для сотрудников службы", {"telecom_services"}),
    ("Монтаж структурированной кабельной системы в здании школы", {"ict_services"}),
    ("Поставка системы хранения данных и стоечных серверов", {"server_storage"}),
])
def test_a_russian_purchase_names_its_kinds(categories_of, text, expected):
    assert expected <= categories_of(text)


@pytest.mark.parametrize("text", [
    "Заявки подаются на электронной площадке; время сервера электронной площадки московское.",
    "Ремонт камеры хранения на железнодорожном вокзале.",
    "Охранник обеспечивается мобильным телефоном и рацией за счёт исполнителя.",
    "Поставка электрического коммутационного оборудования для подстанции.",
])
def test_words_russian_notices_use_for_other_things_are_not_ict(categories_of, text):
    assert not any(c for c in categories_of(text)
                   if c not in ("printing", "computer_supplies", "audio_video", "ict_consulting", "data_content",
                                "solar_inverter", "semiconductors")), categories_of(text)


def test_the_russian_endings_are_cut_only_on_pages_with_russian_letters(categories_of):
    """The gate of inflection.tsv: ы э ё mark Russian against Ukrainian and Bulgarian. A page
    holding one of them is cut; a page without any keeps to exact matching (a declined form is
    missed there, as the file's header says, rather than read with another language's endings)."""
    assert "computer_equipment" in categories_of("Поставка ноутбуков для гимназии № 5 (новых)")
    assert "computer_equipment" not in categories_of("Поставка ноутбуков для гимназии № 5")
