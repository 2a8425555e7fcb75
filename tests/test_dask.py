"""The same screen_path on a dask.distributed cluster equals the local run, record for record.

dask is an optional extra (`pip install 'dask[distributed]'`); the test skips without it.
"""

from __future__ import annotations


import pytest

from extract.intake.screen import ScanConfig
from extract.intake.inputs import iter_input_files
from extract.intake.batch import scan_files

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (optional extra)")

TEXTS = {
    "huawei.txt": "Item 1: Huawei S5735-L24T4S-A switch, 10 units\n",
    "cctv.txt": "Supply of 40 IP cameras and a network video recorder.\n",
    "chairs.txt": "Supply of 200 office chairs.\n",
    "radio.txt": "Hytera PD785 two-way radios, 25 units.\n",
    "ban.txt": "Campus network switches. Equipment of Huawei or ZTE shall not be provided.\n",
}


def _strip(results):
    return sorted(({k: v for k, v in r.items() if k != "seconds"} for res in results for r in res.records),
                  key=lambda r: r["path"])


def test_local_cluster_run_equals_local_run(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    files = list(iter_input_files([tmp_path]))
    config = ScanConfig(model_dir="rules")
    local = _strip(scan_files(files, config, jobs=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = _strip(scan_files(files, config, backend="dask", scheduler=cluster.scheduler_address))
    assert len(local) == len(TEXTS) + 1
    assert remote == local
    assert {r["verdict"] for r in local} >= {"restricted_vendor_named", "out_of_scope", "unreadable"}
