"""Real fact-checks as their publishers wrote them: ten saved pages, a feed item, an API claim,
and the LIAR statements. Read from ../shared; skipped when absent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factdesk.services import Case
from factdesk.services.imports import ImportOptions, preview_import, run_import
from factdesk.services.records import Claim
from tests.conftest import shared_file

# page: (claim text starts with, claimant, rating label starts with, publisher, language,
#        review URL starts with, review date, stance)
PAGES = {
    "afp_factuel.html": (
        "Le Mali a rompu ses relations diplomatiques avec la France",
        "Sources multiples",
        "Faux",
        "AFP",
        "fr",
        "https://factuel.afp.com/doc.afp.com.9XC9W4",
        dt.date(2022, 1, 28),
        "refutes",
    ),
    "afp_faktencheck.html": (
        "Das Alte Rathaus in Leipzig ist versunken",
        "Facebook-Nutzer",
        "Falsch",
        "AFP",
        "de",
        "https://faktencheck.afp.com/",
        dt.date(2021, 8, 24),
        "refutes",
    ),
    "africa_check.html": (
        "Interferon alpha-2b a Covid-19 ‘vaccine’",
        "Mzwandile Masina, mayor of Ekurhuleni",
        "Incorrect",
        "Africa Check",
        "en",
        "https://africacheck.org/fact-checks/reports/south-african-mayor-incorrect",
        dt.date(2020, 3, 27),
        "refutes",
    ),
    "aos_fatos.html": (
        "Drauzio Varella incentiva crianças a utilizarem drogas em vídeo",
        "desinformação",
        "não_é_bem_assim",
        "Aos Fatos",
        "pt",
        "https://aosfatos.org/noticias/video-manipulado",
        dt.date(2022, 8, 11),
        "context",
    ),
    "boom_live.html": (
        "In Karnataka, teacher is teaching Namaz to Hindu Students",
        "Facebook Page - NoConversion",
        "False",
        "BOOM",
        "en",
        "https://www.boomlive.in/video-claiming-hindu-kids",
        dt.date(2019, 4, 10),
        "refutes",
    ),
    "comprova.html": (
        "Vídeo mostra casa que Lula está alugando pelo valor de R$ 20.500",
        "Boatos de redes sociais",
        "FALSO: As imagens foram retiradas",
        "Comprova",
        "pt",
        "https://projetocomprova.com.br/publicações/video-mostra-imagens",
        dt.date(2022, 5, 30),
        "refutes",
    ),
    "fatabyyano.html": (
        "\u0637\u0627\u064a\u0654\u0631\u0647 \u0639\u0645\u0627\u0646\u064a\u0629",
        "منشورات مواقع التواصل الاجتماعي",
        "زائف",
        "Fatabyyano Platform",
        "ar",
        "https://fatabyyano.net/",
        dt.date(2022, 8, 24),
        "refutes",
    ),
    "newtral_fact_check.html": (
        "“Hemos visto cómo con ustedes en el Gobierno las listas de espera",
        "Sergio Sayas",
        "Engañoso",
        "Newtral",
        "es",
        "https://www.newtral.es/lista-espera-sanidad-gobierno/20221006/",
        dt.date(2022, 10, 6),
        "context",
    ),
    "tfc_taiwan.html": (
        "圖卡：美國要求各國制裁俄羅斯，私下卻大買俄羅斯石油",
        "Line, FB",
        "錯誤",
        "台灣事實查核中心",
        "zh",
        "https://tfc-taiwan.org.tw/articles/7177",
        dt.date(2022, 4, 8),
        "refutes",
    ),
    "vishvas_news_english.html": (
        "Rishi Sunak praises Manmohan Singh's economy ideas",
        "Fb Page: नये भारत की बुलंद आवाज़",
        "False",
        "Vishvas News",
        "en",
        "https://www.vishvasnews.com/english/viral/fact-check-rishi-sunak",
        dt.date(2022, 11, 1),
        "refutes",
    ),
}


def page(name: str) -> Path:
    return shared_file("realdata", "claimreview", "pages", name)


def only_claim(case: Case) -> Claim:
    ids = case.claims.list_ids()
    assert len(ids) == 1
    return case.claims.get(ids[0])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_saved_page_gives_what_a_fact_checker_expects(case: Case, name: str) -> None:
    text, claimant, label, publisher, language, url, reviewed, stance = PAGES[name]
    report = run_import(case, [page(name)], ImportOptions())
    assert len(report.summary.added) == 1
    claim = only_claim(case)
    assert claim.text.startswith(text)
    assert claim.claimant == claimant
    assert claim.language is not None and claim.language.split("-")[0].lower() == language
    assert claim.status == "new"
    (evidence,) = claim.evidence
    assert evidence.kind == "fact-check"
    assert evidence.excerpt is not None and evidence.excerpt.startswith(label)
    assert evidence.publisher == publisher
    assert evidence.url is not None and evidence.url.startswith(url)
    assert evidence.published_on == reviewed
    assert evidence.stance == stance
    assert evidence.title  # the review's headline, never empty


def test_details_that_pages_hide_in_odd_places(case: Case) -> None:
    run_import(case, [page("africa_check.html")], ImportOptions())
    claim = only_claim(case)
    # itemReviewed is a CreativeWork with a name, a URL and a time with an offset
    assert claim.appeared_title == "State of the city address"
    assert claim.appeared_url == "https://youtu.be/jA8iEODBe5Q?t=1368"
    assert claim.appeared_date == dt.date(2020, 3, 18)
    # the "Organization" author is a writer's page: a writer, with the site as publisher
    assert claim.evidence[0].author == "Taryn Willows"


def test_entities_in_json_ld_are_decoded_and_appearances_read(case: Case) -> None:
    run_import(case, [page("vishvas_news_english.html"), page("comprova.html")], ImportOptions())
    texts = {c.text: c for c in case.claims.get_many(case.claims.list_ids())}
    assert "Rishi Sunak praises Manmohan Singh's economy ideas" in texts
    comprova = next(c for t, c in texts.items() if t.startswith("Vídeo mostra"))
    assert comprova.appeared_url == "https://kwai-video.com/p/TDQEC1Og"
    assert comprova.appeared_date == dt.date(2022, 5, 23)


def test_all_ten_pages_then_again_adds_nothing(case: Case) -> None:
    pages = [page(n) for n in sorted(PAGES)]
    first = run_import(case, pages, ImportOptions())
    assert len(first.summary.added) == 10
    assert first.summary.evidence.added == 10
    again = run_import(case, pages, ImportOptions())
    assert again.summary.added == () and again.summary.updated == ()
    assert len(again.summary.unchanged) == 10
    assert again.summary.evidence.unchanged == 10
    assert case.claims.count() == 10
    assert sum(len(c.evidence) for c in case.claims.get_many(case.claims.list_ids())) == 10


def test_preview_shows_labels_and_changes_nothing(case: Case) -> None:
    report = preview_import(case, [page(n) for n in sorted(PAGES)], ImportOptions())
    assert report.summary.dry_run
    assert len(report.summary.added) == 10
    assert case.claims.count() == 0
    labels = {(u.source, u.label): u.rating for u in report.labels}
    assert labels[("AFP", "Faux")] == "false"
    assert labels[("Newtral", "Engañoso")] == "misleading"
    assert labels[("台灣事實查核中心", "錯誤")] == "false"
    assert len(report.rows) == 10 and {r.action for r in report.rows} == {"add"}


def test_data_commons_feed_item(case: Case) -> None:
    report = run_import(
        case,
        [shared_file("realdata", "claimreview", "datacommons-feed-item.json")],
        ImportOptions(),
    )
    claim = only_claim(case)
    assert claim.text.startswith("Im Netz sorgt ein angebliches Zitat von Kölns")
    assert claim.claimant == "Irmin Suhl"
    assert claim.appeared_date == dt.date(2019, 9, 7)
    assert claim.appeared_url is not None and claim.appeared_url.startswith(
        "https://www.facebook.com/photo.php?fbid=389949688569877"
    )
    (evidence,) = claim.evidence
    assert evidence.publisher == "Deutsche Presse-Agentur"
    assert evidence.url == "https://www.presseportal.de/pm/133833/4381130"
    assert evidence.published_on == dt.date(2019, 9, 20)
    assert evidence.excerpt is not None and evidence.excerpt.startswith("Reker hat diesen Satz")
    # a sentence is no rating label anyone knows: reported, kept as the excerpt
    assert any("not mapped" in w for w in report.summary.warnings)
    assert evidence.stance == "context"


def test_fact_check_explorer_claim(case: Case) -> None:
    run_import(
        case,
        [shared_file("realdata", "claimreview", "factcheck-explorer-claim.json")],
        ImportOptions(),
    )
    claim = only_claim(case)
    assert claim.text == "کانپور کے ہیلٹ اسپتال میں مریض کی پٹائی کرتا ڈاکٹر"
    assert claim.claimant == "FB User-Harshit Pandey"
    assert claim.language == "ur"
    assert claim.appeared_date == dt.date(2019, 6, 20)
    (evidence,) = claim.evidence
    assert evidence.publisher == "vishvasnews.com"
    assert evidence.excerpt == "False"
    assert evidence.stance == "refutes"
    assert evidence.title is not None and evidence.title.startswith("فیکٹ چیک")


LIAR_MAP = ("1=id", "2=rating", "3=claim", "4=tags", "5=claimant", "14=appeared_title")


def test_liar_as_verdicts_field_by_field(case: Case) -> None:
    path = shared_file("realdata", "liar_valid.tsv")
    report = run_import(case, [path], ImportOptions(as_="verdicts", column_map=LIAR_MAP))
    rows = path.read_text(encoding="utf-8").splitlines()
    assert report.items == len(rows) == 1284
    # identical statements in one file are one claim
    assert 1270 <= len(report.summary.added) <= 1284
    labels = {u.label: u.rating for u in report.labels}
    assert labels == {
        "true": "true",
        "mostly-true": "mostly-true",
        "half-true": "mixed",
        "barely-true": "mostly-false",
        "false": "false",
        "pants-fire": "false",
    }
    first = rows[0].split("\t")
    (claim,) = case.claims.get_many(
        [i for i in report.summary.added if case.claims.get(i).text == first[2]]
    )
    assert claim.claimant == first[4]
    assert claim.appeared_title == (first[13] or None)
    assert set(claim.tags) == {t for t in first[3].split(",") if t}
    assert claim.status == "published"
    assert claim.verdict is not None
    assert claim.verdict.rating == labels[first[1]]
    again = run_import(case, [path], ImportOptions(as_="verdicts", column_map=LIAR_MAP))
    assert again.summary.added == () and again.summary.updated == ()


def test_saved_as_mhtml(case: Case, tmp_path: Path) -> None:
    from email.charset import QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    html = page("afp_faktencheck.html").read_text(encoding="utf-8")
    archive = MIMEMultipart("related")
    archive["Snapshot-Content-Location"] = "https://faktencheck.afp.com/"
    charset = Charset("utf-8")
    charset.body_encoding = QP
    part = MIMEText("", "html")
    part.set_payload(html, charset)
    archive.attach(part)
    path = tmp_path / "saved.mhtml"
    path.write_bytes(archive.as_bytes())
    report = run_import(case, [path], ImportOptions())
    assert report.files[0][1].format == "saved page (MHTML)"
    claim = only_claim(case)
    assert claim.text == "Das Alte Rathaus in Leipzig ist versunken"
    assert claim.evidence[0].excerpt == "Falsch"


def test_a_feed_of_many_items_is_read_in_parts(case: Case, tmp_path: Path) -> None:
    import json

    item = json.loads(
        shared_file("realdata", "claimreview", "datacommons-feed-item.json").read_text("utf-8")
    )
    elements = []
    for n in range(3000):
        review = dict(item["item"][0], claimReviewed=f"Claim number {n} about the mayor")
        review["url"] = f"https://www.presseportal.de/pm/133833/{n}"
        elements.append(dict(item, item=[review]))
    elements.append({"@type": "DataFeedItem", "item": [{"@type": "WebPage"}]})
    path = tmp_path / "feed.json"
    path.write_text(
        json.dumps(
            {"@context": "http://schema.org", "@type": "DataFeed", "dataFeedElement": elements}
        ),
        encoding="utf-8",
    )
    report = run_import(
        case,
        [path],
        ImportOptions(
            rating_map=(
                "Reker hat diesen Satz nie gesagt. «Völliger Unsinn», heißt es dazu aus der "
                "Pressestelle der Stadt Köln.=false",
            )
        ),
    )
    assert report.files[0][1].format == "Data Commons feed"
    assert len(report.summary.added) == 3000
    assert any("$.dataFeedElement[3000]" in w for w in report.summary.warnings)
    again = run_import(case, [path], ImportOptions())
    assert len(again.summary.unchanged) == 3000
    (use,) = again.labels
    assert use.how == "remembered" and use.rating == "false"
