"""Temperature-scaled linear classifier: calibrated probabilities at the cost of one fit.

scikit-learn's CalibratedClassifierCV(ensemble=False) fits the classifier once per inner fold
(for unbiased decision values) and once on everything, then fits the calibrator. Training already
runs a stratified K-fold for the threshold, and those out-of-fold decision values are exactly
what a calibrator needs, so `extract.training` fits the temperature on them (`fit_temperature`)
and hands it to `TemperatureScaled`, which only fits the linear model. The result is the same
calibration scheme with a quarter of the regression fits (the fits dominate training time).

Temperature scaling (Guo et al. 2017): probabilities are softmax(logits / T) with one scalar T
fitted by minimising the log loss. It is multiclass by construction, keeps each document's
ranking of the labels, and cannot overfit a small training set the way per-class or isotonic
calibrators can.

This module is imported when a saved model is unpickled, so it must stay importable under this
name (`extract.calibration.TemperatureScaled`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def as_logits(decision: np.ndarray) -> np.ndarray:
    """Decision values as an (n, n_classes) logit matrix (binary models give one column)."""
    d = np.asarray(decision, dtype=float)
    if d.ndim == 1:
        return np.column_stack([-d / 2, d / 2])
    return d


def fit_temperature(logits: np.ndarray, y_index: np.ndarray) -> float:
    """The T > 0 minimising the mean log loss of softmax(logits / T) for true class indices.

    A bounded 1-D search over log T in [-4, 4] (T between 0.018 and 55): deterministic.
    """
    from scipy.optimize import minimize_scalar

    logits = np.asarray(logits, dtype=float)
    rows = np.arange(len(y_index))

    def loss(log_t: float) -> float:
        z = logits / np.exp(log_t)
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-log_p[rows, y_index].mean())

    res = minimize_scalar(loss, bounds=(-4.0, 4.0), method="bounded", options={"xatol": 1e-6})
    return float(np.exp(res.x))


class TemperatureScaled(ClassifierMixin, BaseEstimator):
    """A linear classifier whose probabilities are softmax(decision_function / temperature).

    `temperature` is given, not fitted here (see the module docstring); `fit` fits a clone of
    `estimator` and nothing else.
    """

    def __init__(self, estimator: Any = None, temperature: float = 1.0):
        self.estimator = estimator
        self.temperature = temperature

    def fit(self, X: Any, y: Any) -> TemperatureScaled:
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        self.estimator_ = clone(self.estimator).fit(X, y)
        self.classes_ = self.estimator_.classes_
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        return as_logits(self.estimator_.decision_function(X))

    def predict_proba(self, X: Any) -> np.ndarray:
        return softmax(self.decision_function(X) / self.temperature)

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]
