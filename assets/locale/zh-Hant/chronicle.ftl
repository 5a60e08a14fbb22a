# Chronicle messages. Each entry of the chronicle is one of these keys with its arguments.
# Translators: keep the $names; numbers arrive already formatted. `$army_n` (and other
# `_n` arguments) are counts for agreement only: 1 for a singular name, 2 for a plural one
# ("Shaanxi armies").
# 中文沒有單複數之分：`$army_n` 在這裡用不到，只用於英文的動詞變化。

scenario-begins = 劇本開始：{ $title }。
army-arrives = { $army }抵達{ $place }。

## Battles
battle = { $place }之戰：{ $song }（{ $song_men }人）對陣{ $jin }（{ $jin_men }人）。宋軍損失{ $song_lost }人，金軍損失{ $jin_lost }人；{ $winner ->
    [song] 宋軍
   *[jin] 金軍
}佔了上風，戰力是對方的{ $ratio }倍，原因是{ $reasons }。
truce-passage = 雙方在{ $place }遵守和議：宋軍（{ $song }）與金軍（{ $jin }）互相讓對方通過。
battle-army = { $army }
battle-army-led = { $commander }率領的{ $army }
why-numbers = { $side ->
    [song] 宋軍
   *[jin] 金軍
}人數是敵軍的{ $ratio }倍
why-cavalry = { $side ->
    [song] 宋軍
   *[jin] 金軍
}以騎兵對付以步兵為主的敵軍
why-ground = { $side ->
    [song] 宋軍
   *[jin] 金軍
}據守{ $ground ->
    [pass] 關隘
   *[camp] 營寨
}（×{ $factor }）
why-ferrying = { $army }在渡河途中遭到攻擊，只有部分兵力能投入戰鬥
why-training = { $side ->
    [song] 宋軍
   *[jin] 金軍
}訓練較好（{ $winner }對{ $loser }）
why-morale = { $side ->
    [song] 宋軍
   *[jin] 金軍
}士氣較高（士氣{ $winner }對{ $loser }）
why-commander = { $commander }的指揮才能
why-fortune = 當天的運氣
army-destroyed = { $army }已不再是一支能作戰的軍隊。
army-routed = { $army }潰敗，向{ $refuge }逃去；{ $scattered }人四散。
army-flees-before = { $army }在{ $enemy }面前不戰而潰，向{ $refuge }逃去；{ $scattered }人四散。
hostages-freed = { $army }潰敗之際，被押往北方的人質逃脫了：{ $hostages }。
name = { $name }
raid-empty = { $army }夜襲{ $place }，卻發現那裡沒有敵軍。
raid-succeeded = 夜襲{ $place }：{ $army }（{ $raiders }人）突襲正在熟睡的敵營。夜襲一方損失{ $raider_lost }人，敵軍損失{ $defender_lost }人，營中可支{ $burnt }日的糧食被燒毀。
raid-failed = 夜襲{ $place }：{ $army }（{ $raiders }人）遇上早有準備的敵軍{ $forewarned ->
    [yes] ，對方事先已得到警告
   *[no] {""}
}。夜襲一方損失{ $raider_lost }人，敵軍損失{ $defender_lost }人。
grievance-truce = 在和議期間發動攻擊：金人怨憤從{ $before }變為{ $after }。

## Sieges
siege-underway = { $city }正被圍困；圍城的軍隊封鎖了通往城中{ $tightness }%的道路。
siege-begins = { $city }開始被圍；圍城的軍隊封鎖了通往城中{ $tightness }%的道路。
siege-lifted = { $city }的包圍已經解除。
food-runs-out = { $city }的糧倉空了。
garrison-starves = { $city }發生飢荒：守軍中有{ $lost }人餓死或偷偷逃走。
garrison-starves-worse = { $city }的飢荒加劇：{ $days }天來，守軍因飢荒損失了{ $lost }人。
garrison-starves-ends = { $city }的飢荒結束了：守軍因此損失了{ $lost }人{ $days_n ->
    [0] {""}
    [1] ，歷時一天
   *[other] ，歷時{ $days }天
}。
garrison-deserts = { $city }人心絕望：{ $lost }名守軍離開城牆。
garrison-deserts-worse = { $city }的絕望加深：{ $days }天來，已有{ $lost }名守軍離去。
garrison-deserts-ends = { $city }守軍的逃亡停止了，先後共有{ $lost }人離去{ $days_n ->
    [0] {""}
    [1] ，歷時一天
   *[other] ，歷時{ $days }天
}。
city-surrenders = { $city }開城投降：{ $reason ->
    [hunger] 城中糧倉已空，守軍飢餓不堪（士氣{ $morale }）。
   *[despair] 城中還有可支{ $food }日的糧食，但人心已被絕望擊垮（士氣{ $morale }）。
}
capital-surrenders = { $city }的外城向敵軍打開城門：{ $reason ->
    [hunger] 城中糧倉已空，守軍飢餓不堪（士氣{ $morale }）。
   *[despair] 城中還有可支{ $food }日的糧食，但人心已被絕望擊垮（士氣{ $morale }）。
}內城與皇宮仍在堅守。
assault-carries = { $city }的城牆被攻破（攻守雙方的實力之比為{ $odds }比1）。攻方損失{ $attackers_lost }人，守方損失{ $defenders_lost }人。
assault-repulsed = 對{ $city }的攻城被擊退（攻守雙方的實力之比為{ $odds }比1）。攻方損失{ $attackers_lost }人，守方損失{ $defenders_lost }人。
walls-fall = { $city }的外城已落入敵手。
city-stormed = { $city }被強攻攻陷：守軍或被殺，或被俘，或四散。
city-taken = { $city }易手。
city-handed-over = { $city }奉旨向金人打開城門{ $hungry ->
    [yes] ，當時城中糧倉已空
   *[no] {""}
}。
city-refuses-edict = { $city }拒絕奉旨交給金人：{ $why }。
city-refuses-edict-plain = { $city }拒絕奉旨交給金人。
refuse-resolute = 守將不肯放棄城牆
refuse-spirited = 城中人心振奮（士氣{ $morale }）
sally-succeeds = { $city }守軍出城突擊圍城的敵軍：敵軍損失{ $enemy_lost }人，我方損失{ $sally_lost }人。
sally-fails = { $city }守軍出城突擊，被敵軍擊潰：我方損失{ $sally_lost }人，敵軍只損失{ $enemy_lost }人。

## Supply and desertion
army-hungry = { $army }吃完了最後的口糧，只能挨餓。
army-hungry-worse = { $army }缺糧挨餓：{ $days }天來，因此損失了{ $lost }人。
army-fed = { $army }重新有了糧食；先前挨餓{ $days }天，損失了{ $lost }人。
army-stands-down = { $army }收兵：皇帝已下令禁止一切作戰。
army-melting = 面對實力是自己{ $odds }倍的{ $enemy }，{ $army }開始逐漸瓦解：{ $lost }人逃亡。
army-melting-worse = 逃亡正在掏空{ $army }：已有{ $lost }人離去。
army-melts-away = { $army }未經一戰便瓦解了：{ $lost }人逃亡，剩下的{ $left }人也各自散去。
army-melts-away-after-battle = { $army }的殘部瓦解了：{ $lost }人逃亡，剩下的{ $left }人也各自散去。
army-steadies = { $army }的逃亡停止了，先後共有{ $lost }人離去{ $days_n ->
    [0] {""}
    [1] ，歷時一天
   *[other] ，歷時{ $days }天
}。

## The court
faction-leads = { $faction }如今在朝中影響力最大。
status-changes = { $character }{ $status ->
    [in_office] 就任官職
    [out_of_office] 目前沒有官職
    [dismissed] 被罷免
    [exiled] 被流放
    [hostage] 被交出充當人質
    [captured] 被俘
    [fled] 已出逃
    [dead] 已身故
   *[other] 現在的狀態是{ $status }
}。
appointed = { $character }被任命為{ $office }。
consequences = 結果：{ $changes }。
change-influence = { $faction }影響力從{ $before }變為{ $after }
change-authority = 陛下的威望從{ $before }變為{ $after }
change-city-morale = { $city }士氣從{ $before }變為{ $after }
change-army-morale = { $army }士氣從{ $before }變為{ $after }
change-grievance = 金人怨憤從{ $before }變為{ $after }
treasury-spends = 國庫支出{ $goods }。
treasury-receives = 國庫收入{ $goods }。
goods-gold = 金{ $amount }兩
goods-silver = 銀{ $amount }兩
goods-silk = 絹{ $amount }匹
confiscation = 在{ $city }徵集金銀：{ $goods }。
governor-appointed = { $character }負責指揮{ $city }的城防。
governor-removed = { $city }的城防現在無人指揮。
army-leaderless = { $army }在沒有主帥的情況下繼續行動。
court-sets-out = 朝廷離開{ $from }，前往{ $to }，護衛{ $escort }人。
court-arrives = 朝廷抵達{ $place }。
court-overtaken = { $by }的金軍騎兵從{ $km }公里外趕來，在{ $place }附近追上御駕：皇帝被俘。
court-overtaken-battle = 御駕在{ $place }附近被擊敗：皇帝被俘。
court-escort-scattered = 護衛已經四散，御駕在{ $place }附近被追上：皇帝被俘。
court-escapes-riders = 御駕在{ $place }附近順利通過，當時金軍騎兵就在追得上的距離內（{ $riders }）：被追上的機率為{ $chance }%，這一次逃過了。
court-rider = { $army }，相距{ $km }公里

## Diplomacy
terms-demanded = 金人提出條件：{ $terms }
terms-accepted = 朝廷接受金人的條件。
terms-changed = 經過討價還價，條件降為最初所要求賠款的{ $indemnity }%{ $cessions ->
    [dropped] ，並且不必割讓城池。
   *[kept] 。
}
terms-rejected = 朝廷拒絕金人的條件。
indemnity-paid = 送往金營：{ $goods }（賠款已付{ $under_one ->
        [yes] 不到1%
       *[no] { $share }%
    }）。
indemnity-nothing-to-pay = 國庫裡已沒有可以送往金營的財物（賠款已付{ $under_one ->
        [yes] 不到1%
       *[no] { $share }%
    }）。
cession-ordered = 朝廷下旨，將{ $city }割讓給金人。
cession-recognised = 朝廷下旨，承認金人據有{ $city }；該城已被金人攻取。
treaty-broken = 宋方背棄和議。
levy = 在{ $city }徵召了{ $troops }人。
discharge = { $city }守軍中有{ $troops }人被遣散回家。
muster = { $city }守軍中有{ $troops }人出城，加入{ $army }。
muster-missed = { $city }的守軍無法加入{ $army }：該軍不在城中，或與該城不屬於同一方。

## The scenario's file edited while the game runs (hot reload)
scenario-edited-texts = 劇本檔案已被修改：現在有{ $count }段文字以改寫後的內容顯示。
scenario-edited-rule = 劇本檔案已被修改：從今天起，{ $rule }為{ $now }（原為{ $was }）。
scenario-edited-rule-later = 劇本檔案已被修改：{ $rule }要到下一局新遊戲才會變為{ $now }（目前為{ $was }），因為這項規則在遊戲開始時讀取。
scenario-edited-rest = 劇本檔案的修改中，有些是進行中的遊戲無法採用的（軍隊、地點、觸發條件、效果或條件）：這些修改從下一局新遊戲起生效。

## Armies
army-appears = { $army }（{ $troops }人）出現在{ $place }。
army-reinforced = { $army }獲得{ $troops }人增援。
army-joins-garrison = { $army }進入{ $city }，加入城中守軍（{ $troops }人）。
army-joins-army = { $army }（{ $troops }人）併入{ $into }。
court-escort-garrisons = { $army }的護衛{ $troops }人加入{ $city }的守軍。
court-escort-stays = { $army }的護衛{ $troops }人留在{ $place }，作為朝廷的衛隊。
army-disbanded = { $army }解散，士兵各自回家。
army-ordered = { $army }奉命{ $kind ->
    [hold] 原地駐守。
    [move] 行軍前往{ $target }。
    [attack] 進攻{ $target }。
    [besiege] 圍攻{ $target }。
    [relieve] 前往{ $target }解圍。
    [raid] 夜襲{ $target }的敵軍。
    [pursue] 追擊{ $target }。
    [garrison] 進入{ $target }充當守軍。
    [withdraw] 經{ $target }撤軍回國。
   *[disband] 解散。
}
narrative = { $text }
decision-arises = { $ruler ->
    [yes] 有一項決策待皇帝定奪
   *[no] 有一項決策待{ $decider }定奪
}：{ $decision }。
decision-taken = { $ruler ->
    [yes] 皇帝作出決定
   *[no] { $decider }作出決定
}（{ $decision }）：{ $option }。
decision-lapses = 時機已過（{ $decision }）：{ $option }。
decision-withdrawn = 問題已不復存在（{ $decision }）：沒有作出任何決定。
event = { $title }。{ $text }
weighed = { $title }：{ $factors }，合計{ $points }分，{ $slight ->
    [yes] 機率不到1%
   *[no] 機率為{ $chance }%
}{ $decided ->
    [yes] ，結果事情發生了。
   *[no] ；目前尚未定局。
}
factor = { $label }（{ $points }分）
outcome = 結局：{ $title }。
chapter-begins = 新的一章：{ $title }。
withdraw-satisfied = { $army }帶著已取得的成果撤軍回國，向{ $to }進發。所得：{ $extracted }。考量的因素：{ $weighed }。
withdraw-hungry = { $army }撤軍回國，向{ $to }進發：糧食快要吃完了。考量的因素：{ $weighed }。
withdraw-threatened = { $army }為免退路被切斷，撤軍回國，向{ $to }進發；附近的宋軍人數已是它的{ $danger }倍。考量的因素：{ $weighed }。
withdraw-impatient = { $army }撤軍回國，向{ $to }進發：圍城已經持續得夠久了。考量的因素：{ $weighed }。
extracted-nothing = 無
extracted-treaty = 已締結的和議
extracted-hostages = 所要求的{ $asked }名人質中的{ $held }名
extracted-hostages-all = 所要求的全部人質
extracted-cessions = 下旨割讓所要求的{ $asked }座城池中的{ $ceded }座
extracted-cessions-all = 下旨割讓所要求的全部城池
extracted-money = 賠款的{ $share }%
weigh-satisfaction = 已取得的成果（{ $points }分）
weigh-danger = 附近的宋軍（{ $points }分）
weigh-hunger = 缺糧（{ $points }分）
weigh-shaken = 軍心動搖（{ $points }分）
weigh-patience = 在城下停留的天數（{ $points }分）
weigh-season = 季節（{ $points }分）
goal-achieved = { $army }攻取了{ $city }，接著向下一個目標推進。
army-leaves = { $army }在{ $place }撤出戰區。

## Causes, as shown after an entry ("why?").
cause-scenario = 劇本
cause-rule = 規則：{ $rule }
cause-event = 事件：{ $event }
cause-trigger = 決策「{ $decision }」的觸發條件
cause-ending = 結局「{ $outcome }」的條件
cause-decision = 陛下對「{ $decision }」的決策：{ $option }
cause-default = 對「{ $decision }」未作出決定，因此：{ $option }
cause-order = 陛下給{ $army }的命令
cause-plan = { $army }的方略

## The rules, as named in docs/model.md.
rule-movement = 行軍
rule-battle = 戰鬥
rule-rout = 潰敗
rule-raid = 夜襲
rule-pursuit = 追擊
rule-siege = 圍城
rule-assault = 攻城
rule-starvation = 飢荒
rule-surrender = 投降
rule-supply = 補給
rule-morale = 士氣
rule-court = 朝廷
rule-diplomacy = 外交
rule-desertion = 逃亡
rule-flight = 出逃
rule-handover = 交出城池
rule-orders = 命令
