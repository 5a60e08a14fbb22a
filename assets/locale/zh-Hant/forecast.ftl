# The expected effects of a decision's option, shown under it. Translators: keep the
# $names; `$sign` is `up` or `down` and `$delta` the size of the change.

fc-appoint = { $character }出任{ $office }
fc-dismiss = { $character }被罷免
fc-exile = { $character }被流放
fc-status = { $character }：{ $status ->
    [in_office] 就任官職
    [out_of_office] 無官職
    [dismissed] 被罷免
    [exiled] 被流放
    [hostage] 成為人質
    [captured] 被俘
    [fled] 出逃
   *[dead] 身故
}
fc-influence = { $faction }影響力{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-authority = 陛下的威望{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-city-morale = { $city }士氣{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-army-morale = { $army }士氣{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-grievance = 金人怨憤{ $sign ->
    [up] +
   *[down] −
}{ $delta }
fc-treasury-spends = 國庫支出{ $goods }
fc-treasury-receives = 國庫收入{ $goods }
fc-confiscate = 沒收{ $city }{ $share }%的金銀
fc-demand = 金人要求{ $items }
fc-demand-goods = { $goods }
fc-demand-cession = 割讓{ $cities }
fc-demand-hostages = { $hostages }名顯貴作為人質
fc-accept = 接受目前議中的條件：締結和議
fc-counter-offer = 還價：賠款的{ $share }%{ $cessions ->
    [dropped] ，不割讓城池
   *[kept] {""}
}
fc-reject = 拒絕金人的條件
fc-pay = 從國庫支付尚欠的賠款，最多付其中的{ $share }%
fc-cede = 下旨將{ $cities }割讓給金人；各城自行決定是否奉旨
fc-no-fighting = 陛下的軍隊不得進攻、夜襲、圍攻或追擊，已派去作戰的軍隊也要收兵，直到日後另有決策解除這項禁令
fc-fighting-allowed = 解除作戰禁令
fc-cede-recognised = 下旨承認金人據有{ $cities }（這些城池已在金人手中）
fc-break-treaty = 和議破裂
fc-hostage = { $character }前往金營充當人質
fc-release = { $character }獲釋
fc-spawn = 一支新軍：{ $army }，{ $men }人，位於{ $place }
fc-reinforce = { $men }人增援{ $army }
fc-levy = 在{ $city }徵召{ $men }人
fc-discharge = 遣散{ $city }最多{ $men }人回鄉
fc-governor = { $character }負責{ $city }的城防
fc-no-governor = { $city }的城防無人負責
fc-garrison = { $army }加入{ $city }的守軍
fc-muster = { $city }最多{ $men }人出城，加入{ $army }
fc-join = { $army }併入{ $into }
fc-disband = { $army }解散
fc-order = { $army }：{ $order }
fc-order-kind = { $kind ->
    [hold] 原地駐守
    [move] 行軍前往{ $target }
    [attack] 在{ $target }發動進攻
    [besiege] 圍攻{ $target }
    [relieve] 行軍前往{ $target }解圍
    [raid] 趁夜襲擊{ $target }的敵軍
    [pursue] 追擊{ $target }
    [garrison] 加入{ $target }的守軍
    [withdraw] 取道{ $target }撤退
   *[disband] 解散
}
fc-command = { $character }接掌{ $army }的指揮權
fc-no-command = { $army }失去主將
fc-move-court = 朝廷與皇帝在{ $men }人護衛下啟程前往{ $place }；能趕到沿途道路的金軍騎兵可能會追上他們
fc-resume-plan = { $army }恢復自己原定的方略
fc-new-plan = { $army }獲授新的作戰方略
fc-open-decision = 引出另一項決策：{ $decision }
fc-weighs = 計入「{ $event }」的權衡：{ $factor } { $points }
fc-ends = 遊戲結束：{ $outcome }
fc-start-siege = { $army }開始圍攻{ $city }
fc-end-siege = { $city }的圍城結束
fc-assault = { $army }強攻{ $city }的城牆
fc-sally = { $men }人從{ $city }出城突擊
fc-capture = { $city }轉歸{ $side ->
    [song] 宋
   *[jin] 金
}方
fc-chance = 有{ $chance }%的機率：
fc-if = 若{ $condition }：
fc-unless = 若並非{ $condition }：
fc-otherwise = 否則：

## Conditions in words.
fc-at-least = 至少{ $n }
fc-at-most = 至多{ $n }
fc-cond-always = 始終成立
fc-cond-never = 永不成立
fc-cond-flag = 「{ $flag }」成立
fc-cond-chose = 陛下選擇了「{ $option }」
fc-cond-decided = 已就「{ $decision }」作出決策
fc-cond-happened = 「{ $event }」已經發生
fc-cond-reached = 達成結局「{ $outcome }」
fc-cond-date-from = 日期為{ $date }或之後
fc-cond-date-before = 日期在{ $date }之前
fc-cond-controls = { $side ->
    [song] 宋
   *[jin] 金
}方控制{ $place }
fc-cond-besieged = { $city }被圍
fc-cond-walls-fallen = { $city }的城牆已失守
fc-cond-army-at = { $army }位於{ $place }
fc-cond-army-is = { $army }{ $state ->
    [active] 在戰場上
    [besieging] 正在圍攻一座城
    [withdrawing] 正在歸途中
    [routed] 已被擊潰
    [gone] 已不在戰場
    [destroyed] 已被殲滅
   *[dispersed] 已不戰而散
}
fc-cond-troops-near = 距{ $place }{ $km }公里以內的{ $side ->
    [song] 宋
   *[jin] 金
}軍人數{ $cmp }
fc-cond-status = { $character }{ $status ->
    [in_office] 在任
    [out_of_office] 無官職
    [dismissed] 已被罷免
    [exiled] 遭流放
    [hostage] 身為人質
    [captured] 已被俘
    [fled] 已出逃
   *[dead] 已身故
}
fc-cond-influence = { $faction }影響力{ $cmp }
fc-cond-authority = 陛下的威望{ $cmp }
fc-cond-city-morale = { $city }士氣{ $cmp }
fc-cond-food-days = { $city }的糧食可支{ $cmp }日
fc-cond-grievance = 金人怨憤{ $cmp }
fc-cond-treaty = 和議{ $state ->
    [accepted] 已被接受
    [broken] 已破裂
   *[none] 尚未訂立
}
fc-cond-treaty-made = 已與金人訂立和議
fc-cond-terms = 金人的條件正在議中
fc-cond-paid = 已付賠款的比例{ $cmp }
fc-cond-ceded = { $city }已割讓
fc-cond-hostage = { $character }身為人質
fc-cond-court-at = 朝廷在{ $place }
fc-cond-siege-days = { $city }已被圍{ $cmp }日
fc-cond-battle-at = { $place }已發生過戰鬥
fc-cond-army-fought = { $army }已經交戰過
fc-cond-unordered = { $army }尚未接到任何命令
fc-cond-hostages-held = 金人扣押的人質{ $cmp }名
fc-cond-cessions-pending = 條件中列有尚未割讓的城池
fc-cond-handed-over = { $city }已移交金人
fc-cond-army-supply = { $army }的糧食可支{ $cmp }日
fc-cond-measure = 目前的局勢容許
fc-cond-all = { $conditions }
fc-cond-any = 下列其中一項：{ $conditions }
fc-cond-not = 並非（{ $condition }）
