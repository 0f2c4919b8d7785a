# The two front doors (see README): `make demo` and `make test`. Both create .venv at the repo root.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: demo test setup system-deps bench constraints lint clean

demo: setup
	$(VENV)/bin/intake demo

test: setup system-deps
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(VENV)/.installed

# The venv installs the versions the image pins (deploy/constraints.txt), so what is tested is what ships.
$(VENV)/.installed: pyproject.toml deploy/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]' -c deploy/constraints.txt
	touch $@

# What the tests need from the system: Dovecot (IMAP) and Chromium (browser tests), via apt-get when run as root.
system-deps:
	bash deploy/install-test-deps.sh

bench: setup
	for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# The versions the container installs (deploy/Containerfile, pip -c): what this venv runs the tests with.
constraints: setup
	{ echo "# pip freeze --all of the test venv, intake and pip left out: make constraints"; \
	  $(PY) -m pip freeze --all --exclude-editable | grep -iv '^\(intake\|pip\)[=@ ]'; } > deploy/constraints.txt

clean:
	rm -rf $(VENV) demo test-output .pytest_cache
