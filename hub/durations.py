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
    for index, (count, text) in enumerate(units):
        if count:
            words = [text % {"count": count}]
            following = units[index + 1] if index + 1 < len(units) else (0, "")
            if following[0]:
                words.append(following[1] % {"count": following[0]})
            return " ".join(words)
    return units[-1][1] % {"count": 0}
