//! Reports a student hands in: a finished game set beside history, or an exploration of many
//! playouts, written as Markdown and HTML with PNG charts and CSV tables, and with all that
//! is needed to reproduce it. A report is built once as a [`Document`] of blocks and rendered
//! by each writer; every sentence in it comes from the Fluent files through [`crate::words`].

pub mod chart;
pub mod document;
pub mod exploration;
pub mod game;
mod html;
mod markdown;
pub mod outcome_table;

pub use document::{Block, Document, Report};

use std::path::{Path, PathBuf};

/// Writes `report.md`, `report.html`, the charts and the tables into `dir` (made if missing).
/// Returns the files written, in order.
pub fn write(report: &Report, dir: &Path) -> Result<Vec<PathBuf>, String> {
    let err = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    std::fs::create_dir_all(dir).map_err(|e| err(dir, e))?;
    let mut written = Vec::new();
    let mut put = |name: &str, bytes: &[u8]| -> Result<(), String> {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| err(&path, e))?;
        written.push(path);
        Ok(())
    };
    put("report.md", markdown::render(&report.document).as_bytes())?;
    put("report.html", html::render(&report.document).as_bytes())?;
    for c in &report.charts {
        put(&c.file, &chart::png(c)?)?;
    }
    for (name, text) in &report.files {
        put(name, text.as_bytes())?;
    }
    Ok(written)
}
