# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Clients for Qlik Sense QRS data connections: connection settings shared by every operation.

The classes live in ``_qrs_client`` (the API's constructors) on top of ``_base_client`` (shared by
every package of this family); this module is what the generated operations import.
"""

from ._qrs_client import DEFAULT_TIMEOUT, AuthenticatedClient, Client, RetryConfig

__all__ = ["DEFAULT_TIMEOUT", "AuthenticatedClient", "Client", "RetryConfig"]
