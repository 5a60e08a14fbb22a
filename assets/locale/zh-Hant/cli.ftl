# The command line: the outcome table and the list of decisions.

table-intro = 以 `jingkang table` 測得（每個隨遊戲附帶的策略各用種子 1–{ $runs }；`cargo test --test docs` 會核對這張表與模型得出的結果一致）。
table-policy = 劇本與策略
table-fell = 京城陷落
table-outcomes = 結局
table-median = 日期中位數
table-row = { $scenario }：{ $policy }
table-share = { $outcome } { $share }%
table-falls = { $date }陷落
table-ends = { $date }結束
table-written = { $path }：表格已寫入
table-no-block = { $path }：沒有可替換的 `<!-- outcome-table -->` 區塊；請在表格應在的位置加上兩行標記

cli-order-refused = 警告：{ $date }：給 `{ $army }` 的命令被拒絕：{ $reason }
cli-branched = 新支線「{ $line }」已分出，「{ $from }」仍原樣保留；兩者都存在{ $save }中（以 `jingkang play --load` 遊玩，以 `jingkang export … --against “{ $from }”` 比較兩者）。
cli-no-such-line = 存檔中沒有支線「{ $line }」；其中的支線為：{ $lines }。
cli-nothing-played = { $problems }個問題；沒有進行任何對局

decisions-heading = { $title }（{ $id }）
decisions-window-between = { $from }至{ $until }
decisions-window-from = 自{ $from }起
decisions-window-until = 至{ $until }為止
decisions-window-trigger = 觸發條件成立時
decisions-window-off-track = { $window }，偏離史實進程
decisions-line = { $id }  { $title }  [{ $window }]
decisions-mark-historical = 史實
decisions-mark-default = 預設
decisions-mark-conditional = 只在某些情況下出現
decisions-marks = {"  "}（{ $marks }）
cli-problems-found = 發現{ $problems }個問題

validate-ok = { $path }：檢查通過
validate-ok-mod = { $path }：檢查通過（模組的清單檔、清單中列出的每個劇本，以及 policies/ 和 exercises/ 資料夾中的策略與課堂練習）
validate-ok-library = { $path }：檢查通過（只檢查格式：驗證引用它的劇本時，才會交叉核對各個 id 與數字）

# `jingkang explore`: shares with their 95% intervals (Wilson), dates as median and quartiles.
explore-heading = { $title }——每個策略各推演{ $runs }次，從種子{ $seed }開始
explore-arm = { $label }（{ $policy }）
explore-arm-varied = 在{ $decision }選{ $label }，其餘依照{ $policy }
explore-fallen = 京城在{ $share }%的對局中陷落（95% 信賴區間：{ $low }–{ $high }%）。
explore-falls = 陷落於{ $dates }。
explore-ends = 遊戲結束於{ $dates }。
explore-dates = { $median }（半數在{ $q1 }至{ $q3 }之間）
explore-date = { $median }（至少半數在這一天）
explore-outcomes = 結局：
explore-outcome = { $title }：{ $share }%（{ $low }–{ $high }%）
explore-milestones = 達成的里程碑：
explore-milestone = { $title }：{ $share }%（{ $low }–{ $high }%），{ $dates }
explore-decisions = 出現過的決策，以及所作的選擇：
explore-decision = { $title }：{ $share }%（{ $low }–{ $high }%）；{ $taken }
explore-taken = { $option }（{ $runs }次）
explore-money = 遊戲結束時，國庫存有{ $treasury }兩（折合白銀，中位數），已付給金人{ $paid }兩。
explore-casualties = { $side ->
        [song] 宋方
       *[jin] 金方
    }損失{ $median }人（中位數；半數對局在{ $q1 }至{ $q3 }之間）：戰鬥中損失{ $fighting }人，因困苦與飢餓損失{ $hardship }人，逃亡{ $desertion }人，隨城池陷落損失{ $captured }人（各為中位數）。
explore-verdict = { $direction ->
        [raises] 與{ $baseline }相比，{ $arm }使京城陷落的機率提高{ $points }個百分點（95% 信賴區間：{ $low }至{ $high }）。
        [lowers] 與{ $baseline }相比，{ $arm }使京城陷落的機率降低{ $points }個百分點（95% 信賴區間：{ $low }至{ $high }）。
       *[same] 與{ $baseline }相比，{ $arm }沒有明顯改變京城陷落的機率（差異為{ $points }個百分點，95% 信賴區間：{ $low }至{ $high }）。
    }

# `jingkang bench`: the playouts against the baseline of the same run.
bench-heading = 隨機策略，每個劇本在{ $threads }個執行緒上推演{ $runs }次。基準：在相同的執行緒上，以相同的次數建立劇本的世界。
bench-line = { $scenario }：每秒{ $rate }次推演；1,000次需{ $thousand }秒；單一執行緒每次推演{ $ms }毫秒（{ $turns }回合，每回合{ $turn_us }微秒）；一次推演的耗時相當於建立{ $ratio }次世界；共{ $outcomes }種不同的結局

# `jingkang mods`: the mods found, each with its scenarios, or why it cannot be played.
mods-none = 你還沒有自己的模組。請把模組的資料夾放進{ $folder }，或用 --mods PATH 指定一個。
mods-mod = { $name }（{ $id } { $version }，作者：{ $authors }，授權：{ $licence }），位於{ $folder }
mods-scenario = {"  "}{ $id }：{ $title }（jingkang play { $path }）
mods-scenario-broken = {"  "}{ $file }：無法遊玩：
mods-broken = { $folder }：有錯誤，無法遊玩：

# `jingkang new-scenario NAME`
new-scenario-written = 已在{ $folder }寫入模組 `{ $name }`。檢查它：jingkang validate { $folder }。遊玩它：jingkang play { $scenario }。把這個資料夾放進{ $mods }，就能在選單的「模組」下找到它。docs/modding.md 對每一行都有說明。
new-scenario-bad-name = `{ $name }` 不能作為模組名稱：請用小寫字母、數字和 `_`，例如 `siege_of_huaizhou`
new-scenario-exists = { $folder }已經存在：請換一個名稱，或把那個資料夾移走
new-scenario-cannot-write = 無法寫入{ $folder }：{ $error }

## `jingkang ids`: what a scenario or library defines, list by list.
ids-places = 地點（{ $count }）：
ids-characters = 人物（{ $count }）：
ids-factions = 派系（{ $count }）：
ids-sources = 史料來源（{ $count }）：
ids-offices = 官職（{ $count }）：
ids-cities = 城池（{ $count }），及開局時由哪一方控制：
ids-armies = 軍隊（{ $count }）：
ids-decisions = 決策（{ $count }；`jingkang decisions` 會列出各決策的選項）：
ids-events = 事件（{ $count }）：
ids-line = { $id }  { $name }
ids-line-kind = { $id }  { $name }（{ $kind }）

## `simulate`: one game
sim-heading = { $title }——種子 { $seed }，策略：{ $policy }
sim-outcome = 結局：{ $outcome }（{ $id }），於 { $date }，共 { $turns } 回合
sim-milestones = 里程碑：
sim-milestone = { $title }（{ $id }）
sim-capital-fell = 京城於 { $date } 陷落。
sim-capital-held = 京城未陷落。
sim-decisions = 決策：
sim-decision = { $title }：{ $label }（{ $historical ->
    [yes] 與史實相同
   *[no] 與史實不同
}）
sim-refused-heading = 策略下達而遭遊戲拒絕的命令：
sim-refused = { $army }：{ $reason }
sim-chronicle = 紀事：
sim-why = 緣由：{ $why }

## `simulate --runs`: many games
batch-heading = { $title }——自種子 { $seed } 起共 { $runs } 局，策略：{ $policy }
batch-fallen = 京城陷落的局數佔 { $share }%
batch-median-fall = 京城陷落日期的中位數：{ $date }
batch-median-end = 結束日期的中位數：{ $date }
batch-outcomes = 結局：
batch-milestones = 里程碑（達成局數的比例、日期中位數、史實日期；史料未載日期者記為 —）：
batch-no-date = —

## `scenarios`
cli-scenario = { $title }（{ $start } 至 { $end }）

## `translate`
cli-translate-written = 已寫入 { $path }：共 { $count } 段文字，尚有 { $missing } 段待譯。
