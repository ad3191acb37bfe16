#!/usr/bin/env bash
# Installs Debian's headless Chromium and its driver for the browser tests, if missing.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "Installing Chromium and ChromeDriver from Debian's packages..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
fi
chromium --version
