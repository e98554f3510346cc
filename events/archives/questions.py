"""The Q1/A1 convention: hosts post "Q1 ...", everyone answers "A1 ...", replies follow."""

import re

QUESTION = re.compile(r"^\W*Q(\d{1,2})\b", re.IGNORECASE)
ANSWER = re.compile(r"(?<![\w/])A(\d{1,2})(?=[\s:).,\-]|$)", re.IGNORECASE)


def question_number(text):
    """The question a post's own text names, or None."""
    match = QUESTION.match(text or "") or ANSWER.search(text or "")
    return int(match.group(1)) if match else None


def assign_questions(posts):
    """Set `question` on posts (in time order) that have none; replies inherit their parent's.

    Returns the posts whose question changed. Questions editors set are kept.
    """
    by_id = {}
    changed = []
    for post in posts:
        if post.question is None:
            number = question_number(post.text)
            if number is None and post.reply_to_id in by_id:
                number = by_id[post.reply_to_id].question
            if number is not None:
                post.question = number
                changed.append(post)
        by_id[post.post_id] = post
    return changed
