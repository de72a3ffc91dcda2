"""The packaging scripts live in packaging/ (not a package: that name is PyPI's), so tests load
them by path, as the spec and the build script do."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture(scope="session")
def plan():
    sys.path.insert(0, str(PACKAGING))
    try:
        import bundle_plan
    finally:
        sys.path.remove(str(PACKAGING))
    return bundle_plan


@pytest.fixture(scope="session")
def make_icons():
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    return make_icons
