# Two commands to start: `make serve` (the wiki at http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
#: held-out sets not yet measured blind: left out of the classifier's training
BLIND  ?=

.PHONY: serve test site build golden classifier bench browser-deps clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

serve: $(STAMP)  ## run the pipeline and serve the wiki with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP)  ## the whole test suite
	$(BIN)/pytest

site: $(STAMP)  ## build the static site into site/ (what CI publishes)
	$(BIN)/mkdocs build --strict

build: $(STAMP)  ## only the pipeline: seeds/ -> docs/
	$(BIN)/wikigen build

golden: $(STAMP)  ## refresh the golden files after an intended change, then review `git diff tests/`
	$(BIN)/python tests/refresh_golden.py
	$(BIN)/python tests/golden_entities/refresh.py

classifier: $(STAMP)  ## retrain the line classifier's weights from the fixtures (see README)
	$(BIN)/python tests/train_classifier.py --exclude $(BLIND)

bench: $(STAMP)  ## performance figures (see README)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .wikigen-cache
