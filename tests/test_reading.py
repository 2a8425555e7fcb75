"""A language the text model has hardly read is judged by its evidence (classify.decide, READ_FLOOR).

The texts below were written for these tests (an Arabic, an Indonesian, an English and a Chinese
call for tenders of the same kind); none is in training_data/ or an evaluation set.
"""

from __future__ import annotations

import numpy as np
import pytest

import toy_corpus as tc
from extract import settings
from extract.model.classify import READ_FLOOR, decide, load_model
from extract.model.reading import KNOWN_DF, READING_MIN_WORDS, known_word_columns, reading_share, word_document_frequency
from extract.types import Mention

ARABIC = (
    "دعوة لتقديم العطاءات رقم ٢٠٢٦/٤١\n"
    "تعلن بلدية المدينة الشمالية عن طرح مناقصة عامة لتوريد وتركيب جدران الحماية وأجهزة الشبكات لمركز "
    "البيانات الرئيسي في مبنى البلدية، مع التدريب والصيانة لمدة ثلاث سنوات.\n"
    "على الشركات الراغبة في المشاركة شراء وثائق المناقصة من قسم المشتريات خلال ساعات الدوام الرسمي، "
    "وتقديم العروض في مظروف مختوم قبل الساعة الثانية عشرة ظهراً من يوم الخميس.\n"
    "يجب أن يرفق مع العرض كفالة دخول بقيمة اثنين بالمئة من قيمة العطاء وشهادة تسجيل سارية المفعول.\n"
)
INDONESIAN = (
    "Pengumuman pelelangan umum nomor 14 tahun anggaran berjalan. Dinas kota mengundang penyedia yang "
    "berminat untuk mengikuti pelelangan pengadaan perangkat jaringan dan pemasangannya di gedung kantor "
    "walikota, termasuk pelatihan petugas dan pemeliharaan selama tiga tahun. Dokumen pelelangan dapat "
    "diunduh melalui laman resmi dinas, dan penawaran disampaikan paling lambat hari Kamis pukul dua belas "
    "siang bersama jaminan penawaran dan surat izin usaha yang masih berlaku."
)
ENGLISH = (
    "Invitation to tender number 14. The city council invites interested suppliers to bid for the supply "
    "and installation of network equipment in the town hall, including staff training and maintenance for "
    "three years. The tender documents can be downloaded from the council's website, and bids must be "
    "submitted by Thursday at noon together with a bid security and a valid business registration."
)
CHINESE = (
    "市政府网络设备采购及安装项目招标公告。本项目采购内容包括网络设备的供货、安装、调试、人员培训及三年维护服务。"
    "投标人应于截止时间前递交投标文件，并提交投标保证金及有效的营业执照复印件。"
)


@pytest.fixture(scope="module")
def share():
    """The shipped model's reading share of one text."""
    scorer = load_model(settings.model_dir()).stack
    return lambda text: scorer.reading_shares([text])[0]


def test_the_document_frequency_is_read_back_from_the_idf():
    # 4 documents: a column none had, one all had, one two had (smooth idf: ln((1+n)/(1+df)) + 1)
    n = 4
    idf = np.array([np.log((1 + n) / (1 + df)) + 1 for df in (0, 4, 2)])
    assert np.allclose(word_document_frequency(idf), [0, 4, 2])


def test_languages_the_model_has_read_score_above_the_floor_and_others_below(share):
    english, arabic, indonesian = share(ENGLISH), share(ARABIC), share(INDONESIAN)
    assert english is not None and english > READ_FLOOR
    assert arabic is not None and arabic < READ_FLOOR
    assert indonesian is not None and indonesian < READ_FLOOR


def test_chinese_and_short_texts_cannot_be_judged(share):
    assert share(CHINESE) is None  # unspaced: the char n-grams read it
    assert share("Supply of network equipment to the town hall.") is None
    assert READING_MIN_WORDS > len("Supply of network equipment to the town hall.".split())


def test_a_word_is_known_only_when_enough_training_documents_had_it():
    text = " ".join(["alpha", "beta"] * (READING_MIN_WORDS // 2 + 1))
    n = 50  # training documents; smooth idf: ln((1+n)/(1+df)) + 1, a column none had at the top
    idf = lambda df: np.log((1 + n) / (1 + df)) + 1  # noqa: E731
    few, enough = np.full(1 << 10, idf(KNOWN_DF - 1)), np.full(1 << 10, idf(KNOWN_DF))
    few[0] = enough[0] = idf(0)
    assert reading_share(text, known_word_columns(few)) == 0.0
    assert reading_share(text, known_word_columns(enough)) == 1.0


def test_known_columns_are_those_enough_documents_had_on_the_shipped_model():
    """`known_word_columns` asks the idf what the document frequency says, column for column."""
    scorer = load_model(settings.model_dir()).stack
    idf = scorer._idf[: scorer._word_n]
    known = known_word_columns(idf)
    assert np.array_equal(known, word_document_frequency(idf) >= KNOWN_DF - 0.5)
    assert 0 < known.sum() < len(known)


def _category(category: str, role: str = "mentioned") -> Mention:
    return Mention(entity=None, kind="equipment", text="x", page=1, line=1, start=0, end=1, role=role,
                   snippet="x", category=category)


PLAIN = tc.make_doc("Supply and installation for the municipality, delivery within 30 days.")
IN_SCOPE = frozenset({"network_equipment", "firewall"})


def test_an_unread_language_with_in_scope_evidence_is_flagged_whatever_the_score():
    label, flag, reasons = decide(PLAIN, [_category("network_equipment")], 0.03, 0.25, IN_SCOPE, reading=0.14)
    assert (label, flag) == ("in_scope_ict", True)
    assert "14%" in reasons[0] and "hardly read" in reasons[0] and "network_equipment" in reasons[0]
    assert reasons[1].startswith("score 0.030 <")


@pytest.mark.parametrize("reading", [None, READ_FLOOR, 0.8])
def test_a_read_or_unmeasured_language_leaves_it_to_the_score(reading):
    assert decide(PLAIN, [_category("network_equipment")], 0.03, 0.25, IN_SCOPE, reading=reading)[:2] == (
        "out_of_scope", False)


@pytest.mark.parametrize("mentions", [
    [],
    [_category("network_equipment", role="prohibited")],  # a ban is no evidence of buying
    [_category("printing")],  # not in scope on its own
])
def test_an_unread_language_without_in_scope_evidence_stays_out_of_scope(mentions):
    assert decide(PLAIN, mentions, 0.03, 0.25, IN_SCOPE, reading=0.1)[:2] == ("out_of_scope", False)


def test_the_model_measures_what_its_text_stage_reads():
    model = load_model(settings.model_dir())
    docs = [tc.make_doc(t) for t in (ENGLISH, ARABIC, CHINESE)]
    scores, shares = model.scores_and_reading(docs, [[], [], []])
    assert len(scores) == 3
    assert shares[0] > READ_FLOOR > shares[1]
    assert shares[2] is None
    assert model.scores(docs, [[], [], []]) == scores


def test_a_scan_measures_only_the_documents_the_share_can_change():
    model = load_model(settings.model_dir())
    docs = [tc.make_doc(ARABIC), tc.make_doc(ARABIC)]
    mentions = [[], [_category("network_equipment")]]
    _, every = model.scores_and_reading(docs, mentions)
    scores, some = model.scores_and_reading(docs, mentions, only_where_it_decides=True)
    assert every[0] is not None and some[0] is None  # nothing in scope: the share cannot matter
    assert some[1] == (every[1] if scores[1] < model.threshold else None)


def test_compare_and_promote_judge_a_hardly_read_language_as_scan_does():
    """`compare` and `promote` decide each document as `scan` does, this step included: a model is
    never promoted, or refused, on verdicts no scan would give. A stand-in model scores both
    documents under its threshold; the one in a hardly-read language with in-scope evidence is
    flagged, as `Model.predict` would flag it."""
    from extract.model.compare import Scored, _side

    from extract.model.classify import Model

    class StandIn:
        id, threshold, in_scope = "stand-in", 0.25, IN_SCOPE
        predict = Model.predict  # the real verdict path over the stand-in's scores

        def scores_and_reading(self, docs, mentions, *, only_where_it_decides=False):
            return [0.03, 0.03], [0.14, 0.9]

    docs = [PLAIN, PLAIN]
    mentions = [[_category("network_equipment")], [_category("network_equipment")]]
    sets = Scored(files=["unread.txt", "read.txt"], labels=["in_scope_ict", "out_of_scope"], docs=docs,
                  mentions=mentions, data_sha256="x", skipped=[])
    side = _side(StandIn(), sets, resamples=10, seed=0)
    assert side["verdicts"] == ["in_scope_ict", "out_of_scope"]
    assert side["verdicts"] == [decide(d, ms, 0.03, 0.25, IN_SCOPE, reading=r)[0]
                                for d, ms, r in zip(docs, mentions, (0.14, 0.9))]
