# Messages outside the chronicle: lists, refused commands and orders.

# 中文列举一律用顿号：「甲、乙、丙」。
list-separator = {"、"}
list-last-separator = {"、"}
list-items-separator = {"；"}

## Refused choices and commands.
error-branch-not-decided = 在这条支线中，决策「{ $decision }」从未有过定论，因此无从建立分支；`jingkang decisions SCENARIO` 会列出所有决策，存档的报告则列出已作出的决策。
error-branch-same-option = 这条支线在「{ $decision }」已经选了「{ $option }」：请改用另一个选项来建立分支。
error-not-pending = 目前没有待决的决策「{ $decision }」。
error-no-such-option = 决策「{ $decision }」没有「{ $option }」这个选项。
error-not-allowed = 现在不能选择「{ $option }」：它的条件并不成立。
error-locked = 课堂练习已固定「{ $decision }」的选择：全班在这里选的是「{ $fixed }」，而不是「{ $option }」。
error-not-offered = 在目前的情况下，「{ $option }」不是可以选择的选项。
error-game-over = 游戏已经结束。
error-no-such-army = 没有名为「{ $army }」的军队。
error-not-yours = { $army }不受皇帝指挥。
error-army-gone = { $army }已不在战场上。
error-no-such-place = 没有名为「{ $place }」的地点。
error-refused = { $army }无法这样做：{ $reason }。

## Why an order cannot be carried out.
refusal-routed = 这支军队已经溃败，在{ $until }重整之前只能后撤
refusal-no-road = 没有道路通往{ $place }
refusal-no-enemy = { $place }没有敌军
refusal-not-enemy-city = { $place }不是敌方的城池
refusal-not-besieged = { $place }不是我方被围的城池
refusal-not-friendly-city = { $place }不是城墙尚未陷落的我方城池
refusal-out-of-reach = 在前往{ $place }的路上，没有任何地点距离它在一夜骑程之内
refusal-no-quarry = { $army }不是在战场上的敌军
refusal-withdraw = 只有金军的元帅才会经由某地撤军回国
refusal-no-fighting = 陛下已下令禁止一切作战；日后的决策或许会解除这项禁令
refusal-besiegers-elsewhere = 围攻{ $place }的敌军驻扎在{ $camp }：请下令进攻那里，或下令为该城解围
