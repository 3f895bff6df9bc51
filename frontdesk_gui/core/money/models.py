"""The money tables. Receipts and drawer movements are logbook entries (they have tabs of their own);
a charge is what a logbook asks to be paid, and lives until it is paid, signed, refunded or kept."""

from __future__ import annotations

import json

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.models import Operator, Shift

ISSUED = "issued"


class Receipt(Entry):
    """A numbered money document: a receipt (R), a refund voucher (F) or a charge voucher to sign (S).

    Never changed after issue except to be voided; the number stays taken (no gaps, no reuse).
    """

    series = CharField()
    counter = CharField()
    year = IntegerField()
    seq = IntegerField()
    number = CharField(index=True)
    payer = CharField()
    company = ForeignKeyField(Company, null=True, backref="+", index=False)
    company_name = CharField(null=True)
    method = CharField()
    total_fen = IntegerField()
    # [{"description", "quantity", "unit", "unit_price_fen", "amount_fen"}], fixed at issue.
    lines_json = TextField()
    notes_json = TextField(default="[]")
    refund_of = ForeignKeyField("self", null=True, backref="refunds", index=False)
    finance_receipt_no = CharField(null=True)

    class Meta:
        table_name = "receipt"
        indexes = ((("counter", "series", "year", "seq"), True),)

    @property
    def lines(self) -> list[dict]:
        return json.loads(self.lines_json)

    @property
    def notes(self) -> list[str]:
        return json.loads(self.notes_json)


class Charge(BaseModel):
    """What a logbook asks to be paid (or a deposit it asks to hold), raised by money.charges.raise_charge."""

    id = AutoField()
    kind = CharField()
    deposit = BooleanField(default=False)
    source = CharField()
    source_id = IntegerField(null=True)
    payer = CharField()
    company = ForeignKeyField(Company, null=True, backref="+")
    company_name = CharField(null=True)
    lines_json = TextField()
    amount_fen = IntegerField()
    # open -> paid | signed | finance | internal; a signed charge -> account_settled;
    # a paid deposit -> refunded | kept; any -> voided
    status = CharField(index=True)
    method = CharField(null=True)
    receipt = ForeignKeyField(Receipt, null=True, backref="charges", index=False)
    voucher = ForeignKeyField(Receipt, null=True, backref="signed_charges", index=False)
    refund = ForeignKeyField(Receipt, null=True, backref="refunded_charges", index=False)
    account_receipt = ForeignKeyField(Receipt, null=True, backref="account_charges", index=False)
    finance_receipt_no = CharField(null=True)
    created_at = UtcDateTimeField()
    created_by = ForeignKeyField(Operator, backref="+", index=False)
    shift = ForeignKeyField(Shift, null=True, backref="+", index=False)
    settled_at = UtcDateTimeField(null=True, index=True)

    class Meta:
        table_name = "charge"
        indexes = ((("source", "source_id"), False),)

    @property
    def lines(self) -> list[dict]:
        return json.loads(self.lines_json)


class DrawerEntry(Entry):
    """One movement of the counter's money in a shift, or the count at its close (kind "count").

    amount_fen is signed: money in is positive, money out negative. A count stores the counted cash
    in amount_fen and what the drawer should hold in expected_fen.
    """

    kind = CharField()
    method = CharField(default="cash")
    amount_fen = IntegerField()
    expected_fen = IntegerField(null=True)
    receipt = ForeignKeyField(Receipt, null=True, backref="drawer_entries", index=False)
    reason = TextField(null=True)
    cashier_name = CharField(null=True)
    # The hand-over to the cashier that took this cash (A64), so the Today list knows what is still held.
    handed_in = ForeignKeyField("self", null=True, backref="handed", index=False)

    class Meta:
        table_name = "drawer_entry"


class Sequence(BaseModel):
    """The last number used per counter, series and year; bumped in the writing transaction (no gaps)."""

    counter = CharField()
    series = CharField()
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        table_name = "number_sequence"
        primary_key = False
        indexes = ((("counter", "series", "year"), True),)
