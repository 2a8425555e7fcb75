"""`compare` and `promote`: two models on the same documents, the recall gate, models/HISTORY."""

from __future__ import annotations

import json
import shutil

import pytest

import toy_corpus as tc
from browser import headless_chromium
from extract import cli
from extract.model import compare, data, evaluation, training
from extract.model.classify import load_model
from extract.model.training import train

TOY = {"policy": tc.ToyPolicy(), "parse": tc.parse, "find": tc.find}


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    """A labelled toy folder and a models folder with a champion and two challengers: one trained
    with another seed, one that is the champion with its threshold raised to 0.99 (it flags less)."""
    root = tmp_path_factory.mktemp("cmp")
    data_dir = tc.write_corpus(root / "data")
    models = root / "models"
    train(data_dir, models / "champ", seed=0, folds=2, grouped=False, **TOY)
    train(data_dir, models / "better", seed=1, folds=2, grouped=False, **TOY)
    shutil.copytree(models / "champ", models / "strict")
    card = json.loads((models / "strict" / "card.json").read_text())
    card["threshold"] = 0.99
    (models / "strict" / "card.json").write_text(json.dumps(card))
    (models / "CURRENT").write_text("champ\n")
    return data_dir, models


@pytest.fixture
def toy_env(toy, monkeypatch, tmp_path):
    """The commands with the toy parser, matcher and policy, and a private copy of the models folder."""
    monkeypatch.setattr(data, "_default_parse", lambda: tc.parse)
    monkeypatch.setattr(data, "_default_find", lambda: tc.find)
    for module in (data, training, evaluation):
        monkeypatch.setattr(module, "resolve_policy", lambda policy: tc.ToyPolicy())
    models = tmp_path / "models"
    shutil.copytree(toy[1], models)
    monkeypatch.setenv("TENDER_TRIAGE_MODELS_DIR", str(models))
    monkeypatch.delenv("TENDER_TRIAGE_MODEL", raising=False)
    monkeypatch.setenv("USER", "dana")
    return toy[0], models


def test_bootstrap_interval_holds_the_point_estimate_and_is_repeatable():
    gold = [True] * 30 + [False] * 30
    pred = [True] * 24 + [False] * 6 + [True] * 3 + [False] * 27
    a = compare.bootstrap_ci(gold, pred)
    assert a == compare.bootstrap_ci(gold, pred)
    lo, hi = a["recall"]
    assert lo < 24 / 30 < hi and 0.5 < lo and hi <= 1.0
    lo, hi = a["precision"]
    assert lo < 24 / 27 < hi
    # More documents, narrower interval.
    b = compare.bootstrap_ci(gold * 10, pred * 10)
    assert b["recall"][1] - b["recall"][0] < a["recall"][1] - a["recall"][0]


def test_compare_lists_the_changed_verdicts(toy_env, tmp_path, capsys):
    data_dir, models = toy_env
    out = tmp_path / "cmp" / "compare.html"
    assert cli.main(["compare", str(models / "strict"), str(data_dir), "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    sets = compare.read_sets([data_dir])
    result = compare.compare_models(models / "strict", models / "champ", sets)
    assert result["changed"], "a threshold of 0.99 must change some verdicts"
    assert result["challenger"]["flag"]["recall"] < result["champion"]["flag"]["recall"]
    for r in result["changed"]:
        assert r["file"] in printed and r["champion"] != r["challenger"]
    page = out.read_text()
    assert all(r["file"] in page for r in result["changed"]) and load_model(models / "strict").id in page
    # The champion can be named; the same model against itself changes nothing.
    assert cli.main(["compare", str(models / "champ"), str(models / "champ"), str(data_dir), "-o", str(out)]) == 0
    assert "changed    0 verdicts" in capsys.readouterr().out


def test_compare_without_data_is_a_usage_error(toy_env, capsys):
    _, models = toy_env
    assert cli.main(["compare", str(models / "strict"), str(models / "champ")]) == 2
    assert "DATA" in capsys.readouterr().err


def test_promote_refuses_a_lower_recall_unless_forced(toy_env, capsys):
    data_dir, models = toy_env
    argv = ["promote", "strict", "--reason", "fewer false alarms", "--data", str(data_dir)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "recall" in err and "--force" in err and "Traceback" not in err
    assert (models / "CURRENT").read_text().strip() == "champ" and not (models / "HISTORY").exists()

    assert cli.main([*argv, "--force"]) == 0
    assert (models / "CURRENT").read_text().strip() == "strict"
    [entry] = compare.history(models)
    assert entry["forced"] is True and entry["why"] == "fewer false alarms" and entry["who"] == "dana"
    assert entry["model"] == load_model(models / "strict").id and entry["previous"] == load_model(models / "champ").id
    assert entry["challenger"]["recall"] < entry["champion"]["recall"]
    assert len(entry["data_sha256"]) == 64 and entry["when"].endswith("+00:00")


def test_promote_accepts_an_equal_or_better_recall(toy_env, capsys):
    data_dir, models = toy_env
    assert cli.main(["promote", str(models / "better"), "--reason", "seed 1", "--data", str(data_dir),
                     "--by", "lee"]) == 0
    [e] = compare.history(models)
    assert e["challenger"]["recall"] >= e["champion"]["recall"] and e["forced"] is False and e["who"] == "lee"
    assert (models / "CURRENT").read_text().strip() == "better" and "seed 1" in capsys.readouterr().out + e["why"]
    # The champion against itself always passes the gate.
    (models / "CURRENT").write_text("champ\n")
    assert cli.main(["promote", "champ", "--reason", "re-affirm", "--data", str(data_dir)]) == 0
    assert compare.history(models)[-1]["forced"] is False


def test_promote_past_a_current_model_this_version_cannot_load(toy_env, capsys):
    """After an upgrade that changed the feature columns the current model no longer loads: no
    comparison is possible, so promotion needs --force, and HISTORY says what was not compared."""
    data_dir, models = toy_env
    assert cli.main(["promote", "champ", "--reason", "first", "--data", str(data_dir)]) == 0
    first = compare.history(models)[0]
    card_path = models / "champ" / "card.json"
    card = json.loads(card_path.read_text())
    card["features"][0] = "a_column_renamed_since"
    card_path.write_text(json.dumps(card))
    capsys.readouterr()

    argv = ["promote", "better", "--reason", "new columns", "--data", str(data_dir)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "cannot be loaded" in err and "--force" in err and "Traceback" not in err
    assert (models / "CURRENT").read_text().strip() == "champ" and len(compare.history(models)) == 1

    assert cli.main([*argv, "--force"]) == 0
    out = capsys.readouterr().out
    assert "not loadable, not compared" in out and f"recall {first['challenger']['recall']:.3f}" in out
    e = compare.history(models)[-1]
    assert (models / "CURRENT").read_text().strip() == "better"
    assert e["forced"] is True and e["changed_verdicts"] is None and e["previous"] == first["model"]
    assert "features" in e["champion"]["unloadable"] and "recall" not in e["champion"]
    assert e["champion"]["unloadable"].startswith("champ/card.json") and str(models) not in e["champion"]["unloadable"]
    assert e["champion"]["recorded"]["recall"] == first["challenger"]["recall"]
    assert e["champion"]["recorded"]["data_sha256"] == first["data_sha256"]
    assert e["challenger"]["model"] == load_model(models / "better").id and 0 < e["challenger"]["recall"] <= 1


def test_promote_mistakes_are_one_sentence(toy_env, tmp_path, capsys):
    data_dir, models = toy_env
    assert cli.main(["promote", "nope", "--reason", "x", "--data", str(data_dir)]) == 2
    assert cli.main(["promote", "champ", "--reason", "  ", "--data", str(data_dir)]) == 2
    assert cli.main(["promote", "champ", "--reason", "x", "--data", str(tmp_path / "missing")]) == 2
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(models / "champ", elsewhere)
    assert cli.main(["promote", str(elsewhere), "--reason", "x", "--data", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("tender-triage: error:") == 4


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    yield from headless_chromium(tmp_path_factory)


def test_compare_report_opens_in_chromium_and_lists_changed_verdicts(toy, chromium, tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By

    data_dir, models = toy
    monkeypatch.setattr(data, "_default_parse", lambda: tc.parse)
    monkeypatch.setattr(data, "_default_find", lambda: tc.find)
    monkeypatch.setattr(data, "resolve_policy", lambda policy: tc.ToyPolicy())
    sets = compare.read_sets([data_dir])
    result = compare.compare_models(models / "strict", models / "champ", sets)
    result["changed"].append({"file": "<script>window.__pwned=1</script>.txt", "gold": "in_scope_ict",
                              "champion": "in_scope_ict", "champion_score": 0.9,
                              "challenger": "out_of_scope", "challenger_score": 0.4})
    out = compare.write_compare_report(tmp_path / "c.html", result)
    chromium.get(out.as_uri())
    rows = chromium.find_elements(By.CSS_SELECTOR, "#changed tbody tr")
    assert len(rows) == len(result["changed"])
    files = {r.find_elements(By.TAG_NAME, "td")[0].text for r in rows}
    assert files == {r["file"] for r in result["changed"]}
    assert chromium.execute_script("return window.__pwned === undefined")
    assert len(chromium.find_elements(By.CSS_SELECTOR, "#figures tbody tr")) == 2


def test_promote_defaults_to_the_labelled_parts_of_training_data():
    """Weak notice labels are not what a promotion is judged on: only labelled parts by default."""
    from extract.commands.promote import default_data
    from extract.model.data import read_parts

    root, names = default_data()
    kinds = {s.name: s.kind for s in read_parts(root)}
    assert root.name == "training_data" and names
    assert all(kinds[n] == "labelled" for n in names) and "notices" in kinds and "notices" not in names
