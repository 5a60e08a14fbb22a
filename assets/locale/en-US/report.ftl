# Exported reports: `jingkang export` and `jingkang explore --report`.

report-lines-title = { $scenario }: two lines of one game
report-game-title = { $scenario }: a game beside history
report-game-ended = { $line } ended on { $date } after { $turns } turns: { $outcome }.
report-history-ended = Played from the same seed with Qinzong's choices, the game ended on { $date } after { $turns } turns: { $outcome }.
report-other-line-ended = { $line } ended on { $date } after { $turns } turns: { $outcome }.
report-line-named = Line “{ $line }”
report-line-side = { $side ->
        [song] Song
       *[jin] Jin
    }, { $line }
report-parting-heading = Where the lines part
report-parting = On { $date }, at “{ $decision }”, the line “{ $ours }” took “{ $option }” where the line “{ $theirs }” had taken “{ $was }”. Until then the two are the same game, move for move; what follows is what each chronicle records from the moment they part.
report-parting-elsewhere = The lines part on { $date }, at “{ $decision }”, where the line “{ $ours }” took “{ $option }”. Until then the two are the same game, move for move; what follows is what each chronicle records from the moment they part.
report-parting-chronicle = { $line }, from the parting
report-decisions-heading = Your decisions beside Qinzong's
report-no-decisions = No decision was taken in this game.
report-col-decision = Decision
report-col-date = Date
report-col-yours = Your choice
report-col-qinzong = Qinzong's choice
report-same-choice = The same
report-never-arose = Did not arise in history
report-by-default = { $label } (no one chose; the moment passed)
report-details-heading = Each decision, what followed it and the sources
report-followed = What followed in this game:
report-your-road = What historians say of the road you took: { $note }
report-in-history = What happened in history: { $note }
report-sources = Sources:
report-source = { $title } ({ $url })
report-milestones-heading = Milestones against history
report-col-milestone = Milestone
report-col-history = In history
report-col-apart = This game against history
report-not-reached = Not reached
report-not-in-history = Did not happen
report-days-apart = { $direction ->
        [later] { $days } { $days ->
            [one] day
           *[other] days
        } later
        [earlier] { $days } { $days ->
            [one] day
           *[other] days
        } earlier
       *[same] The same day
    }
report-charts-heading = The world over time
report-charts-explained = Each chart draws this game as solid lines and the game that Qinzong's choices give from the same seed as dashed lines. Men near the capital are those under arms within { $km } km of it, its garrison counted with the side that holds it.
report-charts-explained-lines = Each chart draws the line “{ $ours }” as solid lines and the line “{ $theirs }” as dashed lines. Men near the capital are those under arms within { $km } km of it, its garrison counted with the side that holds it.
report-chart-morale = Morale of the capital (0–100)
report-chart-authority = Authority of the throne (0–100)
report-chart-near = Men under arms near the capital
report-chart-treasury = Treasury (taels, silver-equivalent)
report-chart-grievance = Jin grievance (0–100)
report-chart-losses = Men lost so far
report-line-game = This game
report-line-history = Qinzong's choices
report-casualties-heading = Men lost
report-col-line = Side and game
report-col-fighting = In fighting
report-col-hardship = To hardship and hunger
report-col-desertion = To desertion
report-col-captured = With fallen cities
report-col-total = In all
report-chronicle-heading = The chronicle of this game
report-chronicle-line = { $date }: { $text }
report-reproduce-heading = To reproduce this report
report-reproduce = The game was played on the scenario { $scenario } (fingerprint { $fingerprint }) from seed { $seed }, with the { $commands } commands of game.ron, the save beside this report. Anyone with Jingkang can replay it move by move, or write this report again:
report-explore-title = { $scenario }: { $runs } games of each policy
report-explore-intro = Each policy was played { $runs } times, on the seeds { $first } to { $last }: the same seeds for every policy, so the policies meet the same fortune. Shares are given with their 95% confidence intervals (Wilson); a difference between two policies with its own interval (Newcombe), and it is called clear only when that interval leaves out zero.
report-explore-capital = The fall of the capital
report-col-policy = Policy
report-col-falls = The capital falls
report-col-fall-dates = When it falls
report-col-ends = When the game ends
report-col-outcome = Outcome
report-col-share = Share of games (95% CI)
report-col-when = When
report-col-reached = Reached in (95% CI)
report-col-taken = What was chosen (games)
report-share = { $share }% ({ $low }–{ $high }%)
report-chart-falls = Share of games in which the capital falls, with 95% intervals
report-explore-reproduce = The command that played these games; runs.csv beside this report holds one row a game.

# How two games differ, for the historical track.
compare-towns-lost = Held by the Jin in your game but not in Qinzong's: { $towns }.
compare-towns-kept = Held by the Jin in Qinzong's game but not in yours: { $towns }.
compare-capital-morale = Morale of the capital: { $ours } in your game, { $theirs } in Qinzong's.
compare-authority = Authority of the throne: { $ours } in your game, { $theirs } in Qinzong's.
compare-treasury = Treasury: { $ours } taels (silver-equivalent) in your game, { $theirs } in Qinzong's.
compare-grievance = Jin grievance: { $ours } in your game, { $theirs } in Qinzong's.
compare-near-capital = { $side ->
        [song] Song
       *[jin] Jin
    } men within { $km } km of the capital: { $ours } in your game, { $theirs } in Qinzong's.
compare-office = { $office }: { $ours } in your game, { $theirs } in Qinzong's.
