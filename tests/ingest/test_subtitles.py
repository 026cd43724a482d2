"""A broadcast's subtitles (SubRip's numbered cues, WebVTT's) read as their words are said: a sentence broken
across cues is one sentence, quoted without the cues' numbers and times, at the file's own offsets and lines."""

from __future__ import annotations

import pytest

from qa.chat.engine import Engine
from qa.chat.present import quote_parts
from qa.ingest.formats import loader_for
from qa.ingest.markdown import blank_links
from qa.ingest.sentences import split_sentences
from qa.ingest.subtitles import as_said, subtitled
from qa.read.normalize import holds_answer
from tests.fakes import SpansReader

SUBRIP = """1
00:00:00,000 --> 00:00:06,500
[MUSIC]

2
00:00:06,900 --> 00:00:10,200
Good evening. This is the Evening News,
I'm Mirela Dagny.

3
00:00:26,400 --> 00:00:30,700
Temperatures in Skarra fell overnight
to minus 31.4 degrees,

4
00:00:30,800 --> 00:00:35,200
the lowest reading at the town's
weather station since 1987.

5
00:00:47,500 --> 00:00:50,100
- Otto, how cold is it there now?
- Mirela, it's just after seven,

6
00:00:50,200 --> 00:00:54,600
and the thermometer on the town hall
is already showing minus 24.

7
00:00:55,000 --> 00:00:57,000
[MUSIC]

8
00:00:57,100 --> 00:01:01,400
MPs voted to raise the winter fuel payment
from 250 to 400 lisks.
"""

WEBVTT = """WEBVTT

00:01.000 --> 00:04.000 align:start
The harbour crane contract went

00:04.100 --> 00:07.900 align:start
to Ambrel Shipyards for 40 million marks.

00:08.000 --> 00:10.000
[APPLAUSE]

00:10.100 --> 00:13.000
The mayor said the work would start in May.
"""


def _sentences(text: str) -> list[str]:
    article = loader_for("news.srt").load(text.encode())
    return [text[s:e] for a, b in article.blocks for s, e in split_sentences(text, a, b, 60)]


def test_a_sentence_broken_across_cues_is_one_sentence_and_a_new_speaker_starts_one():
    said = [" ".join(blank_links(s).split()) for s in _sentences(SUBRIP)]
    assert said == ["Good evening.", "This is the Evening News, I'm Mirela Dagny.",
                    "Temperatures in Skarra fell overnight to minus 31.4 degrees, the lowest reading at the town's "
                    "weather station since 1987.",
                    "Otto, how cold is it there now?",
                    "Mirela, it's just after seven, and the thermometer on the town hall is already showing minus 24.",
                    "MPs voted to raise the winter fuel payment from 250 to 400 lisks."]


def test_words_said_keep_their_places_and_lines():
    said = as_said(SUBRIP)
    assert len(said) == len(SUBRIP) and said.count("\n") < SUBRIP.count("\n")
    assert all(a == b for a, b in zip(said, SUBRIP) if not b.isspace() and a != " ")
    article = loader_for("evening-news.txt").load(SUBRIP.encode())     # (subtitles saved as text)
    assert article.text == SUBRIP and article.title == "" and article.date == ""
    start, end = article.blocks[0]
    assert SUBRIP[start:].startswith("Good evening.") and SUBRIP[:end].endswith("400 lisks.")


def test_webvtt_is_read_the_same_way():
    assert [" ".join(blank_links(s).split()) for s in _sentences(WEBVTT)] == [
        "The harbour crane contract went to Ambrel Shipyards for 40 million marks.",
        "The mayor said the work would start in May."]
    assert loader_for("clip.vtt").load(WEBVTT.encode()).text == WEBVTT


def test_a_quote_across_cues_is_shown_without_the_cue_numbers_and_times():
    raw = next(s for s in _sentences(SUBRIP) if s.startswith("Temperatures"))
    before, quote, after = quote_parts(raw, "minus 31.4 degrees", raw.index("minus 31.4"), "news.srt")
    assert quote == "minus 31.4 degrees" and "-->" not in after and " ".join(after.split()) == (
        ", the lowest reading at the town's weather station since 1987.")
    assert "00:00:30,800" in raw and holds_answer(raw, ["degrees, the lowest reading"])


@pytest.mark.parametrize("text", [
    "The clip's time code read 00:01:04,200 --> 00:01:07,900 in the editor, the court heard.\n",
    "1\n00:00:01,000 --> 00:00:02,000\nOne cue alone.\n\n2\n00:00:02,100 --> 00:00:03,000\nAnd a second.\n",
])
def test_a_story_quoting_a_cue_or_two_is_no_subtitles(text):
    assert not subtitled(text) and as_said(text) == text


def test_subtitles_of_sounds_alone_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="no words"):
        loader_for("x.srt").load(b"1\n00:00:00,000 --> 00:00:02,000\n[MUSIC]\n\n2\n00:00:02,100 --> 00:00:03,000\n"
                                 b"[MUSIC]\n\n3\n00:00:03,100 --> 00:00:04,000\n[APPLAUSE]\n")


def test_an_answer_said_across_two_cues_is_quoted_from_the_file(tmp_path, fake_encoder):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evening-news-2026-01-14.srt").write_text(SUBRIP, encoding="utf-8")
    engine = Engine(seeds, tmp_path / "index", encoder=fake_encoder, reader=SpansReader({"minus 31.4 degrees": 5.0}),
                    threshold=0.0)
    a = engine.answer("How cold did it get in Skarra overnight?")
    assert a.found and a.text == "minus 31.4 degrees" and a.date == "2026-01-14"
    assert engine.article_text("evening-news-2026-01-14.srt")[a.start:a.end] == a.text
    assert a.line == SUBRIP[:a.start].count("\n") + 1 == 13


def test_three_cues_are_read_as_said_from_the_first():
    text = ("1\n00:00:00,000 --> 00:00:01,000\nGood evening, the storm\n\n2\n00:00:01,000 --> 00:00:02,000\n"
            "reached Kelvik at noon.\n\n3\n00:00:02,100 --> 00:00:03,000\nMore soon.\n")
    assert [" ".join(blank_links(s).split()) for s in _sentences(text)] == [
        "Good evening, the storm reached Kelvik at noon.", "More soon."]


def test_webvtts_header_notes_and_cue_names_are_no_words_said():
    text = ("WEBVTT\nKind: captions\nLanguage: en\n\nNOTE Transcribed by the newsroom\n\nintro\n00:01.000 --> 00:02.000\n"
            "Good evening, the storm\n\n00:02.100 --> 00:03.000\nreached Kelvik at noon.\n\n00:03.100 --> 00:04.000\n"
            "More soon.\n")
    assert " ".join(as_said(text).split()) == "Good evening, the storm reached Kelvik at noon. More soon."
