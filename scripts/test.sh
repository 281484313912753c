#!/usr/bin/env bash
# The test command: every Swift suite (on SQLite, and on PostgreSQL when
# STIPPLE_TEST_POSTGRES_URL is set), then the browser tests of the client and staff pages in headless
# Chromium against a real `stipple serve`. First the OpenAPI document is validated; last,
# schemathesis checks the running server against it (Tests/contract), as admin and as reception.
set -euo pipefail
cd "$(dirname "$0")/.."

# The API's document is valid OpenAPI 3.1 before anything is tested against it.
if python3 -c "import openapi_spec_validator" 2>/dev/null; then
    python3 -m openapi_spec_validator Sources/StippleServer/Resources/openapi.yaml
elif [ "${CI:-}" = "true" ]; then
    echo "the OpenAPI check needs the Python package openapi-spec-validator" >&2
    exit 1
else
    echo "== OpenAPI check skipped: pip install openapi-spec-validator"
fi

swift test
swift build --product stipple

if command -v chromedriver >/dev/null 2>&1 && python3 -c "import selenium, axe_selenium_python, pytest" 2>/dev/null; then
    python3 -m pytest Tests/browser -q -p no:cacheprovider
elif [ "${CI:-}" = "true" ]; then
    echo "browser tests need chromium, chromium-driver and the Python packages selenium, axe-selenium-python, pytest" >&2
    exit 1
else
    echo "== browser tests skipped: apt-get install chromium chromium-driver; pip install selenium axe-selenium-python pytest"
fi

if python3 -c "import schemathesis" 2>/dev/null; then
    python3 Tests/contract/contract.py
elif [ "${CI:-}" = "true" ]; then
    echo "the API contract check needs the Python package schemathesis" >&2
    exit 1
else
    echo "== API contract check skipped: pip install schemathesis==4.32.5"
fi
