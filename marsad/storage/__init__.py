"""marsad.storage"""
