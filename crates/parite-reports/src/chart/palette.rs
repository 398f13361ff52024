//! Colours. Series colours are from Okabe & Ito's colour-blind-safe set ("Color Universal
//! Design", 2008), picked in pairs or sequences of clearly different lightness so they stay
//! apart in greyscale; the heatmap uses a one-hue light-to-dark ramp (ColorBrewer "Blues"),
//! whose lightness alone carries the value.

use plotters::style::RGBColor;

pub(crate) const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
pub(crate) const TEXT: RGBColor = RGBColor(0x1f, 0x1f, 0x1f);
pub(crate) const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
pub(crate) const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
pub(crate) const AXIS: RGBColor = RGBColor(0x77, 0x77, 0x77);

/// Peers: Okabe–Ito orange (light). Professionals: Okabe–Ito blue (dark).
pub(crate) const PEER: RGBColor = RGBColor(0xe6, 0x9f, 0x00);
pub(crate) const PROFESSIONAL: RGBColor = RGBColor(0x00, 0x72, 0xb2);
/// Everyone / overall: near black.
pub(crate) const ALL: RGBColor = RGBColor(0x33, 0x33, 0x33);
/// Reference lines (major barrier, target): Okabe–Ito vermillion, also dashed.
pub(crate) const REFERENCE: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// Hidden cells: light grey with darker hatching.
pub(crate) const HIDDEN_FILL: RGBColor = RGBColor(0xf0, 0xf0, 0xf0);
pub(crate) const HIDDEN_HATCH: RGBColor = RGBColor(0xa0, 0xa0, 0xa0);

/// Implementation stages in order, light to dark: yellow, sky blue, bluish green, blue.
pub(crate) const STAGES: [RGBColor; 4] = [
    RGBColor(0xf0, 0xe4, 0x42),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0x00, 0x5a, 0x8c),
];

/// A stage's colour; stages past the fourth reuse the sequence.
pub(crate) fn stage(index: usize) -> RGBColor {
    STAGES[index % STAGES.len()]
}

/// The heatmap colour of `value` on `min..=max`, from very light to dark blue.
pub(crate) fn ramp(value: f64, min: f64, max: f64) -> RGBColor {
    const STOPS: [(u8, u8, u8); 5] = [
        (0xef, 0xf3, 0xff),
        (0xbd, 0xd7, 0xe7),
        (0x6b, 0xae, 0xd6),
        (0x31, 0x82, 0xbd),
        (0x08, 0x45, 0x94),
    ];
    let t = ((value - min) / (max - min)).clamp(0.0, 1.0) * (STOPS.len() - 1) as f64;
    let i = (t.floor() as usize).min(STOPS.len() - 2);
    let f = t - i as f64;
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * f).round() as u8;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Black or white, whichever reads better on `fill` (WCAG relative luminance).
pub(crate) fn text_on(fill: RGBColor) -> RGBColor {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(fill.0) + 0.7152 * channel(fill.1) + 0.0722 * channel(fill.2);
    // The crossover where black and white give the same contrast ratio.
    if luminance > 0.179 { TEXT } else { BACKGROUND }
}

/// Kinds of support, in the kinds file's order. Okabe–Ito, ordered so that neighbours in a
/// stacked bar alternate dark and light (blue, yellow, vermillion, sky blue, near black,
/// reddish purple): side by side, two segments stay apart in greyscale too.
pub(crate) const SUPPORT_KINDS: [RGBColor; 6] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xf0, 0xe4, 0x42),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0x33, 0x33, 0x33),
    RGBColor(0xcc, 0x79, 0xa7),
];

/// A kind of support's colour by its place in the kinds file; kinds past the sixth reuse the
/// sequence.
pub(crate) fn support_kind(index: usize) -> RGBColor {
    SUPPORT_KINDS[index % SUPPORT_KINDS.len()]
}

/// Timeline markers: delivered in Okabe–Ito blue, a day passed without a record in vermillion,
/// planned in grey; cancelled near black. Their shapes differ too (filled, hollow, dashed, ×).
pub(crate) const DELIVERED: RGBColor = PROFESSIONAL;
pub(crate) const NOT_RECORDED: RGBColor = REFERENCE;
pub(crate) const UPCOMING: RGBColor = AXIS;
pub(crate) const CANCELLED: RGBColor = ALL;
/// A survey wave's opening on the timeline: a dashed dark grey line, behind the markers.
pub(crate) const WAVE: RGBColor = MUTED;
