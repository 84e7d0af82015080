"""Pictures that come with a shared routine: only a real SVG or PNG is let in.

A routine's own pictures (``image:`` names the loader finds beside the file) are
what a stranger can put on the user's disk through an import, so each is read
as what its name says before anything is written: an SVG is XML (through
defusedxml: no entities, no DTD) with an ``<svg>`` root, no scripts and no links
to other files; a PNG has its signature, an IHDR first, every chunk's CRC
right, and ends with IEND. The player draws them with Qt later; these checks
keep a renamed archive, an HTML page or a truncated download out.
"""

from __future__ import annotations

import zlib
from pathlib import PurePosixPath

from coach.core.routines.rules import MAX_IMAGE_BYTES, image_name

PICTURE_SUFFIXES = (".svg", ".png")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_SIDE = 8192  # pixels; a routine picture is a few hundred
_SVG_REFUSED = frozenset({"script", "foreignObject", "iframe", "embed", "object"})


def is_picture_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in PICTURE_SUFFIXES


def picture_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a routine's picture file, or None."""
    if problem := image_name(name):
        return problem
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        return "must be a plain file name"
    if not is_picture_name(name):
        return f"is not a picture (only {' and '.join(s[1:].upper() for s in PICTURE_SUFFIXES)} are)"
    return None


def picture_problem(name: str, data: bytes) -> str | None:
    """Why ``data`` is not a picture the player can show under ``name``, or None."""
    if problem := picture_name_problem(name):
        return problem
    if len(data) > MAX_IMAGE_BYTES:
        return f"is {len(data) / 2**20:.1f} MB; pictures may be at most {MAX_IMAGE_BYTES // 2**20} MB"
    if PurePosixPath(name).suffix.lower() == ".png":
        return _png_problem(data)
    return _svg_problem(data)


def _png_problem(data: bytes) -> str | None:
    if not data.startswith(PNG_SIGNATURE):
        return "is not a PNG picture (no PNG signature)"
    position, first = len(PNG_SIGNATURE), True
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            return "is a truncated PNG picture"
        body = data[position + 8 : end - 4]
        if zlib.crc32(kind + body) != int.from_bytes(data[end - 4 : end], "big"):
            return f"is a damaged PNG picture (chunk {kind!r} fails its CRC check)"
        if first:
            if kind != b"IHDR" or length != 13:
                return "is not a valid PNG picture (it does not start with its header chunk)"
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            if not (0 < width <= MAX_PNG_SIDE and 0 < height <= MAX_PNG_SIDE):
                return f"is {width}×{height} pixels; pictures may be at most {MAX_PNG_SIDE} on each side"
            first = False
        if kind == b"IEND":
            return None
        position = end
    return "is a truncated PNG picture (no end chunk)"


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _svg_problem(data: bytes) -> str | None:
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as SafeTree

    try:
        root = SafeTree.fromstring(data)
    except (defusedxml.EntitiesForbidden, defusedxml.DTDForbidden, defusedxml.ExternalReferenceForbidden):
        return "is an SVG picture with a document type or entity declarations; not read"
    except (ParseError, ValueError):
        return "is not a valid SVG picture (not XML)"
    if _local(root.tag) != "svg":
        return "is not an SVG picture (its root element is not <svg>)"
    for element in root.iter():
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in _SVG_REFUSED:
            return f"is an SVG picture with a <{tag}> element; pictures may only draw"
        for key, value in element.attrib.items():
            if _local(key) == "href" and not value.strip().startswith(("#", "data:image/")):
                return "is an SVG picture that links to another file; pictures must be whole in themselves"
    return None
