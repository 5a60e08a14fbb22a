# The command line: the outcome table and the list of decisions.

table-intro = 以 `jingkang table` 测得（每个随游戏附带的策略各用种子 1–{ $runs }；`cargo test --test docs` 会核对这张表与模型得出的结果一致）。
table-policy = 剧本与策略
table-fell = 京城陷落
table-outcomes = 结局
table-median = 日期中位数
table-row = { $scenario }：{ $policy }
table-share = { $outcome } { $share }%
table-falls = { $date }陷落
table-ends = { $date }结束
table-written = { $path }：表格已写入
table-no-block = { $path }：没有可替换的 `<!-- outcome-table -->` 区块；请在表格应在的位置加上两行标记

cli-order-refused = 警告：{ $date }：给 `{ $army }` 的命令被拒绝：{ $reason }
cli-branched = 新支线「{ $line }」已分出，「{ $from }」仍原样保留；两者都存在{ $save }中（以 `jingkang play --load` 游玩，以 `jingkang export … --against “{ $from }”` 比较两者）。
cli-no-such-line = 存档中没有支线「{ $line }」；其中的支线为：{ $lines }。
cli-nothing-played = { $problems }个问题；没有进行任何对局

decisions-heading = { $title }（{ $id }）
decisions-window-between = { $from }至{ $until }
decisions-window-from = 自{ $from }起
decisions-window-until = 至{ $until }为止
decisions-window-trigger = 触发条件成立时
decisions-window-off-track = { $window }，偏离史实进程
decisions-line = { $id }  { $title }  [{ $window }]
decisions-mark-historical = 史实
decisions-mark-default = 默认
decisions-mark-conditional = 只在某些情况下出现
decisions-marks = {"  "}（{ $marks }）
cli-problems-found = 发现{ $problems }个问题

validate-ok = { $path }：检查通过
validate-ok-mod = { $path }：检查通过（模组的清单文件、清单中列出的每个剧本，以及 policies/ 和 exercises/ 文件夹中的策略与课堂练习）
validate-ok-library = { $path }：检查通过（只检查格式：验证引用它的剧本时，才会交叉核对各个 id 与数字）

# `jingkang explore`: shares with their 95% intervals (Wilson), dates as median and quartiles.
explore-heading = { $title }——每个策略各推演{ $runs }次，从种子{ $seed }开始
explore-arm = { $label }（{ $policy }）
explore-arm-varied = 在{ $decision }选{ $label }，其余依照{ $policy }
explore-fallen = 京城在{ $share }%的对局中陷落（95% 置信区间：{ $low }–{ $high }%）。
explore-falls = 陷落于{ $dates }。
explore-ends = 游戏结束于{ $dates }。
explore-dates = { $median }（半数在{ $q1 }至{ $q3 }之间）
explore-date = { $median }（至少半数在这一天）
explore-outcomes = 结局：
explore-outcome = { $title }：{ $share }%（{ $low }–{ $high }%）
explore-milestones = 达成的里程碑：
explore-milestone = { $title }：{ $share }%（{ $low }–{ $high }%），{ $dates }
explore-decisions = 出现过的决策，以及所作的选择：
explore-decision = { $title }：{ $share }%（{ $low }–{ $high }%）；{ $taken }
explore-taken = { $option }（{ $runs }次）
explore-money = 游戏结束时，国库存有{ $treasury }两（折合白银，中位数），已付给金人{ $paid }两。
explore-casualties = { $side ->
        [song] 宋方
       *[jin] 金方
    }损失{ $median }人（中位数；半数对局在{ $q1 }至{ $q3 }之间）：战斗中损失{ $fighting }人，因困苦与饥饿损失{ $hardship }人，逃亡{ $desertion }人，随城池陷落损失{ $captured }人（各为中位数）。
explore-verdict = { $direction ->
        [raises] 与{ $baseline }相比，{ $arm }使京城陷落的概率提高{ $points }个百分点（95% 置信区间：{ $low }至{ $high }）。
        [lowers] 与{ $baseline }相比，{ $arm }使京城陷落的概率降低{ $points }个百分点（95% 置信区间：{ $low }至{ $high }）。
       *[same] 与{ $baseline }相比，{ $arm }没有明显改变京城陷落的概率（差异为{ $points }个百分点，95% 置信区间：{ $low }至{ $high }）。
    }

# `jingkang bench`: the playouts against the baseline of the same run.
bench-heading = 随机策略，每个剧本在{ $threads }个线程上推演{ $runs }次。基准：在相同的线程上，以相同的次数建立剧本的世界。
bench-line = { $scenario }：每秒{ $rate }次推演；1,000次需{ $thousand }秒；单个线程每次推演{ $ms }毫秒（{ $turns }回合，每回合{ $turn_us }微秒）；一次推演的耗时相当于建立{ $ratio }次世界；共{ $outcomes }种不同的结局

# `jingkang mods`: the mods found, each with its scenarios, or why it cannot be played.
mods-none = 你还没有自己的模组。请把模组的文件夹放进{ $folder }，或用 --mods PATH 指定一个。
mods-mod = { $name }（{ $id } { $version }，作者：{ $authors }，许可证：{ $licence }），位于{ $folder }
mods-scenario = {"  "}{ $id }：{ $title }（jingkang play { $path }）
mods-scenario-broken = {"  "}{ $file }：无法游玩：
mods-broken = { $folder }：有错误，无法游玩：

# `jingkang new-scenario NAME`
new-scenario-written = 已在{ $folder }写入模组 `{ $name }`。检查它：jingkang validate { $folder }。游玩它：jingkang play { $scenario }。把这个文件夹放进{ $mods }，就能在菜单的「模组」下找到它。docs/modding.md 对每一行都有说明。
new-scenario-bad-name = `{ $name }` 不能作为模组名称：请用小写字母、数字和 `_`，例如 `siege_of_huaizhou`
new-scenario-exists = { $folder }已经存在：请换一个名称，或把那个文件夹移走
new-scenario-cannot-write = 无法写入{ $folder }：{ $error }

## `jingkang ids`: what a scenario or library defines, list by list.
ids-places = 地点（{ $count }）：
ids-characters = 人物（{ $count }）：
ids-factions = 派系（{ $count }）：
ids-sources = 史料来源（{ $count }）：
ids-offices = 官职（{ $count }）：
ids-cities = 城池（{ $count }），及开局时由哪一方控制：
ids-armies = 军队（{ $count }）：
ids-decisions = 决策（{ $count }；`jingkang decisions` 会列出各决策的选项）：
ids-events = 事件（{ $count }）：
ids-line = { $id }  { $name }
ids-line-kind = { $id }  { $name }（{ $kind }）

## `simulate`: one game
sim-heading = { $title }——种子 { $seed }，策略：{ $policy }
sim-outcome = 结局：{ $outcome }（{ $id }），于 { $date }，共 { $turns } 回合
sim-milestones = 里程碑：
sim-milestone = { $title }（{ $id }）
sim-capital-fell = 京城于 { $date } 陷落。
sim-capital-held = 京城未陷落。
sim-decisions = 决策：
sim-decision = { $title }：{ $label }（{ $historical ->
    [yes] 与史实相同
   *[no] 与史实不同
}）
sim-refused-heading = 策略下达而遭游戏拒绝的命令：
sim-refused = { $army }：{ $reason }
sim-chronicle = 纪事：
sim-why = 缘由：{ $why }

## `simulate --runs`: many games
batch-heading = { $title }——自种子 { $seed } 起共 { $runs } 局，策略：{ $policy }
batch-fallen = 京城陷落的局数占 { $share }%
batch-median-fall = 京城陷落日期的中位数：{ $date }
batch-median-end = 结束日期的中位数：{ $date }
batch-outcomes = 结局：
batch-milestones = 里程碑（达成局数的比例、日期中位数、史实日期；史料未载日期者记为 —）：
batch-no-date = —

## `scenarios`
cli-scenario = { $title }（{ $start } 至 { $end }）

## `translate`
cli-translate-written = 已写入 { $path }：共 { $count } 段文字，尚有 { $missing } 段待译。
