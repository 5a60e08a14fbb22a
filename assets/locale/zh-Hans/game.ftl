# The desktop game: panels, the menu, the map's tooltips and the selected army.

## Sides, statuses and kinds of place, by their stable ids
side = { $side ->
    [song] 宋
   *[jin] 金
}
status = { $status ->
    [in_office] 在任
    [out_of_office] 无官职
    [dismissed] 已被罢免
    [exiled] 已被流放
    [hostage] 在金营为人质
    [captured] 已被俘
    [fled] 已出逃
   *[dead] 已身故
}
place-kind = { $kind ->
    [capital] 京城
    [city] 城池
    [camp] 营地
    [pass] 关隘
    [ford] 渡口
    [battlefield] 战场
    [gate] 京城城门
   *[region] 地区
}

## The top bar
top-turn = 第{ $turn }回合
top-treasury = 金{ $gold }两、银{ $silver }两、绢{ $silk }匹
top-treasury-help = 国库：金、银以两计，绢以匹计
top-authority = 威望{ $authority }
top-capital = 京城：士气{ $morale }，粮食可支{ $food }日
top-end-turn = 结束回合
top-advance = 推进至有事发生
top-load = 读档
top-load-help = 读取快速存档
top-menu = 菜单
top-menu-help = Esc
top-save = 存档
top-save-help = 快速存档
status-new-game = 新游戏
settings-unreadable = 无法读取你的设置（{ $why }）：现在使用默认值；你的设置文件会保留下来，直到你更改任何一项设置为止。
decision-decider = 此事由{ $decider }决定：你代他作答。
status-advanced = 已推进{ $turns }回合

## The court
court-heading = 朝廷
court-influence = { $faction }：{ $influence }
court-office = { $office }：{ $holder }
court-office-vacant = 空缺
court-holder-faction = { $name }（{ $faction }）
court-person-status = { $name }：{ status }

## Decisions and the end
panel-decisions = 决策
decisions-none = 目前没有等待陛下决定的事。结束回合，让局势继续发展。
decision-deadline = 最迟须于{ $date }决定。届时陛下若仍未表态，朝廷将照此办理：「{ $option }」。
decisions-urged-by = 主张者：{ $people }
debrief-heading = 你的选择与钦宗的选择对照
debrief-decision = { $title }（{ $date }）
debrief-you = 你：{ $label }
debrief-as-in-history = 与史实相同。
debrief-qinzong = 钦宗：{ $label }
debrief-not-in-history = 这个时刻在史实中未曾出现。
debrief-branch = 试试：{ $label }
debrief-branch-hint = 把这局游戏回放到那个时刻，改选这个选项，然后继续玩下去。目前这局游戏会保留下来，成为一条独立的支线。
lines-heading = 这局游戏的支线
lines-current = 你正在玩支线「{ $line }」。
lines-switch = 改玩支线「{ $line }」（存于{ $date }）
lines-compare = 比较
lines-compare-help = 在下方的图表中，把支线「{ $line }」画在目前这条支线旁边，并写出两条支线并列对照的报告
lines-compared = 支线「{ $line }」已画在目前这条支线旁边；两条支线的报告：{ $path }
branch-made = 你现在玩的是支线「{ $line }」：在{ $date }之前，它与「{ $from }」是同一局游戏，到了那一天，你选了「{ $option }」。
branch-refused = 无法在那里分出支线：{ $reason }
line-switched = 你现在玩的是支线「{ $line }」。

## The chronicle
chronicle-heading = 纪事
chronicle-line = { $date }  { $text }
chronicle-why = 缘由：{ $why }
chronicle-why-click = 缘由：{ $why }
    （点击查看发生地点）

## An army, as the tooltip and the selection window describe it
army-heading = { $name }（{ side }）
army-commander = 主将：{ $commander }
army-no-commander = 无主将
army-men = { $men }人：{ $arms }
army-arm = { $arm ->
    [cavalry] 骑兵{ $n }人
    [infantry] 步兵{ $n }人
   *[militia] 民兵{ $n }人
}
army-condition = 士气{ $morale }，训练{ $training }，粮食可支{ $food }日
army-routed-until = 已溃败：正在退却，{ $until }之前不能进攻
army-train = 皇帝的车驾，正在前往{ $to }的路上：车驾自行前进，能赶到的金军骑兵可能会追上它
army-doing = { $kind ->
    [holds] 在{ $place }原地驻守
    [at] 位于{ $place }
    [marching] 行军前往{ $target }，目前行经{ $place }
    [to_besiege] 行军前往围攻{ $target }
    [besieging] 从{ $place }围攻{ $target }
    [garrisoned] 已加入{ $target }的守军
    [to_garrison] 行军前往{ $target }，加入当地的守军
    [inside] 在{ $place }城内
    [to_attack] 行军前往{ $target }发动进攻
    [to_relieve] 行军前往{ $target }解围
    [to_raid] 行军至距{ $target }一夜骑程之内，准备夜袭
    [pursuing] 追击{ $target }
    [going_home] 取道{ $target }回师，目前行经{ $place }
   *[disbanding] 正在解散
}
army-not-yours = 不归陛下指挥。
army-pick-target = 点击地图上的地点，向该地进发；或从下列地点中选择一处：
army-choose-place = 选择地点
army-towards = 前往
army-route = 沿道路{ $km }公里，约需行军{ $days }日；所带粮食可支{ $food }日
army-route-here = 已在该地。

## Order buttons
order-label = { $kind ->
    [hold] 驻守
    [move] 行军
    [attack] 进攻
    [relieve] 解围
    [raid] 夜袭
    [garrison] 入城协防
    [pursue] 追击
   *[other] { $kind }
}
order-help = { $kind ->
    [hold] 留在原地，只在遭到攻击时作战。
    [move] 沿最短的道路行军前往该地。
    [attack] 行军前往该地，与那里的敌军或城池交战。
    [relieve] 行军前往被围的城池，与围城的敌军交战。
    [raid] 行军至距该地敌营一夜骑程之内，趁夜突袭。
    [garrison] 行军入城，加入城中的守军。
    [pursue] 尾随最近一支正在归途中的敌军，攻击它的后卫。
   *[other] {""}
}

## A place
place-heading = { $name }（{ place-kind }）
city-heading = { $name }，由{ side }方控制
city-state = 城墙{ $walls }，守军{ $garrison }人，粮食可支{ $food }日，士气{ $morale }
city-state-fallen = 城墙{ $walls }，外城已失守，守军{ $garrison }人，粮食可支{ $food }日，士气{ $morale }
city-governor = 城防主官：{ $governor }
city-besieged = 自{ $since }起被{ side }军围困；围军封锁了{ $tightness }%的道路
city-besieged-already = 剧本开始之前已被{ side }军围困；围军封锁了{ $tightness }%的道路

## The menu
menu-title = 靖康
menu-new-game = 新游戏
menu-mods = 模组
menu-mod-scenario = { $title }（模组「{ $mod }」）
menu-mod-broken = { $mod }：无法游玩（将鼠标移到这里可查看原因）
menu-mod-file-broken = { $mod }，{ $file }：无法游玩（将鼠标移到这里可查看原因）
menu-mod-more-problems = ……另有{ $count }个问题：对模组的文件夹运行 `jingkang validate`，可列出全部问题。
menu-seed = 种子
menu-seed-help = 相同的剧本、种子与选择，总会得出同一局游戏。
menu-another-seed = 换一个
menu-save = 存档（快速存档）
menu-save-help = 保存正在进行的这局游戏
menu-save-overwrite = 快速存档中已有：{ $save }。要用正在进行的这局游戏覆盖它吗？
menu-save-overwrite-yes = 覆盖
menu-save-overwrite-no = 保留原存档
menu-continue = 继续（自动存档）
menu-load = 读档（快速存档）
menu-no-save = 尚无存档
menu-save-summary = { $title }，第{ $turn }回合，{ $date }
menu-save-unreadable = 无法读取：{ $error }
menu-settings = 设置
menu-ui-scale = 界面缩放
menu-smooth-lines = 平滑线条（抗锯齿）
menu-smooth-lines-help = 若由 CPU 负责绘图，一开始会关闭，因为这时它相当耗费时间。
menu-fullscreen = 全屏
menu-back = 返回游戏
menu-quit = 退出游戏

## Saving
save-saved = 已存档至{ $path }
save-loaded = 已读取{ $path }
window-no-display = 没有可以打开游戏窗口的显示环境（DISPLAY 与 WAYLAND_DISPLAY 都未设置）。请在桌面环境中运行，或在 `xvfb-run` 下运行；`jingkang simulate` 可以在没有窗口的情况下进行游戏。
load-changed-title = 这个存档的剧本已经变更
load-changed-text = { $save }是用较早版本的剧本存下的。在现在的剧本上回放，游戏未必会照原来的样子发展：选项可能在其他日子出现，存档的回放也可能在某条指令不再适用的地方停下来。
load-changed-anyway = 仍要读取
load-changed-keep = 保留目前这局
load-changed-kept = 没有读取存档。
save-autosaved = 已自动存档（第{ $turn }回合）
save-autosave-failed = 自动存档失败：{ $error }
window-title = 靖康——{ $scenario }

## The chapter card: what one part of the reign hands on to the next
card-heading = 新的一章
card-title = { $title }
card-begins = 自{ $date }起
card-history-heading = 史实中的{ $chapter }
card-carried-heading = 延续下来的局面
card-continue = 继续
card-treasury = 国库现有：{ $gold_n ->
    [0] 无金
   *[other] 金{ $gold }两
}、{ $silver_n ->
    [0] 无银
   *[other] 银{ $silver }两
}、{ $silk_n ->
    [0] 无绢
   *[other] 绢{ $silk }匹
}。
card-court = 陛下在朝廷中的威望为{ $authority }。{ $capital }
card-capital = { $walls ->
        [fallen] { $city }的外城已失守，城内尚余{ $men }人
       *[held] { $city }有{ $men }人守城
    }{ $any_inside ->
        [yes] （其中{ $inside }人属于城内的野战军）
       *[no] {""}
    }，粮食可支{ $food }日，城中百姓的士气为{ $morale }。
card-treaty = { $treaty ->
    [accepted] 与金人的和议仍然有效。
    [broken] 朝廷已背弃与金人的和议。
   *[none] 宋金之间没有任何和议。
}金人怨愤为{ $grievance }。
card-paid = 金人索取的赔款折合白银{ $demanded }两，已付{ $paid }两（{ $share }%）。
card-town = { $city }：{ $state ->
    [handed] 已向金人打开城门。
    [taken] 已被金人攻取。
    [refused] 已奉旨割让，但拒绝打开城门。
   *[held] 仍由宋方据守。
}
card-person = { $name }
card-hostages = { $people }被金人扣为人质。
card-office = { $name }任{ $office }
card-offices = 在任官员：{ $offices }。
card-army = { $army }（{ $men }人，位于{ $place }）
card-armies = { $side ->
    [song] 宋方的野战军
   *[jin] 金方的野战军
}：{ $armies }。
chronicle-all-chapters = 整局游戏
chronicle-filter-help = 只显示某一章的纪事

## Reports

report-write = 写出这局游戏的报告
report-write-help = 一份可以提交的报告：你的决策与钦宗的决策对照、里程碑与史实对照、图表、纪事，以及可回放这局游戏的存档（与 `jingkang export` 写出的相同）。
report-written = 报告已写好：{ $path }

## Exercises

top-exercise = 课堂练习
menu-exercises = 课堂练习
exercise-fixed = 这个练习固定了以下的选择：
exercise-fixed-choice = { $decision }：{ $option }
exercise-questions = 问题：
exercise-question = { $n }. { $question }
exercise-locked-option = 这个练习在这里固定了另一个选择。

## The historical track

top-history = 史实
top-history-help = 史实中这个日期前后发生了什么，以及你这局与钦宗的对局有何不同
top-lab = 实验室
top-lab-help = 让一项决策的各个选项在许多局游戏中互相比较
history-title = 史实与你的对局对照
history-coming = 史实中，从{ $date }起的三周内：
history-nothing-coming = 在这三周内，史实中没有发生剧本所标记的事件。
history-passed = 到这个日期为止，史实中已经发生的事：
history-passed-line = { $date }：{ $title }{ $reached ->
        [yes] （你的对局中也有）
       *[no] （你的对局中没有）
    }
history-choices = 你与钦宗不同的选择：
history-same-choices = 到目前为止，你的选择都与钦宗相同。
history-world = 在这个回合，你的对局与同一种子下依照钦宗的选择进行的对局相比：
history-world-same = 在这个回合，两局的局势相同。
history-no-track = 这个剧本没有可与你的对局对照的史实进程。

# The lab: one decision's options played against each other over many seeded games.
lab-title = 实验室：哪个选项最好？
lab-intro = 这项决策的每个选项都进行相同的局数，使用相同的种子，让每个选项遇到相同的运气；{ $base }
lab-base-historical = 其他每项决策都依照钦宗当时的选择。
lab-base-random = 其他每项决策都随机决定（这个剧本没有说明钦宗做了什么选择）。
lab-decision = 决策
lab-runs = 每个选项的局数
lab-runs-help = 局数越多，区间越窄：200局能分辨约十个百分点的差异，2,000局能分辨约三个百分点的差异。
lab-seed = 起始种子
lab-run = 开始对局
lab-running = 已完成{ $done }局，共{ $total }局
lab-results = { $decision }：每个选项在多局中的结果
lab-results-seeds = 每个选项{ $runs }局，种子{ $first }至{ $last }。黑线为 95% 置信区间。
lab-option = { $number }. { $option }
lab-option-historical = { $number }. { $option }（钦宗的选择）
lab-verdicts = 京城的陷落，各选项与{ $baseline }相比：
lab-measure = 显示
lab-measure-fell = 京城陷落
lab-axis-share = 对局比例（%）
lab-command = 以命令行进行同样的对局：{ $command }
lab-export = 写出报告

## Hot reload: a file of the scenario being played was saved while the game runs.
reload-broken = 剧本文件有错误：游戏照原来的剧本继续进行。
reload-broken-title = 修改后的剧本有错误
reload-broken-text = 保存的文件含有下列错误。游戏会照修改前的剧本继续进行；错误修正后再保存一次文件，游戏就会采用这些变更。
reload-broken-hide = 隐藏，直到下次保存
reload-applied = 剧本文件已变更：新的文字与规则数值从今天起生效（见纪事）。
reload-next-game = 剧本文件已变更：变更从下一局新游戏起生效。
reload-fixed = 剧本文件已恢复正确。

## The keyboard
top-keys = 按键
keys-hover = { $help }（{ $key }）
keys-title = 按键一览
keys-end-turn = 结束回合
keys-advance = 推进至有事发生
keys-save = 快速存档
keys-load = 读取快速存档
keys-history = 打开或关闭史实进程
keys-lab = 打开或关闭实验室
keys-exercise = 打开或关闭课堂练习的问题
keys-capital = 地图移回京城
keys-help = 打开或关闭这份清单
keys-menu = 菜单：新游戏、存档、设置
keys-pan = 移动地图
keys-zoom = 放大或缩小地图
keys-focus = 在按钮之间移动（决策、选项、命令）
keys-press = 按下当前选中的按钮
