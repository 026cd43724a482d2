"""Error classes of answerable questions, from predictions lines."""

from __future__ import annotations

import json

from qa.measure.errors import classes, error_class, main


def _line(prediction, found=True, right=True, em=0.0, answers=("Ann Lee",), question="Who won the race?"):
    return {"kind": "answerable", "question": question, "answers": list(answers), "prediction": prediction,
            "found": found, "sentence_correct": right, "exact_match": em, "question_kind": "who"}


def test_each_class():
    assert error_class(_line("", found=False, right=False)) == "abstained"
    assert error_class(_line("Bo", right=False)) == "wrong sentence"
    assert error_class(_line("Ann Lee", em=1.0)) == "exact"
    assert error_class(_line("the race")) == "question's own words"
    assert error_class(_line("Bo Diaz")) == "another phrase"
    assert error_class(_line("Ann")) == "boundary"


def test_counts_and_the_command(tmp_path, capsys):
    lines = [_line("Ann Lee", em=1.0), _line("Ann"), _line("", found=False, right=False),
             {**_line("x"), "kind": "offtopic"}]
    assert classes(lines) == {"exact": 1, "boundary": 1, "abstained": 1}
    f = tmp_path / "p.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in lines))
    assert main([str(f)]) == 0
    out = capsys.readouterr().out
    assert "3 answerable questions" in out and "boundary" in out and "who" in out
    assert main([str(tmp_path / "missing.jsonl")]) == 2
    assert "not a predictions file" in capsys.readouterr().err
