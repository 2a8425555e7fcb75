"""Loading a model safely, the verdict rules, and explanations (toy model, see toy_corpus.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import toy_corpus as tc
from extract.model.classify import CARD_FILE, MODEL_FILE, Explanation, decide, load_model, rules_verdict
from extract.model import features
from extract.model.features import feature_definition
from extract.model.portable import SCORER_FILE
from extract.errors import ModelError
from extract.types import FLAGGED_LABELS, MODEL_LABELS, Mention, Verdict

R, I, O = MODEL_LABELS


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    from extract.model.training import train

    root = tmp_path_factory.mktemp("toy")
    data = tc.write_corpus(root / "data")
    out = root / "models" / "toy-1"
    train(data, out, seed=0, folds=3, policy=tc.ToyPolicy(), parse=tc.parse, find=tc.find)
    return out


@pytest.fixture(scope="module")
def model(model_dir):
    return load_model(model_dir)


def _docs(*texts: str):
    docs = [tc.make_doc(t, f"d{k}.txt") for k, t in enumerate(texts)]
    return docs, [tc.find(d) for d in docs]


def _mention(entity: str | None, role: str, kind: str = "vendor", category: str | None = None,
             start: int = 0) -> Mention:
    return Mention(entity=entity, kind=kind, text="x", page=1, line=1, start=start, end=start + 1, role=role,
                   snippet="x", category=category)


def _copy(model_dir: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "copy"
    shutil.copytree(model_dir, dst)
    return dst


PLAIN = tc.make_doc("Supply of goods to the municipality, delivery within 30 days.")


# --------------------------------------------------------------------------- predict


def test_verdict_shape(model):
    docs, mentions = _docs("Quotation | Huawei S5735 switch | qty 4", "Catering for the staff party", "采购 交换机")
    docs.append(tc.make_doc("", "broken.pdf", status="error"))
    mentions.append([])
    verdicts = model.predict(docs, mentions)
    assert len(verdicts) == len(docs)
    for v in verdicts[:3]:
        assert isinstance(v, Verdict)
        assert v.label in MODEL_LABELS
        assert v.flag == (v.label in FLAGGED_LABELS)
        assert 0.0 <= v.score <= 1.0
        assert v.threshold == model.threshold
        assert dict(v.probabilities) == {"flag": v.score}
        assert v.reasons and v.reasons[0].startswith("rule:")
    assert verdicts[0].label == R  # the offered Huawei decides whatever the score
    broken = verdicts[3]
    assert broken.label == "unreadable" and broken.flag and broken.score is None


def test_the_toy_model_separates_what_it_was_taught(model):
    docs, mentions = _docs("Tender for managed switch and router refresh, qty 20",
                           "Landscaping and lawn care for the municipal park")
    high, low = model.scores(docs, mentions)
    assert high > model.threshold > low


def test_batch_equals_one_at_a_time(model):
    docs, mentions = _docs(*(text for _, _, text in tc.toy_rows()[::5]))
    batch = model.predict(docs, mentions)
    single = [model.predict([d], [m])[0] for d, m in zip(docs, mentions)]
    assert batch == single


def test_predict_rejects_misaligned_inputs(model):
    docs, _ = _docs("a", "b")
    with pytest.raises(ValueError):
        model.predict(docs, [[]])


def test_joblib_round_trip_gives_same_scores(model, tmp_path):
    import joblib

    from extract.model.features import compute

    docs, mentions = _docs(*(text for _, _, text in tc.toy_rows()))
    feats = compute(docs, mentions, model.categories)
    full = model.full_stack()
    joblib.dump(full, tmp_path / "again.joblib", compress=3)
    again = joblib.load(tmp_path / "again.joblib")
    assert (again.predict_proba(feats.texts, feats.matrix) == full.predict_proba(feats.texts, feats.matrix)).all()
    # what scan runs (the arrays of scorer.npz) scores as the fitted objects do
    assert abs(model.stack.predict_proba(feats.texts, feats.matrix) - full.predict_proba(feats.texts, feats.matrix)).max() < 1e-9


def test_model_identity_comes_from_the_card(model, model_dir):
    card = json.loads((model_dir / CARD_FILE).read_text())
    assert model.id == card["id"] and model.id.startswith("toy-1@")
    assert model.threshold == card["threshold"]
    assert model.categories == sorted(tc.CATEGORIES)


# --------------------------------------------------------------------------- verdict rules


def test_an_offered_restricted_entity_is_never_cleared():
    label, flag, reasons = decide(PLAIN, [_mention("huawei", "offered")], 0.0, 0.5)
    assert (label, flag) == (R, True)
    assert "huawei" in reasons[0] and "never cleared" in reasons[0]


def test_a_restricted_entity_named_outside_a_prohibition_is_flagged_in_scope():
    label, flag, reasons = decide(PLAIN, [_mention("dahua", "mentioned")], 0.01, 0.5)
    assert (label, flag) == (I, True)
    assert "dahua" in reasons[0]


@pytest.mark.parametrize("role", ["prohibited", "buyer"])
def test_a_banned_or_buying_entity_leaves_the_verdict_to_the_score(role):
    assert decide(PLAIN, [_mention("huawei", role)], 0.9, 0.5)[:2] == (I, True)
    assert decide(PLAIN, [_mention("huawei", role)], 0.1, 0.5)[:2] == (O, False)


def test_a_restricted_name_in_clause_boilerplate_is_not_a_subject():
    clause = tc.make_doc("Contractor shall comply with FAR 52.204-25; Huawei is named there.")
    at = clause.pages[0].text.index("Huawei")
    assert decide(clause, [_mention("huawei", "mentioned", start=at)], 0.1, 0.5)[:2] == (O, False)


def test_offered_equipment_without_entity_does_not_force_a_flag():
    label, flag, _ = decide(PLAIN, [_mention(None, "offered", "equipment", "ip_camera")], 0.1, 0.5)
    assert (label, flag) == (O, False)


def _item(category: str, snippet: str, role: str = "offered") -> Mention:
    return Mention(entity=None, kind="equipment", text="x", page=1, line=1, start=0, end=1, role=role,
                   snippet=snippet, category=category)


def test_three_offered_in_scope_line_items_flag_whatever_the_score():
    """A contract whose table sells laptops and switches is flagged in_scope_ict even when the text
    model, which has read little of its language, scores it low."""
    items = [_item("computer_equipment", "3 | 筆記型電腦 14 吋 | 12 | 26,500 | 318,000"),
             _item("network_switch", "4 | 網路交換器 24 埠 | 2 | 21,800 | 43,600"),
             _item("network_switch", "5 | 網路交換器 48 埠 | 4 | 32,600 | 130,400")]
    label, flag, reasons = decide(PLAIN, items, 0.05, 0.5, frozenset({"computer_equipment", "network_switch"}))
    assert (label, flag) == (I, True)
    assert "3 in-scope items offered" in reasons[0] and "computer_equipment, network_switch" in reasons[0]


@pytest.mark.parametrize("items", [
    # two items are not enough
    [_item("computer_equipment", "Laptop | 12 | 900.00"), _item("network_switch", "Switch | 2 | 400.00")],
    # offered in prose, on no line item: a services solicitation's "shall provide ... information systems"
    [_item("software", "The contractor shall provide support for the information systems of the base")] * 3,
    # banned, or of a category that is not in scope on its own (printers)
    [_item("ip_camera", "Camera | 4 | 120.00", role="prohibited")] * 3,
    [_item("printing", "Printer | 4 | 120.00")] * 3,
])
def test_fewer_items_prose_bans_or_context_categories_leave_the_verdict_to_the_score(items):
    in_scope = frozenset({"computer_equipment", "network_switch", "software", "ip_camera"})
    assert decide(PLAIN, items, 0.05, 0.5, in_scope)[:2] == (O, False)
    assert decide(PLAIN, items, 0.9, 0.5, in_scope)[:2] == (I, True)


def test_threshold_is_inclusive():
    assert decide(PLAIN, [], 0.5, 0.5)[1] is True
    assert decide(PLAIN, [], 0.4999, 0.5)[1] is False


def test_rules_only_verdicts():
    policy = tc.ToyPolicy()
    assert rules_verdict(PLAIN, [], policy).label == O
    cam = rules_verdict(PLAIN, [_mention(None, "mentioned", "equipment", "ip_camera")], policy)
    assert (cam.label, cam.flag) == (I, True)
    assert rules_verdict(PLAIN, [_mention("zte", "offered")], policy).label == R
    assert rules_verdict(PLAIN, [_mention("zte", "prohibited")], policy).label == O


def test_rules_apply_through_the_model(model):
    docs, _ = _docs("Catering for the staff party", "Quotation | Huawei S5735 switch | qty 4")
    forced = model.predict([docs[0]], [[_mention("huawei", "offered")]])[0]
    assert forced.label == R and forced.flag
    prohibited = model.predict([docs[1]], [[_mention("huawei", "prohibited")]])[0]
    assert prohibited.label != R


# --------------------------------------------------------------------------- explanations


def test_explain_says_what_moved_the_score(model):
    docs, mentions = _docs("Tender for managed switch and router refresh, qty 20")
    exp = model.explain(docs[0], mentions[0], top=5)
    assert isinstance(exp, Explanation)
    assert exp.label == model.predict(docs, mentions)[0].label
    assert len(exp.supporting) <= 5 and len(exp.opposing) <= 5
    assert all(v > 0 for _, v in exp.supporting) and all(v < 0 for _, v in exp.opposing)
    names = [n for n, _ in exp.supporting + exp.opposing]
    # evidence can only support: no category column ever appears against the score
    assert not any(n.startswith("cat:") for n, _ in exp.opposing), names
    assert exp.terms and all(isinstance(g, str) for g, _ in exp.terms)


def test_explain_unreadable_document(model):
    exp = model.explain(tc.make_doc("", status="error"), [])
    assert exp.label == "unreadable" and exp.supporting == ()


# --------------------------------------------------------------------------- load-time checks


def test_one_changed_byte_in_model_file_is_refused_before_unpickling(model_dir, tmp_path, monkeypatch):
    import joblib

    bad = _copy(model_dir, tmp_path)
    raw = bytearray((bad / MODEL_FILE).read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (bad / MODEL_FILE).write_bytes(bytes(raw))

    def never(*a, **k):
        raise AssertionError("joblib.load must not run on an unverified file")

    monkeypatch.setattr(joblib, "load", never)
    with pytest.raises(ModelError, match="sha256") as err:
        load_model(bad)  # scanning reads scorer.npz only, but the directory is not the trained one
    assert MODEL_FILE in str(err.value)


def test_one_changed_byte_in_scorer_file_is_refused(model_dir, tmp_path):
    bad = _copy(model_dir, tmp_path)
    raw = bytearray((bad / SCORER_FILE).read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (bad / SCORER_FILE).write_bytes(bytes(raw))
    with pytest.raises(ModelError, match="sha256") as err:
        load_model(bad)
    assert SCORER_FILE in str(err.value) and "scorer_sha256" in str(err.value)


def test_scan_path_imports_no_scikit_learn(model_dir):
    """Loading and scoring with the shipped arrays must not import scikit-learn (start-up time)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from extract.model.classify import load_model\n"
        f"m = load_model({str(model_dir)!r})\n"
        "assert 'sklearn' not in sys.modules and 'joblib' not in sys.modules, sorted(k for k in sys.modules if 'sklearn' in k)[:3]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("sklearn", "0.0.1", "versions.sklearn"),
        ("numpy", "0.1.0", "versions.numpy"),
        ("joblib", "0.1.0", "versions.joblib"),
    ],
)
def test_library_version_mismatch_is_refused(model_dir, tmp_path, field, value, expected):
    bad = _copy(model_dir, tmp_path)
    card = json.loads((bad / CARD_FILE).read_text())
    card["versions"][field] = value
    (bad / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match=expected) as err:
        load_model(bad).full_stack()  # the versions matter to the pickle, not to scorer.npz
    assert value in str(err.value) and CARD_FILE in str(err.value)


def test_feature_list_mismatch_is_refused(model_dir, tmp_path):
    bad = _copy(model_dir, tmp_path)
    card = json.loads((bad / CARD_FILE).read_text())
    card["features"][1] = "something_else"
    (bad / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="features") as err:
        load_model(bad)
    assert "something_else" in str(err.value)


def test_a_model_trained_on_another_reading_of_the_documents_is_refused(model_dir, tmp_path):
    """Same columns, another reading (an older masked text or cue list): refused, not scored."""
    bad = _copy(model_dir, tmp_path)
    card = json.loads((bad / CARD_FILE).read_text())
    assert card["feature_definition"] == feature_definition()
    card["feature_definition"] = "r1:0123456789abcdef"
    (bad / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="feature_definition.*retrain") as err:
        load_model(bad)
    assert feature_definition() in str(err.value) and "r1:0123456789abcdef" in str(err.value)


def test_a_card_older_than_the_field_is_refused_since_the_reading_changed(model_dir, tmp_path):
    """A card without feature_definition reads documents as revision 1 (03f, shipped until 03h, was
    such a card); since revision 2 (other_codes counts only codes of the CPV vocabulary, and since
    revision 3 only those written as CPV codes) such a model would score another reading of every
    document, so it is refused."""
    old = _copy(model_dir, tmp_path)
    card = json.loads((old / CARD_FILE).read_text())
    del card["feature_definition"]
    (old / CARD_FILE).write_text(json.dumps(card))
    assert features.FEATURE_REVISION >= 2
    with pytest.raises(ModelError, match=f"feature_definition missing.*r{features.FEATURE_REVISION}:.*retrain"):
        load_model(old)


def test_missing_or_broken_card_is_refused(model_dir, tmp_path):
    bad = _copy(model_dir, tmp_path)
    (bad / CARD_FILE).write_text("{not json")
    with pytest.raises(ModelError, match="card.json"):
        load_model(bad)
    (bad / CARD_FILE).unlink()
    with pytest.raises(ModelError, match="missing"):
        load_model(bad)
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nowhere")


def test_bad_threshold_is_refused(model_dir, tmp_path):
    bad = _copy(model_dir, tmp_path)
    card = json.loads((bad / CARD_FILE).read_text())
    card["threshold"] = 1.5
    (bad / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="threshold"):
        load_model(bad)
