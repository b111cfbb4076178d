"""The translated words kiosk.formatting builds its phrases from (source text = ENGLISH)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from kiosk.formatting import Words


def words() -> Words:
    """Words in the language of the installed translator (English when there is none).

    Each string is written out in full so that pyside6-lupdate finds it; a test checks they
    match kiosk.formatting.ENGLISH.
    """
    return Words(
        day_names=(
            QCoreApplication.translate("Formatting", "Monday"),
            QCoreApplication.translate("Formatting", "Tuesday"),
            QCoreApplication.translate("Formatting", "Wednesday"),
            QCoreApplication.translate("Formatting", "Thursday"),
            QCoreApplication.translate("Formatting", "Friday"),
            QCoreApplication.translate("Formatting", "Saturday"),
            QCoreApplication.translate("Formatting", "Sunday"),
        ),
        short_day_names=(
            QCoreApplication.translate("Formatting", "Mon"),
            QCoreApplication.translate("Formatting", "Tue"),
            QCoreApplication.translate("Formatting", "Wed"),
            QCoreApplication.translate("Formatting", "Thu"),
            QCoreApplication.translate("Formatting", "Fri"),
            QCoreApplication.translate("Formatting", "Sat"),
            QCoreApplication.translate("Formatting", "Sun"),
        ),
        all_ages=QCoreApplication.translate("Formatting", "All ages"),
        ages_between=QCoreApplication.translate("Formatting", "Ages {0} to {1}"),
        age_exactly=QCoreApplication.translate("Formatting", "Age {0}"),
        ages_from=QCoreApplication.translate("Formatting", "Ages {0} and over"),
        ages_up_to=QCoreApplication.translate("Formatting", "Ages up to {0}"),
        every_day=QCoreApplication.translate("Formatting", "Every day"),
        weekdays=QCoreApplication.translate("Formatting", "Monday to Friday"),
        weekends=QCoreApplication.translate("Formatting", "Weekends"),
        day_range=QCoreApplication.translate("Formatting", "{0} to {1}"),
        and_join=QCoreApplication.translate("Formatting", "{0} and {1}"),
        list_join=QCoreApplication.translate("Formatting", ", "),
        times_join=QCoreApplication.translate("Formatting", "; "),
        time_am=QCoreApplication.translate("Formatting", "{0}am"),
        time_pm=QCoreApplication.translate("Formatting", "{0}pm"),
        noon=QCoreApplication.translate("Formatting", "12 noon"),
        midnight=QCoreApplication.translate("Formatting", "midnight"),
        hours=QCoreApplication.translate("Formatting", "{0} to {1}"),
        days_and_hours=QCoreApplication.translate("Formatting", "{0}, {1}"),
        free=QCoreApplication.translate("Formatting", "Free"),
        costs_money=QCoreApplication.translate("Formatting", "There is a cost"),
        cost_unknown=QCoreApplication.translate("Formatting", "Ask about the cost"),
        amount_with_note=QCoreApplication.translate("Formatting", "{0} {1}"),
        all_districts=QCoreApplication.translate("Formatting", "All of Staffordshire"),
        districts_and_more=QCoreApplication.translate("Formatting", "{0} and {1} more"),
        phone_line=QCoreApplication.translate("Formatting", "Phone: {0}"),
        email_line=QCoreApplication.translate("Formatting", "Email: {0}"),
        web_line=QCoreApplication.translate("Formatting", "Web: {0}"),
        address_line=QCoreApplication.translate("Formatting", "Address: {0}"),
        open_line=QCoreApplication.translate("Formatting", "Open: {0}"),
        more_on_kiosk=QCoreApplication.translate("Formatting", "(+{0} more on the kiosk)"),
        miles=QCoreApplication.translate("Formatting", "{0} miles"),
        one_mile=QCoreApplication.translate("Formatting", "1 mile"),
        away=QCoreApplication.translate("Formatting", "{0} away"),
        clock_24h=uses_24_hour_clock(),
    )


def uses_24_hour_clock() -> bool:
    """Whether the visitor's language writes times as 13:30. English keeps the kiosk's plain
    '1:30pm'; other languages follow their locale (set by kiosk.ui.translation)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return False
    return "ap" not in locale.timeFormat(QLocale.FormatType.ShortFormat).lower()


class Formatting(QObject):
    """Counts worded with Qt's numerus forms. A QObject's self.tr, because pyside6-lupdate
    sees a count in self.tr(text, "", n) but not in QCoreApplication.translate(...)."""

    def services(self, count: int) -> str:
        return self.tr("%Ln service(s)", "", count)


def service_count(count: int) -> str:
    """'1 service', '1,032 services': each language has its own plural rules (Polish has
    three forms); English's come from kiosk_en.qm (see kiosk.ui.translation)."""
    return Formatting().services(count)
