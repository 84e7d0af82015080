"""A minimal FIT encoder, enough for test fixtures: header, definition and data
messages (little-endian), and the FIT CRC-16 over header and file.

FIT times count seconds from 1989-12-31 00:00 UTC.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
_CRC_TABLE = (0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
              0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400)  # fmt: skip
# base type: (id byte, struct format)
ENUM, UINT8, UINT16, UINT32, UINT32Z = (0x00, "B"), (0x02, "B"), (0x84, "H"), (0x86, "I"), (0x8C, "I")


def crc16(data: bytes, crc: int = 0) -> int:
    for byte in data:
        for nibble in (byte & 0xF, (byte >> 4) & 0xF):
            tmp = _CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ _CRC_TABLE[nibble]
    return crc


def fit_time(value: datetime) -> int:
    return int((value - FIT_EPOCH).total_seconds())


@dataclass
class FitWriter:
    """Messages are added as (global number, [(field number, base type, value)]); each
    distinct layout gets a definition message on its own local type."""

    records: bytearray = field(default_factory=bytearray)
    _layouts: dict[tuple[int, tuple[tuple[int, int], ...]], int] = field(default_factory=dict)

    def message(self, global_number: int, fields: Sequence[tuple[int, tuple[int, str], int]]) -> None:
        layout = (global_number, tuple((number, kind[0]) for number, kind, _ in fields))
        local = self._layouts.get(layout)
        if local is None:
            local = len(self._layouts) % 16
            self._layouts[layout] = local
            self.records += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_number, len(fields))
            for number, kind, _ in fields:
                self.records += struct.pack("<BBB", number, struct.calcsize(kind[1]), kind[0])
        self.records += bytes([local])
        for _, kind, value in fields:
            self.records += struct.pack("<" + kind[1], value)

    def bytes(self) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.records), b".FIT")
        header += struct.pack("<H", crc16(header))
        body = header + bytes(self.records)
        return body + struct.pack("<H", crc16(body))


SPORTS = {"running": 1, "cycling": 2, "walking": 11}
SUB_SPORTS = {"generic": 0, "treadmill": 1, "trail": 3}


def garmin_run(start: datetime, km: float, minutes: float, laps: int = 3, sport: str = "running",
               sub_sport: str = "generic", avg_hr: int = 148, ascent: int = 42, records: int = 20) -> bytes:  # fmt: skip
    """A Garmin-like activity: file_id, records, laps and one session (with the watch's totals)."""
    writer = FitWriter()
    t0, seconds, metres = fit_time(start), minutes * 60, km * 1000
    writer.message(0, [(0, ENUM, 4), (1, UINT16, 1), (2, UINT16, 3113), (3, UINT32Z, 3_912_345_678), (4, UINT32, t0)])
    for i in range(records + 1):
        writer.message(20, [(253, UINT32, t0 + int(seconds * i / records)), (5, UINT32, int(metres * 100 * i / records)),
                            (3, UINT8, avg_hr - 5 + i % 10)])  # fmt: skip
    for lap in range(laps):
        lap_start = t0 + int(seconds * lap / laps)
        writer.message(19, [(253, UINT32, lap_start + int(seconds / laps)), (2, UINT32, lap_start),
                            (7, UINT32, int(seconds / laps * 1000)), (8, UINT32, int(seconds / laps * 1000)),
                            (9, UINT32, int(metres / laps * 100))])  # fmt: skip
    writer.message(18, [(253, UINT32, t0 + int(seconds)), (2, UINT32, t0), (5, ENUM, SPORTS[sport]),
                        (6, ENUM, SUB_SPORTS[sub_sport]), (7, UINT32, int(seconds * 1000 + 30_000)),
                        (8, UINT32, int(seconds * 1000)), (9, UINT32, int(metres * 100)),
                        (16, UINT8, avg_hr), (22, UINT16, ascent)])  # fmt: skip
    return writer.bytes()
