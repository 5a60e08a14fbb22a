//! What a report says, before it is written in any format.

use super::chart::Chart;

/// A report: its text, the charts it shows and the other files it carries (CSV, the save).
pub struct Report {
    pub document: Document,
    pub charts: Vec<Chart>,
    /// File name → contents.
    pub files: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A section heading, level 2 or 3 (the title is level 1).
    Heading(u8, String),
    Paragraph(String),
    List(Vec<String>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A chart written beside the report as `file`, with a sentence saying what it shows.
    Image {
        file: String,
        alt: String,
    },
    /// Text to copy as it is: a command, a command log.
    Code(String),
}

impl Document {
    pub fn new(title: impl Into<String>) -> Document {
        Document { title: title.into(), blocks: Vec::new() }
    }

    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Paragraph(text));
        }
    }

    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.blocks.push(Block::Table { header, rows });
    }

    pub fn image(&mut self, chart: &Chart) {
        self.blocks.push(Block::Image { file: chart.file.clone(), alt: chart.title.clone() });
    }

    pub fn code(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Code(text.into()));
    }
}
