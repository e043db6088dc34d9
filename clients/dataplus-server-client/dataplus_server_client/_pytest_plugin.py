# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The pytest fixture `fake_dataplus`: a fresh `FakeDataPlus` per test.

pytest loads this module through the package's `pytest11` entry point; the fake itself is imported only when
a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeDataPlus


@pytest.fixture
def fake_dataplus() -> Iterator[FakeDataPlus]:
    from .testing import FakeDataPlus

    yield FakeDataPlus()
