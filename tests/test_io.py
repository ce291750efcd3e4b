from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import EncodingError, InputError
from marsad.io import (
    decode_bytes,
    iter_jsonl,
    normalize_record,
    read_article_bytes,
    read_text_file,
    script_language,
)

TEXT = "قصفت قوات النظام بلدة كفرنبل صباح اليوم، وقال ناشطون إن ثلاثة مدنيين أصيبوا."


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("cp1256", "cp1256"),
    ],
)
def test_decode_bytes_detects_encodings(encoding: str, label: str) -> None:
    d = decode_bytes(TEXT.encode(encoding))
    assert d.text == TEXT
    assert d.encoding == label


def test_decode_refuses_binary() -> None:
    with pytest.raises(EncodingError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_decode_refuses_latin_garbage() -> None:
    # valid cp1256 byte values but not Arabic prose: refused, not mis-decoded
    with pytest.raises(EncodingError):
        decode_bytes("Ça coûte très cher, naïve façade".encode("latin-1"))


def test_read_article_refuses_empty_and_huge() -> None:
    with pytest.raises(InputError, match="empty"):
        read_article_bytes(b"  \n\t ")
    with pytest.raises(InputError, match="larger than"):
        read_article_bytes(b"x" * 101, max_bytes=100)


def test_read_article_html_soup_keeps_the_article_text() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>x</title><script>var a='<p>';</script></head><body>"
        "<nav>الرئيسية | أخبار | رياضة</nav><article><h1>قصف على البلدة</h1>"
        f"<p>{TEXT}</p><p>وأضاف الناشطون أن فرق الإسعاف وصلت إلى المكان بعد ساعة من القصف.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    text = read_article_bytes(html.encode("utf-8"))
    assert TEXT in text
    assert "<p>" not in text and "var a" not in text


def test_read_text_file_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_text_file(tmp_path / "nope.txt")


def test_normalize_record_aliases() -> None:
    rec = normalize_record({"post_id": 7, "full_text": TEXT, "published_time": "2024-01-02T10:00:00+02:00"})
    assert rec["id"] == "7" and rec["text"] == TEXT and rec["published"].startswith("2024-01-02")
    with pytest.raises(InputError, match="no article text"):
        normalize_record({"id": "x", "text": "  "})
    with pytest.raises(InputError, match="JSON object"):
        normalize_record([1, 2])


def test_iter_jsonl_reports_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes(
        (json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n"
         + '{"id": "b", "text": \n'
         + "\n"
         + json.dumps({"id": "c"}) + "\n").encode("utf-8")
        + b'{"id": "d", "text": "\xff\xfe"}\n'
    )
    out = list(iter_jsonl(p))
    assert [n for n, _ in out] == [1, 2, 4, 5]
    assert isinstance(out[0][1], dict)
    assert all(isinstance(r, InputError) for _, r in out[1:])
    assert "malformed JSON" in str(out[1][1])


@pytest.mark.parametrize(("text", "lang"), [(TEXT, "ar"), ("The army shelled the town.", "und"), ("123 456", "und")])
def test_script_language(text: str, lang: str) -> None:
    assert script_language(text) == lang
