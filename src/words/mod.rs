//! Where the world becomes words: the Fluent locale, the chronicle's lines and their causes,
//! the forecast of decision options, the reasons of refused commands, and dates as a reader
//! of the period writes them. The game, the command line and the reports all call this one
//! headless layer.

pub mod bench;
pub mod chapter;
pub mod compare;
pub mod debrief;
pub mod describe;
mod errors;
pub mod exploration;
pub mod font;
pub mod forecast;
pub mod language;
pub mod locale;
pub mod snippet;

pub use language::Language;
pub use locale::{Locale, format_number};
