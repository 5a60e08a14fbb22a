# The command line: the outcome table and the list of decisions.

table-intro = Measured with `jingkang table` (seeds 1–{ $runs } of each shipped policy; `cargo test --test docs` checks that this table is what the model gives).
table-policy = Scenario and policy
table-fell = Capital fell
table-outcomes = Outcomes
table-median = Median date
table-row = { $scenario }: { $policy }
table-share = { $outcome } { $share }%
table-falls = falls { $date }
table-ends = ends { $date }
table-written = { $path }: table written
table-no-block = { $path }: no `<!-- outcome-table -->` block to replace; add the two marker lines where the table belongs

cli-order-refused = warning: { $date }: the order to `{ $army }` was refused: { $reason }
cli-branched = The new line “{ $line }” leaves “{ $from }” there; both are saved in { $save } (`jingkang play --load` to play it, `jingkang export … --against “{ $from }”` to compare them).
cli-no-such-line = The save has no line “{ $line }”; its lines are: { $lines }.
cli-nothing-played = { $problems ->
    [one] 1 problem; nothing was played
   *[other] { $problems } problems; nothing was played
}

decisions-heading = { $title } ({ $id })
decisions-window-between = { $from } to { $until }
decisions-window-from = from { $from }
decisions-window-until = until { $until }
decisions-window-trigger = when its trigger holds
decisions-window-off-track = { $window }, off the historical track
decisions-line = { $id }  { $title }  [{ $window }]
decisions-mark-historical = historical
decisions-mark-default = default
decisions-mark-conditional = only in some situations
decisions-marks = {"  "}({ $marks })
cli-problems-found = { $problems ->
    [one] 1 problem found
   *[other] { $problems } problems found
}

validate-ok = { $path }: ok
validate-ok-mod = { $path }: ok (the mod's manifest, every scenario it lists, and the policies and exercises in its policies/ and exercises/ folders)
validate-ok-library = { $path }: ok (format only: ids and numbers are cross-checked when you validate a scenario that includes it)

# `jingkang explore`: shares with their 95% intervals (Wilson), dates as median and quartiles.
explore-heading = { $title } — { $runs } runs of each policy, from seed { $seed }
explore-arm = { $label } ({ $policy })
explore-arm-varied = { $label } at { $decision }, the rest as { $policy }
explore-fallen = The capital falls in { $share }% of games (95% CI { $low }–{ $high }%).
explore-falls = It falls { $dates }.
explore-ends = The game ends { $dates }.
explore-dates = { $median } (half of them between { $q1 } and { $q3 })
explore-date = { $median } (at least half of them on that day)
explore-outcomes = Outcomes:
explore-outcome = { $title }: { $share }% ({ $low }–{ $high }%)
explore-milestones = Milestones reached:
explore-milestone = { $title }: { $share }% ({ $low }–{ $high }%), { $dates }
explore-decisions = Decisions reached, and what was chosen:
explore-decision = { $title }: { $share }% ({ $low }–{ $high }%); { $taken }
explore-taken = { $option } { $runs }
explore-money = At the end, the treasury holds { $treasury } taels (silver-equivalent, median), and { $paid } taels have been paid to the Jin.
explore-casualties = { $side ->
        [song] The Song lose
       *[jin] The Jin lose
    } { $median } men (median; half of the games between { $q1 } and { $q3 }): { $fighting } in fighting, { $hardship } to hardship and hunger, { $desertion } to desertion, { $captured } with fallen cities (each a median).
explore-verdict = { $arm } { $direction ->
        [raises] raises the chance that the capital falls by { $points } { $points ->
            [one] point
           *[other] points
        } against { $baseline } (95% CI { $low } to { $high }).
        [lowers] lowers the chance that the capital falls by { $points } { $points ->
            [one] point
           *[other] points
        } against { $baseline } (95% CI { $low } to { $high }).
       *[same] does not clearly change the chance that the capital falls against { $baseline } (a difference of { $points } { $points ->
            [one] point
           *[other] points
        }, 95% CI { $low } to { $high }).
    }

# `jingkang bench`: the playouts against the baseline of the same run.
bench-heading = Random policy, { $runs } playouts of each scenario on { $threads } threads. Baseline: setting the scenario's world up, the same number of times on the same threads.
bench-line = { $scenario }: { $rate } playouts/s; 1,000 runs in { $thousand } s; { $ms } ms a playout on one thread ({ $turns } turns, { $turn_us } µs a turn); one playout costs { $ratio } set-ups of the world; { $outcomes } distinct outcomes

# `jingkang mods`: the mods found, each with its scenarios, or why it cannot be played.
mods-none = You have no mods of your own. Put a mod's folder in { $folder }, or name one with --mods PATH.
mods-mod = { $name } ({ $id } { $version }, by { $authors }, { $licence }) in { $folder }
mods-scenario = {"  "}{ $id }: { $title } (jingkang play { $path })
mods-scenario-broken = {"  "}{ $file }: cannot be played:
mods-broken = { $folder }: broken, cannot be played:

# `jingkang new-scenario NAME`
new-scenario-written = Wrote the mod `{ $name }` in { $folder }. Check it: jingkang validate { $folder }. Play it: jingkang play { $scenario }. Put the folder in { $mods } to find it in the menu under Mods. docs/modding.md explains every line.
new-scenario-bad-name = `{ $name }` cannot name a mod: use lower-case letters, digits and `_`, for example `siege_of_huaizhou`
new-scenario-exists = { $folder } already exists: choose another name, or move that folder away
new-scenario-cannot-write = cannot write { $folder }: { $error }

## `jingkang ids`: what a scenario or library defines, list by list.
ids-places = Places ({ $count }):
ids-characters = People ({ $count }):
ids-factions = Factions ({ $count }):
ids-sources = Sources ({ $count }):
ids-offices = Offices ({ $count }):
ids-cities = Cities ({ $count }), with who holds them at the start:
ids-armies = Armies ({ $count }):
ids-decisions = Decisions ({ $count }; `jingkang decisions` lists their options):
ids-events = Events ({ $count }):
ids-line = { $id }  { $name }
ids-line-kind = { $id }  { $name } ({ $kind })

## `simulate`: one game
sim-heading = { $title } — seed { $seed }, policy: { $policy }
sim-outcome = Outcome: { $outcome } ({ $id }) on { $date }, after { $turns } turns
sim-milestones = Milestones:
sim-milestone = { $title } ({ $id })
sim-capital-fell = The capital fell on { $date }.
sim-capital-held = The capital did not fall.
sim-decisions = Decisions:
sim-decision = { $title }: { $label } ({ $historical ->
    [yes] as in history
   *[no] NOT as in history
})
sim-refused-heading = Orders of the policy that the game refused:
sim-refused = { $army }: { $reason }
sim-chronicle = Chronicle:
sim-why = why: { $why }

## `simulate --runs`: many games
batch-heading = { $title } — { $runs } runs from seed { $seed }, policy: { $policy }
batch-fallen = Capital fallen in { $share }% of runs
batch-median-fall = Median fall of the capital: { $date }
batch-median-end = Median end: { $date }
batch-outcomes = Outcomes:
batch-milestones = Milestones (share of runs, median date, in history; — where the sources give no day):
batch-no-date = —

## `scenarios`
cli-scenario = { $title } ({ $start } to { $end })

## `translate`
cli-translate-written = Wrote { $path }: { $count } texts, { $missing } still to translate.
