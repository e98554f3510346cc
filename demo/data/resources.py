"""Demo conferences and the #museumsalon talk, from the seeds' facts in the hub's own words."""

from demo.data.events import TALK_FACTS

CONFERENCE_INDEX = {
    "slug": "conferences",
    "title": "Conferences",
    "intro": "Sessions, slides and notes from the conferences where #musesocial met in person.",
}

TALK_INDEX = {
    "slug": "talks",
    "title": "Best-practice talks",
    "intro": "Museums presenting what worked for them on social media.",
}

CONFERENCES = [
    {
        "slug": "aam-2013-resources",
        "title": "AAM 2013 Resources",
        "conference_name": "American Alliance of Museums Annual Meeting 2013",
        "year": 2013,
        "organiser": "american-alliance-of-museums",
        "intro": "Were you at AAM 2013? The wiki invited everyone to add their slides, notes and posts here, and so does the hub.",
        "sessions": [],
        "tags": ["conferences"],
    },
    {
        "slug": "aam-2012",
        "title": "AAM 2012",
        "conference_name": "American Alliance of Museums Annual Meeting 2012",
        "year": 2012,
        "organiser": "american-alliance-of-museums",
        "intro": "Two sessions at the 2012 annual meeting grew out of #musesocial conversations.",
        "sessions": [
            {
                "title": "Social Media Metrics 101",
                "slot": "May 1, 2012",
                "event": "2012-05-01-social-media-metrics-101",
                "relation": "describes",
                "abstract": "A session on the basics of measuring museums' social media, listed by the wiki among its events.",
            },
            {
                "title": "Can Mobile Interpretation Be Social?",
                "slot": "",
                "event": "2012-05-aam-mobile-interpretation-social",
                "relation": "describes",
                "abstract": "A session asking whether mobile interpretation in galleries can be a social experience.",
            },
        ],
        "tags": ["conferences", "metrics"],
    },
    {
        "slug": "mcn-2012",
        "title": "MCN 2012",
        "conference_name": "Museum Computer Network conference 2012",
        "year": 2012,
        "organiser": "museum-computer-network",
        "hashtag": "#mcn2012tale",
        "intro": "The “Tales from the blog” session at MCN 2012 inspired the #musesocial chat on museum blogs that December.",
        "sessions": [
            {
                "title": "Tales from the blog",
                "slot": "",
                "speakers": ["susan-cairns", "ed-rodley", "mike-murawski", "eric-siegel"],
                "abstract": "Four panelists on where museum blogs stand and where they go next; its tweets carried #mcn2012tale.",
                # The December 2012 chat on museum blogs took its topic from this panel.
                "event": "2012-12-06-museum-blogs",
                "relation": "grew_from",
            },
            {
                "title": "The social museum",
                "slot": "",
                "abstract": "A session on what it means for a museum to be social, on site and online. The wiki's link to it did not survive, so its exact title and speakers are not known; the November 2012 chat was its warm-up.",
                "event": "2012-11-02-the-social-museum",
                "relation": "leads_up",
            },
        ],
        "tags": ["conferences", "blogging"],
    },
    {
        "slug": "museums-and-the-web-2012",
        "title": "Museums and the Web 2012",
        "conference_name": "Museums and the Web 2012",
        "year": 2012,
        "organiser": "museums-and-the-web",
        "intro": "A 2012 session asked what we know about museums and social media; the #musesocial chats of March and April 2012 fed its research.",
        "sessions": [
            {
                "title": "What do we know about museums and social media?",
                "slot": "",
                "abstract": "The session the March–April 2012 series of research and chats led up to. The wiki did not keep its exact title.",
                "event": "2012-03-2012-04-what-do-we-know-series",
                "relation": "leads_up",
            },
        ],
        "tags": ["conferences", "research"],
    },
    {
        "slug": "museumsalon-lightning-talks",
        "title": "Best-practice session with the #museumsalon talk",
        "conference_name": "A European museum conference (not named in the write-up)",
        "year": None,
        "organiser": None,
        "intro": "The State Historical Museum's #музейнаягостиная project was presented here as a lightning talk; the write-up we have does not name the conference.",
        "sessions": [],
        "tags": ["conferences", "russia"],
    },
]

TALK = {
    "slug": "museumsalon-twitter-project-from-russia",
    "title": TALK_FACTS["title"],
    "conference": "museumsalon-lightning-talks",
    "organisation": TALK_FACTS["organisation"],
    "speaker": TALK_FACTS["speaker"],
    "country": TALK_FACTS["country"],
    "session_kind": "lightning",
    "abstract": TALK_FACTS["abstract"],
    "body": [
        " ".join(
            [
                TALK_FACTS["museum"],
                f"It began using social media in {TALK_FACTS['social_media_since']}.",
            ]
        ),
        " ".join([TALK_FACTS["early_years"], TALK_FACTS["turning_point"]]),
        " ".join([TALK_FACTS["team"], TALK_FACTS["strategy"], TALK_FACTS["ask_a_curator"]]),
        " ".join([TALK_FACTS["challenge"], TALK_FACTS["why_twitter"]]),
        " ".join([TALK_FACTS["project"], TALK_FACTS["format"], TALK_FACTS["lottery"]]),
        " ".join([TALK_FACTS["december_session"], TALK_FACTS["outcomes"], TALK_FACTS["storify"]]),
        TALK_FACTS["plans"],
    ],
    "outcomes": [
        {
            "figure": TALK_FACTS["twitter_followers"],
            "label": "Twitter followers",
            "note": "at the time of the talk",
        },
        {
            "figure": TALK_FACTS["channels"],
            "label": "social media channels",
            "note": "Russian only; English from January 2014",
        },
        {
            "figure": "7",
            "label": "Russian museums on Ask a Curator day 2013",
            "note": "the museum and six others",
        },
        {
            "figure": "1st",
            "label": "Twitter event run by two Russian museums together",
            "note": "29 December 2013",
        },
    ],
    # Only the museum's own salon: it took part in Ask a Curator day in September 2013,
    # not in the 2012 day the wiki lists.
    "related": [TALK_FACTS["event"]],
    "tags": ["russia", "twitter", "strategy"],
}
