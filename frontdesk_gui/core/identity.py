"""Personal numbers: the resident ID checksum, phone numbers, and masking wherever they are shown.

ID numbers are stored whole (to match flagged persons and returning visitors) and shown masked.
"""

from __future__ import annotations

import re

from frontdesk_gui.core.text import Text, tr

ID_TYPES = (
    ("resident_id", tr("居民身份证", "Resident ID card")),
    ("passport", tr("护照", "Passport")),
    ("hk_macau_permit", tr("港澳通行证", "HK/Macau permit")),
    ("taiwan_permit", tr("台胞证", "Taiwan permit")),
    ("driving_licence", tr("驾驶证", "Driving licence")),
    ("work_id", tr("工作证", "Work ID")),
    ("other", tr("其他证件", "Other document")),
)


def check_resident_id(number: str) -> tuple[str | None, Text | None]:
    """Validate an 18-digit resident ID (checksum, birth date, region); returns (compact, error)."""
    # Imported on first use, as phonenumbers below: their tables cost start-up time the window need not wait for.
    from stdnum.cn import ric
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

    try:
        return ric.validate(number), None
    except InvalidLength:
        return None, tr("身份证号应为18位。", "A resident ID has 18 characters.")
    except InvalidChecksum:
        return None, tr("身份证号校验位不对,请核对。", "The ID number's check digit is wrong; please check it.")
    except InvalidComponent:
        return None, tr("身份证号中的出生日期或地区码无效。", "The ID number has an impossible birth date or region.")
    except (InvalidFormat, ValidationError):
        return None, tr("身份证号只能是数字,最后一位可为X。", "An ID number is digits, the last may be X.")


def normalise_id(id_type: str, number: str) -> tuple[str, Text | None]:
    number = re.sub(r"\s+", "", number or "").upper()
    if not number:
        return "", None
    if id_type == "resident_id":
        compact, error = check_resident_id(number)
        return (compact or number), error
    if len(number) < 4 or not re.fullmatch(r"[A-Z0-9\-]+", number):
        return number, tr("证件号码格式不对。", "This document number does not look right.")
    return number, None


def mask_id(number: str | None) -> str:
    """1101**********1234: enough to compare with the card in hand, not enough to copy."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * (len(number) - 2) + number[-2:]
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def normalise_phone(text: str) -> tuple[str, Text | None]:
    """A mobile or landline in China, or an international number; returns (digits, error)."""
    raw = (text or "").strip()
    if not raw:
        return "", None
    bare = re.sub(r"[\s\-()]", "", raw)
    # phonenumbers passes a mobile with a digit too many as some landline; typed lists are full of them.
    if re.fullmatch(r"1\d{5,}", bare) and len(bare) != 11:
        return raw, tr("手机号应为 11 位。", "A mobile number has 11 digits.")
    import phonenumbers

    extension = ""
    match = re.match(r"^(.*?)(?:\s*(?:转|ext\.?|x|#)\s*(\d{1,6}))$", raw, re.IGNORECASE)
    if match:
        raw, extension = match.group(1), match.group(2)
    try:
        parsed = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException:
        return raw, tr("电话号码格式不对。", "This phone number does not look right.")
    if not phonenumbers.is_possible_number(parsed):
        return raw, tr("电话号码位数不对。", "This phone number has the wrong number of digits.")
    if parsed.country_code == 86:
        digits = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = re.sub(r"\D", "", digits)
    else:
        digits = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return (f"{digits}-{extension}" if extension else digits), None


def warm_up() -> None:
    check_resident_id("11010519491231002X")
    normalise_phone("13800000000")


def mask_phone(phone: str | None) -> str:
    """138****1234: the last four digits are what a caller confirms."""
    if not phone:
        return ""
    main, _, extension = phone.partition("-")
    if len(main) >= 7:
        masked = main[:3] + "*" * (len(main) - 7) + main[-4:]
    else:
        masked = "*" * max(len(main) - 2, 0) + main[-2:]
    return f"{masked}-{extension}" if extension else masked
