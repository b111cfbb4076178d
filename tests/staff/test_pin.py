"""The staff PIN: salted scrypt hashes, and a lock-out that survives a restart and clock changes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import paths
from kiosk.staff.pin import (
    FORGET_S,
    LOCK_S,
    MAX_TRIES,
    PinAttempt,
    PinGuard,
    hash_pin,
    looks_like_pin_hash,
    valid_pin,
    verify_pin,
)

HASH_1234 = hash_pin("1234")


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_hash_is_salted_self_describing_and_checks_only_its_pin():
    again = hash_pin("1234")
    assert again != HASH_1234 and HASH_1234.startswith("scrypt$n=16384,r=8,p=1$")
    assert verify_pin("1234", HASH_1234) and verify_pin("1234", again)
    assert not verify_pin("1235", HASH_1234) and not verify_pin("", HASH_1234)
    assert looks_like_pin_hash(HASH_1234)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "١٢٣٤", " 1234", ""])
def test_a_pin_is_four_to_eight_digits(pin):
    assert not valid_pin(pin)
    with pytest.raises(ValueError, match="4 to 8 digits"):
        hash_pin(pin)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "1234",
        "scrypt$n=16384,r=8,p=1$c2FsdA==$aGFzaA==",
        "scrypt$n=16384,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAA",  # too short to trust
        "scrypt$n=1000,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "B" * 43 + "=",  # not a power of 2
        "scrypt$n=1048576,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "B" * 43 + "=",  # 1 GiB
        "scrypt$n=16384,r=0,p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "B" * 43 + "=",
        "scrypt$n=16384,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA=$" + "B" * 43 + "=",  # bad base64
        "pbkdf2$n=16384,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "B" * 43 + "=",
    ],
)
def test_a_malformed_hash_matches_nothing(stored):
    assert not looks_like_pin_hash(stored)
    assert not verify_pin("1234", stored)


@settings(max_examples=20, deadline=None)
@given(st.text(max_size=12))
def test_only_the_right_pin_is_accepted(guess):
    assert verify_pin(guess, HASH_1234) == (guess == "1234")


def test_five_wrong_tries_lock_the_pad_for_five_minutes_even_after_a_restart(tmp_path):
    clock = Clock()
    state = tmp_path / "pin.json"
    guard = PinGuard(state, clock=clock)
    for left in range(MAX_TRIES - 1, 0, -1):
        assert guard.attempt("0000", HASH_1234) == PinAttempt(False, left, 0)
    assert guard.attempt("0000", HASH_1234) == PinAttempt(False, 0, LOCK_S)
    restarted = PinGuard(state, clock=clock)
    clock.now += 60
    assert restarted.locked_for() == LOCK_S - 60
    assert restarted.attempt("1234", HASH_1234) == PinAttempt(False, 0, LOCK_S - 60)
    clock.now += LOCK_S
    assert restarted.locked_for() == 0
    assert restarted.attempt("0000", HASH_1234).locked_for_s == 0
    assert restarted.attempt("1234", HASH_1234) == PinAttempt(True, MAX_TRIES, 0)
    assert json.loads(state.read_text(encoding="utf-8")) == {}
    assert restarted.attempt("1234", HASH_1234).accepted  # nothing to reset: nothing written


def test_wrong_tries_far_apart_are_counted_afresh(tmp_path):
    clock = Clock()
    guard = PinGuard(tmp_path / "pin.json", clock=clock)
    for _ in range(MAX_TRIES - 1):
        guard.attempt("0000", HASH_1234)
    clock.now += FORGET_S + 1  # the next day, say
    assert guard.attempt("0000", HASH_1234) == PinAttempt(False, MAX_TRIES - 1, 0)
    clock.now -= 10 * FORGET_S  # a clock set back forgets the count rather than locking
    assert guard.attempt("0000", HASH_1234) == PinAttempt(False, MAX_TRIES - 1, 0)


def test_a_clock_set_back_never_locks_for_longer_than_the_lock(tmp_path):
    clock = Clock()
    guard = PinGuard(tmp_path / "pin.json", clock=clock)
    for _ in range(MAX_TRIES):
        guard.attempt("0000", HASH_1234)
    clock.now -= 86_400  # the clock goes back a day
    assert guard.locked_for() == LOCK_S
    clock.now += LOCK_S
    assert guard.locked_for() == 0


def test_no_pin_set_means_no_way_in(tmp_path):
    guard = PinGuard(tmp_path / "pin.json")
    assert not guard.attempt("1234", "").accepted


@pytest.mark.parametrize(
    "content",
    ["not json", "[1, 2]", '{"locked_until": "soon", "failures": true}', '{"failures": -3}'],
)
def test_a_damaged_state_file_counts_from_nothing(tmp_path, content):
    state = tmp_path / "pin.json"
    state.write_text(content, encoding="utf-8")
    guard = PinGuard(state)
    assert guard.locked_for() == 0
    assert guard.attempt("0000", HASH_1234).tries_left == MAX_TRIES - 1


def test_the_state_file_is_in_the_data_folder_and_its_loss_is_survived(tmp_path, caplog):
    assert PinGuard().state_path.parent == paths.data_dir()
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    guard = PinGuard(blocked / "pin.json")
    assert guard.attempt("0000", HASH_1234).tries_left == MAX_TRIES - 1
    assert "cannot keep the count" in caplog.text


def test_a_state_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    import os

    from kiosk.staff.statefile import read_state, write_state

    state = tmp_path / "state.json"
    write_state(state, {"a": 1})

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_state(state, {"a": 2})
    assert read_state(state) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
