"""Feeds: RSS 2.0, Atom and RDF entries to documents, after a safety pass over the XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from kordon.document import Document
from kordon.errors import InputError
from kordon.feeds import looks_like_feed, parse_feed
from kordon.ingest import Skipped, read
from kordon.pipeline import Pipeline, get

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Пресс-служба пограничного ведомства</title><link>http://border.example/</link>
<language>ru</language>
<item>
  <title>Задержание на заставе Северная</title>
  <link>http://border.example/news/101</link>
  <guid isPermaLink="false">border-101</guid>
  <pubDate>Mon, 24 Nov 2025 01:30:00 +0300</pubDate>
  <description>Короткий анонс.</description>
  <content:encoded><![CDATA[<p>Пограничники заставы Северная задержали двух жителей соседней области,
  которые пытались провезти через реку партию контрафактных сигарет.</p>
  <p>Товар изъят, возбуждено административное производство.</p>]]></content:encoded>
</item>
<item>
  <title>Учения кинологов</title>
  <link>http://border.example/news/102</link>
  <pubDate>Tue, 25 Nov 2025 09:00:00 +0300</pubDate>
  <description>&lt;p&gt;На участке отряда прошли плановые учения кинологов и расчётов беспилотников.&lt;/p&gt;</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Pressemitteilungen</title><id>urn:example:presse</id><updated>2025-11-24T12:00:00+01:00</updated>
  <entry>
    <title>Kontrolle am Grenzübergang Lindenau</title>
    <id>urn:example:presse:2025-311</id>
    <link rel="alternate" href="https://presse.example/2025/311"/>
    <published>2025-11-24T23:15:00+01:00</published>
    <updated>2025-11-25T08:00:00+01:00</updated>
    <content type="html">&lt;p&gt;Beamte haben am Grenzübergang Lindenau einen Kleintransporter mit nicht angemeldeten
    Elektrogeräten gestoppt.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Jahresbericht</title>
    <id>urn:example:presse:2025-bericht</id>
    <link href="https://presse.example/2025/bericht"/>
    <updated>2025-11</updated>
    <summary>Der Jahresbericht der Direktion erscheint im November.</summary>
  </entry>
</feed>"""

RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://coast.example/"><title>Coast guard news</title>
    <link>http://coast.example/</link><description>News</description></channel>
  <item rdf:about="http://coast.example/n/7">
    <title>Patrol boat commissioned</title><link>http://coast.example/n/7</link>
    <description>A new patrol boat joined the coastal squadron after sea trials.</description>
    <dc:date>2025-10-07</dc:date>
  </item>
</rdf:RDF>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol4;</title>
<item><title>&lol4;</title><description>x</description></item></channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title></item></channel></rss>"""

NETSCAPE = """<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old feed</title><link>http://old.example/</link>
<description>d</description><language>en</language>
<item><title>Ferry checks resumed</title><link>http://old.example/1</link>
<description>Checks on the ferry line resumed after the storm.</description></item></channel></rss>"""


def _docs(xml: str, source: str = "feed.xml", **kw: str) -> list[Document]:
    items = list(parse_feed(xml.encode("utf-8"), source, **kw))
    assert all(isinstance(i, Document) for i in items), items
    return [i for i in items if isinstance(i, Document)]


def test_rss_items_become_documents() -> None:
    first, second = _docs(RSS)
    assert (first.id, first.url, first.source) == (
        "border-101",
        "http://border.example/news/101",
        "http://border.example/news/101",
    )
    assert first.format == "html" and first.meta["title"] == "Задержание на заставе Северная"
    assert "контрафактных сигарет" in first.raw and "Короткий анонс" not in first.raw  # content over summary
    # the date as the publisher wrote it (01:30 in Moscow is still the 24th), not in UTC
    assert (first.meta["published"], first.meta["published_precision"]) == ("2025-11-24", "day")
    assert second.id == "http://border.example/news/102"  # no guid: the link
    assert "учения кинологов" in second.raw


def test_atom_entries_keep_their_date_precision() -> None:
    news, report = _docs(ATOM)
    assert news.id == "urn:example:presse:2025-311" and news.url == "https://presse.example/2025/311"
    assert news.meta["published"] == "2025-11-24"  # published wins over updated, local day kept
    assert "Lindenau" in news.raw
    assert (report.meta["published"], report.meta["published_precision"]) == ("2025-11", "month")


def test_rdf_items() -> None:
    (item,) = _docs(RDF)
    assert item.url == "http://coast.example/n/7" and item.meta["published"] == "2025-10-07"


def test_a_bare_doctype_is_harmless() -> None:
    (item,) = _docs(NETSCAPE)
    assert item.meta["title"] == "Ferry checks resumed"


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        (BILLION_LAUGHS, "refused: the feed declares XML entity 'lol'"),
        (EXTERNAL_ENTITY, "refused: the feed declares XML entity 'secret' (file:///etc/passwd)"),
        ("<rss><channel><item><title>a & b</title></item></channel>", "not well-formed XML"),
        ("<html><body><p>Just a page</p></body></html>", "not an RSS, Atom or RDF feed"),
        ("   ", "empty feed"),
    ],
    ids=["billion-laughs", "external-entity", "invalid-xml", "not-a-feed", "empty"],
)
def test_unsafe_or_invalid_feeds_are_refused_naming_the_feed(xml: str, problem: str) -> None:
    with pytest.raises(InputError) as info:
        list(parse_feed(xml.encode("utf-8"), "http://agency.example/rss"))
    assert info.value.source == "http://agency.example/rss"
    assert info.value.problem.startswith(problem)


def test_an_empty_entry_is_an_error_in_its_place() -> None:
    xml = RSS.replace(
        "<item>\n  <title>Учения кинологов</title>",
        "<item><guid>x-1</guid></item><item>\n  <title>Учения кинологов</title>",
    )
    items = list(parse_feed(xml.encode("utf-8"), "feed.rss"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    error = items[1]
    assert isinstance(error, InputError) and "entry 2" in error.source and "neither a title" in error.problem


def test_sniffing() -> None:
    assert looks_like_feed(RSS.encode()) and looks_like_feed(ATOM.encode()) and looks_like_feed(RDF.encode())
    assert looks_like_feed(NETSCAPE.encode()) and looks_like_feed("\ufeff".encode() + ATOM.encode())
    assert not looks_like_feed(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/"/>')
    assert not looks_like_feed(b"<!DOCTYPE html><html></html>")


def test_feed_files_are_read_and_non_feed_xml_is_skipped_in_folders(tmp_path: Path) -> None:
    (tmp_path / "border.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "presse.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "coast.xml").write_text(RDF, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>', encoding="utf-8")
    (tmp_path / "bomb.rss").write_text(BILLION_LAUGHS, encoding="utf-8")
    items = list(read([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert sorted(d.id for d in docs) == sorted(
        ["border-101", "http://border.example/news/102", "urn:example:presse:2025-311",
         "urn:example:presse:2025-bericht", "http://coast.example/n/7"]
    )  # fmt: skip
    errors = [i for i in items if isinstance(i, InputError)]
    assert [Path(e.source).name for e in errors] == ["bomb.rss"]
    assert [Path(s.path).name for s in items if isinstance(s, Skipped)] == ["sitemap.xml"]
    named = list(read([tmp_path / "sitemap.xml"]))
    assert isinstance(named[0], InputError) and "not a feed" in named[0].problem


def test_entries_go_through_the_pipeline_with_title_date_and_lang_hint() -> None:
    pipeline = Pipeline([get(n)() for n in ("clean", "lang", "dateline")])
    first, _ = _docs(RSS, lang="ru")
    done = pipeline(first)
    assert done.title == "Задержание на заставе Северная"
    assert "Пограничники заставы Северная" in done.text
    assert done.published is not None and (done.published.edtf, done.published.component) == (
        "2025-11-24",
        "input",
    )
    assert (done.lang, done.lang_component) == ("ru", "input")


def test_json_feed_items() -> None:
    import json

    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Coast guard",
        "items": [
            {
                "id": "cg-7",
                "url": "https://coast.example/n/7",
                "title": "Patrol boat commissioned",
                "content_html": "<p>A new patrol boat joined the coastal squadron after sea trials.</p>",
                "date_published": "2025-10-07T18:00:00-04:00",
            },
            {"id": 8, "content_text": "Night exercise.\n\nNo incidents."},
            "not an item",
        ],
    }
    data = json.dumps(feed).encode()
    assert looks_like_feed(data)
    first, second, third = parse_feed(data, "https://coast.example/feed.json")
    assert isinstance(first, Document) and (first.id, first.url) == ("cg-7", "https://coast.example/n/7")
    assert first.meta["published"] == "2025-10-07" and "sea trials" in first.raw
    assert isinstance(second, Document) and second.id == "8" and "<p>No incidents.</p>" in second.raw
    assert isinstance(third, InputError) and "entry 3" in third.source
    with pytest.raises(InputError, match="not a JSON Feed"):
        list(parse_feed(b'{"items": []}', "x.json"))
