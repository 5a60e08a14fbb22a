#!/bin/bash
# Redraws the README's screenshots (docs/screenshots/*.png) from the release binary under
# Xvfb, so they show the game as it is. Needs xvfb-run, xdotool and ImageMagick's `import`
# (apt-get install xvfb xdotool imagemagick). Every game is a fixed scenario, seed and policy,
# so the pictures change only when the game does.
set -euo pipefail
cd "$(dirname "$0")/.."
# JINGKANG_BIN=path draws with a binary already built (a debug build draws the same pictures).
if [ -z "${JINGKANG_BIN:-}" ]; then cargo build --release --quiet; fi
bin="${JINGKANG_BIN:-${CARGO_TARGET_DIR:-target}/release/jingkang}"
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JINGKANG_SAVE_DIR="$work/saves" XDG_RUNTIME_DIR="$work"
screen=(-a -s "-screen 0 1280x720x24")

shot() { # FILE ARGS...: one picture of the game started with ARGS
    local file=$1; shift
    xvfb-run "${screen[@]}" "$bin" play "$@" --screenshot "$out/$file" >/dev/null 2>&1
}

ended() { # FILE SCENARIO SEED POLICY: the game played to its end under a policy
    local save="$work/${1%.png}.ron"
    "$bin" simulate "$2" --seed "$3" --policy "$4" --save "$save" >/dev/null
    shot "$1" --load "$save"
}

by_hand() { # FILE SCENARIO SCRIPT [SEED]: the game driven with xdotool, then a picture of the screen
    local file=$1 scenario=$2 steps=$3 seed=${4:-11}
    cat >"$work/drive.sh" <<DRIVE
#!/bin/bash
"$bin" play $scenario --seed $seed >/dev/null 2>&1 &
game=\$!
sleep 12
$steps
import -window root "$out/$file"
kill \$game
DRIVE
    chmod +x "$work/drive.sh"
    xvfb-run "${screen[@]}" "$work/drive.sh"
}

shot menu.png first_siege --menu
shot first_siege_decision.png first_siege --seed 1 --after-turns 4
shot second_siege.png second_siege --seed 1 --after-turns 54
# The campaign's card between the first siege and the months after it.
shot campaign_chapter.png campaign --seed 1 --after-turns 33
ended first_siege_outcome.png first_siege 2 first_siege_historical
ended second_siege_outcome.png second_siege 5 second_siege_keep_the_peace
# The reign's endings, each under the exercise that reaches it.
ended campaign_taken_north.png campaign 1 campaign_historical
ended campaign_west.png campaign 1 campaign_go_west
ended campaign_stormed.png campaign 1 campaign_refuse_the_second_summons
ended campaign_turned_back.png campaign 29 campaign_keep_the_armies
ended campaign_peace.png campaign 16 campaign_hand_over_the_towns
# Click the Yellow River guard's counter, then the capital: the orders it can take there.
by_hand orders.png first_siege "xdotool mousemove 680 383 click 1; sleep 2; xdotool mousemove 640 440 click 1; sleep 2"
# Zoom in with the wheel over the capital, then move the pointer off the places.
by_hand zoomed.png first_siege "xdotool mousemove 640 440; for i in 1 2 3 4 5; do xdotool click 4; sleep 0.5; done; xdotool mousemove 300 560; sleep 2"
# The whole reign by mouse: "Advance" until the end, "Continue" on each chapter card (where
# the button stands when the card is full), the cards' own defaults for every decision.
by_hand campaign_end.png campaign "for i in \$(seq 1 110); do xdotool mousemove 1100 12 click 1; sleep 1; xdotool mousemove 397 619 click 1; sleep 0.4; done" 4
ls -l "$out"
