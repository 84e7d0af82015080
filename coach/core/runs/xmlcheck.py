"""Every XML document goes through defusedxml first: no entity declarations, no external entities."""

from __future__ import annotations

from typing import Any

from coach.core.runs.model import RunFileError


def safe_tree(data: bytes, kind: str) -> Any:
    """The parsed root element; RunFileError for entity tricks or text that is not XML."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as SafeTree

    try:
        return SafeTree.fromstring(data)
    except defusedxml.EntitiesForbidden:
        raise RunFileError(f"is a {kind} file that declares XML entities (an entity bomb?); not read") from None
    except defusedxml.ExternalReferenceForbidden:
        raise RunFileError(f"is a {kind} file that refers to an external entity; not read") from None
    except defusedxml.DTDForbidden:
        raise RunFileError(f"is a {kind} file with a document type declaration; not read") from None
    except ParseError as error:
        raise RunFileError(f"is not a readable {kind} file (not XML: {error})") from None
