# Django's Russian MONTH_DAY_FORMAT ("j F") gives the nominative, "23 Апрель"; a day of a
# month is written with the genitive, "23 апреля" (Django's "E"). Other formats: Django's.
MONTH_DAY_FORMAT = "j E"
