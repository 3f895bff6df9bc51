"""The visitor log's services: category rules, ID checks, badges, flags, corrections, voids, attention."""

import pytest

from frontdesk_gui.core import audit, auth, flagged, search
from frontdesk_gui.core.errors import NeedsAuthorisation, PermissionDenied, StateError, ValidationError
from frontdesk_gui.core.identity import mask_id
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.logbooks.visitors import LEFT, ON_SITE, Visit

GOOD_ID = "11010519491231002X"


def visitor(**over):
    values = dict(visitor_name="张伟", category="outside_visitor", host_name="李娜", host_unit="1203",
                  phone="13812341234", purpose="送文件")
    values.update(over)
    return values


def test_check_in_and_out(receptionist_ctx, frozen):
    visit = visitors.check_in(receptionist_ctx, **visitor(badge_no="07", id_number=GOOD_ID))
    assert visit.status == ON_SITE and visit.badge_no == "7" and visit.admitted_how == "intercom_consent"
    assert visit.shift.id == receptionist_ctx.shift.id and visit.created_by.username == "desk"
    frozen.advance(minutes=30)
    visitors.check_out(receptionist_ctx, visit)
    visit = Visit.get_by_id(visit.id)
    assert visit.status == LEFT and (visit.time_out - visit.time_in).total_seconds() == 1800
    with pytest.raises(StateError):
        visitors.check_out(receptionist_ctx, visit)


@pytest.mark.parametrize("category, missing", [
    ("government", "approved_by"), ("study_group", "approved_by"), ("pass_holder", "pass_number"),
    ("company_staff", "work_id"), ("outside_visitor", "host_unit"),
])
def test_each_category_asks_for_what_its_rule_needs(receptionist_ctx, category, missing):
    with pytest.raises(ValidationError) as caught:
        visitors.check_in(receptionist_ctx, **visitor(category=category, host_unit=""))
    assert missing in caught.value.errors


def test_bad_id_number_rejected_with_a_sentence(receptionist_ctx):
    with pytest.raises(ValidationError) as caught:
        visitors.check_in(receptionist_ctx, **visitor(id_number="110105194912310021"))
    assert "校验位" in str(caught.value.errors["id_number"])
    assert Visit.select().count() == 0


def test_id_stored_whole_and_masked_for_display(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor(id_number=GOOD_ID))
    assert Visit.get_by_id(visit.id).id_number == GOOD_ID
    assert mask_id(GOOD_ID) == "1101**********002X"


def test_badge_already_out_is_refused_with_holder(receptionist_ctx):
    visitors.check_in(receptionist_ctx, **visitor(badge_no="3"))
    with pytest.raises(ValidationError) as caught:
        visitors.check_in(receptionist_ctx, **visitor(visitor_name="王芳", badge_no="3"))
    assert "张伟" in str(caught.value.errors["badge_no"])
    assert Visit.select().count() == 1


def test_lost_badge_is_recorded_and_not_issued_again(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor(badge_no="4"))
    visitors.check_out_badge_lost(receptionist_ctx, visit)
    with pytest.raises(ValidationError, match="遗失"):
        visitors.check_in(receptionist_ctx, **visitor(badge_no="4"))


def test_flagged_person_needs_supervisor_authorisation(receptionist_ctx, supervisor):
    lead_ctx = receptionist_ctx.__class__(supervisor, receptionist_ctx.shift)
    flagged.add(lead_ctx, name="赵六", id_number=GOOD_ID, reason="曾滋扰住户")
    with pytest.raises(NeedsAuthorisation, match="曾滋扰住户"):
        visitors.check_in(receptionist_ctx, **visitor(visitor_name="赵六", id_number=GOOD_ID))
    approved = auth.authorise(receptionist_ctx, "lead", "lead-pass", "admit flagged 赵六")
    visit = visitors.check_in(approved, **visitor(visitor_name="赵六", id_number=GOOD_ID))
    assert visit.status == ON_SITE


def test_flag_by_name_needs_phone_or_organisation_too(receptionist_ctx, supervisor):
    lead_ctx = receptionist_ctx.__class__(supervisor, receptionist_ctx.shift)
    flagged.add(lead_ctx, name="张伟", phone="13900001111", reason="推销")
    assert visitors.check_in(receptionist_ctx, **visitor()).status == ON_SITE
    with pytest.raises(NeedsAuthorisation):
        visitors.check_in(receptionist_ctx, **visitor(phone="13900001111"))


def test_notify_patrol_only_for_unknown_resident(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor(category="unknown_resident"))
    assert [v.id for v in visitors._patrol_due(visit.time_in)] == [visit.id]
    visitors.notify_patrol(receptionist_ctx, visit)
    assert visit.patrol_notified_at is not None
    other = visitors.check_in(receptionist_ctx, **visitor(visitor_name="王芳"))
    with pytest.raises(StateError):
        visitors.notify_patrol(receptionist_ctx, other)


def test_correction_is_audited_with_before_and_after(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor())
    visitors.correct(receptionist_ctx, visit, "写错了姓名", visitor_name="张玮")
    history = audit.history("visitors", visit.id)
    assert [h.action for h in history] == ["create", "correct"]
    assert "张伟" in history[1].before and "张玮" in history[1].after and history[1].reason == "写错了姓名"
    assert search.search("张玮") == [("visitors", visit.id)] and search.search("张伟") == []


def test_void_needs_supervisor_and_reason(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor(badge_no="9"))
    with pytest.raises(PermissionDenied):
        visitors.void(receptionist_ctx, visit, "重复登记")
    approved = auth.authorise(receptionist_ctx, "lead", "lead-pass", "void")
    with pytest.raises(ValidationError):
        visitors.void(approved, visit, "")
    visitors.void(approved, visit, "重复登记")
    assert Visit.get_by_id(visit.id).status == "voided"
    # the badge came back with the void
    assert visitors.check_in(receptionist_ctx, **visitor(badge_no="9")).badge_no == "9"


def test_overstay_and_never_checked_out(receptionist_ctx, frozen):
    visit = visitors.check_in(receptionist_ctx, **visitor())
    assert list(visitors._overstaying(frozen.now())) == []
    frozen.advance(hours=5)
    assert [v.id for v in visitors._overstaying(frozen.now())] == [visit.id]
    frozen.advance(days=1)
    assert [v.id for v in visitors._not_checked_out(frozen.now())] == [visit.id]


def test_returning_visitor_found_by_name_or_phone(receptionist_ctx):
    visitors.check_in(receptionist_ctx, **visitor(organisation="华为"))
    assert [v.organisation for v in visitors.earlier_visits("张伟")] == ["华为"]
    assert [v.visitor_name for v in visitors.earlier_visits("1234")] == ["张伟"]


def test_revealing_a_whole_id_number_takes_a_supervisor_and_is_audited(receptionist_ctx):
    visit = visitors.check_in(receptionist_ctx, **visitor(id_number=GOOD_ID))
    with pytest.raises(NeedsAuthorisation):
        visitors.reveal_id_number(receptionist_ctx, visit)
    approved = auth.authorise(receptionist_ctx, "lead", "lead-pass", "reveal")
    assert GOOD_ID in str(visitors.reveal_id_number(approved, visit))
    last = audit.history("visitors", visit.id)[-1]
    assert (last.action, last.reason, last.authorised_by.username) == ("reveal", "id_number", "lead")
    assert GOOD_ID not in (last.after or "")
