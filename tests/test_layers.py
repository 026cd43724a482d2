"""The package reads as its stages: a module imports only its own stage and the stages below it
(``qa.LAYERS``), and the runtime never imports ``qa.measure``."""

from __future__ import annotations

import ast
from pathlib import Path

import qa

PACKAGE = Path(qa.__file__).parent


def _layer(module: str) -> str:
    """"qa.index.build" → "index"; "qa.settings" → "settings"."""
    return module.split(".")[1]


def _imports(path: Path) -> set[str]:
    """The qa modules a file imports (at any depth: function-level imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qa.") and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.module == "qa":
            found.update(f"qa.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("qa."))
    return found


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in ("__init__.py", "__main__.py"):
            continue                                   # the public API sits on top of everything
        yield path, rel.parts[0].removesuffix(".py")


def test_every_module_belongs_to_a_layer():
    for path, layer in _modules():
        assert layer in qa.LAYERS, f"{path.relative_to(PACKAGE)} is in no layer of qa.LAYERS"


def test_no_module_imports_a_higher_layer():
    rank = {name: i for i, name in enumerate(qa.LAYERS)}
    wrong = []
    for path, layer in _modules():
        for module in _imports(path):
            if module.split(".")[1] in rank and rank[_layer(module)] > rank[layer]:
                wrong.append(f"{path.relative_to(PACKAGE)} ({layer}) imports {module} ({_layer(module)})")
    assert not wrong, "imports that point up:\n" + "\n".join(wrong)


def test_the_runtime_never_imports_measure():
    wrong = [f"{path.relative_to(PACKAGE)} imports {m}" for path, layer in _modules() if layer not in ("measure", "cli")
             for m in _imports(path) if _layer(m) == "measure"]
    assert not wrong, "\n".join(wrong)


def test_each_subpackage_says_what_it_holds_and_may_import():
    for sub in (p for p in PACKAGE.iterdir() if (p / "__init__.py").exists()):
        doc = ast.get_docstring(ast.parse((sub / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Imports" in doc, f"qa/{sub.name}/__init__.py must say what it holds and may import"
