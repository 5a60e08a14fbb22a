//! The numbers of the rules: every constant the model uses, grouped by rule, each with its
//! default, its allowed range and what it means. A scenario overrides any of them in its
//! `rules`, group by group: `rules: (supply: (supply_radius_km: 120))`.
//!
//! One declaration per group gives the struct, its defaults and its ranges, so the checker,
//! the docs test and the code cannot disagree about which numbers exist.

use serde::{Deserialize, Serialize};

/// A number out of its range, or not a number at all: (group, field, value, low, high).
pub type OutOfRange = (&'static str, &'static str, f64, f64, f64);

macro_rules! rule_group {
    (
        $(#[$meta:meta])*
        $name:ident as $group:literal {
            $( $(#[doc = $doc:literal])* $field:ident : $ty:ty = $default:expr, $lo:expr => $hi:expr; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
        #[serde(default, deny_unknown_fields)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: $ty, )*
        }

        impl Default for $name {
            fn default() -> Self {
                $name { $( $field: $default, )* }
            }
        }

        impl $name {
            pub const GROUP: &'static str = $group;
            /// Every field's name, in declaration order.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Every number with its field's name, in declaration order.
            pub fn numbers(&self) -> Vec<(&'static str, &'static str, f64)> {
                vec![$( ($group, stringify!($field), self.$field as f64), )*]
            }

            /// The numbers that lie outside their range (or are not finite).
            pub fn out_of_range(&self) -> Vec<OutOfRange> {
                let mut out = Vec::new();
                $(
                    let value = self.$field as f64;
                    let (lo, hi) = ($lo as f64, $hi as f64);
                    if !value.is_finite() || value < lo || value > hi {
                        out.push(($group, stringify!($field), value, lo, hi));
                    }
                )*
                out
            }
        }
    };
}

rule_group! {
    /// Marching along routes.
    MarchRules as "march" {
        /// km a day on roads for an army at least half cavalry.
        cavalry_km_per_day: f32 = 40.0, 1 => 200;
        /// km a day on roads for any other army.
        infantry_km_per_day: f32 = 22.0, 1 => 100;
        /// Speed factor on mountain roads.
        mountain_speed: f32 = 0.6, 0.05 => 1;
        /// Extra days to ferry an army across the Yellow River.
        ferry_days: f32 = 3.0, 0 => 60;
        /// Speed factor of an army out of food.
        hungry_speed: f32 = 0.7, 0.05 => 1;
        /// Speed factor of a routed army (it runs).
        routed_speed: f32 = 1.2, 0.05 => 3;
        /// Speed factor of an army going home with its plunder.
        laden_speed: f32 = 0.75, 0.05 => 1;
        /// Extra cost, in road km, of marching past a strongly walled enemy city.
        passing_enemy_walls_km: f32 = 400.0, 0 => 100000;
        /// Walls from which an enemy city closes the roads through it.
        walls_that_close_roads: f32 = 6.0, 0 => 10;
        /// A road is this much longer than the straight line between its ends.
        road_winding: f32 = 1.25, 1 => 5;
        /// A mountain road is this much longer than the straight line.
        mountain_winding: f32 = 1.45, 1 => 5;
        /// A river crossing is this much longer than the straight line.
        crossing_winding: f32 = 1.2, 1 => 5;
    }
}

rule_group! {
    /// Field battles, routs and the worth of troops.
    BattleRules as "battle" {
        /// Fighting worth of a horseman in the open.
        cavalry_worth: f32 = 3.0, 0 => 50;
        /// Fighting worth of a foot soldier.
        infantry_worth: f32 = 1.0, 0 => 50;
        /// Fighting worth of a militiaman.
        militia_worth: f32 = 0.4, 0 => 50;
        /// Worth of a horseman on or against walls, where he fights on foot.
        cavalry_on_walls_worth: f32 = 0.8, 0 => 50;
        /// Quality gained or lost per point of the commander's command above or below 5.
        command_per_point: f32 = 0.06, 0 => 0.2;
        /// Quality factor of a veteran commander's troops.
        veteran_factor: f32 = 1.1, 0.1 => 3;
        /// Quality factor of a timid commander's troops.
        timid_factor: f32 = 0.85, 0.1 => 3;
        /// Fraction of its men a side loses in a day of battle at even strength.
        intensity: f32 = 0.08, 0 => 1;
        /// Losses grow with the enemy's strength over one's own to this power.
        loss_exponent: f32 = 0.8, 0.1 => 3;
        /// The most of its men a side can lose in one battle.
        max_loss: f32 = 0.6, 0 => 1;
        /// Each side's strength varies by up to this fraction, for the fortunes of war.
        fortune: f32 = 0.15, 0 => 0.9;
        /// Strength factor of the side that holds a camp.
        camp_defence: f32 = 1.3, 1 => 5;
        /// Strength factor of the side that holds a pass.
        pass_defence: f32 = 1.6, 1 => 5;
        /// Share of its strength an army going home can bring to bear with a river to cross.
        ferrying_strength: f32 = 0.45, 0 => 1;
        /// Morale lost per whole of the army lost (0.1 of the men lost costs 15 morale).
        morale_per_loss: f32 = 150.0, 0 => 1000;
        /// Further morale lost per unit of enemy strength over one's own.
        morale_per_odds: f32 = 10.0, 0 => 100;
        /// The most morale the odds alone can cost in one battle.
        max_odds_shock: f32 = 25.0, 0 => 100;
        /// Share of the morale loss a resolute commander's men feel.
        resolute_shock: f32 = 0.6, 0 => 1;
        /// An army raw and low in spirits (below `morale.melt_training` and
        /// `morale.melt_morale`) and not ordered to fight flees without a battle from an
        /// enemy this many times as strong.
        flee_odds: f32 = 4.0, 1 => 100;
        /// Below this morale an army breaks and flees.
        rout_morale: f32 = 20.0, 0 => 100;
        /// Share of its militia a routed army loses as it scatters.
        rout_militia_lost: f32 = 0.5, 0 => 1;
        /// Share of its infantry a routed army loses.
        rout_infantry_lost: f32 = 0.2, 0 => 1;
        /// Share of its cavalry a routed army loses.
        rout_cavalry_lost: f32 = 0.1, 0 => 1;
        /// Days a routed army needs to rally.
        rally_days: u32 = 10, 0 => 365;
        /// Morale a routed army rallies to, at least.
        rally_morale: f32 = 30.0, 0 => 100;
        /// Below this many men an army has ceased to exist.
        remnant: u32 = 300, 0 => 100000;
    }
}

rule_group! {
    /// Night raids on enemy camps.
    RaidRules as "raid" {
        /// Chance that a raid achieves surprise, before modifiers.
        surprise: f32 = 0.35, 0 => 1;
        /// Factor on that chance against a cautious commander.
        cautious_factor: f32 = 0.7, 0 => 1;
        /// Factor on that chance when the enemy has been warned.
        forewarned_factor: f32 = 0.25, 0 => 1;
        /// Strength factor of raiders who achieve surprise.
        surprise_strength: f32 = 2.5, 0 => 20;
        /// Strength factor of raiders who meet a prepared camp.
        prepared_strength: f32 = 0.6, 0 => 20;
        /// Raiders engage at most this many times their own strength of a large camp.
        engaged_cap: f32 = 3.0, 0.1 => 100;
        /// Battle intensity of a night raid, as a multiple of a field battle's.
        intensity_factor: f32 = 2.0, 0 => 20;
        /// The most of its men a raiding force can lose.
        raider_max_loss: f32 = 0.7, 0 => 1;
        /// The most of the engaged enemy a raid can kill.
        defender_max_loss: f32 = 0.5, 0 => 1;
        /// A raid strikes from no further than this, in km by road.
        reach_km: f32 = 60.0, 1 => 500;
        /// Morale the surprised camp loses, on top of its losses.
        surprise_shock: f32 = 20.0, 0 => 100;
        /// Days of food burnt in a surprised camp.
        stores_burnt_days: f32 = 8.0, 0 => 365;
        /// Morale the raiders gain when they achieve surprise.
        raider_success_morale: f32 = 10.0, 0 => 100;
        /// Morale the raiders lose when they meet a prepared camp.
        raider_failure_morale: f32 = 40.0, 0 => 100;
        /// Grievance a raid adds when it strikes while a treaty holds.
        truce_grievance: f32 = 8.0, 0 => 100;
    }
}

rule_group! {
    /// Blockades, assaults, sallies, hunger and surrender.
    SiegeRules as "siege" {
        /// An army besieges a city from a camp this close.
        camp_km: f32 = 25.0, 0 => 200;
        /// Troops needed to close every road into a city, per square root of its people.
        blockade_men_per_sqrt_population: f32 = 100.0, 1 => 10000;
        /// How much each level of walls multiplies the defenders' worth.
        wall_factor: f32 = 0.5, 0 => 10;
        /// Odds at which an AI commander is as likely as not to storm in a turn.
        assault_odds: f32 = 2.0, 0.1 => 20;
        /// How quickly the chance to storm rises with the odds above `assault_odds`.
        assault_odds_spread: f32 = 0.25, 0.01 => 10;
        /// Factor on the odds a cautious commander wants before storming.
        cautious_odds: f32 = 1.3, 0.1 => 10;
        /// Factor on the odds a reckless commander wants.
        reckless_odds: f32 = 0.8, 0.1 => 10;
        /// How steeply an assault's chance of carrying the walls rises with its odds: the
        /// chance is odds^k / (odds^k + 1), a coin toss at even odds. Kaifeng's walls threw
        /// back every assault of 1126 and fell in 1127 only when a gate was opened.
        assault_steepness: f32 = 5.0, 1 => 10;
        /// The same for a sally's chance of beating the besiegers' camp.
        sally_steepness: f32 = 3.0, 1 => 10;
        /// Each assault's odds vary by up to this fraction, for the fortunes of the day.
        assault_fortune: f32 = 0.15, 0 => 0.9;
        /// Days of siege works per level of walls before an AI commander can storm.
        prep_days_per_wall: f32 = 2.0, 0 => 60;
        /// Fraction of the attackers lost in an assault at even odds (less at better odds).
        assault_attacker_loss: f32 = 0.025, 0 => 1;
        /// The most of the attackers an assault can cost.
        assault_attacker_max_loss: f32 = 0.1, 0 => 1;
        /// Fraction of the defenders lost per unit of odds.
        assault_defender_loss: f32 = 0.04, 0 => 1;
        /// The most of the defenders an assault can cost.
        assault_defender_max_loss: f32 = 0.3, 0 => 1;
        /// City morale change when the walls are carried.
        carried_city_morale: f32 = -30.0, -100 => 100;
        /// City morale change when an assault is thrown back.
        repulsed_city_morale: f32 = 4.0, -100 => 100;
        /// Attackers' morale change when they carry the walls.
        carried_attacker_morale: f32 = 10.0, -100 => 100;
        /// Attackers' morale change when they are thrown back.
        repulsed_attacker_morale: f32 = -6.0, -100 => 100;
        /// Levels of walls a captured city loses.
        walls_lost_on_capture: f32 = 2.0, 0 => 10;
        /// Morale of a city just taken.
        captured_morale: f32 = 30.0, 0 => 100;
        /// Days of food an unbesieged city gains a day, up to what it held at the start.
        food_refill_per_day: f32 = 0.5, 0 => 30;
        /// Daily morale change of a besieged city with food left.
        siege_morale_per_day: f32 = -0.15, -20 => 20;
        /// Daily morale change of a starving city.
        starvation_morale_per_day: f32 = -2.0, -20 => 20;
        /// Daily share of a starving garrison that dies or slips away.
        starvation_attrition: f32 = 0.02, 0 => 1;
        /// Daily share of a starving city's people who die or flee.
        starvation_population_loss: f32 = 0.005, 0 => 1;
        /// Below this morale, despair sends defenders off the walls.
        desertion_morale: f32 = 25.0, 0 => 100;
        /// Daily share of the garrison that deserts at the depth of despair.
        desertion_rate: f32 = 0.03, 0 => 1;
        /// A starving city surrenders below this morale.
        starved_surrender_morale: f32 = 12.0, 0 => 100;
        /// A starving city surrenders with fewer defenders than this.
        starved_surrender_garrison: u32 = 200, 0 => 1000000;
        /// Below this morale a besieged city may open its gates before it starves.
        despair_morale: f32 = 8.0, 0 => 100;
        /// Chance a turn that a city in despair opens its gates.
        despair_chance: f32 = 0.25, 0 => 1;
        /// Factor on the daily morale loss of a city under a resolute commander.
        resolute_steadiness: f32 = 0.5, 0 => 1;
        /// Factor on the chance of despair under a resolute commander.
        resolute_despair: f32 = 0.25, 0 => 1;
        /// Share of the grain bound for a blockaded city that falls to the besiegers.
        grain_seized: f32 = 0.1, 0 => 1;
        /// Share of a winning sally's men lost.
        sally_won_loss: f32 = 0.15, 0 => 1;
        /// Losses of a losing sally, as a multiple of a battle's intensity.
        sally_lost_intensity: f32 = 3.0, 0 => 50;
        /// The most of the besiegers a sally can kill.
        sally_enemy_max_loss: f32 = 0.15, 0 => 1;
        /// Defensive factor of the besiegers' camp against a sally.
        sally_camp_defence: f32 = 1.3, 0.1 => 10;
        /// City morale change after a winning sally.
        sally_won_morale: f32 = 8.0, -100 => 100;
        /// City morale change after a losing sally.
        sally_lost_morale: f32 = -12.0, -100 => 100;
    }
}

rule_group! {
    /// Food and fodder for armies: cities, foraging, plunder, hunger.
    SupplyRules as "supply" {
        /// Days of food an army carries when fully supplied.
        full_supply_days: f32 = 30.0, 1 => 365;
        /// Days of food an army near a friendly city gains a day.
        resupply_days_per_day: f32 = 5.0, 0 => 365;
        /// Armies this close to a friendly city not under siege draw on its granaries.
        supply_radius_km: f32 = 80.0, 0 => 2000;
        /// Share of its full granaries a city keeps back from armies of its own side.
        granary_reserve: f32 = 0.5, 0 => 1;
        /// Each horseman's mounts eat as much as this many men.
        horse_fodder: f32 = 1.0, 0 => 10;
        /// Men-days of food and fodder the country round a place holds, per point of its
        /// richness (0–10), when an army first comes.
        forage_stock_per_richness: f32 = 1500000.0, 0 => 1000000000;
        /// Share of the country's remaining stock foragers can gather in a day unopposed.
        forage_gather_rate: f32 = 0.03, 0 => 1;
        /// Share of the full stock that grows back in a day of the growing season.
        forage_regrowth: f32 = 0.01, 0 => 1;
        /// The first month (Julian calendar) of the growing season; the country grows back
        /// only from this month to `growing_to_month`: a winter army lives on what is stored.
        growing_from_month: u32 = 4, 1 => 12;
        /// The last month of the growing season.
        growing_to_month: u32 = 9, 1 => 12;
        /// Enemy field troops within this distance contest an army's foraging.
        forage_radius_km: f32 = 60.0, 0 => 1000;
        /// Each enemy soldier in the field near a camp denies its foragers as much country as
        /// this many of their own can cover.
        forage_denial: f32 = 2.0, 0 => 100;
        /// Factor on what foragers gather in the enemy's country when no treaty restrains them:
        /// they plunder.
        plunder_gather: f32 = 1.5, 1 => 10;
        /// Daily morale change of a city whose countryside an enemy plunders.
        ravaged_city_morale: f32 = -0.3, -20 => 0;
        /// Days into a siege that the plundering weighs on the city: by then the suburbs and
        /// villages within reach are burnt and stripped, and the townsmen are used to it.
        ravaged_days: f32 = 60.0, 0 => 3650;
        /// Daily share of its men an army out of food loses.
        hunger_attrition: f32 = 0.02, 0 => 1;
        /// Daily morale an army out of food loses.
        hunger_morale: f32 = 1.5, 0 => 100;
        /// Daily share of its men any army in the field loses to sickness and straggling.
        campaign_attrition: f32 = 0.001, 0 => 1;
        /// An army's food cannot fall below this many days (its debt of hunger).
        lowest_supply: f32 = -10.0, -365 => 0;
    }
}

rule_group! {
    /// Morale of armies and cities, and armies that melt away.
    MoraleRules as "morale" {
        /// Morale an army settles at, before training.
        army_settle: f32 = 45.0, 0 => 100;
        /// Morale an army's training adds to where it settles, per point.
        army_settle_per_training: f32 = 0.25, 0 => 1;
        /// Morale a charismatic commander adds to where his army settles.
        charismatic_settle: f32 = 10.0, 0 => 100;
        /// Share of the gap to its settling point an army's morale closes a day.
        army_rate: f32 = 0.03, 0 => 1;
        /// Morale a city not under siege settles at.
        city_settle: f32 = 55.0, 0 => 100;
        /// Share of the gap a city's morale closes a day.
        city_rate: f32 = 0.02, 0 => 1;
        /// Armies trained less than this may melt away before a much stronger enemy.
        melt_training: f32 = 40.0, 0 => 100;
        /// ... when their morale is below this.
        melt_morale: f32 = 35.0, 0 => 100;
        /// ... when the enemy army is within this distance (news runs ahead of it).
        melt_km: f32 = 200.0, 0 => 1000;
        /// ... and this many times stronger.
        melt_odds: f32 = 2.0, 0 => 100;
        /// Daily share of such an army that deserts (militia twice as fast, cavalry half), up
        /// to three times as fast before an enemy three times `melt_odds` as strong.
        melt_rate: f32 = 0.04, 0 => 1;
        /// Daily morale such an army loses.
        melt_morale_per_day: f32 = 3.0, 0 => 100;
    }
}

rule_group! {
    /// Factions, offices and the emperor's authority.
    CourtRules as "court" {
        /// Share of the gap to its settling point a faction's influence closes in ten days.
        influence_drift: f32 = 0.2, 0 => 10;
        /// Influence a faction settles at with nobody in office.
        base_influence: f32 = 30.0, 0 => 100;
        /// Influence each of its members holding an office of the court adds.
        per_office_holder: f32 = 12.0, 0 => 100;
        /// The most influence a faction settles at.
        max_influence: f32 = 90.0, 0 => 100;
        /// Authority the emperor settles at, before the capital's mood.
        authority_base: f32 = 25.0, 0 => 100;
        /// Authority per point of the capital's morale.
        authority_per_morale: f32 = 0.5, 0 => 1;
        /// Share of the gap the emperor's authority closes a day.
        authority_rate: f32 = 0.01, 0 => 1;
    }
}

rule_group! {
    /// A court on the road, and the Jin horsemen who may catch it.
    FlightRules as "flight" {
        /// km a day the imperial train covers.
        train_km_per_day: f32 = 25.0, 1 => 200;
        /// Jin horsemen reach a fleeing court within this many turns' ride.
        reach_turns: f32 = 1.5, 0 => 20;
        /// Chance a turn that horsemen at no distance catch an unguarded train.
        intercept_chance: f32 = 0.6, 0 => 1;
        /// Only armies with at least this many horsemen send riders after a court.
        riders_needed: u32 = 2000, 0 => 1000000;
        /// Horsemen of the household who ride with a court whose seat has no garrison to give
        /// it an escort.
        household_guard: u32 = 500, 0 => 100000;
    }
}

rule_group! {
    /// Treaties, cessions and what contents the Jin.
    DiplomacyRules as "diplomacy" {
        /// Chance that a ceded city obeys the edict and opens its gates, before its mood.
        cede_obey: f32 = 0.05, 0 => 1;
        /// Factor on that chance under a resolute commander.
        cede_resolute: f32 = 0.3, 0 => 1;
        /// Factor on that chance with a Jin army at the walls and the granaries empty.
        cede_starving: f32 = 2.0, 0 => 10;
        /// Share of the indemnity that counts as all of it towards Jin satisfaction (nobody
        /// expected the whole to be paid).
        money_satisfies_at: f32 = 0.2, 0.01 => 1;
    }
}

rule_group! {
    /// How an AI commander weighs going home (see the `Withdraw` goal): satisfaction over his
    /// `satisfied_at` counts `satisfaction_weight` points at 1, danger over his `danger_ratio`
    /// squared (a point at 1, four at 2), hunger a point at no food left and more below, a shaken army a point per
    /// 20 morale under `shaken_morale`, the days of siege over his `patience_days` a point at 1.
    WithdrawRules as "withdraw" {
        /// Points at which a commander is as likely as not to go home in a turn.
        withdraw_even: f32 = 4.0, 0 => 100;
        /// How quickly that chance rises with the points (from 50% to 73% over this many).
        withdraw_spread: f32 = 0.25, 0.01 => 10;
        /// Points that full satisfaction is worth.
        satisfaction_weight: f32 = 3.0, 0 => 100;
        /// From this month (Julian) the season weighs for going home: the Jin campaigned in
        /// the winter and went north before the summer.
        homeward_from_month: u32 = 3, 1 => 12;
        /// The last month (Julian) in which the season weighs for going home.
        homeward_to_month: u32 = 8, 1 => 12;
        /// Points a day the season adds from the first day of `homeward_from_month`, to the
        /// end of `homeward_to_month`.
        homeward_per_day: f32 = 0.04, 0 => 10;
        /// Days of food below which hunger starts to weigh.
        hungry_below_days: f32 = 5.0, 0.1 => 365;
        /// Morale below which the army is shaken.
        shaken_morale: f32 = 40.0, 0 => 100;
    }
}

/// Tunable numbers of the rules, with defaults; a scenario may override any of them.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    pub march: MarchRules,
    pub battle: BattleRules,
    pub raid: RaidRules,
    pub siege: SiegeRules,
    pub supply: SupplyRules,
    pub morale: MoraleRules,
    pub court: CourtRules,
    pub flight: FlightRules,
    pub diplomacy: DiplomacyRules,
    pub withdraw: WithdrawRules,
}

impl Rules {
    /// Every group with its fields, for the checker and the docs.
    pub const GROUPS: &'static [(&'static str, &'static [&'static str])] = &[
        (MarchRules::GROUP, MarchRules::FIELDS),
        (BattleRules::GROUP, BattleRules::FIELDS),
        (RaidRules::GROUP, RaidRules::FIELDS),
        (SiegeRules::GROUP, SiegeRules::FIELDS),
        (SupplyRules::GROUP, SupplyRules::FIELDS),
        (MoraleRules::GROUP, MoraleRules::FIELDS),
        (CourtRules::GROUP, CourtRules::FIELDS),
        (FlightRules::GROUP, FlightRules::FIELDS),
        (DiplomacyRules::GROUP, DiplomacyRules::FIELDS),
        (WithdrawRules::GROUP, WithdrawRules::FIELDS),
    ];

    /// The numbers read only when a game begins (to lay out the routes and stock the
    /// country), as (group, field): changing them in a game under way would change nothing.
    pub const READ_AT_START: &'static [(&'static str, &'static str)] = &[
        ("march", "road_winding"),
        ("march", "mountain_winding"),
        ("march", "crossing_winding"),
        ("supply", "forage_stock_per_richness"),
    ];

    /// These rules with the numbers in [`Rules::READ_AT_START`] taken from `begun`: the
    /// rules a game begun on `begun` plays on when its file is edited.
    pub fn keeping_start_numbers(mut self, begun: &Rules) -> Rules {
        self.march.road_winding = begun.march.road_winding;
        self.march.mountain_winding = begun.march.mountain_winding;
        self.march.crossing_winding = begun.march.crossing_winding;
        self.supply.forage_stock_per_richness = begun.supply.forage_stock_per_richness;
        self
    }

    /// Every number of every group: (group, field, value).
    pub fn numbers(&self) -> Vec<(&'static str, &'static str, f64)> {
        let mut out = self.march.numbers();
        out.extend(self.battle.numbers());
        out.extend(self.raid.numbers());
        out.extend(self.siege.numbers());
        out.extend(self.supply.numbers());
        out.extend(self.morale.numbers());
        out.extend(self.court.numbers());
        out.extend(self.flight.numbers());
        out.extend(self.diplomacy.numbers());
        out.extend(self.withdraw.numbers());
        out
    }

    /// Every number outside its range.
    pub fn out_of_range(&self) -> Vec<OutOfRange> {
        let mut out = self.march.out_of_range();
        out.extend(self.battle.out_of_range());
        out.extend(self.raid.out_of_range());
        out.extend(self.siege.out_of_range());
        out.extend(self.supply.out_of_range());
        out.extend(self.morale.out_of_range());
        out.extend(self.court.out_of_range());
        out.extend(self.flight.out_of_range());
        out.extend(self.diplomacy.out_of_range());
        out.extend(self.withdraw.out_of_range());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_lie_in_their_ranges() {
        assert_eq!(Rules::default().out_of_range(), Vec::new());
    }

    #[test]
    fn the_numbers_read_at_the_start_are_exactly_those_kept_from_the_game_begun() {
        let begun = Rules::default();
        let mut edited = Rules::default();
        for group in [&mut edited.march.road_winding, &mut edited.march.mountain_winding] {
            *group += 0.5;
        }
        edited.march.crossing_winding += 0.5;
        edited.supply.forage_stock_per_richness += 0.5;
        edited.siege.assault_odds += 0.5;
        let kept = edited.clone().keeping_start_numbers(&begun);
        let differ: Vec<(&str, &str)> =
            edited.numbers().iter().zip(kept.numbers()).filter(|(a, b)| a.2 != b.2).map(|(a, _)| (a.0, a.1)).collect();
        assert_eq!(differ, Rules::READ_AT_START);
    }

    #[test]
    fn a_number_out_of_range_is_named_with_its_range() {
        let mut rules = Rules::default();
        rules.march.infantry_km_per_day = -5.0;
        rules.siege.siege_morale_per_day = f32::NAN;
        let bad = rules.out_of_range();
        assert_eq!(bad.len(), 2);
        assert_eq!((bad[0].0, bad[0].1, bad[0].3, bad[0].4), ("march", "infantry_km_per_day", 1.0, 100.0));
        assert_eq!(bad[1].1, "siege_morale_per_day");
    }
}
