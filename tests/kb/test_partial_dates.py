import datetime as dt

import pytest

from processus.kb.partial_dates import Precision, format_partial_date, parse_partial_date


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("2019-10-24", dt.date(2019, 10, 24), Precision.DAY),
        ("2019-07", dt.date(2019, 7, 1), Precision.MONTH),
        ("2015", dt.date(2015, 1, 1), Precision.YEAR),
        (" 2016-05-31 ", dt.date(2016, 5, 31), Precision.DAY),
    ],
)
def test_round_trip(text, date, precision):
    assert parse_partial_date(text) == (date, precision)
    assert format_partial_date(date, precision) == text.strip()


@pytest.mark.parametrize("bad", ["", "19", "2019/07", "July 2019", "2019-13", "2019-02-30"])
def test_malformed_dates_are_rejected(bad):
    with pytest.raises(ValueError):
        parse_partial_date(bad)


def test_none_stays_none():
    assert format_partial_date(None, Precision.DAY) is None
