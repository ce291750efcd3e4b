"""Numbers and casualty counts."""
