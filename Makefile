# Two commands on a fresh machine: `make book` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
ARTICLES ?= data/articles
TABLES  ?= data/tables
BOOK_OUT ?= _build/html

.PHONY: install bytecode tables book test unit notebooks browser-deps clean

# Byte-code is written for what the build and the tests import (into .venv and lib/**/__pycache__,
# both ignored by git): where the machine turns writing it off (PYTHONDONTWRITEBYTECODE, as on this
# project's machines), every test process, papermill kernel and `extract` would otherwise compile
# pandas, plotly, jupyter and this package from source again.
unexport PYTHONDONTWRITEBYTECODE

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --no-compile --disable-pip-version-check -e '.[bench,book,scale,test]'
	@$(MAKE) --no-print-directory bytecode
	@touch $(STAMP)

# Byte-code for the modules `newsfigures extract` imports (about 600, found by extracting the
# shipped articles and the development articles once): where writing byte-code is turned off (PYTHONDONTWRITEBYTECODE, as on
# this project's machines) every run would otherwise compile them again, about 3 s of each
# `extract`. The rest of the environment is left uncompiled (pip --no-compile: faster installs).
# The same run stores the extractor's compiled regular expressions beside the byte-code
# (lib/newsfigures/regexstore.py: about 0.8 s of every run otherwise); the development articles'
# wider range of wordings brings in the patterns the shipped five do not use.
bytecode:
	@$(BIN)/python -c "import sys, py_compile, tempfile; from newsfigures.cli import main; \
	out = tempfile.TemporaryDirectory(); [main(['extract', d, '--out-dir', out.name, '--workers', '1', \
	'--no-cache', '--no-progress', '--min-words', '1']) for d in ('data/articles', 'tests/corpus/dev')]; out.cleanup(); files = [m.__file__ for m in list(sys.modules.values()) \
	if (getattr(m, '__file__', None) or '').endswith('.py')]; [py_compile.compile(f, quiet=2) for f in files]; \
	import newsfigures.regexstore as rs; rs.save(force=True); \
	print(f'byte-compiled the {len(files)} modules newsfigures extract imports, and stored its {len(rs.STORE.used)} compiled regular expressions')" 2>&1 | tail -1

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
