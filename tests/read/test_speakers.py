"""Who speaks: the speaker a question asks about, the names and pronouns a sentence gives words to,
what it quotes, and who is only spoken of or to."""

from __future__ import annotations

import pytest

from qa.read.speakers import (
    namesake_only,
    outside_quotes,
    quotation,
    quoted_parts,
    quoted_speaker,
    quotes_directly,
    role_speaker,
    said_by,
    speaker,
)


@pytest.mark.parametrize("question, who, names", [
    ("What did Mara Lind say?", "Mara Lind", {"mara", "lind"}),
    ("What else did Dr Tomas Oduya tell the inquiry?", "Dr Tomas Oduya", {"tomas", "oduya"}),
    ("What did the harbour master say?", "", set()),           # no name: nothing to check against
    ("What did she say next?", "", set()),
    ("Who is Mara Lind?", "", set()),                            # not asking what someone said
    ("What will Mara Lind add to the menu?", "", set()),       # "add": a plain verb as often as not
    ("What did Mr Pryce-Ormond say?", "Mr Pryce-Ormond", {"pryce", "ormond"}),   # a sentence's words split there
])
def test_the_speaker_a_question_asks_about(question, who, names):
    assert speaker(question) == (who, frozenset(names))


@pytest.mark.parametrize("question, who, role, qualifiers", [
    ("What did the Halvik mayor say?", "the Halvik mayor", "mayor", ("halvik",)),
    ("What did Halvik's mayor say about the layoffs?", "Halvik's mayor", "mayor", ("halvik",)),
    ("What did the mayor of Halvik tell reporters?", "the mayor of Halvik", "mayor", ("halvik",)),
    ("What did the transport minister say?", "the transport minister", "minister", ("transport",)),
    ("What did the club's manager say?", "the club's manager", "manager", ("club",)),
    ("What did Mayor Grannes say?", "", "", ()),                  # a name: asked for by it
    ("What did the company say?", "", "", ()),                    # no person's role
    ("Who is the Halvik mayor?", "", "", ()),                     # not what they said
])
def test_a_speaker_asked_for_by_role_and_what_qualifies_it(question, who, role, qualifiers):
    asked, group, qualifying = role_speaker(question)
    assert (asked, qualifying) == (who, qualifiers) and (role in group if role else not group)
    if role:
        assert speaker(question) == ("", frozenset())             # a role names no one


@pytest.mark.parametrize("sentence, names", [
    ('Opposition leader Tomas Oduya called the cuts "a slow demolition".', ["Tomas Oduya"]),
    ('"We will fight it," said Mara Lind.', ["Mara Lind"]),
    ("Judith Ambrose, who chairs the residents' group, said the plan was a betrayal.", ["Judith Ambrose"]),
    ("The airport's managing director, Colette Brannigan, said she expected more flights.", ["Colette Brannigan"]),
    ('Detective Sergeant Nia Achter of Kelderby Police said: "We need help."', ["Detective Sergeant Nia Achter"]),
    ("The committee, which met on Tuesday, said no.", []),
    ('"That ends in April," she told Colette Brannigan.', []),     # the one told listens
    ('She added: "It is over."', []),                            # a pronoun is nobody named
    ('"We are sorry," said Northwind\'s chief medical officer, Dr Mara Lind.', ["Dr Mara Lind"]),
    ('"We are sorry," said the chief executive, Mara Lind, on Monday.', ["Mara Lind"]),
    ('Mara Lind, the firm\'s chief executive, said the cuts were over.', ["Mara Lind"]),
    ('"It is over," said Mara Lind, the chief executive.', ["Mara Lind"]),
    ('The council said on Monday, after a long meeting, that it would close.', []),
    ('In Leeds, council officers said the road would close.', []),
    ('Growth slowed, the central bank\'s governor, Dr Mara Lind, said.', ["Dr Mara Lind"]),
    ('"It is over," the firm\'s chief executive, Mara Lind, said.', ["Mara Lind"]),
    ('The police said the driver, Tom Reyes, was arrested.', []),          # spoken of, not speaking
    ('His lawyer said the defendant, Tom Reyes, had no record.', []),
    ('The coach told the striker, Tom Reyes, to rest.', []),
    ('The union called the new minister, Tom Reyes, a fraud.', []),
    ('A source said the firm\'s boss, Tom Reyes, would quit.', []),
    ('A spokesman for Tom Reyes, the mayor, said the road would close.', []),
    ('The award went to Tom Reyes, the club\'s captain, said the league.', []),
    ("The ferry left at noon.", []),
    ('Joost ter Borgh of the campaign group Noordzee Nu said the plan was flawed.', ["Borgh"]),
    ('"And when Mara Lind says it is safe, I want proof," she said.', []),      # the speaker's words about her
    ('My guess, which Mara Lind says is right, is fewer than 400," she said.', []),   # a quotation begun before
    ('Tom Reyes said "Mara Lind says it is safe" and left.', ["Tom Reyes"]),
    ('Nobody but us in this room," said captain Mara Lind.', ["Mara Lind"]),     # a role in lower case first
    ('"We got lucky," said head coach Mara Lind.', ["Mara Lind"]),
    ('The minister said chief executive Tom Reyes had resigned.', []),          # spoken of
    ("The team's leader, marine geologist Dr Mara Lind, said it was a surprise.", ["Dr Mara Lind"]),   # her role
    ('The report, written by Mara Lind, said the cuts were over.', []),          # the report's words
    ('The judge, sentencing Tom Reyes, said he had shown no remorse.', []),     # the one the judge acts on
])
def test_who_a_sentence_gives_words_to(sentence, names):
    assert said_by(sentence) == names


@pytest.mark.parametrize("question, sentence, quoted", [
    ("What did Tomas Reyhill say?", '"We cannot wait," Mr Reyhill told reporters after the vote.', True),
    ("What did Tomas Reyhill tell reporters?", '"We cannot wait," Reyhill said.', True),
    ("What did Tomas Reyhill say?", "Tomas Reyhill, the chairman, was not at the vote.", False),   # no words given
    ("What did Tomas Reyhill say?", '"We cannot wait," Tomas Brandt said.', False),              # another Tomas
    ("What did Tomas Reyhill say about the ferry?", '"We cannot wait," Reyhill said.', False),   # asks more
    ("What did she say?", '"We cannot wait," Reyhill said.', False),
    ("What did Pak Su Ryon say?", '"We have gone as far as we could," Pak said in a speech.', True),  # family name first
    ("What did Pak Su-ryon say?", '"We will not talk," Mr Pak told state media.', True),
    ("What did Pak Su Ryon say?", '"We will not talk," Mr Ri told state media.', False),
    ("What did Tomas Reyhill say?", '"We cannot wait," said Anna Reyhill.', True),   # the surname: as before
])
def test_a_sentence_giving_words_to_the_person_asked_about(question, sentence, quoted):
    assert quoted_speaker(question, sentence) is quoted


@pytest.mark.parametrize("sentence, gives", [
    ('"We cannot wait," Mr Reyhill told reporters.', True),
    ("Ms Vance said she deeply regretted the mistakes.", True),
    ("The plan, according to the council, will cost £4m.", True),
    ("Mr Reyhill denied the claims on Tuesday.", True),
    ("Pak Su Ryon and Tomas Reyhill have strengthened their ties over the year.", False),
    ("The state address was postponed and the station closed.", False),   # "state", "post", "add…": not saying
    ("Mr Reyhill has not shown an interest in the talks.", False),
    ("In 1980 the society admitted its error.", True),
    ("By combining Okonkwo's thesis with Lind's idea, they arrived at a new view.", True),     # views count
])
def test_a_sentence_gives_someones_words(sentence, gives):
    from qa.read.speakers import speaks

    assert speaks(sentence) is gives


@pytest.mark.parametrize("sentence, pronoun", [
    ('"The town has spoken, and I wish her well," he said.', "he"),
    ("She added that fares would be frozen.", "she"),
    ('"We are ready," said she.', "she"),
    ('"We are ready," Mr Reyhill said.', ""),          # a name is given the words
    ("He was re-elected in May.", ""),                  # no words given
    ("The mayor said she would resign.", ""),           # "she" opens what the mayor said
])
def test_the_pronoun_a_sentence_gives_words_to(sentence, pronoun):
    from qa.read.speakers import pronoun_speaker

    assert pronoun_speaker(sentence) == pronoun


@pytest.mark.parametrize("sentence, pronoun, name", [
    ("Mr Pendergast, who had been mayor for eleven years, conceded shortly after 3am.", "he", "Mr Pendergast"),
    ("Harold Pendergast conceded shortly after 3am.", "he", "Harold Pendergast"),
    ("Mr Pendergast conceded.", "she", ""),             # "she" does not stand for a Mr
    ("Ms Solberg thanked her team.", "he", ""),
    ("Police said the road would reopen.", "he", ""),   # one word: no person's name
    ("The Met Office issued a warning.", "they", ""),
    ("A regular voter said she was glad.", "she", ""),
    ("Last Tuesday the council voted to shut the branch.", "she", ""),     # a time, not a person
    ("Brennmoor Council voted to close it.", "they", ""),
    ("After Harold Pendergast left, the count went on.", "he", ""),
    ("Transport Minister Greta Olsrud cut the ribbon at Brennvik station.", "she", "Greta Olsrud"),   # after her role
    ("Harbour Master Jo Park, who retired in May, said the quay was safe.", "he", "Jo Park"),
    ("Kelder City Council cut the budget.", "they", ""),
    ("Achterberg, 52, a former teacher, promised to freeze fares.", "she", "Achterberg"),   # a surname and an age
    ("Kelder, 52 miles away, voted to close it.", "they", ""),
    ("Gate, 4, was closed.", "it", ""),                                   # a common word, no surname
    ("Rastovel manager Aksel Dorn was furious.", "he", "Aksel Dorn"),     # after a club and a role in lower case
    ("Union president Mette Solberg asked for aid.", "she", "Mette Solberg"),
    ("Kelder police closed the road.", "they", ""),                       # no role: a body
])
def test_the_persons_name_a_sentence_opens_with(sentence, pronoun, name):
    from qa.read.speakers import opening_name

    assert opening_name(sentence, pronoun) == name


@pytest.mark.parametrize("sentence, name", [
    ("Keller struck a confident note.", "Keller"),            # the surname of a person named in full before
    ("Keller Road was shut for the count.", ""),               # no verb in lower case after it
    ("Solvik told supporters at a bar.", ""),                  # named before only as "Solvik": no full name
    ("Police said the road would reopen.", ""),
    ("The candidate struck a confident note.", ""),
])
def test_the_surname_alone_a_sentence_opens_with(sentence, name):
    from qa.read.speakers import opening_surname

    assert opening_surname(sentence, ["Bruno Keller", "Solvik", "Mara Lind"]) == name
    assert opening_surname(sentence, ["Bruno Keller", "Anna Keller", "Solvik"]) == ""     # two of that surname


@pytest.mark.parametrize("sentence, described", [
    ("The referee decided a final with one bad decision,” the Italian said.", "the italian"),
    ('"We go again," said the 34-year-old.', "the 34-year-old"),
    ('"Fine," the manager added.', "the manager"),
    ("The Italian said it was fine.", ""),                   # not after the words given
    ('"We won," said the club.', ""),                        # a body, no person
    ('"We will not negotiate," the Taliban said.', ""), ('"It is false," the Guardian said.', ""),
    ('"We won," said the striker, Tom Ode.', ""),            # named
])
def test_what_a_sentence_calls_the_one_it_gives_words_to(sentence, described):
    from qa.read.speakers import described_speaker

    assert described_speaker(sentence) == described


def test_the_passage_a_question_quotes_and_the_sentence_holding_it():
    from qa.read.speakers import holds_quote, quote_asked

    words = quote_asked('Who said "I don\'t care who runs it, so long as the buses turn up"?')
    assert words[:4] == ("i", "don", "t", "care")
    assert holds_quote(words, "“I don’t care who runs it, so long as the buses turn up,” she said.")   # curly marks
    assert not holds_quote(words, "I don't care who runs the buses.")
    assert quote_asked("Who called the plan ‘a disaster we don’t need’?") == ("a", "disaster", "we", "don", "t", "need")
    assert quote_asked('Who said "no"?') == () and quote_asked("Who said the plan was a disaster?") == ()


@pytest.mark.parametrize("question, person", [
    ("What did Mara Lind say?", True),
    ("What did the Maritime Workers Union say about pensions?", True),
    ("What does Article 370 say?", False),            # a text: its content says it, in any words
    ("What did the report say about the harbour?", False),
    ("Who won the election?", False),
])
def test_whether_a_speaker_asked_about_is_a_person_or_a_body_not_a_text(question, person):
    from qa.read.speakers import of_a_person

    assert of_a_person(question) is person


def test_a_quotation_running_on_into_the_next_sentence_is_quoted_from_its_opening_mark():
    from qa.read.speakers import quotation

    s = 'Sentencing him, Judge Philippa Norcross said: "You treated the savings of pensioners as a private bank.'
    a, b = quotation(s)
    assert s[a:b] == "You treated the savings of pensioners as a private bank"
    t = '"We cannot wait," Mr Reyhill said.'                 # closed: as before
    a, b = quotation(t)
    assert t[a:b] == "We cannot wait"


def test_words_given_to_someone_else_about_the_person_are_not_theirs():
    from qa.read.speakers import said_by, spoken_of

    assert said_by("Mr Aulakh's barrister, Conrad Ebbe KC, said his client meant to repay it.") == ["Conrad Ebbe KC"]
    assert spoken_of('She added that Aulakh had shown "not a shred of remorse".', frozenset({"aulakh"}))
    assert not spoken_of('"I meant to repay it," he said.', frozenset({"aulakh"}))           # names no one
    assert not spoken_of('Aulakh wept as she said it was over.', frozenset({"aulakh"}))     # named before


def test_the_one_spoken_to_is_not_speaking():
    from qa.read.speakers import spoken_to

    assert spoken_to("She spoke to Marcus Oyelaran.", frozenset({"marcus", "oyelaran"}))
    assert spoken_to("Police told Mr Aulakh's family on Friday.", frozenset({"aulakh"}))
    assert not spoken_to("Mr Aulakh told reporters he was innocent.", frozenset({"aulakh"}))
    assert not spoken_to("Lind spoke to Reyes, and Reyes said no.", frozenset({"reyes"}))    # then speaks
    assert not spoken_to("The ferry left at noon.", frozenset({"reyes"}))
    assert not spoken_to('"What happens to the workers now?" asked Marcus Oyelaran.', frozenset({"oyelaran"}))
    from qa.read.speakers import unclosed_quote

    assert unclosed_quote('"People here have had to drive two hours.') and unclosed_quote("“It is over.")
    assert not unclosed_quote('That ends in April."') and not unclosed_quote('"We will fight," he said.')


@pytest.mark.parametrize("sentence, parts, outside", [
    ('"It is over," said Mara Lind.', [(0, 13)], "said Mara Lind."),
    ('Mara Lind said: "It is over.', [(16, 28)], "Mara Lind said:"),            # runs on into the next sentence
    ('It is over," she said.', [(0, 12)], "she said."),                        # begun in one before
    ('She called it "fantasy maths" and "a joke".', [(14, 29), (34, 42)], "She called it and ."),
    ("Mara Lind's plan is over.", [], "Mara Lind's plan is over."),            # an apostrophe is no mark
])
def test_where_a_sentence_quotes(sentence, parts, outside):
    assert quoted_parts(sentence) == parts
    assert " ".join(outside_quotes(sentence).split()) == outside


@pytest.mark.parametrize("sentence, direct", [
    ('"We never lost hope," she said.', True),
    ('She told him: "You took their savings with a smile.', True),
    ('We had each other," Villar told reporters.', True),                  # the end of a quotation begun before
    ('She said the plan was "fantasy maths".', False),                      # a phrase within a report
    ('He said the firm had targeted "people who were lonely".', False),
    ("Mara Lind said the plan would go ahead.", False),
])
def test_whether_a_sentence_gives_someones_words_as_they_said_them(sentence, direct):
    assert quotes_directly(sentence) is direct


@pytest.mark.parametrize("sentence, quoted", [
    ('This terminal is the bridge," Rashidi said at the signing, which the minister attended.',
     "This terminal is the bridge"),                                        # not what follows "said"
    ('"It is over," said Mara Lind.', "It is over"),
    ('Mara Lind said: "It is over and we are sorry.', "It is over and we are sorry"),
    ("Mara Lind said the plan would go ahead.", "the plan would go ahead"),
])
def test_what_a_sentence_reports_someone_saying(sentence, quoted):
    start, end = quotation(sentence)
    assert sentence[start:end] == quoted


@pytest.mark.parametrize("question, sentence, other", [
    ("How many votes did Mikael Holm get?", "Karin Holm, 49, won 11,482 votes in the postal ballot.", True),
    ("How many votes did Mikael Holm get?", "Mikael Holm, 55, came second with 9,207 votes.", False),
    ("How many votes did Mikael Holm get?", "Mr Holm, 55, came second with 9,207 votes.", False),    # may be him
    ("How many votes did Mikael Holm get?", "Holm won easily, beating Mikael by 2,000 votes.", False),
    ("When did Anders Solvik leave the firm?", "Maren Solvik bought her brother's share in 2021.", True),
    ("When did Anders Solvik leave the firm?", "The firm was sold in 2021.", False),          # names no one
    ("How old is Dr Mara Lind?", "Jonas Lind, 40, her husband, is a pilot.", True),
    ("What was Ilka Varga's first hit?", "Oslo-born Varga topped the charts in 1999.", False),     # no given name
    ("How old is the hacker Nils Dobrek?", "Although Mr Dobrek, 21, got hold of some data, …", False),
    ("Whom did Ana Lima beat in the Harbour Open?", "She lost in the Coastal Open final.", False),     # no person
    ("When did the Eastern Varangians settle?", "The Western Varangians settled there in 900.", False),
    ("Which descendant of Oren Vask founded the port?", "Hulan Vask founded the port in 1290.", False),  # kin asked
    ("How many votes did Karin Holm's rival get?", "Mikael Holm came second with 9,207 votes.", False),
    ("When was Astrid Kellow married?", "Felix Kellow, an engineer, died in 2019.", False),
    ("Whom did Lena Davik face in the quarter-final?", "American Davik will now face Ana Lima.", False),
    ("How many votes did Mikael Holm get?", "Holm took 11,482 votes to Karin Holm's 9,400.", False),   # him, maybe
    ("How long did Kestrel Park take to build?", "Jo Park said it took nine years.", False),          # a place
    ("When did Ilka Varga die?", "Her son, Leo Varga, said she died on Saturday 7 February.", False),   # "she"
    ("What job had Steven Orrel held at the club?", "Club legend Steve Orrel has urged him to stay.", False),
])
def test_a_sentence_naming_only_a_namesake_of_the_person_asked_about(question, sentence, other):
    assert namesake_only(question, sentence) is other


def test_a_quote_of_several_sentences_is_matched_by_its_longest_sentence():
    from qa.read.speakers import quote_asked

    q = 'Who said "We were warned in 2014. We were warned again in 2019"?'
    assert quote_asked(q) == ("we", "were", "warned", "again", "in", "2019")


def test_a_sentence_inside_a_quotation_or_a_quotation_alone_is_told():
    from qa.read.speakers import quoted_whole, within_quote

    assert within_quote("We were warned again in 2019.", '"We were warned in 2014.')
    assert not within_quote("We were warned again in 2019.", "The river rose in 2019.")
    assert not within_quote('Nobody listened," she said.', '"We were warned in 2014.')
    said = '"Warmer water means faster growth," said Dr Liv Brenner.'
    assert quoted_whole('"We are not seeing fewer cod so much as smaller ones."', said)
    assert quoted_whole('"We are not seeing fewer cod."', "Dr Liv Brenner said:")
    assert not quoted_whole(said, said)
    assert not quoted_whole('"Yes," she said. "No."', said)
    dunne = "Board chair Halvor Dunne said the pier had been judged unsafe."
    assert quoted_whole('"This island will not be emptied."', dunne)          # after what he said, his
    assert not quoted_whole('"This island will not be emptied"', dunne)       # a quoted heading: no stop inside
    assert not quoted_whole('"This island will not be emptied."', "The pier was closed in May.")    # no speaker


def test_a_quote_of_short_sentences_is_matched_whole():
    from qa.read.speakers import quote_asked

    assert quote_asked('Who said "Yes. Yes. Yes"?') == ("yes", "yes", "yes")


def test_a_live_pages_present_tense_and_a_plural_owners_role_give_the_speaker():
    from qa.read.speakers import said_by

    assert said_by("Kalvo Chemicals' plant manager, Siri Langeland, tells reporters the fire started in a hall.") \
        == ["Siri Langeland"]
    assert said_by('"And when Kim Ode says it is safe, I want proof," she told Kim Ode.') == []
    assert said_by("Kim Ode tells reporters the fire started in a hall.") == ["Kim Ode"]
    assert said_by("Kim Ode warns that the dam may fail.") == ["Kim Ode"]
    assert said_by("Finance minister Kim Ode insists the budget is fair.") == ["Kim Ode"]
    assert said_by("Kim Ode tells the Lisk Herald the ferry will run.") == ["Kim Ode"]
    assert said_by("Kim Ode has said she will bring both sides to the table.") == ["Kim Ode"]   # the perfect
    for sentence in ("Kelda Insurance claims rose by 14% last year.", "Westby Farm adds 200 acres to its land.",
                     "Norland Rail writes off 2 million crowns."):        # a noun, or a verb of doing
        assert said_by(sentence) == [], sentence


@pytest.mark.parametrize("question, asks", [
    ('Which PMI climatologist said "This is what climate change looks like"?', True),    # a speaker by their job
    ("Which union official told the BBC the strike would go ahead?", True),
    ("Who said it?", True),
    ("What percentage said yes?", False),
    ("Which film told the story of the strike?", False),
    ("Which Dovecote Primary parent said she spent 150 a month?", True),       # a person by their part in it
    ("What proportion of students said they felt safe?", False),              # a share of them
])
def test_who_said_asks_for_a_speaker_named_or_described_by_their_job(question, asks):
    from qa.read.attribution import WHO_SAID

    assert bool(WHO_SAID.match(question)) is asks
