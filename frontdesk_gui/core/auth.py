"""Operators, roles, passwords, lockout and supervisor authorisation at the counter.

Permissions are checked here, inside the services, so a missing button is never the only guard.
Passwords are stored as scrypt hashes with a per-operator salt.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from frontdesk_gui.core import audit, clock, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import AuthError, NeedsAuthorisation, PermissionDenied, ValidationError
from frontdesk_gui.core.models import ROLES, SYSTEM_ACTOR, Operator
from frontdesk_gui.core.text import Text, tr

RECEPTIONIST, SUPERVISOR, ADMIN = ROLES
ROLE_RANK = {RECEPTIONIST: 1, SUPERVISOR: 2, ADMIN: 3}
ROLE_TITLES = {
    RECEPTIONIST: tr("接待员", "Receptionist"),
    SUPERVISOR: tr("主管/领班", "Supervisor"),
    ADMIN: tr("管理员", "Administrator"),
}
MIN_PASSWORD = 6
PASSWORD_TOO_SHORT = Text(f"密码至少 {MIN_PASSWORD} 位。", f"The password needs at least {MIN_PASSWORD} characters.")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    computed = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(computed.hex(), digest)


def has_role(operator: Operator, role: str) -> bool:
    return operator.active and ROLE_RANK.get(operator.role, 0) >= ROLE_RANK[role]


def require(ctx: Ctx, role: str, *, authorisable: bool = False) -> None:
    """Raise unless the operator (or the supervisor who authorised this action) holds `role`.

    With `authorisable`, a receptionist gets NeedsAuthorisation so the UI can ask a supervisor.
    """
    if has_role(ctx.operator, role):
        return
    if ctx.authorised_by is not None and has_role(ctx.authorised_by, role):
        return
    message = Text(f"此操作需要{ROLE_TITLES[role].zh}权限。", f"This needs a {ROLE_TITLES[role].en.lower()}.")
    raise (NeedsAuthorisation if authorisable else PermissionDenied)(message)


def system_actor() -> Operator:
    """The named actor of headless commands; audited like anyone, cannot log in."""
    op = Operator.get_or_none(Operator.username == SYSTEM_ACTOR)
    if op is None:
        op = Operator.create(username=SYSTEM_ACTOR, display_name="系统 System", role=ADMIN,
                             password_hash="!", system=True, created_at=clock.now())
    return op


def _validate_new(username: str, display_name: str, role: str, password: str) -> None:
    errors: dict[str, Text] = {}
    if not username.strip() or not username.strip().isprintable() or " " in username.strip():
        errors["username"] = tr("请输入登录名(不含空格)。", "Please enter a login name without spaces.")
    elif Operator.get_or_none(Operator.username == username.strip()):
        errors["username"] = tr("该登录名已被使用。", "This login name is already taken.")
    if not display_name.strip():
        errors["display_name"] = tr("请输入姓名。", "Please enter the operator's name.")
    if role not in ROLE_RANK:
        errors["role"] = tr("请选择角色。", "Please choose a role.")
    if len(password) < MIN_PASSWORD:
        errors["password"] = PASSWORD_TOO_SHORT
    if errors:
        raise ValidationError(errors)


def _operator_after(op: Operator) -> dict:
    return {"username": op.username, "display_name": op.display_name, "role": op.role, "active": op.active}


def add_operator(ctx: Ctx, username: str, display_name: str, role: str, password: str) -> Operator:
    """An admin adds an operator."""
    require(ctx, ADMIN)
    _validate_new(username, display_name, role, password)
    with db.atomic():
        # The admin chose this password: the new operator replaces it at first login (not the first admin).
        op = Operator.create(username=username.strip(), display_name=display_name.strip(), role=role,
                             password_hash=hash_password(password), created_at=clock.now(),
                             must_change_password=not ctx.operator.system)
        audit.record(ctx, "create", "operator", op.id, after=_operator_after(op))
    return op


def operators() -> list[Operator]:
    """Everyone who can log in or once could (not the system actor): active first, then by login name."""
    return list(Operator.select().where(Operator.system == False)  # noqa: E712
                .order_by(Operator.active.desc(), Operator.username))


def needs_first_admin() -> bool:
    return not Operator.select().where(Operator.system == False).exists()  # noqa: E712


def create_first_admin(username: str, display_name: str, password: str) -> Operator:
    """The first start asks for the first admin; allowed only while there is no operator at all."""
    if not needs_first_admin():
        raise PermissionDenied(tr("已有操作员,不能再创建首个管理员。", "The first administrator already exists."))
    return add_operator(Ctx(system_actor()), username, display_name, ADMIN, password)


def set_active(ctx: Ctx, operator: Operator, active: bool) -> None:
    require(ctx, ADMIN)
    if operator.id == ctx.operator.id and not active:
        raise ValidationError({"active": tr("不能停用自己。", "You cannot deactivate yourself.")})
    with db.atomic():
        before = _operator_after(operator)
        operator.active = active
        operator.save()
        audit.record(ctx, "activate" if active else "deactivate", "operator", operator.id,
                     before=before, after=_operator_after(operator))


def reset_password(ctx: Ctx, operator: Operator, new_password: str) -> None:
    """An admin sets a new password and lifts a lockout; the operator changes it at next login."""
    require(ctx, ADMIN)
    if len(new_password) < MIN_PASSWORD:
        raise ValidationError({"password": PASSWORD_TOO_SHORT})
    with db.atomic():
        operator.password_hash = hash_password(new_password)
        operator.failed_logins = 0
        operator.locked_until = None
        operator.must_change_password = operator.id != ctx.operator.id
        operator.save()
        audit.record(ctx, "reset_password", "operator", operator.id)


def change_own_password(ctx: Ctx, old: str, new: str) -> None:
    if not check_password(old, ctx.operator.password_hash):
        raise ValidationError({"old_password": tr("原密码不正确。", "The current password is wrong.")})
    if len(new) < MIN_PASSWORD:
        raise ValidationError({"password": PASSWORD_TOO_SHORT})
    with db.atomic():
        ctx.operator.password_hash = hash_password(new)
        ctx.operator.must_change_password = False
        ctx.operator.save()
        audit.record(ctx, "change_password", "operator", ctx.operator.id)


def _bad_login() -> AuthError:
    return AuthError(tr("登录名或密码不正确。", "Wrong login name or password."))


def verify_credentials(username: str, password: str) -> Operator:
    """Check a password with lockout after repeated failures; returns the operator or raises AuthError."""
    now = clock.now()
    op = Operator.get_or_none((Operator.username == username.strip()) & (Operator.system == False))  # noqa: E712
    if op is None:
        raise _bad_login()
    if not op.active:
        raise AuthError(tr("该操作员已停用。", "This operator has been deactivated."))
    if op.locked_until and op.locked_until > now:
        minutes = int((op.locked_until - now).total_seconds() // 60) + 1
        raise AuthError(Text(f"密码错误次数过多,请 {minutes} 分钟后再试或请管理员重置。",
                             f"Too many wrong passwords: try again in {minutes} min or ask an admin."))
    if not check_password(password, op.password_hash):
        # The failure is committed before raising: a rollback would forget it and defeat the lockout.
        with db.atomic():
            op.failed_logins += 1
            locked = op.failed_logins >= settings.get("auth.max_failures")
            if locked:
                op.locked_until = now + timedelta(minutes=settings.get("auth.lockout_minutes"))
                op.failed_logins = 0
            op.save()
            audit.record(Ctx(op), "login_failed", "operator", op.id, reason="locked" if locked else None)
        raise _bad_login()
    if op.failed_logins or op.locked_until:
        with db.atomic():
            op.failed_logins = 0
            op.locked_until = None
            op.save()
    return op


def authorise(ctx: Ctx, username: str, password: str, action: str, role: str = SUPERVISOR) -> Ctx:
    """A supervisor approves one action at the receptionist's counter without logging them out.

    Returns a Ctx carrying the approver for that action; the approval itself is audited.
    """
    approver = verify_credentials(username, password)
    if not has_role(approver, role):
        raise PermissionDenied(Text(f"{approver.display_name} 没有{ROLE_TITLES[role].zh}权限。",
                                    f"{approver.display_name} is not a {ROLE_TITLES[role].en.lower()}."))
    approved = ctx.with_authorisation(approver)
    audit.record(approved, "authorise", "operator", approver.id, reason=action)
    return approved
