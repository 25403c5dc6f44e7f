"""Certificates, packets and print fonts speak the user's language: refusals, warnings, the verification report
and the font and seal notes read in English in the English build, and stay Chinese without a translator (the CLI)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from training_data import build_project

from conftest import make_corrected_course
from trainoffice import text
from trainoffice.certificates import CertificateError, format_number, read_seal
from trainoffice.errors import ValidationError
from trainoffice.packet import PacketError, verify_packet
from trainoffice.pdf import find_cjk_font


def test_outdated_certificates_are_named_in_english_and_in_chinese_without_a_translator(office, english, monkeypatch):
    pid, before = make_corrected_course(office)
    office.projects.close(pid)
    with pytest.raises(CertificateError) as refused:
        office.certificates.print_pdf(out=None, certificate_ids=[before["张敏"].id])
    assert str(refused.value) == (
        "Certificates of “班主任培训班” that no longer match the results or the ledger: 1; they cannot be printed: "
        f"{before['张敏'].number} 张敏 (result changed from Pass to Fail). Revoke and reissue them first: click "
        "“Revoke and reissue…” on the Certificates page, or run trainoffice certificates --project 2026-07 --reissue.")
    with pytest.raises(PacketError, match=r"they cannot go into a packet: .*hours changed from 12 to 6\).* "
                                          r"--reissue, then make the packet again\.$"):
        office.packets.export(out_dir=Path("."), project_id=pid)
    with pytest.raises(ValidationError, match=r"the project cannot be archived: .* then make the packet again and "
                                              r"archive\.$"):
        office.projects.archive(pid)
    # the revocation's reason is stored and printed on the register: Chinese in either build
    done = office.certificates.reissue(pid, occasion="重新结业后")
    assert done.lines()[0].startswith(f"李强: certificate {before['李强'].number} revoked (重新结业后学时由 12 改为 6); "
                                      "new certificate ")
    monkeypatch.setattr(text, "_translator", None)
    assert done.lines()[1] == f"张敏：证书 {before['张敏'].number} 已作废（重新结业后考核结果由合格改为不合格），不再发证"


def test_a_year_packet_refuses_and_warns_in_english(office, english, tmp_path):
    running = build_project(office, code="2025-001", name="甲", status="开班")
    with pytest.raises(PacketError) as refused:
        office.packets.scope(year=2025)
    assert str(refused.value) == ("Of the 1 training projects of 2025, none is closed yet (1 Running): there is no "
                                  "training to submit. A year packet holds closed projects only: make it once projects "
                                  "are closed, or choose another year.")
    with pytest.raises(PacketError, match=r"^The project “甲” is not closed yet \(ends 2025-03-11\): "):
        office.packets.scope(project_id=running.project_id)
    build_project(office, code="2025-002", name="乙", teacher_offset=20)
    made = office.packets.export(out_dir=tmp_path, year=2025, on=dt.date(2025, 12, 1))
    assert made.warnings[0].startswith("The year packet holds only the closed projects of 2025 (1). Not included: "
                                       "2025-001 (Running, ends 03-11); they are not closed yet")
    assert "qualified trainees still without a certificate: " in made.warnings[1]


def test_the_verification_report_reads_in_english_and_in_chinese_for_the_cli(office, english, tmp_path, monkeypatch):
    build_project(office, code="2025-002", name="乙")
    made = office.packets.export(out_dir=tmp_path, year=2025, on=dt.date(2025, 12, 1))
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("manifest.json"):
                doc = json.loads(data)
                doc["counts"]["enrollments"] = 99
                data = json.dumps(doc, ensure_ascii=False).encode()
            dst.writestr(info.filename, data)
    report = verify_packet(changed)
    assert report.problems == ["Invalid signature: manifest.json was changed, or the signature is not that office's"]
    assert report.checked[0] == "zip structure and CRC" and report.checked[-1].startswith("SHA-256 of ")
    assert verify_packet(made.path).checked[-1] == "workbook and data/ counts agree"
    monkeypatch.setattr(text, "_translator", None)
    assert verify_packet(changed).problems == ["签名无效：manifest.json 被改动，或签名不是该单位的"]


def test_font_seal_and_number_pattern_notes_read_in_english(english, tmp_path, monkeypatch):
    gone = tmp_path / "simsun.ttc"
    _font, notes = find_cjk_font(str(gone), search_dirs=[])
    assert notes == [f"The font chosen in Settings cannot be used. The font file {gone} does not exist; please choose "
                     "it again. Using STSong-Light on this PC instead.",
                     "No embeddable Chinese TrueType font was found, so the PDF reader's built-in STSong-Light is used: "
                     "the font is not embedded in the file, and the characters may look different on another PC or at "
                     "a print shop. Choose a font file under Settings, e.g. C:\\Windows\\Fonts\\simsun.ttc (SimSun)."]
    gif = tmp_path / "公章.gif"
    Image.new("RGBA", (100, 100)).save(gif)
    with pytest.raises(CertificateError, match=r"^The seal picture 公章.gif is in GIF format: please choose a PNG"):
        read_seal(gif)
    with pytest.raises(ValidationError) as refused:
        format_number("{county}-{project}", year=2026, county="431028", project="2026-01", seq=1)
    assert str(refused.value) == ("The certificate number pattern “{county}-{project}” has no {seq} (sequence number); "
                                  "change it under Settings, e.g. to {county}-{project}-{seq:04}.")
    monkeypatch.setattr(text, "_translator", None)
    with pytest.raises(ValidationError) as chinese:
        format_number("{county}-{project}", year=2026, county="431028", project="2026-01", seq=1)
    assert str(chinese.value) == ("证书编号格式“{county}-{project}”中没有 {seq}（顺序号），"
                                  "请在设置中改为例如 {county}-{project}-{seq:04}。")
