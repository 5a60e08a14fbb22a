# The language itself: dates, the mark on a text shown in English for want of a translation,
# the language menu.

date-western = { $year }年{ $month }月{ $day }日
untranslated = 〔未译〕{ $text }
menu-language = 语言
date-with-era = { $date }（{ $era }）
language-untranslated = 剧本的文字仍以英文显示：{ $why }
