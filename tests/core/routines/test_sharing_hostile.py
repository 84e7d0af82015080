"""Hostile routine archives and pictures: each refused with a reason, and nothing written anywhere."""

import stat
import warnings
import zipfile
import zlib

import pytest

from coach.core.routines import sharing
from coach.core.routines.archive import MAX_MEMBERS
from coach.core.routines.catalog import load_catalog
from coach.core.routines.picture_check import picture_problem
from coach.core.routines.sharing import ImportRefused, OnClash
from tests.core.routine_text import TINY

SVG = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><rect width='5' height='5'/></svg>"
ROUTINE = TINY.replace("cues: [Rise slowly]", "cues: [Rise slowly]\n    image: mine.svg")


def png(width=1, height=1):
    """A real PNG: signature, IHDR, one IDAT, IEND, each chunk with its CRC."""
    def chunk(kind, body):
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 6, 0, 0, 0])
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * 4 * width for _ in range(height)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG_1x1 = png()


def member(name, data, mode=None):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    return info, data


def make_zip(path, *members):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicate name warns
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                archive.writestr(info, data)
    return path


def good(*extra):
    return (member("tiny.routine.yaml", ROUTINE), member("mine.svg", SVG), *extra)


def everything(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(path, data_paths, tmp_path):
    """The reasons ``path`` is refused for, after checking that the import wrote nothing anywhere."""
    before = everything(tmp_path)
    with pytest.raises(ImportRefused) as caught:
        sharing.import_file(path, data_paths.routines, load_catalog(data_paths.routines), OnClash.REPLACE)
    assert everything(tmp_path) == before  # not the routines folder, not beside the archive, not above it
    assert not data_paths.routines.exists()
    message = str(caught.value)
    assert message.startswith(str(path)) or f"{path}/" in message
    return message


def test_a_good_archive_is_imported(tmp_path, data_paths):
    sent = make_zip(tmp_path / "ok.zip", *good())
    assert sharing.import_file(sent, data_paths.routines, load_catalog(data_paths.routines)).outcome == "added"
    assert sorted(everything(data_paths.routines)) == ["mine.svg", "tiny.yaml"]


@pytest.mark.parametrize(("members", "reason"), [
    ((member("../mine.svg", SVG),), "climbs out of the archive with '..' (a zip slip)"),
    ((member("pics/../../mine.svg", SVG),), "zip slip"),
    ((member("/tmp/mine.svg", SVG),), "is an absolute or Windows path"),
    ((member("C:\\mine.svg", SVG),), "is an absolute or Windows path"),
    ((member("pics/mine.svg", SVG),), "is inside a folder"),
    ((member("pics/", b""),), "is a folder"),
    ((member("link.svg", b"/etc/passwd", mode=stat.S_IFLNK | 0o777),), "is a symbolic link"),
    ((member("fifo.svg", b"", mode=stat.S_IFIFO | 0o644),), "is not a regular file"),
    ((member("inner.zip", b"PK\x05\x06" + bytes(18)),), "is an archive inside the archive"),
    ((member("inner.tar.gz", b"\x1f\x8b"),), "is an archive inside the archive"),
    ((member("sneaky.png", b"PK\x03\x04" + bytes(40)),), "is an archive inside the archive"),
    ((member("notes.txt", b"hello"),), "is neither the routine file (.yaml) nor a picture"),
    ((member("run.sh", b"rm -rf ~"),), "is neither the routine file"),
    ((member("photo.jpg", b"\xff\xd8\xff"),), "is neither the routine file"),
    ((member(".hidden.svg", SVG),), "must be a plain file name"),
    ((member("mine.svg", SVG),), "more than once"),
    ((member("second.yaml", TINY),), "holds 2 routine files"),
    ((member("esc\x1b[2J.svg", SVG),), "characters a file name should not have"),
], ids=lambda value: value if isinstance(value, str) else None)  # fmt: skip
def test_archive_members_that_could_do_harm_are_refused(tmp_path, data_paths, members, reason):
    sent = make_zip(tmp_path / "sent.zip", *good(*members))
    assert reason in refused(sent, data_paths, tmp_path)


def test_too_many_members_and_too_much_unpacked_are_refused_before_anything_is_read(tmp_path, data_paths):
    many = make_zip(tmp_path / "many.zip", *good(*(member(f"p{n}.svg", SVG) for n in range(MAX_MEMBERS))))
    assert f"a routine archive holds at most {MAX_MEMBERS}" in refused(many, data_paths, tmp_path)
    heavy = b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * (2**20 - 100) + b"</svg>"
    big = make_zip(tmp_path / "big.zip", *good(*(member(f"p{n}.svg", heavy) for n in range(17))))
    assert "the archive unpacks to 17.0 MB; at most 16 MB" in refused(big, data_paths, tmp_path)
    one = make_zip(tmp_path / "one.zip", *good(member("huge.svg", heavy + b" " * 2**20)))
    assert "'huge.svg' is 2.0 MB unpacked; at most 1 MB" in refused(one, data_paths, tmp_path)


def test_an_encrypted_member_is_refused(tmp_path, data_paths):
    sent = make_zip(tmp_path / "secret.zip", *good())
    data = bytearray(sent.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local and central headers of mine.svg
        at = data.rfind(signature)
        data[at + flags_at] |= 0x1
    sent.write_bytes(bytes(data))
    assert "'mine.svg' is encrypted" in refused(sent, data_paths, tmp_path)
    assert picture_problem("big.png", png(9000, 1)).startswith("is 9000×1 pixels")


def test_a_member_that_unpacks_to_more_than_its_header_says_is_refused(tmp_path, data_paths):
    sent = make_zip(tmp_path / "liar.zip", *good(member("bomb.svg", b"<svg/>" + b" " * 3 * 2**20)))
    data = bytearray(sent.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last member's central directory entry: claim 100 bytes
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    sent.write_bytes(bytes(data))
    message = refused(sent, data_paths, tmp_path)
    assert "'bomb.svg'" in message and ("cannot be unpacked" in message or "more than its header says" in message)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("mine.svg", b"<html><body>hi</body></html>", "is not an SVG picture (its root element is not <svg>)"),
    ("mine.svg", b"not xml at all <", "is not a valid SVG picture (not XML)"),
    ("mine.svg", b"<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;'>]><svg>&b;</svg>",
     "document type or entity declarations"),
    ("mine.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "with a <script> element"),
    ("mine.svg", b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'>"
                 b"<image x:href='file:///etc/passwd'/></svg>", "links to another file"),
    ("mine.svg", PNG_1x1, "is not a valid SVG picture"),
    ("mine.png", SVG, "is not a PNG picture (no PNG signature)"),
    ("mine.png", PNG_1x1[:-20], "is a truncated PNG picture"),
    ("mine.png", PNG_1x1[:30] + b"\x00" + PNG_1x1[31:], "fails its CRC check"),
], ids=lambda value: value if isinstance(value, str) and len(value) < 60 else None)  # fmt: skip
def test_pictures_that_are_not_what_their_name_says_are_refused(tmp_path, data_paths, name, data, reason):
    assert picture_problem("ok.png", PNG_1x1) is None and picture_problem("ok.svg", SVG) is None
    routine = ROUTINE.replace("mine.svg", name)
    sent = make_zip(tmp_path / "pictures.zip", member("tiny.routine.yaml", routine), member(name, data))
    assert reason in refused(sent, data_paths, tmp_path)


def test_the_routine_inside_is_refused_as_the_loader_refuses_it_with_file_line_and_column(tmp_path, data_paths):
    bomb = "id: tiny\ntitle: &a Tiny\nwhen: *a\n"
    sent = make_zip(tmp_path / "bomb.zip", member("tiny.routine.yaml", bomb), member("mine.svg", SVG))
    assert f"{tmp_path / 'bomb.zip'}/tiny.routine.yaml:2:8: anchors and aliases" in refused(sent, data_paths, tmp_path)
    typo = make_zip(tmp_path / "typo.zip", member("t.yaml", ROUTINE.replace("duration_s: 30", "duraton_s: 30")),
                    member("mine.svg", SVG))  # fmt: skip
    assert f"{tmp_path / 'typo.zip'}/t.yaml:11:5: unknown key 'duraton_s'" in refused(typo, data_paths, tmp_path)
    missing = make_zip(tmp_path / "missing.zip", member("t.yaml", ROUTINE))
    message = refused(missing, data_paths, tmp_path)
    assert "'image' 'mine.svg' not found in" in message and "coach-routine-" not in message  # no temporary folder named
    huge = make_zip(tmp_path / "huge.zip", member("t.yaml", ROUTINE + "#" * 300_000))
    assert "'t.yaml' is 0.3 MB unpacked; at most 0.25 MB" in refused(huge, data_paths, tmp_path)


def test_files_that_are_not_archives_are_refused_in_words(tmp_path, data_paths):
    text = tmp_path / "fake.zip"
    text.write_text(ROUTINE)
    assert "is not a readable zip archive" in refused(text, data_paths, tmp_path)
    empty = make_zip(tmp_path / "empty.zip")
    assert "the archive is empty" in refused(empty, data_paths, tmp_path)
    pictures_only = make_zip(tmp_path / "pictures.zip", member("mine.svg", SVG))
    assert "holds 0 routine files" in refused(pictures_only, data_paths, tmp_path)
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    assert "is a folder, not a regular file" in refused(folder, data_paths, tmp_path)
