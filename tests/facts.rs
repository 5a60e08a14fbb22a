//! The shipped data against the project's fact base (shared/reference/history.md): the facts
//! the review found wrong stay right, and every person in the cast has a part to play.

mod common;

use jingkang::scenario::schema::{Effect, ScenarioFile};
use std::collections::BTreeSet;

fn def(id: &str) -> ScenarioFile {
    common::builtin(id).def.clone()
}

fn spawned<'a>(d: &'a ScenarioFile, id: &str) -> Option<&'a jingkang::scenario::schema::ArmyDef> {
    fn find<'a>(effects: &'a [Effect], id: &str) -> Option<&'a jingkang::scenario::schema::ArmyDef> {
        effects.iter().find_map(|e| match e {
            Effect::SpawnArmy(a) if a.id == id => Some(a),
            Effect::Chance { then, otherwise, .. } | Effect::If { then, otherwise, .. } => {
                find(then, id).or_else(|| find(otherwise, id))
            }
            _ => None,
        })
    }
    d.events.iter().find_map(|e| find(&e.effects, id))
}

#[test]
fn zhong_shidao_came_with_a_few_thousand_men_and_boasted_of_more() {
    let d = def("first_siege");
    let zhong = spawned(&d, "zhong_army").expect("Zhong Shidao's men arrive");
    assert!(zhong.troops.total() <= 8000, "{} men: the fact base says a few thousand", zhong.troops.total());
    let event = d.events.iter().find(|e| e.id == "zhong_shidao_arrives").unwrap();
    let text = event.text.pieces().collect::<String>();
    assert!(text.contains("few thousand") && !text.contains("hundred thousand"), "{text}");
}

#[test]
fn li_gang_is_right_assistant_director_in_1126() {
    let d = def("first_siege");
    let li_gang = d.characters.iter().find(|c| c.id == "li_gang").unwrap();
    assert!(li_gang.title.contains("尚書右丞") && !li_gang.title.contains("僕射"), "{}", li_gang.title);
    assert!(d.court().offices.iter().any(|o| o.chinese == "尚書右丞"));
}

#[test]
fn li_gang_would_send_a_chief_minister_not_a_prince() {
    let d = def("first_siege");
    let card = d.decisions.iter().find(|x| x.id == "hostage_prince").unwrap();
    let minister =
        card.options.iter().find(|o| o.advocates.contains(&"li_gang".to_string())).expect("Li Gang's option");
    assert!(minister.effects.iter().any(|e| matches!(e, Effect::SendHostage(h) if h == "zhang_bangchang")));
    assert!(!minister.effects.iter().any(|e| matches!(e, Effect::SendHostage(h) if h.starts_with("zhao_"))));
}

#[test]
fn the_wax_letter_is_written_before_mid_july_on_zhao_luns_hint() {
    let d = def("second_siege");
    let card = d.decisions.iter().find(|x| x.id == "wax_letter").unwrap();
    let until = card.trigger.until.expect("the card has a window");
    assert!(until <= jingkang::calendar::Date::parse("1126-07-15").unwrap(), "the letter was in Jin hands by mid-July");
    assert!(card.text.pieces().collect::<String>().contains("Zhao Lun lets it be understood"));
}

#[test]
fn zhending_falls_in_the_tenth_month() {
    let d = def("second_siege");
    let entry = d.history.iter().find(|h| h.place.as_deref() == Some("zhending")).unwrap();
    let (_, chinese) = jingkang::calendar::era::era_date(entry.date).unwrap();
    assert!(chinese.contains("十月"), "{} is {chinese}", entry.date);
}

#[test]
fn he_guan_rests_on_the_traditional_accounts_alone() {
    let d = def("first_siege");
    let he_guan = d.characters.iter().find(|c| c.id == "he_guan").unwrap();
    assert_eq!(he_guan.sources, vec!["tradition".to_string()]);
}

#[test]
fn the_western_army_breaks_through_at_pingyang() {
    let d = def("first_siege");
    let event = d.events.iter().find(|e| e.id == "west_breaks_through").unwrap();
    assert!(event.title.contains("Pingyang") && event.place.as_deref() == Some("pingyang"));
}

#[test]
fn the_captives_set_out_for_huining_in_1127_and_arrive_later() {
    let d = def("second_siege");
    let huining = d.places.iter().find(|p| p.id == "huining").unwrap();
    assert!(huining.note.contains("1128"), "{}", huining.note);
}

/// Every character a scenario names: `in_cast` adds those merely present in its cast.
fn named(d: &ScenarioFile, in_cast: bool) -> BTreeSet<String> {
    let cast = if in_cast { format!("{:?}", d.cast) } else { String::new() };
    let text = format!("{cast} {:?} {:?} {:?} {:?} {:?}", d.court(), d.cities, d.armies, d.events, d.decisions);
    d.characters.iter().map(|c| c.id.clone()).filter(|id| text.contains(&format!("\"{id}\""))).collect()
}

#[test]
fn every_person_of_the_cast_has_a_part_in_some_scenario() {
    let (first, second) = (def("first_siege"), def("second_siege"));
    let mut present = named(&first, true);
    present.extend(named(&second, true));
    let mut acting = named(&first, false);
    acting.extend(named(&second, false));
    for c in &first.characters {
        assert!(present.contains(&c.id), "{} is in no scenario", c.id);
        // At the Song court a part is an office, a command, an argument or a fate. Yao Gu's
        // (the spring relief of Taiyuan) falls between the two sieges.
        if c.side == jingkang::scenario::schema::Side::Song && c.id != "yao_gu" {
            assert!(acting.contains(&c.id), "{} has no part to play", c.id);
        }
    }
    for id in ["mei_zhili", "qin_hui", "fan_qiong"] {
        assert!(acting.contains(id), "{id} has no part");
    }
    assert!(first.characters.iter().all(|c| c.id != "empress_meng"), "Empress Meng has no part before May 1127");
}
