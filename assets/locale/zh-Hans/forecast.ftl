# The expected effects of a decision's option, shown under it. Translators: keep the
# $names; `$sign` is `up` or `down` and `$delta` the size of the change.

fc-appoint = { $character }出任{ $office }
fc-dismiss = { $character }被罢免
fc-exile = { $character }被流放
fc-status = { $character }：{ $status ->
    [in_office] 就任官职
    [out_of_office] 无官职
    [dismissed] 被罢免
    [exiled] 被流放
    [hostage] 成为人质
    [captured] 被俘
    [fled] 出逃
   *[dead] 身故
}
fc-influence = { $faction }影响力{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-authority = 陛下的威望{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-city-morale = { $city }士气{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-army-morale = { $army }士气{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-grievance = 金人怨愤{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-treasury-spends = 国库支出{ $goods }
fc-treasury-receives = 国库收入{ $goods }
fc-confiscate = 没收{ $city }{ $share }%的金银
fc-demand = 金人要求{ $items }
fc-demand-goods = { $goods }
fc-demand-cession = 割让{ $cities }
fc-demand-hostages = { $hostages }名显贵作为人质
fc-accept = 接受目前议中的条件：缔结和议
fc-counter-offer = 还价：赔款的{ $share }%{ $cessions ->
    [dropped] ，不割让城池
   *[kept] {""}
}
fc-reject = 拒绝金人的条件
fc-pay = 从国库支付尚欠的赔款，最多付其中的{ $share }%
fc-cede = 下旨将{ $cities }割让给金人；各城自行决定是否奉旨
fc-no-fighting = 陛下的军队不得进攻、夜袭、围攻或追击，已派去作战的军队也要收兵，直到日后另有决策解除这项禁令
fc-fighting-allowed = 解除作战禁令
fc-cede-recognised = 下旨承认金人据有{ $cities }（这些城池已在金人手中）
fc-break-treaty = 和议破裂
fc-hostage = { $character }前往金营充当人质
fc-release = { $character }获释
fc-spawn = 一支新军：{ $army }，{ $men }人，位于{ $place }
fc-reinforce = { $men }人增援{ $army }
fc-levy = 在{ $city }征召{ $men }人
fc-discharge = 遣散{ $city }最多{ $men }人回乡
fc-governor = { $character }负责{ $city }的城防
fc-no-governor = { $city }的城防无人负责
fc-garrison = { $army }加入{ $city }的守军
fc-muster = { $city }最多{ $men }人出城，加入{ $army }
fc-join = { $army }并入{ $into }
fc-disband = { $army }解散
fc-order = { $army }：{ $order }
fc-order-kind = { $kind ->
    [hold] 原地驻守
    [move] 行军前往{ $target }
    [attack] 在{ $target }发动进攻
    [besiege] 围攻{ $target }
    [relieve] 行军前往{ $target }解围
    [raid] 趁夜袭击{ $target }的敌军
    [pursue] 追击{ $target }
    [garrison] 加入{ $target }的守军
    [withdraw] 取道{ $target }撤退
   *[disband] 解散
}
fc-command = { $character }接掌{ $army }的指挥权
fc-no-command = { $army }失去主将
fc-move-court = 朝廷与皇帝在{ $men }人护卫下启程前往{ $place }；能赶到沿途道路的金军骑兵可能会追上他们
fc-resume-plan = { $army }恢复自己原定的方略
fc-new-plan = { $army }获授新的作战方略
fc-open-decision = 引出另一项决策：{ $decision }
fc-weighs = 计入「{ $event }」的权衡：{ $factor } { $points }
fc-ends = 游戏结束：{ $outcome }
fc-start-siege = { $army }开始围攻{ $city }
fc-end-siege = { $city }的围城结束
fc-assault = { $army }强攻{ $city }的城墙
fc-sally = { $men }人从{ $city }出城突击
fc-capture = { $city }转归{ $side ->
    [song] 宋
   *[jin] 金
}方
fc-chance = 有{ $chance }%的概率：
fc-if = 若{ $condition }：
fc-unless = 若并非{ $condition }：
fc-otherwise = 否则：

## Conditions in words.
fc-at-least = 至少{ $n }
fc-at-most = 至多{ $n }
fc-cond-always = 始终成立
fc-cond-never = 永不成立
fc-cond-flag = 「{ $flag }」成立
fc-cond-chose = 陛下选择了「{ $option }」
fc-cond-decided = 已就「{ $decision }」作出决策
fc-cond-happened = 「{ $event }」已经发生
fc-cond-reached = 达成结局「{ $outcome }」
fc-cond-date-from = 日期为{ $date }或之后
fc-cond-date-before = 日期在{ $date }之前
fc-cond-controls = { $side ->
    [song] 宋
   *[jin] 金
}方控制{ $place }
fc-cond-besieged = { $city }被围
fc-cond-walls-fallen = { $city }的城墙已失守
fc-cond-army-at = { $army }位于{ $place }
fc-cond-army-is = { $army }{ $state ->
    [active] 在战场上
    [besieging] 正在围攻一座城
    [withdrawing] 正在归途中
    [routed] 已被击溃
    [gone] 已不在战场
    [destroyed] 已被歼灭
   *[dispersed] 已不战而散
}
fc-cond-troops-near = 距{ $place }{ $km }公里以内的{ $side ->
    [song] 宋
   *[jin] 金
}军人数{ $cmp }
fc-cond-status = { $character }{ $status ->
    [in_office] 在任
    [out_of_office] 无官职
    [dismissed] 已被罢免
    [exiled] 遭流放
    [hostage] 身为人质
    [captured] 已被俘
    [fled] 已出逃
   *[dead] 已身故
}
fc-cond-influence = { $faction }影响力{ $cmp }
fc-cond-authority = 陛下的威望{ $cmp }
fc-cond-city-morale = { $city }士气{ $cmp }
fc-cond-food-days = { $city }的粮食可支{ $cmp }日
fc-cond-grievance = 金人怨愤{ $cmp }
fc-cond-treaty = 和议{ $state ->
    [accepted] 已被接受
    [broken] 已破裂
   *[none] 尚未订立
}
fc-cond-treaty-made = 已与金人订立和议
fc-cond-terms = 金人的条件正在议中
fc-cond-paid = 已付赔款的比例{ $cmp }
fc-cond-ceded = { $city }已割让
fc-cond-hostage = { $character }身为人质
fc-cond-court-at = 朝廷在{ $place }
fc-cond-siege-days = { $city }已被围{ $cmp }日
fc-cond-battle-at = { $place }已发生过战斗
fc-cond-army-fought = { $army }已经交战过
fc-cond-unordered = { $army }尚未接到任何命令
fc-cond-hostages-held = 金人扣押的人质{ $cmp }名
fc-cond-cessions-pending = 条件中列有尚未割让的城池
fc-cond-handed-over = { $city }已移交金人
fc-cond-army-supply = { $army }的粮食可支{ $cmp }日
fc-cond-measure = 目前的局势容许
fc-cond-all = { $conditions }
fc-cond-any = 下列其中一项：{ $conditions }
fc-cond-not = 并非（{ $condition }）
