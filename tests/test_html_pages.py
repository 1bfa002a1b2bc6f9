"""Web pages saved as HTML are read as articles (ingest.html_page); files that are not
articles are named when a folder is imported, not silently left out."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest.html_page import page_text
from workbench.ingest.importer import import_paths
from workbench.ingest.metadata import detect_metadata
from workbench.store import open_db
from workbench.store.sources import get_source, passages_of

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dam Inspectors Find Cracks at Orlen Reservoir | The Valley Post</title>
<meta name="author" content="Mara Keszler">
<meta property="article:published_time" content="2031-03-04T08:30:00+01:00">
<link rel="canonical" href="https://valley-post.example/2031/03/04/orlen-dam-cracks">
<style>
body { font-family: Georgia, serif; }
</style>
<script>
window.dataLayer = window.dataLayer || [];
function track(){dataLayer.push(arguments);}
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/region">Region</a></nav>
<article>
<h1>Dam Inspectors Find Cracks at Orlen Reservoir</h1>
<p>Inspectors found three cracks in the Orl&eacute;n dam on Monday, the regional
water board said.</p>
<figure><img src="dam.jpg" alt="The dam"><figcaption>The Orlen dam on Monday.</figcaption></figure>
<h2>Repairs Will Take Months</h2>
<p>Board chair Tomas Veidt said repairs would cost &euro;4 million &amp; take until June.</p>
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
</article>
<aside><article><h3>Related</h3><p>Flood barrier opens</p></article></aside>
<footer>&copy; The Valley Post 2031</footer>
</body>
</html>
"""


def test_a_saved_page_gives_its_metadata_as_a_header_and_its_article_as_paragraphs():
    text = page_text(SAVED_PAGE)
    meta = detect_metadata(text)
    assert meta.title == "Dam Inspectors Find Cracks at Orlen Reservoir"
    assert meta.outlet == "The Valley Post"  # the site the <title> names after its '|'
    assert meta.author == "Mara Keszler"
    assert meta.published == "2031-03-04"
    assert meta.url == "https://valley-post.example/2031/03/04/orlen-dam-cracks"
    body = text[meta.body_start:]
    # The article's paragraphs, one per line; references read; line breaks inside a <p> joined.
    assert "Inspectors found three cracks in the Orlén dam on Monday, the regional water board said." in body
    assert "repairs would cost €4 million & take until June." in body
    assert "Repairs Will Take Months" in body and "The Orlen dam on Monday." in body
    # Never the page's code, menus, asides or footer, nor the headline twice.
    for not_article in ("dataLayer", "font-family", "NewsArticle", "Home", "Flood barrier", "©"):
        assert not_article not in text, not_article
    assert body.count("Dam Inspectors Find Cracks") == 0


def test_without_an_article_element_the_body_is_read_and_a_byline_gives_the_date():
    page = """<html><head><title>Quarry Wall Collapses</title></head><body>
    <h1>Quarry Wall Collapses</h1>
    <p>By Ilse Marten, April 2, 2031</p>
    <p>A wall of the Vell quarry collapsed on Tuesday, burying two trucks.</p>
    </body></html>"""
    text = page_text(page)
    meta = detect_metadata(text)
    assert meta.title == "Quarry Wall Collapses" and meta.author == "Ilse Marten"
    assert (meta.published, meta.published_precision) == ("2031-04-02", "day")
    assert "A wall of the Vell quarry collapsed on Tuesday, burying two trucks." in text


def test_an_unclosed_head_and_unclosed_options_do_not_swallow_the_page():
    page = """<html><head><title>Port Strike Ends</title><meta name="author" content="Ana Ruiz">
    <body><form><select><option>English<option>Español</select></form>
    <p>Dock workers in Valdria ended their strike on Friday after nine days.</p></body></html>"""
    text = page_text(page)
    assert "Dock workers in Valdria ended their strike on Friday after nine days." in text
    assert "Español" not in text


def test_the_biggest_article_is_the_story_and_a_page_without_text_has_none():
    page = """<body><article><p>Teaser: a short one.</p></article>
    <article><h1>Ferry Aground</h1><p>The ferry Marit Lund ran aground off Skellan Point on Sunday,
    its operator said, and all 212 passengers were taken ashore.</p></article></body>"""
    text = page_text(page)
    assert "Marit Lund ran aground" in text and "Teaser" not in text
    assert page_text("<html><head><script>var x = 1;</script></head><body></body></html>") == ""


def test_byline_dates_need_a_day_or_a_month():
    meta = detect_metadata("Title: Dam Inspectors\n\nBy Mara Keszler - 3 March 2031\n\nThe dam cracked.\n")
    assert (meta.author, meta.published) == ("Mara Keszler", "2031-03-03")
    meta = detect_metadata("Title: Dam Inspectors\n\nBy Mara Keszler, Odesa correspondent\n\nThe dam cracked in 2031.\n")
    assert meta.author == "Mara Keszler" and meta.published is None


def test_html_files_are_imported_with_exact_spans_and_other_files_are_named(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "orlen.html").write_text(SAVED_PAGE, encoding="utf-8")
    (folder / "empty-page.htm").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7 binary")
    (folder / "Thumbs.db").write_bytes(b"\x00\x01")
    db = open_db(tmp_path / "case.sqlite")
    report = import_paths(db, [folder], extract=False)
    assert [f.rsplit("/", 1)[-1] for f, _ in report.imported] == ["orlen.html"]
    assert report.failed == [(str(folder / "empty-page.htm"), "a web page with no article text in it")]
    assert report.skipped == [str(folder / "report.pdf")]  # named; the system file is not
    assert report.summary().endswith("skipped 1 not articles")
    source = get_source(db, report.imported[0][1])
    assert source["title"] == "Dam Inspectors Find Cracks at Orlen Reservoir" and source["outlet"] == "The Valley Post"
    for passage in passages_of(db, source["id"]):
        assert source["text"][passage["start"]:passage["end"]] == passage["text"]
        assert "<" not in passage["text"]


def test_the_command_line_names_skipped_files(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "orlen.html").write_text(SAVED_PAGE, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.sqlite"), "import", str(folder)])
    assert result.exit_code == 0, result.output
    assert "notes.docx: skipped, not an article (.txt, .md or .html)" in result.output
    data = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.sqlite"), "import", "--json", str(folder)])
    assert json.loads(data.output)["skipped"] == [str(folder / "notes.docx")]


NEWSROOM_PAGE = """<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Floodwall fails in Kellmouth as river hits record level - The Northern Standard</title>
  <meta property="og:title" content="Floodwall fails in Kellmouth as river hits record level">
  <meta property="og:site_name" content="The Northern Standard">
  <meta property="article:published_time" content="2031-02-09T06:12:00Z">
  <meta name="description" content="Hundreds evacuated after a section of the Kellmouth floodwall gave way.">
  <link rel="canonical" href="https://northernstandard.example/news/2031/feb/09/kellmouth-floodwall">
  <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Priya Lindholm"}}</script>
</head>
<body class="article">
  <header class="site-header"><a href="/" class="logo">The Northern Standard</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main id="content">
    <article class="story">
      <div class="story-header">
        <span class="kicker">Floods</span>
        <h1 class="headline">Floodwall fails in Kellmouth as river hits record level</h1>
        <p class="standfirst">Hundreds evacuated after a 40-metre section gave way overnight</p>
        <div class="byline">By <a href="/profile/priya-lindholm" rel="author">Priya Lindholm</a>, Environment correspondent</div>
        <time datetime="2031-02-09T06:12:00Z">Sun 9 Feb 2031 06.12 GMT</time>
        <div class="share"><button>Share on Facebook</button><button>Share on X</button></div>
      </div>
      <figure class="lead"><img src="wall.jpg" alt=""><figcaption>Water pours through the breach on Saturday night. Photograph: Owen Tarr/The Northern Standard</figcaption></figure>
      <div class="story-body">
        <p>About 400 people were evacuated from their homes in Kellmouth after a 40-metre section of the town&rsquo;s floodwall gave way late on Saturday, the Environment Agency said.</p>
        <p>The River Kell reached 5.2 metres at the Millbridge gauge, the highest since records began in 1961.<br>
        Council leader Martin Osei said the wall had been inspected in October.</p>
        <div class="ad-slot"><p>Advertisement</p></div>
        <blockquote><p>&ldquo;We did everything the engineers asked of us,&rdquo; Osei said.</p></blockquote>
        <h2>Questions over maintenance</h2>
        <p>Residents said they had reported cracks in the wall in 2029. The agency said it would review its inspection records.</p>
        <aside class="related"><h3>Related</h3><ul><li><a href="/x">Kellmouth braces for more rain</a></li></ul></aside>
        <p>Read more: <a href="/y">How England's flood defences are funded</a></p>
      </div>
    </article>
  </main>
  <footer><p>&copy; 2031 The Northern Standard</p></footer>
</body>
</html>
"""


def test_a_newsroom_page_keeps_the_story_and_drops_its_furniture(tmp_path):
    (tmp_path / "kellmouth.html").write_text(NEWSROOM_PAGE, encoding="utf-8")
    db = open_db(tmp_path / "case.sqlite")
    source = get_source(db, import_paths(db, [tmp_path], extract=False).imported[0][1])
    assert source["title"] == "Floodwall fails in Kellmouth as river hits record level"
    assert (source["outlet"], source["author"], source["published"]) == (
        "The Northern Standard", "Priya Lindholm", "2031-02-09")
    texts = [p["text"] for p in passages_of(db, source["id"])]
    assert texts[0] == "Hundreds evacuated after a 40-metre section gave way overnight"  # the standfirst
    assert "Council leader Martin Osei said the wall had been inspected in October." in texts  # after a <br>
    assert "“We did everything the engineers asked of us,” Osei said." in texts
    # Not the story: the kicker over the headline, the headline again, the date under the
    # byline, share buttons, the caption and its credit, the advertisement, related links.
    for furniture in ("Floods", "Sun 9 Feb 2031", "Share on", "Photograph:", "Advertisement", "Related",
                      "Kellmouth braces", "Read more", "News", "©"):
        assert not any(t.startswith(furniture) or furniture in t for t in texts), furniture


def test_a_logo_in_an_h1_outside_the_article_is_not_the_headline():
    page = NEWSROOM_PAGE.replace('<a href="/" class="logo">The Northern Standard</a>',
                                 '<h1><a href="/">The Northern Standard</a></h1>')
    page = page.replace('<h1 class="headline">', '<h2 class="headline">').replace("level</h1>", "level</h2>")
    text = page_text(page)
    assert text.startswith("Title: Floodwall fails in Kellmouth as river hits record level\n")


def test_a_page_is_decoded_as_it_declares_itself(tmp_path):
    from workbench.ingest.reading import read_article

    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "<title>Grève à Lyon</title></head><body><p>Les employés de la Régie ont cessé le travail "
            "lundi, a déclaré Inès Faure.</p></body></html>")
    path = tmp_path / "greve.html"
    path.write_bytes(page.encode("cp1252"))
    read = read_article(path)
    assert read.encoding == "cp1252" and read.warnings == []
    assert "a déclaré Inès Faure." in read.text
    shift_jis = tmp_path / "kaisha.htm"
    shift_jis.write_bytes('<meta charset="shift_jis"><p>東京の会社が発表した。</p>'.encode("shift_jis"))
    assert "東京の会社が発表した。" in read_article(shift_jis).text
    unknown = tmp_path / "odd.html"
    unknown.write_bytes(b'<meta charset="x-no-such"><p>Plain words here.</p>')
    assert read_article(unknown).encoding == "utf-8"  # an unknown name: read as any file


def test_a_page_with_its_pictures_inline_may_be_bigger_than_a_text_file(tmp_path, monkeypatch):
    from workbench.ingest import reading

    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    monkeypatch.setattr(reading, "MAX_PAGE_BYTES", 100_000)
    picture = '<img src="data:image/png;base64,' + "A" * 5000 + '">'
    page = tmp_path / "dam.html"
    page.write_text(f"<body><p>The Orlen dam cracked on Monday.</p>{picture}</body>", encoding="utf-8")
    assert reading.read_article(page).text.strip() == "The Orlen dam cracked on Monday."
    text = tmp_path / "dam.txt"
    text.write_text("The Orlen dam cracked on Monday. " * 100, encoding="utf-8")
    with pytest.raises(reading.BadFile, match="too large"):
        reading.read_article(text)


def test_parts_around_the_article_are_left_out_by_their_class_but_never_the_article():
    page = """<html><body><article>
    <div class="story-body ads-enabled"><p>The Orlen dam cracked on Monday, the water board said.</p></div>
    <div class="share-tools"><span>Share this story</span></div>
    <section id="comments"><div><p>Great article!</p></div><p>Me too</p></section>
    <div class="newsletter-box"><p>Sign up for our daily briefing on the valley and its rivers.</p></div>
    <p>Repairs will take until June, chair Tomas Veidt said.</p>
    </article></body></html>"""
    text = page_text(page)
    assert "The Orlen dam cracked on Monday" in text and "Repairs will take until June" in text
    for around in ("Share this story", "Great article", "Me too", "daily briefing"):
        assert around not in text, around


def test_a_text_file_holding_a_whole_page_is_read_as_one(tmp_path):
    from workbench.ingest.html_page import is_web_page
    from workbench.ingest.reading import read_article

    saved = tmp_path / "orlen.txt"  # saved from a browser under another name
    saved.write_text(SAVED_PAGE, encoding="utf-8")
    text = read_article(saved).text
    assert text.startswith("Title: Dam Inspectors Find Cracks at Orlen Reservoir\n")
    assert "dataLayer" not in text and "<p>" not in text
    assert is_web_page("  <html lang='en'><body>") and not is_web_page("Title: x\n<html>") \
        and not is_web_page("<p>A fragment in a text file</p>")


def test_a_text_file_holding_a_whole_page_is_decoded_as_the_page_declares(tmp_path):
    from workbench.ingest.reading import read_article

    page = ('<!DOCTYPE html><html><head><meta charset="koi8-r"><title>Паводок в Твери</title></head>'
            "<body><p>Вода поднялась на два метра, сообщила Ольга Смирнова.</p></body></html>")
    saved = tmp_path / "pavodok.txt"
    saved.write_bytes(page.encode("koi8-r"))
    read = read_article(saved)
    assert read.encoding == "koi8-r" and read.warnings == []
    assert "сообщила Ольга Смирнова." in read.text
    # a text file that only mentions a charset is not a page: read as any file
    note = tmp_path / "note.txt"
    note.write_bytes('Use <meta charset="koi8-r"> in the template, said Inès.'.encode())
    assert read_article(note).encoding == "utf-8"


MARKUP_TEXT = """<div class="article-header">
<span class="kicker">COURTS</span>
<h1>Ferry Captain Jailed Over Lake Ostra Sinking</h1>
<p class="byline">By Mirela Kovač | Lakeside Herald</p>
<p class="date">4 March 2031</p>
</div>

<p>OSTRA &ndash; A court on Tuesday jailed the captain of the <em>Sveti Ivo</em> for <strong>six years</strong>, said prosecutor Dario Petrić.</p>

<ul>
<li><strong>May 2, 2030:</strong> The ferry sinks with 41 people on board.</li>
</ul>
"""


def test_a_text_file_written_as_markup_is_read_as_a_page(tmp_path):
    from workbench.ingest.html_page import markup_in_text
    from workbench.ingest.reading import read_article

    saved = tmp_path / "ferry.txt"
    saved.write_text(MARKUP_TEXT, encoding="utf-8")
    text = read_article(saved).text
    assert "<" not in text and "&ndash;" not in text
    assert "jailed the captain of the Sveti Ivo for six years, said prosecutor Dario Petrić." in text
    assert "May 2, 2030: The ferry sinks with 41 people on board." in text
    # plain text with a stray tag or two is not markup: its lines stay as written
    assert markup_in_text("Ferry captain jailed\n\nBy Mirela Kovač\n\n<p>A court jailed him.</p>\n\nHe appealed.\n") != "page"
    assert markup_in_text("A court jailed him.\n<p>One</p>\n<p>Two</p>\n<p>Three</p>\n") != "page"


def test_a_markup_text_file_gives_its_metadata(tmp_path):
    from workbench.ingest.importer import import_paths
    from workbench.store import open_db

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(MARKUP_TEXT, encoding="utf-8")
    db = open_db(tmp_path / "case.sqlite")
    import_paths(db, [tmp_path / "articles"], extract=False)
    title, outlet, author, published = db.execute("SELECT title, outlet, author, published FROM sources").fetchone()
    assert (title, outlet, author, published) == (
        "Ferry Captain Jailed Over Lake Ostra Sinking", "Lakeside Herald", "Mirela Kovač", "2031-03-04")


def test_paragraphs_in_markup_under_a_plain_header_lose_their_tags(tmp_path):
    from workbench.ingest.html_page import markup_in_text, without_shown_tags
    from workbench.ingest.reading import read_article

    saved = tmp_path / "port.md"
    saved.write_text(
        "# Port Workers Strike In Valdria\n\nValdria Courier · 3 May 2031\n\n"
        "<p>Dockers at <strong>Port Amsel</strong> walked out on Monday, said <em>Ana Ruiz</em>.</p>\n\n"
        "<p>The union wants a 9% rise.</p>\n\n<p><a href=\"https://x.example/a?b=1&amp;c=2\">Read more: "
        "Dockers vote</a></p>\n", encoding="utf-8")
    text = read_article(saved).text
    assert "Dockers at Port Amsel walked out on Monday, said Ana Ruiz." in text
    assert "<" not in text and "Read more: Dockers vote" in text
    assert text.startswith("# Port Workers Strike In Valdria\n")
    # prose that only looks like markup, or a file with a tag or two, stays as written
    prose = "<p>I <3 this port,</p> said one.\n<p>Rates went a <b rise.</p>\n<p>x < y</p>\n"
    assert without_shown_tags(prose) == "I <3 this port, said one.\nRates went a <b rise.\nx < y\n"
    assert markup_in_text("One <em>tag</em> here.\n<p>And a paragraph.</p>\n") is None
