import datetime as dt

import pytest

from trainoffice import idnumber


@pytest.mark.parametrize("typed, number, born, gender", [
    ("11010519491231002X", "11010519491231002X", dt.date(1949, 12, 31), "女"),
    ("11010519491231002x", "11010519491231002X", dt.date(1949, 12, 31), "女"),            # lower-case x
    ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", dt.date(1949, 12, 31), "女"),  # full-width
    (" 110105 19491231 002X\u00a0", "11010519491231002X", dt.date(1949, 12, 31), "女"),   # stray spaces
    ("\u200b431002199211213116", "431002199211213116", dt.date(1992, 11, 21), "男"),        # zero-width, 431002 before 1994
])
def test_valid_numbers_are_normalised(typed, number, born, gender):
    parsed = idnumber.parse(typed)
    assert (parsed.number, parsed.birth_date, parsed.gender) == (number, born, gender)
    assert parsed.warning is None


@pytest.mark.parametrize("typed, message", [
    ("110105194912310021", "校验位错误：最后一位应为 X"),
    ("110105199002300011", "出生日期 1990-02-30 不存在"),
    ("11010519491231002", "应为18位，现为17位"),
    ("1101051949123100AX", "前17位应为数字"),
    ("", "不能为空"),
    ("110105300001010014", "不合理"),
])
def test_invalid_numbers_say_why(typed, message):
    with pytest.raises(idnumber.IdNumberError, match=message):
        idnumber.parse(typed)


def test_fifteen_digits_convert_to_eighteen_with_warning():
    parsed = idnumber.parse("110105491231002")
    assert parsed.number == "11010519491231002X"
    assert parsed.converted_from_15 and "15位" in parsed.warning


def test_check_character_matches_the_standard_table():
    # Every remainder 0..10 maps as GB 11643 says; 17 digits built to hit each one.
    seen = {idnumber.check_character(f"{n:017d}") for n in range(0, 2000)}
    assert seen == set("10X98765432")


def test_masking_keeps_only_the_ends():
    assert idnumber.mask("11010519491231002X") == "110***********002X"
    assert idnumber.mask_phone("13800138000") == "138****8000"


def test_numbers_in_a_text_are_masked_as_printed_lists_show_them():
    assert idnumber.mask_numbers("张三，430105198506121829，13812345678，0735-5221234，第 12 行") == (
        "张三，430***********1829，138****5678，0735-5221234，第 12 行")
    assert idnumber.mask_numbers("430105850612182") == "430********2182"  # an old 15-digit number
