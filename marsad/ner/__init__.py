"""marsad.ner"""
