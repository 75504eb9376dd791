"""Reading articles: files and their manifest, scrape cleaning, publication dates, sentences.

:func:`read_article` turns one file into an :class:`Article` (body text without page
furniture, metadata with how each field was obtained); the rest of the pipeline never opens a
file itself. Bad input never raises out of the stage but as an :class:`ArticleError` naming
the file and the reason.
"""

from .article import MIN_WORDS, Article, article_from_bytes, read_article
from .files import (ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, MANIFEST_COLUMNS, MANIFEST_NAME, article_ids, manifest_field_problems,
                    corpus_year, find_article_files, load_manifest, scan_files)
from .scrape import ArticleError, clean_scrape, decode_bytes, visible_text
from .sentences import Sentence, split_sentences

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "MANIFEST_COLUMNS", "MANIFEST_NAME", "MIN_WORDS", "Article",
           "ArticleError", "Sentence", "article_from_bytes", "article_ids", "clean_scrape", "corpus_year",
           "decode_bytes", "find_article_files", "load_manifest", "manifest_field_problems", "read_article",
           "scan_files", "split_sentences", "visible_text"]
