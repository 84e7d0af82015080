"""Every XML document goes through defusedxml first: no entity declarations, no external entities."""

from __future__ import annotations

from typing import Any

from coach.core.i18n import _
from coach.core.runs.model import RunFileError


def safe_tree(data: bytes, kind: str) -> Any:
    """The parsed root element; RunFileError for entity tricks or text that is not XML."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as SafeTree

    try:
        return SafeTree.fromstring(data)
    except defusedxml.EntitiesForbidden:
        raise RunFileError(_("is a {kind} file that declares XML entities (an entity bomb?); not read").format(
                             kind=kind)) from None
    except defusedxml.ExternalReferenceForbidden:
        raise RunFileError(_("is a {kind} file that refers to an external entity; not read").format(kind=kind)) from None
    except defusedxml.DTDForbidden:
        raise RunFileError(_("is a {kind} file with a document type declaration; not read").format(kind=kind)) from None
    except ParseError as error:
        raise RunFileError(_("is not a readable {kind} file (not XML: {error})").format(kind=kind, error=error)) from None
