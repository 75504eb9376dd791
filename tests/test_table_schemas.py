"""The tables' declared schemas (newsfigures.tables.Schema): each kind of check refuses a table
that breaks it, with a message naming the table, the column and the failing values, and accepts
the tables the pipeline writes."""

from __future__ import annotations

import pandas as pd
import pytest

from newsfigures import tables
from newsfigures.tables import SchemaError

from tables_factory import claims, events


def test_the_pipelines_own_tables_pass():
    assert len(claims({"value_low": 5.0}, {"value_low": 3.0, "party": "civilians", "tally": "cumulative"})) == 2
    assert len(events({}, {"neighbourhood": "Sukkari", "event": "held"})) == 2


def _claims() -> pd.DataFrame:
    return claims({"value_low": 5.0}, {"value_low": 3.0})


@pytest.mark.parametrize("change, message", [
    (lambda df: df.drop(columns=["quote"]), "claims: column 'quote' is missing"),
    (lambda df: df.assign(category=["casualties", "weather"]),
     "claims: column 'category' should be one of ['casualties', 'displacement', 'territory', 'population', "
     "'other']: 1 failing value(s): 'weather'"),
    (lambda df: df.assign(claim_id=["c1", "c1"]),
     "claims: column 'claim_id' should hold unique values, has duplicates: 2 failing value(s): 'c1'"),
    (lambda df: df.assign(date=pd.Series(["2016-12-12", "12 December"], dtype="str")),
     "claims: column 'date' should match '^\\\\d{4}-\\\\d{2}-\\\\d{2}$': 1 failing value(s): '12 December'"),
    (lambda df: df.assign(value_low=[5.0, -1.0], value_high=[5.0, 3.0]),
     "claims: column 'value_low' should be at least 0: 1 failing value(s): -1.0"),
    (lambda df: df.assign(quote=pd.Series(["5 people", ""], dtype="str")),
     "claims: column 'quote' should be at least 1 character(s) long: 1 failing value(s): ''"),
    (lambda df: df.assign(article_id=pd.Series(["a1", None], dtype="str")),
     "claims: column 'article_id' has 1 missing value(s) (first at index 1) and may have none"),
    (lambda df: df.assign(start=[0.0, 10.0]), "claims: column 'start' should hold int values, its type is float64"),
    (lambda df: df.assign(party_to_conflict=[1, 0]),
     "claims: column 'party_to_conflict' should hold bool values, its type is int64"),
    (lambda df: df.assign(article_id=pd.Series(["a1", 7], dtype=object)),
     "claims: column 'article_id' should hold text: 1 failing value(s): 7"),
    (lambda df: df.assign(value_low=[5.0, 4.0], value_high=[5.0, 3.0]),
     "claims: check 'value_low <= value_high' fails on 1 row(s), first at index [1]"),
])
def test_a_table_that_breaks_its_schema_is_refused_with_what_failed(change, message):
    with pytest.raises(SchemaError) as err:
        tables.CLAIMS_SCHEMA.validate(change(_claims()))
    assert str(err.value) == message


def test_missing_values_pass_where_a_column_allows_them_and_are_not_checked_against_its_values():
    df = _claims().assign(tally=pd.Series([None, "cumulative"], dtype="str"),
                          date=pd.Series([None, "2016-12-12"], dtype="str"))
    assert tables.CLAIMS_SCHEMA.validate(df) is df


def test_optional_columns_may_be_absent_but_the_finished_claims_need_them():
    df = _claims().drop(columns=["statement_id", "set_aside"])
    tables.CLAIMS_SCHEMA.validate(df)
    with pytest.raises(SchemaError, match="claims: column 'statement_id' is missing"):
        tables.FINISHED_CLAIMS_SCHEMA.validate(df)


def test_a_finished_claim_has_a_statement_exactly_when_it_is_not_set_aside():
    df = _claims().assign(statement_id=pd.Series(["s1", None], dtype="str"), set_aside=[False, False])
    with pytest.raises(SchemaError, match="a statement for every claim not set aside"):
        tables.FINISHED_CLAIMS_SCHEMA.validate(df)
    tables.FINISHED_CLAIMS_SCHEMA.validate(df.assign(set_aside=[False, True]))


def test_statements_count_outlets_within_articles_within_claims():
    row = dict(statement_id="s1", category="casualties", measure="killed", value_low=5.0, value_high=5.0,
               qualifier="exact", n_claims=2, n_articles=2, n_outlets=1, claim_ids="c1;c2", date="2016-12-12", party_to_conflict=False)
    tables.statements_frame([row])
    with pytest.raises(SchemaError, match="statements: check 'outlets <= articles <= claims' fails on 1 row"):
        tables.statements_frame([{**row, "n_articles": 3}])


def test_control_events_allow_only_the_known_controllers():
    with pytest.raises(SchemaError, match="control_events: column 'controller' should be one of"):
        events({"controller": "someone"})
