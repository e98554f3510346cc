"""Russian versions of some demo pages, applied the way a translator would: through a PO file.

Keyed by the page's slug, then by the English source string (the PO msgid).
Strings not listed keep their English source, as wagtail-localize does.
"""

LANGUAGE = "ru"

PAGES = {
    "home-musesocial": {
        "musesocial hub": "Хаб #musesocial",
        "#musesocial is a standing conversation among museum people about social media: what it is for, how to do it well and how to tell whether it works. It is a place to share research, compare notes and learn together, and anyone who cares about museums and social media is welcome, whether or not they work in one.": "#musesocial — постоянный разговор музейщиков о социальных сетях: зачем они музею, как вести их хорошо и как понять, что работа приносит результат. Здесь делятся исследованиями, сравнивают опыт и учатся вместе. Присоединиться может каждый, кому интересны музеи и соцсети, — работает он в музее или нет.",
        "The conversation never stops between chats. Planning a conference session, talking with colleagues, or stuck on a question you want the community's view on? Add #musesocial to your post, organised or not, big or small, and people will join in.": "Разговор не прекращается и между чатами. Готовите доклад для конференции, обсуждаете что-то с коллегами или хотите узнать мнение сообщества? Добавьте к посту #musesocial — в запланированной беседе или спонтанной, большой или маленькой, — и к вам присоединятся.",
        "Follow the #musesocial hashtag and join a scheduled chat: hosts post numbered questions (Q1, Q2...) and everyone answers with A1, A2... and the hashtag. Drop in for twenty minutes or stay the whole hour. You do not need an account here to read anything; to run a chat of your own, propose it to the editors.": "Следите за хештегом #musesocial и приходите на запланированный чат: ведущие публикуют пронумерованные вопросы (Q1, Q2…), участники отвечают A1, A2… с хештегом. Можно заглянуть на двадцать минут или остаться на весь час. Чтобы читать сайт, учётная запись не нужна; чтобы провести свой чат, предложите его редакторам.",
    },
    "about": {
        "About #musesocial": "О #musesocial",
        "about": "о-нас",
        "Who we are, where the conversation came from, and how the hub keeps it.": "Кто мы, откуда взялся этот разговор и как хаб его сохраняет.",
        "#musesocial began as an open wiki where museum professionals posted the dates, times and questions of their Twitter chats, then archived each chat afterwards, usually on Storify. Storify closed in 2018 and took many of those archives with it.": "#musesocial начинался как открытая вики, где музейные специалисты публиковали даты, время и вопросы своих чатов в Twitter, а после каждого чата сохраняли его архив, обычно в Storify. В 2018 году Storify закрылся, и многие архивы пропали вместе с ним.",
        "The hub is the community's new home. Editors publish chats, meetups and tweetups with their questions, hosts and venues; conference organisers add resource pages; and the hub keeps every chat's archive itself, in English and Russian and any language the community adds.": "Хаб — новый дом сообщества. Редакторы публикуют чаты, встречи и твитапы с вопросами, ведущими и площадками; организаторы конференций добавляют страницы с материалами; а архив каждого чата хаб хранит сам — на английском, русском и любом языке, который добавит сообщество.",
    },
    "events": {
        "Chats and events": "Чаты и мероприятия",
        "events": "события",
        "Upcoming and past #musesocial chats, tweetups, meetups and sessions.": "Предстоящие и прошедшие чаты, твитапы, встречи и секции #musesocial.",
    },
    "organisations": {
        "Organisations": "Организации",
        "organisations": "организации",
        "Museums, networks and groups that host and take part in #musesocial.": "Музеи, сети и объединения, которые проводят #musesocial и участвуют в нём.",
    },
    "state-historical-museum": {
        "State Historical Museum": "Государственный исторический музей",
        "state-historical-museum": "государственный-исторический-музей",
        "Moscow": "Москва",
        "Russia": "Россия",
        "One of Russia's largest museums, on Red Square in Moscow. It has used social media since 2010, with a strategy since spring 2013, and runs the Twitter project #музейнаягостиная (#museumsalon).": "Один из крупнейших музеев России, на Красной площади в Москве. Ведёт соцсети с 2010 года, со стратегией — с весны 2013 года, и проводит в Twitter проект #музейнаягостиная (#museumsalon).",
    },
    "state-museum-of-the-history-of-religion": {
        "State Museum of the History of Religion": "Государственный музей истории религии",
        "state-museum-of-the-history-of-religion": "государственный-музей-истории-религии",
        "St Petersburg": "Санкт-Петербург",
        "Russia": "Россия",
        "A St Petersburg museum that joined the State Historical Museum for the #музейнаягостиная session of 29 December 2013: the first Twitter event two Russian museums organised together.": "Петербургский музей, который вместе с Историческим музеем провёл сессию #музейнаягостиная 29 декабря 2013 года — первое мероприятие в Twitter, организованное двумя российскими музеями совместно.",
    },
    "2013-12-29-museumsalon-new-year": {
        "#музейнаягостиная: New Year in different cultures": "#музейнаягостиная: Новый год в разных культурах",
        "2013-12-29-museumsalon-new-year": "2013-12-29-музейная-гостиная-новый-год",
        "The State Historical Museum invited the State Museum of the History of Religion to its Twitter salon to talk about New Year celebrations in different cultures: the first Twitter event two Russian museums organised together.": "Исторический музей пригласил в свою твиттер-гостиную Музей истории религии, чтобы поговорить о том, как встречают Новый год в разных культурах. Это первое мероприятие в Twitter, которое два российских музея организовали вместе.",
        "Follow #музейнаягостиная on Twitter, answer the museums' questions and join the discussion. The session's museum lottery gave away tickets to current exhibitions.": "Следите за #музейнаягостиная в Twitter, отвечайте на вопросы музеев и участвуйте в обсуждении. В музейной лотерее сессии разыгрывались билеты на текущие выставки.",
        "#музейнаягостиная, “museum salon”, is the State Historical Museum's Twitter project. Curators and the public discuss a single topic for an hour, occasionally two, usually on a weekend evening when people are at home with time to follow along. Every session includes a museum lottery with tickets to current exhibitions as prizes.": "#музейнаягостиная — проект Исторического музея в Twitter. Хранители и публика час, иногда два обсуждают одну тему, обычно в выходной вечером, когда у людей есть время следить за разговором. В каждой сессии проходит музейная лотерея с билетами на текущие выставки.",
        "For this session the museum invited the State Museum of the History of Religion, in St Petersburg, and together they talked about how New Year is celebrated in different cultures. Both museums gained followers, but what mattered more was the conversation itself: asking people questions and starting discussions. No two Russian museums had organised an event like this together on Twitter before.": "На эту сессию музей пригласил петербургский Музей истории религии, и вместе они говорили о том, как празднуют Новый год в разных культурах. Оба музея получили новых подписчиков, но важнее был сам разговор: возможность задавать людям вопросы и начинать обсуждения. До этого два российских музея ни разу не проводили в Twitter такое мероприятие вместе.",
        "The museum later presented the project, and this session, in a lightning talk at a conference.": "Позже музей рассказал о проекте и об этой сессии в блиц-докладе на конференции.",
        "Archives": "Архивы",
        "The session on Storify (the museum's first Storify page)": "Сессия в Storify (первая страница музея в Storify)",
    },
    "2013-04-23-whats-the-point-of-social-media": {
        "What's the point of social media for museums?": "Зачем музеям социальные сети?",
        "2013-04-23-whats-the-point-of-social-media": "2013-04-23-зачем-музеям-соцсети",
        "Before success can be measured, a museum has to know what it is aiming for: this chat linked social media work to wider strategies and goals.": "Прежде чем измерять успех, музей должен понять, к чему он стремится: этот чат связал работу в соцсетях с более широкими стратегиями и целями.",
        "Measuring success only makes sense once a museum can explain why social media matters to it and what it hopes to achieve. Rather than the mechanics of measurement, this chat was about tying social media efforts to a museum's broader strategies and goals.": "Измерять успех имеет смысл, только когда музей может объяснить, зачем ему соцсети и чего он хочет добиться. Этот чат был не о технике измерений, а о том, как связать работу в соцсетях с общей стратегией и целями музея.",
        "We discussed:": "Мы обсудили:",
        "What are your goals for social media? How do you explain the point of your social media efforts to others?": "Каковы ваши цели в соцсетях? Как вы объясняете другим смысл этой работы?",
        "Do you have a separate social media strategy, or is it part of a broader digital plan? Is it written down at all?": "Есть ли у вас отдельная стратегия для соцсетей или она часть общего цифрового плана? Записана ли она вообще?",
        "What parts of your mission and/or strategy align with your social media outreach?": "Какие части вашей миссии и стратегии совпадают с работой в соцсетях?",
        "How do you currently report social media success? Is it proactive, or requested by leadership?": "Как вы сейчас отчитываетесь об успехах в соцсетях? По своей инициативе или по запросу руководства?",
        "Do your reports inform and alter your tactical approaches to social media outreach?": "Меняют ли ваши отчёты тактику работы в соцсетях?",
        "Are you happy with your current goals, measurement (metrics) and reporting process? Why or why not?": "Довольны ли вы нынешними целями, метриками и отчётностью? Почему?",
        "What are your burning questions about defining and measuring social media success in museums?": "Какие вопросы об определении и измерении успеха музеев в соцсетях волнуют вас больше всего?",
        "After this chat, do you feel you have a better script for an “elevator speech” on why social media matters to your museum?": "Стало ли вам после этого чата проще коротко объяснить, зачем вашему музею соцсети?",
        "Archives": "Архивы",
        "Storify of the chat": "Чат в Storify",
    },
    "2012-09-19-askacurator-day": {
        "#AskACurator Day 2012": "День #AskACurator 2012",
        "2012-09-19-askacurator-day": "2012-09-19-день-askacurator",
        "A day when museums everywhere invite the public to put questions straight to their curators on Twitter, using #AskACurator.": "День, когда музеи всего мира приглашают публику задать вопросы хранителям в Twitter с хештегом #AskACurator.",
        "Tweet a question for a curator with #AskACurator.": "Задайте вопрос хранителю в Twitter с хештегом #AskACurator.",
        "The #musesocial wiki listed #AskACurator Day on 19 September 2012 among its events; it kept no further details.": "Вики #musesocial отметила День #AskACurator 19 сентября 2012 года среди своих событий; других подробностей не сохранилось.",
    },
    "talks": {
        "Best-practice talks": "Доклады о лучших практиках",
        "talks": "доклады",
        "Museums presenting what worked for them on social media.": "Музеи рассказывают, что сработало у них в социальных сетях.",
    },
    "conferences": {
        "Conferences": "Конференции",
        "conferences": "конференции",
        "Sessions, slides and notes from the conferences where #musesocial met in person.": "Секции, слайды и заметки с конференций, где участники #musesocial встречались лично.",
    },
    "museumsalon-lightning-talks": {
        "Best-practice session with the #museumsalon talk": "Секция лучших практик с докладом о #музейнаягостиная",
        "museumsalon-lightning-talks": "секция-с-докладом-о-музейной-гостиной",
        "A European museum conference (not named in the write-up)": "Европейская музейная конференция (в описании не названа)",
        "The State Historical Museum's #музейнаягостиная project was presented here as a lightning talk; the write-up we have does not name the conference.": "Здесь проект Исторического музея #музейнаягостиная был представлен в блиц-докладе; в имеющемся описании конференция не названа.",
    },
    "museumsalon-twitter-project-from-russia": {
        "#музейнаягостиная / #museumsalon – Twitter project from Russia": "#музейнаягостиная / #museumsalon — твиттер-проект из России",
        "museumsalon-twitter-project-from-russia": "музейная-гостиная-твиттер-проект-из-россии",
        "Russia": "Россия",
        "How Russia's State Historical Museum went from copy-and-paste posting to a social media strategy and a Twitter salon, #музейнаягостиная, where curators and the public talk, and an invitation to European museums to join in.": "Как Государственный исторический музей перешёл от копирования постов к стратегии в соцсетях и твиттер-гостиной #музейнаягостиная, где разговаривают хранители и публика, — и приглашение европейским музеям присоединиться.",
        "One of Russia's largest museums, standing on Red Square in Moscow. It began using social media in 2010.": "Один из крупнейших музеев России, на Красной площади в Москве. В соцсетях — с 2010 года.",
        "For its first three years on social media the museum had no clear idea of how or why to use it: posts were copied across without talking to the audience. At the end of 2012 the Ministry of Culture asked museums for analytics on their social media use, and everything changed.": "Первые три года в соцсетях у музея не было ясного понимания, как и зачем ими пользоваться: посты копировались без общения с аудиторией. В конце 2012 года Министерство культуры попросило музеи предоставить аналитику по соцсетям, и всё изменилось.",
        "The museum's IT department set up a team responsible for social media. A social media strategy was written in spring 2013, inspired by Tate and drawing on the guidelines Tate published on its website. In September 2013 the museum took part in Ask a Curator day, one of seven Russian museums to do so (itself and six others).": "ИТ-отдел музея собрал команду, отвечающую за соцсети. Весной 2013 года была написана стратегия — по примеру галереи Тейт и с опорой на правила, опубликованные на её сайте. В сентябре 2013 года музей участвовал в Дне вопросов хранителю — вместе с шестью другими российскими музеями.",
        "Social networks are very popular in Russia, but getting people to interact with museums there is still hard. Experience showed people prefer to talk to the museum on Twitter, so the museum started a Twitter project to build a friendly, comfortable space for dialogue.": "Соцсети в России очень популярны, но вовлечь людей в общение с музеями всё ещё непросто. Опыт показал, что с музеем охотнее всего разговаривают в Twitter, поэтому музей начал твиттер-проект, чтобы создать дружелюбное и уютное пространство для диалога.",
        "#музейнаягостиная (#museumsalon) brings curators and the public together to discuss one topic. Sessions last an hour, sometimes two, usually on weekend evenings when people are at home and have time to follow. Each session has a museum lottery with tickets to current exhibitions as prizes.": "#музейнаягостиная (#museumsalon) собирает хранителей и публику, чтобы обсудить одну тему. Сессии длятся час, иногда два, обычно в выходные вечером, когда у людей есть время следить за разговором. В каждой сессии проходит музейная лотерея с билетами на текущие выставки.",
        "On 29 December 2013 the State Museum of the History of Religion (St Petersburg) joined the salon to discuss New Year celebrations in different cultures. Both museums gained followers; more importantly, they could talk with people, ask questions and start discussions. It was the first Twitter event organised by two Russian museums together. The session was saved on Storify, which the museum had only just begun to use.": "29 декабря 2013 года к гостиной присоединился Государственный музей истории религии (Санкт-Петербург), чтобы обсудить, как встречают Новый год в разных культурах. Оба музея получили новых подписчиков, но важнее, что они смогли поговорить с людьми, задать вопросы и начать обсуждения. Это первое мероприятие в Twitter, организованное двумя российскими музеями вместе. Сессию сохранили в Storify, которым музей только начал пользоваться.",
        "In the lightning talk the museum presents the project, shares outcomes and invites European museums to take part.": "В блиц-докладе музей представляет проект, делится результатами и приглашает европейские музеи к участию.",
        "Twitter followers": "подписчиков в Twitter",
        "at the time of the talk": "на момент доклада",
        "social media channels": "каналов в соцсетях",
        "Russian only; English from January 2014": "пока только на русском; на английском — с января 2014 года",
        "Russian museums on Ask a Curator day 2013": "российских музеев в Дне вопросов хранителю 2013",
        "the museum and six others": "музей и ещё шесть",
        "1st": "1-е",
        "Twitter event run by two Russian museums together": "мероприятие в Twitter, проведённое двумя российскими музеями вместе",
        "29 December 2013": "29 декабря 2013 года",
    },
}


# Russian versions of the demo's people, by their English name (name, role).
PEOPLE = {
    "Anna Mikhaylova": {"name": "Анна Михайлова"},
}


# Russian names of the demo's topic tags (hub.models.TagLabel); the slugs stay the same.
TAG_LABELS = {
    "blogging": "блоги",
    "collections": "коллекции",
    "conferences": "конференции",
    "curators": "хранители",
    "data": "данные",
    "education": "образование",
    "evaluation": "оценка",
    "exhibitions": "выставки",
    "leadership": "руководство",
    "meetups": "встречи",
    "metrics": "метрики",
    "on-site-online": "в музее и онлайн",
    "participation": "участие",
    "research": "исследования",
    "russia": "Россия",
    "strategy": "стратегия",
    "technology": "технологии",
    "tweetups": "твитапы",
    "twitter": "Twitter",
}
