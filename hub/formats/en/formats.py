# English dates as the community writes them: "Wednesday, May 8, 2013", "12:00 PM".
DATE_FORMAT = "l, F j, Y"
SHORT_DATE_FORMAT = "M j, Y"
TIME_FORMAT = "g:i A"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
