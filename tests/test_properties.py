"""Property tests: ingestion and extraction never raise on arbitrary text or bytes."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles_factory import given_article
from newsfigures.reading import Article, ArticleError, article_from_bytes
from newsfigures.extract import extract_article
from newsfigures.reading import split_sentences

NEWSY = st.sampled_from([
    "more than 31,000 people", "at least 60 fatalities on Monday", "tens of thousands", "a third of",
    "98 percent of eastern Aleppo", "the Observatory said", "Sheikh Saeed", "state media said", "\n\n",
    "<script>x</script>", "{{ x }}", "Nov. 27, 2016", "(AP Photo)", "Read more:", " ", ".", ",", "—",
])
TEXTS = st.lists(st.one_of(st.text(max_size=40), NEWSY), max_size=60).map("".join)


def _article(body: str, published=dt.date(2016, 12, 12)) -> Article:
    return given_article(body, published=published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["text", "markdown", "html"]))
def test_ingestion_never_raises_anything_but_article_error(raw, fmt):
    try:
        article = article_from_bytes(raw, "fuzz.bin", "fuzz", fmt)
    except ArticleError as exc:
        assert exc.reason and "fuzz.bin" in str(exc)
    else:
        assert article.words >= 40


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([dt.date(2016, 12, 12), None]))
def test_extraction_never_raises_and_offsets_hold(body, published):
    figures = extract_article(_article(body, published))
    for c in figures.claims:
        assert body[c.start:c.end] == c.quote
        assert c.value_low <= c.value_high
    for e in figures.events:
        assert body[e.start:e.end] == e.quote


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sentences_slice_the_body(body):
    for s in split_sentences(body):
        assert body[s.start:s.end] == s.text and s.text.strip() == s.text


@pytest.mark.parametrize("body", ["Shelling hit Shaar.\x85 Some 30 people died.", "A\x85\u2028b. 12 died.\x0c",
                                  "x" * 11 + "\x85" + " y. z.", "\u2029Two.\x1c Three."])
def test_line_break_characters_the_segmenter_cannot_cut_keep_offsets(body):
    sentences = split_sentences(body)
    assert sentences
    for s in sentences:
        assert body[s.start:s.end] == s.text and s.text.strip() == s.text
