"""marsad.temporal"""
