"""The schema-version table and the ladder of steps from version 1.

Each step runs once, in order, in its own transaction, and is recorded in schema_version. A step
creates tables as they were when the step was written; a later change to a model gets a new step
(add the column, copy data), never an edit of an old one.
"""

from __future__ import annotations

from frontdesk_gui.core import clock


def _v1_foundation(database) -> None:
    from frontdesk_gui.core.models import AuditRecord, Operator, SettingValue, Shift

    database.create_tables([Operator, Shift, AuditRecord, SettingValue])


def _v2_search(database) -> None:
    from frontdesk_gui.core import search

    search.create_schema(database)


def _v3_visitor_log(database) -> None:
    from frontdesk_gui.core.badges import Badge
    from frontdesk_gui.core.flagged import FlaggedPerson
    from frontdesk_gui.core.logbooks.visitors import Visit

    database.create_tables([Visit, Badge, FlaggedPerson])
    database.execute_sql("CREATE INDEX IF NOT EXISTS visit_status_time_in ON visit (status, time_in)")


def _v4_directory(database) -> None:
    from frontdesk_gui.core.directory.models import Company, Resident, Staff

    database.create_tables([Company, Resident, Staff])


def _v5_fewer_indexes(database) -> None:
    """Indexes no query uses, each a write on every check-in: the status index (status, then id) serves the
    tab's filter and the on-site rules; entries are listed by id and filtered by created_at."""
    for name in ("visit_created_by_id", "visit_updated_by_id", "visit_phone", "visit_time_in",
                 "visit_status_time_in", "audit_record_actor_id", "audit_record_authorised_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')


def _v6_money(database) -> None:
    """Issue 3: the price list (seeded with DEFAULT_ITEMS), charges, receipts, the drawer, service orders."""
    from frontdesk_gui.core.auth import system_actor
    from frontdesk_gui.core.logbooks.service_orders import ServiceOrder
    from frontdesk_gui.core.money.models import Charge, DrawerEntry, Receipt, Sequence
    from frontdesk_gui.core.money.prices import PriceItem, PriceRate, seed_defaults

    database.create_tables([PriceItem, PriceRate, Receipt, Charge, DrawerEntry, Sequence, ServiceOrder])
    for index in ("receipt_created_by_id", "receipt_updated_by_id", "drawer_entry_created_by_id",
                  "drawer_entry_updated_by_id", "service_order_created_by_id", "service_order_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')
    seed_defaults(system_actor(), clock.now())


def _v7_held_parcels(database) -> None:
    """Issue 4: the shared arrive -> notify -> collect tables, and parcels and registered mail."""
    from frontdesk_gui.core.held import HandOver, Notification
    from frontdesk_gui.core.logbooks.parcels import Parcel

    database.create_tables([HandOver, Notification, Parcel])
    for index in ("parcel_created_by_id", "parcel_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v8_faxes(database) -> None:
    """Issue 4: incoming faxes (进报记录本) and the awaited-fax notes."""
    from frontdesk_gui.core.logbooks.faxes import AwaitedFax, IncomingFax

    database.create_tables([IncomingFax, AwaitedFax])
    for index in ("incoming_fax_created_by_id", "incoming_fax_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v9_messages(database) -> None:
    """Issue 4: telephone messages taken for someone (电话留言, CATALOGUE A21)."""
    from frontdesk_gui.core.logbooks.messages import PhoneMessage

    database.create_tables([PhoneMessage])
    for index in ("phone_message_created_by_id", "phone_message_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v10_lost_found_deposits(database) -> None:
    """Issue 4: lost and found (found items, loss reports) and items deposited at the counter."""
    from frontdesk_gui.core.logbooks.deposits import DepositedItem
    from frontdesk_gui.core.logbooks.lost_found import FoundItem, LossReport

    database.create_tables([FoundItem, LossReport, DepositedItem])
    for index in ("found_item_created_by_id", "found_item_updated_by_id", "deposited_item_created_by_id",
                  "deposited_item_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v11_goods_passes(database) -> None:
    """Issue 5: goods release passes (物品放行条) and goods coming in (CATALOGUE A31, B4)."""
    from frontdesk_gui.core.logbooks.goods import GoodsPass

    database.create_tables([GoodsPass])
    for index in ("goods_pass_created_by_id", "goods_pass_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v12_keys(database) -> None:
    """Issue 5: the key register, key loans, move-in key hand-overs and monthly key counts (A32, A33, C3)."""
    from frontdesk_gui.core.logbooks.keys import Key, KeyCount, KeyLoan, MoveInKeys

    database.create_tables([Key, KeyLoan, MoveInKeys, KeyCount])
    for index in ("key_loan_created_by_id", "key_loan_updated_by_id", "move_in_keys_created_by_id",
                  "move_in_keys_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v13_passes(database) -> None:
    """Issue 5: resident / tenant cards, renovation temporary passes and access cards (CATALOGUE A24-A30)."""
    from frontdesk_gui.core.logbooks.passes import Pass

    database.create_tables([Pass])
    for index in ("pass_card_created_by_id", "pass_card_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


def _v14_shift_logs(database) -> None:
    """Issue 6: the duty log and the shift handover (CATALOGUE A58, A59)."""
    from frontdesk_gui.core.logbooks.duty_log import DutyNote
    from frontdesk_gui.core.logbooks.handovers import Handover

    database.create_tables([DutyNote, Handover])
    for index in ("duty_note_created_by_id", "duty_note_updated_by_id", "handover_created_by_id",
                  "handover_updated_by_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


STEPS = (_v1_foundation, _v2_search, _v3_visitor_log, _v4_directory, _v5_fewer_indexes, _v6_money,
         _v7_held_parcels, _v8_faxes, _v9_messages, _v10_lost_found_deposits, _v11_goods_passes, _v12_keys,
         _v13_passes, _v14_shift_logs)
LATEST = len(STEPS)


def current_version(database) -> int:
    from frontdesk_gui.core.models import SchemaVersion

    if not database.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(database, target: int = LATEST) -> int:
    """Bring the database up to `target` (default: the newest); returns the version reached."""
    from frontdesk_gui.core.models import SchemaVersion

    database.create_tables([SchemaVersion])
    version = current_version(database)
    if version > LATEST:
        from frontdesk_gui.core.errors import FrontdeskError
        from frontdesk_gui.core.text import Text

        raise FrontdeskError(Text(
            f"这个前台文件由更新版本的 Frontdesk 写入(结构版本 {version},本程序为 {LATEST}),请先升级程序。",
            f"This counter file was written by a newer Frontdesk (schema {version}, this program knows {LATEST});"
            " please update the program first."))
    for number in range(version + 1, target + 1):
        with database.atomic():
            STEPS[number - 1](database)
            SchemaVersion.create(version=number, applied_at=clock.now())
    return max(version, target)
