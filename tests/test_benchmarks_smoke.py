"""The benchmark harness keeps working: one tiny run through the real machinery, no timed assertions."""

from __future__ import annotations

import json

from python_calamine import CalamineWorkbook

from benchmarks.data import ROSTER_HEADER, DataSet
from benchmarks.harness import main
from trainoffice import idnumber


def test_quick_run_writes_a_result_per_figure_and_never_a_number_for_a_missing_feature(tmp_path, capsys):
    out = tmp_path / "results.json"
    code = main(["--quick", "--scale", "0.004", "--repeats", "1", "--data-dir", str(tmp_path / "data"),
                 "--out", str(out), "--only", "registry_search,roster_import_xls,attendance_grid_300x40,packet_county_year"])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["machine"]["cores"] >= 1 and report["machine"]["sqlite"]
    figures = {f["name"]: f for f in report["figures"]}
    assert set(figures) == {"registry_search", "roster_import_xls", "attendance_grid_300x40", "packet_county_year"}
    search = figures["registry_search"]
    assert search["ours_s"] > 0 and search["meets"] in (True, False) and search["peak_rss_mb"] > 0
    assert search["detail"]["queries"] == 100 and search["detail"]["p50_ms"] <= search["detail"]["p95_ms"]
    assert figures["roster_import_xls"]["baseline_s"] > 0
    for figure in figures.values():  # a side is either measured or says which feature it waits for
        assert figure["ours_s"] is not None or figure["note"].startswith("not measurable yet: ")
        assert figure["ours_s"] is None or figure["ours_s"] > 0
    assert "registry_search" in capsys.readouterr().out


def test_roster_files_are_what_a_school_sends(tmp_path):
    data = DataSet(data_dir=tmp_path, scale=0.004)
    for path in (data.roster_xlsx(), data.roster_xls()):
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        assert "参培学员名单汇总表" in rows[0][0]  # a title row above the header
        assert tuple(rows[1]) == ROSTER_HEADER
        body = rows[2:]
        assert len(body) == data.n(5000, 20)
        numbers = [row[3] for row in body]
        assert len(set(numbers)) == len(numbers)
        assert all(idnumber.parse(n).number == n for n in numbers)
    assert data.roster_xlsx() == data.roster_xlsx()  # cached, not rebuilt
