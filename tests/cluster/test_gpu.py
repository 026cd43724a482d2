"""GPU workers: with ``ray_gpus_per_worker`` the actors run the model on CUDA. Runs only where a
CUDA device is present (never required); it joins a GPU node to the session's cluster."""

from __future__ import annotations

import numpy as np
import pytest

from qa.index.build import build_index
from qa.index.cluster import build_on_ray
from qa.settings import Settings
from tests.cluster.test_build_on_ray import _seeds, assert_same_index


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


pytestmark = [pytest.mark.slow, pytest.mark.skipif(not _cuda(), reason="no CUDA device here")]


def test_the_model_on_cuda_gives_the_cpu_vectors(real_encoder):
    from qa.encode.minilm import MiniLMEncoder

    gpu = MiniLMEncoder(device="cuda")
    texts = ["Russia provided North Korea with air defense systems.", "The comet returns every seventy years."]
    spans = [[(0, 6), (7, 15)], [(4, 9)]]
    cpu_vecs, cpu_spans = real_encoder.encode_spans(texts, spans)
    gpu_vecs, gpu_spans = gpu.encode_spans(texts, spans)
    np.testing.assert_allclose(gpu_vecs, cpu_vecs, atol=1e-4)
    for a, b in zip(gpu_spans, cpu_spans):
        np.testing.assert_allclose(a, b, atol=1e-4)


def test_gpu_workers_build_the_same_index(ray_cluster, tmp_path, real_encoder):
    node = ray_cluster.add_node(num_cpus=1, num_gpus=1)
    try:
        ray_cluster.wait_for_nodes()
        seeds = _seeds(tmp_path)
        build_index(seeds, tmp_path / "local", encoder=real_encoder)
        build_on_ray(seeds, tmp_path / "gpu", settings=Settings(ray_workers=1, ray_gpus_per_worker=1))
        assert_same_index(tmp_path / "local", tmp_path / "gpu", atol=2e-3)
    finally:
        ray_cluster.remove_node(node)
