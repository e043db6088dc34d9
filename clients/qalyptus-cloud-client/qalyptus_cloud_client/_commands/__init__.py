# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""The command tables of ``qalyptus``, one module per resource (loaded when that resource is used)."""
