# Messages outside the chronicle: lists, refused commands and orders.

# 中文列舉一律用頓號：「甲、乙、丙」。
list-separator = {"、"}
list-last-separator = {"、"}
list-items-separator = {"；"}

## Refused choices and commands.
error-branch-not-decided = 在這條支線中，決策「{ $decision }」從未有過定論，因此無從建立分支；`jingkang decisions SCENARIO` 會列出所有決策，存檔的報告則列出已作出的決策。
error-branch-same-option = 這條支線在「{ $decision }」已經選了「{ $option }」：請改用另一個選項來建立分支。
error-not-pending = 目前沒有待決的決策「{ $decision }」。
error-no-such-option = 決策「{ $decision }」沒有「{ $option }」這個選項。
error-not-allowed = 現在不能選擇「{ $option }」：它的條件並不成立。
error-locked = 課堂練習已固定「{ $decision }」的選擇：全班在這裡選的是「{ $fixed }」，而不是「{ $option }」。
error-not-offered = 在目前的情況下，「{ $option }」不是可以選擇的選項。
error-game-over = 遊戲已經結束。
error-no-such-army = 沒有名為「{ $army }」的軍隊。
error-not-yours = { $army }不受皇帝指揮。
error-army-gone = { $army }已不在戰場上。
error-no-such-place = 沒有名為「{ $place }」的地點。
error-refused = { $army }無法這樣做：{ $reason }。

## Why an order cannot be carried out.
refusal-routed = 這支軍隊已經潰敗，在{ $until }重整之前只能後撤
refusal-no-road = 沒有道路通往{ $place }
refusal-no-enemy = { $place }沒有敵軍
refusal-not-enemy-city = { $place }不是敵方的城池
refusal-not-besieged = { $place }不是我方被圍的城池
refusal-not-friendly-city = { $place }不是城牆尚未陷落的我方城池
refusal-out-of-reach = 在前往{ $place }的路上，沒有任何地點距離它在一夜騎程之內
refusal-no-quarry = { $army }不是在戰場上的敵軍
refusal-withdraw = 只有金軍的元帥才會經由某地撤軍回國
refusal-no-fighting = 陛下已下令禁止一切作戰；日後的決策或許會解除這項禁令
refusal-besiegers-elsewhere = 圍攻{ $place }的敵軍駐紮在{ $camp }：請下令進攻那裡，或下令為該城解圍
