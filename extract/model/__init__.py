"""The classifier and everything around it: features, the two-stage model, the verdict rules,
training data, training, evaluation and the data checks (near-duplicates, corpus leaks).

    features  what the model reads of a document (masked text, evidence and context columns)
    stack     the two-stage model (words, then monotone gradient boosting over the evidence)
    reading   the hashed word columns, and how much of a text a fitted model has read at all
    portable  the fitted model as plain arrays, scored with numpy (what scan loads)
    classify  loading a model safely, scoring, and the verdict rules (decide, rules_verdict)
    data      the training parts read into labelled documents
    training  fitting, the threshold, the card; evaluation: metrics, baselines, cross-source
    validation and the report; neardup and leakcheck: the data checks
"""

from extract.model.classify import RULES_MODEL_ID, Explanation, Model, decide, load_model, rules_verdict

__all__ = ["load_model", "Model", "Explanation", "decide", "rules_verdict", "RULES_MODEL_ID"]
