//! Fonts: egui's defaults, DejaVu Sans as a fallback for the maths the app prints (∇, ‖·‖,
//! λ, κ, subscripts) and the symbols on its buttons and canvas (▶ ◀ ⟲ ⚑ ✕), and Noto Sans
//! CJK for Chinese, subset to what Losscape needs (`tools/subset_cjk_fonts.py`).

use std::sync::Arc;

use eframe::egui;

use crate::i18n::Language;

/// DejaVu Sans (Bitstream Vera licence, see assets/fonts/DejaVuSans-LICENSE.txt).
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// Noto Sans CJK SC, subset (SIL Open Font License, see assets/fonts/NotoSansCJK-LICENSE.txt).
const NOTO_SANS_SC: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Losscape.otf");
/// Noto Sans CJK TC, subset (same licence).
const NOTO_SANS_TC: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKtc-Losscape.otf");

/// Installs the fonts on `ctx`: the Chinese font of `language`'s script first, so that a
/// character both scripts share takes that script's form (the other still draws what only
/// it has).
pub fn install(ctx: &egui::Context, language: Language) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, data) in [
        ("dejavu-sans", DEJAVU_SANS),
        ("noto-sans-sc", NOTO_SANS_SC),
        ("noto-sans-tc", NOTO_SANS_TC),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(egui::FontData::from_static(data)));
    }
    let chinese = match language {
        Language::TraditionalChinese => ["noto-sans-tc", "noto-sans-sc"],
        Language::English | Language::SimplifiedChinese => ["noto-sans-sc", "noto-sans-tc"],
    };
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let chain = fonts.families.entry(family).or_default();
        chain.push("dejavu-sans".to_owned());
        chain.extend(chinese.map(str::to_owned));
    }
    ctx.set_fonts(fonts);
}
