"""A minimal Outlook .msg writer for tests: a Compound File (MS-CFB v3) holding MS-OXMSG streams.

Why written here: extract-msg only reads .msg files and olefile only rewrites streams of an
existing file in place, and no .msg fixture may come from outside the project. The writer covers
what a test message needs: a storage tree, streams in the mini stream (under 4,096 bytes) or in
ordinary sectors, one FAT and MiniFAT chain each, all-black directory entries chained through
right siblings (readers build the tree from the links; balance is not checked). The message has
subject, sender, recipients, a Date (in transport headers and PR_CLIENT_SUBMIT_TIME), a plain
body and attachments by value; an attached message goes in as an embedded message storage.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x0003, 0x0040, 0x001F, 0x0102, 0x000D


class _Node:
    def __init__(self, name: str, data: bytes | None = None):
        self.name, self.data = name, data  # data None: a storage
        self.children: list[_Node] = []
        self.sid = 0

    def add(self, node: _Node) -> _Node:
        self.children.append(node)
        return node


def _key(node: _Node) -> tuple[int, str]:
    return (len(node.name), node.name.upper())


def _compound_file(root: _Node) -> bytes:
    entries: list[_Node] = []

    def number(node: _Node) -> None:
        node.sid = len(entries)
        entries.append(node)
        for child in sorted(node.children, key=_key):
            number(child)

    number(root)
    mini_stream = bytearray()
    minifat: list[int] = []
    big: list[tuple[_Node, bytes]] = []
    start: dict[int, int] = {}
    for node in entries[1:]:
        if node.data is None:
            continue
        if len(node.data) < CUTOFF:
            if not node.data:
                start[node.sid] = END
                continue
            first = len(mini_stream) // MINI
            count = -(-len(node.data) // MINI)
            minifat += [first + i + 1 for i in range(count - 1)] + [END]
            start[node.sid] = first
            mini_stream += node.data + b"\0" * (count * MINI - len(node.data))
        else:
            big.append((node, node.data))
    chains: list[tuple[int, int]] = []  # (first sector, count) in order of layout
    sectors: list[bytes] = []

    def place(data: bytes) -> int:
        first = len(sectors)
        count = max(1, -(-len(data) // SECTOR))
        padded = data + b"\0" * (count * SECTOR - len(data))
        sectors.extend(padded[i * SECTOR:(i + 1) * SECTOR] for i in range(count))
        chains.append((first, count))
        return first

    for node, data in big:
        start[node.sid] = place(data)
    root_start = place(bytes(mini_stream)) if mini_stream else END
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    minifat_start = place(minifat_bytes) if minifat else END
    minifat_count = chains[-1][1] if minifat else 0

    def entry(node: _Node, left: int, right: int, child: int) -> bytes:
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if node is root else (1 if node.data is None else 2)
        if node is root:
            first, size = root_start, len(mini_stream)
        elif node.data is None:
            first, size = 0, 0
        else:
            first, size = start[node.sid], len(node.data)
        return (name.ljust(64, b"\0") + struct.pack("<HBB3I", len(name), kind, 1, left, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", first, size))

    links: dict[int, tuple[int, int, int]] = {0: (NOSTREAM, NOSTREAM, NOSTREAM)}
    for node in entries:
        kids = sorted(node.children, key=_key)
        if node is not root:
            links.setdefault(node.sid, (NOSTREAM, NOSTREAM, NOSTREAM))
        if kids:
            left, right, _ = links[node.sid]
            links[node.sid] = (left, right, kids[0].sid)
            for a, b in zip(kids, kids[1:] + [None]):
                links[a.sid] = (NOSTREAM, b.sid if b else NOSTREAM, NOSTREAM)
    directory = b"".join(entry(n, *links[n.sid]) for n in entries)
    directory += b"\0" * (-len(directory) % SECTOR)
    dir_start = place(directory)
    n_fat = 1
    while -(-(len(sectors) + n_fat) // (SECTOR // 4)) > n_fat:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("test message too large for a header-only DIFAT")
    fat = [FREE] * (n_fat * SECTOR // 4)
    for first, count in chains:
        for i in range(count):
            fat[first + i] = first + i + 1 if i < count - 1 else END
    fat_first = len(sectors)
    for i in range(n_fat):
        fat[fat_first + i] = FATSECT
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    difat = [fat_first + i for i in range(n_fat)] + [FREE] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF, minifat_start, minifat_count, END, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == SECTOR
    return header + b"".join(sectors) + fat_bytes


def _filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


def _fill(storage: _Node, strings: dict[int, str], binaries: dict[int, bytes], longs: dict[int, int],
          times: dict[int, dt.datetime], header: bytes) -> None:
    """Property streams for a message or an attachment storage: variable-size values in
    __substg1.0_ streams, fixed ones and the sizes in __properties_version1.0."""
    props = bytearray(header)
    for pid, text in strings.items():
        data = text.encode("utf-16-le")
        storage.add(_Node(f"__substg1.0_{pid:04X}{PT_UNICODE:04X}", data))
        props += struct.pack("<IIII", (pid << 16) | PT_UNICODE, 6, len(data) + 2, 0)
    for pid, data in binaries.items():
        storage.add(_Node(f"__substg1.0_{pid:04X}{PT_BINARY:04X}", data))
        props += struct.pack("<IIII", (pid << 16) | PT_BINARY, 6, len(data), 0)
    for pid, value in longs.items():
        props += struct.pack("<IIiI", (pid << 16) | PT_LONG, 6, value, 0)
    for pid, when in times.items():
        props += struct.pack("<IIQ", (pid << 16) | PT_SYSTIME, 6, _filetime(when))
    storage.add(_Node("__properties_version1.0", bytes(props)))


def _message(storage: _Node, *, subject: str, sender: str, sender_email: str, to: str, date: dt.datetime,
             body: str, attachments: Sequence[tuple[str, bytes]], messages: Sequence[dict], top: bool) -> None:
    headers = (f"From: {sender} <{sender_email}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
               f"Date: {date.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\nMessage-ID: <t@example.test>\r\n\r\n")
    count = len(attachments) + len(messages)
    # 32-byte header for the top message, 24 for an embedded one (MS-OXMSG 2.4.1)
    head = b"\0" * 8 + struct.pack("<IIII", 1, count, 1, count) + (b"\0" * 8 if top else b"")
    _fill(storage,
          {0x001A: "IPM.Note", 0x0037: subject, 0x0C1A: sender, 0x0C1F: sender_email, 0x0E04: to, 0x1000: body,
           0x007D: headers},
          {}, {}, {0x0039: date, 0x0E06: date}, head)
    recip = storage.add(_Node("__recip_version1.0_#00000000"))
    _fill(recip, {0x3001: to, 0x3003: to, 0x39FE: to}, {}, {0x0C15: 1}, {}, b"\0" * 8)
    index = 0
    for name, data in attachments:
        att = storage.add(_Node(f"__attach_version1.0_#{index:08X}"))
        _fill(att, {0x3707: name, 0x3704: name[:12], 0x3001: name}, {0x3701: data}, {0x3705: 1, 0x0E21: index}, {}, b"\0" * 8)
        index += 1
    for spec in messages:
        att = storage.add(_Node(f"__attach_version1.0_#{index:08X}"))
        _fill(att, {0x3001: spec["subject"]}, {}, {0x3705: 5, 0x0E21: index}, {}, b"\0" * 8)
        props = att.children[-1]
        props.data += struct.pack("<IIII", (0x3701 << 16) | PT_OBJECT, 6, 0xFFFFFFFF, 0)
        inner = att.add(_Node("__substg1.0_3701000D"))
        _message(inner, top=False, **{"attachments": (), "messages": (), **spec})
        index += 1


def msg_bytes(
    *,
    subject: str = "Quotation for CCTV cameras",
    sender: str = "Sales Desk",
    sender_email: str = "sales@example-integrator.test",
    to: str = "procurement@city.example",
    date: dt.datetime = dt.datetime(2025, 3, 4, 8, 15, tzinfo=dt.UTC),
    body: str = "Dear procurement team,\r\n\r\nplease find our quotation attached.\r\n",
    attachments: Sequence[tuple[str, bytes]] = (),
    messages: Sequence[dict] = (),
) -> bytes:
    """An Outlook message with `attachments` ((filename, bytes) by value) and `messages` (dicts of
    msg_bytes keyword arguments, attached as embedded messages)."""
    root = _Node("Root Entry")
    nameid = root.add(_Node("__nameid_version1.0"))
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        nameid.add(_Node(stream, b""))
    _message(root, subject=subject, sender=sender, sender_email=sender_email, to=to, date=date, body=body,
             attachments=attachments, messages=messages, top=True)
    return _compound_file(root)
