"""Small validated claims tables for tests: each row gives only what differs from the defaults."""

import pandas as pd

from newsfigures.records import stable_id
from newsfigures.tables import claims_frame, control_frame

_DEFAULTS = dict(
    article_id="a1", category="casualties", measure="killed", value_low=10.0, value_high=None,
    qualifier="exact", unit="people", party=None, source=None, source_type=None, party_to_conflict=False,
    date="2016-12-12", date_method="publication date", period_start=None, period_end=None, quote=None,
    sentence=None,
)


def claims(*rows: dict) -> pd.DataFrame:
    """A validated claims table; each row gives only what differs from the defaults."""
    out = []
    for i, r in enumerate(rows):
        row = {**_DEFAULTS, **r}
        if row["value_high"] is None:
            row["value_high"] = row["value_low"]
        if row["quote"] is None:
            row["quote"] = f"{row['value_low']:g} people"
        if row["sentence"] is None:
            row["sentence"] = f"Officials said {row['quote']} were counted."
        row["start"] = r.get("start", 10 * i)
        row["end"] = row["start"] + len(row["quote"])
        row["claim_id"] = r.get("claim_id", f"c{i}")
        out.append(row)
    return claims_frame(out)


_EVENT_DEFAULTS = dict(article_id="a1", neighbourhood="Masaken Hanano", controller="government", event="captured",
                       date="2016-11-27", source=None, source_type=None, quote="army takes back Hanano",
                       sentence="The army takes back Hanano.")


def events(*rows: dict) -> pd.DataFrame:
    """A validated control-events table; each row gives only what differs from the defaults."""
    out = []
    for i, r in enumerate(rows):
        row = {**_EVENT_DEFAULTS, **r}
        row["start"], row["end"] = 10 * i, 10 * i + 5
        row["event_id"] = stable_id(i, row["neighbourhood"], row["date"], row["article_id"])
        out.append(row)
    return control_frame(out)
