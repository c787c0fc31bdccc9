"""revguide.literal: escaped text read a run at a time gives the HTML escapeall gives alone."""

from __future__ import annotations

import functools

import markdown
from conftest import CONTENT, ROOT
from hypothesis import given
from hypothesis import strategies as st
from rendering import to_html
from revguide.dialect import escape
from revguide.site import build_site


@functools.cache
def _without_literal() -> markdown.Markdown:
    from mkdocs.config import load_config

    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    extensions = [e for e in config.markdown_extensions if e != "revguide.literal"]
    assert len(extensions) == len(config.markdown_extensions) - 1, "mkdocs.yml must enable it"
    return markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)


def _plain_html(content: str) -> str:
    from mkdocs.utils.meta import get_data

    return _without_literal().reset().convert(get_data(content)[0])


def test_every_generated_page_of_the_seeds_is_the_same_html() -> None:
    site = build_site(CONTENT, ROOT)
    for page in site.pages:
        assert to_html(page.content) == _plain_html(page.content), page.path


markup = st.text(alphabet=st.sampled_from("\\`*_{}[]()#+-.!?<>&|~^=:$@ aZ1\n\t\x02\x03é💡"))
#: Escaped text as the renderer places it: alone, in a list, beside its own markup.
placed = st.sampled_from(
    ["{}", "- {}", "# {}", "- [ ] {}", "**{}** {}", '[{}](x.md "t") {}', "{} *(x)*", "{}  \n{}"]
)


@given(placed, st.lists(markup, min_size=1, max_size=2))
def test_escaped_text_gives_the_same_html(template: str, texts: list[str]) -> None:
    parts = [escape(t) for t in texts]
    content = template.format(*(parts * 2)[: template.count("{}")])
    assert to_html(content) == _plain_html(content)
