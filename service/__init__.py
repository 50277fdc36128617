"""article-facts: structured, evidence-backed facts from news articles, served over HTTP.

Importing the package creates no app; gunicorn calls ``service:create_app()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: Any = None) -> Flask:
    """Build the Flask app (see :func:`service.app.create_app`)."""
    from .app import create_app as _create_app

    return _create_app(config)


__all__ = ["__version__", "create_app"]
