"""Masks obvious personal data in what visitors type: emails, phone numbers, postcodes.

Visitors are asked not to type names or personal details; this catches what they type
anyway before it is stored. It errs towards masking: a long number that is not a phone
number (an account or NHS number) is masked too.
"""

from __future__ import annotations

import re

EMAIL = re.compile(
    r"[A-Za-z0-9._%+'-]+\s*(?:@|\(at\)|\[at\])\s*[A-Za-z0-9-]+(?:\s*\.\s*[A-Za-z0-9-]+)+"
)
EMAIL_SPOKEN = re.compile(r"\b[\w.+-]+\s+at\s+[\w-]+(?:\s+dot\s+[a-z]{2,})+\b", re.I)
# The full UK postcode (outward and inward code), with or without the space.
POSTCODE = re.compile(r"\b(?:GIR\s*0AA|[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2})\b", re.I)
# A run of digits, spaces, dots, dashes and brackets (maybe +44 first) holding 7 or more
# digits: UK phone numbers in every usual form, and other long numbers.
NUMBER = re.compile(r"(?:\+|\b00)?\(?\d(?:[\s.\-()]{0,3}\d){6,}\)?")
PHONE_START = re.compile(r"\s*(?:\+\s*44|0044|\(?0)")


def mask_personal(text: str) -> str:
    """TEXT with emails, UK postcodes, phone numbers and long numbers replaced by [email],
    [postcode], [phone] and [number]."""
    text = EMAIL.sub("[email]", text)
    text = EMAIL_SPOKEN.sub("[email]", text)
    text = POSTCODE.sub("[postcode]", text)
    return NUMBER.sub(_number, text)


def _number(found: re.Match[str]) -> str:
    return "[phone]" if PHONE_START.match(found.group()) else "[number]"
