"""The packaged sample database, for content that points at services (same fixtures as store)."""

from tests.store.conftest import directory, packaged_db

__all__ = ["directory", "packaged_db"]
