"""A length of time in words, in the reader's language: "59 minutes", "18 hours 56 minutes"."""

from django.utils.translation import ngettext


def in_words(delta):
    """The two largest units of a timedelta, whole minutes down: "2 days 3 hours", "1 hour".

    A chat of an hour reads in minutes; a live capture of days reads in days and hours,
    not "1136 minutes". Each unit has its own plural forms (Russian has three).
    """
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    units = [
        (days, ngettext("%(count)d day", "%(count)d days", days)),
        (hours, ngettext("%(count)d hour", "%(count)d hours", hours)),
        (minutes, ngettext("%(count)d minute", "%(count)d minutes", minutes)),
    ]
    # From the largest unit present: it and the next one down, unless that is zero.
    start = next((index for index, (count, _text) in enumerate(units) if count), len(units) - 1)
    shown = [units[start], *(unit for unit in units[start + 1 : start + 2] if unit[0])]
    return " ".join(text % {"count": count} for count, text in shown)
