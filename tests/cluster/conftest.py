"""One simulated two-node Ray cluster for the whole session (``ray.cluster_utils.Cluster``: two
nodes of 1 CPU each, the smallest object store Ray allows), shut down at the end.

Skipped when Ray is not installed (``pip install -r requirements-cluster.txt``), unless
QA_REQUIRE_RAY=1 (CI), where that fails."""

from __future__ import annotations

import os

import pytest

OBJECT_STORE = 80 * 2**20      # Ray's minimum is 75 MB


def pytest_configure(config):
    config.addinivalue_line("markers", "cluster: builds on a simulated two-node Ray cluster (runs in CI; set "
                                       "QA_REQUIRE_RAY=1 to fail instead of skip when Ray is missing)")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/cluster/" in item.nodeid:
            item.add_marker(pytest.mark.cluster)


def need_ray():
    try:
        import ray
        import ray.data
    except ImportError:
        if os.environ.get("QA_REQUIRE_RAY") == "1":
            pytest.fail("QA_REQUIRE_RAY=1 but Ray is missing: pip install -r requirements-cluster.txt")
        pytest.skip("Ray is not installed (pip install -r requirements-cluster.txt)")
    return ray


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory):
    """A connected two-node cluster; tests pin their worker count to its 2 CPUs."""
    ray = need_ray()
    from ray.cluster_utils import Cluster

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if ray.is_initialized():
        ray.shutdown()
    temp = tmp_path_factory.mktemp("ray")
    # Ray writes the cluster's address into its default folder (<tmp>/ray) even when the head node
    # has a temp_dir of its own, before any node has made that folder: on a fresh machine it fails.
    os.makedirs(os.path.join(os.environ.get("RAY_TMPDIR") or os.environ.get("TMPDIR") or "/tmp", "ray"),
                exist_ok=True)
    cluster = Cluster(initialize_head=True, head_node_args={
        "num_cpus": 1, "object_store_memory": OBJECT_STORE, "include_dashboard": False,
        "temp_dir": str(temp)})
    try:
        cluster.add_node(num_cpus=1, object_store_memory=OBJECT_STORE)
        ray.init(address=cluster.address, log_to_driver=False, logging_level="error")
        cluster.wait_for_nodes()
        yield cluster
    finally:
        ray.shutdown()
        cluster.shutdown()
