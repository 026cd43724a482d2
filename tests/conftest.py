import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import shutil
from pathlib import Path

import pytest

from tests.fakes import HashingEncoder, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4ec855d9f35632c0.txt"
# The page clutter lines of the seed, which the index leaves out.
SEED_CLUTTER = ["Facebook", "Twitter", "LinkedIn", "Telegram", "Tumblr", "CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER"]


@pytest.fixture
def fake_encoder():
    return HashingEncoder()


@pytest.fixture
def seed_dir(tmp_path):
    """A seeds folder holding a copy of the real seed article."""
    d = tmp_path / "seeds"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    return d


@pytest.fixture(scope="session")
def real_encoder():
    from qa.encode.minilm import load_encoder

    return load_encoder()


@pytest.fixture(scope="session")
def real_seed_engine(tmp_path_factory, real_encoder):
    """An engine with the real model over a copy of the real seed (shared; do not change its files)."""
    from qa.chat.engine import Engine

    root = tmp_path_factory.mktemp("real-seed")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    return Engine(seeds, root / "index", encoder=real_encoder)


@pytest.fixture
def corpus(tmp_path) -> Path:
    return write_corpus(tmp_path / "seeds")
