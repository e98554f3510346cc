"""The Q1/A1 convention: hosts post "Q1 ...", everyone answers "A1 ...", replies follow."""

import re

QUESTION = re.compile(r"^\W*Q(\d{1,2})\b", re.IGNORECASE)
ANSWER = re.compile(r"(?<![\w/])A(\d{1,2})(?=[\s:).,\-]|$)", re.IGNORECASE)


def question_number(text):
    """The question a post's own text names, or None."""
    match = QUESTION.match(text or "") or ANSWER.search(text or "")
    return int(match.group(1)) if match else None


def question_of(text, parent_question):
    """The question of a post that has none yet: the one its text names, else the one its
    parent has (None if neither). Posts are numbered in time order, so a reply inherits
    from a parent numbered before it; questions already set (by an earlier import or an
    editor) are kept, and their posts never come here."""
    number = question_number(text)
    return parent_question if number is None else number


def question_texts(event):
    """{number: text} from the event's question lists, numbered as the page shows them.

    Read from the page in the reader's language, so headings follow its translation. Each
    list counts from Q1 (as blocks/question_list.html does); the first list naming a
    number wins.
    """
    texts = {}
    for block in event.questions or ():
        if block.block_type != "questions":
            continue
        for number, child in enumerate(block.value.get("questions") or (), start=1):
            text = " ".join(str(child.value.get("question") or "").split())
            texts.setdefault(number, text)
    return texts
