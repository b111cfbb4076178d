"""The staff PIN: a salted scrypt hash in the settings file, and a lock-out after wrong tries.

The hash is one self-describing string, `scrypt$n=16384,r=8,p=1$<salt>$<hash>` (base64), so
the parameters can be raised later without breaking PINs already set. Five wrong tries lock
the pad for five minutes; the count and the lock live in a small state file in the
per-machine data folder, so turning the kiosk off and on again does not open it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.staff.statefile import read_state, write_state

log = logging.getLogger(__name__)

PIN_DIGITS = (4, 8)
MAX_TRIES = 5
LOCK_S = 5 * 60
FORGET_S = 15 * 60  # wrong tries further apart than this are counted afresh
LOCKOUT_FILE = "pin-lockout.json"

# scrypt's cost: about 16 MiB and a few tens of milliseconds a check on a kiosk's processor.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
MAX_MEMORY = 64 * 1024 * 1024  # a hash asking for more is not one kiosk set-pin made
HASH_FORMAT = re.compile(
    r"scrypt\$n=(\d{1,7}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]{16,88})\$([A-Za-z0-9+/=]{16,88})"
)


def valid_pin(pin: str) -> bool:
    """Whether PIN is 4 to 8 digits (0-9 only)."""
    low, high = PIN_DIGITS
    return low <= len(pin) <= high and all(c in "0123456789" for c in pin)


def hash_pin(pin: str) -> str:
    """A new salted hash of PIN, for the settings file's pin_hash. Takes tens of milliseconds."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 8 digits")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether PIN matches the hash STORED, in constant time; False for a malformed hash."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, expected = parsed
    return hmac.compare_digest(_scrypt(pin, salt, n, r, p, len(expected)), expected)


def looks_like_pin_hash(text: str) -> bool:
    """Whether TEXT is a hash this kiosk can check a PIN against."""
    return _parse(text) is not None


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    found = HASH_FORMAT.fullmatch(stored.strip())
    if found is None:
        return None
    n, r, p = (int(found.group(i)) for i in (1, 2, 3))
    if n < 2 or n & (n - 1) or not r or not p or 128 * n * r * p > MAX_MEMORY:
        return None
    try:
        salt, digest = (base64.b64decode(found.group(i), validate=True) for i in (4, 5))
    except (binascii.Error, ValueError):
        return None
    if len(digest) < 16:
        return None
    return n, r, p, salt, digest


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, size: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * MAX_MEMORY, dklen=size
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class PinAttempt:
    """What one try at the PIN pad came to."""

    accepted: bool
    tries_left: int  # wrong tries left before the lock-out
    locked_for_s: int  # seconds until the pad can be tried again; 0 when it is open now


class PinGuard:
    """Checks PINs, counting wrong tries; MAX_TRIES wrong in a row lock it for LOCK_S seconds.
    Wrong tries more than FORGET_S apart start the count again (a slip yesterday and one today
    are not an attack).

    The state file keeps the count and the lock over a restart. A clock set back (or a lock
    written with a later clock) never locks for longer than LOCK_S from now; a clock set
    forward ends the lock early, which is the lesser harm on a machine with no network time.
    """

    def __init__(
        self, state_path: Path | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.state_path = state_path or paths.data_dir() / LOCKOUT_FILE
        self.clock = clock

    def locked_for(self) -> int:
        """Seconds until the pad opens again; 0 when it is open."""
        state = read_state(self.state_path)
        return self._locked_for(state, self.clock())

    def attempt(self, pin: str, stored_hash: str) -> PinAttempt:
        """Try PIN against STORED_HASH (the settings' pin_hash), counting a wrong try.

        While locked, nothing is checked and the try is not counted. With no PIN set
        (STORED_HASH empty) every try is wrong: staff mode stays shut until one is set.
        Takes tens of milliseconds (scrypt): call it from a worker thread if that matters.
        """
        now = self.clock()
        state = read_state(self.state_path)
        locked = self._locked_for(state, now)
        if locked:
            return PinAttempt(False, 0, locked)
        failures = _whole(state.get("failures"))
        last = state.get("last_failure")
        if not isinstance(last, int | float) or not 0 <= now - last <= FORGET_S:
            failures = 0  # wrong tries long ago (or at a time the clock no longer knows)
        if verify_pin(pin, stored_hash):
            if failures:
                self._save({})
            return PinAttempt(True, MAX_TRIES, 0)
        failures += 1
        if failures >= MAX_TRIES:
            log.warning("staff PIN: %d wrong tries; locked for %d seconds", failures, LOCK_S)
            self._save({"failures": 0, "locked_until": now + LOCK_S})
            return PinAttempt(False, 0, LOCK_S)
        self._save({"failures": failures, "last_failure": now})
        return PinAttempt(False, MAX_TRIES - failures, 0)

    def _locked_for(self, state: dict[str, object], now: float) -> int:
        until = state.get("locked_until")
        if not isinstance(until, int | float) or isinstance(until, bool) or until <= now:
            return 0
        if until - now > LOCK_S:  # the clock went back: lock for LOCK_S from now, no longer
            until = now + LOCK_S
            self._save({"failures": 0, "locked_until": until})
        return int(until - now + 0.999)

    def _save(self, state: dict[str, object]) -> None:
        try:
            write_state(self.state_path, state)
        except OSError as exc:  # the pad still works; only a restart forgets the count
            log.warning("staff PIN: cannot keep the count of wrong tries: %s", exc)


def _whole(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
