"""Values a hostile or careless user types, pastes or imports, shared by the fuzz tests."""

NASTY = [
    "", " ", "0", "1", "10", "11", "-1", "-0", "3.5", "+5", " 5 ", "5_0", "0x5", "1e309", "-1e309", "nan", "NaN",
    "inf", "-inf", "99999999999999999999999", "٣", "１０", "²", "8,2", "8.2.1", "1,000.5", "500", "500.001", "0.0001",
    "\udcff", "\u202e10", "é", "🦵", "a" * 3000, "a" * 2001, "x" * 81, "Trail", " Trail ", "trail", "--left",
    "2026-11-23", "2026-11-23T08:00", "2026-11-23 08:00", "9999-12-31T23:59:59", "0001-01-01", "0001-01-01T00:00+01:00",
    "9999-12-31T23:59-01:00", "1899-12-31", "2026-02-30", "2026-11-23T08:00Z", "2026-11-23T25:00", "24:00", "52:30",
    "1:05:30", "1:99", "::", "1:2:3:4", "-5:00", "9999:00", "2880", "2881", ":", "0:0:0",
    "front", "front,inside", "front;back", "FRONT, Below", "front,,", "knee", "aching", "sharp,stiff", "burning;x",
    "swelling", "giving way", "Locking", "cannot-bear-weight", "redness,unknown",
    "after-run", "during-run", "next-morning", "during-routine", "other", "After Run", "later",
    "completed", "stopped", "stopped-for-pain", "interrupted", "in-progress", "Stopped For Pain",
    "knee-strength", "pre-run-warm-up", "no-such-routine", "../knee-strength",
]  # fmt: skip
