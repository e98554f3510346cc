"""The items of a JSON array, read a chunk at a time so a large export never sits in memory.

Handles the shapes the platforms export: a top-level array, the array under one key of a
top-level object (`orderedItems`, `posts`, `feed`), and either after a JavaScript
assignment (`window.YTD.tweets.part0 = [...]`). Each item is decoded with the standard
library's `raw_decode` from a buffer that keeps only the unread part of the file.
"""

import codecs
import json
import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..records import ArchiveFileError

A_LIST = gettext_lazy("a list")  # what a file should hold, unless the format says more
CHUNK = 1 << 16
MAX_ITEM = 8 << 20  # characters one item may span; a post is a few kB
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonItems:
    """Iterate `(row, line, item)`: row counts items from 1, line is where the item starts."""

    def __init__(self, binary_file, file_name, *, prefix=None, keys=(), expects=A_LIST):
        self.file, self.file_name = binary_file, file_name
        self.prefix, self.keys, self.expects = prefix, keys, expects
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf, self.pos, self.eof = "", 0, False
        self.line, self.counted = 1, 0  # the line at buffer index `counted`
        self.key = None  # which of `keys` held the array, once found
        self.prefix_match = None
        self._opened = False

    def open(self):
        """Read up to the start of the data; returns the prefix's match, if a prefix is set."""
        if self._opened:
            return self.prefix_match
        self._opened = True
        while len(self.buf) < 1024 and self._more():
            pass
        if self.prefix is not None:
            self.prefix_match = self.prefix.match(self.buf)
            if not self.prefix_match:
                raise ArchiveFileError(
                    self.file_name, _("does not start like a Twitter archive file")
                )
            self.pos = self.prefix_match.end()
        return self.prefix_match

    def __iter__(self):
        self.open()
        start = self._skip_space()
        if start == "[":
            yield from self._array()
            self._end()
        elif start == "{" and self.keys:
            yield from self._object()
        else:
            raise ArchiveFileError(
                self.file_name, _("should hold %(expected)s") % {"expected": self.expects}
            )

    # Reading

    def _more(self, at_least=0):
        """Append the next chunk, first dropping what has been read. False at the end."""
        if self.eof:
            return False
        data = self.file.read(max(at_least, CHUNK))
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            line = self._line_at(len(self.buf))
            raise ArchiveFileError(
                self.file_name,
                _("is not UTF-8 text (after line %(line)s); save it as UTF-8") % {"line": line},
            ) from None
        self.eof = not data
        if self.pos:
            self._line_at(self.pos)
            self.buf, self.counted, self.pos = self.buf[self.pos :], self.counted - self.pos, 0
        self.buf += text
        return True

    def _line_at(self, index):
        if index > self.counted:
            self.line += self.buf.count("\n", self.counted, index)
            self.counted = index
        return self.line

    def _skip_space(self):
        """The next character that is not whitespace, or "" at the end of the file."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _value(self, row):
        """Decode the value at the current position, reading on while it is cut off."""
        self._skip_space()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                # Cut off by the chunk's end (not invalid): the error sits at the end, or a
                # string has not closed yet.
                cut = error.msg.startswith("Unterminated string") or error.pos >= len(self.buf) - 8
                if cut and self._grow(row):
                    continue
                line = self._line_at(max(error.pos, self.pos))
                raise ArchiveFileError(
                    self.file_name,
                    _("is not valid JSON at line %(line)s: %(error)s")
                    % {"line": line, "error": error.msg},
                    row=row,
                ) from None
            except ValueError as error:  # e.g. an integer of more than 4300 digits
                raise ArchiveFileError(
                    self.file_name, _("is not valid JSON: %(error)s") % {"error": error}, row=row
                ) from None
            except RecursionError:
                raise ArchiveFileError(self.file_name, _("is nested too deeply"), row=row) from None
            # A number ending with the buffer may go on in the next chunk.
            if end == len(self.buf) and self._grow(row):
                continue
            self.pos = end
            return value

    def _grow(self, row):
        if self.eof:
            return False
        if len(self.buf) - self.pos > MAX_ITEM:
            raise ArchiveFileError(
                self.file_name,
                _("has an item longer than %(size)s MB") % {"size": MAX_ITEM >> 20},
                row=row,
            )
        # Doubling keeps re-decoding a long item linear in its length.
        return self._more(at_least=len(self.buf) - self.pos)

    # Structure

    def _expect(self, expected, row):
        found = self._skip_space()
        if not found or found not in expected:
            line = self._line_at(self.pos)
            what = f"“{found}”" if found else _("the end of the file")
            wanted = _(" or ").join(f"“{char}”" for char in expected)
            raise ArchiveFileError(
                self.file_name,
                _("is not valid JSON at line %(line)s: %(found)s where %(wanted)s belongs")
                % {"line": line, "found": what, "wanted": wanted},
                row=row,
            )
        self.pos += 1
        return found

    def _array(self):
        self.pos += 1
        if self._skip_space() == "]":
            self.pos += 1
            return
        row = 0
        while True:
            row += 1
            self._skip_space()
            line = self._line_at(self.pos)
            yield row, line, self._value(row)
            if self._expect(",]", row) == "]":
                return

    def _object(self):
        """The items of the array under one of `keys`, reading the whole object as json.load.

        Like json.load, the last of duplicate keys wins: Mastodon's backup writes
        `"orderedItems":[]` and then the real list under the same key. Items are yielded
        as they are read, so a list followed by another non-empty one under the same key
        is refused (the import is one transaction, so nothing stays).
        """
        self.pos += 1
        found = 0  # items yielded from the latest array under one of `keys`
        if self._skip_space() != "}":
            while True:
                if self._skip_space() != '"':
                    self._expect('"', None)
                key = self._value(None)
                self._expect(":", None)
                if self._skip_space() == "[" and key in self.keys:
                    if found:
                        line = self._line_at(self.pos)
                        raise ArchiveFileError(
                            self.file_name,
                            _("has a second “%(key)s” list at line %(line)s; only one is read")
                            % {"key": key, "line": line},
                        )
                    self.key = key
                    for item in self._array():
                        found += 1
                        yield item
                else:
                    self._value(None)  # another key's value: decoded and dropped
                if self._expect(",}", None) == "}":
                    break
        if self.key is None:
            raise ArchiveFileError(
                self.file_name, _("should hold %(expected)s") % {"expected": self.expects}
            )
        self._end()

    def _end(self):
        after = self._skip_space()
        if after == ";":  # a JavaScript statement's end
            self.pos += 1
            after = self._skip_space()
        if after:
            line = self._line_at(self.pos)
            raise ArchiveFileError(
                self.file_name,
                _("has more text after its list, at line %(line)s") % {"line": line},
            )
