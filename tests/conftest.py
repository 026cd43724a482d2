import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.fakes import HashingEncoder  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4ec855d9f35632c0.txt"


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
    from qa.encode.encoder import load_encoder

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
