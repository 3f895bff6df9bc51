"""Operators, lockout, permissions in services, supervisor authorisation, shifts."""

from datetime import timedelta

import pytest

from frontdesk_gui.core import audit, auth, settings, shift
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import AuthError, PermissionDenied, ValidationError
from frontdesk_gui.core.models import AuditRecord, Operator


def test_first_admin_only_once(database):
    assert auth.needs_first_admin()
    auth.create_first_admin("admin", "管理员", "admin-pass")
    assert not auth.needs_first_admin()
    with pytest.raises(PermissionDenied):
        auth.create_first_admin("admin2", "又一个", "admin-pass")


def test_password_is_hashed_never_plain(admin_ctx):
    stored = Operator.get(Operator.username == "admin").password_hash
    assert "admin-pass" not in stored and stored.startswith("scrypt$")


def test_lockout_after_repeated_failures(admin_ctx, frozen):
    auth.add_operator(admin_ctx, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
    for _ in range(settings.get("auth.max_failures")):
        with pytest.raises(AuthError):
            auth.verify_credentials("desk", "wrong")
    with pytest.raises(AuthError, match="分钟后再试"):
        auth.verify_credentials("desk", "desk-pass")
    frozen.advance(minutes=settings.get("auth.lockout_minutes") + 1)
    assert auth.verify_credentials("desk", "desk-pass").username == "desk"


def test_receptionist_cannot_add_operators(receptionist_ctx):
    with pytest.raises(PermissionDenied):
        auth.add_operator(receptionist_ctx, "x", "X", auth.RECEPTIONIST, "xxxxxx")


def test_validation_sentences_per_field(admin_ctx):
    with pytest.raises(ValidationError) as caught:
        auth.add_operator(admin_ctx, "", "", "boss", "123")
    assert set(caught.value.errors) == {"username", "display_name", "role", "password"}


def test_deactivated_operator_cannot_log_in(admin_ctx):
    op = auth.add_operator(admin_ctx, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
    auth.set_active(admin_ctx, op, False)
    with pytest.raises(AuthError, match="停用"):
        auth.verify_credentials("desk", "desk-pass")


def test_reset_password_lifts_lockout(admin_ctx):
    op = auth.add_operator(admin_ctx, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.verify_credentials("desk", "nope")
    auth.reset_password(admin_ctx, op, "fresh-pass")
    assert auth.verify_credentials("desk", "fresh-pass").must_change_password


def test_supervisor_authorises_one_action_and_it_is_audited(receptionist_ctx):
    approved = auth.authorise(receptionist_ctx, "lead", "lead-pass", "void visit 1")
    assert approved.operator.username == "desk" and approved.authorised_by.username == "lead"
    rec = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert rec.action == "authorise" and rec.reason == "void visit 1" and rec.authorised_by.username == "lead"
    with pytest.raises(PermissionDenied):
        auth.authorise(receptionist_ctx, "desk", "desk-pass", "void visit 1")


def test_cover_operator_joins_the_open_shift(receptionist_ctx, admin_ctx):
    assert receptionist_ctx.shift.id == admin_ctx.shift.id


def test_first_login_of_a_new_day_opens_a_new_shift(admin_ctx, frozen):
    frozen.advance(days=1)
    ctx = shift.login("admin", "admin-pass")
    assert ctx.shift.id != admin_ctx.shift.id
    old = type(admin_ctx.shift).get_by_id(admin_ctx.shift.id)
    assert old.closed_at is not None


def test_system_actor_cannot_log_in(database):
    auth.system_actor()
    with pytest.raises(AuthError):
        auth.verify_credentials("system", "!")


def test_audit_chain_detects_tampering(admin_ctx, frozen):
    frozen.advance(seconds=timedelta(minutes=1).total_seconds())
    auth.add_operator(admin_ctx, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
    assert audit.verify_chain() == []
    AuditRecord.update(reason="edited").where(AuditRecord.id == 2).execute()
    problems = audit.verify_chain()
    assert problems and problems[0].record_id == 2


def test_settings_change_needs_supervisor_and_is_audited(receptionist_ctx, admin_ctx):
    with pytest.raises(PermissionDenied):
        settings.put(receptionist_ctx, "lock.idle_minutes", 10)
    settings.put(admin_ctx, "lock.idle_minutes", "10")
    assert settings.get("lock.idle_minutes") == 10
    with pytest.raises(ValidationError):
        settings.put(admin_ctx, "lock.idle_minutes", "0")
    assert AuditRecord.select().where(AuditRecord.action == "setting").count() == 1


def test_ctx_is_plain_data(admin_ctx):
    assert isinstance(admin_ctx, Ctx) and admin_ctx.shift.opened_by.username == "admin"
