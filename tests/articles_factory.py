"""An article as the extractor receives it, built from a body text, for the tests that feed
sentences through the whole extractor: publication date given (as a manifest gives it), no
inferred metadata."""

from __future__ import annotations

import datetime as dt

from newsfigures.reading import Article

PUBLISHED = dt.date(2016, 12, 12)  # a Monday


def given_article(body: str, published: dt.date | None = PUBLISHED, title: str = "", outlet: str = "",
                  article_id: str = "x") -> Article:
    """``body`` as an article of id ``article_id`` published on ``published`` (given by a manifest)."""
    return Article(article_id=article_id, path=f"{article_id}.txt", format="text", title=title, body=body,
                   outlet=outlet, url="", published=published, title_method="none", outlet_method="none",
                   url_method="none", published_method="given:manifest", published_confidence="given",
                   published_evidence="", encoding="utf-8")
