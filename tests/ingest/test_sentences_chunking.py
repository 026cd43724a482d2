"""Sentence splitting and sentence-aware chunking: offsets into the original text, size limits,
overlap, and nothing lost."""

from __future__ import annotations

import random
import re

import pytest

from qa.ingest.chunks import chunk_document, windows, word_sizes
from qa.ingest.clutter import title_and_blocks
from qa.ingest.seeds import load_document
from qa.ingest.sentences import split_sentences
from qa.records import Document
from qa.settings import DEFAULT, Settings
from tests.conftest import SEED, SEED_CLUTTER


def _doc(text: str, source: str = "t.txt") -> Document:
    title, blocks = title_and_blocks(text)
    return Document(source=source, title=title, text=text, sha256="", encoding="utf-8", blocks=blocks)


def check_chunks(doc: Document, chunks, size=word_sizes, limit: int = DEFAULT.chunk_limit) -> None:
    """Every invariant of a document's chunks."""
    assert chunks, "an article with text gives at least one chunk"
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text
        assert c.source == doc.source
        assert c.sentences and c.sentences[0][0] == c.start and c.sentences[-1][1] == c.end
        for s, e in c.sentences:
            assert c.start <= s < e <= c.end
            assert doc.text[s:e].strip() == doc.text[s:e]
        assert all(a[1] <= b[0] for a, b in zip(c.sentences, c.sentences[1:]))
        assert size([c.text])[0] <= limit
        # Inside one block: never across a clutter line or the title.
        assert any(bs <= c.start and c.end <= be for bs, be in doc.blocks)
    # Windows move forward, and no window is a mere part of the previous one.
    for a, b in zip(chunks, chunks[1:]):
        assert a.start < b.start and a.end < b.end
    # Nothing is lost: every non-space character of every block is in some chunk.
    covered = bytearray(len(doc.text))
    for c in chunks:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    for bs, be in doc.blocks:
        missing = [i for i in range(bs, be) if not covered[i] and not doc.text[i].isspace()]
        assert not missing, doc.text[missing[0]:missing[0] + 40]


# -- sentences ------------------------------------------------------------------------------------
def _sentences(text: str, max_words: int = 60) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), max_words)]


def test_sentence_boundaries():
    text = ("Mr. Smith went to Washington, D.C. on Monday. He met Dr. J. K. Rowling at 5 p.m. there! "
            "“Was it good?” she asked. The U.S. Army said 3.5 percent. It grew.\n\n"
            "A new paragraph without a full stop\nAnother line")
    assert _sentences(text) == [
        "Mr. Smith went to Washington, D.C. on Monday.",
        "He met Dr. J. K. Rowling at 5 p.m. there!",
        "“Was it good?” she asked.",
        "The U.S. Army said 3.5 percent.",
        "It grew.",
        "A new paragraph without a full stop",
        "Another line",
    ]


def test_a_numbered_lists_number_stays_with_its_item():
    text = ("Results:\n1. Nils Moen (DRV) 26h 41m 12s\n2. Thomas Peeters (BEL) at 42s\n\nHe won. 2. Then he left.\n"
            "5. The auditor said the tram was late. It cost more.")
    assert _sentences(text) == ["Results:", "1. Nils Moen (DRV) 26h 41m 12s", "2. Thomas Peeters (BEL) at 42s",
                                "He won.", "2.", "Then he left.",       # (a number inside a line: as before)
                                "5.", "The auditor said the tram was late.", "It cost more."]   # a numbered paragraph


def test_hard_wrapped_lines_are_joined():
    text = ("This sentence was wrapped by an old mail program at some column\n"
            "and goes on here. Next one.")
    assert _sentences(text) == [
        "This sentence was wrapped by an old mail program at some column\nand goes on here.",
        "Next one.",
    ]


def test_long_runs_without_punctuation_are_cut_at_word_boundaries():
    words = [f"w{i}" for i in range(250)]
    text = "  " + " ".join(words) + "  "
    spans = split_sentences(text, 0, len(text), 60)
    assert [len(text[s:e].split()) for s, e in spans] == [60, 60, 60, 60, 10]
    assert " ".join(text[s:e] for s, e in spans) == " ".join(words)


def test_sentences_offsets_are_file_offsets():
    text = "HEADER\nOne sentence. Two sentence.\nFOOTER"
    start, end = text.index("One"), text.index("\nFOOTER")
    spans = split_sentences(text, start, end, 60)
    assert [text[s:e] for s, e in spans] == ["One sentence.", "Two sentence."]


# -- windows --------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(30))
def test_windows_properties(seed):
    rnd = random.Random(seed)
    limit, target, overlap = rnd.choice([(200, 128, 32), (50, 30, 10), (20, 12, 0)])
    sizes = [rnd.randint(1, limit) if rnd.random() < 0.1 else rnd.randint(1, max(1, target // 3))
             for _ in range(rnd.randint(1, 80))]
    wins = windows(sizes, target, limit, overlap)
    assert wins[0][0] == 0 and wins[-1][1] == len(sizes)
    for lo, hi in wins:
        assert lo < hi
        assert sum(sizes[lo:hi]) <= limit or hi - lo == 1
    for (lo1, hi1), (lo2, hi2) in zip(wins, wins[1:]):
        assert lo1 < lo2 <= hi1 < hi2          # forward, contiguous or overlapping, never contained
        assert sum(sizes[lo2:hi1]) <= 2 * overlap


def test_windows_overlap_whole_items():
    sizes = [10] * 30
    wins = windows(sizes, target=50, limit=60, overlap=15)
    assert wins[:3] == [(0, 5), (3, 8), (6, 11)]
    assert windows([], 10, 20, 5) == []


def test_windows_do_not_repeat_a_tail_that_leaves_no_room():
    # After [0, 3) the next item (170) cannot join even 20 units of overlap under the limit of
    # 180: a window [2, 3) would only repeat the end of [0, 3).
    wins = windows([100, 20, 20, 170, 10], target=128, limit=180, overlap=32)
    assert wins == [(0, 3), (3, 4), (4, 5)]


# -- chunks ---------------------------------------------------------------------------------------
def test_real_seed_chunks(seed_dir):
    doc = load_document(seed_dir / SEED.name, seed_dir)
    chunks = chunk_document(doc)
    check_chunks(doc, chunks)
    for c in chunks:
        for clutter in SEED_CLUTTER:
            assert clutter not in c.text
        assert doc.title not in c.text
    assert "anti-aircraft missiles" in chunks[0].text


@pytest.mark.parametrize("limit, target, overlap", [(200, 128, 32), (40, 25, 8), (12, 8, 3), (5, 3, 0)])
def test_real_seed_chunks_small_limits(seed_dir, limit, target, overlap):
    doc = load_document(seed_dir / SEED.name, seed_dir)
    chunks = chunk_document(doc, settings=Settings(chunk_target=target, chunk_limit=limit, chunk_overlap=overlap))
    check_chunks(doc, chunks, limit=limit)
    if limit < 200:
        assert len(chunks) > 4


def test_one_huge_line_without_punctuation():
    rnd = random.Random(1)
    line = " ".join(rnd.choice(["alpha", "beta", "gamma", "delta", "x1", "omega"]) for _ in range(20_000))
    doc = _doc("Title\n" + line)
    chunks = chunk_document(doc)
    check_chunks(doc, chunks)
    assert len(chunks) > 20_000 // DEFAULT.chunk_limit


def test_one_huge_word():
    doc = _doc("Title\n" + "abcdefghij" * 5_000 + "\nEnd of it.")
    check_chunks(doc, chunk_document(doc, size=lambda ts: [len(t) // 4 for t in ts]))


def test_words_cut_in_the_middle_are_measured_together():
    """A size that grows faster than linearly in word length (like word pieces of an unknown long
    word) makes the halves of a cut word smaller than the whole: the chunk is measured again."""
    def size(texts):
        return [sum(len(w) ** 2 // 50 + 1 for w in t.split()) for t in texts]

    doc = _doc("Title\nshort words here " + "q" * 400 + " and after.")
    chunks = chunk_document(doc, size, Settings(chunk_target=40, chunk_limit=60, chunk_overlap=5))
    check_chunks(doc, chunks, size=size, limit=60)


def test_long_sentences_fit_under_the_limit_and_clutter_splits():
    sentence = " ".join(["word"] * 90) + "."
    text = "Title\n\n" + " ".join([sentence] * 3) + "\nShare this article\n" + "Short tail. End."
    doc = _doc(text)
    chunks = chunk_document(doc, settings=Settings(chunk_limit=50, chunk_target=30, chunk_overlap=10))
    check_chunks(doc, chunks, limit=50)
    assert chunks[-1].text == "Short tail. End."


def test_random_documents_keep_every_invariant():
    rnd = random.Random(7)
    vocab = ["Russia", "missiles", "the", "U.S.", "said", "Mr.", "war", "troops", "“quoted”", "(aside)", "42", "é"]
    for _ in range(40):
        lines = []
        for _ in range(rnd.randint(1, 30)):
            kind = rnd.random()
            if kind < 0.1:
                lines.append(rnd.choice(SEED_CLUTTER))
            elif kind < 0.25:
                lines.append("")
            else:
                words = [rnd.choice(vocab) for _ in range(rnd.randint(1, 120))]
                lines.append(re.sub(r" (?=[A-Z])", lambda m: rnd.choice([". ", " ", "! "]), " ".join(words)))
        text = "Title line\n" + rnd.choice(["\n", "\r\n"]).join(lines)
        text = text.replace("\r\n", "\n")
        doc = _doc(text)
        if not doc.blocks:
            continue
        limit = rnd.choice([30, 80, 200])
        check_chunks(doc, chunk_document(doc, settings=Settings(chunk_limit=limit, chunk_target=limit * 2 // 3, chunk_overlap=limit // 6)), limit=limit)


def test_a_paragraph_wrapped_at_a_fixed_width_reads_as_its_sentences():
    text = ("The budget was passed by 31 votes to 24, with\nfour abstentions. The council has 61 members;\n"
            "two were absent.\n\nArdwych City Council approved a budget of\nKSM 612 million for 2026 on Wednesday night,\n"
            "after a five-hour debate.")
    said = [text[a:b] for a, b in split_sentences(text, 0, len(text), 60)]
    assert said == ["The budget was passed by 31 votes to 24, with\nfour abstentions.",
                    "The council has 61 members;\ntwo were absent.",
                    "Ardwych City Council approved a budget of\nKSM 612 million for 2026 on Wednesday night,\n"
                    "after a five-hour debate."]



def test_a_reports_numbered_paragraph_wrapped_at_a_fixed_width_reads_as_its_sentences_a_list_does_not():
    text = ("1. The Ardwych tram project was approved in 2019 with a budget\nof 1.6 billion and an opening date of "
            "December 2024. The\nOffice estimates that the final cost will be 2.45 billion,\n53 per cent more than "
            "the original budget set in 2019.")
    said = [text[a:b] for a, b in split_sentences(text, 0, len(text), 60)]
    assert said[-1] == ("The\nOffice estimates that the final cost will be 2.45 billion,\n53 per cent more than the "
                        "original budget set in 2019.")
    listed = ("1. The Ardwych tram project was approved in 2019 with a budget\n2. the opening date of December 2024 "
              "was missed by a year\n3. the final cost will be 2.45 billion, half as much again")
    assert not any("\n" in listed[a:b] for a, b in split_sentences(listed, 0, len(listed), 60))


@pytest.mark.parametrize("text", [
    "- Founded in 1964 by the city council of Saltmere\n- Musicians: 68 salaried players in all",   # a list
    "Host: Tilde Marsk, the Courier's housing editor here\nGuest: Professor Rasmus Ekholm today",   # labels
    "Ferry fares rise by a fifth from April\nFuel costs up",                                          # short lines
    "## What happened at the meeting last night\nThe council voted to close the library in the",   # Markdown
    "1921 The first regular steam ferry crosses to the\n1956 The car ferry service begins on the",  # a timeline
    "Ferry fares to rise by a fifth from next spring\nBy Jo Park, Transport Correspondent",         # a byline
    "Tilde Marsk (host): welcome back to the programme and\nOle Brun (guest): thank you for having me on",
    "Volunteers clear seaweed and debris from the harbour wall at Skarvik on Sunday morning\nThe storm brought "
    "waves of up to nine metres to the coast overnight, the coastguard said.",                       # a caption
    "What the new timetable means for commuters travelling from the north of the county\nTrains from Halden will "
    "leave ten minutes earlier from 4 May, the operator said.",                                      # a sub-heading
    "Councillor Edda Voss said the decision to close the pool had been taken in haste\nThe council will meet "
    "again on 4 May to hear the swimmers' petition, its leader said.",                               # a stop left off
    "The harbour wakes before the gulls are loud\nand nets are mended on the shingle bank",         # verse
])
def test_lines_that_are_no_wrapped_paragraph_stay_apart(text):
    assert len(split_sentences(text, 0, len(text), 60)) == 2


def test_a_results_block_is_no_wrapped_paragraph():
    text = ("Ice hockey - national final, game 3\nSaltmere Seals 4 Dunmarrow Wolves 1\n"
            "The Seals lead the best-of-five final 2-1 after goals by Viljo Kask.")
    assert len(split_sentences(text, 0, len(text), 60)) == 3


def test_a_narrow_column_and_a_long_line_ending_mid_sentence_are_joined_verse_is_not():
    column = "The opposition leader, Cllr Peter\nHallen, voted against. He said the\nlimit would cost 380,000 tallons."
    assert [column[a:b] for a, b in split_sentences(column, 0, len(column), 60)] == [
        "The opposition leader, Cllr Peter\nHallen, voted against.", "He said the\nlimit would cost 380,000 tallons."]
    long = ("Her anthem was chosen in a national competition in 1968 from 412 entries. The words were written by the "
            "poet\nJakob Strand; Kessel later said she wrote the melody in one afternoon.")
    assert any("poet\nJakob Strand" in long[a:b] for a, b in split_sentences(long, 0, len(long), 60))
    verse = ("The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep,\n"
             "And miles to go before I sleep.")
    assert len(split_sentences(verse, 0, len(verse), 60)) == 4
    verse = ("The harbour wakes before the gulls are loud\nand nets are mended on the shingle bank\nwhile old men "
             "tell the sea it will be proud")                     # going on in lower case, its lines ending on words
    assert len(split_sentences(verse, 0, len(verse), 60)) == 3


def test_a_weekdays_short_form_before_a_date_ends_no_sentence():
    text = ("Parties have until Fri. Oct. 2 to register. They met on Sat. 14 March. We sat. Mark then spoke. "
            "They lay in the sun. March brought rain.")
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), 80)] == [
        "Parties have until Fri. Oct. 2 to register.", "They met on Sat. 14 March.", "We sat.", "Mark then spoke.",
        "They lay in the sun.", "March brought rain."]
