"""Small helpers for tests that read rendered HTML."""

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(html, tag, **attrs):
    """Every element with this tag whose attributes include `attrs`."""
    collector = _Collector()
    collector.feed(html)
    return [
        found
        for name, found in collector.elements
        if name == tag and all(found.get(_attribute(k)) == v for k, v in attrs.items())
    ]


def _attribute(keyword):
    """`class_` stands for class, `http_equiv` for http-equiv."""
    return keyword.rstrip("_").replace("_", "-")


def text_of(response):
    return response.content.decode()
