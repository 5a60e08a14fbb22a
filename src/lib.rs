//! Jingkang: a turn-based strategy game of the Jin sieges of Kaifeng, 1125–1127.
//!
//! Data flows one way: scenario files ([`scenario`]) are checked and loaded into a Bevy ECS
//! world ([`sim`]), which the player or a policy drives with commands; the chronicle and the
//! outcome come out for the user interface, the command line or the lab ([`lab`]).

pub mod calendar;
pub mod cli;
pub mod game;
pub mod lab;
pub mod report;
pub mod save;
pub mod scenario;
pub mod sim;
pub mod words;
