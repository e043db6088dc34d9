# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The pytest fixture `fake_qalyptus`: a fresh `FakeQalyptus` per test.

pytest loads this module through the package's `pytest11` entry point; the fake itself is imported only when
a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeQalyptus


@pytest.fixture
def fake_qalyptus() -> Iterator[FakeQalyptus]:
    from .testing import FakeQalyptus

    yield FakeQalyptus()
