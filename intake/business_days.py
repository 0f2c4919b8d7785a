"""US business days and federal holidays: the legal clocks of opt-out requests.

A business day is a weekday that is not a US federal holiday as observed (5 U.S.C. 6103 and the OPM rules): a
holiday on a Saturday is observed the Friday before, one on a Sunday the Monday after. New Year's Day on a
Saturday is therefore observed on Friday, December 31 of the previous year (2021-12-31 for 2022-01-01). Juneteenth
counts from 2021, the year it became a federal holiday.

Counting rule (`add_business_days`): the day a request is received never counts, even when it is a business day; the
clock starts on the next business day. A request received on a weekend or holiday is counted the same way: day 1 is
the first business day after it, exactly as for a request received on the business day before. This is the reading
that gives the earlier, stricter due date: a request that arrives on Saturday is never given more time than one that
arrived on Friday evening.

How many business days each kind of request gets is the label catalogue's business (rules/catalogue.yml):
this module only counts.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

_MONDAY, _THURSDAY, _FRIDAY, _SATURDAY, _SUNDAY = 0, 3, 4, 5, 6


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n >= 1)."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    if day.weekday() == _SATURDAY:
        return day - timedelta(days=1)
    if day.weekday() == _SUNDAY:
        return day + timedelta(days=1)
    return day


def _actual_holidays(year: int) -> dict[str, date]:
    """The holidays' own dates in `year`, before the observed-date shift."""
    days = {
        "New Year's Day": date(year, 1, 1),
        "Birthday of Martin Luther King, Jr.": _nth_weekday(year, 1, _MONDAY, 3),
        "Washington's Birthday": _nth_weekday(year, 2, _MONDAY, 3),
        "Memorial Day": _last_weekday(year, 5, _MONDAY),
        "Independence Day": date(year, 7, 4),
        "Labor Day": _nth_weekday(year, 9, _MONDAY, 1),
        "Columbus Day": _nth_weekday(year, 10, _MONDAY, 2),
        "Veterans Day": date(year, 11, 11),
        "Thanksgiving Day": _nth_weekday(year, 11, _THURSDAY, 4),
        "Christmas Day": date(year, 12, 25),
    }
    if year >= 2021:
        days["Juneteenth National Independence Day"] = date(year, 6, 19)
    return days


@lru_cache(maxsize=256)
def federal_holidays(year: int) -> dict[date, str]:
    """The observed federal holidays that fall in calendar year `year`, date -> name.

    Includes next year's New Year's Day when it is observed on December 31 of this year, and leaves out this year's
    when it was observed on December 31 of last year.
    """
    observed: dict[date, str] = {}
    for y in (year, year + 1):
        for name, day in _actual_holidays(y).items():
            when = _observed(day)
            if when.year == year:
                observed[when] = name
    return observed


def is_business_day(d: date) -> bool:
    return d.weekday() < _SATURDAY and d not in federal_holidays(d.year)


def add_business_days(start: date, n: int) -> date:
    """The n-th business day after `start`; `start` itself never counts. n == 0 gives `start`; n < 0 is an error.

    Received on day D with a clock of n business days, the due date is add_business_days(D, n) whether or not D is a
    business day (see the module docstring).
    """
    if n < 0:
        raise ValueError("add_business_days counts forwards only; use business_days_between for days left")
    day, left = start, n
    while left:
        day += timedelta(days=1)
        if is_business_day(day):
            left -= 1
    return day


def business_days_between(a: date, b: date) -> int:
    """Business days after `a` up to and including `b`; negative when b is before a ("business days left").

    The inverse of add_business_days: business_days_between(d, add_business_days(d, n)) == n.
    """
    if b < a:
        return -business_days_between(b, a)
    # Whole weeks hold 5 weekdays each; only the holidays and the remainder days need looking at.
    weeks, rest = divmod((b - a).days, 7)
    count = 5 * weeks
    for offset in range(1, rest + 1):
        if (a + timedelta(days=offset)).weekday() < _SATURDAY:
            count += 1
    return count - _weekday_holidays_in(a + timedelta(days=1), b)


def _weekday_holidays_in(first: date, last: date) -> int:
    """Observed holidays on weekdays from `first` to `last` inclusive (observed dates are always weekdays)."""
    return sum(
        1
        for year in range(first.year, last.year + 1)
        for day in federal_holidays(year)
        if first <= day <= last
    )


def due_by(received_at: datetime, days: int, tz: str) -> date:
    """The due date of a request with a clock of `days` business days received at aware `received_at`, counted
    in the local calendar of `tz`."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    local_day = received_at.astimezone(ZoneInfo(tz)).date()
    return add_business_days(local_day, days)
