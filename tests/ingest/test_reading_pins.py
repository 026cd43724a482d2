"""A guard on ``READING_VERSION``. An index records the version of the reading rules it was built
under and, when the program's differs, reads its files again to find those to embed again; a
change to a loader or to the clutter, title, date or byline rules that is not announced by a new
version would leave articles indexed as the old rules read them. This test pins what the loaders
make of a few files of each kind: if the change is intended, bump ``READING_VERSION`` in
``qa/ingest/seeds.py`` and write the pins again with ``python -m tests.ingest.test_reading_pins``."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from qa.ingest.seeds import READING_VERSION, load_document, reading_digest
from tests.conftest import SEED
from tests.ingest.test_loaders import BARE_PAGE, PAGE, SHOWN

PINS = Path(__file__).with_name("reading_pins.json")

SAMPLES = {
    "page.html": PAGE.encode("utf-8"),
    "bare.html": BARE_PAGE.encode("utf-8"),
    "headline.txt": ("Bank holds rates at 5% – The Daily Ledger\n\nPublished 5 March 2024\n\n"
                     "The central bank held its main rate at 5% on Tuesday.\n").encode(),
    "furniture.txt": (b"Bridge closes for repairs\n\nSkip to main content\nHome | News | Sport | Weather\nBy Tom Hardy\n"
                      b"*Published 5 March 2024*\n\nThe Old Harbour Bridge will close on Monday, the council said.\n\n"
                      b"We use cookies to improve your experience on our site.\nAccept all cookies\n\n"
                      b"Tags: Bridges, Transport, Council\nFacebook Twitter Email\n"),
    "dateline.txt": b"Storm hits coast\n\nLISBON, January 9, 2025 - A storm closed the port.\n",
    "byline.txt": b"Mayor re-elected\n\nBy Anselm Quaye | Brennmoor Evening Post\n\nIngrid Solberg was re-elected.\n",
    "updated.txt": b"Dredging deal\n\nPublished 3 January 2023, updated 5 February 2024\nBy Jo Park and Kim Ode\n\nA deal.\n",
    "front.md": (b'---\ntitle: "Tram line opens"\ndate: 2023-11-02\npublisher: City Times\nauthor: Kim Ode\n---\n'
                 b"# Tram line opens\n\nThe new tram line carried 20,000 people on its first day.\n"),
    "quoted.md": (b'---\ntitle: "I never wanted this": an interview with Ros Fair\ndate: 2023-09-10\n---\n\n'
                  b"Ros Fair, 46, campaigned for cycle lanes.\n\n**Q: Why stand?**\n\nA: Someone had to.\n"),
    "masthead.txt": (b"Lode Bridge closed after crack found\nPublished 15 January 2024\nThe Fenwick Courier\n\n"
                     b"The Lode Bridge in Fenwick has been closed to all traffic.\n"),
    "wire.txt": ("Kestrel Mining agrees takeover\n\nLONDON, Sept 2 (Meridian Wire) — Kestrel Mining has agreed to a "
                 "takeover.\n\n(Reporting by Anjali Rhodes and Li Wei; Editing by Tom Whitcombe)\n").encode(),
    "shown.html": SHOWN.encode(),
    "latin1.txt": "Café owners protest\n\nThe café owners of Saint-Étienne marched on Friday.\n".encode("cp1252"),
    "latin1.html": PAGE.replace('<meta charset="utf-8">', "").replace("Rosa Quint", "Carmen Ibáñez")
                       .replace("“", '"').replace("”", '"').encode("latin-1"),
}


def digests(tmp: Path) -> dict[str, str]:
    """The ``reading_digest`` of each sample file and of the shipped seed."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, raw in SAMPLES.items():
        (seeds / name).write_bytes(raw)
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    return {p.name: reading_digest(load_document(p, seeds)) for p in sorted(seeds.iterdir())}


def test_what_the_loaders_read_changes_only_with_the_reading_version(tmp_path):
    pinned = json.loads(PINS.read_text(encoding="utf-8"))
    got = digests(tmp_path)
    changed = sorted(name for name in got if got[name] != pinned["digests"].get(name))
    if pinned["reading_version"] == READING_VERSION:
        assert not changed, (f"the loaders read {', '.join(changed)} differently under the same READING_VERSION: "
                             "bump it and write the pins again (see this module's docstring)")
    else:
        raise AssertionError(f"READING_VERSION is {READING_VERSION}, the pins are of {pinned['reading_version']}: "
                             "write the pins again (see this module's docstring)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        PINS.write_text(json.dumps({"reading_version": READING_VERSION, "digests": digests(Path(tmp))}, indent=1)
                        + "\n", encoding="utf-8")
    print(f"wrote {PINS}", file=sys.stderr)
