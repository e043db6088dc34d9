# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The low-level layer: a module per operation, ``api/<tag>/<operation>.py``, each documented on its resource method.

Every module has ``sync_detailed(..., client=...)`` (the ``Response``: status, headers, raw body, ``parsed``) and
``asyncio_detailed``; ``sync`` and ``asyncio`` give the parsed body directly where the operation documents one;
file operations add ``download_to`` / ``adownload_to``. They take a ``Client`` or ``AuthenticatedClient``.

Raises:
    errors.ApiError: For a 4xx/5xx response after retries (a subclass per status: NotFoundError, ...), unless
        the client has raise_on_error=False (then ``parsed`` is the documented error model, or None).
    errors.ApiConnectionError: If the request could not be sent or answered (ApiTimeoutError on timeouts).
    errors.UnexpectedResponseError: If a success response's body is not the documented type or is too large
        (UnexpectedStatus: a status the spec does not document, such as a 204 or an unfollowed 302).
    errors.RedirectError: If a followed redirect points to another origin, or redirects loop.
"""
