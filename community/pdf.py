"""A minimal PDF writer for plain text (the demo's reports and call rules, and tests): A4
pages, Helvetica in the PDF's WinAnsi encoding (French accents, « », €, ’), a title,
headings and wrapped paragraphs. Enough for a readable one-to-few-page document, without a
dependency; never used on visitors' input."""

import textwrap
import zlib

WIDTH, HEIGHT = 595, 842  # A4 in points
MARGIN = 56
# Helvetica's average glyph width is about half its size: wrap conservatively.
STYLES = {"title": (18, 52), "heading": (13, 70), "text": (10.5, 92)}
LEADING = 1.4


def _encode(text):
    return text.encode("cp1252", errors="replace")


def _escape(data):
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(blocks):
    """(style, text) blocks to (size, line or None for a gap) lines."""
    for style, text in blocks:
        size, width = STYLES[style]
        for paragraph in text.split("\n"):
            for line in textwrap.wrap(paragraph, width) or [""]:
                yield size, line, style != "text"
        yield size * 0.6, None, False


def _pages(blocks):
    pages, current, y = [], [], HEIGHT - MARGIN
    for size, line, bold in _lines(blocks):
        step = size * LEADING
        if y - step < MARGIN and line is not None:
            pages.append(current)
            current, y = [], HEIGHT - MARGIN
        y -= step
        if line:
            current.append((size, y, line, bold))
    pages.append(current)
    return pages


def render(title, blocks):
    """The bytes of a PDF: `blocks` is a list of ("title" | "heading" | "text", text)."""
    pages = _pages([("title", title), *blocks])
    objects = []  # bytes of objects 1..n, in order

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    tree = add(None)
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for lines in pages:
        stream = b"".join(
            b"BT /%s %.1f Tf %d %.1f Td (%s) Tj ET\n"
            % (b"F2" if is_bold else b"F1", size, MARGIN, y, _escape(_encode(line)))
            for size, y, line, is_bold in lines
        )
        data = zlib.compress(stream)
        content = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
        )
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (tree, WIDTH, HEIGHT, content, regular, bold)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    info = add(b"<< /Title (%s) /Producer (Hauts les jeunes) >>" % _escape(_encode(title)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(out)
