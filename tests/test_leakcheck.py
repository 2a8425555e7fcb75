"""The leak check's measures on texts written for this test (no corpus needed).

Each measure must fire on a paraphrase built to trigger it and stay quiet on unrelated text, so a
broken detector (a tokenizer that returns nothing, a threshold that cannot be reached) fails here
even where the real corpus is absent. The evaluation "documents" below are invented; none is a
corpus document.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from extract.model.leakcheck import (
    REGULATION_TEXT, THRESHOLDS, EvalIndex, Item, LeakCheckError, find_leaks, load_cases, load_notices,
    main, tokens,
)

PORT_RFQ = """Request for Quotation: harbour gate video surveillance and licence plate reading at Kestrel Bay

The Kestrel Bay Port Authority invites quotations for the supply, installation and commissioning of
a video surveillance system at the north and south truck gates of the container terminal. The system
shall read licence plates of trucks entering and leaving, record all lanes continuously for thirty
days, and send alarms to the operations room in the administration building on the quay.
Cameras shall be mounted on the existing steel gantries above each lane; the contractor supplies new
brackets, weatherproof junction boxes and surge protection for every pole.
Recording servers stand in the gatehouse rack; the contractor shall supply an uninterruptible power
supply sized for forty minutes of autonomy and connect it to the emergency generator circuit.
Training: two sessions of half a day for the gate supervisors and one session for the port IT staff.
Warranty: thirty-six months on all equipment including replacement of faulty cameras within five days.
Bill of quantities
1 | Bullet camera with infrared illumination and motorised varifocal lens for lane overview | 12
2 | Licence plate reading camera with global shutter and onboard recognition for truck lanes | 8
3 | Recording server with redundant power supplies and forty terabytes of storage | 2
4 | Operator workstation with two monitors and video management client licence | 3
"""

NOTICE_NB = """Rammeavtale om vask av arbeidstøy for kommunale verksteder i Lyngvik

Lyngvik kommune skal inngå rammeavtale om henting, vask, reparasjon og levering av arbeidstøy for
om lag to hundre ansatte ved de kommunale verkstedene, brannstasjonen og vannverket. Tøyet hentes
ukentlig og leveres tilbake innen fem virkedager, merket med navn og avdeling."""

BAKERY = """Statement of needs: school kitchen ovens replacement at Ridgefield District

Ridgefield School District needs four combination steam ovens for its central kitchen, replacing
units installed twenty years ago. Each oven shall hold ten full-size trays, offer steam, convection
and combined modes, clean itself automatically and connect to a water softener supplied with it.
The supplier removes the old ovens, adapts the electrical connections and trains the kitchen staff.
""" + REGULATION_TEXT[:3000]

GENERIC_A = """Performance Work Statement for Grounds Maintenance

The contractor mows lawns, trims hedges and removes leaves at the Elmstead campus from April to October.
Mowing height shall stay between five and eight centimetres; clippings are mulched on site.
"""

GENERIC_B = """Performance Work Statement for Grounds Maintenance

Snow clearing of car parks and footpaths at the Harrow Lane depot, on call from November to March,
with grit spreading before eight in the morning whenever frost is forecast by the national service.
"""

KANJI = """監視カメラ設備更新工事 仕様書

本工事は、市役所本庁舎及び第二庁舎に設置されている監視カメラ設備を更新するものである。
既設のアナログカメラ二十四台を撤去し、ネットワークカメラに取り替える。録画装置は庁舎管理室に設置し、
三十日間の連続録画が可能な容量を確保すること。受注者は、工事完了後に職員向けの操作説明会を実施する。
"""

UNRELATED = """Invitation to tender: office furniture for the new municipal library in Westford

The municipality buys height-adjustable desks, ergonomic chairs, bookshelves for the children's
section, reading armchairs and acoustic screens for the study hall. Deliveries are made in three
batches between March and May; the supplier assembles everything on site, removes all packaging
and provides a ten-year guarantee on frames and five years on upholstery and mechanisms. Samples
of the chairs must be available for a user test in the old library before the award decision.
The municipality prefers furniture with an environmental label and spare parts available for
fifteen years; tenders list the recycled content of steel and wood parts per item.
"""

UNRELATED_LONG = (UNRELATED + """
Lot two covers the reading room lighting: pendant lamps over the long tables, wall lights along the
stacks and daylight sensors that dim the lamps when the sun shines through the glass roof. The
supplier calculates the lighting levels for every zone and hands in the calculation with the tender.
Lot three covers signage: room names, shelf labels in two languages, and a large map of the floors
next to the main staircase, printed on recycled aluminium panels with a matt finish.
Questions about the tender are answered in writing on the tender portal until ten days before the
deadline; the answers are published for all suppliers without naming who asked.
""")


def _evaluation() -> list[Item]:
    return [
        Item("files/port-rfq.txt", PORT_RFQ),
        Item("records/notice-nb.txt", NOTICE_NB),
        Item("files/ovens.txt", BAKERY),
        Item("files/pws-a.txt", GENERIC_A),
        Item("files/pws-b.txt", GENERIC_B),
        Item("files/kanji.txt", KANJI),
    ]


@pytest.fixture(scope="module")
def index() -> EvalIndex:
    return EvalIndex(_evaluation())


def _score(index: EvalIndex, text: str, evaluation: str, title: str = "") -> dict[str, float]:
    scores = index.score([Item("candidate", text, title)])
    j = scores.evaluations.index(evaluation)
    return {m: float(v[0, j]) for m, v in scores.values.items()}


def _fires(index: EvalIndex, text: str, title: str = "") -> set[tuple[str, str]]:
    hits = index.score([Item("candidate", text, title)]).hits(THRESHOLDS)
    return {(h.evaluation, m) for h in hits for m, _ in h.measures}


def _drop_every_fourth_word(text: str) -> str:
    """A crude rewording: no five words in a row survive, the vocabulary does."""
    return "\n".join(" ".join(w for i, w in enumerate(line.split()) if i % 4 != 3) for line in text.splitlines())


def _body(text: str) -> str:
    return text.split("\n", 2)[2]


# --------------------------------------------------------------------------- normalisation


def test_tokens_fold_case_width_punctuation_and_drop_numbers() -> None:
    assert tokens("ＣＣＴＶ-Kamera, 24 Stück (Lot 3)!") == ["cctv", "kamera", "stück", "lot"]
    assert tokens("DS-2CD2143G2-I") == ["ds", "2cd2143g2", "i"]  # model numbers keep their letters
    assert tokens("監視カメラ 24台") == ["監", "視", "カ", "メ", "ラ", "台"]


# --------------------------------------------------------------------------- each measure fires


def test_a_copy_with_other_numbers_case_and_layout_fires_every_measure(index: EvalIndex) -> None:
    copy = PORT_RFQ.upper().replace("thirty", "30").replace(" | ", " ; ").replace("\n", "\n\n")
    copy = copy.replace("12", "14").replace("8\n", "6\n")
    s = _score(index, copy, "files/port-rfq.txt")
    assert s["title"] == 1.0
    assert s["char_cosine"] > 0.95
    assert s["containment"] > 0.9 and s["reverse_containment"] > 0.9


def test_title_fires_on_a_one_word_change_over_an_unrelated_body(index: EvalIndex) -> None:
    title = PORT_RFQ.splitlines()[0].replace("harbour", "port")
    s = _score(index, title + "\n\n" + UNRELATED, "files/port-rfq.txt")
    assert s["title"] >= THRESHOLDS.title
    assert s["char_cosine"] < THRESHOLDS.char_cosine and s["containment"] < THRESHOLDS.containment
    assert _fires(index, title + "\n\n" + UNRELATED) == {("files/port-rfq.txt", "title")}


def test_char_cosine_fires_on_reworded_text_that_shares_few_shingles(index: EvalIndex) -> None:
    paraphrase = "Quotation wanted for CCTV at the container gates\n\n" + _drop_every_fourth_word(_body(PORT_RFQ))
    s = _score(index, paraphrase, "files/port-rfq.txt")
    assert s["title"] < THRESHOLDS.title
    assert s["containment"] < THRESHOLDS.containment
    assert s["char_cosine"] >= THRESHOLDS.char_cosine
    assert ("files/port-rfq.txt", "char_cosine") in _fires(index, paraphrase)


def test_containment_fires_on_half_a_document_inside_other_text(index: EvalIndex) -> None:
    body = PORT_RFQ.splitlines()
    half = "\n".join(body[2 : len(body) // 2 + 2])  # no title: only the body is lifted
    candidate = UNRELATED + "\n" + half
    s = _score(index, candidate, "files/port-rfq.txt")
    assert s["title"] < THRESHOLDS.title
    assert s["containment"] >= THRESHOLDS.containment
    assert ("files/port-rfq.txt", "containment") in _fires(index, candidate)


def test_reverse_containment_fires_on_a_short_notice_pasted_into_a_long_text(index: EvalIndex) -> None:
    body = NOTICE_NB.split("\n", 2)[2]  # the notice without its title
    candidate = UNRELATED_LONG + "\n" + body + "\n" + UNRELATED_LONG.upper()
    s = _score(index, candidate, "records/notice-nb.txt")
    assert s["containment"] < THRESHOLDS.containment
    assert s["reverse_containment"] >= 0.5
    assert ("records/notice-nb.txt", "reverse_containment") in _fires(index, candidate)


def test_a_copied_one_line_test_case_fires_and_a_few_shared_words_do_not(index: EvalIndex) -> None:
    line = "Licence plate reading camera with global shutter and onboard recognition for truck lanes"
    assert _fires(index, line) == {("files/port-rfq.txt", "containment")}
    assert _fires(index, "Licence plate reading camera for the car park") == set()


def test_cjk_text_is_compared_character_by_character(index: EvalIndex) -> None:
    excerpt = KANJI.splitlines()[2]
    assert ("files/kanji.txt", "containment") in _fires(index, "参考：" + excerpt)


# --------------------------------------------------------------------------- and stays quiet


def test_unrelated_text_fires_nothing(index: EvalIndex) -> None:
    assert _fires(index, UNRELATED_LONG) == set()
    s = _score(index, UNRELATED_LONG, "files/port-rfq.txt")
    assert s["char_cosine"] < 0.4 and s["containment"] == 0.0 and s["title"] < 0.3


def test_regulation_clause_text_alone_is_not_a_leak(index: EvalIndex) -> None:
    # The ovens document quotes the clause; a candidate quoting the same clause is not its copy.
    candidate = "Invitation to tender: ambulance fleet maintenance\n\n" + REGULATION_TEXT[:3000] + "\n" + UNRELATED
    s = _score(index, candidate, "files/ovens.txt")
    assert s["containment"] == 0.0 and s["reverse_containment"] == 0.0
    assert _fires(index, candidate) == set()


def test_a_title_two_evaluation_documents_share_is_generic(index: EvalIndex) -> None:
    candidate = "Performance Work Statement for Grounds Maintenance\n\n" + UNRELATED
    assert _fires(index, candidate) == set()


def test_scores_do_not_depend_on_the_other_candidates(index: EvalIndex) -> None:
    alone = index.score([Item("c", PORT_RFQ[:600])])
    crowd = index.score([Item("x", UNRELATED), Item("c", PORT_RFQ[:600]), Item("y", NOTICE_NB)])
    for m in alone.values:
        assert alone.values[m][0] == pytest.approx(crowd.values[m][1])


def test_find_leaks_names_candidate_document_and_measure() -> None:
    hits = find_leaks(_evaluation(), [Item("training/copy.txt", PORT_RFQ), Item("training/other.txt", UNRELATED)])
    assert {h.candidate for h in hits} == {"training/copy.txt"}
    (hit,) = hits
    assert hit.evaluation == "files/port-rfq.txt"
    assert dict(hit.measures).keys() == {"title", "char_cosine", "containment", "reverse_containment"}
    assert "training/copy.txt" in hit.describe() and "containment=1.00" in hit.describe()


# --------------------------------------------------------------------------- loading and the command


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "files").mkdir(parents=True)
    rows = ["file\tverdict"]
    for item in _evaluation():
        name = "files/" + Path(item.key).name
        (corpus / name).write_text(item.text, encoding="utf-8")
        rows.append(f"{name}\tout_of_scope")
    (corpus / "labels.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return corpus


def _training(tmp_path: Path, *texts: str) -> Path:
    docs = tmp_path / "training" / "documents" / "en"
    docs.mkdir(parents=True)
    for n, text in enumerate(texts):
        (docs / f"doc-{n}.txt").write_text(text, encoding="utf-8")
    return tmp_path / "training"


def test_notices_parts_are_read_plain_and_gzipped_and_may_be_absent(tmp_path: Path) -> None:
    assert load_notices(tmp_path) == []
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "n1", "title": "T1", "description": "D1"}) + "\n\n", encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": 7, "title": "T2", "description": None}) + "\n")
    items = load_notices(tmp_path)
    assert [(i.key.rsplit("/", 1)[-1], i.title, i.text) for i in items] == [("a.jsonl#n1", "T1", "T1\nD1"), ("b.jsonl.gz#7", "T2", "T2\n")]
    (folder / "c.jsonl").write_text('{"id": "x", "title": "no description"}\n', encoding="utf-8")
    with pytest.raises(LeakCheckError, match=r"c\.jsonl:1 "):
        load_notices(tmp_path)


def test_cases_take_every_text_column_once(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text("text,entity,context_text\nalpha beta,huawei,gamma\nalpha beta,zte,\n", encoding="utf-8")
    items = load_cases(tmp_path)
    assert [(i.key.rsplit("/", 1)[-1], i.text) for i in items] == [("m.csv:2", "alpha beta"), ("m.csv:2", "gamma")]


def test_command_exits_1_and_names_the_leak(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path)
    training = _training(tmp_path, UNRELATED, "Notes\n" + _body(PORT_RFQ))
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "c.csv").write_text("text\nnothing to see here at all today\n", encoding="utf-8")
    assert main([str(corpus / "labels.tsv"), str(training), "--cases", str(cases)]) == 1
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if "~" in x]
    assert "doc-1.txt" in line and "files/port-rfq.txt" in line and " containment=0.9" in line
    assert "2 training documents, 0 notices, 1 test cases" in out


def test_command_exits_0_when_nothing_leaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path)
    training = _training(tmp_path, UNRELATED, UNRELATED_LONG)
    assert main([str(corpus / "labels.tsv"), str(training)]) == 0
    assert "no copy or close paraphrase found" in capsys.readouterr().out


@pytest.mark.parametrize("problem", ["no-labels", "no-training", "bad-notices", "bad-flag"])
def test_command_usage_errors_exit_2_with_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str) -> None:
    corpus = _corpus(tmp_path)
    training = _training(tmp_path, UNRELATED)
    argv = [str(corpus / "labels.tsv"), str(training)]
    if problem == "no-labels":
        argv[0] = str(tmp_path / "missing.tsv")
    elif problem == "no-training":
        argv[1] = str(tmp_path / "nowhere")
    elif problem == "bad-notices":
        (training / "notices").mkdir()
        (training / "notices" / "n.jsonl").write_text("not json\n", encoding="utf-8")
    else:
        argv.append("--frobnicate")
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leakcheck: error: ") and "Traceback" not in captured.err
