"""The floor plan's rule for imports inside functions (docs/architecture.md).

import-linter (`make lint`) keeps the packages' layers; this keeps the other half of the
rule: an import inside a function is there only because Django's app loading needs it
(the module imports models, which exist only once apps are loaded), and a comment on the
import group or the line says so.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("config", "hub", "browse", "demo", "events", "resources", "home")


def _uncommented_inner_imports():
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            for function in ast.walk(ast.parse(source)):
                if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(function):
                    if not isinstance(node, ast.Import | ast.ImportFrom):
                        continue
                    if not _has_comment(lines, node.lineno - 1):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _has_comment(lines, index):
    """A comment on the import's line, or just above the group of imports it belongs to."""
    if "#" in lines[index]:
        return True
    above = index - 1
    while above >= 0 and (
        lines[above].strip().startswith(("from ", "import ")) or not lines[above].strip()
    ):
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#")


def test_every_import_inside_a_function_says_why():
    assert _uncommented_inner_imports() == []


def test_the_check_finds_an_uncommented_import():
    lines = ["def f():", "    from events.models import EventPage", "", "    return EventPage"]
    assert not _has_comment(lines, 1)
    lines.insert(1, "    # Imported here: events.models loads only once apps are loaded.")
    assert _has_comment(lines, 2)
