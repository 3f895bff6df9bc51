"""Building blocks for the logbooks' own monthly tables (spec.monthly): durations and counts as printed."""

from __future__ import annotations

import statistics
from collections import Counter

from frontdesk_gui.core.spec import ReportTable
from frontdesk_gui.core.text import Text, tr


def span(seconds: float) -> str:
    """A duration as a supervisor reads it: minutes, hours, or days past two days."""
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def durations_table(title: Text, spans: list[tuple[Text, list[float]]]) -> ReportTable:
    """One row per measured step: how many, average, median and longest (seconds in, text out)."""
    rows = []
    for label, seconds in spans:
        if seconds:
            rows.append((label, len(seconds), span(statistics.fmean(seconds)), span(statistics.median(seconds)),
                         span(max(seconds))))
        else:
            rows.append((label, 0, "—", "—", "—"))
    return ReportTable(title, (tr("环节", "Step"), tr("件数", "Items"), tr("平均", "Average"), tr("中位数", "Median"),
                               tr("最长", "Longest")), rows)


def figures_table(title: Text, rows: list[tuple[Text, int]]) -> ReportTable:
    """Named counts in a fixed order (received, collected, overdue…)."""
    return ReportTable(title, (tr("项目", "Item"), tr("数量", "Count")), rows)


def count_table(title: Text, header: Text, counts: Counter, limit: int | None = None) -> ReportTable:
    """A two-column table of counts, most first (at most `limit` rows), drawn as bars when there are several."""
    rows = counts.most_common(limit)
    return ReportTable(title, (header, tr("数量", "Count")), rows, "bar" if len(rows) > 1 else None)
