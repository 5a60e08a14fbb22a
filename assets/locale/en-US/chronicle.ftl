# Chronicle messages. Each entry of the chronicle is one of these keys with its arguments.
# Translators: keep the $names; the numbers arrive already formatted.

scenario-begins = The scenario begins: { $title }.
army-arrives = { $army } reaches { $place }.
battle = Battle at { $place }: { $song } against { $jin }. The Song lose { $song_lost } men, the Jin { $jin_lost }; the { $winner } have the better of it.
army-destroyed = { $army } has ceased to exist as a fighting force.
army-routed = { $army } breaks and flees towards { $refuge }; { $scattered } men scatter.
raid-empty = { $army } strikes at { $place } by night and finds no enemy there.
raid-succeeded = Night raid on { $place }: { $army } falls on the sleeping camp. The raiders lose { $raider_lost }, the enemy { $defender_lost }.
raid-failed = Night raid on { $place }: { $army } runs into a prepared enemy{ $forewarned ->
    [yes] , who had been warned
   *[no] {""}
}. The raiders lose { $raider_lost }, the enemy { $defender_lost }.
siege-begins = The siege of { $city } begins; the besiegers close { $tightness }% of the roads into it.
siege-lifted = The siege of { $city } is lifted.
food-runs-out = The granaries of { $city } are empty.
garrison-starves = Hunger in { $city }: { $lost } of the garrison die or slip away.
garrison-deserts = Despair in { $city }: { $lost } defenders leave the walls.
city-surrenders = { $city } opens its gates: hunger has done what assaults could not.
assault-carries = The walls of { $city } are stormed (odds { $odds }). Attackers lose { $attackers_lost }, defenders { $defenders_lost }.
assault-repulsed = An assault on { $city } is thrown back (odds { $odds }). Attackers lose { $attackers_lost }, defenders { $defenders_lost }.
walls-fall = The outer walls of { $city } are in enemy hands.
city-taken = { $city } changes hands.
sally-succeeds = A sally from { $city } strikes the besiegers: { $enemy_lost } of them fall, for { $sally_lost } of ours.
sally-fails = A sally from { $city } is routed: { $sally_lost } lost, the enemy only { $enemy_lost }.
army-hungry = { $army } has eaten its last rations and must live on what it can find.
faction-leads = The { $faction } now carry the most weight at court.
status-changes = { $character } { $status ->
    [InOffice] takes office
    [OutOfOffice] is without office
    [Dismissed] is dismissed
    [Exiled] is sent into exile
    [Hostage] is handed over as a hostage
    [Captured] is captured
    [Fled] has fled
    [Dead] is dead
   *[other] is now { $status }
}.
appointed = { $character } is appointed { $office }.
influence-changes = Influence at court, { $faction }: { $before } to { $after }.
authority-changes = The emperor's authority: { $before } to { $after }.
city-morale-changes = Morale in { $city }: { $before } to { $after }.
army-morale-changes = Morale of { $army }: { $before } to { $after }.
treasury-changes = Treasury: { $gold } taels of gold, { $silver } of silver, { $silk } bolts of silk.
confiscation = Gold and silver are collected from { $city }: { $gold } taels of gold, { $silver } of silver.
terms-demanded = The Jin put their terms on the table: { $terms }
terms-accepted = The court accepts the Jin terms.
terms-changed = The terms are bargained to { $indemnity }% of the indemnity first demanded.
terms-rejected = The court rejects the Jin terms.
indemnity-paid = Sent to the Jin camp: { $gold } taels of gold, { $silver } of silver, { $silk } bolts of silk ({ $share }% of the indemnity paid).
cession-ordered = An edict cedes { $city } to the Jin.
treaty-broken = The Song go back on the treaty.
grievance-changes = Jin grievance: { $before } to { $after }.
levy = { $troops } men are raised in { $city }.
governor-appointed = { $character } takes command of the walls of { $city }.
governor-removed = Nobody now commands the walls of { $city }.
hostages-freed = In the rout of { $army }, the hostages it carried escape: { $hostages }.
army-appears = { $army } ({ $troops } men) appears at { $place }.
army-reinforced = { $army } is reinforced by { $troops } men.
army-joins-garrison = { $army } enters { $city } and joins its garrison ({ $troops } men).
army-disbanded = { $army } is disbanded.
army-ordered = { $army } { $kind ->
    [Hold] is ordered to hold where it stands.
    [MoveTo] is ordered to march to { $target }.
    [Attack] is ordered to attack at { $target }.
    [Besiege] is ordered to besiege { $target }.
    [Relieve] is ordered to relieve { $target }.
    [Raid] is ordered to raid the enemy at { $target } by night.
    [Pursue] is ordered to pursue { $target }.
    [Garrison] is ordered into the garrison of { $target }.
    [Withdraw] is ordered home by way of { $target }.
    [Disband] is ordered to disband.
   *[other] is ordered: { $kind } { $target }.
}
court-moves = The court moves to { $place }.
narrative = { $text }
decision-arises = A decision for the emperor: { $decision }.
decision-taken = The emperor decides ({ $decision }): { $option }.
decision-lapses = The moment passes ({ $decision }): { $option }.
event = { $title }. { $text }
outcome = Outcome: { $title }.
withdraw-satisfied = { $army } marches home towards { $to }: satisfied with what it has extracted ({ $satisfaction }%), and facing { $danger } times its number in Song troops nearby.
withdraw-hungry = { $army } marches home towards { $to }: its food is gone.
withdraw-threatened = { $army } marches home towards { $to }: { $danger } times its number in Song troops are closing in.
goal-achieved = { $army } has taken { $city } and moves on to its next objective.
army-leaves = { $army } leaves the theatre at { $place }.

## Causes, as shown after an entry ("why?").
cause-scenario = the scenario
cause-rule = rule: { $rule }
cause-event = event: { $event }
cause-decision = your decision on “{ $decision }”: { $option }
cause-default = no decision was taken on “{ $decision }”, so: { $option }
cause-order = your order to { $army }
cause-plan = the plan of { $army }
