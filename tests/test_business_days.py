"""US business days: federal holidays as observed, the counting rule, and the legal clocks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.business_days import (
    add_business_days,
    business_days_between,
    federal_holidays,
    is_business_day,
)
from intake.settings import Settings

due_date = Settings(source="test").catalogue.due_date
"""The legal clocks are the label catalogue's; the counting is business_days'."""

CHICAGO = "America/Chicago"

# OPM's published observed dates for 2026 and 2027.
OPM_2026 = [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
    "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
]
OPM_2027 = [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
    "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
]


@pytest.mark.parametrize("year, expected", [(2026, OPM_2026), (2027, OPM_2027)])
def test_observed_federal_holidays_match_opm(year, expected):
    assert sorted(d.isoformat() for d in federal_holidays(year)) == expected


def test_new_year_on_saturday_is_observed_on_december_31_of_the_year_before():
    assert date(2022, 1, 1).weekday() == 5
    assert not is_business_day(date(2021, 12, 31))
    assert date(2021, 12, 31) in federal_holidays(2021)
    assert all(d.year == 2022 for d in federal_holidays(2022))
    assert date(2022, 1, 3) == add_business_days(date(2021, 12, 30), 1)


def test_juneteenth_counts_from_2021_only():
    assert not is_business_day(date(2021, 6, 18))  # Saturday 19th, observed Friday
    assert is_business_day(date(2020, 6, 19))
    assert not is_business_day(date(2026, 6, 19))


def test_sunday_holiday_is_observed_monday():
    assert date(2022, 12, 25).weekday() == 6
    assert not is_business_day(date(2022, 12, 26))
    assert date(2023, 1, 2) in federal_holidays(2023)  # New Year 2023 fell on a Sunday


def test_weekends_are_not_business_days():
    assert [is_business_day(date(2026, 11, d)) for d in range(16, 23)] == [True] * 5 + [False] * 2


@pytest.mark.parametrize(
    "received, n, due",
    [
        # Christmas Friday and New Year Friday both skipped.
        ("2026-12-24", 10, "2027-01-11"),
        # New Year 2028 is a Saturday: observed Friday 2027-12-31; MLK Day 2028 is the 17th.
        ("2027-12-30", 10, "2028-01-14"),
        ("2021-12-30", 10, "2022-01-14"),
        ("2021-12-30", 15, "2022-01-24"),  # skips MLK Day 2022-01-17
        # Thanksgiving week 2026: Thursday the 26th is a holiday, Friday the 27th is a business day.
        ("2026-11-23", 3, "2026-11-27"),
        ("2026-11-25", 1, "2026-11-27"),
        ("2026-11-25", 10, "2026-12-10"),
        # An ordinary week, and the start day never counts.
        ("2026-11-16", 1, "2026-11-17"),
        ("2026-11-20", 1, "2026-11-23"),
        ("2026-11-16", 0, "2026-11-16"),
    ],
)
def test_add_business_days(received, n, due):
    assert add_business_days(date.fromisoformat(received), n) == date.fromisoformat(due)


def test_received_on_a_weekend_or_holiday_counts_from_the_next_business_day():
    friday, saturday, sunday = date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)
    assert add_business_days(saturday, 1) == date(2026, 11, 23)
    assert add_business_days(saturday, 10) == add_business_days(sunday, 10) == add_business_days(friday, 10)
    thanksgiving = date(2026, 11, 26)
    assert add_business_days(thanksgiving, 1) == date(2026, 11, 27)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        add_business_days(date(2026, 11, 30), -1)


def test_business_days_between_is_signed():
    assert business_days_between(date(2026, 12, 24), date(2027, 1, 11)) == 10
    assert business_days_between(date(2027, 1, 11), date(2026, 12, 24)) == -10
    assert business_days_between(date(2026, 11, 16), date(2026, 11, 16)) == 0
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 22)) == 0  # Friday -> Sunday


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 60))
def test_between_inverts_add(start, n):
    due = add_business_days(start, n)
    assert business_days_between(start, due) == n
    assert business_days_between(due, start) == -n


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 400))
def test_between_matches_day_by_day_count(a, span):
    b = a + timedelta(days=span)
    slow = sum(is_business_day(a + timedelta(days=i)) for i in range(1, span + 1))
    assert business_days_between(a, b) == slow


def test_due_date_uses_the_local_day():
    # 03:00 UTC on Friday 2026-11-20 is still Thursday evening in Chicago.
    received = datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc)
    assert due_date(received, "marketing_opt_out", CHICAGO) == add_business_days(date(2026, 11, 19), 10)
    assert due_date(received, "marketing_opt_out", "UTC") == add_business_days(date(2026, 11, 20), 10)


def test_due_date_per_kind():
    received = datetime(2026, 12, 24, 15, 0, tzinfo=timezone.utc)
    assert due_date(received, "marketing_opt_out", CHICAGO) == date(2027, 1, 11)
    assert due_date(received, "catalog_share_opt_out", CHICAGO) == date(2027, 1, 19)  # skips MLK Day


def test_due_date_rejects_unknown_kinds_and_naive_datetimes():
    with pytest.raises(ValueError, match="unknown request kind"):
        due_date(datetime(2026, 1, 5, tzinfo=timezone.utc), "newsletter", CHICAGO)
    with pytest.raises(ValueError, match="timezone-aware"):
        due_date(datetime(2026, 1, 5), "marketing_opt_out", CHICAGO)
