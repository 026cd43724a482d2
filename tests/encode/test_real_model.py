"""With the real all-MiniLM-L6-v2: our encoder equals sentence-transformers, chunks fit the model
by its own tokenizer, and the real seed answers the example question."""

from __future__ import annotations

import random

import numpy as np
import pytest

from qa.chat.engine import Engine
from qa.encode.minilm import MAX_TOKENS
from qa.index.writer import title_prefix
from qa.ingest.chunks import chunk_document
from qa.ingest.clutter import title_and_blocks
from qa.records import Document
from qa.settings import DEFAULT
from tests.conftest import SEED

pytestmark = pytest.mark.slow

TEXTS = [
    "What did Russia give North Korea?",
    "Russia has provided North Korea with anti-aircraft missiles and air defense equipment.",
    "",
    "a",
    "Café Zürich — “quoted” text, 10,000 troops; naïve façade… 東京 and emoji 🚀.",
    "The North Koreans provided Russia with more than 10,000 soldiers earlier this fall. " * 30,   # > 256 pieces
    "short",
    "Kim Jong-Un and Vladimir Putin have strengthened their relationship over the course of the war.",
]


def test_encoder_equals_sentence_transformers(real_encoder):
    from sentence_transformers import SentenceTransformer

    from qa.encode.minilm import model_dir

    reference = SentenceTransformer(str(model_dir()), device="cpu")
    want = reference.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    got = real_encoder.encode(TEXTS)
    assert got.shape == (len(TEXTS), real_encoder.dim) == want.shape
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, want, atol=1e-5)
    # Batching and padding do not change a vector.
    np.testing.assert_allclose(real_encoder.encode(TEXTS[1:2])[0], want[1], atol=1e-5)


def test_sentence_vectors_in_context(real_encoder):
    text = "Russia gave North Korea missiles. The weather in Paris was mild."
    cut = text.index(" The")
    vecs, spans = real_encoder.encode_spans([text], [[(0, cut), (cut + 1, len(text))]])
    assert spans[0].shape == (2, real_encoder.dim)
    np.testing.assert_allclose(np.linalg.norm(spans[0], axis=1), 1.0, atol=1e-5)
    q = real_encoder.encode(["What weapons did Russia give North Korea?"])[0]
    assert spans[0][0] @ q > spans[0][1] @ q


def _doc(text: str) -> Document:
    title, blocks = title_and_blocks(text)
    return Document(source="t.txt", title=title, text=text, sha256="", encoding="utf-8", blocks=blocks)


def test_chunks_fit_the_model_by_its_own_tokenizer(real_encoder):
    rnd = random.Random(3)
    odd_words = ["https://example.com/a/very/long/path?with=query&and=more", "1,234,567.89", "Pyongyang’s",
                 "anti-aircraft", "東京都", "supercalifragilisticexpialidocious", "x" * 150, "#hashtag", "🚀🚀"]
    huge_line = " ".join(rnd.choice(odd_words + ["the", "missile", "envoy"]) for _ in range(6_000))
    no_space = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20_000))
    title = "A title that is rather long, " * 10
    for text in (f"{title}\n{huge_line}", f"Title\n{no_space}\nEnd.", SEED.read_text(encoding="utf-8")):
        doc = _doc(text)
        chunks = chunk_document(doc, real_encoder.sizes)
        assert chunks
        prefix = title_prefix(doc.title, real_encoder, DEFAULT.embed_title_tokens)
        sizes = real_encoder.sizes([c.text for c in chunks])
        assert max(sizes) <= DEFAULT.chunk_limit
        full = real_encoder.sizes([prefix + c.text for c in chunks])
        assert max(full) + 2 <= MAX_TOKENS        # nothing the model would cut off
        for c in chunks:
            assert doc.text[c.start:c.end] == c.text


def test_real_seed_answers_the_example_question(seed_dir, tmp_path, real_encoder):
    engine = Engine(seed_dir, tmp_path / "index", encoder=real_encoder)
    assert engine.last_report.added == (SEED.name,)
    passages = engine.retrieve("What did Russia give North Korea?", 3)
    top = passages[0]
    assert top.source == SEED.name
    assert "anti-aircraft missiles" in top.text
    text = SEED.read_text(encoding=top.encoding)
    assert text[top.start:top.end] == top.text
    # Loaded again from disk: the same passages.
    again = Engine(seed_dir, tmp_path / "index", encoder=real_encoder, auto_build=False)
    assert [(p.start, p.end, round(p.score, 5)) for p in again.retrieve("What did Russia give North Korea?", 3)] == \
        [(p.start, p.end, round(p.score, 5)) for p in passages]


def test_reader_pairs_keep_sentence_offsets_with_and_without_context(real_encoder):
    from qa.read.span_reader import encode_pairs

    tok = real_encoder.tokenizer
    sentence = "Shin Won-sik told local broadcaster SBS about the missiles."
    plain = encode_pairs(tok, "Who told SBS?", [sentence])
    titled = encode_pairs(tok, "Who told SBS?", [sentence], ["Russia gave North Korea air defenses"])
    both = encode_pairs(tok, "Who told SBS?", [sentence], ["Russia gave North Korea air defenses"],
                        ["Russia has given North Korea anti-aircraft missiles, Seoul says."])
    for ids, types, offsets in (plain, titled, both):
        assert len(ids[0]) == len(types[0]) == len(offsets[0])
        spans = [o for o in offsets[0] if o is not None]       # only sentence tokens can be answers
        assert spans[0][0] == 0 and spans[-1][1] == len(sentence)
        assert spans == [o for o in plain[2][0] if o is not None]
    for longer, shorter in ((titled, plain), (both, titled)):
        extra = len(longer[0][0]) - len(shorter[0][0])          # the context part and its [SEP]
        assert extra > 1 and longer[1][0].count(1) == shorter[1][0].count(1) + extra


def test_the_int8_reader_reads_as_the_float_one(real_encoder):
    from qa.read.span_reader import SpanReader as Reader

    question = "Who told local broadcaster SBS about the missiles?"
    sentences = ["Shin Won-sik told local broadcaster SBS about the missiles on Friday.",
                 "Russia sent air defense systems to Pyongyang, officials said.",
                 "The weather in Seoul was mild."]
    exact = Reader(real_encoder.model, real_encoder.tokenizer, int8=False).read(question, sentences)
    fast = Reader(real_encoder.model, real_encoder.tokenizer, int8=True).read(question, sentences)
    assert sentences[0][exact[0].start:exact[0].end] == "Shin Won-sik"
    for a, b in zip(fast, exact):
        assert abs(a.margin - b.margin) < 1.5
        if b.margin > 0:                      # where there is an answer, the same one
            assert (a.start, a.end) == (b.start, b.end)
    assert max(range(3), key=lambda i: fast[i].margin) == 0


def test_a_few_texts_are_encoded_on_the_threads_set_now_a_batch_on_the_build_threads(real_encoder, monkeypatch):
    import torch

    from qa.encode.encoder import torch_threads

    seen, states = [], real_encoder.token_states

    def noted(*args, **kwargs):
        seen.append(torch.get_num_threads())
        return states(*args, **kwargs)

    monkeypatch.setattr(real_encoder, "token_states", noted)
    with torch_threads(1):
        real_encoder.encode(["What did Russia give North Korea?"])
    real_encoder.encode(["a chunk"] * real_encoder.batch_size)
    assert seen == [1, real_encoder.build_threads]


def test_the_reader_never_answers_with_a_links_address(real_encoder):
    from qa.read.span_reader import SpanReader as Reader

    sentence = ("Chemists at [Pernwick University](https://www.pernwick-uni.example) say they have built a battery made "
                "from sea salt, iron and water.")
    reading = Reader(real_encoder.model, real_encoder.tokenizer).read("What is the new battery made from?", [sentence])[0]
    assert "http" not in sentence[reading.start:reading.end] and "sea salt" in sentence[reading.start:reading.end]
    assert all("http" not in sentence[s:e] and "](" not in sentence[s:e] for s, e, _ in reading.spans)


def test_a_ligature_is_read_as_its_letters_at_its_place(real_encoder):
    text = "The ﬁnal ﬂoor of the ofﬁce"
    enc = real_encoder.tokenizer.encode(text, add_special_tokens=False)
    assert enc.tokens == ["the", "final", "floor", "of", "the", "office"]
    assert [text[a:b] for a, b in enc.offsets] == ["The", "ﬁnal", "ﬂoor", "of", "the", "ofﬁce"]
    same = real_encoder.encode(["The final floor of the office"])[0] @ real_encoder.encode([text])[0]
    assert same > 0.999
