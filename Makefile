# Two commands on a fresh machine: `make book` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
ARTICLES ?= data/articles
TABLES  ?= data/tables
BOOK_OUT ?= _build/html

.PHONY: install tables book test unit notebooks browser-deps clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --no-compile --disable-pip-version-check -e '.[bench,book,scale,test]'
	@touch $(STAMP)

install: $(STAMP)

tables: install
	$(BIN)/newsfigures extract $(ARTICLES) --out-dir $(TABLES)

book: install
	$(BIN)/newsfigures book $(ARTICLES) --out-dir $(BOOK_OUT) --tables-dir $(TABLES)

# Headless Chromium for the browser checks of the built book (Debian package).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }

# Test processes (pytest-xdist); `make test JOBS=1` runs everything in this process.
JOBS ?= auto
NBVAL = --nbval-lax --nbval-current-env -p no:cacheprovider

unit: install
	$(BIN)/python -m pytest tests -q -n $(JOBS) --dist loadfile

notebooks: tables
	$(BIN)/python -m pytest -q $(NBVAL) intro.ipynb chapters

# The unit tests and nbval on the front page and the chapters, in one pytest run on JOBS
# processes: a test module or notebook stays on one process, and the two modules that build a
# whole book are named first so that they start first, one on each process.
test: install browser-deps tables
	$(BIN)/python -m pytest -q -n $(JOBS) --dist loadfile $(NBVAL) \
	  tests/test_real_book.py tests/test_book.py tests intro.ipynb chapters

clean:
	rm -rf _build $(TABLES)
