"""How text becomes search terms, the same for what is indexed and what is typed.

A text is cut into words (letters and figures only: operators, markup and emoji never
reach an index), each word is folded to lower-case ASCII (accents and ligatures:
"Barœul" -> "baroeul"), elided articles and stop words are dropped ("l'insertion" ->
"insertion"), and the rest is stemmed with the language's Snowball stemmer ("bullying"
and "bully" -> "bulli"). Folding comes before stemming so that a word typed without its
accents gets the same stem as the written word ("mobilite" and "mobilité" -> "mobilit").

The stop words are Snowball's lists (search/stopwords/, the ones PostgreSQL's text search
configurations and Elasticsearch use), folded the same way.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from anyascii import anyascii

LANGUAGES = {"fr": "french", "en": "english"}
# Elided French articles and pronouns, kept apart from the word that follows them.
ELIDED = {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
WORD = re.compile(r"\w+")
# A phrase is what stands between two double quotes (straight or typographic).
PHRASE = re.compile(r"[\"“”«»]([^\"“”«»]*)[\"“”«»]")
MAX_QUERY_WORDS = 12
STOPWORDS_DIR = Path(__file__).resolve().parent / "stopwords"


def language_code(language):
    """ "fr" or "en" from a language code ("fr", "en-gb"...); French otherwise."""
    code = (language or "fr")[:2].lower()
    return code if code in LANGUAGES else "fr"


def fold(text):
    """Lower case, compatibility forms ("ﬁ" -> "fi"), no accents nor ligatures."""
    return anyascii(unicodedata.normalize("NFKC", text)).lower()


def words(text):
    """Folded words of a text, stop words included (suggestions are made of these)."""
    folded = []
    for word in WORD.findall(unicodedata.normalize("NFKC", text)):
        # anyascii may turn one letter into several words ("ß" -> "ss", "Ⅻ" -> "XII").
        folded.extend(WORD.findall(fold(word)))
    return [word.replace("_", "") for word in folded if word.replace("_", "")]


@cache
def stop_words(language):
    path = STOPWORDS_DIR / f"{LANGUAGES[language_code(language)]}.txt"
    listed = {fold(line.strip()) for line in path.read_text().splitlines() if line.strip()}
    return frozenset(listed | ELIDED)


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(LANGUAGES[language_code(language)])


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The Snowball stem of a folded word (a site has a few tens of thousands of words)."""
    return _stemmer(language).stemWord(word)


def terms(text, language):
    """Search terms of a text: folded, without stop words, stemmed."""
    stops = stop_words(language)
    return [stem(word, language) for word in words(text) if word not in stops]


def analysed(text, language):
    """The terms of a text as one string (what the SQLite index stores)."""
    return " ".join(terms(text, language))


@dataclass
class Query:
    """What a visitor typed, made safe: loose words and quoted phrases, as typed (folded)
    and as terms. Every word must be found; a phrase's words must follow each other."""

    words: list = field(default_factory=list)
    phrases: list = field(default_factory=list)
    language: str = "fr"

    def __bool__(self):
        return bool(self.terms or self.phrase_terms)

    @property
    def terms(self):
        return list(dict.fromkeys(terms(" ".join(self.words), self.language)))

    @property
    def phrase_terms(self):
        found = [terms(" ".join(phrase), self.language) for phrase in self.phrases]
        # A phrase reduced to one term is a word; to none (stop words only), nothing.
        return [phrase for phrase in found if len(phrase) > 1]

    @property
    def all_terms(self):
        single = [t for phrase in self.phrases for t in terms(" ".join(phrase), self.language)]
        return list(dict.fromkeys(self.terms + single))

    @property
    def text(self):
        """The query as words and quoted phrases (for PostgreSQL, links and statistics)."""
        parts = [f'"{" ".join(phrase)}"' for phrase in self.phrases] + self.words
        return " ".join(parts)


def parse(typed, language):
    """The words and phrases of what was typed (at most MAX_QUERY_WORDS words)."""
    phrases = [words(match) for match in PHRASE.findall(typed)]
    loose = words(PHRASE.sub(" ", typed))
    kept, budget = [], MAX_QUERY_WORDS
    for phrase in phrases:
        if phrase and budget > 0:
            kept.append(phrase[:budget])
            budget -= len(kept[-1])
    return Query(words=loose[: max(budget, 0)], phrases=kept, language=language_code(language))
