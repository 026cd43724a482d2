"""The role a "Who is the …?" question asks for, and a name given another role (``qa.read.roles``)."""

from __future__ import annotations

import pytest

from qa.read.roles import another_role, role_asked, role_named


@pytest.mark.parametrize("question, role, named", [
    ("Who is the Kestle Rovers chairman?", "chairman", "Kestle Rovers chairman"),
    ("Who is the chief executive of Marchbank Foods?", "executive", "chief executive"),
    ("Who was the captain of the Saltmarsh Venture when it sank?", "captain", "captain"),
    ("Who will be the new headteacher?", "headteacher", "new headteacher"),
    ("Who is the man who scored?", "", "man"),          # no role of a group
    ("Who scored the winner?", "", ""),
])
def test_the_role_a_question_asks_who_holds(question, role, named):
    assert (role in role_asked(question)) if role else not role_asked(question)
    assert role_named(question) == named


@pytest.mark.parametrize("question, sentence, name, another", [
    ("Who is the Kestle Rovers chairman?", 'Rovers manager Sabine Thornley said: "We saved our season."',
     "Sabine Thornley", True),
    ("Who is the chief executive of Marchbank?", "Its regional officer, Dougie Farrant, said it was wrong.",
     "Dougie Farrant", True),
    ("Who is the Dunmarsh City manager?", "Dunmarsh City boss Graeme Lusk said he was proud.", "Graeme Lusk",
     False),                                            # "boss" is said of a manager
    ("Who is the Dunmarsh manager?", "Chairman Ken Bates said manager Jo Gray would stay.", "Ken Bates",
     False),                                            # the sentence names the manager: the reader's choice
    ("Who is the captain of the ship?", "Its master, Ivan Petrov, said the crew were safe.", "Ivan Petrov", False),
    ("Who is the chairman?", "Sabine Thornley said the club would appeal.", "Sabine Thornley", False),   # none given
    ("Who scored the winner?", "Rovers manager Sabine Thornley said it was a great goal.", "Sabine Thornley",
     False),                                            # no role asked
])
def test_a_name_given_another_role_does_not_answer_who_holds_the_role_asked(question, sentence, name, another):
    at = sentence.index(name)
    assert another_role(question, sentence, at, at + len(name)) is another
