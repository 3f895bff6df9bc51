"""Search: 1, 2 and 3+ Chinese characters, pinyin full and initials, phone and room fragments."""

import pytest

from frontdesk_gui.core import search
from frontdesk_gui.core.logbooks import visitors


@pytest.fixture
def three(receptionist_ctx):
    made = {}
    for name, phone, unit in [("张伟", "13812345678", "1203"), ("曾小明", "13900001111", "808"),
                              ("欧阳娜娜", "02087654321", "2501")]:
        made[name] = visitors.check_in(receptionist_ctx, visitor_name=name, category="outside_visitor",
                                       host_name="李娜", host_unit=unit, phone=phone).id
    return made


def ids(query):
    return {entry_id for _, entry_id in search.search(query)}


@pytest.mark.parametrize("query, expected", [
    ("张", {"张伟"}), ("张伟", {"张伟"}), ("伟", {"张伟"}), ("欧阳娜", {"欧阳娜娜"}), ("阳娜娜", {"欧阳娜娜"}),
    ("zw", {"张伟"}), ("zhangwei", {"张伟"}), ("zhang", {"张伟"}), ("ZW", {"张伟"}),
    ("zxm", {"曾小明"}), ("cxm", {"曾小明"}), ("zengxiaoming", {"曾小明"}),
    ("5678", {"张伟"}), ("0000", {"曾小明"}), ("808", {"曾小明"}), ("2501", {"欧阳娜娜"}),
    ("张 5678", {"张伟"}), ("张 1111", set()), ("李娜", {"张伟", "曾小明", "欧阳娜娜"}),
])
def test_fragments(three, query, expected):
    assert ids(query) == {three[name] for name in expected}


def test_residential_units_and_plates_are_found_as_written(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, visitor_name="李雷", category="outside_visitor", host_name="韩梅梅",
                              host_unit="3栋2单元1203", plate="粤B12345")
    for query in ("3栋2单元1203", "3栋", "单元1203", "粤B12345", "粤b123", "B12345", "2345"):
        assert ids(query) == {visit.id}, query


def test_two_characters_not_adjacent_do_not_match(three):
    assert ids("张娜") == set()


def test_empty_and_punctuation_queries(three):
    assert search.search("") == [] and search.search("  ,。") == []


def test_index_integrity_check_passes(three):
    assert search.check() == []
