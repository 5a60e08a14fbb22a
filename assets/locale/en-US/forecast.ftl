# The expected effects of a decision's option, shown under it. Translators: keep the
# $names; `$sign` is `up` or `down` and `$delta` the size of the change.

fc-appoint = { $character } becomes { $office }
fc-dismiss = { $character } is dismissed
fc-exile = { $character } is sent into exile
fc-status = { $character }: { $status ->
    [in_office] takes office
    [out_of_office] without office
    [dismissed] dismissed
    [exiled] exiled
    [hostage] a hostage
    [captured] captured
    [fled] fled
   *[dead] dead
}
fc-influence = { $faction } influence { $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-authority = Your authority { $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-city-morale = Morale in { $city } { $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-army-morale = Morale of { $army } { $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-grievance = Jin grievance { $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-treasury-spends = The treasury pays out { $goods }
fc-treasury-receives = The treasury receives { $goods }
fc-confiscate = Seize { $share }% of the gold and silver of { $city }
fc-demand = The Jin demand { $items }
fc-demand-goods = { $goods }
fc-demand-cession = the cession of { $cities }
fc-demand-hostages = { $hostages } { $hostages_n ->
    [one] hostage
   *[other] hostages
} of rank
fc-accept = The terms on the table are accepted: a treaty
fc-counter-offer = Counter-offer: { $share }% of the indemnity{ $cessions ->
    [dropped] , no cities ceded
   *[kept] {""}
}
fc-reject = The Jin terms are rejected
fc-pay = Pay up to { $share }% of the indemnity still owed, from the treasury
fc-cede = An edict cedes { $cities } to the Jin; each city decides whether to obey
fc-no-fighting = Your armies may not attack, raid, besiege or pursue, and those sent to fight stand down, until a later decision lifts the ban
fc-fighting-allowed = The ban on fighting is lifted
fc-cede-recognised = An edict recognises the Jin hold on { $cities }, already in their hands
fc-break-treaty = The treaty is broken
fc-hostage = { $character } goes to the Jin camp as a hostage
fc-release = { $character } is released
fc-spawn = A new army: { $army }, { $men } men at { $place }
fc-reinforce = { $men } men reinforce { $army }
fc-levy = { $men } men levied in { $city }
fc-discharge = up to { $men } men of { $city } sent home
fc-governor = { $character } commands the walls of { $city }
fc-no-governor = Nobody commands the walls of { $city }
fc-garrison = { $army } joins the garrison of { $city }
fc-muster = up to { $men } men of { $city } march out to join { $army }
fc-join = { $army } joins { $into }
fc-disband = { $army } is disbanded
fc-order = { $army }: { $order }
fc-order-kind = { $kind ->
    [hold] holds where it stands
    [move] marches to { $target }
    [attack] attacks at { $target }
    [besiege] besieges { $target }
    [relieve] marches to relieve { $target }
    [raid] raids the enemy at { $target } by night
    [pursue] pursues { $target }
    [garrison] joins the garrison of { $target }
    [withdraw] withdraws by way of { $target }
   *[disband] disbands
}
fc-command = { $character } takes command of { $army }
fc-no-command = { $army } is left without a commander
fc-move-court = The court and the emperor set out for { $place } with { $men } men of escort; Jin horsemen within reach of the road may overtake them
fc-resume-plan = { $army } returns to its own plan
fc-new-plan = { $army } is given a new plan of campaign
fc-open-decision = Leads to a further decision: { $decision }
fc-weighs = Weighs in “{ $event }”: { $factor } { $points }
fc-ends = The game ends: { $outcome }
fc-start-siege = { $army } lays siege to { $city }
fc-end-siege = The siege of { $city } ends
fc-assault = { $army } storms the walls of { $city }
fc-sally = { $men } men sally out of { $city }
fc-capture = { $city } passes to the { $side ->
    [song] Song
   *[jin] Jin
}
fc-chance = With a chance of { $chance }%:
fc-if = If { $condition }:
fc-unless = Unless { $condition }:
fc-otherwise = Otherwise:

## Conditions in words.
fc-at-least = at least { $n }
fc-at-most = at most { $n }
fc-cond-always = always
fc-cond-never = never
fc-cond-flag = “{ $flag }” holds
fc-cond-chose = you chose “{ $option }”
fc-cond-decided = “{ $decision }” has been decided
fc-cond-happened = “{ $event }” has happened
fc-cond-reached = the outcome “{ $outcome }” is reached
fc-cond-date-from = it is { $date } or later
fc-cond-date-before = it is before { $date }
fc-cond-controls = the { $side ->
    [song] Song
   *[jin] Jin
} hold { $place }
fc-cond-besieged = { $city } is besieged
fc-cond-walls-fallen = the walls of { $city } have fallen
fc-cond-army-at = { $army } is at { $place }
fc-cond-army-is = { $army } is { $state ->
    [active] in the field
    [besieging] besieging a city
    [withdrawing] going home
    [routed] routed
    [gone] gone
    [destroyed] destroyed
   *[dispersed] melted away
}
fc-cond-troops-near = { $side ->
    [song] Song
   *[jin] Jin
} troops within { $km } km of { $place } number { $cmp }
fc-cond-status = { $character } is { $status ->
    [in_office] in office
    [out_of_office] without office
    [dismissed] dismissed
    [exiled] in exile
    [hostage] a hostage
    [captured] captured
    [fled] fled
   *[dead] dead
}
fc-cond-influence = { $faction } influence is { $cmp }
fc-cond-authority = your authority is { $cmp }
fc-cond-city-morale = morale in { $city } is { $cmp }
fc-cond-food-days = { $city } has food for { $cmp } days
fc-cond-grievance = Jin grievance is { $cmp }
fc-cond-treaty = the treaty is { $state ->
    [accepted] accepted
    [broken] broken
   *[none] not made
}
fc-cond-treaty-made = a treaty has been made with the Jin
fc-cond-terms = Jin terms are on the table
fc-cond-paid = the share of the indemnity paid is { $cmp }
fc-cond-ceded = { $city } has been ceded
fc-cond-hostage = { $character } is a hostage
fc-cond-court-at = the court is at { $place }
fc-cond-siege-days = { $city } has been besieged for { $cmp } days
fc-cond-battle-at = a battle has been fought at { $place }
fc-cond-army-fought = { $army } has fought
fc-cond-unordered = { $army } has had no orders
fc-cond-hostages-held = the Jin hold { $cmp } hostages
fc-cond-cessions-pending = the terms name cities not yet ceded
fc-cond-handed-over = { $city } has been handed over to the Jin
fc-cond-army-supply = { $army } has food for { $cmp } days
fc-cond-measure = the state of the world allows it
fc-cond-all = { $conditions }
fc-cond-any = one of: { $conditions }
fc-cond-not = not ({ $condition })
