# Messages outside the chronicle: lists, refused commands and orders.

list-separator = {", "}
list-last-separator = {" and "}
list-items-separator = {"; "}

## Refused choices and commands.
error-branch-not-decided = The decision “{ $decision }” was never settled in this line of the game, so there is nothing to branch from; `jingkang decisions SCENARIO` lists the decisions, and the save's report those taken.
error-branch-same-option = This line already took “{ $option }” at “{ $decision }”: branch with another option.
error-not-pending = There is no decision “{ $decision }” on the table.
error-no-such-option = The decision “{ $decision }” has no option “{ $option }”.
error-not-allowed = “{ $option }” cannot be chosen now: its conditions do not hold.
error-locked = The exercise fixes “{ $decision }”: the class takes “{ $fixed }” there, not “{ $option }”.
error-not-offered = “{ $option }” is not one of the choices in this situation.
error-game-over = The game is over.
error-no-such-army = There is no army “{ $army }”.
error-not-yours = { $army } does not take orders from the emperor.
error-army-gone = { $army } is no longer in the field.
error-no-such-place = There is no place “{ $place }”.
error-refused = { $army } cannot do that: { $reason }.

## Why an order cannot be carried out.
refusal-routed = it has been routed and can only fall back until it rallies, on { $until }
refusal-no-road = no road leads to { $place }
refusal-no-enemy = there is no enemy at { $place }
refusal-not-enemy-city = { $place } is not an enemy city
refusal-not-besieged = { $place } is not one of our cities under siege
refusal-not-friendly-city = { $place } is not one of our cities with its walls standing
refusal-out-of-reach = no place on the road to { $place } lies within a night's ride of it
refusal-no-quarry = { $army } is not an enemy army in the field
refusal-withdraw = only the Jin marshals march home by way of a place
refusal-no-fighting = you have forbidden all fighting; a later decision may lift the ban
refusal-besiegers-elsewhere = the besiegers of { $place } are camped at { $camp }: order the attack there, or relieve the city
