# Exported reports: `jingkang export` and `jingkang explore --report`.

report-lines-title = { $scenario }：同一局遊戲的兩條支線
report-game-title = { $scenario }：一局遊戲與史實對照
report-game-ended = { $line }於{ $date }結束，共{ $turns }回合：{ $outcome }。
report-history-ended = 以相同的種子、依照欽宗的選擇進行，遊戲於{ $date }結束，共{ $turns }回合：{ $outcome }。
report-other-line-ended = { $line }於{ $date }結束，共{ $turns }回合：{ $outcome }。
report-line-named = 支線「{ $line }」
report-line-side = { $side ->
        [song] 宋
       *[jin] 金
    }（{ $line }）
report-parting-heading = 兩條支線的分岔點
report-parting = { $date }，在「{ $decision }」，支線「{ $ours }」選了「{ $option }」，而支線「{ $theirs }」選的是「{ $was }」。在此之前，兩者是同一局遊戲，每一步都相同；以下是從分岔那一刻起，各自的紀事所記載的內容。
report-parting-elsewhere = 兩條支線於{ $date }在「{ $decision }」分岔，支線「{ $ours }」在這裡選了「{ $option }」。在此之前，兩者是同一局遊戲，每一步都相同；以下是從分岔那一刻起，各自的紀事所記載的內容。
report-parting-chronicle = { $line }：分岔之後
report-decisions-heading = 你的決策與欽宗的決策對照
report-no-decisions = 這局遊戲中沒有作出任何決策。
report-col-decision = 決策
report-col-date = 日期
report-col-yours = 你的選擇
report-col-qinzong = 欽宗的選擇
report-same-choice = 相同
report-never-arose = 史實中未曾出現
report-by-default = { $label }（無人作出選擇，時機已過）
report-details-heading = 每項決策：其後的發展與史料來源
report-followed = 本局中隨後發生的事：
report-your-road = 史家對你所走的路的看法：{ $note }
report-in-history = 史實中發生的事：{ $note }
report-sources = 史料來源：
report-source = { $title }（{ $url }）
report-milestones-heading = 里程碑與史實對照
report-col-milestone = 里程碑
report-col-history = 史實
report-col-apart = 本局與史實相比
report-not-reached = 未達成
report-not-in-history = 史實中未發生
report-days-apart = { $direction ->
        [later] 晚{ $days }天
        [earlier] 早{ $days }天
       *[same] 同一天
    }
report-charts-heading = 局勢隨時間的變化
report-charts-explained = 每張圖以實線表示本局，以虛線表示以相同種子、依照欽宗的選擇進行的那一局。京城附近的兵員，指距京城{ $km }公里以內的武裝人員；京城的守軍算入控制京城的一方。
report-charts-explained-lines = 每張圖以實線表示支線「{ $ours }」，以虛線表示支線「{ $theirs }」。京城附近的兵員，指距京城{ $km }公里以內的武裝人員；京城的守軍算入控制京城的一方。
report-chart-morale = 京城士氣（0–100）
report-chart-authority = 皇帝威望（0–100）
report-chart-near = 京城附近的武裝兵員
report-chart-treasury = 國庫（兩，折合白銀）
report-chart-grievance = 金人怨憤（0–100）
report-chart-losses = 累計損失人數
report-line-game = 本局
report-line-history = 欽宗的選擇
report-casualties-heading = 人員損失
report-col-line = 陣營與對局
report-col-fighting = 戰鬥中
report-col-hardship = 困苦與飢餓
report-col-desertion = 逃亡
report-col-captured = 隨城池陷落
report-col-total = 合計
report-chronicle-heading = 本局紀事
report-chronicle-line = { $date }：{ $text }
report-reproduce-heading = 如何重現這份報告
report-reproduce = 這局遊戲使用劇本{ $scenario }（指紋{ $fingerprint }），從種子{ $seed }開始，依照 game.ron（與本報告放在一起的存檔）中的{ $commands }條指令進行。任何裝有 Jingkang 的人都能逐步重播這局遊戲，或重新產生這份報告：
report-explore-title = { $scenario }：每個策略各{ $runs }局
report-explore-intro = 每個策略各進行{ $runs }局，使用種子{ $first }至{ $last }：每個策略都用同一組種子，因此各策略遇到的運氣相同。各項比例都附有 95% 信賴區間（Wilson 法）；兩個策略之間的差異也附有其本身的信賴區間（Newcombe 法），只有當這個區間不包含零時，才稱為明顯的差異。
report-explore-capital = 京城的陷落
report-col-policy = 策略
report-col-falls = 京城陷落
report-col-fall-dates = 陷落時間
report-col-ends = 遊戲結束時間
report-col-outcome = 結局
report-col-share = 對局比例（95% 信賴區間）
report-col-when = 時間
report-col-reached = 出現的對局比例（95% 信賴區間）
report-col-taken = 所作的選擇（局數）
report-share = { $share }%（{ $low }–{ $high }%）
report-chart-falls = 京城陷落的對局比例，附 95% 信賴區間
report-explore-reproduce = 進行這些對局的指令如下；本報告旁的 runs.csv 每局一列。

# How two games differ, for the historical track.
compare-towns-lost = 在你的對局中由金人控制、在欽宗的對局中則不然：{ $towns }。
compare-towns-kept = 在欽宗的對局中由金人控制、在你的對局中則不然：{ $towns }。
compare-capital-morale = 京城士氣：你的對局為{ $ours }，欽宗的對局為{ $theirs }。
compare-authority = 皇帝威望：你的對局為{ $ours }，欽宗的對局為{ $theirs }。
compare-treasury = 國庫：你的對局為{ $ours }兩（折合白銀），欽宗的對局為{ $theirs }兩。
compare-grievance = 金人怨憤：你的對局為{ $ours }，欽宗的對局為{ $theirs }。
compare-near-capital = 距京城{ $km }公里以內的{ $side ->
        [song] 宋
       *[jin] 金
    }方兵員：你的對局為{ $ours }人，欽宗的對局為{ $theirs }人。
compare-office = { $office }：你的對局為{ $ours }，欽宗的對局為{ $theirs }。
