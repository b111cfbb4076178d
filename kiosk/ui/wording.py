"""The translated words kiosk.formatting builds its phrases from (source text = ENGLISH)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.formatting import Words

CONTEXT = "Formatting"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def words() -> Words:
    """Words in the language of the installed translator (English when there is none).

    Each string is written out in full so that pyside6-lupdate finds it; a test checks they
    match kiosk.formatting.ENGLISH.
    """
    t = _t
    return Words(
        day_names=(
            t("Monday"),
            t("Tuesday"),
            t("Wednesday"),
            t("Thursday"),
            t("Friday"),
            t("Saturday"),
            t("Sunday"),
        ),
        short_day_names=(t("Mon"), t("Tue"), t("Wed"), t("Thu"), t("Fri"), t("Sat"), t("Sun")),
        all_ages=t("All ages"),
        ages_between=t("Ages {0} to {1}"),
        age_exactly=t("Age {0}"),
        ages_from=t("Ages {0} and over"),
        ages_up_to=t("Ages up to {0}"),
        every_day=t("Every day"),
        weekdays=t("Monday to Friday"),
        weekends=t("Weekends"),
        day_range=t("{0} to {1}"),
        and_join=t("{0} and {1}"),
        list_join=t(", "),
        time_am=t("{0}am"),
        time_pm=t("{0}pm"),
        noon=t("12 noon"),
        midnight=t("midnight"),
        hours=t("{0} to {1}"),
        days_and_hours=t("{0}, {1}"),
        free=t("Free"),
        costs_money=t("There is a cost"),
        cost_unknown=t("Ask about the cost"),
        amount_with_note=t("{0} {1}"),
        all_districts=t("All of Staffordshire"),
        districts_and_more=t("{0} and {1} more"),
        phone_line=t("Phone: {0}"),
        email_line=t("Email: {0}"),
        web_line=t("Web: {0}"),
        address_line=t("Address: {0}"),
        open_line=t("Open: {0}"),
        more_on_kiosk=t("(+{0} more on the kiosk)"),
        miles=t("{0} miles"),
        one_mile=t("1 mile"),
        away=t("{0} away"),
    )


def service_count(count: int) -> str:
    """'1 service', '32 services' (a translation may have its own plural rules per number)."""
    if count == 1:
        return _t("1 service")
    return _t("{0} services").format(f"{count:,}")
