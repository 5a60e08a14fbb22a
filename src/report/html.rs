//! The report as one HTML page: plain, printable, readable without a network; the charts
//! are the PNG files beside it.

use super::document::{Block, Document};

const STYLE: &str = "body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif;max-width:60rem;margin:2rem auto;\
padding:0 1rem;line-height:1.5;color:#1d1d1d;background:#fffdf8}h1{border-bottom:3px solid #8b1e1e;\
padding-bottom:.3rem}h2{color:#8b1e1e;margin-top:2rem}table{border-collapse:collapse;margin:1rem 0;\
width:100%}th,td{border:1px solid #b9b0a0;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#efe6d4}img{max-width:100%;border:1px solid #d8d0c0;margin:.5rem 0}\
pre{background:#f2efe8;padding:.6rem;overflow-x:auto;white-space:pre-wrap}";

pub fn render(doc: &Document) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!("<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n", escape(&doc.title)));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let level = (*level).clamp(2, 6);
                out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)));
            }
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table { header, rows } => {
                out.push_str("<table>\n<thead><tr>");
                for h in header {
                    out.push_str(&format!("<th>{}</th>", escape(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for c in r {
                        out.push_str(&format!("<td>{}</td>", escape(c)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Image { file, alt } => {
                out.push_str(&format!("<figure><img src=\"{}\" alt=\"{}\"></figure>\n", escape(file), escape(alt)))
            }
            Block::Code(text) => {
                out.push_str(&format!("<pre><code>{}</code></pre>\n", escape(text.trim_end()).replace("<br>", "\n")))
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_a_scenario_cannot_become_markup() {
        let mut doc = Document::new("<script>alert(1)</script>");
        doc.paragraph("Li Gang & \"the hawks\" <b>");
        let html = render(&doc);
        assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
        assert!(html.contains("Li Gang &amp; &quot;the hawks&quot; &lt;b&gt;"), "{html}");
    }
}
