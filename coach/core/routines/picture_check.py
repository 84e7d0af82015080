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

from coach.core.i18n import _
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
        return _("must be a plain file name")
    if not is_picture_name(name):
        first, second = (suffix[1:].upper() for suffix in PICTURE_SUFFIXES)
        return _("is not a picture (only {first} and {second} are)").format(first=first, second=second)
    return None


def picture_problem(name: str, data: bytes) -> str | None:
    """Why ``data`` is not a picture the player can show under ``name``, or None."""
    if problem := picture_name_problem(name):
        return problem
    if len(data) > MAX_IMAGE_BYTES:
        return _("is {size:.1f} MB; pictures may be at most {limit} MB").format(
            size=len(data) / 2**20, limit=MAX_IMAGE_BYTES // 2**20)
    if PurePosixPath(name).suffix.lower() == ".png":
        return _png_problem(data)
    return _svg_problem(data)


def _png_problem(data: bytes) -> str | None:
    if not data.startswith(PNG_SIGNATURE):
        return _("is not a PNG picture (no PNG signature)")
    position, first = len(PNG_SIGNATURE), True
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            return _("is a truncated PNG picture")
        body = data[position + 8 : end - 4]
        if zlib.crc32(kind + body) != int.from_bytes(data[end - 4 : end], "big"):
            return _("is a damaged PNG picture (chunk {chunk} fails its CRC check)").format(chunk=repr(kind))
        if first:
            if kind != b"IHDR" or length != 13:
                return _("is not a valid PNG picture (it does not start with its header chunk)")
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            if not (0 < width <= MAX_PNG_SIDE and 0 < height <= MAX_PNG_SIDE):
                return _("is {width}×{height} pixels; pictures may be at most {limit} on each side").format(
                    width=width, height=height, limit=MAX_PNG_SIDE)
            first = False
        if kind == b"IEND":
            return None
        position = end
    return _("is a truncated PNG picture (no end chunk)")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _svg_problem(data: bytes) -> str | None:
    from xml.etree.ElementTree import ParseError

    import defusedxml
    import defusedxml.ElementTree as SafeTree

    try:
        root = SafeTree.fromstring(data)
    except (defusedxml.EntitiesForbidden, defusedxml.DTDForbidden, defusedxml.ExternalReferenceForbidden):
        return _("is an SVG picture with a document type or entity declarations; not read")
    except (ParseError, ValueError):
        return _("is not a valid SVG picture (not XML)")
    if _local(root.tag) != "svg":
        return _("is not an SVG picture (its root element is not <svg>)")
    for element in root.iter():
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in _SVG_REFUSED:
            return _("is an SVG picture with a <{tag}> element; pictures may only draw").format(tag=tag)
        for key, value in element.attrib.items():
            if _local(key) == "href" and not value.strip().startswith(("#", "data:image/")):
                return _("is an SVG picture that links to another file; pictures must be whole in themselves")
    return None
