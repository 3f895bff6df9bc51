# The two commands of the README: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint translations dist dist-check bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -q -e '.[test]'
	touch $@

translations: $(STAMP)
	$(PY) -m frontdesk_gui.i18n_build

run: $(STAMP) translations
	$(PY) -m frontdesk_gui

lint: $(TSTAMP)
	$(PY) -m ruff check frontdesk_gui tests bench

test: $(TSTAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

dist: $(STAMP) translations
	$(PY) -m pip install -q -e '.[dist]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec

# The frozen program starts and shows its main window (CI runs this after the tests).
dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/frontdesk/frontdesk --smoke-test

clean:
	rm -rf build dist
