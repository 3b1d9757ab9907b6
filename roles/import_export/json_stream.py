"""Read an import file's JSON one role guide at a time (ijson), so memory does not grow with the file.

``read_top_level`` tells the file's shape (``{"roles": [...]}``, a bare list, one bare guide, or
something else) and yields its parts; each guide is built as plain Python values (like ``json.loads``,
floats for non-integers) only when its closing bracket is read, and an object that gives a key twice
is refused. A file that is not UTF-8 JSON raises ``InvalidJson``: the caller then reads it whole with
the standard library for the exact message (line and column), on that error path only.
"""

from collections.abc import Iterator
from typing import BinaryIO

import ijson

BOM = b"\xef\xbb\xbf"


class InvalidJson(Exception):
    """The bytes are not well-formed UTF-8 JSON (ijson does not say where in the standard library's terms)."""


class DuplicateKey(ValueError):
    pass


class Guide:
    """One item of the list of guides, with its position in it."""

    def __init__(self, position: int, value: object):
        self.position = position
        self.value = value


class OtherKey:
    """A top-level key of an object that also holds ``"roles"`` (the envelope), with its value."""

    def __init__(self, key: str, value: object):
        self.key = key
        self.value = value


class Scalar:
    """The whole file is one number, string, true, false or null."""

    def __init__(self, value: object):
        self.value = value


def first_byte(stream: BinaryIO) -> bytes:
    """The first byte that is not whitespace (after a UTF-8 byte-order mark, which is skipped); the
    stream is left positioned at the start of the JSON. Empty bytes for an empty or blank file."""
    start = 3 if stream.read(3) == BOM else 0
    stream.seek(start)
    while chunk := stream.read(65536):
        stripped = chunk.lstrip()
        if stripped:
            stream.seek(start)
            return stripped[:1]
    return b""


def read_top_level(stream: BinaryIO) -> Iterator[Guide | OtherKey | Scalar]:
    """The parts of the file at ``stream`` (positioned by ``first_byte``), in file order.

    A list yields ``Guide`` items; an object holding ``"roles"`` yields ``Guide`` items for its list
    and ``OtherKey`` for its other keys; an object without ``"roles"`` is one guide, yielded whole as
    ``Guide(0, {...})``; a ``"roles"`` that is not a list is yielded as ``OtherKey("roles", value)``."""
    events = _events(stream)
    _, event, value = next(events)
    if event == "start_array":
        yield from _items(events)
    elif event == "start_map":
        yield from _object(events)
    else:
        yield Scalar(value)
    for _ in events:  # trailing garbage is a syntax error, raised here
        pass


def _object(events) -> Iterator[Guide | OtherKey]:
    keys: set[str] = set()
    guide: dict = {}
    for _, event, value in events:
        if event == "end_map":  # the top-level object's end: inner objects are consumed by _build
            break
        key = _check_key(keys, value)  # a map_key at the top level
        _, event, value = next(events)
        if key == "roles" and event == "start_array":
            yield from _items(events)
        elif key == "roles":
            yield OtherKey("roles", _build(events, event, value))
        else:
            guide[key] = _build(events, event, value)
    if "roles" in keys:
        yield from (OtherKey(key, value) for key, value in guide.items())
    else:
        yield Guide(0, guide)


def _items(events) -> Iterator[Guide]:
    position = 0
    for _, event, value in events:
        if event == "end_array":  # the list's own end: an item's inner lists are consumed by _build
            return
        yield Guide(position, _build(events, event, value))
        position += 1


def _build(events, event: str, value: object) -> object:
    """The complete value that starts with ``event``, consuming its events."""
    if event == "start_map":
        result, keys = {}, set()
        for _, inner, inner_value in events:
            if inner == "end_map":
                return result
            key = _check_key(keys, inner_value)
            _, inner, inner_value = next(events)
            result[key] = _build(events, inner, inner_value)
    if event == "start_array":
        items = []
        for _, inner, inner_value in events:
            if inner == "end_array":
                return items
            items.append(_build(events, inner, inner_value))
    return value


def _check_key(keys: set, key: str) -> str:
    if key in keys:
        raise DuplicateKey(f'the key "{key}" appears twice in one object')
    keys.add(key)
    return key


def _events(stream: BinaryIO):
    try:
        yield from ijson.parse(stream, use_float=True)
    except (ijson.JSONError, UnicodeDecodeError) as error:
        raise InvalidJson(str(error)) from None
