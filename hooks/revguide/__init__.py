"""revguide: turn raw exam subtopic texts into a revision guide.

The pure pipeline (no MkDocs import anywhere in this package)::

    from revguide.pipeline import build_guide
    guide = build_guide(Path("content_src"))
"""
