# The desktop game: panels, the menu, the map's tooltips and the selected army.

## Sides, statuses and kinds of place, by their stable ids
side = { $side ->
    [song] 宋
   *[jin] 金
}
status = { $status ->
    [in_office] 在任
    [out_of_office] 無官職
    [dismissed] 已被罷免
    [exiled] 已被流放
    [hostage] 在金營為人質
    [captured] 已被俘
    [fled] 已出逃
   *[dead] 已身故
}
place-kind = { $kind ->
    [capital] 京城
    [city] 城池
    [camp] 營地
    [pass] 關隘
    [ford] 渡口
    [battlefield] 戰場
    [gate] 京城城門
   *[region] 地區
}

## The top bar
top-turn = 第{ $turn }回合
top-treasury = 金{ $gold }兩、銀{ $silver }兩、絹{ $silk }匹
top-treasury-help = 國庫：金、銀以兩計，絹以匹計
top-authority = 威望{ $authority }
top-capital = 京城：士氣{ $morale }，糧食可支{ $food }日
top-end-turn = 結束回合
top-advance = 推進至有事發生
top-load = 讀檔
top-load-help = 讀取快速存檔
top-menu = 選單
top-menu-help = Esc
top-save = 存檔
top-save-help = 快速存檔
status-new-game = 新遊戲
settings-unreadable = 無法讀取你的設定（{ $why }）：現在使用預設值；你的設定檔會保留下來，直到你更改任何一項設定為止。
decision-decider = 此事由{ $decider }決定：你代他作答。
status-advanced = 已推進{ $turns }回合

## The court
court-heading = 朝廷
court-influence = { $faction }：{ $influence }
court-office = { $office }：{ $holder }
court-office-vacant = 空缺
court-holder-faction = { $name }（{ $faction }）
court-person-status = { $name }：{ status }

## Decisions and the end
panel-decisions = 決策
decisions-none = 目前沒有等待陛下決定的事。結束回合，讓局勢繼續發展。
decision-deadline = 最遲須於{ $date }決定。屆時陛下若仍未表態，朝廷將照此辦理：「{ $option }」。
decisions-urged-by = 主張者：{ $people }
debrief-heading = 你的選擇與欽宗的選擇對照
debrief-decision = { $title }（{ $date }）
debrief-you = 你：{ $label }
debrief-as-in-history = 與史實相同。
debrief-qinzong = 欽宗：{ $label }
debrief-not-in-history = 這個時刻在史實中未曾出現。
debrief-branch = 試試：{ $label }
debrief-branch-hint = 把這局遊戲重播到那個時刻，改選這個選項，然後繼續玩下去。目前這局遊戲會保留下來，成為一條獨立的支線。
lines-heading = 這局遊戲的支線
lines-current = 你正在玩支線「{ $line }」。
lines-switch = 改玩支線「{ $line }」（存於{ $date }）
lines-compare = 比較
lines-compare-help = 在下方的圖表中，把支線「{ $line }」畫在目前這條支線旁邊，並寫出兩條支線並列對照的報告
lines-compared = 支線「{ $line }」已畫在目前這條支線旁邊；兩條支線的報告：{ $path }
branch-made = 你現在玩的是支線「{ $line }」：在{ $date }之前，它與「{ $from }」是同一局遊戲，到了那一天，你選了「{ $option }」。
branch-refused = 無法在那裡分出支線：{ $reason }
line-switched = 你現在玩的是支線「{ $line }」。

## The chronicle
chronicle-heading = 紀事
chronicle-line = { $date }  { $text }
chronicle-why = 緣由：{ $why }
chronicle-why-click = 緣由：{ $why }
    （點擊查看發生地點）

## An army, as the tooltip and the selection window describe it
army-heading = { $name }（{ side }）
army-commander = 主將：{ $commander }
army-no-commander = 無主將
army-men = { $men }人：{ $arms }
army-arm = { $arm ->
    [cavalry] 騎兵{ $n }人
    [infantry] 步兵{ $n }人
   *[militia] 民兵{ $n }人
}
army-condition = 士氣{ $morale }，訓練{ $training }，糧食可支{ $food }日
army-routed-until = 已潰敗：正在退卻，{ $until }之前不能進攻
army-train = 皇帝的車駕，正在前往{ $to }的路上：車駕自行前進，能趕到的金軍騎兵可能會追上它
army-doing = { $kind ->
    [holds] 在{ $place }原地駐守
    [at] 位於{ $place }
    [marching] 行軍前往{ $target }，目前行經{ $place }
    [to_besiege] 行軍前往圍攻{ $target }
    [besieging] 從{ $place }圍攻{ $target }
    [garrisoned] 已加入{ $target }的守軍
    [to_garrison] 行軍前往{ $target }，加入當地的守軍
    [inside] 在{ $place }城內
    [to_attack] 行軍前往{ $target }發動進攻
    [to_relieve] 行軍前往{ $target }解圍
    [to_raid] 行軍至距{ $target }一夜騎程之內，準備夜襲
    [pursuing] 追擊{ $target }
    [going_home] 取道{ $target }回師，目前行經{ $place }
   *[disbanding] 正在解散
}
army-not-yours = 不歸陛下指揮。
army-pick-target = 點擊地圖上的地點，向該地進發；或從下列地點中選擇一處：
army-choose-place = 選擇地點
army-towards = 前往
army-route = 沿道路{ $km }公里，約需行軍{ $days }日；所帶糧食可支{ $food }日
army-route-here = 已在該地。

## Order buttons
order-label = { $kind ->
    [hold] 駐守
    [move] 行軍
    [attack] 進攻
    [relieve] 解圍
    [raid] 夜襲
    [garrison] 入城協防
    [pursue] 追擊
   *[other] { $kind }
}
order-help = { $kind ->
    [hold] 留在原地，只在遭到攻擊時作戰。
    [move] 沿最短的道路行軍前往該地。
    [attack] 行軍前往該地，與那裡的敵軍或城池交戰。
    [relieve] 行軍前往被圍的城池，與圍城的敵軍交戰。
    [raid] 行軍至距該地敵營一夜騎程之內，趁夜突襲。
    [garrison] 行軍入城，加入城中的守軍。
    [pursue] 尾隨最近一支正在歸途中的敵軍，攻擊它的後衛。
   *[other] {""}
}

## A place
place-heading = { $name }（{ place-kind }）
city-heading = { $name }，由{ side }方控制
city-state = 城牆{ $walls }，守軍{ $garrison }人，糧食可支{ $food }日，士氣{ $morale }
city-state-fallen = 城牆{ $walls }，外城已失守，守軍{ $garrison }人，糧食可支{ $food }日，士氣{ $morale }
city-governor = 城防主官：{ $governor }
city-besieged = 自{ $since }起被{ side }軍圍困；圍軍封鎖了{ $tightness }%的道路
city-besieged-already = 劇本開始之前已被{ side }軍圍困；圍軍封鎖了{ $tightness }%的道路

## The menu
menu-title = 靖康
menu-new-game = 新遊戲
menu-mods = 模組
menu-mod-scenario = { $title }（模組「{ $mod }」）
menu-mod-broken = { $mod }：無法遊玩（將滑鼠移到這裡可查看原因）
menu-mod-file-broken = { $mod }，{ $file }：無法遊玩（將滑鼠移到這裡可查看原因）
menu-mod-more-problems = ……另有{ $count }個問題：對模組的資料夾執行 `jingkang validate`，可列出全部問題。
menu-seed = 種子
menu-seed-help = 相同的劇本、種子與選擇，總會得出同一局遊戲。
menu-another-seed = 換一個
menu-save = 存檔（快速存檔）
menu-save-help = 儲存正在進行的這局遊戲
menu-save-overwrite = 快速存檔中已有：{ $save }。要用正在進行的這局遊戲覆蓋它嗎？
menu-save-overwrite-yes = 覆蓋
menu-save-overwrite-no = 保留原檔
menu-continue = 繼續（自動存檔）
menu-load = 讀檔（快速存檔）
menu-no-save = 尚無存檔
menu-save-summary = { $title }，第{ $turn }回合，{ $date }
menu-save-unreadable = 無法讀取：{ $error }
menu-settings = 設定
menu-ui-scale = 介面縮放
menu-smooth-lines = 平滑線條（反鋸齒）
menu-smooth-lines-help = 若由 CPU 負責繪圖，一開始會關閉，因為這時它相當耗費時間。
menu-fullscreen = 全螢幕
menu-back = 返回遊戲
menu-quit = 離開遊戲

## Saving
save-saved = 已存檔至{ $path }
save-loaded = 已讀取{ $path }
window-no-display = 沒有可以開啟遊戲視窗的顯示環境（DISPLAY 與 WAYLAND_DISPLAY 都未設定）。請在桌面環境中執行，或在 `xvfb-run` 下執行；`jingkang simulate` 可以在沒有視窗的情況下進行遊戲。
load-changed-title = 這個存檔的劇本已經變更
load-changed-text = { $save }是用較早版本的劇本存下的。在現在的劇本上重播，遊戲未必會照原來的樣子發展：選項可能在其他日子出現，存檔的重播也可能在某條指令不再適用的地方停下來。
load-changed-anyway = 仍要讀取
load-changed-keep = 保留目前這局
load-changed-kept = 沒有讀取存檔。
save-autosaved = 已自動存檔（第{ $turn }回合）
save-autosave-failed = 自動存檔失敗：{ $error }
window-title = 靖康——{ $scenario }

## The chapter card: what one part of the reign hands on to the next
card-heading = 新的一章
card-title = { $title }
card-begins = 自{ $date }起
card-history-heading = 史實中的{ $chapter }
card-carried-heading = 延續下來的局面
card-continue = 繼續
card-treasury = 國庫現有：{ $gold_n ->
    [0] 無金
   *[other] 金{ $gold }兩
}、{ $silver_n ->
    [0] 無銀
   *[other] 銀{ $silver }兩
}、{ $silk_n ->
    [0] 無絹
   *[other] 絹{ $silk }匹
}。
card-court = 陛下在朝廷中的威望為{ $authority }。{ $capital }
card-capital = { $walls ->
        [fallen] { $city }的外城已失守，城內尚餘{ $men }人
       *[held] { $city }有{ $men }人守城
    }{ $any_inside ->
        [yes] （其中{ $inside }人屬於城內的野戰軍）
       *[no] {""}
    }，糧食可支{ $food }日，城中百姓的士氣為{ $morale }。
card-treaty = { $treaty ->
    [accepted] 與金人的和議仍然有效。
    [broken] 朝廷已背棄與金人的和議。
   *[none] 宋金之間沒有任何和議。
}金人怨憤為{ $grievance }。
card-paid = 金人索取的賠款折合白銀{ $demanded }兩，已付{ $paid }兩（{ $share }%）。
card-town = { $city }：{ $state ->
    [handed] 已向金人打開城門。
    [taken] 已被金人攻取。
    [refused] 已奉旨割讓，但拒絕打開城門。
   *[held] 仍由宋方據守。
}
card-person = { $name }
card-hostages = { $people }被金人扣為人質。
card-office = { $name }任{ $office }
card-offices = 在任官員：{ $offices }。
card-army = { $army }（{ $men }人，位於{ $place }）
card-armies = { $side ->
    [song] 宋方的野戰軍
   *[jin] 金方的野戰軍
}：{ $armies }。
chronicle-all-chapters = 整局遊戲
chronicle-filter-help = 只顯示某一章的紀事

## Reports

report-write = 寫出這局遊戲的報告
report-write-help = 一份可以繳交的報告：你的決策與欽宗的決策對照、里程碑與史實對照、圖表、紀事，以及可重播這局遊戲的存檔（與 `jingkang export` 寫出的相同）。
report-written = 報告已寫好：{ $path }

## Exercises

top-exercise = 課堂練習
menu-exercises = 課堂練習
exercise-fixed = 這個練習固定了以下的選擇：
exercise-fixed-choice = { $decision }：{ $option }
exercise-questions = 問題：
exercise-question = { $n }. { $question }
exercise-locked-option = 這個練習在這裡固定了另一個選擇。

## The historical track

top-history = 史實
top-history-help = 史實中這個日期前後發生了什麼，以及你這局與欽宗的對局有何不同
top-lab = 實驗室
top-lab-help = 讓一項決策的各個選項在許多局遊戲中互相比較
history-title = 史實與你的對局對照
history-coming = 史實中，從{ $date }起的三週內：
history-nothing-coming = 在這三週內，史實中沒有發生劇本所標記的事件。
history-passed = 到這個日期為止，史實中已經發生的事：
history-passed-line = { $date }：{ $title }{ $reached ->
        [yes] （你的對局中也有）
       *[no] （你的對局中沒有）
    }
history-choices = 你與欽宗不同的選擇：
history-same-choices = 到目前為止，你的選擇都與欽宗相同。
history-world = 在這個回合，你的對局與同一種子下依照欽宗的選擇進行的對局相比：
history-world-same = 在這個回合，兩局的局勢相同。
history-no-track = 這個劇本沒有可與你的對局對照的史實進程。

# The lab: one decision's options played against each other over many seeded games.
lab-title = 實驗室：哪個選項最好？
lab-intro = 這項決策的每個選項都進行相同的局數，使用相同的種子，讓每個選項遇到相同的運氣；{ $base }
lab-base-historical = 其他每項決策都依照欽宗當時的選擇。
lab-base-random = 其他每項決策都隨機決定（這個劇本沒有說明欽宗作了什麼選擇）。
lab-decision = 決策
lab-runs = 每個選項的局數
lab-runs-help = 局數越多，區間越窄：200局能分辨約十個百分點的差異，2,000局能分辨約三個百分點的差異。
lab-seed = 起始種子
lab-run = 開始對局
lab-running = 已完成{ $done }局，共{ $total }局
lab-results = { $decision }：每個選項在多局中的結果
lab-results-seeds = 每個選項{ $runs }局，種子{ $first }至{ $last }。黑線為 95% 信賴區間。
lab-option = { $number }. { $option }
lab-option-historical = { $number }. { $option }（欽宗的選擇）
lab-verdicts = 京城的陷落，各選項與{ $baseline }相比：
lab-measure = 顯示
lab-measure-fell = 京城陷落
lab-axis-share = 對局比例（%）
lab-command = 以命令列進行同樣的對局：{ $command }
lab-export = 寫出報告

## Hot reload: a file of the scenario being played was saved while the game runs.
reload-broken = 劇本檔案有錯誤：遊戲照原來的劇本繼續進行。
reload-broken-title = 修改後的劇本有錯誤
reload-broken-text = 儲存的檔案含有下列錯誤。遊戲會照修改前的劇本繼續進行；錯誤修正後再儲存一次檔案，遊戲就會採用這些變更。
reload-broken-hide = 隱藏，直到下次儲存
reload-applied = 劇本檔案已變更：新的文字與規則數值從今天起生效（見紀事）。
reload-next-game = 劇本檔案已變更：變更從下一局新遊戲起生效。
reload-fixed = 劇本檔案已恢復正確。

## The keyboard
top-keys = 按鍵
keys-hover = { $help }（{ $key }）
keys-title = 按鍵一覽
keys-end-turn = 結束回合
keys-advance = 推進至有事發生
keys-save = 快速存檔
keys-load = 讀取快速存檔
keys-history = 開啟或關閉史實進程
keys-lab = 開啟或關閉實驗室
keys-exercise = 開啟或關閉課堂練習的問題
keys-capital = 地圖移回京城
keys-help = 開啟或關閉這份清單
keys-menu = 選單：新遊戲、存檔、設定
keys-pan = 移動地圖
keys-zoom = 放大或縮小地圖
keys-focus = 在按鈕之間移動（決策、選項、命令）
keys-press = 按下目前選中的按鈕
