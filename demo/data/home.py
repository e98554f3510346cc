"""Demo content for the home and About pages, written for the hub from the wiki's facts."""

HOME = {
    "title": "musesocial hub",
    "intro": (
        "<p>#musesocial is a standing conversation among museum people about social media: "
        "what it is for, how to do it well and how to tell whether it works. It is a place "
        "to share research, compare notes and learn together, and anyone who cares about "
        "museums and social media is welcome, whether or not they work in one.</p>"
    ),
    "any_time": (
        "<p>The conversation never stops between chats. Planning a conference session, "
        "talking with colleagues, or stuck on a question you want the community's view on? "
        "Add #musesocial to your post, organised or not, big or small, and people will join in.</p>"
    ),
    "how_to_join": (
        "<p>Follow the #musesocial hashtag and join a scheduled chat: hosts post numbered "
        "questions (Q1, Q2...) and everyone answers with A1, A2... and the hashtag. Drop in for "
        "twenty minutes or stay the whole hour. You do not need an account here to read "
        "anything; to run a chat of your own, propose it to the editors.</p>"
    ),
}

ABOUT = {
    "slug": "about",
    "title": "About #musesocial",
    "intro": "Who we are, where the conversation came from, and how the hub keeps it.",
    "body": (
        "<p>#musesocial began as an open wiki where museum professionals posted the dates, "
        "times and questions of their Twitter chats, then archived each chat afterwards, "
        "usually on Storify. Storify closed in 2018 and took many of those archives with it.</p>"
        "<p>The hub is the community's new home. Editors publish chats, meetups and "
        "tweetups with their questions, hosts and venues; conference organisers add "
        "resource pages; and the hub keeps every chat's archive itself, in English and "
        "Russian and any language the community adds.</p>"
    ),
}

EVENT_INDEX = {
    "slug": "events",
    "title": "Chats and events",
    "intro": "Upcoming and past #musesocial chats, tweetups, meetups and sessions.",
}

ORGANISATION_INDEX = {
    "slug": "organisations",
    "title": "Organisations",
    "intro": "Museums, networks and groups that host and take part in #musesocial.",
}
