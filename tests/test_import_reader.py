"""The one reader: every format schools send, and a clear refusal for files that cannot be read."""

from __future__ import annotations

import datetime as dt
import zipfile

import msoffcrypto.format.ooxml
import pytest
from import_files import id_number, write_csv, write_ods, write_xls, write_xlsx

from trainoffice.imports import reader
from trainoffice.imports.reader import UnreadableFile, read_sheet, sheet_names

ID = id_number(1)


def test_xlsx_rows_keep_excel_numbers_merges_and_hidden_columns(tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [
        ["安仁县教师名单"], [], ["姓名", "身份证号", "内部编号", "出生日期"],
        ["张三", ID, 7, dt.date(1985, 6, 12)], [], ["李四", 431028198506120017, 8.5, 31210],
    ], merges=("A1:D1",), hidden=("C",), sheet="教师", extra_sheets=("说明",))
    assert sheet_names(path) == ["教师", "说明"]
    data = read_sheet(path)
    assert data.name == "教师"
    assert [n for n, _ in data.rows] == [1, 3, 4, 6]  # blank rows left out, numbers as Excel shows them
    assert data.rows[2][1][:3] == ["张三", ID, 7]
    assert data.rows[2][1][3] in (dt.date(1985, 6, 12), dt.datetime(1985, 6, 12))
    damaged, fraction = data.rows[3][1][1:3]  # a number-typed ID arrives as a number, its last digits gone
    assert isinstance(damaged, int) and damaged != 431028198506120017 and fraction == 8.5
    assert data.merged == [(1, 1, 1, 4)]
    assert data.hidden_columns == {3}
    assert read_sheet(path, "说明").rows == [(1, ["说明"])]


def test_xls_from_wps_or_excel_2003_even_under_an_xlsx_name(tmp_path):
    rows = [["教师名单", None, None], ["姓名", "身份证号", "备用"], ["张三", ID, dt.date(2018, 5, 3)]]
    path = write_xls(tmp_path / "名单.xls", rows, merges=((0, 0, 0, 2),), hidden=(2,), sheet="名单")
    data = read_sheet(path)
    assert data.rows[2] == (3, ["张三", ID, dt.date(2018, 5, 3)])
    assert data.merged == [(1, 1, 1, 3)]
    assert data.hidden_columns == {3}
    renamed = tmp_path / "名单2.xlsx"  # WPS and secretaries rename files; the content decides
    renamed.write_bytes(path.read_bytes())
    assert read_sheet(renamed).rows == data.rows


def test_ods_merges_and_hidden_columns(tmp_path):
    path = write_ods(tmp_path / "名单.ods", [["教师名单", None, None], ["姓名", "身份证号", "备用"], ["张三", ID, 3]],
                     hidden=(2,), spans={(0, 0): 3}, sheet="名单")
    data = read_sheet(path)
    assert data.name == "名单"
    assert data.rows[2] == (3, ["张三", ID, 3])
    assert data.merged == [(1, 1, 1, 3)]
    assert data.hidden_columns == {3}


ROWS = [["姓名", "身份证号"], ["张三", ID], ["李四（已调走）", id_number(2)], ["王五", id_number(3)],
        ["赵六（筛掉）", id_number(4)]]


@pytest.mark.parametrize("chunk", [1 << 20, 7])  # 7 bytes: every <row> tag is cut between two reads
def test_xlsx_hidden_rows_by_hand_or_by_a_filter(tmp_path, monkeypatch, chunk):
    """Review g-2: a row hidden for someone who left was imported. Excel marks the rows an autofilter
    hides with the same hidden="1" as a row hidden by hand."""
    monkeypatch.setattr(reader, "_XML_CHUNK", chunk)
    data = read_sheet(write_xlsx(tmp_path / "名单.xlsx", ROWS, hidden_rows=(3, 5)))
    assert data.hidden_rows == {3, 5}
    assert [n for n, _ in data.rows] == [1, 2, 3, 4, 5]  # still read: the layout sets them aside, and says so


def test_xls_hidden_rows(tmp_path):
    data = read_sheet(write_xls(tmp_path / "名单.xls", ROWS, hidden_rows=(2, 4), hidden=(1,)))
    assert (data.hidden_rows, data.hidden_columns) == ({3, 5}, {2})


def test_ods_hidden_and_filtered_rows(tmp_path):
    data = read_sheet(write_ods(tmp_path / "名单.ods", ROWS, hidden_rows={2: "collapse", 4: "filter"}))
    assert data.hidden_rows == {3, 5}


@pytest.mark.parametrize(("encoding", "delimiter"), [("gbk", ","), ("utf-8-sig", "\t"), ("gb18030", ";"),
                                                     ("utf-8", ",")])
def test_csv_encoding_and_delimiter_are_detected(tmp_path, encoding, delimiter):
    name = "吉𠮷" if encoding in ("gb18030", "utf-8", "utf-8-sig") else "张三丰"
    path = write_csv(tmp_path / "名单.csv", [["姓名", "身份证号", "单位"], [name, ID, "安仁县第一中学"], [],
                                             ["李四", "4.31028E+17", "安仁县第一中学，初中部"]],
                     encoding=encoding, delimiter=delimiter)
    data = read_sheet(path)
    assert data.rows == [(1, ["姓名", "身份证号", "单位"]), (2, [name, ID, "安仁县第一中学"]),
                         (4, ["李四", "4.31028E+17", "安仁县第一中学，初中部"])]
    assert sheet_names(path) == ["名单"]


def _encrypted(tmp_path):
    plain = write_xlsx(tmp_path / "plain.xlsx", [["姓名"], ["张三"]])
    target = tmp_path / "加密名单.xlsx"
    with open(plain, "rb") as src, open(target, "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("123456", out)
    return target


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: _encrypted(p), "密码"),
    (lambda p: (p / "坏.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200) and p / "坏.xlsx", "已损坏"),
    (lambda p: (p / "半截.xlsx").write_bytes(write_xlsx(p / "x.xlsx", [["a"]] * 50).read_bytes()[:700])
     and p / "半截.xlsx", "已损坏"),
    (lambda p: (p / "报告.xlsx").write_bytes(b"%PDF-1.4 not a sheet") and p / "报告.xlsx", "不是可以读取的表格文件"),
    (lambda p: (p / "照片.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg") and p / "照片.jpg", "不是可以读取的表格文件"),
    (lambda p: (p / "空.xlsx").write_bytes(b"") is not None and p / "空.xlsx", "空文件"),
    (lambda p: (p / "utf16.csv").write_bytes("姓名,身份证号\n".encode("utf-16")) and p / "utf16.csv", "不是文本表格"),
    (lambda p: p / "不存在.xlsx", "找不到文件"),
])
def test_unreadable_files_are_refused_with_the_file_named(tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(UnreadableFile) as caught:
        read_sheet(path)
    assert words in str(caught.value)
    assert path.name in str(caught.value)


def _word_document(path):
    with zipfile.ZipFile(path, "w") as z:  # what Word saves: the text in word/document.xml
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/"
                                        "2006/main'><w:body><w:p><w:r><w:t>教师名单</w:t></w:r></w:p></w:body></w:document>")
    return path


@pytest.mark.parametrize(("name", "make", "words"), [
    ("~$名单.xlsx", lambda p: p.write_bytes(b"\x06wangli" + b" " * 48 + b"\x06\x00w\x00a\x00n\x00g\x00"),
     "是 Excel/WPS 打开 名单.xlsx 时在旁边生成的临时文件（关闭表格后会自动消失），不是名单本身：请选择 名单.xlsx。"),
    ("名单.xlsx", _word_document, "名单.xlsx 是 Word 文档，不是表格，无法导入："),
])
def test_an_excel_owner_file_or_a_word_document_is_named_for_what_it_is(tmp_path, name, make, words):
    """Review g-9: the owner file got "请在 Excel/WPS 中打开它并另存为 .xlsx" (it cannot be opened), and a Word
    document renamed .xlsx was called 已损坏."""
    path = tmp_path / name
    make(path)
    with pytest.raises(UnreadableFile) as caught:
        read_sheet(path)
    assert words in str(caught.value)


def test_a_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "大文件.csv", [["姓名"]] + [["张三"]] * 200)
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    with pytest.raises(UnreadableFile, match="超过"):
        read_sheet(path)


def test_a_sheet_that_is_not_there_is_named(tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名"]], sheet="教师")
    with pytest.raises(UnreadableFile, match="没有名为“学员”的工作表（有：教师）"):
        read_sheet(path, "学员")


def test_a_damaged_file_is_explained_in_chinese_and_the_librarys_english_goes_to_the_log(tmp_path, caplog):
    """Review A-L3: "（Cannot detect file format）" showed inside the Chinese message."""
    path = tmp_path / "张三报送.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(UnreadableFile) as caught:
        read_sheet(path)
    message = str(caught.value)
    for allowed in (path.name, ".xlsx", "Excel/WPS"):  # the file and the programs the clerk knows
        message = message.replace(allowed, "")
    assert "已损坏" in message and not any("a" <= c.lower() <= "z" for c in message)
    [record] = [r for r in caplog.records if r.name == "trainoffice.imports.reader"]
    assert "Cannot detect file format" in record.getMessage() and "张三" not in record.getMessage()
