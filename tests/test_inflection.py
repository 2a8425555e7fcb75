"""Inflected matching (inflection.tsv, extract.policy.inflection, extract.mentions.match).

The sentences are written for these tests; each names its case form so a failure says which
ending the lists miss. Nothing here comes from ../shared/corpus.
"""

from __future__ import annotations


import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import check_policy, load_policy
from extract.policy.inflection import Stemmer, stem_key
from extract.policy.types import Inflection


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _equipment(text: str, policy) -> list[tuple[str, str, str]]:
    return [(m.text, m.category, m.rule) for m in find_mentions_in_text(text, policy) if m.kind == "equipment"]


# (language, sentence, words the mention must cover, category)
INFLECTED = [
    ("pl", "Przedmiotem zamówienia jest dostawa 40 komputerów przenośnych dla szkół.",  # genitive plural
     "komputerów przenośnych", "computer_equipment"),
    ("pl", "Wykonawca dostarczy sprzęt wraz z komputerami przenośnymi i torbami.",  # instrumental plural
     "komputerami przenośnymi", "computer_equipment"),
    ("cs", "Zadavatel poptává dodávku osobních počítačů pro základní školu.",  # genitive plural
     "osobních počítačů", "computer_equipment"),
    ("fi", "Hankinta koskee kaupungin tietojärjestelmän ylläpitoa ja kehittämistä.",  # genitive
     "tietojärjestelmän", "software"),
    ("el", "Αντικείμενο της σύμβασης είναι η προμήθεια εξοπλισμού δικτύου για το δημαρχείο.",  # genitive
     "εξοπλισμού δικτύου", "network_equipment"),
    # Ukrainian: ДК 021:2015 labels (Ukraine's CPV), the apostrophe inside the word kept whole
    ("uk", "Предмет закупівлі: постачання портативних комп’ютерів для ліцею.",  # genitive plural
     "портативних комп’ютерів", "computer_equipment"),
    ("uk", "Замовник закуповує маршрутизаторів шість, разом з мережевим обладнанням.",  # instrumental
     "мережевим обладнанням", "network_equipment"),
]


@pytest.mark.parametrize("lang,text,words,category", INFLECTED, ids=[f"{c[0]}-{c[2]}" for c in INFLECTED])
def test_a_term_in_another_case_is_found_over_whole_words(policy, lang, text, words, category):
    found = _equipment(text, policy)
    hits = [f for f in found if f[0] == words]
    assert hits, found
    assert hits[0][1] == category
    assert hits[0][2].endswith(f"; inflected ({lang})")


def test_english_ict_words_are_found_with_the_page_languages_endings(policy):
    """Loanwords inflect: English terms of categories.yaml join each language's cut table."""
    pl = _equipment("Dostawa 30 laptopów oraz dwóch routerów dla urzędu gminy.", policy)
    assert ("laptopów", "computer_equipment", "term:laptop; inflected (pl)") in pl
    assert ("routerów", "router", "term:router; inflected (pl)") in pl
    cs = _equipment("Servis a podpora firewallů v datovém centru kraje.", policy)
    assert ("firewallů", "firewall", "term:firewall; inflected (cs)") in cs


def test_english_acronyms_are_not_stretched(policy):
    # "siem" (security_software) is an English term; cut tables never hold it, so no longer word
    # that loses an ending to become "siem" can be read as one
    for lang in policy.inflection:
        table = policy.inflected_terms(lang)
        assert table is None or not {"siem", "nvr", "cctv", "gpon"} & set(table.keys), lang


def test_a_term_a_category_guard_watches_is_not_stretched(policy):
    # Czech "tablety" is the plural of tableta (a pill) as well as of tablet: the English term,
    # guarded against medicine wording in English, is not cut into other languages
    assert "tablet" not in policy.inflected_terms("cs").keys
    assert not [f for f in _equipment("Lékárna objednává tablety proti bolesti hlavy a vitamíny.", policy)
                if f[1] == "computer_equipment"]


def test_the_exact_form_keeps_its_exact_rule(policy):
    # the nominative is the label itself: one mention, reported as the plain term
    found = _equipment("Dostawa: komputery przenośne, 40 sztuk.", policy)
    assert [f for f in found if f[0] == "komputery przenośne"] == [
        ("komputery przenośne", "computer_equipment", "term:Komputery przenośne [cpv-label:30213100]")]


def test_punctuation_between_the_words_ends_the_term(policy):
    found = _equipment("Dostawa komputerów; przenośnych nie kupujemy, tylko biurka.", policy)
    assert not [f for f in found if "inflected" in f[2]], found


def test_a_non_ict_purchase_in_the_same_language_gives_nothing(policy):
    assert _equipment("Przedmiotem zamówienia jest dostawa kawy, herbaty i mleka do stołówki szkolnej.", policy) == []


def test_a_stem_inside_a_longer_word_is_not_a_term(policy):
    # "komputer" + more letters than an ending is another word; a term never starts mid-word either
    found = _equipment("Mikrokomputerowiec przenośnych nie liczy się.", policy)
    assert not [f for f in found if "inflected" in f[2]], found


def test_english_pages_are_not_cut(policy):
    assert policy.inflected_matchers("supply of portable computers") == []
    assert [t.stemmer.inflection.lang for t in policy.inflected_matchers("dostawa komputerów przenośnych")] == ["pl"]


def test_the_marking_letter_gate_picks_the_languages_a_set_of_characters_picks(policy):
    """inflected_matchers first asks one character class of every language's marking letters; the
    languages it then picks are those whose letters the page's characters meet, as before, on pages
    with none of them, with one, and with several languages' letters among other non-ASCII text."""
    import random

    letters = sorted({c for inf in policy.inflection.values() for c in inf.letters})
    others = ["\u2019", "\u201c", "\u2013", "\u00e9", "\u00a0", "\u00b7", "x", " ", "e", "\u4e2d"]
    rng = random.Random(7)
    texts = ["supply of portable computers \u2019", "caf\u00e9 \u2013 \u00bd"]
    texts += ["".join(rng.choice(others + letters * (k % 2)) for _ in range(rng.randint(1, 60))) for k in range(300)]
    for text in texts:
        chars = set(text)
        want = [lang for lang, inf in policy.inflection.items() if not text.isascii() and not inf.letters.isdisjoint(chars)
                and policy.inflected_terms(lang) is not None]
        assert [t.stemmer.inflection.lang for t in policy.inflected_matchers(text)] == want, text


def test_stemmer_cuts_the_longest_ending_that_leaves_the_minimum():
    st = Stemmer(Inflection(lang="pl", min_stem=4, letters=frozenset("ą"), endings=("ami", "mi", "i", "y"), source="x"))
    assert st.stem("komputerami") == "komputer"  # "ami" beats "mi" and "i"
    assert st.stem("domami") == "doma"  # "ami" would leave 3 letters: the next longest ending that fits
    assert st.stem("kami") == "kami"  # cutting "i" would leave 3 < 4
    assert stem_key("komputery przenośne", st) == "komputer przenośne"
    assert stem_key("wi-fi routery", st) is None  # punctuation keeps a term to exact matching
    assert stem_key("router 5g", st) is None


def test_the_stemmers_memory_is_bounded(monkeypatch):
    from extract.policy import inflection

    monkeypatch.setattr(inflection, "MEMO_LIMIT", 3)
    st = Stemmer(Inflection(lang="pl", min_stem=4, letters=frozenset("ą"), endings=("y",), source="x"))
    assert [st.stem(w) for w in ("serwery", "routery", "laptopy", "skanery", "serwery")] == [
        "serwer", "router", "laptop", "skaner", "serwer"]
    assert len(st._memo) <= 3



@pytest.mark.parametrize("row,problem", [
    ("xx\t4\tą\ta e\tsome grammar", "lang: 'xx' is not a term language"),
    ("pl\t2\tą\ta e\tsome grammar", "min_stem: expected a whole number from 3 to 12"),
    ("pl\t4\tĄ\ta e\tsome grammar", "letters: expected the characters"),
    ("pl\t4\tą\ta E\tsome grammar", "endings: 'E' is not a lower-case run of letters"),
    ("pl\t4\tą\ta a\tsome grammar", "endings: repeated: a"),
    ("pl\t4\tą\ta-b\tsome grammar", "endings: 'a-b' is not"),
    ("pl\t4\tą\ta e\t", "source: empty"),
    ("pl\t4\tą\ta e", "row: expected 5 tab-separated columns"),
])
def test_policy_check_reports_a_bad_inflection_row_with_its_line(bad_row_reported, row, problem):
    bad_row_reported("inflection.tsv", row, problem, drop=lambda line: line.startswith("pl\t"))


def test_a_language_listed_twice_is_reported(policy_copy):
    d = policy_copy
    path = d / "inflection.tsv"
    text = path.read_text(encoding="utf-8")
    pl = next(x for x in text.splitlines() if x.startswith("pl\t"))
    path.write_text(text + pl + "\n", encoding="utf-8")
    assert any("lang: pl is already on line" in p for p in check_policy(d))


def test_data_staff_can_add_an_ending_without_code(policy_copy):
    """An ending missing from the list is a miss; adding it to the data file finds the form."""
    text = "Dostawa komputerówx przenośnych."  # an invented ending "ówx", absent from the list
    d = policy_copy
    assert not [f for f in _equipment(text, load_policy(d)) if "inflected" in f[2]]
    path = d / "inflection.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [x.replace("\ta ą e ę", "\tówx a ą e ę", 1) if x.startswith("pl\t") else x for x in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _equipment(text, load_policy(d))
    assert ("komputerówx przenośnych", "computer_equipment",
            "term:Komputery przenośne [cpv-label:30213100]; inflected (pl)") in found


@pytest.mark.parametrize("apostrophe", ["\u2019", "'", "\u02bc"])
def test_ukrainian_labels_meet_every_apostrophe_in_any_case(policy, apostrophe):
    """Ukrainian writes the apostrophe three ways (U+2019, the keyboard's U+0027, the modifier
    letter U+02BC): the label "Комп’ютерне обладнання та приладдя" (ДК 021:2015, 30200000) is
    found in the nominative and in the genitive with each, as one word, not cut at the apostrophe."""
    exact = _equipment(f"Лот 1. Комп{apostrophe}ютерне обладнання та приладдя.", policy)
    assert [f[1] for f in exact if f[0] == f"Комп{apostrophe}ютерне обладнання та приладдя"] == ["computer_equipment"]
    inflected = _equipment(f"Оголошення про закупівлю комп{apostrophe}ютерного обладнання та приладдя.", policy)
    hit = [f for f in inflected if f[0] == f"комп{apostrophe}ютерного обладнання та приладдя"]
    assert hit and hit[0][1] == "computer_equipment" and hit[0][2].endswith("; inflected (uk)"), inflected


def test_a_word_keeps_an_apostrophe_between_letters_only():
    from extract.policy.inflection import WORD

    assert WORD.fullmatch("комп’ютерного") and WORD.fullmatch("об'єкт") and WORD.fullmatch("компʼютер")
    assert [m.group() for m in WORD.finditer("'закупівля' комп’ютерів’")] == ["закупівля", "комп’ютерів"]
    stem = Stemmer(load_policy().inflection["uk"])
    assert stem.stem("комп’ютерного") == stem.stem("комп’ютерне") == "комп’ютерн"


def test_ukrainian_endings_are_cut_only_on_ukrainian_pages(policy):
    # Russian writes none of і ї є ґ: a Russian page is not cut with the Ukrainian endings (it has
    # its own row), and a Ukrainian label does not reach into it by them
    assert not [f for f in _equipment("Поставка портативных компьютеров для школы.", policy) if "(uk)" in f[2]]
