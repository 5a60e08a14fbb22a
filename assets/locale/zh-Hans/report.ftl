# Exported reports: `jingkang export` and `jingkang explore --report`.

report-lines-title = { $scenario }：同一局游戏的两条支线
report-game-title = { $scenario }：一局游戏与史实对照
report-game-ended = { $line }于{ $date }结束，共{ $turns }回合：{ $outcome }。
report-history-ended = 以相同的种子、依照钦宗的选择进行，游戏于{ $date }结束，共{ $turns }回合：{ $outcome }。
report-other-line-ended = { $line }于{ $date }结束，共{ $turns }回合：{ $outcome }。
report-line-named = 支线「{ $line }」
report-line-side = { $side ->
        [song] 宋
       *[jin] 金
    }（{ $line }）
report-parting-heading = 两条支线的分岔点
report-parting = { $date }，在「{ $decision }」，支线「{ $ours }」选了「{ $option }」，而支线「{ $theirs }」选的是「{ $was }」。在此之前，两者是同一局游戏，每一步都相同；以下是从分岔那一刻起，各自的纪事所记载的内容。
report-parting-elsewhere = 两条支线于{ $date }在「{ $decision }」分岔，支线「{ $ours }」在这里选了「{ $option }」。在此之前，两者是同一局游戏，每一步都相同；以下是从分岔那一刻起，各自的纪事所记载的内容。
report-parting-chronicle = { $line }：分岔之后
report-decisions-heading = 你的决策与钦宗的决策对照
report-no-decisions = 这局游戏中没有作出任何决策。
report-col-decision = 决策
report-col-date = 日期
report-col-yours = 你的选择
report-col-qinzong = 钦宗的选择
report-same-choice = 相同
report-never-arose = 史实中未曾出现
report-by-default = { $label }（无人作出选择，时机已过）
report-details-heading = 每项决策：其后的发展与史料来源
report-followed = 本局中随后发生的事：
report-your-road = 史家对你所走的路的看法：{ $note }
report-in-history = 史实中发生的事：{ $note }
report-sources = 史料来源：
report-source = { $title }（{ $url }）
report-milestones-heading = 里程碑与史实对照
report-col-milestone = 里程碑
report-col-history = 史实
report-col-apart = 本局与史实相比
report-not-reached = 未达成
report-not-in-history = 史实中未发生
report-days-apart = { $direction ->
        [later] 晚{ $days }天
        [earlier] 早{ $days }天
       *[same] 同一天
    }
report-charts-heading = 局势随时间的变化
report-charts-explained = 每张图以实线表示本局，以虚线表示以相同种子、依照钦宗的选择进行的那一局。京城附近的兵员，指距京城{ $km }公里以内的武装人员；京城的守军算入控制京城的一方。
report-charts-explained-lines = 每张图以实线表示支线「{ $ours }」，以虚线表示支线「{ $theirs }」。京城附近的兵员，指距京城{ $km }公里以内的武装人员；京城的守军算入控制京城的一方。
report-chart-morale = 京城士气（0–100）
report-chart-authority = 皇帝威望（0–100）
report-chart-near = 京城附近的武装兵员
report-chart-treasury = 国库（两，折合白银）
report-chart-grievance = 金人怨愤（0–100）
report-chart-losses = 累计损失人数
report-line-game = 本局
report-line-history = 钦宗的选择
report-casualties-heading = 人员损失
report-col-line = 阵营与对局
report-col-fighting = 战斗中
report-col-hardship = 困苦与饥饿
report-col-desertion = 逃亡
report-col-captured = 随城池陷落
report-col-total = 合计
report-chronicle-heading = 本局纪事
report-chronicle-line = { $date }：{ $text }
report-reproduce-heading = 如何重现这份报告
report-reproduce = 这局游戏使用剧本{ $scenario }（指纹{ $fingerprint }），从种子{ $seed }开始，依照 game.ron（与本报告放在一起的存档）中的{ $commands }条指令进行。任何装有 Jingkang 的人都能逐步回放这局游戏，或重新生成这份报告：
report-explore-title = { $scenario }：每个策略各{ $runs }局
report-explore-intro = 每个策略各进行{ $runs }局，使用种子{ $first }至{ $last }：每个策略都用同一组种子，因此各策略遇到的运气相同。各项比例都附有 95% 置信区间（Wilson 法）；两个策略之间的差异也附有其本身的置信区间（Newcombe 法），只有当这个区间不包含零时，才称为明显的差异。
report-explore-capital = 京城的陷落
report-col-policy = 策略
report-col-falls = 京城陷落
report-col-fall-dates = 陷落时间
report-col-ends = 游戏结束时间
report-col-outcome = 结局
report-col-share = 对局比例（95% 置信区间）
report-col-when = 时间
report-col-reached = 出现的对局比例（95% 置信区间）
report-col-taken = 所作的选择（局数）
report-share = { $share }%（{ $low }–{ $high }%）
report-chart-falls = 京城陷落的对局比例，附 95% 置信区间
report-explore-reproduce = 进行这些对局的指令如下；本报告旁的 runs.csv 每局一行。

# How two games differ, for the historical track.
compare-towns-lost = 在你的对局中由金人控制、在钦宗的对局中则不然：{ $towns }。
compare-towns-kept = 在钦宗的对局中由金人控制、在你的对局中则不然：{ $towns }。
compare-capital-morale = 京城士气：你的对局为{ $ours }，钦宗的对局为{ $theirs }。
compare-authority = 皇帝威望：你的对局为{ $ours }，钦宗的对局为{ $theirs }。
compare-treasury = 国库：你的对局为{ $ours }两（折合白银），钦宗的对局为{ $theirs }两。
compare-grievance = 金人怨愤：你的对局为{ $ours }，钦宗的对局为{ $theirs }。
compare-near-capital = 距京城{ $km }公里以内的{ $side ->
        [song] 宋
       *[jin] 金
    }方兵员：你的对局为{ $ours }人，钦宗的对局为{ $theirs }人。
compare-office = { $office }：你的对局为{ $ours }，钦宗的对局为{ $theirs }。
