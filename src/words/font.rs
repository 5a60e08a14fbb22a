//! The one bundled font, a subset of Noto Sans CJK TC (see `assets/fonts/README.md`): Latin,
//! pinyin and the Chinese characters of every text, for the window and the report charts.

pub const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKtc-Jingkang.otf");
