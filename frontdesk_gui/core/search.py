"""One search index over every logbook (SQLite FTS5; what is SQLite-only stays in this module).

SQLite 3.40's trigram tokenizer cannot match 1- or 2-character queries (PLATFORM_NOTES), and most
Chinese names have two characters. So Chinese text is indexed one character per token and a
Chinese fragment is queried as a phrase of its characters: 张, 张伟 and 张伟明 all match exactly the
entries containing that run. Names also get pinyin tokens (each syllable, the whole name, the
initials, with the other readings of a surname: 曾 is zeng as well as ceng). Digit strings (phones,
rooms, plates) are indexed as all their suffixes, so a prefix query finds any fragment of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from peewee import SQL

from frontdesk_gui.core.db import db

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
DIGITS = re.compile(r"\d+")
WORD = re.compile(r"[0-9A-Za-z]+")
# Digit runs are indexed from their 3-digit tails up; a 2-digit query still finds every place its digits
# stand except the very end of a number.
MIN_DIGIT_SUFFIX = 3
# One letter or digit matches half the index: too slow to be worth it, and no use to a receptionist.
MIN_LATIN_QUERY = 2

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS search_doc (id INTEGER PRIMARY KEY, logbook TEXT NOT NULL,"
    " entry_id INTEGER NOT NULL, UNIQUE (logbook, entry_id))",
    # body_for already splits Chinese into characters and lowercases nothing else needs: the plain ascii
    # tokenizer is enough and quicker to build; no ranking is used, so no column sizes are kept.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_idx USING fts5(body, tokenize='ascii', prefix='2', columnsize=0)",
)


def create_schema(database) -> None:
    for statement in SCHEMA:
        database.execute_sql(statement)


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> str:
    """Pinyin tokens of a Chinese name: syllables, whole name, initials, with a surname's other readings."""
    run = "".join(CJK_RUN.findall(name))
    if not run:
        return ""
    # Imported on first use: loading the pinyin tables takes a quarter of a second of start-up otherwise.
    from pypinyin import Style, pinyin

    readings = pinyin(run, style=Style.NORMAL, heteronym=True, errors="ignore")
    first = [r for r in readings[0] if r.isascii()][:3] if readings else []
    rest = [r[0] for r in readings[1:] if r and r[0].isascii()]
    tokens: list[str] = []
    for surname in first or [""]:
        syllables = ([surname] if surname else []) + rest
        tokens += syllables
        tokens.append("".join(syllables))
        tokens.append("".join(s[0] for s in syllables))
    return " ".join(dict.fromkeys(t for t in tokens if t))


def warm_up() -> None:
    """Load the pinyin tables ahead of the first check-in (the window calls this in the background)."""
    name_tokens("张伟")


def _cjk_spaced(text: str) -> str:
    return CJK.sub(lambda m: f" {m.group(0)} ", text)


def _digit_suffixes(text: str) -> str:
    out = []
    for run in DIGITS.findall(text):
        out += [run[i:] for i in range(0, max(len(run) - MIN_DIGIT_SUFFIX + 1, 1))]
    return " ".join(out)


def body_for(names: Iterable[str] = (), texts: Iterable[str] = (), numbers: Iterable[str] = ()) -> str:
    """The indexed text of one entry; bulk loaders call this to index without the per-row service."""
    parts: list[str] = []
    for name in names:
        if name:
            parts += [_cjk_spaced(name), name_tokens(name), _digit_suffixes(name)]
    for text in texts:
        if text:
            parts += [_cjk_spaced(text), _digit_suffixes(text)]
    for number in numbers:
        if number:
            # 3栋2单元1203, 粤B12345: the Chinese characters, every digit tail, and letter-digit words whole
            # (an all-digit word is already its own first tail).
            parts += [" ".join(CJK.findall(number)), _digit_suffixes(number),
                      " ".join(w for w in WORD.findall(number) if not w.isdigit())]
    return " ".join(p for p in parts if p)


def index(logbook: str, entry_id: int, *, names=(), texts=(), numbers=()) -> None:
    """Add or replace one entry's index row; call inside the service's write transaction."""
    body = body_for(names, texts, numbers)
    row = db.execute_sql(
        "SELECT id FROM search_doc WHERE logbook = ? AND entry_id = ?", (logbook, entry_id)
    ).fetchone()
    if row is None:
        cursor = db.execute_sql("INSERT INTO search_doc (logbook, entry_id) VALUES (?, ?)", (logbook, entry_id))
        doc_id = cursor.lastrowid
    else:
        doc_id = row[0]
        db.execute_sql("DELETE FROM search_idx WHERE rowid = ?", (doc_id,))
    db.execute_sql("INSERT INTO search_idx (rowid, body) VALUES (?, ?)", (doc_id, body))


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed, or None when nothing is searchable.

    Chinese runs become phrases of single characters; Latin words and digit runs become prefix terms.
    All parts must match (AND).
    """
    terms: list[str] = []
    for piece in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+", query):
        if CJK.match(piece):
            terms.append('"' + " ".join(piece) + '"')
        elif len(piece) >= MIN_LATIN_QUERY:
            terms.append('"' + piece.lower() + '"*')
    return " AND ".join(terms) if terms else None


def search(query: str, *, logbook: str | None = None, limit: int = 50) -> list[tuple[str, int]]:
    """(logbook, entry_id) pairs for the newest entries matching the fragment, newest first."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql = (
        "SELECT d.logbook, d.entry_id FROM search_idx JOIN search_doc d ON d.id = search_idx.rowid"
        " WHERE search_idx MATCH ?"
    )
    params: list = [expression]
    if logbook:
        sql += " AND d.logbook = ?"
        params.append(logbook)
    sql += " ORDER BY search_idx.rowid DESC LIMIT ?"
    params.append(limit)
    return [(row[0], row[1]) for row in db.execute_sql(sql, params)]


def entry_ids(query: str, logbook: str, limit: int = 5000) -> list[int]:
    """Entry ids of one logbook matching the query, newest first."""
    return [entry_id for _, entry_id in search(query, logbook=logbook, limit=limit)]


def entry_ids_sql(query: str, logbook: str, limit: int = 5000) -> SQL:
    """The same ids as a subquery for `Model.id.in_(...)`: a table's filter counts and pages its rows with
    it, and a list of thousands of ids would be rebuilt into SQL for every one of those queries."""
    expression = match_expression(query)
    if expression is None:
        return SQL("(SELECT NULL WHERE 0)")
    return SQL(
        "(SELECT d.entry_id FROM search_idx JOIN search_doc d ON d.id = search_idx.rowid"
        " WHERE search_idx MATCH ? AND d.logbook = ? ORDER BY search_idx.rowid DESC LIMIT ?)",
        (expression, logbook, limit),
    )


def check() -> list[str]:
    """The index's own integrity check (SQLite's integrity_check does not look inside FTS5)."""
    from frontdesk_gui.core.db.integrity import check_fts

    problems = check_fts(db.obj, "search_idx")
    orphans = db.execute_sql(
        "SELECT count(*) FROM search_doc d LEFT JOIN search_idx i ON i.rowid = d.id WHERE i.rowid IS NULL"
    ).fetchone()[0]
    if orphans:
        problems.append(f"search index: {orphans} entries are registered but not indexed")
    return problems
