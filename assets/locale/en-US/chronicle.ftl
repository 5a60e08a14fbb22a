# Chronicle messages. Each entry of the chronicle is one of these keys with its arguments.
# Translators: keep the $names; numbers arrive already formatted. `$army_n` (and other
# `_n` arguments) are counts for agreement only: 1 for a singular name, 2 for a plural one
# ("Shaanxi armies").

scenario-begins = The scenario begins: { $title }.
army-arrives = { $army } { $army_n ->
    [one] reaches
   *[other] reach
} { $place }.

## Battles
battle = Battle at { $place }: { $song } ({ $song_men } men) against { $jin } ({ $jin_men } men). The Song lose { $song_lost }, the Jin { $jin_lost }; { $winner ->
    [song] the Song
   *[jin] the Jin
} have the better of it, { $ratio } to 1 in fighting strength: { $reasons }.
truce-passage = The treaty holds at { $place }: the Song ({ $song }) and the Jin ({ $jin }) let each other pass.
battle-army = { $army }
battle-army-led = { $army } under { $commander }
why-numbers = { $side ->
    [song] the Song
   *[jin] the Jin
} outnumber their enemy { $ratio } to 1
why-cavalry = { $side ->
    [song] Song
   *[jin] Jin
} horsemen against an army of foot
why-ground = { $side ->
    [song] the Song
   *[jin] the Jin
} hold the { $ground ->
    [pass] pass
   *[camp] camp
} (×{ $factor })
why-ferrying = { $army } is caught ferrying the river and fights with part of its strength
why-training = { $side ->
    [song] the Song
   *[jin] the Jin
} are better trained ({ $winner } against { $loser })
why-morale = { $side ->
    [song] the Song
   *[jin] the Jin
} are in better heart (morale { $winner } against { $loser })
why-commander = { $commander }'s generalship
why-fortune = the fortune of the day
army-destroyed = { $army } { $army_n ->
    [one] has
   *[other] have
} ceased to exist as a fighting force.
army-routed = { $army } { $army_n ->
    [one] breaks and flees
   *[other] break and flee
} towards { $refuge }; { $scattered } men scatter.
army-flees-before = { $army } { $army_n ->
    [one] does not stand before { $enemy }: it breaks and flees
   *[other] do not stand before { $enemy }: they break and flee
} towards { $refuge } without a fight; { $scattered } men scatter.
hostages-freed = In the rout of { $army }, the hostages taken north escape: { $hostages }.
name = { $name }
raid-empty = { $army } { $army_n ->
    [one] strikes
   *[other] strike
} at { $place } by night and { $army_n ->
    [one] finds
   *[other] find
} no enemy there.
raid-succeeded = Night raid on { $place }: { $army } ({ $raiders } men) { $army_n ->
    [one] falls
   *[other] fall
} on the sleeping camp. The raiders lose { $raider_lost }, the enemy { $defender_lost }, and { $burnt } days of the camp's food burn.
raid-failed = Night raid on { $place }: { $army } ({ $raiders } men) { $army_n ->
    [one] runs
   *[other] run
} into a prepared enemy{ $forewarned ->
    [yes] , who had been warned
   *[no] {""}
}. The raiders lose { $raider_lost }, the enemy { $defender_lost }.
grievance-truce = An attack while the treaty holds: Jin grievance { $before } → { $after }.

## Sieges
siege-underway = { $city } is under siege; the besiegers close { $tightness }% of the roads into it.
siege-begins = The siege of { $city } begins; the besiegers close { $tightness }% of the roads into it.
siege-lifted = The siege of { $city } is lifted.
food-runs-out = The granaries of { $city } are empty.
garrison-starves = Hunger in { $city }: { $lost } of the garrison die or slip away.
garrison-starves-worse = Hunger in { $city } worsens: { $lost } of the garrison lost to it in { $days } days.
garrison-starves-ends = The hunger in { $city } is over: it cost { $lost } of the garrison{ $days_n ->
    [0] {""}
    [1] {" "}in one day
   *[other] {" "}in { $days } days
}.
garrison-deserts = Despair in { $city }: { $lost } defenders leave the walls.
garrison-deserts-worse = Despair in { $city } deepens: { $lost } defenders gone in { $days } days.
garrison-deserts-ends = The desertions from { $city } stop, after { $lost } men{ $days_n ->
    [0] {""}
    [1] {" "}in one day
   *[other] {" "}in { $days } days
}.
city-surrenders = { $city } opens its gates: { $reason ->
    [hunger] its granaries are empty and its defenders starving (morale { $morale }).
   *[despair] despair has broken it, with { $food } days of food left (morale { $morale }).
}
capital-surrenders = The outer city of { $city } opens its gates to the enemy: { $reason ->
    [hunger] its granaries are empty and its defenders starving (morale { $morale }).
   *[despair] despair has broken it, with { $food } days of food left (morale { $morale }).
} The inner city and the palace still hold.
assault-carries = The walls of { $city } are stormed (the attackers' odds { $odds } to 1). Attackers lose { $attackers_lost }, defenders { $defenders_lost }.
assault-repulsed = An assault on { $city } is thrown back (the attackers' odds { $odds } to 1). Attackers lose { $attackers_lost }, defenders { $defenders_lost }.
walls-fall = The outer walls of { $city } are in enemy hands.
city-stormed = { $city } is taken by storm: its defenders are killed, taken or scattered.
city-taken = { $city } changes hands.
city-handed-over = { $city } obeys the edict and opens its gates to the Jin{ $hungry ->
    [yes] , its granaries empty
   *[no] {""}
}.
city-refuses-edict = { $city } refuses to be handed over to the Jin: { $why }.
city-refuses-edict-plain = { $city } refuses to be handed over to the Jin.
refuse-resolute = its commander will not give up the walls
refuse-spirited = its people are in good heart (morale { $morale })
sally-succeeds = A sally from { $city } strikes the besiegers: { $enemy_lost } of them fall, for { $sally_lost } of ours.
sally-fails = A sally from { $city } is routed: { $sally_lost } lost, the enemy only { $enemy_lost }.

## Supply and desertion
army-hungry = { $army } { $army_n ->
    [one] has
   *[other] have
} eaten the last rations and must go hungry.
army-hungry-worse = Hunger in { $army }: { $lost } men lost to it in { $days } days.
army-fed = { $army } { $army_n ->
    [one] is
   *[other] are
} fed again, after { $days } days of hunger that cost { $lost } men.
army-stands-down = { $army } { $army_n ->
    [one] stands
   *[other] stand
} down: the emperor has forbidden all fighting.
army-melting = { $army } { $army_n ->
    [one] begins
   *[other] begin
} to melt away before { $enemy }, { $odds } times as strong: { $lost } men desert.
army-melting-worse = Desertion empties { $army }: { $lost } men gone.
army-melts-away = { $army } { $army_n ->
    [one] melts
   *[other] melt
} away without a battle: { $lost } men deserted, and the { $left } left scatter.
army-melts-away-after-battle = What is left of { $army } { $army_n ->
    [one] melts
   *[other] melt
} away: { $lost } men deserted, and the { $left } left scatter.
army-steadies = The desertions from { $army } stop, after { $lost } men{ $days_n ->
    [0] {""}
    [1] {" "}in one day
   *[other] {" "}in { $days } days
}.

## The court
faction-leads = The { $faction } now carry the most weight at court.
status-changes = { $character } { $status ->
    [in_office] takes office
    [out_of_office] is without office
    [dismissed] is dismissed
    [exiled] is sent into exile
    [hostage] is handed over as a hostage
    [captured] is captured
    [fled] has fled
    [dead] is dead
   *[other] is now { $status }
}.
appointed = { $character } is appointed { $office }.
consequences = Consequences: { $changes }.
change-influence = { $faction } influence { $before } → { $after }
change-authority = your authority { $before } → { $after }
change-city-morale = morale in { $city } { $before } → { $after }
change-army-morale = morale of { $army } { $before } → { $after }
change-grievance = Jin grievance { $before } → { $after }
treasury-spends = The treasury pays out { $goods }.
treasury-receives = The treasury receives { $goods }.
goods-gold = { $amount } taels of gold
goods-silver = { $amount } taels of silver
goods-silk = { $amount } bolts of silk
confiscation = Gold and silver are collected from { $city }: { $goods }.
governor-appointed = { $character } takes command of the walls of { $city }.
governor-removed = Nobody now commands the walls of { $city }.
army-leaderless = { $army } { $army_n ->
    [one] goes on without its commander
   *[other] go on without their commander
}.
court-sets-out = The court leaves { $from } for { $to }, with { $escort } men of escort.
court-arrives = The court reaches { $place }.
court-overtaken = Jin horsemen of { $by } overtake the imperial train near { $place }, { $km } km from where they were: the emperor is taken.
court-overtaken-battle = The imperial train is beaten near { $place }: the emperor is taken.
court-escort-scattered = With its escort scattered, the imperial train is overtaken near { $place }: the emperor is taken.
court-escapes-riders = The imperial train gets through near { $place }, with Jin horsemen within reach ({ $riders }): a { $chance }% chance of being overtaken, this time escaped.
court-rider = { $army }, { $km } km away

## Diplomacy
terms-demanded = The Jin put their terms on the table: { $terms }
terms-accepted = The court accepts the Jin terms.
terms-changed = The terms are bargained down to { $indemnity }% of the indemnity first demanded{ $cessions ->
    [dropped] , and no cities to be ceded.
   *[kept] .
}
terms-rejected = The court rejects the Jin terms.
indemnity-paid = Sent to the Jin camp: { $goods } ({ $under_one ->
        [yes] under 1%
       *[no] { $share }%
    } of the indemnity paid).
indemnity-nothing-to-pay = Nothing is left in the treasury to send to the Jin camp ({ $under_one ->
        [yes] under 1%
       *[no] { $share }%
    } of the indemnity paid).
cession-ordered = An edict cedes { $city } to the Jin.
cession-recognised = An edict recognises the Jin hold on { $city }, which they have already taken.
treaty-broken = The Song go back on the treaty.
levy = { $troops } men are raised in { $city }.
discharge = { $troops } men of the garrison of { $city } are sent home.
muster = { $troops } men of the garrison of { $city } march out to join { $army }.
muster-missed = The garrison of { $city } could not join { $army }: { $army_n ->
    [one] it is
   *[other] they are
} not in the city, or not of its side.

## The scenario's file edited while the game runs (hot reload)
scenario-edited-texts = The scenario's file was edited: { $count ->
    [one] one text is
   *[other] { $count } texts are
} now shown as rewritten.
scenario-edited-rule = The scenario's file was edited: from today { $rule } is { $now } (it was { $was }).
scenario-edited-rule-later = The scenario's file was edited: { $rule } becomes { $now } (it is { $was }) only in the next new game, as it is read when a game begins.
scenario-edited-rest = The scenario's file was edited in ways a game under way cannot take on (armies, places, triggers, effects or conditions): they apply from the next new game.

## Armies
army-appears = { $army } ({ $troops } men) { $army_n ->
    [one] appears
   *[other] appear
} at { $place }.
army-reinforced = { $army } { $army_n ->
    [one] is
   *[other] are
} reinforced by { $troops } men.
army-joins-garrison = { $army } { $army_n ->
    [one] enters
   *[other] enter
} { $city } and { $army_n ->
    [one] joins
   *[other] join
} its garrison ({ $troops } men).
army-joins-army = { $army } ({ $troops } men) { $army_n ->
    [one] joins
   *[other] join
} { $into }.
court-escort-garrisons = { $army }'s escort of { $troops } men joins the garrison of { $city }.
court-escort-stays = { $army }'s escort of { $troops } men stays with the court at { $place } as its guard.
army-disbanded = { $army } { $army_n ->
    [one] is
   *[other] are
} disbanded and the men go home.
army-ordered = { $army } { $army_n ->
    [one] is
   *[other] are
} { $kind ->
    [hold] ordered to hold where { $army_n ->
        [one] it stands
       *[other] they stand
    }.
    [move] ordered to march to { $target }.
    [attack] ordered to attack at { $target }.
    [besiege] ordered to besiege { $target }.
    [relieve] ordered to relieve { $target }.
    [raid] ordered to raid the enemy at { $target } by night.
    [pursue] ordered to pursue { $target }.
    [garrison] ordered into the garrison of { $target }.
    [withdraw] ordered home by way of { $target }.
   *[disband] ordered to disband.
}
narrative = { $text }
decision-arises = { $ruler ->
    [yes] A decision for the emperor
   *[no] A decision for { $decider }
}: { $decision }.
decision-taken = { $ruler ->
    [yes] The emperor decides
   *[no] { $decider } decides
} ({ $decision }): { $option }.
decision-lapses = The moment passes ({ $decision }): { $option }.
decision-withdrawn = The question no longer arises ({ $decision }): nothing is decided.
event = { $title }. { $text }
weighed = { $title }: { $factors } — { $points } points in all, { $slight ->
    [yes] less than a 1% chance
   *[no] a { $chance }% chance
}{ $decided ->
    [yes] , and it comes to pass.
   *[no] ; nothing is decided yet.
}
factor = { $label } { $points }
outcome = Outcome: { $title }.
chapter-begins = Chapter: { $title }.
withdraw-satisfied = { $army } { $army_n ->
    [one] marches
   *[other] march
} home towards { $to } with what { $army_n ->
    [one] it has
   *[other] they have
} extracted: { $extracted }. What weighed: { $weighed }.
withdraw-hungry = { $army } { $army_n ->
    [one] marches
   *[other] march
} home towards { $to }: the food is running out. What weighed: { $weighed }.
withdraw-threatened = { $army } { $army_n ->
    [one] marches
   *[other] march
} home towards { $to } before { $army_n ->
    [one] it is
   *[other] they are
} cut off, with { $danger } times { $army_n ->
    [one] its
   *[other] their
} number in Song troops near. What weighed: { $weighed }.
withdraw-impatient = { $army } { $army_n ->
    [one] marches
   *[other] march
} home towards { $to }: the siege has gone on long enough. What weighed: { $weighed }.
extracted-nothing = nothing
extracted-treaty = the treaty signed
extracted-hostages = { $held } of the { $asked } { $asked_n ->
    [one] hostage
   *[other] hostages
} demanded
extracted-hostages-all = the { $asked_n ->
    [one] hostage
   *[other] hostages
} demanded
extracted-cessions = an edict for { $ceded } of the { $asked } cities demanded
extracted-cessions-all = the edict for the cities demanded
extracted-money = { $share }% of the indemnity
weigh-satisfaction = what was extracted { $points }
weigh-danger = the Song armies near { $points }
weigh-hunger = hunger { $points }
weigh-shaken = the men's shaken spirits { $points }
weigh-patience = the days before the walls { $points }
weigh-season = the season { $points }
goal-achieved = { $army } { $army_n ->
    [one] has
   *[other] have
} taken { $city } and { $army_n ->
    [one] moves
   *[other] move
} on to the next objective.
army-leaves = { $army } { $army_n ->
    [one] leaves
   *[other] leave
} the theatre at { $place }.

## Causes, as shown after an entry ("why?").
cause-scenario = the scenario
cause-rule = rule: { $rule }
cause-event = event: { $event }
cause-trigger = the trigger of the decision “{ $decision }”
cause-ending = the condition of the ending “{ $outcome }”
cause-decision = your decision on “{ $decision }”: { $option }
cause-default = no decision was taken on “{ $decision }”, so: { $option }
cause-order = your order to { $army }
cause-plan = the plan of { $army }

## The rules, as named in docs/model.md.
rule-movement = movement
rule-battle = battle
rule-rout = rout
rule-raid = raid
rule-pursuit = pursuit
rule-siege = siege
rule-assault = assault
rule-starvation = starvation
rule-surrender = surrender
rule-supply = supply
rule-morale = morale
rule-court = court
rule-diplomacy = diplomacy
rule-desertion = desertion
rule-flight = flight
rule-handover = handover
rule-orders = orders
