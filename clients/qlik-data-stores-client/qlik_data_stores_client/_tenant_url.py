# Copied from generator/runtime/_tenant_url.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The API root of a cloud tenant, from its name (and region) or the URL a user copies from the browser."""

from __future__ import annotations

from ._validation import is_dns_label, parse_url, reject_blank_or_control

__all__ = ["tenant_api_url"]


def tenant_api_url(
    tenant: str, *, domain: str, api_path: str, with_region: bool = False, region: str | None = None
) -> str:
    """``https://<tenant>[.<region>].<domain><api_path>``; https only, no port, no other path."""
    reject_blank_or_control("tenant", tenant)
    shape = f"https://<tenant>.{'<region>.' if with_region else ''}{domain}"
    if "://" in tenant:
        parsed = parse_url(tenant, what="tenant URL", schemes=("https",))
        if parsed.path not in ("", api_path):
            raise ValueError(f"tenant URL {tenant!r} must have no path other than {api_path!r}")
        if parsed.port is not None:
            raise ValueError(f"tenant URL {tenant!r} must not name a port")
        labels = parsed.host.removesuffix("." + domain).split(".")
        if not parsed.host.endswith("." + domain) or len(labels) != (2 if with_region else 1):
            raise ValueError(f"tenant URL {tenant!r} must look like {shape}")
        if region is not None and labels[-1] != region.lower():
            raise ValueError(f"region {region!r} does not match the tenant URL {tenant!r}")
        return f"https://{parsed.host}{api_path}"
    named: list[tuple[str, str]] = [("tenant", tenant)]
    if with_region:
        if region is None:
            raise ValueError("region is required")
        named.append(("region", region))
    for what, label in named:
        reject_blank_or_control(what, label)
        if not is_dns_label(label):
            raise ValueError(f"{what} {label!r} must be a single DNS label (letters, digits, hyphens), as in {shape}")
    host = ".".join(label for _, label in named) + "." + domain
    return f"https://{host.lower()}{api_path}"
