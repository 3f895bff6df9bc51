"""The monthly report as a reader sees it: the PDF's text holds the month's counts (a scripted month and a
demo counter checked against the database), page x of y, the embedded Chinese font and nothing else;
and the `frontdesk report monthly` command, bad input included."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontdesk_gui import app
from frontdesk_gui.core import monthly, spec, text
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.logbooks.visitors import Visit
from frontdesk_gui.core.money.accounts import month_bounds
from frontdesk_gui.reports.monthly_report import render_monthly
from tests.test_monthly import MONTH, october  # noqa: F401  (the scripted month)


def pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def summary_row(page: str, title: str) -> tuple[int, int, int]:
    """(entries, void, open at month end) from the summary table's row of a logbook."""
    match = re.search(rf"^\s*{re.escape(title)}\s+(\d+)\s+(\d+)\s+(\d+)\s*$", page, re.M)
    assert match, f"no summary row for {title}"
    return tuple(int(n) for n in match.groups())


@pytest.fixture
def october_pdf(october, tmp_path):  # noqa: F811
    path = tmp_path / "october.pdf"
    path.write_bytes(render_monthly(monthly.gather(MONTH, produced_by="王领班")))
    return path


def test_cover_and_summary_of_the_scripted_month(october_pdf):
    text_of = pages(october_pdf)
    assert "月度工作报告" in text_of[0] and "2026-10" in text_of[0] and "王领班" in text_of[0]
    assert "2026-10-01 – 2026-10-31" in text_of[0]
    summary = text_of[1]
    assert summary_row(summary, "邮件包裹") == (4, 1, 2)
    assert summary_row(summary, "来访登记") == (3, 0, 1)
    assert "本月各登记本条数" in summary  # the chart's caption, drawn as text in the embedded font


def test_sections_money_and_appendix_are_printed(october_pdf):
    whole = "\n".join(pages(october_pdf))
    assert re.search(r"现金\s+60\.00\s+2\s+50\.00\s+10\.00", whole)
    assert re.search(r"月末在押押金\s+1\s+30\.00", whole)
    assert "金额开错" in whole  # the voided receipt's reason
    assert re.search(r"物品放行\s+本月无记录", whole)  # an empty logbook is one line
    appendix = whole[whole.index("附录"):]
    assert "共 4 项" in appendix  # two parcels, a visitor and a key lent late on the 31st
    assert "OCT3" in appendix and "OCT4" in appendix and "赵六" in appendix and "李师傅" in appendix
    assert "OCT2" not in appendix and "NOV1" not in appendix


def test_every_page_says_page_x_of_y_and_only_the_embedded_font_is_used(october_pdf):
    text_of = pages(october_pdf)
    total = len(text_of)
    assert total >= 4
    for number, page in enumerate(text_of, start=1):
        assert f"Page {number} of {total}" in page and f"第 {number} 页 共 {total} 页" in page
    rows = fonts(october_pdf)
    assert rows and all("WenQuanYiMicroHei" in row[0] and row[-5] == "yes" for row in rows), rows


def test_english_report_has_english_headings(october, tmp_path):  # noqa: F811
    text.set_language("en")
    path = tmp_path / "en.pdf"
    path.write_bytes(render_monthly(monthly.gather(MONTH, produced_by="Wang")))
    whole = "\n".join(pages(path))
    assert "Monthly report" in whole and "Appendix: open at month end" in whole
    assert summary_row(pages(path)[1], "Parcels & mail") == (4, 1, 2)


# -- a demo counter, through the command ---------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "counter.sqlite"
    try:
        assert app.main(["demo", "--db", str(path), "--visitors", "1500", "--seed", "7"]) == 0
    finally:
        close()
    return path


def last_month() -> str:
    return (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


def test_the_command_writes_the_demo_months_counts_as_the_database_has_them(demo_file, tmp_path, capsys):
    month, target = last_month(), tmp_path / "monthly.pdf"
    assert app.main(["report", "monthly", month, "--db", str(demo_file), "-o", str(target)]) == 0
    close()
    assert str(target) in capsys.readouterr().out
    connect(demo_file)
    try:
        start, end = month_bounds(month)
        summary = pages(target)[1]
        checked = 0
        for book in spec.all_specs():
            entries = monthly.in_month(book, start, end)
            expected = (entries.where(book.model.status != VOIDED).count(),
                        entries.where(book.model.status == VOIDED).count())
            assert summary_row(summary, str(book.title))[:2] == expected, book.key
            checked += expected[0] > 0
        on_site = Visit.select().where((Visit.status != VOIDED) & (Visit.time_in <= end)
                                       & (Visit.time_out.is_null() | (Visit.time_out > end))).count()
        assert summary_row(summary, str(spec.get("visitors").title))[2] == on_site
        assert checked >= 1  # a month with something in it, or the comparison proves nothing
    finally:
        close()


@pytest.mark.parametrize("args, sentence", [
    (["2026-13"], "月份写作 2026-11"),
    (["11/2026"], "月份写作 2026-11"),
    (["2026-10", "--db", "{missing}"], "找不到前台文件"),
])
def test_bad_input_is_one_sentence_and_a_nonzero_exit(demo_file, tmp_path, capsys, args, sentence):
    argv = [a.replace("{missing}", str(tmp_path / "none.sqlite")) for a in args]
    if "--db" not in argv:
        argv += ["--db", str(demo_file)]
    status = app.main(["report", "monthly", *argv, "-o", str(tmp_path / "x.pdf")])
    close()
    out, err = capsys.readouterr()
    assert status != 0 and sentence in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_logbooks_own_tables_agree_with_the_demo_database(demo_file):
    """The current month of the demo counter, where the demo puts its services, passes and goods."""
    from frontdesk_gui.core.logbooks.goods import REFUSED, GoodsPass
    from frontdesk_gui.core.logbooks.passes import Pass
    from frontdesk_gui.core.logbooks.service_orders import SETTLED, ServiceOrder
    from frontdesk_gui.core.money.amounts import yuan

    connect(demo_file)
    try:
        text.set_language("en")
        month = date.today().strftime("%Y-%m")
        report = monthly.gather(month, produced_by="Wang")
        start, end = month_bounds(month)
        tables = {s.key: {t.title: t for t in s.tables} for s in report.sections}

        def made(model):
            return model.select().where((model.created_at >= start) & (model.created_at < end)
                                        & (model.status != VOIDED))

        revenue = sum(o.total_fen for o in made(ServiceOrder).where(ServiceOrder.status == SETTLED))
        services = tables["service_orders"]["Services and revenue"].rows
        assert sum(r[2] for r in services) == made(ServiceOrder).count() > 0
        assert yuan(sum(round(float(r[1]) * 100) for r in services)) == yuan(revenue)
        passes = tables["passes"]["Passes by kind"].rows
        assert sum(r[1] for r in passes) == made(Pass).count() > 0
        goods = tables["goods"]["Let through or refused"].rows
        assert sum(r[2] for r in goods) == made(GoodsPass).where(GoodsPass.status == REFUSED).count()
        assert sum(sum(r[1:]) for r in goods) == made(GoodsPass).count() > 0
    finally:
        close()
