//! The report as Markdown (CommonMark with GitHub tables), for a text editor or a repository.

use super::document::{Block, Document};

pub fn render(doc: &Document) -> String {
    let mut out = format!("# {}\n", doc.title);
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from((*level).clamp(2, 6))));
                out.push(' ');
                out.push_str(text);
                out.push('\n');
            }
            Block::Paragraph(text) => {
                out.push_str(text);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&item.replace('\n', "\n  "));
                    out.push('\n');
                }
            }
            Block::Table { header, rows } => {
                out.push_str(&row(header));
                out.push_str(&row(&vec!["---".to_string(); header.len()]));
                for r in rows {
                    out.push_str(&row(r));
                }
            }
            Block::Image { file, alt } => {
                out.push_str(&format!("![{}]({file})\n", alt.replace(['[', ']'], "")));
            }
            Block::Code(text) => {
                // A fence longer than any run of backticks inside.
                let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat(longest.max(2) + 1);
                out.push_str(&format!("{fence}\n{}\n{fence}\n", text.trim_end()));
            }
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|").replace('\n', " ")).collect();
    format!("| {} |\n", cells.join(" | "))
}
