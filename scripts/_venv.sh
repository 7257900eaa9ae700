# Sourced by the scripts: creates .venv with the project and its dev extras when absent or stale.
PY=".venv/bin/python"
if [ ! -x "$PY" ]; then
  python3 -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml | python3 -c 'import hashlib,sys;print(hashlib.sha1(sys.stdin.buffer.read()).hexdigest()[:12])')"
if [ ! -f "$stamp" ]; then
  "$PY" -m pip install -q --upgrade pip >/dev/null
  # The project was called `lighter` before it became `lighter-client`: drop that old editable install.
  if "$PY" -m pip show lighter 2>/dev/null | grep -q '^Editable project location'; then
    "$PY" -m pip uninstall -q -y lighter >/dev/null
  fi
  "$PY" -m pip install -q -e '.[dev]'
  rm -f .venv/.installed-* && touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
