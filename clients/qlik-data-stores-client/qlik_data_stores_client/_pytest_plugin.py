# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The pytest fixture `fake_data_stores`: a fresh `FakeDataStores` per test.

pytest loads this module through the package's `pytest11` entry point; the fake itself is imported only when
a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import FakeDataStores


@pytest.fixture
def fake_data_stores() -> Iterator[FakeDataStores]:
    from .testing import FakeDataStores

    yield FakeDataStores()
