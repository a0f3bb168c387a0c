"""Prose for bulk content: sentences chained word by word from the demo's own texts.

The demo's YAML files (every app's `demo/` folder) hold a few thousand distinct French and
English words in real sentences. A word-pair chain built from them writes paragraphs of
varied length that read like the site's texts (and give search and the database the same
spread of words), not a few dozen words repeated. Deterministic for a given random source.
"""

import re
from collections import defaultdict
from pathlib import Path

import yaml
from django.apps import apps

END = None
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def demo_texts():
    """Every text of the demo, by language ("fr", "en"); a text written once counts as French."""
    texts = {"fr": [], "en": []}

    def walk(value, language="fr"):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, key if key in texts else language)
        elif isinstance(value, list):
            for item in value:
                walk(item, language)
        elif isinstance(value, str) and len(value.split()) >= 4:
            texts[language].append(value)

    for config in apps.get_app_configs():
        folder = Path(config.path) / "demo"
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


class Prose:
    def __init__(self, texts):
        self.starts = []
        self.following = defaultdict(list)
        for text in texts:
            for sentence in SENTENCE_END.split(" ".join(text.split())):
                words = sentence.split()
                if len(words) < 4:
                    continue
                self.starts.append(words[0])
                for word, after in zip(words, words[1:], strict=False):
                    self.following[word].append(after)
                self.following[words[-1]].append(END)
        self.vocabulary = {word.strip(".,;:!?()«»“”\"'’").lower() for word in self.following}
        self.vocabulary.discard("")

    def sentence(self, rng, shortest=6, longest=32):
        words = [rng.choice(self.starts)]
        while len(words) < longest:
            after = rng.choice(self.following.get(words[-1]) or [END])
            if after is END:
                if len(words) >= shortest:
                    break
                after = rng.choice(self.starts).lower()
            words.append(after)
        text = " ".join(words).rstrip(",;:–-— ")
        text = text[0].upper() + text[1:]
        return text if text[-1] in ".!?…" else text + "."

    def words(self, rng, count):
        """A short phrase (a title) of about `count` words, without its final stop."""
        return self.sentence(rng, shortest=count, longest=count).rstrip(".!?…")

    def paragraph(self, rng, sentences=(2, 6)):
        return " ".join(self.sentence(rng) for _ in range(rng.randint(*sentences)))

    def paragraphs(self, rng, count=(2, 5)):
        return [self.paragraph(rng) for _ in range(rng.randint(*count))]


_PROSE = {}


def prose(language="fr"):
    if not _PROSE:
        _PROSE.update({code: Prose(texts) for code, texts in demo_texts().items()})
    return _PROSE[language]
