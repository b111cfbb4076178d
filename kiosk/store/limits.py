"""How much the kiosk accepts from a data file: sizes, lengths and ranges, defined once.

A data file comes from outside (a council's export, a USB stick, a web address), so every
size is bounded before it can exhaust memory or disk, and every field before it can
overflow a visitor's screen.
"""

from __future__ import annotations

MB = 1024 * 1024

# Whole files
MAX_FILE_BYTES = 512 * MB  # a JSON file, or all the CSV files of a package together
MAX_RECORD_CHARS = 32 * MB  # one service record (with everything nested in it) in a JSON file
MAX_METADATA_BYTES = 1 * MB  # metadata.json beside a CSV package
MAX_CSV_FIELD_CHARS = 4 * MB  # one cell of a CSV file

# Zip archives (CSV packages): checked from the archive's directory, then again while reading,
# because a hostile archive can lie about its sizes.
MAX_ZIP_MEMBERS = 200
MAX_ZIP_MEMBER_BYTES = 256 * MB
MAX_ZIP_TOTAL_BYTES = MAX_FILE_BYTES
MAX_ZIP_RATIO = 200  # unpacked size / packed size; real CSV exports pack 5 to 20 times

# Pulling a council's web API (kiosk.store.feed): the whole feed is written to one file, so
# MAX_FILE_BYTES bounds it; each answer is bounded too, as it is held in memory to decode.
MAX_ANSWER_BYTES = 32 * MB  # one page of services, or one full service record
MAX_FEED_PAGES = 10_000  # a million services at 100 a page
MAX_RETRY_AFTER_S = 30.0  # the longest a busy server ("Retry-After") may make a pull wait

# Problems kept for the import report; beyond this they are only counted.
MAX_PROBLEMS_KEPT = 5000

# Text fields, in characters after cleaning. Longer text is cut at a word with "…" and the
# cut is reported; raw input beyond RAW_TEXT_FACTOR times the limit is not even parsed.
TEXT_LIMITS = {
    "id": 200,
    "name": 300,
    "line": 300,  # one-line fields: addresses, labels, titles, taxonomy names
    "description": 20_000,
    "long": 8_000,  # fees, eligibility, how to apply, accessibility notes
    "alert": 2_000,
    "email": 254,
    "url": 2_000,
    "phone": 40,
    "code": 40,
    "date": 40,
    "notice": 2_000,
}
RAW_TEXT_FACTOR = 8

# What a visitor may type in the search box (the box and the search both keep to it).
MAX_QUERY_CHARS = 60

# Ages: a record may state any age a person can have; a visitor chooses within the Local
# Offer's range (birth to 25).
OLDEST_AGE_IN_DATA = 120
LOCAL_OFFER_AGES = range(0, 26)

# Numbers in JSON longer than this many digits are read as (out-of-range) floats rather than
# integers, so Python's own 4,300-digit limit can never be reached.
MAX_INT_DIGITS = 18
