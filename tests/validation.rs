//! Bad data gets a clear message at the right line and column, and never a panic.

mod common;

use jingkang::scenario::files::SourceText;
use jingkang::scenario::{Diagnostic, load_scenario};

fn fixture_text() -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/crossing.ron", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Loads `text` as a scenario and returns its error diagnostics.
fn problems(text: &str) -> Vec<Diagnostic> {
    match load_scenario(SourceText::in_memory("test.ron", text)) {
        Ok(_) => Vec::new(),
        Err(d) => d.errors().cloned().collect(),
    }
}

/// 1-based (line, column) of the first occurrence of `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

#[test]
fn the_fixture_and_the_built_in_scenarios_are_valid() {
    assert!(problems(&fixture_text()).is_empty());
    for id in jingkang::scenario::files::BUILTIN_SCENARIOS {
        let s = common::builtin(id);
        assert!(s.warnings.is_empty(), "{id} has warnings: {:?}", s.warnings);
    }
}

#[test]
fn an_unknown_place_is_named_at_its_line_and_column_with_a_suggestion() {
    let text = fixture_text().replace(r#"location: "north_city","#, r#"location: "north_citty","#);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    let d = &found[0];
    assert_eq!((d.line, d.col), position_of(&text, r#""north_citty""#));
    assert!(d.message.contains("unknown place `north_citty`"), "{}", d.message);
    assert_eq!(d.help.as_deref(), Some("did you mean `north_city`?"));
    assert!(d.to_string().starts_with(&format!("test.ron:{}:{}: ", d.line, d.col)));
}

#[test]
fn a_syntax_error_is_reported_where_it_is() {
    let text = fixture_text().replace("turn_days: 2,", "turn_days: 2,,");
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].line, position_of(&text, "turn_days").0);
}

#[test]
fn an_impossible_number_is_refused_with_its_range() {
    let text = fixture_text().replace("authority: 50,", "authority: 150,");
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("from 0 to 100"), "{}", found[0].message);
    assert_eq!(found[0].line, position_of(&text, "authority: 150").0);

    let text = fixture_text().replace("turn_days: 2,", "turn_days: 0,");
    assert!(problems(&text)[0].message.contains("turn_days is 0"));

    let text = fixture_text().replace("troops: (infantry: 5000)", "troops: (infantry: 5000000)");
    assert!(problems(&text)[0].message.contains("impossible"));
}

#[test]
fn a_siege_said_to_begin_after_the_first_day_is_refused_where_it_is_given() {
    let city = "population: 20000, food_days: 60, morale: 60)";
    let later = "population: 20000, food_days: 60, morale: 60, besieged_since: \"1126-02-01\")";
    let text = fixture_text().replace(city, later);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("1126-02-01"), "{}", found[0].message);
    assert_eq!(found[0].line, position_of(&text, "besieged_since").0);
    let earlier = later.replace("1126-02-01", "1125-12-01");
    assert!(problems(&fixture_text().replace(city, &earlier)).is_empty());
}

#[test]
fn duplicate_ids_are_reported_at_the_second_one() {
    let text = fixture_text().replace(r#"(id: "guard", name: "The Guard""#, r#"(id: "horde", name: "The Guard""#);
    let found = problems(&text);
    assert!(found.iter().any(|d| d.message == "duplicate army id `horde`"), "{found:?}");
}

#[test]
fn a_place_no_route_reaches_is_reported() {
    let text = fixture_text().replace(r#"        Route(from: "south_city", to: "hills", kind: Mountain),"#, "");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("`hills` cannot be reached"));
}

#[test]
fn an_unknown_option_in_a_condition_is_reported_with_the_choices() {
    let text = fixture_text().replace(
        r#"when: WallsFallen("south_city")"#,
        r#"when: All([WallsFallen("south_city"), Chose(decision: "terms", option: "pya")])"#,
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("has no option `pya`"));
    assert_eq!(found[0].help.as_deref(), Some("did you mean `pay`?"));
}

#[test]
fn an_unknown_field_lists_the_fields_allowed() {
    let text = fixture_text().replace("turn_days: 2,", "turn_days: 2, turns_days: 3,");
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].help.as_deref().unwrap_or("").contains("turn_days"));
}

#[test]
fn truncated_or_mangled_files_never_panic() {
    let text = fixture_text();
    let mut cut = 0;
    while cut < text.len() {
        if text.is_char_boundary(cut) {
            let found = problems(&text[..cut]);
            assert!(!found.is_empty(), "a truncated file at byte {cut} was accepted");
        }
        cut += 37;
    }
    // Swap random-ish bytes for brackets and quotes.
    for (i, c) in ['(', ')', '"', '[', ',', ':'].iter().cycle().take(60).enumerate() {
        let at = (i * 7919) % text.len();
        if text.is_char_boundary(at) && text.is_char_boundary(at + 1) {
            let mangled = format!("{}{}{}", &text[..at], c, &text[at + 1..]);
            let _ = problems(&mangled);
        }
    }
}

#[test]
fn an_effect_on_a_place_without_a_city_is_refused_before_it_can_crash_a_game() {
    let text = fixture_text().replace(
        r#"effects: [AcceptTerms, PayIndemnity(1.0)"#,
        r#"effects: [Assault(army: "horde", city: "camp", modifier: 2.0), AcceptTerms, PayIndemnity(1.0)"#,
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("place `camp` has no city"), "{}", found[0].message);
}

#[test]
fn a_default_option_that_may_be_impossible_is_refused() {
    let text = fixture_text().replace(
        r#"(id: "refuse", label: "Refuse", effects"#,
        r#"(id: "refuse", label: "Refuse", requires: Flag("terms_on_table"), effects"#,
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("the default option `refuse` has conditions"));
}

/// Writes the fixture with its decisions, events and court moved into a chapter library
/// beside it, after applying `edit` to the library text; returns the problems and the
/// library's path and text.
fn with_chapter(
    edit: impl Fn(String) -> String,
    scenario_edit: impl Fn(String) -> String,
) -> (Vec<Diagnostic>, String, String) {
    let fixture = fixture_text();
    let cut = |from: &str, to: &str| {
        let a = fixture.find(from).expect("start");
        let b = fixture.find(to).expect("end");
        (a, b)
    };
    let (d0, d1) = cut("    decisions: [", "    outcomes: [");
    let (c0, c1) = cut("    court: (", "    cities: [");
    let library = edit(format!("Library(\n{}{})\n", &fixture[c0..c1], &fixture[d0..d1]));
    let mut scenario = fixture.clone();
    scenario.replace_range(d0..d1, "");
    scenario.replace_range(c0..c1, "    include: [\"chapter.ron\"],\n");
    let scenario = scenario_edit(scenario);
    // One folder a call: tests run in parallel, and several write the same library.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("jingkang-chapter-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("chapter.ron"), &library).unwrap();
    std::fs::write(dir.join("scenario.ron"), &scenario).unwrap();
    let path = dir.join("scenario.ron").display().to_string();
    let found = match jingkang::scenario::open(&path) {
        Ok(s) => s.warnings,
        Err(d) => d.errors().cloned().collect(),
    };
    let _ = std::fs::remove_dir_all(&dir);
    (found, dir.join("chapter.ron").display().to_string(), library)
}

#[test]
fn a_scenario_made_of_a_chapter_library_loads_like_the_whole_file() {
    let (found, _, _) = with_chapter(|l| l, |s| s);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_mistake_in_a_chapter_is_reported_in_the_chapter_file_at_its_line() {
    let (found, chapter, library) =
        with_chapter(|l| l.replace(r#"Besieged("south_city")"#, r#"Besieged("south_citty")"#), |s| s);
    assert_eq!(found.len(), 1, "{found:?}");
    let d = &found[0];
    assert_eq!(d.file, chapter);
    assert_eq!((d.line, d.col), position_of(&library, r#""south_citty""#));
    assert!(d.message.contains("south_citty"), "{}", d.message);
}

#[test]
fn a_decision_given_by_a_chapter_and_again_by_the_scenario_is_overridden_by_the_scenarios_with_a_note() {
    let again = r#"    decisions: [(id: "terms", title: "Terms again", text: "", trigger: (), default: "a",
        options: [(id: "a", label: "A", historical: true, effects: [Authority(1)]), (id: "b", label: "B", effects: [Authority(-1)])])],
"#;
    let (found, chapter, _) = with_chapter(|l| l, |s| s.replace("    outcomes: [", &format!("{again}    outcomes: [")));
    assert_eq!(found.len(), 1, "{found:?}");
    let note = &found[0];
    assert!(!note.is_error() && note.file.ends_with("scenario.ron"), "{note}");
    assert_eq!(note.message, format!("overrides decision `terms` of `{chapter}`"));
}

#[test]
fn a_decision_given_twice_in_one_file_is_still_a_duplicate() {
    let twice = r#"    decisions: [(id: "terms", title: "T", text: "", trigger: (), default: "a",
        options: [(id: "a", label: "A", historical: true, effects: []), (id: "b", label: "B", effects: [])]),"#;
    let (found, chapter, _) = with_chapter(|l| l.replacen("    decisions: [", twice, 1), |s| s);
    assert!(found.iter().any(|d| d.message == "duplicate decision id `terms`" && d.file == chapter), "{found:?}");
}

#[test]
fn a_court_given_by_a_chapter_and_again_by_the_scenario_is_the_scenarios_with_a_note() {
    let court = "    court: (authority: 50, influence: {}, treasury: ()),\n";
    let (found, chapter, _) = with_chapter(|l| l, |s| s.replace("    outcomes: [", &format!("{court}    outcomes: [")));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].message, format!("overrides the court given by `{chapter}`"));
}

#[test]
fn an_office_filled_from_the_cast_has_its_holder_and_one_given_twice_or_unknown_is_refused() {
    let court = r#"offices: [(id: "commander", name: "Commander")],
    ),"#;
    let with_cast = |cast: &str| fixture_text().replace(court, &format!("{court}\n    cast: [{cast}],"));
    let text = with_cast(r#"(character: "hawk", status: InOffice, office: "commander")"#);
    assert!(problems(&text).is_empty(), "{:?}", problems(&text));
    let scenario = std::sync::Arc::new(load_scenario(SourceText::in_memory("test.ron", &text)).unwrap());
    let sim = jingkang::sim::Sim::new(scenario, 1);
    let court = sim.world().resource::<jingkang::sim::world::Court>();
    assert_eq!(court.offices[0].holder.as_deref(), Some("hawk"));
    let hawk = jingkang::sim::world::character(sim.world(), "hawk").expect("the hawk");
    assert_eq!(hawk.office.as_deref(), Some("commander"));

    let text = with_cast(r#"(character: "hawk", status: InOffice, office: "comander")"#);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("comander"), "{}", found[0].message);
    assert_eq!(found[0].line, position_of(&text, "office: \"comander\"").0);

    let twice = r#"(character: "hawk", status: InOffice, office: "commander"), (character: "dove", status: InOffice, office: "commander")"#;
    let found = problems(&with_cast(twice));
    assert!(found.iter().any(|d| d.message.contains("already held by `hawk`")), "{found:?}");
    let dismissed = problems(&with_cast(r#"(character: "dove", status: Dismissed, office: "commander")"#));
    assert!(dismissed.iter().any(|d| d.message.contains("not InOffice")), "{dismissed:?}");
}

#[test]
fn a_date_beyond_the_calendar_or_a_scenario_of_centuries_is_refused_where_it_is_given() {
    let fixture = fixture_text();
    for (date, said) in [("5900000-01-01", "give a year from 1 to 9999"), ("2147483647-01-01", "give a year from 1")] {
        let text = fixture.replace("start: \"1126-01-01\"", &format!("start: \"{date}\""));
        let found = problems(&text);
        assert!(found.iter().any(|d| d.message.contains(said)), "{}", said_all(&found));
        assert_eq!((found[0].line, found[0].col), position_of(&text, date), "{}", said_all(&found));
    }
    // A date the calendar keeps, but a game no machine would finish.
    let text = fixture.replace("end: \"1126-03-01\"", "end: \"9999-03-01\"");
    let found = problems(&text);
    assert!(
        found.iter().any(|d| d.message.contains("the most a scenario may last is 20 years")),
        "{}",
        said_all(&found)
    );
}

/// Every problem as the checker says it, for a failed assertion.
fn said_all(found: &[Diagnostic]) -> String {
    found.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

/// Loads `text` as a scenario that must play, and returns its warnings.
fn warnings(text: &str) -> Vec<Diagnostic> {
    match load_scenario(SourceText::in_memory("test.ron", text)) {
        Ok(s) => {
            s.warnings.into_iter().filter(|d| d.severity == jingkang::scenario::diagnostic::Severity::Warning).collect()
        }
        Err(d) => panic!("the scenario should play, with warnings: {d}"),
    }
}

#[test]
fn a_decision_or_event_that_can_never_happen_is_warned_of_at_its_trigger() {
    let later = fixture_text().replace(
        r#"trigger: (when: Flag("terms_on_table"))"#,
        r#"trigger: (from: "1200-01-01", when: Flag("terms_on_table"))"#,
    );
    let found = warnings(&later);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("decision `terms` can never be put to the emperor: its window opens on 1200-01-01"),
        "{}",
        found[0]
    );
    assert_eq!(found[0].line, position_of(&later, "trigger: (from").0);

    // Opened by an effect, a card may come before its window: no warning then.
    let opened = later.replace("SetFlag(\"terms_on_table\"),", "SetFlag(\"terms_on_table\"), OpenDecision(\"terms\"),");
    assert!(warnings(&opened).is_empty(), "{:?}", warnings(&opened));

    let never = fixture_text().replace(
        r#"trigger: (when: Besieged("south_city"))"#,
        r#"trigger: (when: All([Besieged("south_city"), DateBefore("1100-01-01")]))"#,
    );
    let found = warnings(&never);
    assert!(
        found.iter().any(|d| d.message.contains("event `envoys` can never happen: its `when` cannot hold")),
        "{found:?}"
    );
}

#[test]
fn an_option_that_changes_nothing_is_warned_of_unless_something_follows_it() {
    let idle = fixture_text().replace(r#"effects: [RejectTerms, Influence(faction: "war", delta: 10)]"#, "effects: []");
    let found = warnings(&idle);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("option `refuse` of decision `terms` changes nothing"), "{}", found[0]);
    let followed = idle.replace(r#"when: Never),"#, r#"when: Chose(decision: "terms", option: "refuse")),"#);
    assert!(warnings(&followed).is_empty(), "{:?}", warnings(&followed));
}

#[test]
fn an_army_sent_where_no_route_leads_is_warned_of_at_its_order() {
    let text = fixture_text()
        .replace(
            r#"Place(id: "hills","#,
            r#"Place(id: "east_gate", name: "East Gate", kind: Gate, lon: 114.01, lat: 35.0), Place(id: "hills","#,
        )
        .replace(
            "supply: 20, player_controlled: true",
            r#"supply: 20, order: MoveTo("east_gate"), player_controlled: true"#,
        );
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("army `guard` can never reach `east_gate`"), "{}", found[0]);
    assert_eq!((found[0].line, found[0].col), position_of(&text, r#""east_gate"), player"#));
}

#[test]
fn a_text_naming_a_place_of_the_shipped_map_the_scenario_lacks_is_warned_of_where_the_name_is() {
    let text = fixture_text().replace("The khan sends envoys.", "The khan sends envoys from Taiyuan.");
    let found = warnings(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("names Taiyuan, a place this scenario's map does not have"), "{}", found[0]);
    assert_eq!((found[0].line, found[0].col), position_of(&text, "Taiyuan."));
    // With the place on its own map, under its own id, the text is true of the map.
    let own = text.replace(r#"name: "Hill Fort""#, r#"name: "Taiyuan""#);
    assert!(warnings(&own).is_empty(), "{:?}", warnings(&own));
    // Ids and one-word strings are not prose.
    let id_only = fixture_text().replace(r#"(id: "t","#, r#"(id: "Taiyuan","#);
    assert!(warnings(&id_only).iter().all(|d| !d.message.contains("names Taiyuan")));
}

#[test]
fn the_two_syntax_slips_the_parser_words_obscurely_get_a_help_that_says_what_to_write() {
    let decimal = fixture_text().replace("garrison: (infantry: 500)", "garrison: (infantry: 500.0)");
    let found = problems(&decimal);
    assert_eq!(found[0].message, "Expected comma");
    assert!(found[0].help.as_deref().is_some_and(|h| h.contains("without a decimal point")), "{}", found[0]);
    let single = fixture_text().replace("PayIndemnity(1.0),", "PayIndemnity(1.0), Treasury(silver: -100),");
    let found = problems(&single);
    assert!(found[0].help.as_deref().is_some_and(|h| h.contains("`Treasury((silver: ...))`")), "{}", found[0]);
    let comma = fixture_text().replace("turn_days: 2,", "turn_days: 2");
    let found = problems(&comma);
    assert!(found[0].help.as_deref().is_some_and(|h| h.contains("line above")), "{}", found[0]);
}

#[test]
fn an_include_of_the_games_files_names_only_its_libraries_and_how_to_list_them() {
    let text = fixture_text().replacen(
        "turn_days: 2,",
        "turn_days: 2,\n    include: [\"game:second_siege.ron\", \"game:common/nothing.ron\"],",
        1,
    );
    let found = problems(&text);
    assert!(
        found[0].message.contains("`game:second_siege.ron` is one of the game's scenarios, which cannot be included")
            && found[0].message.contains("(game:common/northern_china_1126.ron, game:common/people.ron, game:common/sources.ron, game:common/offices_1126.ron, game:chapters/second_siege.ron)"),
        "{}",
        found[0]
    );
    assert!(found[1].message.contains("its libraries are: game:common/northern_china_1126.ron"), "{}", found[1]);
    assert!(
        !found[1].message.contains(" game:first_siege.ron")
            && found[1].help.as_deref().is_some_and(|h| h.contains("jingkang ids"))
    );
}

#[test]
fn a_trigger_window_that_falls_between_two_turns_is_warned_of() {
    // Turns of two days from 1 January: the game looks on the 1st, 3rd, 5th…, never on the 2nd.
    let window = |from: &str, until: &str| {
        fixture_text().replace(
            r#"trigger: (when: Flag("terms_on_table"))"#,
            &format!(r#"trigger: (from: "{from}", until: "{until}", when: Flag("terms_on_table"))"#),
        )
    };
    let found = warnings(&window("1126-01-02", "1126-01-02"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("no turn begins between 1126-01-02 and 1126-01-02 (turns of 2 days from 1126-01-01)"),
        "{}",
        found[0]
    );
    assert!(warnings(&window("1126-01-02", "1126-01-03")).is_empty());
    assert!(warnings(&window("1126-02-28", "1126-03-01")).is_empty(), "the last day is looked at too");
}

#[test]
fn one_of_the_games_files_needing_another_is_said_once_at_its_include() {
    let text = fixture_text().replacen("turn_days: 2,", "turn_days: 2,\n    include: [\"game:common/people.ron\"],", 1);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{}", found.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"));
    assert_eq!(
        found[0].message,
        "`game:common/people.ron` names sources of `game:common/sources.ron`, which this scenario does not include"
    );
    assert_eq!((found[0].line, found[0].col), position_of(&text, "\"game:common/people.ron\""));
    assert_eq!(found[0].help.as_deref(), Some("add \"game:common/sources.ron\" to `include`"));
}
