# The language itself: dates, the mark on a text shown in English for want of a translation,
# the language menu.

# A Julian date in the language's own words (English shows "19 Jan 1126" without it).
date-western = { $day } { $month } { $year }
# Put round a scenario text that has no translation into this language, so the reader sees
# that the English is a stand-in (English needs no mark).
untranslated = { $text }
menu-language = Language
# An ISO date with the era date beside it, in lines that must sort alike in every language.
date-with-era = { $date } ({ $era })
# The status line when a scenario's translation file cannot be read.
language-untranslated = The scenario's texts stay in English: { $why }
