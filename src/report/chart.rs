//! The report's charts as PNG: series over time (the game against the historical-policy run)
//! and shares with their 95% intervals (the arms of an exploration). Drawn with plotters in
//! the bundled font, encoded with `image`; colours from the Okabe–Ito palette, which readers
//! with any common colour blindness tell apart, and lines told apart by dashes as well.

use crate::calendar::Date;
use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};
use std::sync::Once;

const WIDTH: u32 = 900;
const HEIGHT: u32 = 420;
/// Okabe–Ito: vermillion, blue, orange, bluish green, sky blue, reddish purple.
const PALETTE: [RGBColor; 6] = [
    RGBColor(213, 94, 0),
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(86, 180, 233),
    RGBColor(204, 121, 167),
];
const FONT_FAMILY: &str = "sans-serif";

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The PNG's file name beside the report.
    pub file: String,
    pub title: String,
    pub plot: Plot,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Plot {
    /// Lines over the days of the game, on a fixed scale or one fitted to them.
    Lines { lines: Vec<Line>, scale: Option<(f64, f64)> },
    /// One bar a group, the share in percent with its 95% interval.
    Shares(Vec<Bar>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub label: String,
    pub points: Vec<(Date, f64)>,
    /// Palette colour.
    pub colour: usize,
    pub dashed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Percent, with the interval's ends.
    pub share: f64,
    pub low: f64,
    pub high: f64,
}

/// The chart as PNG bytes.
pub fn png(chart: &Chart) -> Result<Vec<u8>, String> {
    static FONT: Once = Once::new();
    FONT.call_once(|| {
        // The bundled font is a valid OpenType file: a failure here is a broken build.
        let _ = register_font(FONT_FAMILY, FontStyle::Normal, crate::words::font::FONT);
    });
    let mut pixels = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        let drawn = match &chart.plot {
            Plot::Lines { lines, scale } => draw_lines(&root, &chart.title, lines, *scale),
            Plot::Shares(bars) => draw_shares(&root, &chart.title, bars),
        };
        drawn.and_then(|_| root.present().map_err(|e| e.to_string())).map_err(|e| format!("{}: {e}", chart.file))?;
    }
    let image = image::RgbImage::from_raw(WIDTH, HEIGHT, pixels).ok_or_else(|| chart.file.clone())?;
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).map_err(|e| format!("{}: {e}", chart.file))?;
    Ok(out.into_inner())
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, plotters::coord::Shift>;

/// Height of the legend's strip under a chart of lines.
const LEGEND_HEIGHT: u32 = 56;

fn draw_lines(root: &Area, title: &str, lines: &[Line], scale: Option<(f64, f64)>) -> Result<(), String> {
    let all = || lines.iter().flat_map(|l| l.points.iter());
    let (Some(first), Some(last)) = (all().map(|p| p.0).min(), all().map(|p| p.0).max()) else {
        return Ok(());
    };
    let days = last.days_since(first).max(1);
    let (bottom, top) = scale.unwrap_or_else(|| {
        let top = all().map(|p| p.1).fold(0.0f64, f64::max);
        let bottom = all().map(|p| p.1).fold(0.0f64, f64::min);
        (bottom, if top > bottom { top + (top - bottom) * 0.05 } else { bottom + 1.0 })
    });
    // The legend goes in a strip of its own under the chart, where it hides no line.
    let (plot, legend) = root.split_vertically(HEIGHT - LEGEND_HEIGHT);
    let mut chart = ChartBuilder::on(&plot)
        .caption(title, (FONT_FAMILY, 24))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(84)
        .build_cartesian_2d(0..days, bottom..top)
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|d| first.add_days(*d).to_string())
        .y_label_formatter(&|v| crate::words::format_number(*v))
        .label_style((FONT_FAMILY, 15))
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(228, 224, 216))
        .draw()
        .map_err(|e| e.to_string())?;
    for line in lines {
        let colour = PALETTE[line.colour % PALETTE.len()];
        let style = colour.stroke_width(3);
        let points = line.points.iter().map(|(d, v)| (d.days_since(first), *v)).collect::<Vec<_>>();
        if line.dashed {
            chart.draw_series(DashedLineSeries::new(points, 10, 6, style)).map_err(|e| e.to_string())?;
        } else {
            chart.draw_series(LineSeries::new(points, style)).map_err(|e| e.to_string())?;
        }
    }
    draw_legend(&legend, lines)
}

/// Two columns of samples, each drawn as its line is (dashed or not), with its label.
fn draw_legend(area: &Area, lines: &[Line]) -> Result<(), String> {
    let column = (WIDTH as i32 - 120) / 2;
    for (i, line) in lines.iter().enumerate() {
        let (x, y) = (100 + column * (i as i32 % 2), 12 + 22 * (i as i32 / 2));
        let style = PALETTE[line.colour % PALETTE.len()].stroke_width(3);
        let segments: &[(i32, i32)] = if line.dashed { &[(0, 10), (16, 26)] } else { &[(0, 26)] };
        for (from, to) in segments {
            area.draw(&PathElement::new(vec![(x + from, y), (x + to, y)], style)).map_err(|e| e.to_string())?;
        }
        let text = Text::new(line.label.clone(), (x + 36, y - 9), (FONT_FAMILY, 16).into_font().color(&BLACK));
        area.draw(&text).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn draw_shares(root: &Area, title: &str, bars: &[Bar]) -> Result<(), String> {
    let n = bars.len().max(1) as f64;
    let mut chart = ChartBuilder::on(root)
        .caption(title, (FONT_FAMILY, 24))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(-0.5..n - 0.5, 0.0..100.0)
        .map_err(|e| e.to_string())?;
    let label = |x: &f64| {
        let i = x.round();
        let near = (x - i).abs() < 0.01;
        bars.get(i as usize).filter(|_| near && i >= 0.0).map_or(String::new(), |b| b.label.clone())
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(bars.len() * 2 + 1)
        .x_label_formatter(&label)
        .y_label_formatter(&|v| format!("{v:.0}%"))
        .label_style((FONT_FAMILY, 15))
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(228, 224, 216))
        .draw()
        .map_err(|e| e.to_string())?;
    for (i, bar) in bars.iter().enumerate() {
        let x = i as f64;
        let colour = PALETTE[i % PALETTE.len()];
        chart
            .draw_series([Rectangle::new([(x - 0.3, 0.0), (x + 0.3, bar.share)], colour.mix(0.75).filled())])
            .map_err(|e| e.to_string())?;
        let whisker = BLACK.stroke_width(2);
        let interval = [
            PathElement::new(vec![(x, bar.low), (x, bar.high)], whisker),
            PathElement::new(vec![(x - 0.08, bar.low), (x + 0.08, bar.low)], whisker),
            PathElement::new(vec![(x - 0.08, bar.high), (x + 0.08, bar.high)], whisker),
        ];
        chart.draw_series(interval).map_err(|e| e.to_string())?;
    }
    Ok(())
}
