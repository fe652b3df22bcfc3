//! The leg as a picture (SVG), redrawn from the model state: the calf muscle
//! bulging as it squeezes, veins widening as they fill and darkening as their
//! pressure rises, valves open or shut, reflux shown as red arrows pointing the
//! wrong way, and ankle swelling.

use calf_pump_explain::lang::{fill, fixed, Lang};
use calf_pump_explain::verdict::LEAKING_NOW_ML_MIN;
use calf_pump_model::{Compartment, Simulation, Valve};
use yew::prelude::*;

/// What the diagram needs from one model state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DiagramFrame {
    /// How full each vein is, as a multiple of its unstressed volume (from the model).
    pub filling: [f64; Compartment::COUNT],
    pub pressure_mmhg: [f64; Compartment::COUNT],
    pub valve_opening: [f64; Valve::COUNT],
    pub valve_flow_ml_min: [f64; Valve::COUNT],
    pub calf_contraction: f64,
    pub swelling_ml: f64,
    /// Valves whose cusps do not meet (an incompetent valve).
    pub leaky: [bool; Valve::COUNT],
}

impl From<&Simulation> for DiagramFrame {
    fn from(sim: &Simulation) -> Self {
        let s = sim.state();
        Self {
            leaky: sim.leaky_valves(),
            filling: Compartment::ALL.map(|c| sim.vein_filling(c)),
            pressure_mmhg: s.pressure_mmhg,
            valve_opening: s.valve_opening,
            valve_flow_ml_min: s.valve_flow_ml_min,
            calf_contraction: s.calf_contraction,
            swelling_ml: s.swelling_ml,
        }
    }
}

/// Only an incompetent valve letting blood back is drawn as leaking (the
/// threshold lives with the other verdicts).
fn leaking(leaky: bool, flow_ml_min: f64) -> bool {
    leaky && flow_ml_min < -LEAKING_NOW_ML_MIN
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
fn vein_width(filling: f64, widest: f64) -> f64 {
    (widest * (filling / FULL_FILLING).clamp(0.0, 1.3).sqrt()).max(1.5)
}

#[derive(Properties, PartialEq)]
pub struct LegDiagramProps {
    pub frame: DiagramFrame,
    /// Heading above the drawing in compare mode; empty for none.
    pub caption: AttrValue,
    /// False under reduced motion: no squeezing animation.
    pub animate: bool,
    pub lang: Lang,
}

#[component]
pub fn LegDiagram(props: &LegDiagramProps) -> Html {
    let f = &props.frame;
    let squeeze = if props.animate {
        f.calf_contraction
    } else {
        0.0
    };
    use Compartment::*;
    let filling = |c: Compartment| f.filling[c.index()];
    let pressure = |c: Compartment| f.pressure_mmhg[c.index()];
    let ankle_w = vein_width(filling(Ankle), 9.0);
    let sup_w = vein_width(filling(CalfSuperficial), 9.0);
    let deep_w = vein_width(filling(CalfDeep), 16.0);
    let thigh_w = vein_width(filling(Thigh), 16.0);
    let swelling_r = 14.0 + (f.swelling_ml * 0.8).min(16.0);
    // Valve marks: (valve index, x, y) in the drawing.
    let valves = Valve::ALL.map(|v| {
        let (x, y) = match v {
            Valve::AnkleToSaphenous => (60.0, 236.0),
            Valve::AnklePerforator => (88.0, 268.0),
            Valve::CalfPerforator => (82.0, 200.0),
            Valve::Saphenofemoral => (64.0, 40.0),
            Valve::Popliteal => (104.0, 140.0),
            Valve::Femoral => (104.0, 30.0),
        };
        (v.index(), x, y)
    });
    let w = props.lang.words();
    let label = if props.caption.is_empty() {
        w.diagram_your_leg
    } else {
        props.caption.as_str()
    };
    let calf = if squeeze > 0.1 {
        w.diagram_calf_squeezing
    } else {
        w.diagram_calf_relaxed
    };
    let leaking_count = valves
        .iter()
        .filter(|(v, _, _)| leaking(f.leaky[*v], f.valve_flow_ml_min[*v]))
        .count();
    let leaks = if leaking_count == 0 {
        w.diagram_none_leaking.to_string()
    } else {
        w.diagram_leaking.of(leaking_count as u32)
    };
    let described = format!("{} {leaks}", fill(calf, &[("leg", label)]));
    html! {
        <div class="diagram">
            if !props.caption.is_empty() { <p class="diagram-caption">{ props.caption.clone() }</p> }
            <svg viewBox="0 -22 200 352" role="img" aria-label={described} data-leaking-valves={leaking_count.to_string()}>
                // Skin outline: thigh, knee, calf, ankle, foot.
                <path class="skin" d="M62 0 L138 0 L134 120 Q146 150 146 190 Q146 240 120 268 L120 292 L178 300 Q186 318 170 322 L84 322 Q74 320 78 296 L80 268 Q54 240 54 190 Q54 150 66 120 Z" />
                // Calf muscle, bulging as it squeezes.
                <ellipse class="muscle" cx="102" cy="188" rx={fixed(30.0 + 9.0 * squeeze, 1)} ry={fixed(56.0 - 6.0 * squeeze, 1)}
                    opacity={fixed(0.35 + 0.45 * squeeze, 2)} />
                // Deep veins: thigh and calf segments.
                <line class="vein" x1="104" y1="0" x2="104" y2="145" stroke={vein_color(pressure(Thigh))} stroke-width={fixed(thigh_w, 1)} />
                <line class="vein" x1="104" y1="140" x2="100" y2="272" stroke={vein_color(pressure(CalfDeep))} stroke-width={fixed(deep_w, 1)} />
                // Superficial (saphenous) vein up the inside of the leg to the groin.
                <path class="vein" d="M64 262 Q58 200 66 130 Q70 70 64 36 Q70 16 100 12" fill="none"
                    stroke={vein_color(pressure(CalfSuperficial))} stroke-width={fixed(sup_w, 1)} />
                // Ankle and foot superficial veins.
                <path class="vein" d="M64 262 Q70 290 96 300 L150 306" fill="none"
                    stroke={vein_color(pressure(Ankle))} stroke-width={fixed(ankle_w, 1)} />
                // Perforators joining surface to deep veins.
                <line class="perforator" x1="66" y1="268" x2="98" y2="268" stroke={vein_color(pressure(Ankle))} />
                <line class="perforator" x1="62" y1="200" x2="100" y2="200" stroke={vein_color(pressure(CalfSuperficial))} />
                // Ankle swelling.
                <ellipse class="swelling" cx="100" cy="290" rx={fixed(swelling_r, 1)} ry={fixed(swelling_r * 0.6, 1)}
                    opacity={fixed((f.swelling_ml / 10.0).clamp(0.0, 0.6), 2)} />
                { for valves.iter().map(|&(v, x, y)| valve_mark(f.valve_opening[v], leaking(f.leaky[v], f.valve_flow_ml_min[v]), x, y)) }
                // Labels on the drawing (decorative for screen readers: the
                // figure's description says what matters).
                <g class="labels" aria-hidden="true">
                    <text class="label to-heart" x="100" y="-6" text-anchor="middle">{ w.diagram_to_heart }</text>
                    <text class="label" transform="translate(44 214) rotate(-90)">{ w.diagram_surface_vein }</text>
                    <text class="label" transform="translate(128 128) rotate(-90)">{ w.diagram_deep_vein }</text>
                    <text class="label" x="102" y="184" text-anchor="middle">{ w.diagram_calf }</text>
                    <text class="label" x="102" y="202" text-anchor="middle">{ w.diagram_muscle }</text>
                    <text class="label" x="2" y="20">{ w.diagram_valves }</text>
                    <line class="leader" x1="30" y1="24" x2="50" y2="36" />
                </g>
            </svg>
        </div>
    }
}

/// A valve, told apart by shape as well as colour: open, its two cusps lie
/// flat against the walls (two upright strokes); shut, they meet in the
/// middle (a closed "V"); leaking, the "V" gapes and a red arrow points down.
/// About 28 units wide: at least 16 px on a phone.
fn valve_mark(opening: f64, leaking: bool, x: f64, y: f64) -> Html {
    let state = if leaking {
        "leak"
    } else if opening > 0.5 {
        "open"
    } else {
        "shut"
    };
    let cusps = match state {
        "open" => "M-13 -9 L-10 9 M13 -9 L10 9".to_string(),
        "shut" => "M-14 -8 L0 9 L14 -8".to_string(),
        _ => "M-14 -8 L-4 7 M14 -8 L4 7".to_string(),
    };
    html! {
        <g class={classes!("valve", state)} transform={format!("translate({x} {y})")}>
            <circle class="valve-ring" r="15" />
            <path d={cusps} />
            if leaking {
                <path class="reflux-arrow" d="M22 -10 L22 12 M16 6 L22 13 L28 6" />
            }
        </g>
    }
}
