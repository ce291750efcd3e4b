

def test_yesterday_before_a_count_is_yesterday():
    # «أمس 78 شاحنة»: yesterday, then a count; «اليوم 27» stays a day count
    from marsad.temporal.resolve import find_times

    assert [(t.text, t.value) for t in find_times("ودخلت أمس 78 شاحنة إلى القطاع.", published="2024-02-27")] == [
        ("أمس", "2024-02-26")]
    assert find_times("في اليوم 27 من الحصار", published="2024-02-27") == []
