"""A group chat exported as text (WhatsApp's "Export chat", an iPhone's and an Android phone's forms): titled by the
group's name, dated by its first message, every message read (the encryption notice left out), a story pasted into a
message read with them; a story quoting one chat line is not a chat."""

from __future__ import annotations

from qa.ingest.text import TextLoader

IPHONE = """[10/02/2026, 05:41:07] Mill Lane Residents 🏡: Messages and calls are end-to-end encrypted. No one outside \
of this chat, not even WhatsApp, can read or listen to them.
[10/02/2026, 05:41:07] Gus Holm: Anyone else got no water?? Tap just coughed and died
[10/02/2026, 05:43:52] Anneke Brandt: Same here at no. 14. Heard a massive bang about 10 to 5
\u200e[10/02/2026, 05:44:30] Anneke Brandt: <Media omitted>
[10/02/2026, 11:20:02] Farid Nasser: From Sellwick Today:

Burst main leaves 1,400 homes without water

About 1,400 homes in the east of Sellwick were left without running water on Tuesday after a trunk main burst.

The company said the 450mm pipe was laid in 1964.
[10/02/2026, 11:25:40] Gus Holm: 1964!! That explains a lot
"""

ANDROID = """2/14/26, 5:41 PM - Gus Holm created group "Harbour Road watch"
2/14/26, 5:41 PM - Gus Holm added Anneke Brandt
2/14/26, 5:43 PM - Anneke Brandt: The ferry is cancelled again tonight, third time this week
2/14/26, 5:47 PM - Gus Holm: Operator says the relief boat won't be back before Monday
2/15/26, 9:02 AM - Anneke Brandt changed the subject from "Harbour Road watch" to "Harbour Road ferry group"
"""


def test_an_iphones_export_is_titled_by_the_group_and_dated_by_its_first_message():
    a = TextLoader().load(IPHONE.encode())
    assert (a.title, a.date, a.author) == ("Mill Lane Residents 🏡", "2026-02-10", "")
    read = "".join(a.text[s:e] for s, e in a.blocks)
    assert "end-to-end" not in read
    assert "Gus Holm: Anyone else got no water??" in read and "was laid in 1964." in read
    assert a.text == IPHONE         # (offsets and line numbers are the file's)


def test_an_android_export_reads_the_month_first_and_takes_the_groups_latest_name():
    a = TextLoader().load(ANDROID.encode())
    assert (a.title, a.date) == ("Harbour Road ferry group", "2026-02-14")
    assert "the relief boat won't be back before Monday" in "".join(a.text[s:e] for s, e in a.blocks)


def test_day_first_stamps_and_no_group_name():
    text = "\n".join(f"14/03/2026, 09:0{n} - Ruth Kessler: Message number {n} about the flooded underpass" for n in range(4))
    a = TextLoader().load(text.encode())
    assert (a.title, a.date) == ("", "2026-03-14")


def test_a_story_quoting_a_chat_line_is_read_as_a_story():
    story = ("Residents turned to their group chat\n\nBy Lena Hartvig\n\n"
             "[10/02/2026, 05:41:07] Gus Holm: Anyone else got no water?? was the first message, sent at dawn.\n\n"
             "Sellwick Water Company said the main had burst under Mill Lane.\n")
    a = TextLoader().load(story.encode())
    assert a.title == "Residents turned to their group chat"


def test_an_american_export_of_days_1_to_12_and_a_byte_order_mark():
    text = "\ufeff" + "\n".join(f"2/{d}/26, 5:4{d - 10} PM - Gus Holm: Ferry cancelled again, day {d - 9}"
                                 for d in (10, 11, 12))
    a = TextLoader().load(text.encode())
    assert a.date == "2026-02-10"           # (three days of February, not three months)
    noticed = "\ufeff" + IPHONE
    a = TextLoader().load(noticed.encode())
    assert a.title == "Mill Lane Residents 🏡" and "end-to-end" not in "".join(a.text[s:e] for s, e in a.blocks)


def test_a_timeline_of_stamped_entries_is_no_chat():
    timeline = ("10/02/2026, 09:00 - Police close the A9 after a lorry overturns near Kelby\n"
                "10/02/2026, 09:40 - Diversions in place through Marsh Lane and the town centre\n"
                "10/02/2026, 11:15 - Road reopens southbound; northbound closed until the lorry is moved\n")
    a = TextLoader().load(timeline.encode())
    assert a.title.startswith("10/02/2026, 09:00 - Police close the A9")
