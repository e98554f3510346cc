"""Demo content for events: the #musesocial wiki's events and the #museumsalon talk.

Pure data, read by events/demo.py. Every fact comes from the two seeds
(the #musesocial wiki and the #museumsalon lightning talk); the prose is the
hub's own. The seeds kept no web addresses, so every url is empty.
"""

# ---------------------------------------------------------------------------
# Organisations: museums, networks, groups, universities, publications and
# the bodies behind the conferences the seeds mention.
# ---------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "slug": "london-museums-group",
        "title": "London Museums Group",
        "kind": "network",
        "short_name": "LMG",
        "city": "London",
        "country": "United Kingdom",
        "x_handle": "LonMuseumsGroup",
        "description": (
            "<p>A network for London's museums and everyone who works in them. In May 2013 "
            "it held its annual general meeting together with an afternoon on museums and "
            "social media at Tate Britain, and it runs a blog of its own.</p>"
        ),
        "membership_terms": (
            "<p>Open to anyone who works in a London museum, or whose museum is in the "
            "London region: paid staff, volunteers and freelancers alike, in any job from "
            "curator or café staff to director or documentation assistant. Membership is "
            "free.</p>"
        ),
    },
    {
        "slug": "tate",
        "title": "Tate",
        "kind": "museum",
        "short_name": "",
        "city": "London",
        "country": "United Kingdom",
        "x_handle": "",
        "description": (
            "<p>The group of British art galleries that includes Tate Britain, whose Clore "
            "Auditorium hosted the London Museums Group's social media afternoon in 2013. "
            "Its web analyst presented how Tate evaluated social media for The Tanks, and "
            "the social media guidelines Tate published on its website inspired the State "
            "Historical Museum's strategy in Moscow.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "guardian-culture-professionals-network",
        "title": "Guardian Culture Professionals Network",
        "kind": "publication",
        "short_name": "",
        "city": "London",
        "country": "United Kingdom",
        "x_handle": "",
        "description": (
            "<p>The Guardian's online network for people working in culture: somewhere to "
            "think creatively, find advice and make connections across the cultural "
            "sector.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "islington-heritage",
        "title": "Islington Heritage",
        "kind": "museum",
        "short_name": "",
        "city": "London",
        "country": "United Kingdom",
        "x_handle": "",
        "description": (
            "<p>A small London museum service whose outreach officer showed, at the London "
            "Museums Group's 2013 event, how a small museum reaches new audiences with "
            "social media.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "museums-computer-group",
        "title": "Museums Computer Group",
        "kind": "network",
        "short_name": "MCG",
        "city": "",
        "country": "United Kingdom",
        "x_handle": "",
        "description": (
            "<p>A UK network for people who work with technology in museums. Its chair in "
            "2013, Mia Ridge, spoke on digital participation and public engagement at the "
            "London Museums Group's social media event.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "oakland-museum-of-california",
        "title": "Oakland Museum of California",
        "kind": "museum",
        "short_name": "OMCA",
        "city": "Oakland",
        "country": "United States",
        "x_handle": "oaklandmuseumca",
        "description": (
            "<p>The museum behind we/customize, an exhibition built in an open gallery in "
            "full view of visitors, and behind the Oakland Rover, a customized electric "
            "mobile museum that took the project onto local streets.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "museum-computer-network",
        "title": "Museum Computer Network",
        "kind": "association",
        "short_name": "MCN",
        "city": "",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A professional association for people working with digital technology in "
            "museums. Its annual conference (MCN2012 among them) and its MCNPro workshops "
            "come up again and again in #musesocial chats.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "smithsonian-institution",
        "title": "Smithsonian Institution",
        "kind": "other",
        "short_name": "Smithsonian",
        "city": "Washington",
        "country": "United States",
        "x_handle": "Smithsonian",
        "description": (
            "<p>The family of museums in Washington, DC, that runs #SItweetup tweetups: "
            "anyone may apply to take part, and the openings are announced from the "
            "@Smithsonian account.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "national-museum-of-american-history",
        "title": "National Museum of American History",
        "kind": "museum",
        "short_name": "",
        "city": "Washington",
        "country": "United States",
        "x_handle": "amhistorymuseum",
        "description": (
            "<p>A Smithsonian museum in Washington, DC. In April 2013 it gave a few "
            "invited museum staff a behind-the-scenes tour as a mini-tweetup before a "
            "#musesocial chat on tweetups.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "national-museum-of-natural-history",
        "title": "National Museum of Natural History",
        "kind": "museum",
        "short_name": "",
        "city": "Washington",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A Smithsonian museum in Washington, DC, and the home museum of #musesocial "
            "host Sarah Banks.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "national-air-and-space-museum",
        "title": "National Air and Space Museum",
        "kind": "museum",
        "short_name": "",
        "city": "Washington",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A Smithsonian museum that was set to offer one of the open-application "
            "#SItweetup tweetups in 2013.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "national-postal-museum",
        "title": "National Postal Museum",
        "kind": "museum",
        "short_name": "",
        "city": "Washington",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A Smithsonian museum near Union Station in Washington, DC, where museum "
            "colleagues met in March 2012 to discuss social media inside physical "
            "exhibits.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "american-alliance-of-museums",
        "title": "American Alliance of Museums",
        "kind": "association",
        "short_name": "AAM",
        "city": "",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>The professional association of museums in the United States. Its annual "
            "conference hosted #musesocial-related sessions in 2012, and the community "
            "gathered resources for its 2013 meeting.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "sfmoma",
        "title": "San Francisco Museum of Modern Art",
        "kind": "museum",
        "short_name": "SFMOMA",
        "city": "San Francisco",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>San Francisco's museum of modern art, one of three Bay Area museums whose "
            "staff hosted the November 2012 chat on the social museum.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "fine-arts-museums-of-san-francisco",
        "title": "Fine Arts Museums of San Francisco",
        "kind": "museum",
        "short_name": "FAMSF",
        "city": "San Francisco",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>One of three Bay Area museums whose staff hosted the November 2012 chat "
            "on the social museum.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "contemporary-jewish-museum",
        "title": "Contemporary Jewish Museum",
        "kind": "museum",
        "short_name": "CJM",
        "city": "San Francisco",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A San Francisco museum, one of three whose staff hosted the November 2012 "
            "chat on the social museum.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "george-washington-university",
        "title": "The George Washington University",
        "kind": "university",
        "short_name": "GWU",
        "city": "Washington",
        "country": "United States",
        "x_handle": "",
        "description": (
            "<p>A university in Washington, DC, with a Museum Studies program. Amelia Wong "
            "joined it in 2012 to design the program's courses on museums and technology, "
            "which prompted a #musesocial chat on what emerging professionals need to "
            "know.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "edgital",
        "title": "Edgital",
        "kind": "publication",
        "short_name": "",
        "city": "",
        "country": "",
        "x_handle": "",
        "description": (
            "<p>The blog where Erin Branham wrote the post that, with the MCN2012 session "
            "“Tales from the blog”, set off the December 2012 chat on museum blogs.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "museums-and-the-web",
        "title": "Museums and the Web",
        "kind": "other",
        "short_name": "MW",
        "city": "",
        "country": "",
        "x_handle": "",
        "description": (
            "<p>An international conference on museums and the web. A session at its 2012 "
            "edition was the focus of the spring 2012 series of research and #musesocial "
            "chats, “What Do We Know About Museums and Social Media”.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "state-historical-museum",
        "title": "State Historical Museum",
        "kind": "museum",
        "short_name": "",
        "city": "Moscow",
        "country": "Russia",
        "x_handle": "",
        "description": (
            "<p>One of Russia's largest museums, on Red Square in Moscow. It has used "
            "social media since 2010, with a strategy since spring 2013, and runs the "
            "Twitter project #музейнаягостиная (#museumsalon).</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "state-museum-of-the-history-of-religion",
        "title": "State Museum of the History of Religion",
        "kind": "museum",
        "short_name": "",
        "city": "St Petersburg",
        "country": "Russia",
        "x_handle": "",
        "description": (
            "<p>A St Petersburg museum that joined the State Historical Museum for the "
            "#музейнаягостиная session of 29 December 2013: the first Twitter event two "
            "Russian museums organised together.</p>"
        ),
        "membership_terms": "",
    },
    {
        "slug": "ministry-of-culture-russia",
        "title": "Ministry of Culture of the Russian Federation",
        "kind": "other",
        "short_name": "",
        "city": "Moscow",
        "country": "Russia",
        "x_handle": "",
        "description": (
            "<p>Russia's culture ministry. At the end of 2012 it asked museums to report "
            "analytics on their use of social media, which changed how the State "
            "Historical Museum approached it.</p>"
        ),
        "membership_terms": "",
    },
]

# ---------------------------------------------------------------------------
# People. Names and handles exactly as the seeds give them; someone known only
# by a handle is named by it.
# ---------------------------------------------------------------------------

PEOPLE = [
    # Planning the #musedata chat
    {
        "key": "alli-burnie",
        "name": "@alli_burnie",
        "role": "",
        "organisation": None,
        "x_handle": "alli_burnie",
    },
    {
        "key": "ashgmartin",
        "name": "@ashgmartin",
        "role": "",
        "organisation": None,
        "x_handle": "ashgmartin",
    },
    # London Museums Group, 24 May 2013
    {
        "key": "nancy-groves",
        "name": "Nancy Groves",
        "role": "Editor, Guardian Culture Professionals Network",
        "organisation": "guardian-culture-professionals-network",
        "x_handle": "",
    },
    {
        "key": "julie-reynolds",
        "name": "Julie Reynolds",
        "role": "Freelance researcher, London Museums Group",
        "organisation": "london-museums-group",
        "x_handle": "",
    },
    {
        "key": "alex-smith",
        "name": "Alex Smith",
        "role": "Outreach Officer",
        "organisation": "islington-heritage",
        "x_handle": "",
    },
    {
        "key": "mia-ridge",
        "name": "Mia Ridge",
        "role": "Chair, Museums Computer Group, and PhD researcher",
        "organisation": "museums-computer-group",
        "x_handle": "",
    },
    {
        "key": "elena-villaespesa",
        "name": "Elena Villaespesa",
        "role": "Web Analyst and Producer",
        "organisation": "tate",
        "x_handle": "",
    },
    # Oakland Museum of California, 8 May 2013 (Sean Olson and Carin Adams are
    # listed with the Oakland Rover's account)
    {
        "key": "sean-olson",
        "name": "Sean Olson",
        "role": "Research and Experience Coordinator",
        "organisation": "oakland-museum-of-california",
        "x_handle": "OaklandRover",
    },
    {
        "key": "carin-adams",
        "name": "Carin Adams",
        "role": "Associate Curator, Art and Material Culture",
        "organisation": "oakland-museum-of-california",
        "x_handle": "OaklandRover",
    },
    {
        "key": "robert-fahey",
        "name": "Robert Fahey",
        "role": "Social Media Coordinator",
        "organisation": "oakland-museum-of-california",
        "x_handle": "oaklandmuseumca",
    },
    # MCNPro workshop, 8 May 2013
    {"key": "seb-chan", "name": "Seb Chan", "role": "", "organisation": None, "x_handle": ""},
    {"key": "jane-finnis", "name": "Jane Finnis", "role": "", "organisation": None, "x_handle": ""},
    {
        "key": "vicki-portway",
        "name": "Vicki Portway",
        "role": "",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "dana-allen-greil",
        "name": "Dana Allen-Greil",
        "role": "",
        "organisation": None,
        "x_handle": "",
    },
    # Hosts known by their handles
    {
        "key": "danamuses",
        "name": "@danamuses",
        "role": "",
        "organisation": None,
        "x_handle": "danamuses",
    },
    {
        "key": "sluggernova",
        "name": "@sluggernova",
        "role": "",
        "organisation": None,
        "x_handle": "sluggernova",
    },
    {
        "key": "museumtrekker",
        "name": "@museumtrekker",
        "role": "Organiser of #drinkingaboutmuseums DC",
        "organisation": None,
        "x_handle": "museumtrekker",
    },
    # Regular #musesocial hosts
    {
        "key": "erin-blasco",
        "name": "Erin Blasco",
        "role": "",
        "organisation": "national-museum-of-american-history",
        "x_handle": "erinblasco",
    },
    {
        "key": "sarah-banks",
        "name": "Sarah Banks",
        "role": "",
        "organisation": "national-museum-of-natural-history",
        "x_handle": "sbanks20",
    },
    {
        "key": "darren-milligan",
        "name": "Darren Milligan",
        "role": "",
        "organisation": None,
        "x_handle": "darrenmilligan",
    },
    {
        "key": "mar-dixon",
        "name": "Mar Dixon",
        "role": "",
        "organisation": None,
        "x_handle": "mardixon",
    },
    {
        "key": "jenni-fuchs",
        "name": "Jenni Fuchs",
        "role": "",
        "organisation": None,
        "x_handle": "jennifuchs",
    },
    {
        "key": "nancy-proctor",
        "name": "Nancy Proctor",
        "role": "",
        "organisation": None,
        "x_handle": "",
    },
    # Named in the museum blogs chat's reading
    {
        "key": "susan-cairns",
        "name": "Susan Cairns",
        "role": "Panelist, “Tales from the blog”, MCN2012",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "ed-rodley",
        "name": "Ed Rodley",
        "role": "Panelist, “Tales from the blog”, MCN2012",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "mike-murawski",
        "name": "Mike Murawski",
        "role": "Panelist, “Tales from the blog”, MCN2012",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "eric-siegel",
        "name": "Eric Siegel",
        "role": "Panelist, “Tales from the blog”, MCN2012",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "erin-branham",
        "name": "Erin Branham",
        "role": "",
        "organisation": None,
        "x_handle": "",
    },
    {
        "key": "ian-williams",
        "name": "Ian Williams",
        "role": "Author of “A Status Update Does Not a Blog Make”",
        "organisation": None,
        "x_handle": "",
    },
    # The Social Museum, 2 November 2012
    {
        "key": "willa-koerner",
        "name": "Willa Koerner",
        "role": "Digital Engagement Associate",
        "organisation": "sfmoma",
        "x_handle": "willak",
    },
    {
        "key": "sarah-bailey-hogarty",
        "name": "Sarah Bailey Hogarty",
        "role": "Curatorial Assistant to the Chief Curator",
        "organisation": "fine-arts-museums-of-san-francisco",
        "x_handle": "sbhogarty",
    },
    # Spelled as on the wiki.
    {
        "key": "kathyrn-jaller",
        "name": "Kathyrn Jaller",
        "role": "New Media Manager",
        "organisation": "contemporary-jewish-museum",
        "x_handle": "kholler",
    },
    # Emerging professionals chat, 23 August 2012
    {
        "key": "amelia-wong",
        "name": "Amelia Wong",
        "role": "Designing the museums and technology curriculum, Museum Studies program",
        "organisation": "george-washington-university",
        "x_handle": "amelialikespie",
    },
    # The #museumsalon lightning talk
    {
        "key": "anna-mikhaylova",
        "name": "Anna Mikhaylova",
        "role": "",
        "organisation": "state-historical-museum",
        "x_handle": "",
    },
]

# ---------------------------------------------------------------------------
# Venues
# ---------------------------------------------------------------------------

VENUES = [
    {
        "key": "tate-britain",
        "organisation": "tate",
        "name": "Tate Britain",
        "room": "Clore Auditorium",
        "street_address": "",
        "city": "London",
        "region": "",
        "postal_code": "",
        "country": "United Kingdom",
        "transit_hint": "",
    },
    {
        "key": "omca-we-customize-lounge",
        "organisation": "oakland-museum-of-california",
        "name": "Oakland Museum of California",
        "room": "we/customize exhibition lounge",
        "street_address": "",
        "city": "Oakland",
        "region": "California",
        "postal_code": "",
        "country": "United States",
        "transit_hint": "",
    },
    {
        "key": "national-museum-of-american-history",
        "organisation": "national-museum-of-american-history",
        "name": "National Museum of American History",
        "room": "",
        "street_address": "",
        "city": "Washington",
        "region": "DC",
        "postal_code": "",
        "country": "United States",
        "transit_hint": "",
    },
    {
        "key": "the-pour-house",
        "name": "The Pour House",
        "room": "Top of the Hill bar (upstairs)",
        "street_address": "319 Pennsylvania Ave SE",
        "city": "Washington",
        "region": "DC",
        "postal_code": "20003",
        "country": "United States",
        "transit_hint": "On Capitol Hill. Three bars: start upstairs, later try the game room downstairs.",
    },
    {
        "key": "national-postal-museum",
        "organisation": "national-postal-museum",
        "name": "National Postal Museum",
        "room": "",
        "street_address": "2 Massachusetts Ave NE",
        "city": "Washington",
        "region": "DC",
        "postal_code": "20002",
        "country": "United States",
        "transit_hint": "Metro: Union Station",
    },
]

# ---------------------------------------------------------------------------
# Hashtags (case differs in the seeds, e.g. #MuseSocial; one record each)
# ---------------------------------------------------------------------------

HASHTAGS = [
    {
        "text": "#musesocial",
        "description": (
            "The standing conversation among museum people about social media: used during "
            "scheduled chats and any time in between, for organised or informal talk, "
            "conference sessions and questions for the community."
        ),
    },
    {
        "text": "#musedata",
        "description": "Museum data in digital spaces: collection data and audience research.",
    },
    {
        "text": "#MCNPro",
        "description": "The Museum Computer Network's MCNPro professional development workshops.",
    },
    {
        "text": "#SItweetup",
        "description": (
            "Smithsonian tweetups, open to anyone who applies and announced from the "
            "@Smithsonian account."
        ),
    },
    {
        "text": "#drinkingaboutmuseums",
        "description": "Informal evening drinks where museum people meet up in person.",
    },
    {
        "text": "#drinkingaboutmuseumsdc",
        "description": "The Washington, DC, edition of #drinkingaboutmuseums.",
    },
    {
        "text": "#mcn2012tale",
        "description": "Tweets from “Tales from the blog”, a session on museum blogs at MCN2012.",
    },
    {
        "text": "#AskACurator",
        "description": "A day when museums invite the public to put questions to their curators on Twitter.",
    },
    {
        "text": "#музейнаягостиная",
        "description": (
            "“Museum salon”: the State Historical Museum's Twitter project in which curators "
            "and the public discuss one topic for an hour or two."
        ),
    },
    {
        "text": "#museumsalon",
        "description": "The English name of #музейнаягостиная, the State Historical Museum's Twitter salon.",
    },
]

# ---------------------------------------------------------------------------
# Events: everything on the wiki, newest first as the wiki lists them, then
# the #музейнаягостиная session from the talk.
# ---------------------------------------------------------------------------

EVENTS = [
    # --- Next up (to be announced) -------------------------------------------
    {
        "slug": "next-musedata-chat",
        "title": "#musedata: museum data in digital spaces",
        "kind": "chat",
        "intro": (
            "A #musesocial chat being planned by @alli_burnie and @ashgmartin on putting "
            "museum data to work online: collection data, digital spaces and audience research."
        ),
        "time_zone": "America/New_York",
        "date_precision": "tba",
        "start": None,
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial", "#musedata"],
        "people": [("alli-burnie", "host"), ("ashgmartin", "host")],
        "organisers": [],
        "how_to_take_part": (
            "<p>The date and time are still to come. Keep an eye on #musesocial and "
            "#musedata for the announcement.</p>"
        ),
        "tags": ["data", "collections", "evaluation"],
        "body": [
            (
                "text",
                "<p>The next chat on the list was still in planning. Its hosts want to look at "
                "three things: how museums can use their data in digital spaces, how to make "
                "the most of collection data, and how to put audience research into "
                "practice.</p>",
            ),
        ],
        "related": [],
    },
    # --- 24 May 2013, London ---------------------------------------------------
    {
        "slug": "2013-05-24-museums-and-social-media",
        "title": "Museums and Social Media: London Museums Group event and AGM",
        "kind": "in_person",
        "intro": (
            "The London Museums Group's afternoon at Tate Britain on using social media to "
            "engage the public, build participation and evaluate the results, held together "
            "with the group's AGM."
        ),
        "time_zone": "Europe/London",
        "date_precision": "exact",
        "start": "2013-05-24T12:30",
        "end": "2013-05-24T15:30",
        "parts": [],
        "platform": "",
        "venue": "tate-britain",
        "hashtags": ["#musesocial"],
        "people": [
            ("nancy-groves", "speaker"),
            ("julie-reynolds", "speaker"),
            ("alex-smith", "speaker"),
            ("mia-ridge", "speaker"),
            ("elena-villaespesa", "speaker"),
        ],
        "organisers": ["london-museums-group"],
        # The wiki: "Hosts: @LonMuseumsGroup".
        "hosting_organisers": ["london-museums-group"],
        "how_to_take_part": "",
        "tags": ["evaluation", "blogging", "participation", "strategy"],
        "body": [
            (
                "text",
                "<p>The London Museums Group paired its annual general meeting with a Friday "
                "afternoon on social media. Five speakers looked at how museum professionals "
                "can use social media well: to reach and engage the public, to encourage "
                "interactive participation, and to judge whether it is working. The group "
                "planned a series of blog posts to follow the event.</p>",
            ),
            (
                "timetable",
                {
                    "heading": "Timetable",
                    "items": [
                        {"time": "12:30", "title": "Registration", "speakers": [], "summary": ""},
                        {
                            "time": "13:00",
                            "title": "London Museums Group AGM",
                            "speakers": [],
                            "summary": "The group's annual general meeting.",
                        },
                        {
                            "time": "13:20",
                            "title": "Open Networks, Open Conversation",
                            "speakers": [("person", "nancy-groves")],
                            "summary": (
                                "Social media as a conversation, and the Guardian Culture Professionals "
                                "Network as a place where the cultural community thinks creatively, "
                                "finds advice and makes connections."
                            ),
                        },
                        {
                            "time": "14:00",
                            "title": "To blog or not to blog?",
                            "speakers": [("person", "julie-reynolds")],
                            "summary": "Different experiences of blogging, and how and why the London Museums Group blogs.",
                        },
                        {
                            "time": "14:20",
                            "title": "How does a small museum use social media?",
                            "speakers": [("person", "alex-smith")],
                            "summary": "How a small museum can reach new audiences with social media tools.",
                        },
                        {
                            "time": "14:40",
                            "title": "Digital participation and public engagement",
                            "speakers": [("person", "mia-ridge")],
                            "summary": "Lessons and insights on digital participation and engaging the public.",
                        },
                        {
                            "time": "15:00",
                            "title": "How and what to evaluate?",
                            "speakers": [("person", "elena-villaespesa")],
                            "summary": (
                                "Evaluating social media and building an evaluation method, with The "
                                "Tanks as the case study."
                            ),
                        },
                    ],
                },
            ),
            (
                "archive_links",
                {
                    "heading": "Archives",
                    "links": [
                        {
                            "kind": "storify",
                            "title": "Storify of the event",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 8 May 2013, Oakland ----------------------------------------------------
    {
        "slug": "2013-05-08-exhibition-as-program",
        "title": "What happens when an exhibition is a program?",
        "kind": "chat",
        "intro": (
            "The team behind the Oakland Museum of California's we/customize hosted a chat "
            "from the exhibition lounge on what changes when an exhibition is built as a "
            "program, in front of its visitors."
        ),
        "time_zone": "America/Los_Angeles",
        "date_precision": "exact",
        "start": "2013-05-08T12:00",
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": "omca-we-customize-lounge",
        "hashtags": ["#musesocial"],
        "people": [("sean-olson", "host"), ("carin-adams", "host"), ("robert-fahey", "host")],
        "organisers": ["oakland-museum-of-california"],
        "how_to_take_part": "<p>Join in on Twitter with #musesocial from noon Pacific time.</p>",
        "tags": ["exhibitions", "participation", "on-site-online"],
        "body": [
            (
                "text",
                "<p>With we/customize the Oakland Museum of California tried something new: "
                "building an exhibition in an open gallery where visitors could watch it come "
                "together, and inviting everyone to take part.</p>"
                "<p>The project looks at how people in the Bay Area make mass-produced things "
                "their own through hacking, remixing, tailoring, modding, mash-ups, kit bashing "
                "and customizing. What links them all is the maker's drive to change an object "
                "radically until it meets their own standards. The community helped shape the "
                "project from its first stages.</p>"
                "<p>It started in the fall, when the Oakland Rover, the museum's customized "
                "electric mobile museum, went out onto local streets to learn how people "
                "customize. On these program “missions” customizers led demonstrations and "
                "hands-on activities, from toy hacking and airbrushing to sound remixing and "
                "bike modification, and the public brought their ideas and the things they made "
                "along with them.</p>",
            ),
            (
                "questions",
                {
                    "intro": "Questions to help get at the main one:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "What is a program?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How does this work in the exhibition when there isn't a program running?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How do we address different types of visitors, with different levels of participation?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Program vs. activity: do audiences care about the difference?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How are we defining content?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How do audiences define themselves and their style of participation within a museum?",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 8 May 2013, MCNPro -----------------------------------------------------
    {
        "slug": "2013-05-08-mcnpro-social-media-evaluation",
        "title": "MCNPro workshop on social media evaluation",
        "kind": "workshop",
        "intro": (
            "A Museum Computer Network workshop on evaluating social media: metrics, tools, "
            "analytics and reporting."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2013-05-08T11:30",
        "end": "2013-05-08T14:00",
        "parts": [],
        "platform": "",
        "venue": None,
        "hashtags": ["#MCNPro", "#musesocial"],
        "people": [
            ("seb-chan", "speaker"),
            ("jane-finnis", "speaker"),
            ("vicki-portway", "speaker"),
            ("dana-allen-greil", "speaker"),
        ],
        "organisers": ["museum-computer-network"],
        "how_to_take_part": "<p>Participants were asked to tweet with both #MCNPro and #musesocial.</p>",
        "tags": ["evaluation", "metrics"],
        "body": [
            (
                "text",
                "<p>The workshop went through a mix of metrics and evaluation tools and the "
                "difficulty of reading social analytics and turning them into reports. It also "
                "looked at how museums are slowly making social media success a routine, and "
                "less intimidating, part of what they report.</p>",
            ),
        ],
        "related": [],
    },
    # --- 23 April 2013 ------------------------------------------------------------
    {
        "slug": "2013-04-23-whats-the-point-of-social-media",
        "title": "What's the point of social media for museums?",
        "kind": "chat",
        "intro": (
            "Before success can be measured, a museum has to know what it is aiming for: "
            "this chat linked social media work to wider strategies and goals."
        ),
        "time_zone": "America/New_York",
        "date_precision": "day",
        "start": "2013-04-23",
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [("danamuses", "host"), ("sluggernova", "host")],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["strategy", "metrics", "leadership"],
        "body": [
            (
                "text",
                "<p>Measuring success only makes sense once a museum can explain why social "
                "media matters to it and what it hopes to achieve. Rather than the mechanics of "
                "measurement, this chat was about tying social media efforts to a museum's "
                "broader strategies and goals.</p>",
            ),
            (
                "questions",
                {
                    "intro": "We discussed:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "What are your goals for social media? How do you explain the point of your social media efforts to others?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Do you have a separate social media strategy, or is it part of a broader digital plan? Is it written down at all?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What parts of your mission and/or strategy align with your social media outreach?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How do you currently report social media success? Is it proactive, or requested by leadership?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Do your reports inform and alter your tactical approaches to social media outreach?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Are you happy with your current goals, measurement (metrics) and reporting process? Why or why not?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What are your burning questions about defining and measuring social media success in museums?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "After this chat, do you feel you have a better script for an “elevator speech” on why social media matters to your museum?",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
            (
                "archive_links",
                {
                    "heading": "Archives",
                    "links": [
                        {
                            "kind": "storify",
                            "title": "Storify of the chat",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 4 April 2013: mini-tweetup and chat ---------------------------------------
    {
        "slug": "2013-04-04-museum-tweetups",
        "title": "Museum tweetups: a mini-tweetup and #musesocial chat",
        "kind": "tweetup",
        "intro": (
            "A small behind-the-scenes tweetup at the National Museum of American History, "
            "followed by a Twitter chat on combining on-site programs with social media."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2013-04-04T13:00",
        "end": "2013-04-04T16:45",
        "parts": [
            {
                "title": "Mini-tweetup",
                "start_time": "13:00",
                "end_time": "15:30",
                "description": (
                    "A few museum people visiting from out of town take a behind-the-scenes "
                    "tour of the National Museum of American History and tweet it with "
                    "#musesocial. Follow along and send them questions."
                ),
            },
            {
                "title": "Twitter chat",
                "start_time": "15:30",
                "end_time": "16:45",
                "description": (
                    "A #musesocial chat on the challenges and the fun of combining on-site "
                    "programs and events with social media."
                ),
            },
        ],
        "platform": "x",
        "venue": "national-museum-of-american-history",
        "hashtags": ["#musesocial"],
        "people": [
            ("erin-blasco", "host"),
            ("museumtrekker", "host"),
            ("mar-dixon", "host"),
            ("jenni-fuchs", "host"),
        ],
        "organisers": ["national-museum-of-american-history"],
        "how_to_take_part": (
            "<p>Follow #musesocial during the afternoon to watch a mini-tweetup happen, "
            "tweet questions to the people on the tour, and stay for the chat, whether you "
            "have five minutes or an hour. Erin Blasco planned to Storify both the "
            "mini-tweetup and the chat, and asked anyone willing to help with that, or to "
            "help facilitate, to get in touch with her by e-mail.</p>"
        ),
        "tags": ["tweetups", "on-site-online", "metrics", "strategy"],
        "body": [
            (
                "text",
                "<p>After the latest #SItweetup, Erin Blasco had questions from museum "
                "colleagues about how it was run, what came of it, and how to persuade others "
                "to try one. This afternoon brought together people who have organised, "
                "attended or hoped to hold tweetups, socials and other programs that mix "
                "on-site and online engagement.</p>"
                "<p>It began with a mini-tweetup: a handful of museum tweeps from out of town "
                "on a behind-the-scenes tour of the National Museum of American History, "
                "tweeting as they went. The chat that followed covered good practice, how to "
                "measure the impact of such programs, and how to win over curators, marketing "
                "and other key staff.</p>"
                "<h3>Not a usual Smithsonian tweetup</h3>"
                "<p>Smithsonian tweetups normally use #SItweetup and take applications from "
                "anyone; they are announced from the @Smithsonian account, as one of several "
                "ways to experience the Smithsonian through social media, and more were to "
                "come, such as one at the Air and Space Museum. This one was different: the "
                "museum invited a small group of museum staff who are actively involved in "
                "research and discussion on the subject. It was run as a worked example ahead "
                "of presentations being prepared for the American Alliance of Museums "
                "conference and other research, so that the museum community and the public "
                "could talk about the value of this kind of programming together.</p>"
                "<p>Want more museums to hold tweetups? Tell your favourite museum on "
                "Twitter.</p>",
            ),
            (
                "questions",
                {
                    "intro": "Questions for the chat:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "Who is your target audience for museum tweetups?",
                            "sub_questions": [],
                            "notes": "User scenario or audience profile: who typically signs up for tweetups and socials, and why.",
                        },
                        {
                            "heading": "",
                            "question": "How do tweetups benefit audiences and the museum's mission?",
                            "sub_questions": [],
                            "notes": "What are your goals? What experience do you want to provide?",
                        },
                        {
                            "heading": "",
                            "question": "How do tweetups fit in with your overall outreach strategy?",
                            "sub_questions": [],
                            "notes": "Are they experimental or a key component?",
                        },
                        {
                            "heading": "",
                            "question": "What are the expectations of tweetup attendees?",
                            "sub_questions": [],
                            "notes": "Be clear: have you set expectations and initiated your audience?",
                        },
                        {
                            "heading": "",
                            "question": "What are the key elements of a good museum tweetup?",
                            "sub_questions": [],
                            "notes": (
                                "Social and sharing time; informal and fun; facilitating conversation "
                                "and community; direct interaction with great people; great content or "
                                "subject; exclusivity or uniqueness (behind the scenes is awesome, but an "
                                "awesome experience matters most); a sense of involvement and "
                                "contribution."
                            ),
                        },
                        {
                            "heading": "",
                            "question": "How do tweetups differ from traditional in-person museum programs? How are they similar?",
                            "sub_questions": [],
                            "notes": (
                                "Leverage existing processes and procedures; there are some unique "
                                "challenges; be realistic about resources and set expectations "
                                "accordingly."
                            ),
                        },
                        {
                            "heading": "",
                            "question": "How do museums measure tweetup success?",
                            "sub_questions": [],
                            "notes": "Goals are essential, and engagement has to be defined.",
                        },
                        {
                            "heading": "",
                            "question": "How should museums continue to cultivate the relationships established during a tweetup?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Burning questions, tips and anything else.",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
            (
                "reading_list",
                {
                    "heading": "About the previous #SItweetup",
                    "items": [
                        {
                            "title": "Storify of the previous #SItweetup",
                            "author": "",
                            "source": "Storify",
                            "url": "",
                        },
                        {
                            "title": "Blog post about the previous #SItweetup",
                            "author": "",
                            "source": "",
                            "url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [("2013-04-04-drinkingaboutmuseums-dc", "Same evening")],
    },
    # --- 4 April 2013: drinks ------------------------------------------------------
    {
        "slug": "2013-04-04-drinkingaboutmuseums-dc",
        "title": "#drinkingaboutmuseums DC",
        "kind": "meetup",
        "intro": (
            "An evening of drinks on Capitol Hill for museum people in DC and their visiting "
            "friends, after the day's mini-tweetup and chat."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2013-04-04T18:00",
        "end": "2013-04-04T22:00",
        "parts": [],
        "platform": "",
        "venue": "the-pour-house",
        "hashtags": ["#drinkingaboutmuseums", "#drinkingaboutmuseumsdc"],
        "people": [
            ("museumtrekker", "host"),
            ("mar-dixon", "featured"),
            ("jenni-fuchs", "featured"),
            ("erin-blasco", "featured"),
            ("nancy-proctor", "featured"),
        ],
        "organisers": [],
        "how_to_take_part": (
            "<p>Everyone is welcome and there is no need to RSVP, but if you know you are "
            "coming, let @MuseumTrekker know. Please spread the word: the bar is expecting "
            "the group on Thursday.</p>"
        ),
        "tags": ["meetups"],
        "body": [
            (
                "text",
                "<p>A Washington, DC, edition of #drinkingaboutmuseums. @museumtrekker was "
                "joined by Mar Dixon, Jenni Fuchs, Erin Blasco, Nancy Proctor and plenty of "
                "others: a chance to catch up with old friends from DC museums and meet new "
                "ones.</p>"
                "<p>The Pour House has three bars. Early arrivals would find the group upstairs "
                "in the Top of the Hill bar, a lounge in Second World War style, where happy "
                "hour ran until 8 pm and appetizers and dinner were served until closing. Later "
                "in the evening, if the group was no longer upstairs, it had probably moved "
                "down to the game room, with Wii, skee-ball and shuffleboard.</p>",
            ),
        ],
        "related": [("2013-04-04-museum-tweetups", "Same day, after the mini-tweetup and chat")],
    },
    # --- 6 December 2012 ----------------------------------------------------------
    {
        "slug": "2012-12-06-museum-blogs",
        "title": "Museum blogs",
        "kind": "chat",
        "intro": (
            "Two hosts who were both rethinking their museums' blogs asked how blogs need to "
            "change to stay relevant while other social media compete for staff time."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2012-12-06T14:00",
        "end": "2012-12-06T15:00",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [("erin-blasco", "host"), ("sarah-banks", "host")],
        "organisers": [],
        "how_to_take_part": (
            "<p>Book-club style: before the chat, take a couple of minutes to read one of the "
            "pieces listed below, and recommend others. New to #musesocial chats? Nothing to "
            "worry about: put the hashtag in every tweet and speak up. The hosts tweet the "
            "main questions but welcome free-flowing conversation on the topic.</p>"
        ),
        "tags": ["blogging", "metrics", "strategy"],
        "body": [
            (
                "text",
                "<p>Museums have blogged for years, and blogs have even been declared dead, yet "
                "people are thinking about them in new ways and weighing them against other "
                "social media that compete for time. Both hosts were in the middle of "
                "re-evaluating existing museum blogs, asking what should change and what "
                "should stay the same if blogs are to remain relevant.</p>"
                "<p>The topic came from “Tales from the blog”, a session at MCN2012 with Susan "
                "Cairns, Ed Rodley, Mike Murawski and Eric Siegel. Neither host attended "
                "MCN2012, but the session's #mcn2012tale tweets caught their interest, as did "
                "a post by Erin Branham on Edgital and panelist Mike Murawski's write-up of the "
                "panel's main themes. Ian Williams's article “A Status Update Does Not a Blog "
                "Make” was another spark, and its line about Facebook (quoted below) left the "
                "hosts asking what comes next.</p>",
            ),
            (
                "quote",
                {
                    "quote": "It's no secret that Facebook killed blogging and didn't even really replace it.",
                    "attribution": "Ian Williams, “A Status Update Does Not a Blog Make”",
                    "source_url": "",
                },
            ),
            (
                "reading_list",
                {
                    "heading": "Read one before the chat",
                    "items": [
                        {
                            "title": "Tales from the blog",
                            "author": "Susan Cairns, Ed Rodley, Mike Murawski and Eric Siegel",
                            "source": "MCN2012 session; tweets under #mcn2012tale",
                            "url": "",
                        },
                        {
                            "title": "Blog post on Edgital",
                            "author": "Erin Branham",
                            "source": "Edgital",
                            "url": "",
                        },
                        {
                            "title": "The main themes of the “Tales from the blog” panel",
                            "author": "Mike Murawski",
                            "source": "",
                            "url": "",
                        },
                        {
                            "title": "A Status Update Does Not a Blog Make",
                            "author": "Ian Williams",
                            "source": "",
                            "url": "",
                        },
                    ],
                },
            ),
            (
                "questions",
                {
                    "intro": "Some of the hosts' questions:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "How can blogs be made more social?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Is there still a demand for blogs?",
                            "sub_questions": [],
                            "notes": "Websites are easier to update now, and attention spans have shrunk.",
                        },
                        {
                            "heading": "",
                            "question": "Are blogs worth the workload? How do you measure and illustrate their value?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What are the best museum blogs out there? Which blogs have been re-envisioned or redesigned successfully?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What other formats might be better? What about Tumblr?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Who is the audience? What do we know about them, and what do they want?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How do you know whether your blog is doing well?",
                            "sub_questions": [],
                            "notes": "A blog may not get the up-to-the-minute metrics and feedback that other social networks give.",
                        },
                        {
                            "heading": "",
                            "question": "How social do you want your blog to be?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What do you want to know about your blog's audience?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How would you change your blog to target particular segments of its audience without alienating your core audience?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What is the workflow for your museum's blog? What is the best way to handle moderation?",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
            (
                "archive_links",
                {
                    "heading": "Archives",
                    "links": [
                        {
                            "kind": "storify",
                            "title": "All or most of the tweets (complete, but a bit chaotic to read)",
                            "url": "",
                            "wayback_url": "",
                        },
                        {
                            "kind": "storify",
                            "title": "Key tweets grouped by category (the smoother read)",
                            "url": "",
                            "wayback_url": "",
                        },
                        {
                            "kind": "spreadsheet",
                            "title": "Every tweet, as an Excel spreadsheet",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 2 November 2012 ------------------------------------------------------------
    {
        "slug": "2012-11-02-the-social-museum",
        "title": "The Social Museum",
        "kind": "chat",
        "intro": (
            "Three San Francisco museum hosts asked what it means for a museum to be social, "
            "in the galleries and online, and especially wanted to hear from people who love "
            "museums without working in them."
        ),
        "time_zone": "America/Los_Angeles",
        "date_precision": "exact",
        "start": "2012-11-02T12:00",
        "end": "2012-11-02T13:30",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [
            ("willa-koerner", "host"),
            ("sarah-bailey-hogarty", "host"),
            ("kathyrn-jaller", "host"),
        ],
        "organisers": [
            "sfmoma",
            "fine-arts-museums-of-san-francisco",
            "contemporary-jewish-museum",
        ],
        "how_to_take_part": (
            "<p>Everyone is welcome. The hosts particularly want to hear from people who "
            "love museums but do not work in one.</p>"
        ),
        "tags": ["on-site-online", "participation", "conferences"],
        "body": [
            (
                "text",
                "<p>This chat was a warm-up for a session on the same theme at the Museum "
                "Computer Network's conference (MCN).</p>",
            ),
            (
                "questions",
                {
                    "intro": "The topic:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "What does it mean for a museum to be social?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "How do museums translate real-life interaction into online engagement, and vice versa?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What do users really want from museums on social media, anyway?",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 19 September 2012 -----------------------------------------------------------
    {
        "slug": "2012-09-19-askacurator-day",
        "title": "#AskACurator Day 2012",
        "kind": "global_day",
        "intro": (
            "A day when museums everywhere invite the public to put questions straight to "
            "their curators on Twitter, using #AskACurator."
        ),
        "time_zone": "UTC",
        "date_precision": "day",
        "start": "2012-09-19",
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#AskACurator"],
        "people": [],
        "organisers": [],
        "how_to_take_part": "<p>Tweet a question for a curator with #AskACurator.</p>",
        "tags": ["curators", "participation"],
        "body": [
            (
                "text",
                "<p>The #musesocial wiki listed #AskACurator Day on 19 September 2012 among "
                "its events; it kept no further details.</p>",
            ),
        ],
        "related": [],
    },
    # --- 23 August 2012 -------------------------------------------------------------
    {
        "slug": "2012-08-23-emerging-professionals-and-technology",
        "title": "What do emerging professionals need to know about technology in museums?",
        "kind": "chat",
        "intro": (
            "What should students heading into the museum field know about technology? "
            "Amelia Wong, Erin Blasco and Darren Milligan asked the community."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2012-08-23T15:00",
        "end": "2012-08-23T17:00",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [("amelia-wong", "host"), ("erin-blasco", "host"), ("darren-milligan", "host")],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["education", "technology"],
        "body": [
            (
                "text",
                "<p>Amelia Wong proposed the topic after moving to The George Washington "
                "University to design the museums and technology curriculum of its Museum "
                "Studies program. She wanted her courses to take in the whole range of ideas, "
                "concepts, priorities, tools, trends and real-world difficulties that come with "
                "using, designing, implementing and evaluating technology in museums today.</p>"
                "<p>Having already talked to many colleagues in person, she opened the question "
                "to everyone. She hoped for a wide-ranging, free-wheeling conversation that would "
                "cover both the practical (whether students should learn to code, for instance) "
                "and the philosophical (such as the potential of collective intelligence).</p>",
            ),
            (
                "questions",
                {
                    "intro": "Questions for the chat:",
                    "questions": [
                        {
                            "heading": "",
                            "question": "What do museum practitioners who use, design or evaluate technology in visitor experiences need to know?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What knowledge of technologies is useful for doing your job?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What will you need to know about using, designing and evaluating technology in museum work in the future? What skills will you need to master?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "If you could educate your colleagues about museum technology, what would you teach them?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "If you could attend a training on any museum technology topic, what would it be?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "Beyond practical skills and technical knowledge, what philosophy, theory or values should they be familiar with?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What concepts about technology do they need to be familiar with?",
                            "sub_questions": [],
                            "notes": "",
                        },
                        {
                            "heading": "",
                            "question": "What concepts about technology in education do they need to be familiar with?",
                            "sub_questions": [],
                            "notes": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 8 August 2012 --------------------------------------------------------------
    {
        "slug": "2012-08-08-social-media-and-leadership",
        "title": "Social Media and Leadership",
        "kind": "chat",
        "intro": "A Wednesday afternoon chat about social media and leadership in museums.",
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2012-08-08T12:30",
        "end": "2012-08-08T15:00",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [
            ("sluggernova", "host"),
            ("sarah-banks", "host"),
            ("darren-milligan", "host"),
            ("erin-blasco", "host"),
        ],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["leadership", "strategy"],
        "body": [
            (
                "text",
                "<p>The wiki kept the date, time and hosts of this chat, and a heading for the "
                "summaries and reactions written afterwards; the links themselves were not "
                "kept.</p>",
            ),
            (
                "archive_links",
                {
                    "heading": "Summaries and reactions",
                    "links": [
                        {
                            "kind": "summary",
                            "title": "Summaries and reactions (links not kept)",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- July 2012 ------------------------------------------------------------------
    {
        "slug": "2012-07-digital-scholarship-21st-century",
        "title": "Digital Scholarship in the 21st Century",
        "kind": "chat",
        "intro": "A #musesocial chat on what scholarship looks like in the digital age.",
        "time_zone": "America/New_York",
        "date_precision": "month",
        "start": "2012-07",
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["research", "technology"],
        "body": [
            (
                "text",
                "<p>The organisers thanked everyone who joined in and shared a rough, unedited "
                "Storify for anyone catching up, promising a tidied-up version within a day or "
                "two. The wiki recorded only the month.</p>",
            ),
            (
                "archive_links",
                {
                    "heading": "Archives",
                    "links": [
                        {
                            "kind": "storify",
                            "title": "Unedited Storify of the chat",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- 8 May 2012 -----------------------------------------------------------------
    {
        "slug": "2012-05-08-bridging-on-site-and-online",
        "title": "Bridging the On-Site and Online Experience",
        "kind": "chat",
        "intro": (
            "How museums connect what happens in their buildings with what happens online, "
            "and whether the two should feel like one experience."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2012-05-08T12:00",
        "end": "2012-05-08T17:00",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [("erin-blasco", "host")],
        "organisers": [],
        "how_to_take_part": (
            "<p>Anyone can join a #musesocial chat: drop in for twenty minutes or stay for an "
            "hour. A Twitter client that follows a hashtag makes the conversation easier to "
            "keep up with. Questions beforehand? Tweet Erin Blasco at @erinblasco.</p>"
        ),
        "tags": ["on-site-online", "participation", "tweetups"],
        "body": [
            (
                "text",
                "<p>An afternoon-long chat on the gap between the museum experience in the "
                "building and the one online, and the ways museums bridge it.</p>",
            ),
            (
                "questions",
                {
                    "intro": "",
                    "questions": [
                        {
                            "heading": "Audience expectations",
                            "question": "What do audiences expect of the online versus the on-site museum experience?",
                            "sub_questions": [
                                "Do they expect, or want, the two experiences to connect?",
                                "What would a seamless online and on-site experience look or feel like? Is that even the goal?",
                                "Beyond “visit our website for more information”, what can online resources offer the on-site visit, and vice versa?",
                                "What is the point and impact of live-tweeting an on-site program or webcasting a behind-the-scenes event?",
                                "If a museum's social media and web resources are highly participatory and engaging, does the on-site experience have to match?",
                            ],
                            "notes": "",
                        },
                        {
                            "heading": "Connectors",
                            "question": "Which social media tactics are best for connecting the physical and online experiences?",
                            "sub_questions": [
                                "Museums are full of social objects that spark debate, discussion and exchange. How do you recreate or connect to that experience through social media?",
                                "What about making social media visible in the physical museum?",
                                "How do visitors share an on-site visit with friends in their social networks, beyond furtive phone photos?",
                                "What would an online-only program look like, and would it be any fun?",
                                "What about live-tweeting and tweetups?",
                            ],
                            "notes": "",
                        },
                        {
                            "heading": "Impact",
                            "question": "What are the advantages and disadvantages of a seamless experience between the museum's virtual and physical worlds?",
                            "sub_questions": [
                                "Can an online experience improve or detract from an on-site one, and vice versa?",
                                "How does the interplay of the two experiences affect learning and align with museum goals?",
                            ],
                            "notes": "",
                        },
                        {
                            "heading": "Free range",
                            "question": "Open discussion inspired by the overall topic.",
                            "sub_questions": [
                                "Ask and answer questions, share great examples, and suggest topics for the next #musesocial chat.",
                            ],
                            "notes": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
    # --- AAM 2012 sessions ------------------------------------------------------------
    {
        "slug": "2012-05-01-social-media-metrics-101",
        "title": "Social Media Metrics 101",
        "kind": "conference_session",
        "intro": "A session on social media metrics at the 2012 conference of the American Alliance of Museums (AAM).",
        "time_zone": "America/New_York",
        "date_precision": "day",
        "start": "2012-05-01",
        "end": None,
        "parts": [],
        "platform": "",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [],
        "organisers": ["american-alliance-of-museums"],
        "how_to_take_part": "",
        "tags": ["metrics", "conferences"],
        "body": [
            (
                "text",
                "<p>Listed on the #musesocial wiki as a session at AAM 2012; no speakers or "
                "further details were recorded.</p>",
            ),
        ],
        "related": [("2012-05-aam-mobile-interpretation-social", "Also at AAM 2012")],
    },
    {
        "slug": "2012-05-aam-mobile-interpretation-social",
        "title": "Can Mobile Interpretation Be Social?",
        "kind": "conference_session",
        "intro": "A session at the 2012 conference of the American Alliance of Museums (AAM) on making mobile interpretation social.",
        "time_zone": "America/New_York",
        "date_precision": "month",
        "start": "2012-05",
        "end": None,
        "parts": [],
        "platform": "",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [],
        "organisers": ["american-alliance-of-museums"],
        "how_to_take_part": "",
        "tags": ["technology", "conferences"],
        "body": [
            (
                "text",
                "<p>Listed on the #musesocial wiki as a session at AAM 2012; its date, "
                "speakers and other details were not recorded.</p>",
            ),
        ],
        "related": [("2012-05-01-social-media-metrics-101", "Also at AAM 2012")],
    },
    # --- 20 March 2012, National Postal Museum ---------------------------------------
    {
        "slug": "2012-03-20-social-media-in-exhibits",
        "title": "Social Media IN Exhibits: What Works, What Doesn't?",
        "kind": "in_person",
        "intro": (
            "Museum colleagues met at the National Postal Museum to discuss what works, and "
            "what does not, when social media goes into physical exhibits."
        ),
        "time_zone": "America/New_York",
        "date_precision": "exact",
        "start": "2012-03-20T14:00",
        "end": "2012-03-20T15:45",
        "parts": [],
        "platform": "",
        "venue": "national-postal-museum",
        "hashtags": ["#musesocial"],
        "people": [],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["exhibitions", "on-site-online"],
        "body": [
            (
                "text",
                "<p>Social media practitioners, exhibit specialists, educators and other museum "
                "colleagues compared notes on bringing social media into on-site exhibits: "
                "what succeeds and what falls flat.</p>",
            ),
        ],
        "related": [
            ("2012-03-2012-04-what-do-we-know-series", "Held during the series"),
        ],
    },
    # --- March–April 2012 series --------------------------------------------------------
    {
        "slug": "2012-03-2012-04-what-do-we-know-series",
        "title": "What Do We Know About Museums and Social Media? #MuseSocial chats and more",
        "kind": "series",
        "intro": (
            "Two months of research, #musesocial chats and other activity connected with a "
            "session at Museums and the Web 2012."
        ),
        "time_zone": "America/New_York",
        "date_precision": "month",
        "start": "2012-03",
        "end": "2012-04",
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#musesocial"],
        "people": [],
        "organisers": [],
        "how_to_take_part": "",
        "tags": ["research", "conferences"],
        "body": [
            (
                "text",
                "<p>Through March and April 2012 the community gathered research, held "
                "#musesocial chats and more around one question: what do we actually know "
                "about museums and social media? The work fed into a session at Museums and "
                "the Web 2012.</p>",
            ),
        ],
        "related": [("2012-03-20-social-media-in-exhibits", "During the series")],
    },
    # --- 29 December 2013, #музейнаягостиная ---------------------------------------------
    {
        "slug": "2013-12-29-museumsalon-new-year",
        "title": "#музейнаягостиная: New Year in different cultures",
        "kind": "chat",
        "intro": (
            "The State Historical Museum invited the State Museum of the History of Religion "
            "to its Twitter salon to talk about New Year celebrations in different cultures: "
            "the first Twitter event two Russian museums organised together."
        ),
        "time_zone": "Europe/Moscow",
        "date_precision": "day",
        "start": "2013-12-29",
        "end": None,
        "parts": [],
        "platform": "x",
        "venue": None,
        "hashtags": ["#музейнаягостиная", "#museumsalon"],
        "people": [],
        "organisers": ["state-historical-museum", "state-museum-of-the-history-of-religion"],
        "how_to_take_part": (
            "<p>Follow #музейнаягостиная on Twitter, answer the museums' questions and join "
            "the discussion. The session's museum lottery gave away tickets to current "
            "exhibitions.</p>"
        ),
        "tags": ["russia", "participation", "curators"],
        "body": [
            (
                "text",
                "<p>#музейнаягостиная, “museum salon”, is the State Historical Museum's Twitter "
                "project. Curators and the public discuss a single topic for an hour, "
                "occasionally two, usually on a weekend evening when people are at home with "
                "time to follow along. Every session includes a museum lottery with tickets to "
                "current exhibitions as prizes.</p>"
                "<p>For this session the museum invited the State Museum of the History of "
                "Religion, in St Petersburg, and together they talked about how New Year is "
                "celebrated in different cultures. Both museums gained followers, but what "
                "mattered more was the conversation itself: asking people questions and "
                "starting discussions. No two Russian museums had organised an event like this "
                "together on Twitter before.</p>"
                "<p>The museum later presented the project, and this session, in a lightning "
                "talk at a conference.</p>",
            ),
            (
                "archive_links",
                {
                    "heading": "Archives",
                    "links": [
                        {
                            "kind": "storify",
                            "title": "The session on Storify (the museum's first Storify page)",
                            "url": "",
                            "wayback_url": "",
                        },
                    ],
                },
            ),
        ],
        "related": [],
    },
]

# ---------------------------------------------------------------------------
# The #museumsalon lightning talk, for a BestPracticeTalkPage.
# ---------------------------------------------------------------------------

TALK_FACTS = {
    "title": "#музейнаягостиная / #museumsalon – Twitter project from Russia",
    "speaker": "anna-mikhaylova",
    "speaker_name": "Anna Mikhaylova",
    "country": "Russia",
    "organisation": "state-historical-museum",
    "session_kind": "Best practice session, presented as a lightning talk",
    "hashtags": "#музейнаягостиная, #museumsalon",
    "event": "2013-12-29-museumsalon-new-year",
    "museum": "One of Russia's largest museums, standing on Red Square in Moscow.",
    "social_media_since": "2010",
    "early_years": (
        "For its first three years on social media the museum had no clear idea of how or "
        "why to use it: posts were copied across without talking to the audience."
    ),
    "turning_point": (
        "At the end of 2012 the Ministry of Culture asked museums for analytics on their "
        "social media use, and everything changed."
    ),
    "team": "The museum's IT department set up a team responsible for social media.",
    "strategy": (
        "A social media strategy was written in spring 2013, inspired by Tate and drawing "
        "on the guidelines Tate published on its website."
    ),
    "ask_a_curator": (
        "In September 2013 the museum took part in Ask a Curator day, one of seven Russian "
        "museums to do so (itself and six others)."
    ),
    "channels": "5",
    "languages": "Russian only for now; English from January 2014.",
    "english_from": "2014-01",
    "twitter_followers": "63,000",
    "challenge": (
        "Social networks are very popular in Russia, but getting people to interact with "
        "museums there is still hard."
    ),
    "why_twitter": (
        "Experience showed people prefer to talk to the museum on Twitter, so the museum "
        "started a Twitter project to build a friendly, comfortable space for dialogue."
    ),
    "project": (
        "#музейнаягостиная (#museumsalon) brings curators and the public together to "
        "discuss one topic."
    ),
    "format": (
        "Sessions last an hour, sometimes two, usually on weekend evenings when people are "
        "at home and have time to follow."
    ),
    "lottery": "Each session has a museum lottery with tickets to current exhibitions as prizes.",
    "december_session": (
        "On 29 December 2013 the State Museum of the History of Religion (St Petersburg) "
        "joined the salon to discuss New Year celebrations in different cultures."
    ),
    "outcomes": (
        "Both museums gained followers; more importantly, they could talk with people, ask "
        "questions and start discussions. It was the first Twitter event organised by two "
        "Russian museums together."
    ),
    "storify": "The session was saved on Storify, which the museum had only just begun to use.",
    "plans": (
        "In the lightning talk the museum presents the project, shares outcomes and invites "
        "European museums to take part."
    ),
    "abstract": (
        "How Russia's State Historical Museum went from copy-and-paste posting to a social "
        "media strategy and a Twitter salon, #музейнаягостиная, where curators and the "
        "public talk, and an invitation to European museums to join in."
    ),
}
