"""The Q1/A1 convention: hosts post "Q1 ...", everyone answers "A1 ...", replies follow."""

import re

QUESTION = re.compile(r"^\W*Q(\d{1,2})\b", re.IGNORECASE)
ANSWER = re.compile(r"(?<![\w/])A(\d{1,2})(?=[\s:).,\-]|$)", re.IGNORECASE)


def question_number(text):
    """The question a post's own text names, or None."""
    match = QUESTION.match(text or "") or ANSWER.search(text or "")
    return int(match.group(1)) if match else None


def assign_questions(posts):
    """Yield (pk, question) for posts that have none yet and now get one.

    `posts` are (pk, post_id, reply_to_id, question, text) tuples in time order; a post
    whose text names no question inherits its parent's. Questions already set (by an
    earlier import or an editor) are kept. Only numbers are remembered, not posts, so a
    100,000-post archive walks through in little memory.
    """
    numbers = {}
    for pk, post_id, reply_to_id, question, text in posts:
        if question is None:
            question = question_number(text)
            if question is None and reply_to_id:
                question = numbers.get(reply_to_id)
            if question is not None:
                yield pk, question
        if question is not None:
            numbers[post_id] = question


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
