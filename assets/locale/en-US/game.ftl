# The desktop game: panels, the menu, the map's tooltips and the selected army.

## Sides, statuses and kinds of place, by their stable ids
side = { $side ->
    [song] Song
   *[jin] Jin
}
status = { $status ->
    [in_office] in office
    [out_of_office] without office
    [dismissed] dismissed
    [exiled] exiled
    [hostage] a hostage of the Jin
    [captured] captured
    [fled] fled
   *[dead] dead
}
place-kind = { $kind ->
    [capital] capital
    [city] city
    [camp] camp
    [pass] pass
    [ford] ford
    [battlefield] battlefield
    [gate] gate of the capital
   *[region] region
}

## The top bar
top-turn = Turn { $turn }
top-treasury = { $gold } gold · { $silver } silver · { $silk } silk
top-treasury-help = The treasury: taels of gold and silver, bolts of silk
top-authority = Authority { $authority }
top-capital = Capital: morale { $morale }, food { $food } days
top-end-turn = End turn
top-advance = Advance until something happens
top-load = Load
top-load-help = Load the quick save
top-menu = Menu
top-menu-help = Esc
top-save = Save
top-save-help = Quick save
status-new-game = New game
settings-unreadable = Your settings could not be read ({ $why }): the defaults are used, and your file is kept until you change a setting.
decision-decider = For { $decider } to decide: you answer in his place.
status-advanced = { $turns ->
    [one] Advanced 1 turn
   *[other] Advanced { $turns } turns
}

## The court
court-heading = Court
court-influence = { $faction } { $influence }
court-office = { $office }: { $holder }
court-office-vacant = vacant
court-holder-faction = { $name } ({ $faction })
court-person-status = { $name }: { status }

## Decisions and the end
panel-decisions = Decisions
decisions-none = Nothing awaits your decision. End the turn to let events unfold.
decision-deadline = Decide by { $date }. If you say nothing by then, the court does this: “{ $option }”.
decisions-urged-by = Urged by { $people }
debrief-heading = Your choices beside Qinzong's
debrief-decision = { $title } ({ $date })
debrief-you = You: { $label }
debrief-as-in-history = As in history.
debrief-qinzong = Qinzong: { $label }
debrief-not-in-history = This moment did not arise in history.
debrief-branch = Try: { $label }
debrief-branch-hint = Replay this game to that moment, take this option instead and play on. This game is kept as a line of its own.
lines-heading = Lines of this game
lines-current = You are playing the line “{ $line }”.
lines-switch = Play the line “{ $line }” (saved at { $date })
lines-compare = Compare
lines-compare-help = Draw the line “{ $line }” in the chart below beside this one, and write the report of the two lines side by side
lines-compared = The line “{ $line }” is drawn beside this one; the report of the two lines: { $path }
branch-made = You are now playing the line “{ $line }”: the same game as “{ $from }” until { $date }, where you took “{ $option }”.
branch-refused = No branch there: { $reason }
line-switched = You are now playing the line “{ $line }”.

## The chronicle
chronicle-heading = Chronicle
chronicle-line = { $date }  { $text }
chronicle-why = why: { $why }
chronicle-why-click = why: { $why }
    (click to see where)

## An army, as the tooltip and the selection window describe it
army-heading = { $name } ({ side })
army-commander = Commander: { $commander }
army-no-commander = No commander
army-men = { $men } men: { $arms }
army-arm = { $arm ->
    [cavalry] { $n } cavalry
    [infantry] { $n } infantry
   *[militia] { $n } militia
}
army-condition = Morale { $morale } · training { $training } · food for { $food } days
army-routed-until = Routed: falls back, and cannot attack until { $until }
army-train = The emperor's train, on the road to { $to }: it marches by itself, and Jin horsemen within reach may overtake it
army-doing = { $kind ->
    [holds] Holds its ground at { $place }
    [at] At { $place }
    [marching] Marching to { $target }, now by { $place }
    [to_besiege] Marching to besiege { $target }
    [besieging] Besieging { $target } from { $place }
    [garrisoned] In the garrison of { $target }
    [to_garrison] Marching to join the garrison of { $target }
    [inside] Inside the walls of { $place }
    [to_attack] Marching to attack at { $target }
    [to_relieve] Marching to relieve { $target }
    [to_raid] Marching within a night's ride of { $target }, to raid it
    [pursuing] Pursuing { $target }
    [going_home] Going home by way of { $target }, now by { $place }
   *[disbanding] Disbanding
}
army-not-yours = Not under your command.
army-pick-target = Click a place on the map to march on it, or choose one:
army-choose-place = choose a place
army-towards = towards
army-route = { $km } km by road, about { $days } days' march; it carries food for { $food } days
army-route-here = It is there already.

## Order buttons
order-label = { $kind ->
    [hold] Hold
    [move] Move
    [attack] Attack
    [relieve] Relieve
    [raid] Raid
    [garrison] Garrison
    [pursue] Pursue
   *[other] { $kind }
}
order-help = { $kind ->
    [hold] Stay where it stands and fight only if attacked.
    [move] March there by the shortest road.
    [attack] March there and fight the enemy army or the city there.
    [relieve] March to the besieged city and fight its besiegers.
    [raid] March within a night's ride of the enemy camp there, and fall on it by night.
    [garrison] March into the city and join its garrison.
    [pursue] Follow the nearest enemy army going home and strike its rearguard.
   *[other] {""}
}

## A place
place-heading = { $name } { $chinese } ({ place-kind })
city-heading = { $name } { $chinese }, held by the { side }
city-state = Walls { $walls } · garrison { $garrison } · food for { $food } days · morale { $morale }
city-state-fallen = Walls { $walls }, the outer walls lost · garrison { $garrison } · food for { $food } days · morale { $morale }
city-governor = Governor: { $governor }
city-besieged = Besieged by the { side } since { $since }; they close { $tightness }% of the roads
city-besieged-already = Besieged by the { side } since before the scenario opens; they close { $tightness }% of the roads

## The menu
menu-title = Jingkang
menu-new-game = New game
menu-mods = Mods
menu-mod-scenario = { $title } (mod “{ $mod }”)
menu-mod-broken = { $mod }: cannot be played (hover for why)
menu-mod-file-broken = { $mod }, { $file }: cannot be played (hover for why)
menu-mod-more-problems = … and { $count } more problems: `jingkang validate` on the mod's folder lists them all.
menu-seed = Seed
menu-seed-help = The same scenario, seed and choices always give the same game.
menu-another-seed = Another
menu-save = Save (quick save)
menu-save-help = Save the game being played
menu-save-overwrite = The quick save holds { $save }. Save the game being played over it?
menu-save-overwrite-yes = Save over it
menu-save-overwrite-no = Keep it
menu-continue = Continue (autosave)
menu-load = Load (quick save)
menu-no-save = none yet
menu-save-summary = { $title }, turn { $turn }, { $date }
menu-save-unreadable = unreadable: { $error }
menu-settings = Settings
menu-ui-scale = UI scale
menu-smooth-lines = Smooth lines (antialiasing)
menu-smooth-lines-help = Off at first when the graphics run on the CPU, where it costs much time.
menu-fullscreen = Fullscreen
menu-back = Back to the game
menu-quit = Quit

## Saving
save-saved = Saved to { $path }
save-loaded = Loaded { $path }
window-no-display = There is no display to open the game window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a desktop, or under `xvfb-run`; `jingkang simulate` plays headless.
load-changed-title = This save's scenario has changed
load-changed-text = { $save } was saved with an earlier version of its scenario. Replayed on the scenario as it is now, the game may not go as it went: choices may be offered on other days, and the save may stop where a command no longer applies.
load-changed-anyway = Load it anyway
load-changed-keep = Keep the game I have
load-changed-kept = The save was not loaded.
save-autosaved = Autosaved turn { $turn }
save-autosave-failed = Autosave failed: { $error }
window-title = Jingkang — { $scenario }

## The chapter card: what one part of the reign hands on to the next
card-heading = A new chapter
card-title = { $title } { $chinese }
card-begins = From { $date }
card-history-heading = { $chapter } in history
card-carried-heading = What carries over
card-continue = Continue
card-treasury = The treasury holds { $gold_n ->
    [0] no gold
   *[other] { $gold } taels of gold
}, { $silver_n ->
    [0] no silver
   *[other] { $silver } taels of silver
} and { $silk_n ->
    [0] no silk
   *[other] { $silk } bolts of silk
}.
card-court = Your authority over the court is { $authority }. { $capital }
card-capital = { $walls ->
        [fallen] { $city } has lost its outer walls and has { $men } men left inside them
       *[held] { $city } has { $men } men on its walls
    }{ $any_inside ->
        [yes] {" "}({ $inside } of them in the field armies inside the city)
       *[no] {""}
    }, food for { $food } days, and its people's morale is { $morale }.
card-treaty = { $treaty ->
    [accepted] The treaty with the Jin stands.
    [broken] The court has gone back on the treaty with the Jin.
   *[none] No treaty binds the Song and the Jin.
} The Jin grievance stands at { $grievance }.
card-paid = Of the indemnity the Jin demanded, worth { $demanded } taels of silver, { $paid } has been paid ({ $share }%).
card-town = { $city }: { $state ->
    [handed] opened its gates to the Jin.
    [taken] taken by the Jin.
    [refused] ceded by edict, and refusing to open its gates.
   *[held] held by the Song.
}
card-person = { $name }
card-hostages = { $people } { $n ->
    [one] is
   *[other] are
} held by the Jin.
card-office = { $office }: { $name }
card-offices = In office: { $offices }.
card-army = { $army } ({ $men } men, at { $place })
card-armies = { $side ->
    [song] Song armies in the field
   *[jin] Jin armies in the field
}: { $armies }.
chronicle-all-chapters = The whole game
chronicle-filter-help = Show the chronicle of one chapter

## Reports

report-write = Write the report of this game
report-write-help = A page to hand in: your decisions beside Qinzong's, the milestones against history, the charts, the chronicle and the save that replays it (as `jingkang export` writes it).
report-written = The report is written: { $path }

## Exercises

top-exercise = Exercise
menu-exercises = Exercises
exercise-fixed = The exercise fixes these choices:
exercise-fixed-choice = { $decision }: { $option }
exercise-questions = Questions:
exercise-question = { $n }. { $question }
exercise-locked-option = The exercise fixes another choice here.

## The historical track

top-history = History
top-history-help = What happened in history around this date, and how your game differs from Qinzong's
top-lab = Lab
top-lab-help = Play one decision's options against each other over many games
history-title = History beside your game
history-coming = In history, from { $date } to three weeks on:
history-nothing-coming = Nothing the scenario marks happened in history in these three weeks.
history-passed = Already happened in history by this date:
history-passed-line = { $date }: { $title } { $reached ->
        [yes] (in your game too)
       *[no] (not in your game)
    }
history-choices = Your choices that differ from Qinzong's:
history-same-choices = So far you have chosen as Qinzong did.
history-world = Your game beside the game Qinzong's choices give from the same seed, on this turn:
history-world-same = The two games stand alike on this turn.
history-no-track = This scenario has no historical track to set your game beside.

# The lab: one decision's options played against each other over many seeded games.
lab-title = Lab: which option was best?
lab-intro = Each option of the decision is played in the same number of games, on the same seeds, so that every option meets the same fortune; { $base }
lab-base-historical = every other decision is taken as Qinzong took it.
lab-base-random = every other decision is left to chance (this scenario does not say what Qinzong chose).
lab-decision = Decision
lab-runs = Games of each option
lab-runs-help = More games give narrower intervals: 200 tell a difference of about ten points, 2,000 one of about three.
lab-seed = First seed
lab-run = Play the games
lab-running = { $done } of { $total } games played
lab-results = { $decision }: each option over many games
lab-results-seeds = { $runs } games of each option, seeds { $first } to { $last }. The black lines are 95% confidence intervals.
lab-option = { $number }. { $option }
lab-option-historical = { $number }. { $option } (Qinzong's choice)
lab-verdicts = The fall of the capital, each option against { $baseline }:
lab-measure = Show
lab-measure-fell = The capital fell
lab-axis-share = % of games
lab-command = The same games from the command line: { $command }
lab-export = Write the report

## Hot reload: a file of the scenario being played was saved while the game runs.
reload-broken = The scenario's file has a mistake: the game plays on as it was.
reload-broken-title = The edited scenario has a mistake
reload-broken-text = The file was saved with the mistakes below. The game plays on with the scenario as it was before the edit; save the file again once they are fixed and the game takes the change.
reload-broken-hide = Hide until the next save
reload-applied = The scenario's file changed: its new words and rule numbers apply from today (see the chronicle).
reload-next-game = The scenario's file changed: the change applies from the next new game.
reload-fixed = The scenario's file is correct again.

## The keyboard
top-keys = Keys
keys-hover = { $help } ({ $key })
keys-title = Keys
keys-end-turn = End the turn
keys-advance = Advance until something happens
keys-save = Quick save
keys-load = Load the quick save
keys-history = Open or close the historical track
keys-lab = Open or close the lab
keys-exercise = Open or close the exercise's questions
keys-capital = Centre the map on the capital
keys-help = Open or close this list
keys-menu = The menu: new game, saves, settings
keys-pan = Move the map
keys-zoom = Zoom the map in and out
keys-focus = Move from button to button (decisions, options, orders)
keys-press = Press the button that has the focus
