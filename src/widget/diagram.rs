//! The leg as a picture (SVG), redrawn from the session's [`LegPicture`]:
//! the calf muscle bulging as it squeezes, veins widening as they fill and
//! darkening as their pressure rises, valves open or shut, reflux shown as
//! red arrows pointing the wrong way, and ankle swelling. In compare mode a
//! healthy leg stands beside the reader's.

use calf_pump_explain::verdict::ValveLook;
use calf_pump_model::{Compartment, Valve};
use calf_pump_session::LegPicture;
use calf_pump_words::{fill, fixed, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegDiagramProps {
    pub reader: LegPicture,
    /// The healthy leg, in compare mode.
    pub healthy: Option<LegPicture>,
    /// False under reduced motion: no squeezing animation.
    pub animate: bool,
    pub lang: Lang,
}

/// The figure: one drawing (two in compare mode) and the key to it.
#[component]
pub fn LegDiagram(props: &LegDiagramProps) -> Html {
    let w = props.lang.words();
    let compare = props.healthy.is_some();
    let (animate, lang) = (props.animate, props.lang);
    html! {
        <figure class="diagram-figure" data-testid="leg-diagram">
            <div class={classes!("diagrams", compare.then_some("side-by-side"))}>
                { leg_drawing(&props.reader, if compare { w.diagram_your_leg() } else { "" }, animate, lang) }
                if let Some(h) = props.healthy.as_ref() {
                    { leg_drawing(h, w.diagram_healthy_leg(), animate, lang) }
                }
            </div>
            <figcaption class="legend">
                // The drawing's numbers, named here in type a reader can
                // read at any size.
                <span class="part"><span class="part-number" aria-hidden="true">{ "1" }</span>{ w.diagram_surface_vein() }</span>
                <span class="part"><span class="part-number" aria-hidden="true">{ "2" }</span>{ w.diagram_deep_vein() }</span>
                <span class="part"><span class="part-number" aria-hidden="true">{ "3" }</span>{ w.diagram_calf_muscle() }</span>
                // The veins shade smoothly with pressure: one scale, its two ends named.
                <span class="key pressure">{ w.diagram_key_low() }<span class="ramp" aria-hidden="true"></span>{ w.diagram_key_high() }</span>
                <span class="key open">{ w.diagram_key_open() }</span>
                <span class="key shut">{ w.diagram_key_shut() }</span>
                <span class="key leak">{ w.diagram_key_leak() }</span>
            </figcaption>
        </figure>
    }
}

/// Vein colour from pressure: light blue when low, deep purple when high.
fn vein_color(pressure_mmhg: f64) -> String {
    let x = (pressure_mmhg / 100.0).clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| (a + (b - a) * x).round() as u8;
    format!(
        "rgb({},{},{})",
        mix(110.0, 74.0),
        mix(160.0, 20.0),
        mix(220.0, 110.0)
    )
}

/// Filling (multiple of the unstressed volume) drawn at the widest stroke: a
/// vein distended by standing holds two to three times its unstressed volume.
const FULL_FILLING: f64 = 2.5;

/// Stroke width (px in the 200-wide drawing) for a vein at `filling`: the
/// width follows the square root of the volume, as a round vein's diameter does.
fn vein_width(filling: f64, widest: f64) -> String {
    fixed(
        (widest * (filling / FULL_FILLING).clamp(0.0, 1.3).sqrt()).max(1.5),
        1,
    )
}

/// Where each valve sits in the drawing.
fn valve_position(v: Valve) -> (f64, f64) {
    match v {
        Valve::AnkleToSaphenous => (60.0, 236.0),
        Valve::AnklePerforator => (88.0, 268.0),
        Valve::CalfPerforator => (82.0, 200.0),
        Valve::Saphenofemoral => (64.0, 40.0),
        Valve::Popliteal => (104.0, 140.0),
        Valve::Femoral => (104.0, 30.0),
    }
}

/// Whether a leaking valve's arrow goes on its left: the surface veins' and
/// perforators' valves lie left of the deep vein, so their arrow points away
/// from it rather than onto the deep valves beside them.
fn arrow_outward(v: Valve) -> bool {
    !matches!(v, Valve::Popliteal | Valve::Femoral)
}

/// How each valve looks now (the threshold is a verdict, in `verdict.rs`).
fn valve_looks(p: &LegPicture) -> impl Iterator<Item = (Valve, ValveLook)> + '_ {
    Valve::ALL.into_iter().map(|v| {
        let look = ValveLook::of(p.leaky[v], p.valve_opening[v], p.valve_flow_ml_min[v]);
        (v, look)
    })
}

/// What the drawing shows, in words, for screen readers.
fn described(lang: Lang, p: &LegPicture, caption: &str, squeeze: f64) -> String {
    let w = lang.words();
    let label = if caption.is_empty() {
        w.diagram_your_leg()
    } else {
        caption
    };
    let calf = if squeeze > 0.1 {
        w.diagram_calf_squeezing()
    } else {
        w.diagram_calf_relaxed()
    };
    let leaking = valve_looks(p)
        .filter(|(_, look)| *look == ValveLook::Leaking)
        .count() as u32;
    let leaks = if leaking == 0 {
        w.diagram_none_leaking().to_string()
    } else {
        w.diagram_leaking().of(leaking)
    };
    format!("{} {leaks}", fill(calf, &[("leg", label)]))
}

/// One leg, with `caption` above it in compare mode (empty for none);
/// `animate` is false under reduced motion.
fn leg_drawing(p: &LegPicture, caption: &'static str, animate: bool, lang: Lang) -> Html {
    let squeeze = if animate { p.calf_contraction } else { 0.0 };
    use Compartment::*;
    let colour = |c: Compartment| vein_color(p.pressure_mmhg[c]);
    let swelling_r = 14.0 + (p.swelling_ml * 0.8).min(16.0);
    let leaking = valve_looks(p)
        .filter(|(_, look)| *look == ValveLook::Leaking)
        .count();
    html! {
        <div class="diagram">
            if !caption.is_empty() { <p class="diagram-caption">{ caption }</p> }
            <p class="to-heart" aria-hidden="true">{ lang.words().diagram_to_heart() }</p>
            <svg viewBox="0 -2 200 326" role="img" aria-label={described(lang, p, caption, squeeze)}
                data-leaking-valves={leaking.to_string()}>
                // Skin outline: thigh, knee, calf, ankle, foot.
                <path class="skin" d="M62 0 L138 0 L134 120 Q146 150 146 190 Q146 240 120 268 L120 292 L178 300 Q186 318 170 322 L84 322 Q74 320 78 296 L80 268 Q54 240 54 190 Q54 150 66 120 Z" />
                // Calf muscle, bulging as it squeezes.
                <ellipse class="muscle" cx="102" cy="188" rx={fixed(30.0 + 9.0 * squeeze, 1)} ry={fixed(56.0 - 6.0 * squeeze, 1)}
                    opacity={fixed(0.35 + 0.45 * squeeze, 2)} />
                // Deep veins: thigh and calf segments.
                <line class="vein" x1="104" y1="0" x2="104" y2="145" stroke={colour(Thigh)} stroke-width={vein_width(p.filling[Thigh], 16.0)} />
                <line class="vein" x1="104" y1="140" x2="100" y2="272" stroke={colour(CalfDeep)} stroke-width={vein_width(p.filling[CalfDeep], 16.0)} />
                // Superficial (saphenous) vein up the inside of the leg to the groin.
                <path class="vein" d="M64 262 Q58 200 66 130 Q70 70 64 36 Q70 16 100 12" fill="none"
                    stroke={colour(CalfSuperficial)} stroke-width={vein_width(p.filling[CalfSuperficial], 9.0)} />
                // Ankle and foot superficial veins.
                <path class="vein" d="M64 262 Q70 290 96 300 L150 306" fill="none"
                    stroke={colour(Ankle)} stroke-width={vein_width(p.filling[Ankle], 9.0)} />
                // Perforators joining surface to deep veins.
                <line class="perforator" x1="66" y1="268" x2="98" y2="268" stroke={colour(Ankle)} />
                <line class="perforator" x1="62" y1="200" x2="100" y2="200" stroke={colour(CalfSuperficial)} />
                // Ankle swelling.
                <ellipse class="swelling" cx="100" cy="290" rx={fixed(swelling_r, 1)} ry={fixed(swelling_r * 0.6, 1)}
                    opacity={fixed((p.swelling_ml / 10.0).clamp(0.0, 0.6), 2)} />
                { for valve_looks(p).map(|(v, look)| valve_mark(look, valve_position(v), arrow_outward(v))) }
                { drawing_labels() }
            </svg>
        </div>
    }
}

/// The parts, numbered beside the drawing (1 surface vein, 2 deep vein,
/// 3 calf muscle; the legend names them): digits stay at least 12 px tall
/// even in a blog column's small drawing, where words would not fit.
/// Decorative for screen readers: the figure's description says what matters.
fn drawing_labels() -> Html {
    // (number, circle centre, the point its leader line reaches)
    const PARTS: [(&str, (f64, f64), (f64, f64)); 3] = [
        ("1", (24.0, 120.0), (60.0, 120.0)),
        ("2", (176.0, 60.0), (114.0, 60.0)),
        ("3", (178.0, 196.0), (134.0, 192.0)),
    ];
    html! {
        <g class="labels" aria-hidden="true">
            { for PARTS.iter().map(|&(n, (x, y), (to_x, to_y))| html! {
                <g class="part-mark">
                    <line class="leader" x1={fixed(x, 0)} y1={fixed(y, 0)} x2={fixed(to_x, 0)} y2={fixed(to_y, 0)} />
                    <circle cx={fixed(x, 0)} cy={fixed(y, 0)} r="20" />
                    <text x={fixed(x, 0)} y={fixed(y + 11.0, 0)} text-anchor="middle">{ n }</text>
                </g>
            }) }
        </g>
    }
}

/// A valve, told apart by shape as well as colour: open, its two cusps lie
/// flat against the walls (two upright strokes); shut, they meet in the
/// middle (a closed "V"); leaking, the "V" gapes and a red arrow points down.
/// About 34 units wide: at least 20 px on a phone and in a blog column;
/// a leaking valve's arrow stands clear beside it, not on it.
fn valve_mark(look: ValveLook, (x, y): (f64, f64), arrow_on_left: bool) -> Html {
    let (class, cusps) = match look {
        ValveLook::Open => ("open", "M-13 -9 L-10 9 M13 -9 L10 9"),
        ValveLook::Shut => ("shut", "M-14 -8 L0 9 L14 -8"),
        ValveLook::Leaking => ("leak", "M-14 -8 L-4 7 M14 -8 L4 7"),
    };
    html! {
        <g class={classes!("valve", class)} transform={format!("translate({x} {y})")}>
            <circle class="valve-ring" r="17" />
            <path d={cusps} />
            if look == ValveLook::Leaking {
                <path class="reflux-arrow" d="M32 -10 L32 12 M26 6 L32 13 L38 6"
                    transform={arrow_on_left.then_some("scale(-1 1)")} />
            }
        </g>
    }
}
