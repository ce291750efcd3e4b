"""Session 17: the geocoder stage reads an article about another country with that country first."""

from __future__ import annotations

from marsad.doc import Document

TEXT_IRAQ = (
    "خبر من الموصل\n"
    "الموصل – مراسلنا: أعلنت قيادة عمليات نينوى أن قواتها انتشرت صباح اليوم في أطراف الموصل وتلعفر، فيما عقد محافظ "
    "دهوك اجتماعاً في أربيل مع ممثلين عن حكومة بغداد لبحث ملف النازحين.\n"
    "وقال أحد وجهاء العشائر إن الأهالي يطالبون منذ أسابيع بتأمين الطريق قبل عودتهم، مؤكداً أن العائلات ما زالت تنتظر.\n"
    "ويطالب النازحون بالعودة إلى منازلهم في سنجار."
)


def test_a_bare_name_in_an_article_about_iraq_is_the_iraqi_town(nlp):
    doc = nlp(Document(text=TEXT_IRAQ, id="iq", published="2024-07-29"))
    sinjar = [p for p in doc.places if doc.text[p.start : p.end] == "سنجار"]
    assert sinjar and all(p.country == "IQ" for p in sinjar)


def test_a_syrian_article_keeps_syria_first(nlp):
    text = "خبر من إدلب\nقُتل مدني بقصف مدفعي على بلدة سنجار في ريف إدلب الشرقي، وسط تحليق للطيران فوق سراقب ومعرة النعمان."
    doc = nlp(Document(text=text, id="sy", published="2024-07-29"))
    sinjar = [p for p in doc.places if "سنجار" in doc.text[p.start : p.end]]
    assert sinjar and all(p.country == "SY" for p in sinjar)


def test_the_other_country_needs_three_places_and_a_clear_majority():
    from types import SimpleNamespace

    from marsad.stages.geocoder import _other_country

    def places(*countries):
        return [SimpleNamespace(country=c, feature="town") for c in countries]

    assert _other_country(places("IQ", "IQ", "IQ", "SY"), "SY") == "IQ"
    assert _other_country(places("IQ", "IQ", "SY"), "SY") is None  # fewer than three
    assert _other_country(places("IQ", "IQ", "IQ", "SY", "SY"), "SY") is None  # no clear majority
    assert _other_country(places("SY", "SY", "SY"), "SY") is None
    # country names do not count («العراق»، «الأراضي العراقية»)
    assert _other_country([*places("IQ", "IQ"), SimpleNamespace(country="IQ", feature="country")], "SY") is None
