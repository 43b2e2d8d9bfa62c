"""Persistence: SQLAlchemy models, the case-file engine, migrations, search, blobs.

Knows nothing of services or of Qt.
"""
