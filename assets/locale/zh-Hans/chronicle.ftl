# Chronicle messages. Each entry of the chronicle is one of these keys with its arguments.
# Translators: keep the $names; numbers arrive already formatted. `$army_n` (and other
# `_n` arguments) are counts for agreement only: 1 for a singular name, 2 for a plural one
# ("Shaanxi armies").
# 中文没有单复数之分：`$army_n` 在这里用不到，只用于英文的动词变化。

scenario-begins = 剧本开始：{ $title }。
army-arrives = { $army }抵达{ $place }。

## Battles
battle = { $place }之战：{ $song }（{ $song_men }人）对阵{ $jin }（{ $jin_men }人）。宋军损失{ $song_lost }人，金军损失{ $jin_lost }人；{ $winner ->
    [song] 宋军
   *[jin] 金军
}占了上风，战力是对方的{ $ratio }倍，原因是{ $reasons }。
truce-passage = 双方在{ $place }遵守和议：宋军（{ $song }）与金军（{ $jin }）互相让对方通过。
battle-army = { $army }
battle-army-led = { $commander }率领的{ $army }
why-numbers = { $side ->
    [song] 宋军
   *[jin] 金军
}人数是敌军的{ $ratio }倍
why-cavalry = { $side ->
    [song] 宋军
   *[jin] 金军
}以骑兵对付以步兵为主的敌军
why-ground = { $side ->
    [song] 宋军
   *[jin] 金军
}据守{ $ground ->
    [pass] 关隘
   *[camp] 营寨
}（×{ $factor }）
why-ferrying = { $army }在渡河途中遭到攻击，只有部分兵力能投入战斗
why-training = { $side ->
    [song] 宋军
   *[jin] 金军
}训练较好（{ $winner }对{ $loser }）
why-morale = { $side ->
    [song] 宋军
   *[jin] 金军
}士气较高（士气{ $winner }对{ $loser }）
why-commander = { $commander }的指挥才能
why-fortune = 当天的运气
army-destroyed = { $army }已不再是一支能作战的军队。
army-routed = { $army }溃败，向{ $refuge }逃去；{ $scattered }人四散。
army-flees-before = { $army }在{ $enemy }面前不战而溃，向{ $refuge }逃去；{ $scattered }人四散。
hostages-freed = { $army }溃败之际，被押往北方的人质逃脱了：{ $hostages }。
name = { $name }
raid-empty = { $army }夜袭{ $place }，却发现那里没有敌军。
raid-succeeded = 夜袭{ $place }：{ $army }（{ $raiders }人）突袭正在熟睡的敌营。夜袭一方损失{ $raider_lost }人，敌军损失{ $defender_lost }人，营中可支{ $burnt }日的粮食被烧毁。
raid-failed = 夜袭{ $place }：{ $army }（{ $raiders }人）遇上早有准备的敌军{ $forewarned ->
    [yes] ，对方事先已得到警告
   *[no] {""}
}。夜袭一方损失{ $raider_lost }人，敌军损失{ $defender_lost }人。
grievance-truce = 在和议期间发动攻击：金人怨愤从{ $before }变为{ $after }。

## Sieges
siege-underway = { $city }正被围困；围城的军队封锁了通往城中{ $tightness }%的道路。
siege-begins = { $city }开始被围；围城的军队封锁了通往城中{ $tightness }%的道路。
siege-lifted = { $city }的包围已经解除。
food-runs-out = { $city }的粮仓空了。
garrison-starves = { $city }发生饥荒：守军中有{ $lost }人饿死或偷偷逃走。
garrison-starves-worse = { $city }的饥荒加剧：{ $days }天来，守军因饥荒损失了{ $lost }人。
garrison-starves-ends = { $city }的饥荒结束了：守军因此损失了{ $lost }人{ $days_n ->
    [0] {""}
    [1] ，历时一天
   *[other] ，历时{ $days }天
}。
garrison-deserts = { $city }人心绝望：{ $lost }名守军离开城墙。
garrison-deserts-worse = { $city }的绝望加深：{ $days }天来，已有{ $lost }名守军离去。
garrison-deserts-ends = { $city }守军的逃亡停止了，先后共有{ $lost }人离去{ $days_n ->
    [0] {""}
    [1] ，历时一天
   *[other] ，历时{ $days }天
}。
city-surrenders = { $city }开城投降：{ $reason ->
    [hunger] 城中粮仓已空，守军饥饿不堪（士气{ $morale }）。
   *[despair] 城中还有可支{ $food }日的粮食，但人心已被绝望击垮（士气{ $morale }）。
}
capital-surrenders = { $city }的外城向敌军打开城门：{ $reason ->
    [hunger] 城中粮仓已空，守军饥饿不堪（士气{ $morale }）。
   *[despair] 城中还有可支{ $food }日的粮食，但人心已被绝望击垮（士气{ $morale }）。
}内城与皇宫仍在坚守。
assault-carries = { $city }的城墙被攻破（攻守双方的实力之比为{ $odds }比1）。攻方损失{ $attackers_lost }人，守方损失{ $defenders_lost }人。
assault-repulsed = 对{ $city }的攻城被击退（攻守双方的实力之比为{ $odds }比1）。攻方损失{ $attackers_lost }人，守方损失{ $defenders_lost }人。
walls-fall = { $city }的外城已落入敌手。
city-stormed = { $city }被强攻攻陷：守军或被杀，或被俘，或四散。
city-taken = { $city }易手。
city-handed-over = { $city }奉旨向金人打开城门{ $hungry ->
    [yes] ，当时城中粮仓已空
   *[no] {""}
}。
city-refuses-edict = { $city }拒绝奉旨交给金人：{ $why }。
city-refuses-edict-plain = { $city }拒绝奉旨交给金人。
refuse-resolute = 守将不肯放弃城墙
refuse-spirited = 城中人心振奋（士气{ $morale }）
sally-succeeds = { $city }守军出城突击围城的敌军：敌军损失{ $enemy_lost }人，我方损失{ $sally_lost }人。
sally-fails = { $city }守军出城突击，被敌军击溃：我方损失{ $sally_lost }人，敌军只损失{ $enemy_lost }人。

## Supply and desertion
army-hungry = { $army }吃完了最后的口粮，只能挨饿。
army-hungry-worse = { $army }缺粮挨饿：{ $days }天来，因此损失了{ $lost }人。
army-fed = { $army }重新有了粮食；先前挨饿{ $days }天，损失了{ $lost }人。
army-stands-down = { $army }收兵：皇帝已下令禁止一切作战。
army-melting = 面对实力是自己{ $odds }倍的{ $enemy }，{ $army }开始逐渐瓦解：{ $lost }人逃亡。
army-melting-worse = 逃亡正在掏空{ $army }：已有{ $lost }人离去。
army-melts-away = { $army }未经一战便瓦解了：{ $lost }人逃亡，剩下的{ $left }人也各自散去。
army-melts-away-after-battle = { $army }的残部瓦解了：{ $lost }人逃亡，剩下的{ $left }人也各自散去。
army-steadies = { $army }的逃亡停止了，先后共有{ $lost }人离去{ $days_n ->
    [0] {""}
    [1] ，历时一天
   *[other] ，历时{ $days }天
}。

## The court
faction-leads = { $faction }如今在朝中影响力最大。
status-changes = { $character }{ $status ->
    [in_office] 就任官职
    [out_of_office] 目前没有官职
    [dismissed] 被罢免
    [exiled] 被流放
    [hostage] 被交出充当人质
    [captured] 被俘
    [fled] 已出逃
    [dead] 已身故
   *[other] 现在的状态是{ $status }
}。
appointed = { $character }被任命为{ $office }。
consequences = 结果：{ $changes }。
change-influence = { $faction }影响力从{ $before }变为{ $after }
change-authority = 陛下的威望从{ $before }变为{ $after }
change-city-morale = { $city }士气从{ $before }变为{ $after }
change-army-morale = { $army }士气从{ $before }变为{ $after }
change-grievance = 金人怨愤从{ $before }变为{ $after }
treasury-spends = 国库支出{ $goods }。
treasury-receives = 国库收入{ $goods }。
goods-gold = 金{ $amount }两
goods-silver = 银{ $amount }两
goods-silk = 绢{ $amount }匹
confiscation = 在{ $city }征集金银：{ $goods }。
governor-appointed = { $character }负责指挥{ $city }的城防。
governor-removed = { $city }的城防现在无人指挥。
army-leaderless = { $army }在没有主帅的情况下继续行动。
court-sets-out = 朝廷离开{ $from }，前往{ $to }，护卫{ $escort }人。
court-arrives = 朝廷抵达{ $place }。
court-overtaken = { $by }的金军骑兵从{ $km }公里外赶来，在{ $place }附近追上御驾：皇帝被俘。
court-overtaken-battle = 御驾在{ $place }附近被击败：皇帝被俘。
court-escort-scattered = 护卫已经四散，御驾在{ $place }附近被追上：皇帝被俘。
court-escapes-riders = 御驾在{ $place }附近顺利通过，当时金军骑兵就在追得上的距离内（{ $riders }）：被追上的概率为{ $chance }%，这一次逃过了。
court-rider = { $army }，相距{ $km }公里

## Diplomacy
terms-demanded = 金人提出条件：{ $terms }
terms-accepted = 朝廷接受金人的条件。
terms-changed = 经过讨价还价，条件降为最初所要求赔款的{ $indemnity }%{ $cessions ->
    [dropped] ，并且不必割让城池。
   *[kept] 。
}
terms-rejected = 朝廷拒绝金人的条件。
indemnity-paid = 送往金营：{ $goods }（赔款已付{ $under_one ->
        [yes] 不到1%
       *[no] { $share }%
    }）。
indemnity-nothing-to-pay = 国库里已没有可以送往金营的财物（赔款已付{ $under_one ->
        [yes] 不到1%
       *[no] { $share }%
    }）。
cession-ordered = 朝廷下旨，将{ $city }割让给金人。
cession-recognised = 朝廷下旨，承认金人据有{ $city }；该城已被金人攻取。
treaty-broken = 宋方背弃和议。
levy = 在{ $city }征召了{ $troops }人。
discharge = { $city }守军中有{ $troops }人被遣散回家。
muster = { $city }守军中有{ $troops }人出城，加入{ $army }。
muster-missed = { $city }的守军无法加入{ $army }：该军不在城中，或与该城不属于同一方。

## The scenario's file edited while the game runs (hot reload)
scenario-edited-texts = 剧本文件已被修改：现在有{ $count }段文字以改写后的内容显示。
scenario-edited-rule = 剧本文件已被修改：从今天起，{ $rule }为{ $now }（原为{ $was }）。
scenario-edited-rule-later = 剧本文件已被修改：{ $rule }要到下一局新游戏才会变为{ $now }（目前为{ $was }），因为这项规则在游戏开始时读取。
scenario-edited-rest = 剧本文件的修改中，有些是进行中的游戏无法采用的（军队、地点、触发条件、效果或条件）：这些修改从下一局新游戏起生效。

## Armies
army-appears = { $army }（{ $troops }人）出现在{ $place }。
army-reinforced = { $army }获得{ $troops }人增援。
army-joins-garrison = { $army }进入{ $city }，加入城中守军（{ $troops }人）。
army-joins-army = { $army }（{ $troops }人）并入{ $into }。
court-escort-garrisons = { $army }的护卫{ $troops }人加入{ $city }的守军。
court-escort-stays = { $army }的护卫{ $troops }人留在{ $place }，作为朝廷的卫队。
army-disbanded = { $army }解散，士兵各自回家。
army-ordered = { $army }奉命{ $kind ->
    [hold] 原地驻守。
    [move] 行军前往{ $target }。
    [attack] 进攻{ $target }。
    [besiege] 围攻{ $target }。
    [relieve] 前往{ $target }解围。
    [raid] 夜袭{ $target }的敌军。
    [pursue] 追击{ $target }。
    [garrison] 进入{ $target }充当守军。
    [withdraw] 经{ $target }撤军回国。
   *[disband] 解散。
}
narrative = { $text }
decision-arises = { $ruler ->
    [yes] 有一项决策待皇帝定夺
   *[no] 有一项决策待{ $decider }定夺
}：{ $decision }。
decision-taken = { $ruler ->
    [yes] 皇帝作出决定
   *[no] { $decider }作出决定
}（{ $decision }）：{ $option }。
decision-lapses = 时机已过（{ $decision }）：{ $option }。
decision-withdrawn = 问题已不复存在（{ $decision }）：没有作出任何决定。
event = { $title }。{ $text }
weighed = { $title }：{ $factors }，合计{ $points }分，{ $slight ->
    [yes] 概率不到1%
   *[no] 概率为{ $chance }%
}{ $decided ->
    [yes] ，结果事情发生了。
   *[no] ；目前尚未定局。
}
factor = { $label }（{ $points }分）
outcome = 结局：{ $title }。
chapter-begins = 新的一章：{ $title }。
withdraw-satisfied = { $army }带着已取得的成果撤军回国，向{ $to }进发。所得：{ $extracted }。考量的因素：{ $weighed }。
withdraw-hungry = { $army }撤军回国，向{ $to }进发：粮食快要吃完了。考量的因素：{ $weighed }。
withdraw-threatened = { $army }为免退路被切断，撤军回国，向{ $to }进发；附近的宋军人数已是它的{ $danger }倍。考量的因素：{ $weighed }。
withdraw-impatient = { $army }撤军回国，向{ $to }进发：围城已经持续得够久了。考量的因素：{ $weighed }。
extracted-nothing = 无
extracted-treaty = 已缔结的和议
extracted-hostages = 所要求的{ $asked }名人质中的{ $held }名
extracted-hostages-all = 所要求的全部人质
extracted-cessions = 下旨割让所要求的{ $asked }座城池中的{ $ceded }座
extracted-cessions-all = 下旨割让所要求的全部城池
extracted-money = 赔款的{ $share }%
weigh-satisfaction = 已取得的成果（{ $points }分）
weigh-danger = 附近的宋军（{ $points }分）
weigh-hunger = 缺粮（{ $points }分）
weigh-shaken = 军心动摇（{ $points }分）
weigh-patience = 在城下停留的天数（{ $points }分）
weigh-season = 季节（{ $points }分）
goal-achieved = { $army }攻取了{ $city }，接着向下一个目标推进。
army-leaves = { $army }在{ $place }撤出战区。

## Causes, as shown after an entry ("why?").
cause-scenario = 剧本
cause-rule = 规则：{ $rule }
cause-event = 事件：{ $event }
cause-trigger = 决策「{ $decision }」的触发条件
cause-ending = 结局「{ $outcome }」的条件
cause-decision = 陛下对「{ $decision }」的决策：{ $option }
cause-default = 对「{ $decision }」未作出决定，因此：{ $option }
cause-order = 陛下给{ $army }的命令
cause-plan = { $army }的方略

## The rules, as named in docs/model.md.
rule-movement = 行军
rule-battle = 战斗
rule-rout = 溃败
rule-raid = 夜袭
rule-pursuit = 追击
rule-siege = 围城
rule-assault = 攻城
rule-starvation = 饥荒
rule-surrender = 投降
rule-supply = 补给
rule-morale = 士气
rule-court = 朝廷
rule-diplomacy = 外交
rule-desertion = 逃亡
rule-flight = 出逃
rule-handover = 交出城池
rule-orders = 命令
